"""The journal: private and shared journals, search, prompts, reading and writing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
)

from toward.core.changes import Change
from toward.core.i18n import translate
from toward.core.journal import JournalEntry, JournalFilter
from toward.core.prompts import Prompt
from toward.core.spaces import Space
from toward.session import Session
from toward.ui.journal.editor import EntryEditor
from toward.ui.journal.filters import EntryFilters
from toward.ui.journal.invitation import Invitation
from toward.ui.journal.model import EntryDelegate, EntryRole, JournalListModel
from toward.ui.journal.reader import EntryReader
from toward.ui.journal.search import SearchHitDelegate, SearchResultsModel
from toward.ui.journal.share import ShareDialog
from toward.ui.kit import dialogs, theme
from toward.ui.kit.errors import describe
from toward.ui.kit.fitting import scrolling
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.page import Page
from toward.ui.kit.widgets import (
    Segmented,
    add_unreadable_note,
    button,
    clear_layout,
    text_label,
)
from toward.ui.main_view import MainView

LIST_WIDTH = 340
LIST_MIN_WIDTH = 230
SEARCH_DELAY_MS = 200
_TABLES = ("journal_entries",)  # what this page lists


class _Panel(QStackedWidget):
    """The right side: only the part shown (invitation, reader, editor) sets its size, so
    the editor's height does not make the short invitation scroll."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.sizeHint() if shown is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.minimumSizeHint() if shown is not None else super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:
        # As if the scroll bar were shown: the area asks at its full width, and the bar that
        # appears then would leave the words too little room.
        shown = self.currentWidget()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return shown.heightForWidth(width - bar) if shown is not None else -1


class JournalPage(Page):
    shows = frozenset({Change.JOURNAL, Change.READ})

    def __init__(self, session: Session, view: MainView) -> None:
        super().__init__()
        self.session = session
        self.journal = session.journal
        self.partners = {p.id: p for p in session.household.partners}
        self._current: JournalEntry | None = None

        # -- header: the title and a new entry; then which journal, search, filters ------
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(text_label(translate("ui.journal.page", "Journal"), "Display", wrap=False))
        header.addStretch(1)
        self.new_button = button(
            translate("ui.journal.page", "New entry"), primary=True, icon="plus"
        )
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.setToolTip(translate("ui.journal.page", "New entry (Ctrl+N)"))
        self.new_button.clicked.connect(self.start_new)
        header.addWidget(self.new_button)

        # One flowing row: on a laptop the filters wrap under the switch and the search.
        tools = FlowLayout()
        self.space_switch = Segmented(
            [
                translate("ui.journal.page", "My private journal"),
                translate("ui.journal.page", "Shared journal"),
            ]
        )
        self.space_switch.button(0).setIcon(theme.icon("private", size=18))
        self.space_switch.button(1).setIcon(theme.icon("shared", size=18))
        self.space_switch.setAccessibleName(translate("ui.journal.page", "Which journal"))
        self.space_switch.changed.connect(self._space_changed)
        tools.addWidget(self.space_switch)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("ui.journal.page", "Search both journals (Ctrl+F)")
        )
        self.search.setAccessibleName(translate("ui.journal.page", "Search"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            theme.icon("search", theme.colour("muted"), 18),
            QLineEdit.ActionPosition.LeadingPosition,
        )
        self.search.setMinimumWidth(LIST_WIDTH - 60)
        # PySide6 connects a signal given as a keyword; its stubs do not list that overload.
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)  # type: ignore[call-overload]
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_timer.start)
        tools.add_stretching(self.search)
        self.filters = EntryFilters()
        self.filters.changed.connect(self._apply_filter)
        self.mood_filter, self.trust_filter, self.tag_filter, self.month_filter = (
            self.filters.combos
        )
        self.clear_filters_button = self.filters.clear_button
        tools.addWidget(self.filters)

        # -- list ----------------------------------------------------------------------
        self.model = JournalListModel(self.journal, Space.PRIVATE, session.partner.id)
        self.results = SearchResultsModel(self.journal)
        self.list = QListView()
        self.list.setObjectName("EntryList")
        self.list.setAccessibleName(translate("ui.journal.page", "Entries"))
        self.entry_delegate = EntryDelegate(
            {p.id: p.colour for p in self.partners.values()},
            {p.id: p.name for p in self.partners.values()},
        )
        self.hit_delegate = SearchHitDelegate(
            {p.id: p.name for p in self.partners.values()}, session.partner.id
        )
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        # Narrower in a small window, so the entry beside it keeps room to be read.
        self.list.setMinimumWidth(LIST_MIN_WIDTH)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMaximumWidth(LIST_WIDTH)
        self.list_status = text_label("", "Muted")
        self.list_status.hide()
        self._use_list_model(self.model, self.entry_delegate)

        # -- right panel: invitation, reader, editor -------------------------------------
        self.panel = _Panel()
        self.placeholder = Invitation(session)
        self.placeholder.write_requested.connect(self.write_about)
        self.placeholder.resume_requested.connect(self._resume_draft)
        self.reader = EntryReader(session, self.partners)
        self.editor = EntryEditor(self.journal, self._other_name())
        view.closing_pages.connect(self.editor.save_draft)
        self.reader.edit_requested.connect(self.edit_current)
        self.reader.share_requested.connect(self.share_current)
        self.reader.unshare_requested.connect(self.unshare_current)
        self.reader.delete_requested.connect(self.delete_current)
        self.editor.saved.connect(self._saved)
        self.editor.closed.connect(self._editor_closed)
        for page in (self.placeholder, self.reader, self.editor):
            self.panel.addWidget(page)
        self._expose_parts()

        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.list_status)
        left.addWidget(self.list, 1)
        self.unreadable_area = QVBoxLayout()  # names entries the list could not read
        left.addLayout(self.unreadable_area)
        self.model.modelReset.connect(self._name_unreadable)
        self.model.rowsInserted.connect(self._name_unreadable)
        self._name_unreadable()
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 2)
        # In a window too short for the editor, the panel scrolls rather than squeezes.
        body.addWidget(scrolling(self.panel), 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addLayout(tools)
        layout.addLayout(body, 1)

        self.follow(view, session)
        self._refresh_choices()
        self._update_unread_label()
        self._show_placeholder()
        # Not the list: focusing it would open its first entry and hide today's prompt.
        self.setFocusProxy(self.new_button)

    def _expose_parts(self) -> None:
        # The page's parts by the names a person would use for them.
        self.read_title, self.read_meta, self.read_body = (
            self.reader.title,
            self.reader.meta,
            self.reader.body,
        )
        self.edit_button = self.reader.edit_button
        self.share_button = self.reader.share_button
        self.unshare_button = self.reader.unshare_button
        self.delete_button = self.reader.delete_button
        self.title_field, self.mood, self.tags = (
            self.editor.title,
            self.editor.mood,
            self.editor.tags,
        )
        self.trust_buttons, self.body = self.editor.trust_buttons, self.editor.body
        self.edit_error, self.edit_where = self.editor.error, self.editor.where
        self.save_button, self.cancel_button = self.editor.save_button, self.editor.cancel_button
        self.empty, self.prompt_card = self.placeholder.empty, self.placeholder.prompt_card
        self.prompt_text = self.placeholder.prompt_text
        self.prompt_write_button = self.placeholder.prompt_write_button
        self.prompt_more_button = self.placeholder.prompt_more_button
        self.prompt_hide_button = self.placeholder.prompt_hide_button

    # -- state ---------------------------------------------------------------------------

    def open_view(self, name: str) -> None:
        """Show the private or the shared journal (from a Today card)."""
        self.space_switch.set_current(1 if name == "shared" else 0)

    @property
    def space(self) -> Space:
        return Space.PRIVATE if self.space_switch.current() == 0 else Space.SHARED

    @property
    def searching(self) -> bool:
        return bool(self.search.text().strip())

    def _other_name(self) -> str:
        others = [p.name for p in self.partners.values() if p.id != self.session.partner.id]
        return others[0] if others else translate("ui.journal.page", "your partner")

    def _use_list_model(self, model: object, delegate: object) -> None:
        if self.list.model() is not model:
            self.list.setModel(model)  # type: ignore[arg-type]
            self.list.setItemDelegate(delegate)  # type: ignore[arg-type]
            self.list.selectionModel().currentChanged.connect(self._selected)

    def _space_changed(self, _index: int) -> None:
        self._refresh_choices()
        self._apply_filter()
        self._show_placeholder()

    def current_filter(self) -> JournalFilter:
        return self.filters.current()

    def _apply_filter(self) -> None:
        if self.searching:
            return
        if self.model.space is not self.space:
            self.model.set_space(self.space)
        self.model.set_filter(self.current_filter())
        filtered = self.current_filter() != JournalFilter()
        count = self.journal.count(self.space, filter=self.model.filter) if filtered else 0
        self.list_status.setText(
            translate("ui.journal.page", "%n matching entries", None, count) if filtered else ""
        )
        self.list_status.setVisible(filtered)
        if not filtered and self.clear_filters_button.hasFocus():
            self.search.setFocus()  # never let the focus fall onto the list (it opens an entry)
        self.clear_filters_button.setVisible(filtered)
        showing = self.panel.currentWidget()
        if showing is self.placeholder or (
            self.model.rowCount() == 0 and showing is not self.editor
        ):
            self._show_placeholder()

    def _name_unreadable(self) -> None:
        clear_layout(self.unreadable_area)
        add_unreadable_note(self.unreadable_area, self.session.spaces.unreadable, _TABLES)

    def _refresh_choices(self) -> None:
        """Fill the tag and month filters from what this journal holds."""
        self.filters.set_choices(self.journal.tags(self.space), self.journal.months(self.space))

    def _update_unread_label(self) -> None:
        unread = self.journal.unread_count()
        self.space_switch.button(1).setText(
            translate("ui.journal.page", "Shared journal · %n new", None, unread)
            if unread
            else translate("ui.journal.page", "Shared journal")
        )

    def on_change(self, changes: frozenset[Change]) -> None:
        if Change.JOURNAL in changes:
            self.refresh()
        else:  # a read mark: only the count of unread entries changed
            self._update_unread_label()

    def refresh(self) -> None:
        self._refresh_choices()
        if self.searching:
            self._run_search()
        else:
            self.model.refresh()
        self._update_unread_label()
        if self.panel.currentWidget() is self.editor:
            return
        current = self._current
        if current is None:
            if self.panel.currentWidget() is self.placeholder:
                self._show_placeholder()
            return
        try:
            fresh = self.journal.get(current.space, current.id)
        except LookupError:
            self._show_placeholder()
            return
        row = self.model.row_of(fresh.id) if self.list.model() is self.model else -1
        if row >= 0 and self.list.currentIndex().row() != row:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.show_entry(fresh)

    # -- searching -------------------------------------------------------------------------

    def _run_search(self) -> None:
        searching = self.searching
        for widget in (
            self.space_switch,
            self.mood_filter,
            self.trust_filter,
            self.tag_filter,
            self.month_filter,
        ):
            widget.setEnabled(not searching)
        if not searching:
            self._use_list_model(self.model, self.entry_delegate)
            self._apply_filter()
            return
        self.results.search(self.search.text())
        self._use_list_model(self.results, self.hit_delegate)
        count = self.results.rowCount()
        self.list_status.setText(
            translate("ui.journal.page", "%n entries found in both journals", None, count)
            if count
            else translate("ui.journal.page", "Nothing found. Try fewer or different words.")
        )
        self.list_status.show()

    # -- reading ---------------------------------------------------------------------------

    def _show_placeholder(self) -> None:
        self._current = None
        if self.searching:
            self.empty.setText(translate("ui.journal.page", "Choose a result to read it."))
        elif self.model.rowCount() == 0:
            if self.current_filter() != JournalFilter():
                self.empty.setText(translate("ui.journal.page", "No entries match these filters."))
            elif self.space is Space.PRIVATE:
                self.empty.setText(
                    translate(
                        "ui.journal.page",
                        "Nothing here yet — write the first entry.\n"
                        "Only you can read your private journal.",
                    )
                )
            else:
                self.empty.setText(
                    translate(
                        "ui.journal.page",
                        "Nothing shared yet.\nWrite here for both of you to read, or share an "
                        "entry from your private journal.",
                    )
                )
        else:
            self.empty.setText(
                translate("ui.journal.page", "Choose an entry to read it, or write a new one.")
            )
        self.placeholder.refresh()
        self.panel.setCurrentWidget(self.placeholder)

    def _resume_draft(self, draft: object) -> None:
        space, entry_id = draft.space, draft.entry_id  # type: ignore[attr-defined]
        if entry_id is None:
            self.editor.open_new(space)
        else:
            try:
                self.editor.open_edit(self.journal.get(space, entry_id))
            except LookupError:
                self.journal.drafts.discard(space, entry_id)
                self._show_placeholder()
                return
        self.panel.setCurrentWidget(self.editor)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(EntryRole) if current.isValid() else None
        if entry is not None:
            self.show_entry(entry)

    def show_entry(self, entry: JournalEntry) -> None:
        self._current = entry
        self.reader.show_entry(entry)
        self.model.mark_seen(entry.id)
        self._update_unread_label()
        self.panel.setCurrentWidget(self.reader)

    # -- writing ---------------------------------------------------------------------------

    def start_new(self) -> None:
        self.write_about(None)

    def write_about(self, prompt: Prompt | None) -> None:
        # Words typed into an entry still open are kept as its draft, never dropped.
        if self.panel.currentWidget() is self.editor:
            self.editor.save_draft()
        self.editor.open_new(self.space, prompt)
        self.panel.setCurrentWidget(self.editor)

    def edit_current(self) -> None:
        if self._current is not None:
            self.editor.open_edit(self._current)
            self.panel.setCurrentWidget(self.editor)

    def save(self) -> None:
        self.editor.save()

    def _saved(self, entry: JournalEntry) -> None:
        self._current = entry
        if not self.searching and entry.space is not self.space:
            self.space_switch.set_current(0 if entry.space is Space.PRIVATE else 1)
        self.show_entry(entry)  # the save's notice has refreshed the list

    def _editor_closed(self) -> None:
        if self._current is not None:
            self.show_entry(self._current)
        else:
            self._show_placeholder()

    # -- sharing and deleting -------------------------------------------------------------

    def share_current(self) -> None:
        entry = self._current
        if entry is None:
            return
        dialog = ShareDialog(entry, self.journal.images.count(entry), self._other_name(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def share() -> None:
            try:
                self.journal.share(
                    entry,
                    body=dialog.shared_body(),
                    with_images=dialog.with_pictures.isChecked(),
                )
            except Exception as exc:  # a known error is a sentence; anything else a bug
                dialogs.tell(self, translate("ui.journal.page", "Not shared"), describe(exc))
                return
            self.show_entry(self.journal.get(Space.PRIVATE, entry.id))

        dialog.accepted.connect(share)
        self.share_dialog = dialog
        dialog.open()

    def unshare_current(self) -> None:
        entry = self._current
        if entry is None:
            return
        other = self._other_name()
        if not dialogs.ask(
            self,
            translate("ui.journal.page", "Stop sharing?"),
            translate(
                "ui.journal.page",
                "The entry leaves the shared journal, with any replies under it. "
                "{name} may already have read it.",
            ).format(name=other),
            yes=translate("ui.journal.page", "Stop sharing"),
        ):
            return
        outcome = self.journal.unshare(entry)
        dialogs.tell(
            self,
            translate("ui.journal.page", "No longer shared"),
            (
                translate("ui.journal.page", "{name} had already opened it.")
                if outcome.partner_has_read
                else translate(
                    "ui.journal.page",
                    "Toward saw no sign that {name} opened it, though they may have seen it.",
                )
            ).format(name=other),
        )
        if entry.space is Space.PRIVATE:
            self.show_entry(self.journal.get(Space.PRIVATE, entry.id))
        else:
            self._show_placeholder()

    def delete_current(self) -> None:
        entry = self._current
        if entry is None:
            return
        text = (
            translate(
                "ui.journal.page",
                "It will be gone for good, with its pictures; this can't be undone. Its shared "
                "copy stays in the shared journal until you stop sharing it.",
            )
            if entry.info.is_currently_shared
            else translate(
                "ui.journal.page",
                "It will be gone for good, with its pictures; this can't be undone.",
            )
        )
        if not dialogs.ask(
            self,
            translate("ui.journal.page", "Delete this entry?"),
            text,
            yes=translate("ui.journal.page", "Delete"),
        ):
            return
        self.journal.delete(entry)
        self._current = None
        self._show_placeholder()
