"""Helpers for the summary tests: PDF text by pypdf, and a few dated records."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

from pypdf import PdfReader


def pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """A local moment on `day`."""
    return datetime.combine(day, time(hour, minute)).astimezone()


def days_ago(days: int) -> date:
    return datetime.now().astimezone().date() - timedelta(days=days)
