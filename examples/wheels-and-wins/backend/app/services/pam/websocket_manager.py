"""Connection manager for PAM sockets: per-user limit and heartbeats. Replaces ws_legacy."""
import asyncio
import logging

from fastapi import WebSocket

from app.core.config import settings

logger = logging.getLogger(__name__)


class ConnectionManager:
    def __init__(self, max_per_user: int = settings.pam_max_connections_per_user) -> None:
        self.max_per_user = max_per_user
        self.active: dict[str, set[WebSocket]] = {}
        self._lock = asyncio.Lock()

    async def connect(self, user_id: str, websocket: WebSocket) -> bool:
        async with self._lock:
            sockets = self.active.setdefault(user_id, set())
            if len(sockets) >= self.max_per_user:
                await websocket.close(code=4429, reason="too many connections")
                return False
            await websocket.accept()
            sockets.add(websocket)
            return True

    async def disconnect(self, user_id: str, websocket: WebSocket) -> None:
        async with self._lock:
            self.active.get(user_id, set()).discard(websocket)
            if not self.active.get(user_id):
                self.active.pop(user_id, None)

    async def send_to_user(self, user_id: str, event: dict) -> None:
        for websocket in list(self.active.get(user_id, set())):
            try:
                await websocket.send_json(event)
            except RuntimeError:
                logger.warning("dropping closed socket of %s", user_id)
                await self.disconnect(user_id, websocket)
