"""Money: telling each other about purchases, made easy to do and kind to receive.

Views: the shared ledger (by month, category, account, with totals per currency), what
waits for this partner's response, their drafts, late disclosures, and the agreement.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toward.core.changes import Change
from toward.core.formatting import format_date
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.ledger import (
    Disclosure,
    Draft,
    DraftFields,
    LedgerFilter,
    LedgerLine,
    format_money,
)
from toward.core.period import Period
from toward.core.words import COUNTED_UP_TO, count_words
from toward.session import Session
from toward.ui.kit import dialogs
from toward.ui.kit.errors import describe
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.widgets import (
    ChoicesOnDemand,
    PageColumn,
    Segmented,
    add_unreadable_note,
    button,
    clear_layout,
    text_label,
)
from toward.ui.main_view import MainView
from toward.ui.money.agreement import AgreementCard
from toward.ui.money.detail import LineDetail
from toward.ui.money.draft_form import DraftForm
from toward.ui.money.model import LedgerTableModel, LineRole
from toward.ui.money.statement_import import ImportDialog
from toward.ui.money.totals import SIZED_BY_ROWS, TotalsCard

SHARED, AWAITING, DRAFTS, LATE, AGREEMENT = range(5)
_TABLES = ("ledger_lines", "ledger_responses")  # what the listing views read
VIEW_KEYS = {"shared": SHARED, "awaiting": AWAITING, "drafts": DRAFTS, "late": LATE,
             "agreement": AGREEMENT}  # fmt: skip
EMPTY = {
    SHARED: QT_TRANSLATE_NOOP(
        "ui.money.page",
        "Nothing disclosed yet. Write down a purchase, or import a statement, and "
        "disclose it when you are ready.",
    ),
    AWAITING: QT_TRANSLATE_NOOP("ui.money.page", "Nothing is waiting for your response."),
    DRAFTS: QT_TRANSLATE_NOOP(
        "ui.money.page",
        "No drafts. Purchases you write down or import wait here, private, until you "
        "disclose them.",
    ),
    LATE: QT_TRANSLATE_NOOP("ui.money.page", "No late disclosures."),
}


class LedgerPage(PageColumn):
    shows = frozenset({Change.LEDGER})

    def __init__(self, session: Session, view: MainView) -> None:
        super().__init__(
            translate("ui.money.page", "Money"),
            translate(
                "ui.money.page", "Telling each other about money: easy to do, kind to receive."
            ),
        )
        self.session = session
        self.ledger = session.ledger
        self.names = {p.id: p.name for p in session.household.partners}
        others = [p for p in session.household.partners if p.id != session.partner.id]
        self.other = others[0].name if others else translate("ui.money.page", "your partner")
        actions = QHBoxLayout()
        self.add_button = button(
            translate("ui.money.page", "Write down a purchase"), primary=True, icon="plus"
        )
        self.add_button.clicked.connect(self.new_draft)
        self.import_button = button(translate("ui.money.page", "Import a statement…"))
        self.import_button.clicked.connect(self.open_import)
        actions.addWidget(self.add_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        self.column.addLayout(actions)
        self.views = Segmented(
            [
                translate("ui.money.page", "Shared ledger"),
                translate("ui.money.page", "Waiting for you"),
                translate("ui.money.page", "My drafts"),
                translate("ui.money.page", "Late"),
                translate("ui.money.page", "Agreement"),
            ]
        )
        self.views.setAccessibleName(translate("ui.money.page", "Ledger views"))
        self.views.changed.connect(lambda _index: self.request_refresh())
        self.column.addWidget(self.views)
        self.filters = self._build_filters()
        self.column.addWidget(self.filters)
        self.totals_card = TotalsCard(self.ledger)
        self.column.addWidget(self.totals_card)
        self.heading = text_label("", "Muted")
        self.column.addWidget(self.heading)
        self._questions = 0  # open questions about this partner's own disclosures
        self._sized_for: int | None = None
        self.model = LedgerTableModel(
            self._fetch, self._count, self.names, session.partner.id, self.other
        )
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("ui.money.page", "Ledger lines"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZED_BY_ROWS)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._label_disclose())
        self.column.addWidget(self.table)
        self.unreadable_area = QVBoxLayout()  # names lines the table could not read
        self.column.addLayout(self.unreadable_area)
        self.model.rowsInserted.connect(self._name_unreadable)
        self.empty = text_label("", "Muted")
        self.column.addWidget(self.empty)
        draft_actions = QHBoxLayout()
        self.disclose_button = button(
            translate("ui.money.page", "Disclose selected…"), primary=True
        )
        self.disclose_button.clicked.connect(self.disclose_selected)
        self.delete_button = button(translate("ui.money.page", "Delete draft"), icon="trash")
        self.delete_button.clicked.connect(self.delete_selected)
        draft_actions.addWidget(self.disclose_button)
        draft_actions.addWidget(self.delete_button)
        draft_actions.addStretch(1)
        self.draft_actions = QWidget()
        self.draft_actions.setLayout(draft_actions)
        self.column.addWidget(self.draft_actions)
        self.detail = LineDetail(self.ledger, self.names, self.other, session=session)
        self.detail.correct_requested.connect(self.correct)
        self.detail.edit_requested.connect(self.edit_draft)
        self.column.addWidget(self.detail)
        self.agreement_holder = QHBoxLayout()
        self.agreement_widget = QWidget()
        self.agreement_widget.setLayout(self.agreement_holder)
        self.column.addWidget(self.agreement_widget)
        self.finish()
        self.form: DraftForm | None = None
        self.import_dialog: ImportDialog | None = None
        self.follow(view, session)
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _build_filters(self) -> QWidget:
        holder = QWidget()
        row = FlowLayout(holder)  # each label with its choice; they wrap when narrow
        self.month = ChoicesOnDemand(translate("ui.money.page", "All months"), self._months)
        self.month.setAccessibleName(translate("ui.money.page", "Month"))
        self.category = ChoicesOnDemand(
            translate("ui.money.page", "All categories"), lambda: self._names("category")
        )
        self.category.setAccessibleName(translate("ui.money.page", "Category"))
        self.account = ChoicesOnDemand(
            translate("ui.money.page", "All accounts"), lambda: self._names("account")
        )
        self.account.setAccessibleName(translate("ui.money.page", "Account"))
        for label, combo in (
            (translate("ui.money.page", "Month"), self.month),
            (translate("ui.money.page", "Category"), self.category),
            (translate("ui.money.page", "Account"), self.account),
        ):
            pair = QWidget()
            line = QHBoxLayout(pair)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(text_label(label, "Muted", wrap=False))
            line.addWidget(combo)
            row.addWidget(pair)
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        return holder

    def _months(self) -> list[tuple[str, object]]:
        return [
            (format_date(date.fromisoformat(month + "-01"), "month_year"), month)
            for month in self.ledger.months()
        ]

    def _names(self, column: str) -> list[tuple[str, object]]:
        return [(name, name) for name in self.ledger.names(column)]

    def _filter_lists_stale(self) -> None:
        """The lists may have new months or names: read again when next chosen from."""
        for combo in (self.month, self.category, self.account):
            combo.stale()
            if combo.hasFocus() or combo.view().isVisible():
                combo.fill()

    def current_filter(self) -> LedgerFilter:
        month = self.month.currentData()
        period = None
        if month:
            year, number = (int(part) for part in month.split("-"))
            period = Period.month(year, number)
        return LedgerFilter(
            period=period,
            category=self.category.currentData(),
            account=self.account.currentData(),
        )

    # -- the lines shown ---------------------------------------------------------------

    def _fetch(self, limit: int, offset: int) -> list[LedgerLine]:
        view = self.views.current()
        if view == SHARED:
            return self.ledger.disclosures(
                where=self.current_filter(), newest_first=True, limit=limit, offset=offset
            )
        if view == AWAITING:
            # Questions about this partner's own disclosures first, then the rest; a page
            # at a time of each, as the table scrolls.
            questions = self._questions
            found = (
                self.ledger.questions_for_me(limit=limit, offset=offset)
                if offset < questions
                else []
            )
            wanted = -1 if limit < 0 else limit - len(found)
            if wanted:
                found += self.ledger.awaiting_my_response(
                    limit=wanted, offset=max(0, offset - questions)
                )
            return found
        if view == DRAFTS:
            return self.ledger.drafts(limit=limit, offset=offset)
        if view == LATE:
            return self.ledger.late(limit=limit, offset=offset)
        return []

    def _count(self) -> int:
        view = self.views.current()
        if view == SHARED:
            return self.ledger.count(self.current_filter())
        if view == LATE:
            return self.ledger.late_count()
        if view == AWAITING:
            return self._questions + self.ledger.awaiting_count()
        if view == DRAFTS:
            return self.ledger.draft_count()
        return 0

    def open_view(self, key: str) -> None:
        """Open a view by name ('awaiting', 'agreement', …), as the Today page asks."""
        self.views.set_current(VIEW_KEYS.get(key, SHARED))

    def _filter_changed(self) -> None:
        self.model.refresh()
        self._show_totals()
        self._after_reload()

    def refresh(self) -> None:
        view = self.views.current()
        selected = self.detail.line.id if self.detail.line is not None else None
        self._questions = self.ledger.questions_for_me_count()
        waiting = self._questions + self.ledger.awaiting_count(up_to=COUNTED_UP_TO + 1)
        self.views.button(AWAITING).setText(
            _counted(translate("ui.money.page", "Waiting for you"), waiting)
        )
        self.views.button(DRAFTS).setText(
            _counted(translate("ui.money.page", "My drafts"), self.ledger.draft_count())
        )
        self.views.button(LATE).setText(
            _counted(translate("ui.money.page", "Late"), self.ledger.late_count())
        )
        if view == SHARED:
            self._filter_lists_stale()
        listing = view != AGREEMENT
        self.filters.setVisible(view == SHARED)
        self.totals_card.setVisible(view == SHARED)
        self.table.setVisible(listing)
        self.detail.setVisible(listing)
        self.draft_actions.setVisible(view == DRAFTS)
        self.agreement_widget.setVisible(not listing)
        self.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if view == DRAFTS
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        heading = _HEADINGS.get(view)
        self.heading.setText(
            translate("ui.money.page", heading).format(other=self.other) if heading else ""
        )
        if listing:
            self.model.refresh()
            self._show_totals()
            self._after_reload(selected)
        else:
            clear_layout(self.agreement_holder)
            self.agreement = AgreementCard(self.ledger, self.names, self.other)
            self.agreement_holder.addWidget(self.agreement)
            self.empty.hide()
            clear_layout(self.unreadable_area)

    def _after_reload(self, selected: str | None = None) -> None:
        view = self.views.current()
        empty = self.model.rowCount() == 0
        empty_words = EMPTY.get(view)
        self.empty.setText(translate("ui.money.page", empty_words) if empty_words else "")
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        self.detail.setVisible(not empty)
        self.draft_actions.setVisible(view == DRAFTS and not empty)
        row = next((r for r, line in enumerate(self.model.lines()) if line.id == selected), None)
        if row is None and not empty and view != DRAFTS:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        if self._sized_for != view:  # once per view: a change notice keeps the widths
            self.table.resizeColumnsToContents()
            self._sized_for = view
        self.table.setFixedHeight(min(440, 36 + 30 * max(self.model.rowCount(), 1)))
        self._selected()
        self._label_disclose()
        self._name_unreadable()

    def _name_unreadable(self) -> None:
        clear_layout(self.unreadable_area)
        add_unreadable_note(self.unreadable_area, self.session.spaces.unreadable, _TABLES)

    def _label_disclose(self) -> None:
        chosen = len(self.selected_lines())
        total = self.model.rowCount()
        self.disclose_button.setText(
            translate("ui.money.page", "Disclose %n selected…", None, chosen)
            if chosen
            else translate("ui.money.page", "Disclose all %n…", None, total)
        )
        self.delete_button.setEnabled(bool(chosen))

    def _show_totals(self) -> None:
        shared = self.views.current() == SHARED
        self.totals_card.show_for(self.current_filter() if shared else None)

    # The totals' parts, by the names the page gives them.
    totals_label = property(lambda self: self.totals_card.label)
    totals_tables = property(lambda self: self.totals_card.tables)
    totals_by = property(lambda self: self.totals_card.by)
    totals_stack = property(lambda self: self.totals_card.stack)

    def selected_lines(self) -> list[LedgerLine]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.line(r) for r in rows]

    def select(self, lines: list[LedgerLine]) -> None:
        """Select these lines in the table (for the keyboard, and for tests)."""
        ids = {line.id for line in lines}
        selection = self.table.selectionModel()
        selection.clearSelection()
        rows = [row for row, line in enumerate(self.model.lines()) if line.id in ids]
        rows_flag = QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | rows_flag
            )
        if rows:
            selection.setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _selected(self) -> None:
        index = self.table.currentIndex()
        line = self.model.data(index, LineRole) if index.isValid() else None
        if line is not None and line is self.detail.line:
            return  # already shown (selecting a row after a reload announces it too)
        self.detail.show_line(line if isinstance(line, LedgerLine) else None)

    # -- actions -----------------------------------------------------------------------

    def _suggestions(self) -> dict[str, list[str]]:
        return {key: self.ledger.names(key) for key in ("payee", "account", "category")}

    def _open_form(
        self, title: str, submit: Callable[[DraftFields, str], object], **options: Any
    ) -> DraftForm:
        self.form = DraftForm(self, title, submit, suggestions=self._suggestions(), **options)
        self.form.open()
        return self.form

    def new_draft(self) -> DraftForm:
        def save(fields: DraftFields, _note: str) -> None:
            with self.one_refresh():  # the new draft and the drafts view, drawn once
                self.ledger.add_draft(fields)
                self.views.set_current(DRAFTS)

        currency = self._usual_currency()
        return self._open_form(
            translate("ui.money.page", "Write down a purchase"), save, currency=currency
        )

    def edit_draft(self, draft: Draft) -> DraftForm:
        return self._open_form(
            translate("ui.money.page", "Edit the draft"),
            lambda fields, _note: self.ledger.edit_draft(draft, fields),
            start=draft,
        )

    def correct(self, disclosure: Disclosure) -> DraftForm:
        return self._open_form(
            translate("ui.money.page", "Correct a disclosure"),
            lambda fields, note: self.ledger.correct(disclosure, fields, note),
            start=disclosure,
            correcting=True,
        )

    def open_import(self) -> ImportDialog:
        self.import_dialog = ImportDialog(self, self.ledger)
        self.import_dialog.imported.connect(self._imported)
        self.import_dialog.open()
        return self.import_dialog

    def _imported(self, added: int, skipped: int) -> None:
        self.views.set_current(DRAFTS)
        imported = translate(
            "ui.money.page", "%n rows imported as private drafts. Nothing was shared.", None, added
        )
        if skipped:
            imported = translate(
                "ui.money.page",
                "%n rows imported as private drafts; {skipped} already here were skipped. "
                "Nothing was shared.",
                None,
                added,
            ).format(skipped=skipped)
        self.heading.setText(imported)

    def disclose_selected(self) -> None:
        drafts = self.selected_lines() or self.model.lines()
        if not drafts:
            return
        sums = [format_money(m) for m in self.ledger.batch_total(drafts).values()]
        shown_sums = (
            translate("ui.money.page", "{items} and {last}").format(
                items=", ".join(sums[:-1]), last=sums[-1]
            )
            if len(sums) > 1
            else "".join(sums)
        )
        withheld = sum(d.why_withheld for d in drafts)
        count = len(drafts)
        question = translate(
            "ui.money.page", "Disclose %n purchases, {sums} in total, to {name}?", None, count
        )
        text = question.format(sums=shown_sums, name=self.other)
        if withheld:
            kept = translate(
                "ui.money.page",
                "%n keep their why private; {name} will see that it was.",
                None,
                withheld,
            )
            text += "\n\n" + kept.format(name=self.other)
        text += "\n\n" + translate(
            "ui.money.page", "Once disclosed, a purchase can be corrected but not taken back."
        )
        yes = translate("ui.money.page", "Disclose %n purchases", None, count)
        if not dialogs.ask(self, translate("ui.money.page", "Disclose"), text, yes=yes):
            return
        try:
            self.ledger.disclose(drafts)  # its one notice refreshes the page
        except Exception as exc:  # a known error is a sentence; anything else a bug
            dialogs.tell(self, dialogs.TITLE, describe(exc))
            return
        disclosed = translate("ui.money.page", "Disclosed %n purchases to {name}.", None, count)
        self.heading.setText(disclosed.format(name=self.other))  # a short confirmation

    def delete_selected(self) -> None:
        drafts = self.selected_lines()
        if not drafts:
            return
        count = len(drafts)
        if not dialogs.ask(
            self,
            translate("ui.money.page", "Delete"),
            translate("ui.money.page", "Delete %n drafts? Nothing was shared.", None, count),
            yes=translate("ui.money.page", "Delete"),
        ):
            return
        for draft in drafts:
            self.ledger.delete_draft(draft)

    def _usual_currency(self) -> str:
        agreement = self.ledger.agreements.in_force()
        return agreement.threshold.currency if agreement else "USD"


_HEADINGS = {
    SHARED: QT_TRANSLATE_NOOP(
        "ui.money.page", "Everything both of you have disclosed, newest first."
    ),
    AWAITING: QT_TRANSLATE_NOOP(
        "ui.money.page",
        "{other}'s disclosures waiting for your response, and questions about yours.",
    ),
    DRAFTS: QT_TRANSLATE_NOOP(
        "ui.money.page",
        "Private until you disclose them. Select several to disclose them together.",
    ),
    LATE: QT_TRANSLATE_NOOP(
        "ui.money.page",
        "Disclosed later than the agreement asked: a fact to talk about, not a verdict.",
    ),
}


def _counted(label: str, count: int) -> str:
    """A view's name with how many it holds ("99+" beyond that, as on Today)."""
    return f"{label} ({count_words(count)})" if count else label
