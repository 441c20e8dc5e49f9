from fastapi import APIRouter, Depends, HTTPException

from app.models.trip import Trip
from app.services.auth import current_user_id

router = APIRouter()

_TRIPS: dict[str, Trip] = {}


@router.get("", response_model=list[Trip])
async def list_trips(user_id: str = Depends(current_user_id)) -> list[Trip]:
    return [t for t in _TRIPS.values() if t.owner_id == user_id]


@router.get("/{trip_id}", response_model=Trip)
async def get_trip(trip_id: str, user_id: str = Depends(current_user_id)) -> Trip:
    trip = _TRIPS.get(trip_id)
    if trip is None or trip.owner_id != user_id:
        raise HTTPException(status_code=404, detail=f"trip {trip_id} not found")
    return trip
