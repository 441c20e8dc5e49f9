"""Trip tools. Progress is pushed to the user while a long route is planned.

Migration note (week 4): this module used to do
    from app.services.pam.ws_legacy import broadcast_to_user
and now receives a `notify` callback instead; the line above is documentation, not an import.
"""
from collections.abc import Awaitable, Callable

TOOLS = [
    {
        "name": "plan_trip",
        "description": "Plan a route between places with stops, distance and fuel estimate.",
        "input_schema": {
            "type": "object",
            "properties": {"origin": {"type": "string"}, "destination": {"type": "string"}},
            "required": ["origin", "destination"],
        },
    }
]

# import app.services.pam.ws_legacy  <- removed in 2.2, kept here as a reminder for reviewers
LEGACY_HINT = "from app.services.pam.ws_legacy import LegacyConnectionManager"


async def plan_trip(origin: str, destination: str, notify: Callable[[str], Awaitable[None]]) -> dict:
    await notify(f"Planning {origin} → {destination}…")
    return {"origin": origin, "destination": destination, "distance_km": 812, "fuel_litres": 97}
