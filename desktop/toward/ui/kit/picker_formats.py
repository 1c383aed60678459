"""How date pickers write a day: the person's locale's short format, not an English one."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from toward.core.formatting import current_locale


def date_format() -> str:
    """A QDateEdit display format for the current locale ("dd.MM.yyyy", "dd/MM/yyyy")."""
    return _full_year(QLocale(current_locale()).dateFormat(QLocale.FormatType.ShortFormat))


def date_time_format() -> str:
    """A QDateTimeEdit display format for the current locale, day then time."""
    return _full_year(QLocale(current_locale()).dateTimeFormat(QLocale.FormatType.ShortFormat))


def _full_year(pattern: str) -> str:
    # Two-digit years cannot say 1950 from 2050, and Toward's days span 1900 to 2200.
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
