"""Turns a user's message into PAM's answer: pick tools, call Claude, stream the reply back."""
import logging
from typing import Any

from app.core.config import settings
from app.models.message import PamMessage

from .tools import tool_registry
from .ws_legacy import LegacyConnectionManager, broadcast_to_user

logger = logging.getLogger(__name__)

SYSTEM_PROMPT = """You are PAM, the travel assistant of Wheels & Wins.
Help travellers plan routes, budgets and campsites. Be brief and practical."""


class PamOrchestrator:
    def __init__(self, manager: LegacyConnectionManager) -> None:
        self.manager = manager

    async def handle_message(self, user_id: str, content: str, context: dict[str, Any]) -> PamMessage:
        await self.manager.send_to_user(user_id, {"type": "typing", "isTyping": True})
        tools = tool_registry.all_tools()
        logger.info("pam: %d tools offered (model key set: %s)", len(tools), bool(settings.anthropic_api_key))
        answer = await self._ask_model(content, context, tools)
        await broadcast_to_user(self.manager, user_id, answer)
        await self.manager.send_to_user(user_id, {"type": "typing", "isTyping": False})
        return PamMessage(role="assistant", content=answer)

    async def _ask_model(self, content: str, context: dict[str, Any], tools: list[dict]) -> str:
        # The model call is stubbed in the example; production uses the Anthropic SDK here.
        page = context.get("page", "unknown")
        return f"(PAM on {page}) I can help with that: {content[:80]}"
