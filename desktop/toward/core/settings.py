"""A partner's own settings, kept in their private space (so they are encrypted too)."""

from __future__ import annotations

from datetime import datetime

from toward.core import clock
from toward.vault.database import Connection, transaction

DEFAULT_AUTO_LOCK_MINUTES = 5
AUTO_LOCK_CHOICES = (1, 2, 5, 10, 15, 30, 60, 0)  # 0: never


class Settings:
    def __init__(self, private: Connection) -> None:
        self._conn = private

    def get_text(self, key: str) -> str | None:
        """A raw stored value, or None."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_text(self, key: str, value: str) -> None:
        """Store a raw value under `key`."""
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def auto_lock_minutes(self) -> int:
        """Minutes of no input before the app locks itself; 0 means never."""
        raw = self.get_text("auto_lock_minutes")
        try:
            value = int(raw) if raw is not None else DEFAULT_AUTO_LOCK_MINUTES
        except ValueError:
            return DEFAULT_AUTO_LOCK_MINUTES
        return value if value >= 0 else DEFAULT_AUTO_LOCK_MINUTES

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        if minutes < 0 or minutes > 24 * 60:
            raise ValueError("auto-lock is between 0 (never) and 1440 minutes")
        self.set_text("auto_lock_minutes", str(minutes))

    @property
    def language(self) -> str | None:
        """The language this partner chose ("es"), or None to follow the system's."""
        return self.get_text("language") or None

    @language.setter
    def language(self, code: str | None) -> None:
        # Which codes exist is the catalogs' business (toward.translations); an unknown one
        # left behind by a removed catalog reads as English there.
        if code is not None and not (code.isascii() and code.replace("_", "").isalpha()):
            raise ValueError("a language is a code such as 'es' or 'pt_BR'")
        self.set_text("language", code or "")

    def swap_last_opened(self, moment: datetime) -> datetime | None:
        """Record this opening and return the previous one."""
        previous = clock.from_text(self.get_text("last_opened_at"))
        self.set_text("last_opened_at", clock.to_text(moment))
        return previous

    # -- when to lock besides idleness (each only where the platform reports it) -------------

    @property
    def lock_on_screen_lock(self) -> bool:
        """Lock Toward when the computer's screen locks."""
        return self._flag("lock_on_screen_lock", default=True)

    @lock_on_screen_lock.setter
    def lock_on_screen_lock(self, on: bool) -> None:
        self.set_text("lock_on_screen_lock", "1" if on else "0")

    @property
    def lock_on_suspend(self) -> bool:
        """Lock Toward when the computer goes to sleep."""
        return self._flag("lock_on_suspend", default=True)

    @lock_on_suspend.setter
    def lock_on_suspend(self, on: bool) -> None:
        self.set_text("lock_on_suspend", "1" if on else "0")

    @property
    def lock_on_minimise(self) -> bool:
        """Lock Toward when its window is minimised."""
        return self._flag("lock_on_minimise", default=False)

    @lock_on_minimise.setter
    def lock_on_minimise(self, on: bool) -> None:
        self.set_text("lock_on_minimise", "1" if on else "0")

    def _flag(self, key: str, *, default: bool) -> bool:
        raw = self.get_text(key)
        return default if raw not in ("0", "1") else raw == "1"
