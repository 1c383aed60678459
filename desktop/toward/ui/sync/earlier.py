"""Earlier versions on a record's own page: "Earlier version from Maya's laptop, 3 March".

When the same author edited one record on two computers while apart, the later edit is
shown everywhere and the other is kept as an earlier version (SYNC.md "Merging"). Its
author, and only its author, can open it from the record itself, not only from the sync
details window. A small, calm link per version; it opens the words as they were.

A page that shows one record at a time keeps one EarlierVersionLinks and calls show_for;
a list of records calls add_earlier_version_links per row, which adds nothing to a row
without earlier versions (most rows) and asks nothing for a record of the other partner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from toward import sync
from toward.core.formatting import format_date_time
from toward.core.i18n import translate
from toward.session import Session
from toward.sync import EarlierVersion
from toward.ui.kit import dialogs
from toward.ui.kit.widgets import button, clear_layout, text_label
from toward.ui.sync.words import since


class EarlierVersionLinks(QWidget):
    """The earlier versions of one record, for its author; hidden when there are none."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        self.versions: list[EarlierVersion] = []
        self.dialog: EarlierVersionDialog | None = None
        self.hide()

    def show_for(self, table: str, record_id: str, *, author_id: str) -> None:
        """The links for this record; none unless the unlocked partner is its author."""
        mine = author_id == self.session.partner.id
        self.show_versions(sync.earlier_versions(self.session, table, record_id) if mine else [])

    def show_versions(self, versions: list[EarlierVersion]) -> None:
        """A link per version, latest first (the author's own, as earlier_versions gives)."""
        clear_layout(self.column)
        self.versions = versions
        for version in self.versions:
            link = button(label(version), flat=True)
            link.setAccessibleName(label(version))
            link.setAccessibleDescription(
                translate(
                    "ui.sync.earlier",
                    "Opens what you wrote on that computer before the later change",
                )
            )
            link.clicked.connect(lambda _checked=False, v=version: self.open(v))
            self.column.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
        self.setVisible(bool(self.versions))

    def open(self, version: EarlierVersion) -> None:
        self.dialog = EarlierVersionDialog(version, self.window())
        self.dialog.open()


def add_earlier_version_links(
    layout: QBoxLayout, session: Session, table: str, record_id: str, *, author_id: str
) -> EarlierVersionLinks | None:
    """Under one record of a list: its earlier versions' links, for its author; None (and
    nothing added) when it has none or the unlocked partner is not its author."""
    if author_id != session.partner.id:
        return None
    versions = sync.earlier_versions(session, table, record_id)
    if not versions:
        return None
    links = EarlierVersionLinks(session)
    layout.addWidget(links)  # a parent first: shown alone it would be a window of its own
    links.show_versions(versions)
    return links


class EarlierVersionDialog(QDialog):
    """One earlier version, read only, with a word on why it is kept."""

    def __init__(self, version: EarlierVersion, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(dialogs.TITLE)
        self.setMinimumWidth(420)
        column = QVBoxLayout(self)
        column.addWidget(text_label(label(version), "Heading"))
        column.addWidget(
            text_label(
                translate(
                    "ui.sync.earlier",
                    "You changed this on two computers while they were apart. The later "
                    "change is the one shown; this is what you wrote before, kept for you.",
                ),
                "Muted",
            )
        )
        column.addWidget(earlier_version_view(version))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)


def label(version: EarlierVersion) -> str:
    """The link's words: Earlier version from Maya's laptop, 3 March 2026, 14:05."""
    when = format_date_time(version.written_at)
    if not version.computer:
        return translate("ui.sync.earlier", "Earlier version, {when}").format(when=when)
    return translate("ui.sync.earlier", "Earlier version from {computer}, {when}").format(
        computer=version.computer, when=when
    )


def earlier_version_view(version: EarlierVersion) -> QWidget:
    """What was written, field by field, and when: text fields as they were typed."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(
        text_label(
            # Its words moved here from the details window, their translations with them.
            translate("ui.sync.status_line", "Written {when}").format(
                when=since(version.written_at)
            ),
            "Muted",
        )
    )
    for name, value in version.values.items():
        if isinstance(value, str) and value and not name.endswith("_id") and name != "id":
            column.addWidget(text_label(value))
        elif isinstance(value, dict | list):
            continue  # structured parts (pictures, marks) are not words to read
    return box
