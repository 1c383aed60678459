"""The journal: a private and a shared journal, a list beside the entry being read or written."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from toward.core.journal import MOOD_WORDS, TABLE, JournalEntry, TrustKind
from toward.core.spaces import Space
from toward.session import Session
from toward.ui import dialogs, theme
from toward.ui.errors import describe
from toward.ui.journal_model import EntryDelegate, EntryRole, JournalListModel
from toward.ui.main_view import MainView
from toward.ui.widgets import Segmented, button, text_label

READING_WIDTH = 700


class SafeBrowser(QTextBrowser):
    """Renders Markdown without fetching anything: no files, no network, no links followed."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl) -> object:
        return None


class JournalPage(QWidget):
    def __init__(self, session: Session, view: MainView) -> None:
        super().__init__()
        self.setObjectName("Page")
        self.session = session
        self.journal = session.journal
        self.partners = {p.id: p for p in session.household.partners}
        self._editing: JournalEntry | None = None
        self._current: JournalEntry | None = None

        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(text_label("Journal", "Display", wrap=False))
        header.addStretch(1)
        self.space_switch = Segmented(["My private journal", "Shared journal"])
        self.space_switch.button(0).setIcon(theme.icon("private", size=18))
        self.space_switch.button(1).setIcon(theme.icon("shared", size=18))
        self.space_switch.setAccessibleName("Which journal")
        self.space_switch.changed.connect(self._space_changed)
        header.addWidget(self.space_switch)
        self.new_button = button("New entry", primary=True, icon="plus")
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.setToolTip("New entry (Ctrl+N)")
        self.new_button.clicked.connect(self.start_new)
        header.addWidget(self.new_button)

        self.model = JournalListModel(self.journal, Space.PRIVATE, session.partner.id)
        self.list = QListView()
        self.list.setObjectName("EntryList")
        self.list.setAccessibleName("Entries")
        self.list.setModel(self.model)
        self.list.setItemDelegate(
            EntryDelegate(
                {p.id: p.colour for p in self.partners.values()},
                {p.id: p.name for p in self.partners.values()},
            )
        )
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setFixedWidth(340)
        self.list.selectionModel().currentChanged.connect(self._selected)

        self.empty = text_label("", "Muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.panel = QStackedWidget()
        self.reader = self._build_reader()
        self.editor = self._build_editor()
        self.placeholder = QWidget()
        holder = QVBoxLayout(self.placeholder)
        holder.addStretch(1)
        holder.addWidget(self.empty)
        holder.addStretch(2)
        for page in (self.placeholder, self.reader, self.editor):
            self.panel.addWidget(page)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.list)
        body.addWidget(self.panel, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(18)
        layout.addLayout(header)
        layout.addLayout(body, 1)

        view.changes_for(session).changed.connect(self._data_changed)
        self._show_placeholder()
        self.setFocusProxy(self.list)

    # -- building ----------------------------------------------------------------------

    def _build_reader(self) -> QWidget:
        page = QWidget()
        page.setMaximumWidth(READING_WIDTH)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.read_title = text_label("", "Title")
        self.read_meta = text_label("", "Muted")
        self.read_body = SafeBrowser()
        self.read_body.setObjectName("Reader")
        self.read_body.setAccessibleName("Entry text")
        actions = QHBoxLayout()
        self.edit_button = button("Edit")
        self.share_button = button("Share with partner", icon="share")
        self.unshare_button = button("Stop sharing", icon="unshare")
        self.delete_button = button("Delete", flat=True, icon="trash")
        self.edit_button.clicked.connect(self.edit_current)
        self.share_button.clicked.connect(self.share_current)
        self.unshare_button.clicked.connect(self.unshare_current)
        self.delete_button.clicked.connect(self.delete_current)
        for widget in (self.edit_button, self.share_button, self.unshare_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout.addWidget(self.read_title)
        layout.addWidget(self.read_meta)
        layout.addWidget(self.read_body, 1)
        layout.addLayout(actions)
        return page

    def _build_editor(self) -> QWidget:
        page = QWidget()
        page.setMaximumWidth(READING_WIDTH)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.edit_where = text_label("", "Muted")
        self.title_field = QLineEdit()
        self.title_field.setPlaceholderText("Title (optional)")
        self.title_field.setAccessibleName("Title")
        details = QHBoxLayout()
        self.mood = QComboBox()
        self.mood.setAccessibleName("Mood")
        # Style-sheet padding is not in the combo's size hint: make room for the longest text.
        self.mood.setMinimumWidth(
            self.mood.fontMetrics().horizontalAdvance("How are you feeling?") + 64
        )
        self.mood.addItem("How are you feeling?", None)
        for value, word in MOOD_WORDS.items():
            self.mood.addItem(f"{value} · {word}", value)
        details.addWidget(self.mood)
        self.trust_buttons: dict[TrustKind, QPushButton] = {}
        details.addSpacing(8)
        for kind in TrustKind:
            toggle = QPushButton(kind.value.capitalize())
            toggle.setCheckable(True)
            toggle.setProperty("chip", True)
            toggle.setCursor(Qt.CursorShape.PointingHandCursor)
            toggle.setToolTip(f"This is about {kind.value} trust")
            self.trust_buttons[kind] = toggle
            details.addWidget(toggle)
        details.addStretch(1)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("Tags, separated by commas")
        self.tags.setAccessibleName("Tags")
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText("Write freely. Markdown works: *emphasis*, lists, headings.")
        self.body.setAccessibleName("Entry text")
        self.edit_error = text_label("", "Error")
        self.edit_error.hide()
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.cancel_button = button("Cancel")
        self.save_button = button("Save", primary=True)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip("Save (Ctrl+S)")
        self.cancel_button.clicked.connect(self._cancel_edit)
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.save_button)
        layout.addWidget(self.edit_where)
        layout.addWidget(self.title_field)
        layout.addLayout(details)
        layout.addWidget(self.tags)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.edit_error)
        layout.addLayout(actions)
        return page

    # -- state -------------------------------------------------------------------------

    @property
    def space(self) -> Space:
        return Space.PRIVATE if self.space_switch.current() == 0 else Space.SHARED

    def _other_name(self) -> str:
        others = [p.name for p in self.partners.values() if p.id != self.session.partner.id]
        return others[0] if others else "your partner"

    def _space_changed(self, _index: int) -> None:
        self.model.set_space(self.space)
        self._show_placeholder()

    def _data_changed(self, table: str) -> None:
        if table != TABLE:
            return
        keep = self._current.id if self._current else None
        self.model.refresh()
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        elif self.panel.currentWidget() is not self.editor:
            self._show_placeholder()

    def _show_placeholder(self) -> None:
        self._current = None
        if self.model.rowCount() == 0:
            if self.space is Space.PRIVATE:
                text = (
                    "Nothing here yet — write the first entry.\n"
                    "Only you can read your private journal."
                )
            else:
                text = (
                    "Nothing shared yet.\nWrite here for both of you to read, or share an "
                    "entry from your private journal."
                )
        else:
            text = "Choose an entry to read it, or write a new one."
        self.empty.setText(text)
        self.panel.setCurrentWidget(self.placeholder)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(EntryRole) if current.isValid() else None
        if entry is None:
            return
        self.show_entry(entry)

    def show_entry(self, entry: JournalEntry) -> None:
        self._current = entry
        own = entry.info.author_id == self.session.partner.id
        self.read_title.setText(entry.display_title)
        self.read_meta.setText(self._meta(entry))
        self.read_body.setMarkdown(entry.body)
        self.edit_button.setVisible(own)
        self.delete_button.setVisible(own)
        can_share = entry.space is Space.PRIVATE and not entry.info.is_currently_shared
        self.share_button.setVisible(can_share and len(self.partners) > 1)
        self.unshare_button.setVisible(
            entry.info.is_currently_shared or (own and entry.info.is_shared_copy)
        )
        self.panel.setCurrentWidget(self.reader)
        if entry.space is Space.SHARED and not own and not self.journal.is_read(entry):
            self.journal.mark_read(entry)

    def _meta(self, entry: JournalEntry) -> str:
        parts = []
        if entry.space is Space.PRIVATE:
            parts.append("Private")
        else:
            author = self.partners.get(entry.info.author_id)
            parts.append(f"Shared by {author.name if author else 'a former partner'}")
        parts.append(entry.info.created_at.astimezone().strftime("%A %d %B %Y, %H:%M"))
        if entry.mood:
            parts.append(f"feeling {MOOD_WORDS[entry.mood]}")
        if entry.trust_kinds:
            parts.append(", ".join(k.value for k in entry.trust_kinds) + " trust")
        if entry.tags:
            parts.append(" ".join(f"#{t}" for t in entry.tags))
        if entry.info.is_currently_shared and entry.info.shared_at:
            parts.append(
                f"shared with {self._other_name()} on {entry.info.shared_at.astimezone():%d %B}"
            )
        return "  ·  ".join(parts)

    # -- writing -----------------------------------------------------------------------

    def start_new(self) -> None:
        self._editing = None
        self._fill_editor(None)
        self.panel.setCurrentWidget(self.editor)
        self.body.setFocus()

    def edit_current(self) -> None:
        if self._current is None:
            return
        self._editing = self._current
        self._fill_editor(self._current)
        self.panel.setCurrentWidget(self.editor)
        self.body.setFocus()

    def _fill_editor(self, entry: JournalEntry | None) -> None:
        space = entry.space if entry else self.space
        self.edit_where.setText(
            "In your private journal — only you can read it."
            if space is Space.PRIVATE
            else f"In the shared journal — {self._other_name()} can read it too."
        )
        self.title_field.setText(entry.title if entry else "")
        self.body.setPlainText(entry.body if entry else "")
        self.tags.setText(", ".join(entry.tags) if entry else "")
        self.mood.setCurrentIndex(self.mood.findData(entry.mood) if entry and entry.mood else 0)
        for kind, toggle in self.trust_buttons.items():
            toggle.setChecked(bool(entry and kind in entry.trust_kinds))
        self.edit_error.hide()

    def save(self) -> None:
        fields = {
            "title": self.title_field.text(),
            "body": self.body.toPlainText(),
            "mood": self.mood.currentData(),
            "trust_kinds": [k for k, t in self.trust_buttons.items() if t.isChecked()],
            "tags": [t for t in self.tags.text().split(",") if t.strip()],
        }
        if not fields["title"].strip() and not fields["body"].strip():
            self.edit_error.setText("Write something first — a title or a few words.")
            self.edit_error.show()
            return
        try:
            if self._editing is None:
                saved = self.journal.write(self.space, **fields)
            else:
                saved = self.journal.edit(self._editing, **fields)
        except Exception as exc:  # shown, and the text stays in the editor
            self.edit_error.setText(describe(exc))
            self.edit_error.show()
            return
        self._editing = None
        self._current = saved
        self._data_changed(TABLE)
        self.show_entry(saved)

    def _cancel_edit(self) -> None:
        self._editing = None
        if self._current is not None:
            self.show_entry(self._current)
        else:
            self._show_placeholder()

    # -- sharing and deleting --------------------------------------------------------------

    def share_current(self) -> None:
        entry = self._current
        if entry is None:
            return
        other = self._other_name()
        if not dialogs.ask(
            self,
            "Share this entry?",
            f"{other} will be able to read it in the shared journal. You can take it back "
            f"later, but {other} may have read it by then.",
            yes="Share",
        ):
            return
        self.journal.share(entry)
        self._current = self.journal.get(Space.PRIVATE, entry.id)
        self.show_entry(self._current)

    def unshare_current(self) -> None:
        entry = self._current
        if entry is None:
            return
        other = self._other_name()
        if not dialogs.ask(
            self,
            "Stop sharing?",
            f"The entry leaves the shared journal. {other} may already have read it.",
            yes="Stop sharing",
        ):
            return
        outcome = self.journal.unshare(entry)
        dialogs.tell(
            self,
            "No longer shared",
            f"{other} had already opened it."
            if outcome.partner_has_read
            else f"Toward saw no sign that {other} opened it, though they may have seen it.",
        )
        if entry.space is Space.PRIVATE:
            self._current = self.journal.get(Space.PRIVATE, entry.id)
            self.show_entry(self._current)
        else:
            self._show_placeholder()

    def delete_current(self) -> None:
        entry = self._current
        if entry is None:
            return
        text = "It will be gone for good; this can't be undone."
        if entry.info.is_currently_shared:
            text += " Its shared copy stays in the shared journal until you stop sharing it."
        if not dialogs.ask(self, "Delete this entry?", text, yes="Delete"):
            return
        self.journal.delete(entry)
        self._current = None
        self._show_placeholder()
