"""When things happened in the demo's story: a few weeks back from today."""

from __future__ import annotations

from datetime import datetime, timedelta


def ago(days: int, hour: int) -> datetime:
    """A moment `days` ago at `hour` o'clock local time, so the story spans a few weeks."""
    moment = datetime.now().astimezone() - timedelta(days=days)
    return moment.replace(hour=hour, minute=(days * 7) % 60, second=0, microsecond=0)
