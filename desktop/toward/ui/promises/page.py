"""Promises: make one, settle or renegotiate open ones, agreements, and follow-through."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QLineEdit

from toward.core import clock
from toward.core.changes import Change
from toward.core.i18n import translate
from toward.core.promises import MISSED_REMINDER, Promise
from toward.session import Session
from toward.ui.kit import dialogs
from toward.ui.kit.charts import ChartSlot, ChartWithTable
from toward.ui.kit.errors import describe
from toward.ui.kit.paged_rows import Fetch, PagedRows
from toward.ui.kit.widgets import (
    Card,
    PageColumn,
    add_unreadable_note,
    button,
    clear_layout,
    text_label,
)
from toward.ui.main_view import MainView
from toward.ui.promises.agreements import AgreementsCard
from toward.ui.promises.chart import follow_through_chart
from toward.ui.promises.rows import DueField, PromiseRow

_TABLES = ("promises", "agreements", "agreement_moments")  # what this page lists

MONTHS_SHOWN = 6
# Each list opens with a screenful of rows and grows ten at a time: a row with its
# buttons is costly to build, and the first screen only has room for about three.
FIRST_SHOWN = 5
MORE = 10


class PromisesPage(PageColumn):
    shows = frozenset({Change.PROMISES})

    def __init__(self, session: Session, view: MainView) -> None:
        super().__init__(
            translate("ui.promises.page", "Promises"),
            translate(
                "ui.promises.page",
                "Match words with actions — and when they don't match, talk it over.",
            ),
        )
        self.session = session
        self.me = session.partner.id
        self.names = {p.id: p.name for p in session.household.partners}
        others = [p for p in session.household.partners if p.id != self.me]
        self.other = others[0] if others else None
        self.open_list: PromiseList | None = None
        self.settled_list: PromiseList | None = None
        self.agreements: AgreementsCard | None = None
        self.chart_slots: list[ChartSlot] = []
        self.column.addWidget(self._make_card())
        self.dynamic = self.finish_with_refreshed_area()
        self.follow(view, *view.sessions)
        self.refresh()

    def name(self, partner_id: str) -> str:
        if partner_id == self.me:
            return translate("ui.promises.page", "you")
        return self.names.get(partner_id, translate("ui.promises.page", "your partner"))

    # -- making a promise --------------------------------------------------------------

    def _make_card(self) -> Card:
        card = Card()
        card.body.addWidget(text_label(translate("ui.promises.page", "Make a promise"), "Heading"))
        if self.other is None:
            card.body.addWidget(
                text_label(
                    translate(
                        "ui.promises.page",
                        "A promise is made to your partner. Once they join Toward, you can make "
                        "one here; an intention of your own belongs in your private journal.",
                    ),
                    "Muted",
                )
            )
            self.what = None
            return card
        card.body.addWidget(
            text_label(
                translate(
                    "ui.promises.page",
                    "You both see every promise. Only {name} can mark one kept or "
                    "missed, or release you from it; you can ask to change its terms.",
                ).format(name=self.other.name),
                "Muted",
            )
        )
        self.what = QLineEdit()
        self.what.setPlaceholderText(
            translate("ui.promises.page", "What will you do for {name}?").format(
                name=self.other.name
            )
        )
        self.what.setAccessibleName(translate("ui.promises.page", "What you promise"))
        self.what.returnPressed.connect(self._make)
        card.body.addWidget(self.what)
        row = QHBoxLayout()
        self.due = DueField()
        row.addWidget(self.due, 1)
        self.promise_button = button(
            translate("ui.promises.page", "Promise {name}").format(name=self.other.name),
            primary=True,
        )
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
            dialogs.tell(self, translate("ui.promises.page", "Promises"), describe(exc))
            return
        self.what.clear()
        self.due.set_day(None)

    # -- the lists ---------------------------------------------------------------------

    def refresh(self) -> None:
        # A refresh after a change keeps as many rows as the reader had opened.
        open_shown, settled_shown = len(self.open_rows), len(self.settled_rows)
        agreements_shown = len(self.agreements.rows) if self.agreements else 0
        clear_layout(self.dynamic)
        promises = self.session.promises
        self.open_list = PromiseList(
            translate("ui.promises.page", "Open promises"),
            (
                translate("ui.promises.page", "open promise"),
                translate("ui.promises.page", "open promises"),
            ),
            translate(
                "ui.promises.page",
                "No open promises. A small one, kept, builds more than a big one.",
            ),
            lambda limit, offset: promises.open_promises(limit=limit, offset=offset),
            promises.count_open(),
            self._row,
            first=max(open_shown, FIRST_SHOWN),
            page=MORE,
        )
        self.dynamic.addWidget(self.open_list)
        self.agreements = AgreementsCard(self.session, self.name, shown=agreements_shown)
        self.dynamic.addWidget(self.agreements)
        self.dynamic.addWidget(self._follow_through_card())
        self.settled_list = PromiseList(
            translate("ui.promises.page", "Settled promises"),
            (
                translate("ui.promises.page", "settled promise"),
                translate("ui.promises.page", "settled promises"),
            ),
            translate(
                "ui.promises.page", "Promises kept, missed, renegotiated or released land here."
            ),
            lambda limit, offset: promises.settled(limit=limit, offset=offset),
            promises.count_settled(),
            self._row,
            first=max(settled_shown, FIRST_SHOWN),
            page=MORE,
        )
        self.dynamic.addWidget(self.settled_list)
        add_unreadable_note(self.dynamic, self.session.spaces.unreadable, _TABLES)

    @property
    def open_rows(self) -> list[PromiseRow]:
        return self.open_list.rows if self.open_list else []

    @property
    def settled_rows(self) -> list[PromiseRow]:
        return self.settled_list.rows if self.settled_list else []

    @property
    def charts(self) -> list[ChartWithTable]:
        """The follow-through charts (built now if not drawn yet)."""
        return [slot.chart for slot in self.chart_slots]

    def _row(self, promise: Promise) -> PromiseRow:
        return PromiseRow(self.session, promise, self.name)

    def _follow_through_card(self) -> Card:
        card = Card()
        card.body.addWidget(text_label(translate("ui.promises.page", "Follow-through"), "Heading"))
        card.body.addWidget(text_label(translate("core.promises.model", MISSED_REMINDER), "Muted"))
        last = clock.today()
        first = last.replace(day=1)
        for _ in range(MONTHS_SHOWN - 1):
            first = (first - timedelta(days=1)).replace(day=1)
        counts = self.session.promises.follow_through(first, last)
        drawn = [slot.built for slot in self.chart_slots]  # in view before this refresh
        self.chart_slots = []
        promisers = sorted({m.promiser_id for m in counts}, key=lambda p: p != self.me)
        for index, who in enumerate(promisers):
            title = (
                translate("ui.promises.page", "Your promises, month by month")
                if who == self.me
                else translate("ui.promises.page", "{name}'s promises, month by month").format(
                    name=self.names.get(who, translate("ui.promises.page", "Your partner"))
                )
            )
            card.body.addWidget(text_label(title, "Muted"))
            slot = ChartSlot(
                partial(follow_through_chart, counts, who, title),
                now=index < len(drawn) and drawn[index],
            )
            self.chart_slots.append(slot)
            card.body.addWidget(slot)
        return card


class PromiseList(Card):
    """A heading over one list of promises, a page at a time."""

    def __init__(
        self,
        title: str,
        noun: tuple[str, str],
        empty: str,
        fetch: Fetch[Promise],
        total: int,
        make_row: Callable[[Promise], PromiseRow],
        *,
        first: int,
        page: int,
    ) -> None:
        super().__init__(spacing=4)
        self.body.addWidget(text_label(title, "Heading"))
        self.paged = PagedRows(noun, empty, fetch, total, make_row, first=first, page=page)
        self.body.addWidget(self.paged)

    @property
    def rows(self) -> list[PromiseRow]:
        return self.paged.rows
