"""A list of journal entries to tick, one by one, for a summary."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from toward.core.formatting import format_date
from toward.core.i18n import translate
from toward.core.journal import JournalEntry


class EntryChecklist(QListWidget):
    """Entries with a tick box each; an empty period says so instead of looking broken."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setMaximumHeight(150)
        # A long entry title or question wraps: the list never scrolls sideways.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_entries(
        self, entries: Iterable[tuple[JournalEntry, str | None]], *, checked: bool
    ) -> None:
        """List these entries (with their author's name, if given), ticked or not.

        Filling the list is not a person ticking: no itemChanged is sent meanwhile.
        """
        self.blockSignals(True)
        self.clear()
        for entry, author in entries:
            day = format_date(entry.info.created_at, "short_day_month")
            if author:
                text = translate(
                    "ui.therapy.entry_checklist", "{title} · {day} · {partner}"
                ).format(title=entry.display_title, day=day, partner=author)
            else:
                text = translate("ui.therapy.entry_checklist", "{title} · {day}").format(
                    title=entry.display_title, day=day
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        if self.count() == 0:
            empty = QListWidgetItem(
                translate("ui.therapy.entry_checklist", "Nothing in this period.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(empty)
        self.blockSignals(False)

    def ticked(self) -> frozenset[str]:
        """The ids of the entries ticked now."""
        ids = set()
        for row in range(self.count()):
            item = self.item(row)
            entry_id = item.data(Qt.ItemDataRole.UserRole)
            if entry_id and item.checkState() == Qt.CheckState.Checked:
                ids.add(entry_id)
        return frozenset(ids)
