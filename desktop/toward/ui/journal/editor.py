"""Writing an entry: fields, a live Markdown preview, and drafts saved as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from toward.core.formatting import format_date_time
from toward.core.i18n import translate
from toward.core.journal import Draft, EntryFields, Journal, JournalEntry, Mood, TrustKind
from toward.core.prompts import Prompt, PromptLibrary
from toward.core.spaces import Space
from toward.ui.journal.trust import trust_tooltip, trust_word
from toward.ui.kit import dialogs
from toward.ui.kit.errors import describe
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.markdown_view import MarkdownView
from toward.ui.kit.widgets import button, fit_combo, text_label

AUTOSAVE_MS = 1500
PREVIEW_MS = 300
EDITOR_WIDTH = 1100


class EntryEditor(QWidget):
    """Emits `saved(entry)` or `closed()`; keeps a draft in the private space meanwhile."""

    saved = Signal(object)
    closed = Signal()

    def __init__(self, journal: Journal, other_name: str) -> None:
        super().__init__()
        self.journal = journal
        self.other_name = other_name
        self.space = Space.PRIVATE
        self.entry: JournalEntry | None = None
        self.prompt: Prompt | None = None
        self._loading = False
        self._dirty = False
        self.setMaximumWidth(EDITOR_WIDTH)

        self.where = text_label("", "Muted")
        self.prompt_line = text_label("", "Notice")
        self.prompt_line.hide()
        self.draft_notice = QWidget()
        notice_row = QHBoxLayout(self.draft_notice)
        notice_row.setContentsMargins(0, 0, 0, 0)
        self.draft_text = text_label("", "Notice")
        self.discard_draft_button = button(translate("ui.journal.editor", "Start over"), flat=True)
        self.discard_draft_button.clicked.connect(self._discard_restored_draft)
        notice_row.addWidget(self.draft_text, 1)
        notice_row.addWidget(self.discard_draft_button)
        self.draft_notice.hide()

        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("ui.journal.editor", "Title (optional)"))
        self.title.setAccessibleName(translate("ui.journal.editor", "Title"))
        self.title.setMaxLength(300)
        details = FlowLayout()
        self.mood = QComboBox()
        self.mood.setAccessibleName(translate("ui.journal.editor", "Mood"))
        self.mood.addItem(translate("ui.journal.editor", "How are you feeling?"), None)
        for mood in Mood:
            self.mood.addItem(
                translate("ui.journal.editor", "{number} · {mood}").format(
                    number=mood.value, mood=mood.label
                ),
                mood.value,
            )
        fit_combo(self.mood)
        self.trust_buttons: dict[TrustKind, QPushButton] = {}
        for kind in TrustKind:
            toggle = QPushButton(trust_word(kind))
            toggle.setCheckable(True)
            toggle.setProperty("chip", True)
            toggle.setCursor(Qt.CursorShape.PointingHandCursor)
            toggle.setToolTip(trust_tooltip(kind))
            toggle.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.trust_buttons[kind] = toggle
            details.addWidget(toggle)
        self.preview_toggle = QPushButton(translate("ui.journal.editor", "Preview"))
        self.preview_toggle.setCheckable(True)
        self.preview_toggle.setChecked(True)
        self.preview_toggle.setProperty("chip", True)
        self.preview_toggle.setToolTip(
            translate("ui.journal.editor", "Show how the Markdown will look")
        )
        self.preview_toggle.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.tags = QLineEdit()
        tags_hint = translate("ui.journal.editor", "Tags, separated by commas")
        self.tags.setPlaceholderText(tags_hint)
        self.tags.setAccessibleName(translate("ui.journal.editor", "Tags"))
        self.tags.setMinimumWidth(self.tags.fontMetrics().horizontalAdvance(tags_hint) + 40)
        tag_row = QHBoxLayout()  # the tags take the room; the rest wraps above when narrow
        details.addWidget(self.mood)
        tag_row.addWidget(self.tags, 1)
        details.add_right(self.preview_toggle)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)  # Tab moves on: never a keyboard trap
        self.body.setPlaceholderText(
            translate(
                "ui.journal.editor", "Write freely. Markdown works: *emphasis*, lists, # headings."
            )
        )
        self.body.setAccessibleName(translate("ui.journal.editor", "Entry text"))
        self.preview = MarkdownView()
        self.preview.setObjectName("Reader")
        self.preview.setAccessibleName(translate("ui.journal.editor", "Preview"))
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.body)
        self.split.addWidget(self.preview)
        self.split.setChildrenCollapsible(False)
        self.preview_toggle.toggled.connect(self.preview.setVisible)
        self.error = text_label("", "Error")
        self.error.hide()

        actions = QHBoxLayout()
        self.draft_label = text_label("", "Muted", wrap=False)
        actions.addWidget(self.draft_label)
        actions.addStretch(1)
        self.cancel_button = button(translate("ui.journal.editor", "Cancel"))
        self.save_button = button(translate("ui.journal.editor", "Save"), primary=True)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(translate("ui.journal.editor", "Save (Ctrl+S)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for widget in (self.where, self.prompt_line, self.draft_notice, self.title):
            layout.addWidget(widget)
        layout.addLayout(details)
        layout.addLayout(tag_row)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_MS)
        self._preview_timer.timeout.connect(self._update_preview)
        self.body.textChanged.connect(self._preview_timer.start)
        for signal in (
            self.title.textChanged,
            self.body.textChanged,
            self.tags.textChanged,
            self.mood.currentIndexChanged,
        ):
            signal.connect(self._changed)
        for toggle in self.trust_buttons.values():
            toggle.toggled.connect(self._changed)

    # -- opening -----------------------------------------------------------------------

    def open_new(self, space: Space, prompt: Prompt | None = None) -> None:
        self.space, self.entry, self.prompt = space, None, prompt
        self._fill(title="", body="", mood=None, kinds=(), tags=())
        self._restore_draft()
        self.body.setFocus()

    def open_edit(self, entry: JournalEntry) -> None:
        library = PromptLibrary.bundled()
        self.space, self.entry = entry.space, entry
        self.prompt = library.get(entry.prompt_id) if entry.prompt_id else None
        self._fill(entry.title, entry.body, entry.mood, entry.trust_kinds, entry.tags)
        self._restore_draft()
        self.body.setFocus()

    def _fill(
        self,
        title: str,
        body: str,
        mood: int | None,
        kinds: tuple[TrustKind, ...],
        tags: tuple[str, ...],
    ) -> None:
        self._loading = True
        self.where.setText(
            translate("ui.journal.editor", "In your private journal — only you can read it.")
            if self.space is Space.PRIVATE
            else translate(
                "ui.journal.editor", "In the shared journal — {name} can read it once you save."
            ).format(name=self.other_name)
        )
        prompt = self.prompt
        self.prompt_line.setVisible(prompt is not None)
        if prompt is not None:
            self.prompt_line.setText(
                translate("ui.journal.editor", "Writing about: “{prompt}”").format(
                    prompt=prompt.text
                )
            )
        self.title.setText(title)
        self.body.setPlainText(body)
        self.tags.setText(", ".join(tags))
        self.mood.setCurrentIndex(max(self.mood.findData(mood), 0) if mood else 0)
        for kind, toggle in self.trust_buttons.items():
            toggle.setChecked(kind in kinds)
        self.error.hide()
        self.draft_notice.hide()
        self.draft_label.setText("")
        self._update_preview()
        self._loading = False
        self._dirty = False

    def _restore_draft(self) -> None:
        draft = self.journal.drafts.get(self.space, self.entry.id if self.entry else None)
        if draft is None or self._matches(draft):
            return
        if draft.prompt_id and self.prompt is None:
            self.prompt = PromptLibrary.bundled().get(draft.prompt_id)
        self._fill(draft.title, draft.body, draft.mood, draft.trust_kinds, draft.tags)
        self._dirty = True
        when = format_date_time(draft.updated_at, "day_month")
        self.draft_text.setText(
            translate("ui.journal.editor", "Your unsaved writing from {when} is back.").format(
                when=when
            )
        )
        self.draft_notice.show()

    def _matches(self, draft: Draft) -> bool:
        entry = self.entry
        if entry is None:
            return not draft.title and not draft.body.strip()
        return (draft.title, draft.body, draft.mood, draft.trust_kinds, draft.tags) == (
            entry.title,
            entry.body,
            entry.mood,
            entry.trust_kinds,
            entry.tags,
        )

    def _discard_restored_draft(self) -> None:
        self.journal.drafts.discard(self.space, self.entry.id if self.entry else None)
        if self.entry is not None:
            self.open_edit(self.entry)
        else:
            self.open_new(self.space, self.prompt)

    # -- typing ------------------------------------------------------------------------

    def fields(self) -> EntryFields:
        return EntryFields(
            title=self.title.text(),
            body=self.body.toPlainText(),
            mood=self.mood.currentData(),
            trust_kinds=tuple(k for k, t in self.trust_buttons.items() if t.isChecked()),
            tags=tuple(t for t in self.tags.text().split(",") if t.strip()),
        )

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._autosave.start()

    def _update_preview(self) -> None:
        self.preview.show_markdown(self.body.toPlainText())

    def save_draft(self) -> None:
        """Keep what is typed so far in the private space (runs by itself while typing)."""
        if not self._dirty:
            return
        fields = self.fields()
        try:
            self.journal.drafts.save(
                self.space,
                self.entry.id if self.entry else None,
                fields,
                prompt_id=self.prompt.id if self.prompt else None,
            )
        except Exception as exc:  # the text stays in the editor; say why it wasn't kept
            self.draft_label.setText(
                translate("ui.journal.editor", "Draft not saved: {reason}").format(
                    reason=describe(exc)
                )
            )
            return
        self.draft_label.setText(translate("ui.journal.editor", "Draft kept"))

    # -- finishing ---------------------------------------------------------------------

    def save(self) -> None:
        fields = self.fields()
        if not fields.title.strip() and not fields.body.strip():
            self._show_error(
                translate("ui.journal.editor", "Write something first — a title or a few words.")
            )
            return
        try:
            if self.entry is None:
                saved = self.journal.write(
                    self.space, fields, prompt_id=self.prompt.id if self.prompt else None
                )
            else:
                saved = self.journal.edit(self.entry, fields)
        except Exception as exc:  # shown, and the text stays in the editor
            self._show_error(describe(exc))
            return
        self._autosave.stop()
        self.journal.drafts.discard(self.space, self.entry.id if self.entry else None)
        self._dirty = False
        self.saved.emit(saved)

    def cancel(self) -> None:
        if self._dirty and not dialogs.ask(
            self,
            translate("ui.journal.editor", "Discard your changes?"),
            translate("ui.journal.editor", "What you wrote since the last save will be lost."),
            yes=translate("ui.journal.editor", "Discard"),
        ):
            return
        self._autosave.stop()
        self.journal.drafts.discard(self.space, self.entry.id if self.entry else None)
        self._dirty = False
        self.closed.emit()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
