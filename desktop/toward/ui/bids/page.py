"""Bids for connection: log them, answer late ones, and see the pattern without a score."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toward.core.bids import (
    RESEARCH_CONTEXT,
    AnswerCounts,
    Bid,
    BidKind,
)
from toward.core.bids.model import TABLE as BIDS_TABLE
from toward.core.changes import Change
from toward.core.formatting import format_date_time, format_number, format_percent, upper_first
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.spaces import Space
from toward.session import Session
from toward.ui.bids.quick_log import QuickLogForm
from toward.ui.kit import dialogs, theme
from toward.ui.kit.charts import ChartSlot, ChartWithTable, answers_chart, bank_chart
from toward.ui.kit.errors import describe
from toward.ui.kit.paged_rows import PagedRows
from toward.ui.kit.widgets import (
    Card,
    PageColumn,
    add_unreadable_note,
    button,
    clear_layout,
    text_label,
)
from toward.ui.main_view import MainView
from toward.ui.sync.earlier import add_earlier_version_links

_TABLES = ("bids",)  # what this page lists

RECENT = 10
# The parts of the day the patterns count bids in (core.bids.patterns.TIMES_OF_DAY).
TIME_OF_DAY_WORDS = {
    "morning": QT_TRANSLATE_NOOP("ui.bids.page", "Morning"),
    "afternoon": QT_TRANSLATE_NOOP("ui.bids.page", "Afternoon"),
    "evening": QT_TRANSLATE_NOOP("ui.bids.page", "Evening"),
    "night": QT_TRANSLATE_NOOP("ui.bids.page", "Night"),
}
WAITING = 5


class BidsPage(PageColumn):
    shows = frozenset({Change.BIDS})

    def __init__(self, session: Session, view: MainView) -> None:
        super().__init__(
            translate("ui.bids.page", "Bids for connection"),
            translate(
                "ui.bids.page", "Notice the small reaches for each other, and how they are met."
            ),
        )
        self.session = session
        self.names = {p.id: p.name for p in session.household.partners}
        others = [p for p in session.household.partners if p.id != session.partner.id]
        self.other = others[0].name if others else translate("ui.bids.page", "your partner")
        log_card = Card()
        log_card.body.addWidget(text_label(translate("ui.bids.page", "Log a bid"), "Heading"))
        self.quick_log = QuickLogForm(session)
        log_card.body.addWidget(self.quick_log)
        self.column.addWidget(log_card)
        self.dynamic = self.finish_with_refreshed_area()
        self.waiting: PagedRows[Bid, QWidget] | None = None
        self.recent: PagedRows[Bid, QWidget] | None = None
        self.chart_slots: list[ChartSlot] = []
        self.bank_slot: ChartSlot | None = None
        self.setFocusProxy(self.quick_log.text)
        self.follow(view, session)
        self.refresh()

    def refresh(self) -> None:
        # A refresh after a change keeps as many rows as the reader had opened.
        waiting_shown = len(self.waiting.rows) if self.waiting else 0
        recent_shown = len(self.recent.rows) if self.recent else 0
        self.waiting = None
        clear_layout(self.dynamic)
        bids = self.session.bids
        waiting = bids.unanswered_count()
        if waiting:
            card = Card()
            heading = translate("ui.bids.page", "{name}'s bids you could still meet")
            card.body.addWidget(text_label(heading.format(name=self.other), "Heading"))
            card.body.addWidget(
                text_label(
                    translate(
                        "ui.bids.page",
                        "Missing a bid happens. Turning toward it now is recorded beside the "
                        "first answer, which stays as it was.",
                    ),
                    "Muted",
                )
            )
            self.waiting = PagedRows(
                (
                    translate("ui.bids.page", "bid waiting"),
                    translate("ui.bids.page", "bids waiting"),
                ),
                "",
                lambda limit, offset: bids.unanswered_for_me(limit=limit, offset=offset),
                waiting,
                self._waiting_row,
                first=max(waiting_shown, WAITING),
                page=WAITING,
                spacing=12,
            )
            card.body.addWidget(self.waiting)
            self.dynamic.addWidget(card)
        patterns = bids.patterns(weeks=12)
        me = self.session.partner.id
        charts = Card()
        charts.body.addWidget(
            text_label(translate("ui.bids.page", "The last twelve weeks"), "Heading")
        )
        drawn = [slot.built for slot in self.chart_slots]  # in view before this refresh
        self.chart_slots = []
        bidders = sorted({w.bidder_id for w in patterns.weeks}, key=lambda b: b != me)
        for index, bidder in enumerate(bidders):
            title = (
                translate("ui.bids.page", "Your bids, answered by {name}").format(name=self.other)
                if bidder == me
                else translate("ui.bids.page", "{name}'s bids, answered by you").format(
                    name=self.names.get(bidder, self.other)
                )
            )
            charts.body.addWidget(text_label(title, "Muted"))
            slot = ChartSlot(
                partial(answers_chart, patterns.weeks, bidder, title),
                now=index < len(drawn) and drawn[index],
            )
            self.chart_slots.append(slot)
            charts.body.addWidget(slot)
        add_unreadable_note(self.dynamic, self.session.spaces.unreadable, _TABLES)
        self.dynamic.addWidget(charts)
        bank = Card()
        bank.body.addWidget(
            text_label(translate("ui.bids.page", "Emotional bank account"), "Heading")
        )
        self.bank_slot = ChartSlot(
            partial(bank_chart, patterns.bank, translate("ui.bids.page", "Emotional bank account")),
            now=self.bank_slot is not None and self.bank_slot.built,
        )
        bank.body.addWidget(self.bank_slot)
        self.dynamic.addWidget(bank)
        when = Card()
        when.body.addWidget(
            text_label(translate("ui.bids.page", "When and how bids happen"), "Heading")
        )
        row = QHBoxLayout()
        row.addWidget(
            _counts_table(
                translate("ui.bids.page", "Time of day"),
                translate("ui.bids.page", "Bids by time of day"),
                (
                    (translate("ui.bids.page", TIME_OF_DAY_WORDS.get(part, part)), counts)
                    for part, counts in patterns.by_time_of_day.items()
                ),
            )
        )
        row.addWidget(
            _counts_table(
                translate("ui.bids.page", "Kind"),
                translate("ui.bids.page", "Bids by kind"),
                ((upper_first(BidKind(k).label), c) for k, c in patterns.by_kind.items()),
            )
        )
        holder = QWidget()
        holder.setLayout(row)
        when.body.addWidget(holder)
        self.dynamic.addWidget(when)
        self.dynamic.addWidget(self._recent_card(recent_shown))
        self.dynamic.addWidget(
            text_label(translate("core.bids.patterns", RESEARCH_CONTEXT), "Muted")
        )

    @property
    def charts(self) -> list[ChartWithTable]:
        """The answers charts (built now if not drawn yet)."""
        return [slot.chart for slot in self.chart_slots]

    @property
    def bank(self) -> ChartWithTable:
        assert self.bank_slot is not None
        return self.bank_slot.chart

    def _waiting_row(self, bid: Bid) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        when = format_date_time(bid.made_at, "short_weekday")
        text = (
            translate("ui.bids.page", "{kind} · {when} — {bid} ({answer})")
            if bid.description
            else translate("ui.bids.page", "{kind} · {when} ({answer})")
        ).format(
            kind=upper_first(bid.kind.label),
            when=when,
            bid=bid.description,
            answer=bid.answer.label,
        )
        row.addWidget(text_label(text), 1)
        late = button(translate("ui.bids.page", "I'm turning toward it now"))
        late.setAccessibleName(  # one such button a row: each says which bid it answers
            translate("ui.bids.page", "I'm turning toward it now: {bid}").format(bid=text)
        )
        late.clicked.connect(lambda: self._turn_toward(bid))
        row.addWidget(late, 0, Qt.AlignmentFlag.AlignTop)
        return holder

    def _turn_toward(self, bid: Bid) -> None:
        try:
            self.session.bids.turn_toward_late(bid)
        except Exception as exc:  # a known error is a sentence; anything else a bug
            dialogs.tell(self, dialogs.TITLE, describe(exc))
            self.refresh()  # the list was out of date (answered elsewhere meanwhile)

    def _recent_card(self, shown: int) -> Card:
        card = Card(spacing=8)
        card.body.addWidget(text_label(translate("ui.bids.page", "Recently logged"), "Heading"))
        bids = self.session.bids
        self.recent_rows: list[QWidget] = []
        self.recent = PagedRows(
            (translate("ui.bids.page", "bid"), translate("ui.bids.page", "bids")),
            translate("ui.bids.page", "Nothing logged yet. The quick log above takes seconds."),
            lambda limit, offset: bids.recent_in_both(limit=limit, offset=offset),
            bids.count(Space.PRIVATE) + bids.count(Space.SHARED),
            self._recent_row,
            first=max(shown, RECENT),
            page=RECENT,
            spacing=8,
        )
        card.body.addWidget(self.recent)
        return card

    def _recent_row(self, bid: Bid) -> QWidget:
        row = QHBoxLayout()
        icon = theme.icon(
            "private" if bid.space is Space.PRIVATE else "shared", theme.colour("muted"), 16
        )
        label = QLabel()
        label.setPixmap(icon.pixmap(16, 16))
        label.setToolTip(
            translate("ui.bids.page", "Private")
            if bid.space is Space.PRIVATE
            else translate("ui.bids.page", "Shared")
        )
        row.addWidget(label)
        who = self.names.get(bid.bidder_id, self.other)
        text = translate("ui.bids.page", "{when} · {name}: {kind} — {answer}").format(
            when=format_date_time(bid.made_at, "short_weekday"),
            name=who,
            kind=bid.kind.label,
            answer=bid.answer.label,
        )
        if bid.late_toward_at:
            text += " · " + translate("ui.bids.page", "turned toward later")
        if bid.description:
            text += f"\n{bid.description}"
        if bid.note:
            text += "\n" + translate("ui.bids.page", "Note: {note}").format(note=bid.note)
        line = text_label(text)
        column = QVBoxLayout()
        column.addWidget(line)
        add_earlier_version_links(  # changed on two computers while apart
            column, self.session, BIDS_TABLE, bid.id, author_id=bid.info.author_id
        )
        row.addLayout(column, 1)
        holder = QWidget()
        holder.setLayout(row)
        self.recent_rows.append(line)
        return holder


def _counts_table(title: str, name: str, items: object) -> QTableWidget:
    rows = list(items)  # type: ignore[call-overload]
    table = QTableWidget(len(rows), 3)
    table.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(
        [title, translate("ui.bids.page", "Bids"), translate("ui.bids.page", "Turned toward")]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, (name, counts) in enumerate(rows):
        assert isinstance(counts, AnswerCounts)
        share = "—" if counts.toward_share is None else format_percent(counts.toward_share)
        for c, value in enumerate((str(name), format_number(counts.total), share)):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.setMinimumHeight(60 + 30 * len(rows))
    return table
