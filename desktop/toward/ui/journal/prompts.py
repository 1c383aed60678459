"""Browsing the prompt decks: pick one to write about, hide the ones that don't fit."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.prompts import Prompt, Prompts
from toward.ui.kit import dialogs
from toward.ui.kit.fitting import fit_to_screen
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.widgets import button, text_label

DEPTH_WORDS = {
    1: QT_TRANSLATE_NOOP("ui.journal.prompts", "light"),
    2: QT_TRANSLATE_NOOP("ui.journal.prompts", "deeper"),
    3: QT_TRANSLATE_NOOP("ui.journal.prompts", "deep"),
    4: QT_TRANSLATE_NOOP("ui.journal.prompts", "weighty"),
    5: QT_TRANSLATE_NOOP("ui.journal.prompts", "weightiest"),
}


class PromptBrowser(QDialog):
    """Emits `chosen(prompt)` when the person picks one to write about."""

    chosen = Signal(object)

    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.setWindowTitle(dialogs.TITLE)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(text_label(translate("ui.journal.prompts", "Prompts"), "Title"))
        row = QHBoxLayout()
        self.decks = QListWidget()
        self.decks.setAccessibleName(translate("ui.journal.prompts", "Decks"))
        self.decks.setFixedWidth(200)
        # A long deck title ("After a breach of trust") wraps: the list never scrolls sideways.
        self.decks.setWordWrap(True)
        self.decks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for deck in prompts.library.decks:
            item = QListWidgetItem(deck.title)
            item.setData(Qt.ItemDataRole.UserRole, deck.id)
            self.decks.addItem(item)
        column = QVBoxLayout()
        self.description = text_label("", "Muted")
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ui.journal.prompts", "Prompts in this deck"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        column.addWidget(self.description)
        column.addWidget(self.list, 1)
        row.addWidget(self.decks)
        row.addLayout(column, 1)
        layout.addLayout(row, 1)
        actions = FlowLayout()  # on a laptop the check box has a line of its own
        self.show_hidden = QCheckBox(translate("ui.journal.prompts", "Show prompts I hid"))
        self.hide_button = button(translate("ui.journal.prompts", "Hide this prompt"))
        self.write_button = button(
            translate("ui.journal.prompts", "Write about this"), primary=True
        )
        close = button(translate("ui.journal.prompts", "Close"))
        actions.addWidget(self.show_hidden)
        for widget in (self.hide_button, close, self.write_button):
            actions.add_right(widget)
        layout.addLayout(actions)
        fit_to_screen(self, QSize(820, 560))

        self.decks.currentRowChanged.connect(lambda _row: self._fill())
        self.show_hidden.toggled.connect(lambda _on: self._fill())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemActivated.connect(lambda _item: self._write())
        self.hide_button.clicked.connect(self._toggle_hidden)
        self.write_button.clicked.connect(self._write)
        close.clicked.connect(self.reject)
        self.decks.setCurrentRow(0)

    def current(self) -> Prompt | None:
        item = self.list.currentItem()
        return None if item is None else self.prompts.get(item.data(Qt.ItemDataRole.UserRole))

    def _fill(self) -> None:
        item = self.decks.currentItem()
        if item is None:
            return
        deck = self.prompts.library.deck(item.data(Qt.ItemDataRole.UserRole))
        self.description.setText(deck.description)
        hidden = self.prompts.hidden()
        self.list.clear()
        for prompt in deck.prompts:
            if prompt.id in hidden and not self.show_hidden.isChecked():
                continue
            depth = DEPTH_WORDS.get(prompt.depth)
            about = translate("ui.journal.prompts", depth) if depth else ""
            if prompt.topic:
                about = f"{prompt.topic} · {about}"
            label = f"{prompt.text}\n{about}"
            if prompt.id in hidden:
                label += "  " + translate("ui.journal.prompts", "(hidden)")
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, prompt.id)
            self.list.addItem(entry)
        self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        prompt = self.current()
        self.write_button.setEnabled(prompt is not None)
        self.hide_button.setEnabled(prompt is not None)
        hidden = prompt is not None and prompt.id in self.prompts.hidden()
        self.hide_button.setText(
            translate("ui.journal.prompts", "Show it again")
            if hidden
            else translate("ui.journal.prompts", "Hide this prompt")
        )

    def _toggle_hidden(self) -> None:
        prompt = self.current()
        if prompt is None:
            return
        if prompt.id in self.prompts.hidden():
            self.prompts.unhide(prompt.id)
        else:
            self.prompts.hide(prompt.id)
        row = self.list.currentRow()
        self._fill()
        self.list.setCurrentRow(min(row, self.list.count() - 1))

    def _write(self) -> None:
        prompt = self.current()
        if prompt is None:
            return
        self.accept()
        self.chosen.emit(prompt)
