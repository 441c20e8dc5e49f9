from .config import settings

__all__ = ["settings"]
