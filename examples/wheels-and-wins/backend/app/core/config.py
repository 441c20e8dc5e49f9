"""Settings from the environment (Render sets them; .env locally)."""
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    supabase_url: str = ""
    supabase_anon_key: str = ""
    anthropic_api_key: str = ""
    cors_origins: list[str] = ["http://localhost:8080", "https://wheelsandwins.com"]
    pam_heartbeat_seconds: int = 25
    pam_max_connections_per_user: int = 3


settings = Settings()
