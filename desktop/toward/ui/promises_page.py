"""Promises: make one, settle or renegotiate open ones, agreements, and follow-through."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from toward.core.promises import AGREEMENTS, MISSED_REMINDER, MOMENTS, PROMISES
from toward.core.promises.model import local_today
from toward.session import Session
from toward.ui import dialogs
from toward.ui.errors import describe
from toward.ui.main_view import MainView
from toward.ui.promises_agreements import AgreementsCard
from toward.ui.promises_chart import follow_through_chart
from toward.ui.promises_rows import DueField, PromiseRow
from toward.ui.widgets import Card, PageColumn, button, clear_layout, text_label

MONTHS_SHOWN = 6
SETTLED_PAGE = 20


class PromisesPage(PageColumn):
    def __init__(self, session: Session, view: MainView) -> None:
        super().__init__(
            "Promises",
            "Match words with actions — and when they don't match, talk it over.",
            width=860,
        )
        self.session = session
        self.me = session.partner.id
        self.names = {p.id: p.name for p in session.household.partners}
        others = [p for p in session.household.partners if p.id != self.me]
        self.other = others[0] if others else None
        self.settled_shown = SETTLED_PAGE
        self.column.addWidget(self._make_card())
        self.dynamic = QVBoxLayout()
        self.dynamic.setSpacing(16)
        self.column.addLayout(self.dynamic)
        self.finish()
        for session_of in view.sessions:
            view.changes_for(session_of).changed.connect(self._changed)
        self.refresh()

    def name(self, partner_id: str) -> str:
        return "you" if partner_id == self.me else self.names.get(partner_id, "your partner")

    def _changed(self, table: str) -> None:
        if table in (PROMISES, AGREEMENTS, MOMENTS):
            self.refresh()

    # -- making a promise --------------------------------------------------------------

    def _make_card(self) -> Card:
        card = Card()
        card.body.addWidget(text_label("Make a promise", "Heading"))
        if self.other is None:
            card.body.addWidget(
                text_label(
                    "A promise is made to your partner. Once they join Toward, you can make "
                    "one here; an intention of your own belongs in your private journal.",
                    "Muted",
                )
            )
            self.what = None
            return card
        card.body.addWidget(
            text_label(
                f"You both see every promise. Only {self.other.name} can mark one kept or "
                "missed, or release you from it; you can ask to change its terms.",
                "Muted",
            )
        )
        self.what = QLineEdit()
        self.what.setPlaceholderText(f"What will you do for {self.other.name}?")
        self.what.setAccessibleName("What you promise")
        self.what.returnPressed.connect(self._make)
        card.body.addWidget(self.what)
        row = QHBoxLayout()
        self.due = DueField()
        row.addWidget(self.due, 1)
        self.promise_button = button(f"Promise {self.other.name}", primary=True)
        self.promise_button.clicked.connect(self._make)
        row.addWidget(self.promise_button)
        card.body.addLayout(row)
        self.setFocusProxy(self.what)
        return card

    def _make(self) -> None:
        assert self.what is not None and self.other is not None
        try:
            self.session.promises.make(
                self.what.text(), to_partner_id=self.other.id, due=self.due.day()
            )
        except Exception as exc:  # a known error is a sentence; anything else a bug
            dialogs.tell(self, "Promises", describe(exc))
            return
        self.what.clear()
        self.due.set_day(None)

    # -- the lists ---------------------------------------------------------------------

    def refresh(self) -> None:
        clear_layout(self.dynamic)
        promises = self.session.promises
        self.open_rows = [PromiseRow(self.session, p, self.name) for p in promises.open_promises()]
        open_card = Card(spacing=4)
        open_card.body.addWidget(text_label("Open promises", "Heading"))
        if not self.open_rows:
            open_card.body.addWidget(
                text_label(
                    "No open promises. A small one, kept, builds more than a big one.", "Muted"
                )
            )
        for row in self.open_rows:
            open_card.body.addWidget(row)
        self.dynamic.addWidget(open_card)
        self.agreements = AgreementsCard(self.session, self.name)
        self.dynamic.addWidget(self.agreements)
        self.dynamic.addWidget(self._follow_through_card())
        self.dynamic.addWidget(self._settled_card())

    def _follow_through_card(self) -> Card:
        card = Card()
        card.body.addWidget(text_label("Follow-through", "Heading"))
        card.body.addWidget(text_label(MISSED_REMINDER, "Muted"))
        last = local_today()
        first = last.replace(day=1)
        for _ in range(MONTHS_SHOWN - 1):
            first = (first - timedelta(days=1)).replace(day=1)
        counts = self.session.promises.follow_through(first, last)
        self.charts = []
        for who in sorted({m.promiser_id for m in counts}, key=lambda p: p != self.me):
            title = (
                "Your promises, month by month"
                if who == self.me
                else f"{self.names.get(who, 'Your partner')}'s promises, month by month"
            )
            card.body.addWidget(text_label(title, "Muted"))
            chart = follow_through_chart(counts, who, title)
            self.charts.append(chart)
            card.body.addWidget(chart)
        return card

    def _settled_card(self) -> Card:
        card = Card(spacing=4)
        card.body.addWidget(text_label("Settled promises", "Heading"))
        promises = self.session.promises
        settled = promises.settled(limit=self.settled_shown)
        if not settled:
            card.body.addWidget(
                text_label("Promises kept, missed, renegotiated or released land here.", "Muted")
            )
        self.settled_rows = [PromiseRow(self.session, p, self.name) for p in settled]
        for row in self.settled_rows:
            card.body.addWidget(row)
        if promises.count_settled() > len(settled):
            self.more = button("Show more", flat=True)
            self.more.clicked.connect(self._show_more)
            card.body.addWidget(self.more)
        return card

    def _show_more(self) -> None:
        self.settled_shown += SETTLED_PAGE
        self.refresh()
