"""Choosing a time to talk: a date-and-time field in quarter hours, at a waking hour."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit

from toward.ui.kit.picker_formats import date_time_format
from toward.ui.kit.widgets import fit_date_field

# A time to talk is proposed within waking hours; outside them, at the next evening.
TALK_HOURS = (9, 21)  # from 09:00 to 21:00 inclusive
TALK_EVENING = 19


def talk_time(moment: datetime) -> datetime:
    """`moment` rounded up to the next quarter hour, or the next 19:00 if that is at night."""
    local = moment.astimezone().replace(second=0, microsecond=0)
    local += timedelta(minutes=-local.minute % 15)
    first, last = TALK_HOURS
    if first <= local.hour and (local.hour, local.minute) <= (last, 0):
        return local
    evening = local.replace(hour=TALK_EVENING, minute=0)
    return evening if evening > local else evening + timedelta(days=1)


def time_picker(moment: datetime) -> QDateTimeEdit:
    """A date-and-time field starting at a sensible time to talk from `moment` (talk_time)."""
    local = talk_time(moment)
    picker = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(local.timestamp())))
    picker.setCalendarPopup(True)
    picker.setDisplayFormat(date_time_format())
    fit_date_field(picker)
    return picker


def picked_time(picker: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(picker.dateTime().toSecsSinceEpoch()).astimezone()
