"""Gentle reminders: when one is due, and what it says. Never content, never a topic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from enum import StrEnum
from typing import TYPE_CHECKING

from toward.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from toward.core.settings import Settings


class ReminderKind(StrEnum):
    CHECK_IN = "check_in"


REMINDER_TEXT = {
    ReminderKind.CHECK_IN: QT_TRANSLATE_NOOP(
        "core.reminders", "A good moment to check in with each other?"
    ),
}
DEFAULT_CHECK_IN = time(20, 0)


@dataclass(frozen=True)
class ReminderPlan:
    """Which reminders a partner wants, and when; holds no content, so it may outlive a lock."""

    check_in: time | None  # None: switched off

    def due(self, now: datetime, last_shown: dict[ReminderKind, datetime]) -> list[ReminderKind]:
        """The reminders to show at `now` (local), each at most once a day."""
        due = []
        if self.check_in is not None:
            at = now.replace(
                hour=self.check_in.hour, minute=self.check_in.minute, second=0, microsecond=0
            )
            shown = last_shown.get(ReminderKind.CHECK_IN)
            if now >= at and (shown is None or shown < at):
                due.append(ReminderKind.CHECK_IN)
        return due


def load_plan(settings: Settings) -> ReminderPlan:
    raw = settings.get_text("reminder_check_in")
    if raw == "off":
        return ReminderPlan(check_in=None)
    try:
        return ReminderPlan(check_in=time.fromisoformat(raw) if raw else None)
    except ValueError:
        return ReminderPlan(check_in=None)


def save_plan(settings: Settings, plan: ReminderPlan) -> None:
    value = "off" if plan.check_in is None else plan.check_in.strftime("%H:%M")
    settings.set_text("reminder_check_in", value)
