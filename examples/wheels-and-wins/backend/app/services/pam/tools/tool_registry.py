"""Every tool PAM can call, with its JSON schema for the model."""
from . import trip_tools, weather

_TOOLS: list[dict] = [*weather.TOOLS, *trip_tools.TOOLS]


def all_tools() -> list[dict]:
    return list(_TOOLS)


def tool_names() -> list[str]:
    return [t["name"] for t in _TOOLS]
