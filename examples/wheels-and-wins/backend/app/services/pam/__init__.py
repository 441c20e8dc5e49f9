"""PAM, the travel assistant: orchestration, tools and the WebSocket connection manager."""
