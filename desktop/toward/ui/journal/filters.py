"""The filters over one journal's list: mood, kind of trust, tag and month.

Each filter carries its visible name beside it (the label is its buddy, so a screen reader
reads the same name), and the pair wraps as one in a narrow window or at large text.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from toward.core.formatting import format_date
from toward.core.i18n import translate
from toward.core.journal import JournalFilter, Mood, TrustKind
from toward.ui.journal.trust import trust_word
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.widgets import button, fit_combo, text_label


class EntryFilters(QWidget):
    """Four filters and a Clear button (shown while any filter is set)."""

    changed = Signal()  # a person chose another filter, or cleared them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = FlowLayout(self)  # the filters wrap, one by one, in a narrow window
        row.setContentsMargins(0, 0, 0, 0)
        self._quiet = False  # while the lists are refilled, no choice is being made
        feeling = translate("ui.journal.filters", "Feeling {mood}")
        self.mood = _combo(
            translate("ui.journal.filters", "Mood"),
            [(translate("ui.journal.filters", "Any mood"), None)]
            + [(feeling.format(mood=mood.label), mood.value) for mood in Mood],
        )
        self.trust = _combo(
            translate("ui.journal.filters", "Kind of trust"),
            [(translate("ui.journal.filters", "Any trust"), None)]
            + [(trust_word(kind), kind) for kind in TrustKind],
        )
        self.tag = _combo(
            translate("ui.journal.filters", "Tag"),
            [(translate("ui.journal.filters", "Any tag"), None)],
        )
        self.month = _combo(
            translate("ui.journal.filters", "Month"),
            [(translate("ui.journal.filters", "Any time"), None)],
        )
        self.labels: list[QLabel] = []
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._chosen)
            row.addWidget(self._labelled(combo))
        self.clear_button = button(translate("ui.journal.filters", "Clear"), flat=True)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()
        row.addWidget(self.clear_button)

    def _labelled(self, combo: QComboBox) -> QWidget:
        """`combo` with its name shown before it, as one piece of the flowing row."""
        pair = QWidget()
        line = QHBoxLayout(pair)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(6)
        label = text_label(combo.accessibleName(), "Muted", wrap=False)
        label.setBuddy(combo)
        self.labels.append(label)
        line.addWidget(label)
        line.addWidget(combo)
        return pair

    @property
    def combos(self) -> tuple[QComboBox, QComboBox, QComboBox, QComboBox]:
        return self.mood, self.trust, self.tag, self.month

    def current(self) -> JournalFilter:
        month = self.month.currentData()
        until = None
        if month:
            year, number = (int(part) for part in month.split("-"))
            until = f"{year + number // 12:04d}-{number % 12 + 1:02d}"
        return JournalFilter(
            mood=self.mood.currentData(),
            trust_kind=self.trust.currentData(),
            tag=self.tag.currentData(),
            since=month,
            until=until,
        )

    def clear(self) -> None:
        self._quiet = True
        for combo in self.combos:
            combo.setCurrentIndex(0)
        self._quiet = False
        self.changed.emit()

    def set_choices(self, tags: list[str], months: list[str]) -> None:
        """Fill the tag and month filters from what the journal holds, keeping the choice."""
        self._quiet = True
        for combo, values, label in (
            (self.tag, tags, lambda t: f"#{t}"),
            (self.month, months, _month_label),
        ):
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(label(value), value)
            fit_combo(combo)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        self._quiet = False

    def _chosen(self) -> None:
        if not self._quiet:
            self.changed.emit()


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for label, value in items:
        combo.addItem(label, value)
    fit_combo(combo)
    return combo


def _month_label(month: str) -> str:
    year, number = month.split("-")
    return format_date(date(int(year), int(number), 1), "month_year")
