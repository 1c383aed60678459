"""Talks: plan a conversation about one of the big topics of a life together, and find the
ones already planned or had."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from toward.core import clock
from toward.core.changes import Change
from toward.core.formatting import format_date, format_time
from toward.core.i18n import translate
from toward.core.talks import INTRODUCTION, Talk, TalkStatus, TalkTopic
from toward.session import Session
from toward.ui.kit.errors import describe
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.paged_rows import PagedRows
from toward.ui.kit.widgets import Card, PageColumn, button, clear_layout, fit_combo, text_label
from toward.ui.main_view import MainView
from toward.ui.repair.time_picker import picked_time, time_picker
from toward.ui.talks.knowing import KnowingCard
from toward.ui.talks.talk import TalkView

LISTED = 10


class TalksPage(PageColumn):
    shows = frozenset({Change.TALKS})

    def __init__(self, session: Session, view: MainView) -> None:
        super().__init__(
            translate("ui.talks.page", "Talks"),
            translate(
                "ui.talks.page",
                "Planned conversations about the big things: what you count on, how you "
                "disagree, closeness, money, family, fun, meaning and dreams.",
            ),
        )
        self.session = session
        self.view = view
        self.talk: TalkView | None = None
        self.dynamic = QVBoxLayout()
        self.dynamic.setSpacing(16)
        self.column.addLayout(self.dynamic)
        self.finish()
        self.follow(view, *view.sessions)
        self.refresh()

    def refresh(self) -> None:
        if self.talk is not None:
            self.talk.refresh()
            return
        clear_layout(self.dynamic)
        self.plan_form = PlanForm(self.session)
        self.plan_form.planned.connect(self.open_talk)
        self.dynamic.addWidget(self.plan_form)
        self.knowing = KnowingCard(self.session, self.view.sessions)
        self.dynamic.addWidget(self.knowing)
        talks = self.session.talks
        listing = Card()
        listing.body.addWidget(
            text_label(translate("ui.talks.page", "Your conversations"), "Heading")
        )
        self.listing = PagedRows(
            (
                translate("ui.talks.page", "conversation"),
                translate("ui.talks.page", "conversations"),
            ),
            translate(
                "ui.talks.page",
                "No conversations planned yet. Pick a topic above and propose a time.",
            ),
            lambda limit, offset: talks.all(limit=limit, offset=offset),
            talks.count(),
            self._row,
            first=LISTED,
            page=LISTED,
            spacing=12,
        )
        listing.body.addWidget(self.listing)
        self.dynamic.addWidget(listing)

    def _row(self, talk: Talk) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        words = QVBoxLayout()
        words.addWidget(text_label(talk.topic.label))
        words.addWidget(text_label(_when(talk), "Muted"))
        line.addLayout(words, 1)
        open_button = button(translate("ui.talks.page", "Open"))
        open_button.setAccessibleName(
            translate("ui.talks.page", "Open {topic}").format(topic=talk.topic.label)
        )
        open_button.clicked.connect(lambda: self.open_talk(talk))
        line.addWidget(open_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def open_talk(self, talk: Talk) -> None:
        clear_layout(self.dynamic)
        self.talk = TalkView(self.session, talk)
        self.talk.closed.connect(self.close_talk)
        self.dynamic.addWidget(self.talk)

    def close_talk(self) -> None:
        self.talk = None
        self.refresh()


def _when(talk: Talk) -> str:
    if talk.finished_at is not None:
        return translate("ui.talks.page", "had on {day}").format(
            day=format_date(talk.finished_at, "medium")
        )
    day, at = format_date(talk.proposed_time, "medium"), format_time(talk.proposed_time)
    if talk.status is TalkStatus.PROPOSED:
        proposed = translate("ui.talks.page", "{status} · proposed for {day}, {time}")
        return proposed.format(status=talk.status.label, day=day, time=at)
    agreed = translate("ui.talks.page", "{status} · {day}, {time}")
    return agreed.format(status=talk.status.label, day=day, time=at)


class PlanForm(Card):
    """A topic and a proposed time to talk about it."""

    planned = Signal(object)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.body.addWidget(
            text_label(translate("ui.talks.page", "Plan a conversation"), "Heading")
        )
        self.body.addWidget(text_label(translate("core.talks.topics", INTRODUCTION), "Muted"))
        row = FlowLayout()  # the choices wrap in a laptop's window
        self.topic = QComboBox()
        self.topic.setAccessibleName(translate("ui.talks.page", "Topic"))
        for topic in TalkTopic:
            self.topic.addItem(topic.label, topic)
        fit_combo(self.topic)
        row.addWidget(self.topic)
        self.when = time_picker(clock.now() + timedelta(days=1))
        self.when.setAccessibleName(translate("ui.talks.page", "Time to talk"))
        row.add_stretching(self.when)
        self.propose = button(translate("ui.talks.page", "Propose this time"), primary=True)
        self.propose.clicked.connect(self.submit)
        row.addWidget(self.propose)
        self.body.addLayout(row)
        self.about = text_label(TalkTopic.TRUST.about, "Muted")
        self.topic.currentIndexChanged.connect(
            lambda _i: self.about.setText(TalkTopic(self.topic.currentData()).about)
        )
        self.body.addWidget(self.about)
        self.error = text_label("", "Error")
        self.error.hide()
        self.body.addWidget(self.error)

    def submit(self) -> None:
        try:
            topic = TalkTopic(self.topic.currentData())
            talk = self.session.talks.plan(topic, picked_time(self.when))
        except Exception as exc:  # a known error is a sentence; anything else a bug
            self.error.setText(describe(exc))
            self.error.show()
            return
        self.planned.emit(talk)
