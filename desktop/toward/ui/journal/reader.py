"""Reading one entry: its text, pictures, the prompt it answers and, when shared, replies."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from toward import StorageReadOnly
from toward.core.formatting import format_date, format_date_time
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.journal import LISTENING_REMINDER, TABLE, JournalEntry, Mood, Reply
from toward.core.journal.replies import TABLE as REPLIES_TABLE
from toward.core.spaces import Space
from toward.household import Partner
from toward.session import Session
from toward.ui.journal.share import paragraphs
from toward.ui.journal.trust import trust_word
from toward.ui.kit import dialogs, theme
from toward.ui.kit.errors import describe
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.markdown_view import MarkdownView
from toward.ui.kit.pictures import PictureStrip, PictureViewer
from toward.ui.kit.widgets import button, clear_layout, text_label
from toward.ui.sync.earlier import EarlierVersionLinks
from toward.ui.therapy.consent import ConsentBox

READING_WIDTH = 700
PICTURE_FILTER = QT_TRANSLATE_NOOP(
    "ui.journal.reader", "Pictures (*.png *.jpg *.jpeg *.gif *.webp)"
)


class EntryReader(QWidget):
    """Shows an entry; asks the page to edit, share, unshare or delete it."""

    edit_requested = Signal()
    share_requested = Signal()
    unshare_requested = Signal()
    delete_requested = Signal()

    def __init__(self, session: Session, partners: dict[str, Partner]) -> None:
        super().__init__()
        self.session = session
        self.journal = session.journal
        self.partners = partners
        self.entry: JournalEntry | None = None
        self.setMaximumWidth(READING_WIDTH + 40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = text_label("", "Title")
        self.meta = text_label("", "Muted")
        self.prompt_line = text_label("", "Notice")
        self.prompt_line.hide()
        self.shared_part = text_label("", "Notice")  # a partial share: what went out
        self.shared_part.setAccessibleName(translate("ui.journal.reader", "What was shared"))
        self.shared_part.hide()
        self.earlier = EarlierVersionLinks(session)  # edited on two computers while apart
        self.body = MarkdownView()
        self.body.setObjectName("Reader")
        self.body.setAccessibleName(translate("ui.journal.reader", "Entry text"))
        self.pictures = PictureStrip()
        self.pictures.opened.connect(lambda image: PictureViewer(image, self).show())
        self.pictures.remove_requested.connect(self._remove_picture)

        actions = FlowLayout()
        self.edit_button = button(translate("ui.journal.reader", "Edit"))
        self.picture_button = button(translate("ui.journal.reader", "Add picture…"))
        self.share_button = button(
            translate("ui.journal.reader", "Share with partner…"), icon="share"
        )
        self.unshare_button = button(translate("ui.journal.reader", "Stop sharing"), icon="unshare")
        self.delete_button = button(
            translate("ui.journal.reader", "Delete"), flat=True, icon="trash"
        )
        self.edit_button.clicked.connect(self.edit_requested.emit)
        self.picture_button.clicked.connect(self._add_picture)
        self.share_button.clicked.connect(self.share_requested.emit)
        self.unshare_button.clicked.connect(self.unshare_requested.emit)
        self.delete_button.clicked.connect(self.delete_requested.emit)
        for widget in (
            self.edit_button,
            self.picture_button,
            self.share_button,
            self.unshare_button,
        ):
            actions.addWidget(widget)
        actions.add_right(self.delete_button)

        self.replies_box = QWidget()
        replies = QVBoxLayout(self.replies_box)
        replies.setContentsMargins(0, 6, 0, 0)
        replies.setSpacing(8)
        replies.addWidget(text_label(translate("ui.journal.reader", "Replies"), "Heading"))
        self.reply_list = QVBoxLayout()
        self.reply_list.setSpacing(6)
        replies.addLayout(self.reply_list)
        self.reply_field = QPlainTextEdit()
        self.reply_field.setTabChangesFocus(True)  # Tab moves on: never a keyboard trap
        self.reply_field.setPlaceholderText(translate("core.journal.replies", LISTENING_REMINDER))
        self.reply_field.setAccessibleName(translate("ui.journal.reader", "Your reply"))
        self.reply_field.setFixedHeight(70)
        self.reply_error = text_label("", "Error")
        self.reply_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.reply_field, 1)
        self.reply_button = button(translate("ui.journal.reader", "Reply"), primary=True)
        self.reply_button.clicked.connect(self.send_reply)
        row.addWidget(self.reply_button, 0, Qt.AlignmentFlag.AlignBottom)
        replies.addLayout(row)
        replies.addWidget(self.reply_error)

        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.prompt_line)
        layout.addWidget(self.shared_part)
        layout.addWidget(self.earlier)
        layout.addWidget(self.body, 3)
        layout.addWidget(self.pictures)
        self.consent_holder = QVBoxLayout()
        layout.addLayout(self.consent_holder)
        layout.addLayout(actions)
        layout.addWidget(self.replies_box, 2)

    # -- showing -----------------------------------------------------------------------

    def show_entry(self, entry: JournalEntry) -> None:
        if self.entry is None or self.entry.id != entry.id:
            self.reply_field.clear()  # a half-written reply never follows to another entry
            self.reply_error.hide()
        self.entry = entry
        me = self.session.partner.id
        own = entry.info.author_id == me
        self.title.setText(entry.display_title)
        self.meta.setText(self._meta(entry))
        prompt = self.session.prompts.get(entry.prompt_id) if entry.prompt_id else None
        self.prompt_line.setVisible(prompt is not None)
        if prompt is not None:
            self.prompt_line.setText(
                translate("ui.journal.reader", "Written for the prompt: “{prompt}”").format(
                    prompt=prompt.text
                )
            )
        self._show_shared_part(entry, own)
        self.earlier.show_for(TABLE, entry.id, author_id=entry.info.author_id)
        self.body.show_markdown(entry.body)
        self.pictures.show_images(self.journal.images.of(entry), removable=own)
        two = len(self.partners) > 1
        self.edit_button.setVisible(own)
        self.delete_button.setVisible(own)
        self.picture_button.setVisible(own)
        self.share_button.setVisible(
            two and entry.space is Space.PRIVATE and not entry.info.is_currently_shared
        )
        self.unshare_button.setVisible(
            entry.info.is_currently_shared or (own and entry.info.is_shared_copy)
        )
        clear_layout(self.consent_holder)
        shared_id = entry.id if entry.space is Space.SHARED else entry.info.shared_id
        if own and two and shared_id:
            self.consent_box = ConsentBox(self.session, TABLE, shared_id)
            self.consent_holder.addWidget(self.consent_box)
        self.replies_box.setVisible(entry.space is Space.SHARED)
        if entry.space is Space.SHARED:
            self._show_replies()
            if not own and not self.journal.is_read(entry):
                # A read-only household cannot record it; the entry still opens.
                with contextlib.suppress(StorageReadOnly):
                    self.journal.mark_read(entry)

    def _show_shared_part(self, entry: JournalEntry, own: bool) -> None:
        """For the author of an entry shared in part: which paragraphs the partner can read."""
        copy = None
        if own and entry.space is Space.PRIVATE and entry.info.is_currently_shared:
            copy = self.journal.shared_copy(entry)
        mine = paragraphs(entry.body)
        went = paragraphs(copy.body) if copy is not None else mine
        self.shared_part.setVisible(went != mine)
        if went != mine:
            numbers = [str(i + 1) for i, text in enumerate(mine) if text in went]
            listed = (
                translate("ui.journal.reader", "{items} and {last}").format(
                    items=", ".join(numbers[:-1]), last=numbers[-1]
                )
                if len(numbers) > 1
                else "".join(numbers)
            )
            # The count chooses "paragraph" or "paragraphs"; the numbers themselves follow.
            readable = len(numbers)
            self.shared_part.setText(
                translate(
                    "ui.journal.reader",
                    "Shared in part: {name} can read paragraphs {listed} of {total}; "
                    "the others stay in your private journal.",
                    None,
                    readable,
                ).format(name=self.other_name(), listed=listed, total=len(mine))
            )

    def _meta(self, entry: JournalEntry) -> str:
        parts = []
        if entry.space is Space.PRIVATE:
            parts.append(translate("ui.journal.reader", "Private"))
        else:
            author = self.partners.get(entry.info.author_id)
            parts.append(
                translate("ui.journal.reader", "Shared by {name}").format(name=author.name)
                if author
                else translate("ui.journal.reader", "Shared by a former partner")
            )
        parts.append(format_date_time(entry.info.created_at, "full"))
        if entry.mood:
            parts.append(
                translate("ui.journal.reader", "feeling {mood}").format(mood=Mood(entry.mood).label)
            )
        if entry.trust_kinds:
            kinds = ", ".join(trust_word(kind).lower() for kind in entry.trust_kinds)
            parts.append(translate("ui.journal.reader", "{kinds} trust").format(kinds=kinds))
        if entry.tags:
            parts.append(" ".join(f"#{t}" for t in entry.tags))
        if entry.info.is_currently_shared and entry.info.shared_at:
            when = format_date(entry.info.shared_at, "day_month")
            parts.append(
                translate("ui.journal.reader", "shared with {name} on {when}").format(
                    name=self.other_name(), when=when
                )
            )
        return "  ·  ".join(parts)

    def other_name(self) -> str:
        others = [p.name for p in self.partners.values() if p.id != self.session.partner.id]
        return others[0] if others else translate("ui.journal.reader", "your partner")

    # -- pictures ----------------------------------------------------------------------

    def _add_picture(self) -> None:
        if self.entry is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self, dialogs.TITLE, "", translate("ui.journal.reader", PICTURE_FILTER)
        )
        self.attach_files([Path(p) for p in paths])

    def attach_files(self, paths: list[Path]) -> None:
        """Attach pictures read from files; each problem is told, the rest still attached."""
        if self.entry is None:
            return
        problems = []
        for path in paths:
            try:
                self.journal.images.attach(self.entry, path.name, path.read_bytes())
            except OSError as exc:
                problems.append(
                    translate("ui.journal.reader", "{file}: {reason}").format(
                        file=path.name, reason=exc.strerror or exc
                    )
                )
            except Exception as exc:  # a known error is a clear sentence; anything else a bug
                problems.append(describe(exc))
        if problems:
            dialogs.tell(
                self,
                translate("ui.journal.reader", "Some pictures were not added"),
                "\n".join(problems),
            )
        self.show_entry(self.entry)

    def _remove_picture(self, image: object) -> None:
        if self.entry is None:
            return
        if dialogs.ask(
            self,
            translate("ui.journal.reader", "Remove this picture?"),
            translate("ui.journal.reader", "It will be gone for good."),
            yes=translate("ui.journal.reader", "Remove"),
        ):
            self.journal.images.remove(self.entry, image)  # type: ignore[arg-type]
            self.show_entry(self.entry)

    # -- replies -----------------------------------------------------------------------

    def _show_replies(self) -> None:
        clear_layout(self.reply_list)
        assert self.entry is not None
        replies = self.journal.replies.of(self.entry)
        if not replies:
            self.reply_list.addWidget(
                text_label(translate("ui.journal.reader", "No replies yet."), "Muted")
            )
        for reply in replies:
            self.reply_list.addWidget(self._reply_widget(reply))

    def _reply_widget(self, reply: Reply) -> QWidget:
        author = self.partners.get(reply.info.author_id)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        dot = QLabel()
        dot.setPixmap(theme.dot_icon(author.colour if author else "#999999").pixmap(10, 10))
        row.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
        when = format_date_time(reply.info.created_at, "short_day_month")
        name = author.name if author else translate("ui.journal.reader", "A former partner")
        text = text_label(f"{name} · {when}\n{reply.body}")
        text.setAccessibleName(
            translate("ui.journal.reader", "Reply from {name}").format(name=name)
        )
        column = QVBoxLayout()
        column.addWidget(text)
        if reply.info.author_id == self.session.partner.id and len(self.partners) > 1:
            column.addWidget(ConsentBox(self.session, REPLIES_TABLE, reply.id))
        row.addLayout(column, 1)
        return holder

    def send_reply(self) -> None:
        if self.entry is None:
            return
        try:
            self.journal.replies.add(self.entry, self.reply_field.toPlainText())
        except Exception as exc:  # shown; the text stays in the box
            self.reply_error.setText(describe(exc))
            self.reply_error.show()
            return
        self.reply_error.hide()
        self.reply_field.clear()
        self._show_replies()
