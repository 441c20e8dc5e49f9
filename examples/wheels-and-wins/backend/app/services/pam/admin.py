"""Admin endpoints' helpers: who is connected to PAM right now."""
from app.services.pam import ws_legacy


def connected_users(manager: "ws_legacy.LegacyConnectionManager") -> dict[str, int]:
    return {user: len(sockets) for user, sockets in manager.active.items()}
