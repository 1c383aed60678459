"""Choosing a time to talk: a date-and-time field in quarter hours."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit

from toward.ui.kit.widgets import fit_date_field


def time_picker(moment: datetime) -> QDateTimeEdit:
    """A date-and-time field starting at `moment`, rounded up to the next quarter hour."""
    local = moment.astimezone().replace(second=0, microsecond=0)
    local += timedelta(minutes=-local.minute % 15)
    picker = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(local.timestamp())))
    picker.setCalendarPopup(True)
    picker.setDisplayFormat("ddd d MMM yyyy, HH:mm")
    fit_date_field(picker)
    return picker


def picked_time(picker: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(picker.dateTime().toSecsSinceEpoch()).astimezone()
