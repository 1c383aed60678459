"""Today: this week's bids at a glance, the bank-account trend, and what waits for you."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout

from toward.core import clock
from toward.core.bids import RESEARCH_CONTEXT, AnswerCounts
from toward.core.changes import Change
from toward.core.formatting import format_date, format_number, format_percent
from toward.core.i18n import translate
from toward.core.today import TodayView
from toward.session import Session
from toward.ui.bids.quick_log import QuickLogForm
from toward.ui.kit.charts import ChartSlot, ChartWithTable, bank_chart
from toward.ui.kit.widgets import Card, PageColumn, button, clear_layout, text_label
from toward.ui.main_view import MainView


class TodayPage(PageColumn):
    shows = frozenset(
        {
            Change.BIDS,
            Change.JOURNAL,
            Change.READ,
            Change.LEDGER,
            Change.PROMISES,
            Change.REPAIRS,
            Change.PRACTICES,
            Change.CHECKINS,
        }
    )

    def __init__(self, session: Session, view: MainView) -> None:
        super().__init__(
            translate("ui.today.page", "Today"), format_date(clock.now(), "weekday_day_month")
        )
        self.session = session
        self.view = view
        log_card = Card()
        log_card.body.addWidget(
            text_label(translate("ui.today.page", "Log a bid for connection"), "Heading")
        )
        log_card.body.addWidget(
            text_label(
                translate(
                    "ui.today.page",
                    "A bid is any reach for attention: a comment, a question, a touch, a sigh. "
                    "Ctrl+B logs one from anywhere.",
                ),
                "Muted",
            )
        )
        self.quick_log = QuickLogForm(session)
        log_card.body.addWidget(self.quick_log)
        self.column.addWidget(log_card)
        self.dynamic = self.finish_with_refreshed_area()
        self.bank_slot: ChartSlot | None = None
        self.setFocusProxy(self.quick_log.text)
        self.follow(view, *view.sessions)
        self.refresh()

    def refresh(self) -> None:
        clear_layout(self.dynamic)
        # Only this partner's own view, in together mode too: the other's week is counted
        # from their private records as well, and nothing here may come from those.
        own = self.session.today()
        self.dynamic.addWidget(self._week_card(self.session, own))
        for card in own.cards:
            self.dynamic.addWidget(self._attention_card(card))
        bank = Card()
        bank_title = translate("ui.today.page", "Emotional bank account")
        bank.body.addWidget(text_label(bank_title, "Heading"))
        bank.body.addWidget(
            text_label(
                translate(
                    "ui.today.page",
                    "Turning toward a bid is a deposit; turning away or against is a "
                    "withdrawal. The line is the running balance over the last twelve weeks.",
                ),
                "Muted",
            )
        )
        self.bank_slot = ChartSlot(
            partial(bank_chart, own.patterns.bank, bank_title),
            now=self.bank_slot is not None and self.bank_slot.built,
        )
        bank.body.addWidget(self.bank_slot)
        self.dynamic.addWidget(bank)
        context = text_label(translate("core.bids", RESEARCH_CONTEXT), "Muted")
        context.setAccessibleName(translate("ui.today.page", "Research context"))
        self.dynamic.addWidget(context)

    @property
    def bank_chart(self) -> ChartWithTable:
        """The bank-account chart (built now if not drawn yet)."""
        assert self.bank_slot is not None
        return self.bank_slot.chart

    def _week_card(self, session: Session, today: TodayView) -> Card:
        card = Card()
        card.body.addWidget(text_label(translate("ui.today.page", "This week"), "Heading"))
        names = {p.id: p.name for p in session.household.partners}
        me = session.partner.id
        others = [p for p in session.household.partners if p.id != me]
        other = others[0].name if others else translate("ui.today.page", "your partner")
        for bidder, counts in sorted(today.this_week.items(), key=lambda kv: kv[0] != me):
            if bidder == me:
                label = translate("ui.today.page", "Your bids, answered by {name}").format(
                    name=other
                )
            else:
                label = translate("ui.today.page", "{name}'s bids, answered by you").format(
                    name=names.get(bidder, other)
                )
            card.body.addWidget(text_label(label, "Muted"))
            card.body.addWidget(text_label(_sentence(counts)))
        if not any(c.total for c in today.this_week.values()):
            card.body.addWidget(
                text_label(
                    translate(
                        "ui.today.page",
                        "No bids logged yet this week. Noticing one is the first step — "
                        "the small ones count most.",
                    ),
                    "Muted",
                )
            )
        return card

    def _attention_card(self, card: object) -> Card:
        widget = Card(spacing=6)
        row = QHBoxLayout()
        heading = text_label(
            translate("ui.today.page", "{title} · {count}").format(
                title=card.title,  # type: ignore[attr-defined]
                count=card.count_words(),  # type: ignore[attr-defined]
            ),
            "Heading",
        )
        row.addWidget(heading, 1)
        go = button(translate("ui.today.page", "Open"))
        # Each card's "Open" says what it opens, for a screen reader going from one to the next.
        go.setAccessibleName(translate("ui.today.page", "Open {title}").format(title=card.title))  # type: ignore[attr-defined]
        go.clicked.connect(lambda: self.view.show_section(card.section))  # type: ignore[attr-defined]
        row.addWidget(go, 0, Qt.AlignmentFlag.AlignTop)
        widget.body.addLayout(row)
        for line in card.lines:  # type: ignore[attr-defined]
            widget.body.addWidget(text_label(line, "Muted"))
        return widget


def _sentence(counts: AnswerCounts) -> str:
    if counts.total == 0:
        return translate("ui.today.page", "No bids logged yet.")
    parts = [
        translate(
            "ui.today.page", "{toward} of %n turned toward ({share})", None, counts.total
        ).format(
            toward=format_number(counts.toward), share=format_percent(counts.toward_share or 0.0)
        )
    ]
    if counts.away:
        parts.append(translate("ui.today.page", "%n turned away", None, counts.away))
    if counts.against:
        parts.append(translate("ui.today.page", "%n turned against", None, counts.against))
    if counts.missed:
        parts.append(translate("ui.today.page", "%n not yet answered", None, counts.missed))
    if counts.late_toward:
        parts.append(translate("ui.today.page", "%n turned toward later", None, counts.late_toward))
    return " · ".join(parts)
