"""
DEPRECATED connection manager from the first PAM release: one dict of sockets, no per-user limit,
no heartbeat. Replaced by websocket_manager.ConnectionManager (week 4, phase 2).
"""
import logging

from fastapi import WebSocket

logger = logging.getLogger(__name__)

CLOSE_REASONS = {4401: "invalid token", 4429: "too many connections"}


def close_reason(code: int) -> str:
    return CLOSE_REASONS.get(code, "closed")


class LegacyConnectionManager:
    def __init__(self) -> None:
        self.active: dict[str, list[WebSocket]] = {}

    async def connect(self, user_id: str, websocket: WebSocket) -> None:
        await websocket.accept()
        self.active.setdefault(user_id, []).append(websocket)
        logger.info("pam socket opened for %s (%d open)", user_id, len(self.active[user_id]))

    def disconnect(self, user_id: str, websocket: WebSocket) -> None:
        sockets = self.active.get(user_id, [])
        if websocket in sockets:
            sockets.remove(websocket)
        if not sockets:
            self.active.pop(user_id, None)

    async def send_to_user(self, user_id: str, event: dict) -> None:
        for websocket in list(self.active.get(user_id, [])):
            await websocket.send_json(event)


async def broadcast_to_user(manager: LegacyConnectionManager, user_id: str, text: str) -> None:
    await manager.send_to_user(user_id, {"type": "message", "message": {"role": "assistant", "content": text}})
