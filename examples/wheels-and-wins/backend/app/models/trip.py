from pydantic import BaseModel


class Stop(BaseModel):
    name: str
    lat: float
    lng: float


class Trip(BaseModel):
    id: str
    owner_id: str
    name: str
    start_date: str
    stops: list[Stop] = []
    budget: float = 0.0
