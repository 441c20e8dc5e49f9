"""Wheels & Wins API: trips, budgets and the PAM assistant."""
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.api.v1 import health, pam, trips
from app.core import settings

app = FastAPI(title="Wheels & Wins API", version="2.3.0")
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.cors_origins,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
app.include_router(health.router, prefix="/api")
app.include_router(trips.router, prefix="/api/v1/trips", tags=["trips"])
app.include_router(pam.router, prefix="/api/v1/pam", tags=["pam"])
