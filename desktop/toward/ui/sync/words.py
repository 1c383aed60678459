"""How the state of the other computers is said: "Up to date with Sam's laptop, 2 minutes ago"."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import cast

from toward.core.i18n import translate
from toward.sync import DeviceStatus, SyncStatus
from toward.ui.kit.widgets import breakable_path


def since(moment: datetime, now: datetime | None = None) -> str:
    """A moment said the way people say it: just now, 2 minutes ago, on Monday, on 3 March."""
    now = now or datetime.now(UTC)
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return translate("ui.sync.words", "just now")
    if seconds < 3600:
        return translate("ui.sync.words", "%n minutes ago", None, seconds // 60)
    local, today = moment.astimezone(), now.astimezone()
    days = (today.date() - local.date()).days
    if days == 0:
        return translate("ui.sync.words", "%n hours ago", None, seconds // 3600)
    if days == 1:
        return translate("ui.sync.words", "yesterday")
    if days < 7:
        return translate("ui.sync.words", "on {weekday}").format(weekday=local.strftime("%A"))
    return translate("ui.sync.words", "on {date}").format(date=local.strftime("%d %B %Y"))


def computer_name(device: DeviceStatus) -> str:
    """The computer's own name, with whose it is when that is known."""
    whose = ", ".join(name for name in device.partner_names if name)
    if not whose:
        return device.name
    return translate("ui.sync.words", "{computer} ({whose})").format(
        computer=device.name, whose=whose
    )


def device_line(device: DeviceStatus, now: datetime | None = None) -> str:
    """One computer in one sentence: a file that stays unreadable, up to date, waiting, or
    not heard from yet."""
    if device.bad_since is not None:
        return translate(
            "ui.sync.words", "A change file from {computer} cannot be read, since {when}"
        ).format(computer=device.name, when=_since_day(device.bad_since, now))
    if device.waiting_since is not None:
        return translate(
            "ui.sync.words", "Waiting for changes from {computer} since {when}"
        ).format(computer=device.name, when=_since_day(device.waiting_since, now))
    if device.last_heard is None:
        return translate("ui.sync.words", "Not heard from {computer} yet").format(
            computer=device.name
        )
    return translate("ui.sync.words", "Up to date with {computer}, {when}").format(
        computer=device.name, when=since(device.last_heard, now)
    )


def status_line(state: SyncStatus, now: datetime | None = None) -> str:
    """The one line the sidebar shows; empty when this household is not linked."""
    if not state.linked:
        return ""
    bad = [d for d in state.devices if d.bad_since is not None]
    if bad:
        return translate("ui.sync.words", "A change file from {computer} cannot be read").format(
            computer=bad[0].name
        )
    if state.private_folder_away:
        return translate("ui.sync.words", "Your private folder is not there")
    if state.problems:
        return translate("ui.sync.words", "Some changes could not be applied")
    if not state.devices:
        return translate("ui.sync.words", "Waiting for another computer to join")
    waiting = [d for d in state.devices if d.waiting_since is not None]
    if waiting:
        return device_line(min(waiting, key=lambda d: cast(datetime, d.waiting_since)), now)
    heard = [d for d in state.devices if d.last_heard is not None]
    if not heard:
        return device_line(state.devices[0], now)
    return device_line(max(heard, key=lambda d: cast(datetime, d.last_heard)), now)


def bad_file_advice(device: DeviceStatus) -> str:
    """What a file that stays unreadable means, and what the person can do about it."""
    return translate(
        "ui.sync.words",
        "It may have been damaged on the way. Toward never applies it and tries again at "
        "every exchange; the changes {computer} made after it wait behind it. Check that "
        "your sync service shows no errors for this folder on both computers: once it copies "
        "the file again whole, everything goes on. Nothing is lost: {computer} still has "
        "those changes.",
    ).format(computer=device.name)


def private_folder_away(folder: Path) -> str:
    """A private folder of one's own that is not there now, and what that means."""
    return translate(
        "ui.sync.words",
        "Your private folder {folder} is not there (not mounted, or moved). Your private "
        "changes wait on this computer until it is back.",
    ).format(folder=breakable_path(folder))


def _since_day(moment: datetime, now: datetime | None) -> str:
    """'since' reads better with a day than with a count: since Monday, since 3 March."""
    now = now or datetime.now(UTC)
    local, today = moment.astimezone(), now.astimezone()
    days = (today.date() - local.date()).days
    if days == 0:
        return translate("ui.sync.words", "{time} today").format(time=local.strftime("%H:%M"))
    if days == 1:
        return translate("ui.sync.words", "yesterday")
    if days < 7:
        return local.strftime("%A")
    return local.strftime("%d %B %Y")
