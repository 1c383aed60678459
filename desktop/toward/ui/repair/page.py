"""Repair: start a conversation about what hurt, and find the ones already under way."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from toward.core import clock
from toward.core.changes import Change
from toward.core.formatting import format_date
from toward.core.i18n import translate
from toward.core.repairs import (
    SEALED_RULE,
    STEPS,
    Repair,
    Status,
    Topic,
)
from toward.session import Session
from toward.ui.kit.errors import describe
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.paged_rows import PagedRows
from toward.ui.kit.regions import focus_soon
from toward.ui.kit.widgets import (
    Card,
    PageColumn,
    add_unreadable_note,
    button,
    clear_layout,
    fit_combo,
    text_label,
)
from toward.ui.main_view import MainView
from toward.ui.repair.conversation import ConversationView
from toward.ui.repair.time_picker import picked_time, time_picker

_TABLES = ("repairs", "repair_answers", "repair_plan_items")  # what this page lists

LISTED = 10


class RepairPage(PageColumn):
    shows = frozenset({Change.REPAIRS, Change.PROMISES})  # a plan item becomes a promise

    def __init__(self, session: Session, view: MainView) -> None:
        super().__init__(
            translate("ui.repair.page", "Repair conversations"),
            translate(
                "ui.repair.page",
                "After a fight or a breach of trust: slow down, take turns, and find the way "
                "back to each other.",
            ),
        )
        self.session = session
        self.view = view
        self.names = {p.id: p.name for p in session.household.partners}
        others = [p for p in session.household.partners if p.id != session.partner.id]
        self.other = others[0].name if others else None
        self.conversation: ConversationView | None = None
        self.rows: dict[str, QWidget] = {}
        self.dynamic = self.finish_with_refreshed_area()
        self.follow(view, *view.sessions)
        self.refresh()

    # -- what the page shows -------------------------------------------------------------

    def refresh(self) -> None:
        if self.conversation is not None:
            self.conversation.refresh()
            return
        clear_layout(self.dynamic)
        self.start_form = StartForm(self.session, self.other)
        self.start_form.started.connect(self.open_conversation)
        self.dynamic.addWidget(self.start_form)
        rule = Card(spacing=6)
        rule.body.addWidget(
            text_label(translate("ui.repair.page", "How answers stay sealed"), "Heading")
        )
        rule.body.addWidget(
            text_label(
                translate("core.repairs.steps", SEALED_RULE).format(
                    partner=self.other or translate("ui.repair.page", "Your partner")
                )
            )
        )
        self.dynamic.addWidget(rule)
        repairs = self.session.repairs
        shown = len(self.rows)  # a refresh after a change keeps the rows the reader opened
        self.rows = {}
        listing = Card()
        listing.body.addWidget(
            text_label(translate("ui.repair.page", "Your conversations"), "Heading")
        )
        self.listing = PagedRows(
            (
                translate("ui.repair.page", "conversation"),
                translate("ui.repair.page", "conversations"),
            ),
            translate(
                "ui.repair.page",
                "No conversations yet. When something needs mending, start one above: "
                "it only proposes a time, nothing more.",
            ),
            lambda limit, offset: repairs.conversations(limit=limit, offset=offset),
            repairs.count(),
            self._row,
            first=max(shown, LISTED),
            page=LISTED,
            spacing=12,
        )
        listing.body.addWidget(self.listing)
        self.dynamic.addWidget(listing)
        add_unreadable_note(self.dynamic, self.session.spaces.unreadable, _TABLES)

    def _row(self, repair: Repair) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        words = QVBoxLayout()
        words.addWidget(text_label(repair.topic))
        detail = translate(
            "ui.repair.page",
            "{kind} · started by {partner} {day} · {status} · {reached} of {steps} steps",
        ).format(
            kind=repair.kind.label,
            partner=self.names.get(repair.started_by, "?"),
            day=format_date(repair.info.created_at, "medium"),
            status=self._where(repair),
            reached=repair.steps_reached,
            steps=len(STEPS),
        )
        words.addWidget(text_label(detail, "Muted"))
        line.addLayout(words, 1)
        open_button = button(translate("ui.repair.page", "Open"))
        open_button.setAccessibleName(
            translate("ui.repair.page", "Open {topic}").format(topic=repair.topic)
        )
        open_button.clicked.connect(lambda: self.open_conversation(repair))
        line.addWidget(open_button, 0, Qt.AlignmentFlag.AlignTop)
        self.rows[repair.id] = row
        return row

    def _where(self, repair: Repair) -> str:
        """The status, and whose move it is when it is someone's."""
        status = repair.status()
        me, other = (
            self.session.partner.id,
            self.other or translate("ui.repair.page", "your partner"),
        )
        if status is Status.PROPOSED:
            if repair.proposed_by == me:
                return translate(
                    "ui.repair.page", "waiting for {partner} to answer about the time"
                ).format(partner=other)
            return translate("ui.repair.page", "a time waits for your answer")
        step = repair.current_step
        if status is Status.TALKING and step is not None:
            if me not in repair.submitted(step):
                return translate("ui.repair.page", "your turn")
            if len(repair.submitted(step)) < 2:
                return translate("ui.repair.page", "waiting for {partner}").format(partner=other)
        return status.label

    def open_view(self, repair_id: str) -> None:
        """Open one conversation (the Today page's card names it as 'repair:<id>')."""
        try:
            repair = self.session.repairs.get(repair_id)
        except LookupError:
            return  # gone since the card was drawn: the list is the right place
        self.open_conversation(repair)

    def open_conversation(self, repair: Repair) -> None:
        clear_layout(self.dynamic)
        self.conversation = ConversationView(self.session, self.view, repair)
        self.conversation.closed.connect(self.close_conversation)
        self.dynamic.addWidget(self.conversation)
        focus_soon(self.conversation)  # the Open button that had the focus is gone

    def close_conversation(self) -> None:
        self.conversation = None
        self.refresh()
        focus_soon(self)


class StartForm(Card):
    """A topic, what kind of topic it is, and a proposed time to talk."""

    started = Signal(object)

    def __init__(self, session: Session, other: str | None) -> None:
        super().__init__()
        self.session = session
        self.body.addWidget(
            text_label(translate("ui.repair.page", "Start a conversation"), "Heading")
        )
        if other is None:
            self.body.addWidget(
                text_label(
                    translate(
                        "ui.repair.page",
                        "Repair conversations are for the two of you. Once your partner has "
                        "joined Toward, either of you can start one here.",
                    ),
                    "Muted",
                )
            )
            return
        self.body.addWidget(
            text_label(
                translate(
                    "ui.repair.page",
                    "Name what you would like to talk about and propose a time. {partner} "
                    "can accept it or suggest another; nothing else is shared yet.",
                ).format(partner=other),
                "Muted",
            )
        )
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(translate("ui.repair.page", "What about?"))
        self.topic.setAccessibleName(translate("ui.repair.page", "Topic"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("ui.repair.page", "Kind of topic"))
        for kind in Topic:
            self.kind.addItem(kind.label, kind)
        fit_combo(self.kind)
        self.when = time_picker(clock.now() + timedelta(hours=2))
        self.when.setAccessibleName(translate("ui.repair.page", "Time to talk"))
        self.propose = button(translate("ui.repair.page", "Propose this time"), primary=True)
        self.propose.clicked.connect(self.submit)
        self.topic.returnPressed.connect(self.submit)
        self.body.addWidget(self.topic)
        # The example under the field, where a longer language has room to wrap
        example = translate("ui.repair.page", "For example, “the weekend plans that fell through”.")
        self.body.addWidget(text_label(example, "Muted"))
        choices = FlowLayout()  # side by side, wrapped when the window is narrow
        choices.addWidget(self.kind)
        choices.addWidget(self.when)
        choices.add_right(self.propose)
        self.body.addLayout(choices)
        self.error = text_label("", "Error")
        self.error.hide()
        self.body.addWidget(self.error)

    def submit(self) -> None:
        try:
            repair = self.session.repairs.start(
                self.topic.text(), self.kind.currentData(), picked_time(self.when)
            )
        except Exception as exc:  # a known error is a sentence; anything else a bug
            self.error.setText(describe(exc))
            self.error.show()
            return
        self.started.emit(repair)
