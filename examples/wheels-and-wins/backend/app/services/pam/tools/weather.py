TOOLS = [
    {
        "name": "get_weather",
        "description": "Current weather and 3-day forecast at a place.",
        "input_schema": {"type": "object", "properties": {"place": {"type": "string"}}, "required": ["place"]},
    }
]


async def get_weather(place: str) -> dict:
    return {"place": place, "summary": "sunny", "max_c": 27}
