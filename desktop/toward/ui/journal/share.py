"""Sharing an entry, whole or in part: the author ticks the paragraphs the partner will read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toward.core.i18n import translate
from toward.core.journal import JournalEntry
from toward.ui.kit import dialogs, theme
from toward.ui.kit.check_box import WrappingCheckBox
from toward.ui.kit.widgets import text_label


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs: blocks separated by blank lines."""
    blocks, current = [], []
    for line in body.splitlines():
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


class ShareDialog(QDialog):
    """Asks what to share; `shared_body()` is None when the whole text goes."""

    def __init__(
        self, entry: JournalEntry, picture_count: int, other: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(dialogs.TITLE)
        self.setMinimumWidth(theme.scaled(560))
        self._paragraphs = paragraphs(entry.body)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        heading = translate("ui.journal.share", "Share “{title}” with {name}?")
        layout.addWidget(
            text_label(heading.format(title=entry.display_title, name=other), "Heading")
        )
        layout.addWidget(
            text_label(
                translate(
                    "ui.journal.share",
                    "{name} will be able to read it in the shared journal. You can take it back "
                    "later, but {name} may have read it by then.",
                ).format(name=other),
                "Muted",
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ui.journal.share", "Paragraphs to share"))
        self.list.setWordWrap(True)
        for text in self._paragraphs:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        if len(self._paragraphs) > 1:
            layout.addWidget(
                text_label(
                    translate(
                        "ui.journal.share", "Untick any paragraph you want to keep to yourself."
                    ),
                    "Muted",
                )
            )
            layout.addWidget(self.list, 1)
        else:
            self.list.hide()
        self.with_pictures = WrappingCheckBox(
            translate("ui.journal.share", "Include its %n pictures", None, picture_count)
        )
        self.with_pictures.setChecked(True)
        self.with_pictures.setVisible(picture_count > 0)
        layout.addWidget(self.with_pictures)
        self.summary = text_label("", "Muted")
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.share_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.share_button.setText(translate("ui.journal.share", "Share"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.itemChanged.connect(self._update)
        self._update()

    def kept(self) -> list[int]:
        return [
            row
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def shared_body(self) -> str | None:
        kept = self.kept()
        if len(kept) == len(self._paragraphs):
            return None
        return "\n\n".join(self._paragraphs[row] for row in kept)

    def _update(self) -> None:
        kept, total = len(self.kept()), len(self._paragraphs)
        if total > 1 and kept < total:
            sharing = translate(
                "ui.journal.share",
                "Sharing {kept} of %n paragraphs; the rest stay in your private journal.",
                None,
                total,
            )
            self.summary.setText(sharing.format(kept=kept))
        else:
            self.summary.setText("")
        self.share_button.setEnabled(kept > 0 or total == 0)
