"""The PAM WebSocket endpoint."""
from fastapi import APIRouter, Query, WebSocket, WebSocketDisconnect

from app.services.auth import verify_token
from app.services.pam.orchestrator import PamOrchestrator
from app.services.pam.ws_legacy import LegacyConnectionManager, close_reason

router = APIRouter()
manager = LegacyConnectionManager()
orchestrator = PamOrchestrator(manager)


@router.websocket("/ws")
async def pam_socket(websocket: WebSocket, token: str = Query(...)) -> None:
    user_id = verify_token(token)
    if user_id is None:
        await websocket.close(code=4401, reason=close_reason(4401))
        return
    await manager.connect(user_id, websocket)
    try:
        while True:
            event = await websocket.receive_json()
            if event.get("type") == "ping":
                await websocket.send_json({"type": "pong"})
            elif event.get("type") == "chat":
                await orchestrator.handle_message(user_id, event["content"], event.get("context") or {})
    except WebSocketDisconnect:
        manager.disconnect(user_id, websocket)
