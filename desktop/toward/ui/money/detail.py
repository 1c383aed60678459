"""One ledger line in full: what was shared, the responses, and what this partner can do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from toward.core.formatting import format_date, format_date_time
from toward.core.i18n import translate
from toward.core.ledger import Ledger, LedgerLine, ResponseKind, format_money
from toward.core.ledger.records import LINES, RESPONSES
from toward.session import Session
from toward.ui.kit.errors import describe
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.widgets import Card, button, clear_layout, text_label
from toward.ui.money.words import purpose_word
from toward.ui.sync.earlier import add_earlier_version_links


class LineDetail(Card):
    """The selected line; empty until one is chosen."""

    correct_requested = Signal(object)  # a disclosure to correct
    edit_requested = Signal(object)  # a draft to edit

    def __init__(
        self, ledger: Ledger, names: dict[str, str], other: str, *, session: Session
    ) -> None:
        super().__init__(spacing=8)
        self._ledger = ledger
        self._session = session  # for earlier versions kept by the sync
        self._names = names
        self._other = other
        self.line: LedgerLine | None = None
        self.content = QVBoxLayout()
        self.content.setSpacing(8)
        self.body.addLayout(self.content)
        self.show_line(None)

    def show_line(self, line: LedgerLine | None) -> None:
        clear_layout_deep(self.content)
        self.line = line
        self.buttons: dict[str, QWidget] = {}
        if line is None:
            self.content.addWidget(
                text_label(
                    translate("ui.money.detail", "Choose a line to see it in full."), "Muted"
                )
            )
            return
        me = self._ledger.partner_id
        mine = line.author_id == me
        who = translate("ui.money.detail", "You") if mine else self._name(line.author_id)
        heading = (
            translate("ui.money.detail", "{amount} at {payee}").format(
                amount=format_money(line.money), payee=line.payee
            )
            if line.payee
            else translate("ui.money.detail", "{amount} at an unnamed payee").format(
                amount=format_money(line.money)
            )
        )
        self.content.addWidget(text_label(heading, "Heading"))
        facts = [format_date(line.occurred_on, "full")]
        if line.account:
            facts.append(line.account)
        facts.append(line.category or translate("ui.money.detail", "no category"))
        facts.append(purpose_word(line.purpose))
        self.content.addWidget(text_label(" · ".join(facts), "Muted"))
        self._earlier(LINES, line.id, line.author_id)
        if line.disclosed_at is not None:
            when = format_date_time(line.disclosed_at)
            if mine:
                told = translate("ui.money.detail", "You disclosed it on {when}").format(when=when)
            else:
                told = translate("ui.money.detail", "{name} disclosed it on {when}").format(
                    name=who, when=when
                )
            if line.lateness:
                told += f" — {line.lateness}"
            self.content.addWidget(text_label(told + "."))
        self._why(line, mine, who)
        if line.corrects_id:
            corrected = translate("ui.money.detail", "Corrected: {note}")
            self.content.addWidget(
                text_label(corrected.format(note=line.correction_note), "Notice")
            )
            self._add_button(
                "history",
                translate("ui.money.detail", "Show the earlier version"),
                self._show_history,
            )
        if line.superseded_by:
            later = translate(
                "ui.money.detail", "This version was corrected later; totals count the correction."
            )
            self.content.addWidget(text_label(later, "Notice"))
        for response in line.responses:
            by = (
                translate("ui.money.detail", "You")
                if response.author_id == me
                else self._name(response.author_id)
            )
            text = f"{by} · {response.kind.label} · {format_date(response.at, 'short_day_month')}"
            self.content.addWidget(text_label(text, "Muted"))
            if response.text:
                self.content.addWidget(text_label(response.text))
            self._earlier(RESPONSES, response.id, response.author_id)
        if line.is_draft:
            self._add_button(
                "edit",
                translate("ui.money.detail", "Edit the draft"),
                lambda: self.edit_requested.emit(line),
            )
        elif mine:
            self._author_actions(line)
        else:
            self._partner_actions(line)
        self.error = text_label("", "Error")
        self.error.hide()
        self.content.addWidget(self.error)

    def _why(self, line: LedgerLine, mine: bool, who: str) -> None:
        if line.why_withheld:
            # A draft still holds its why; a disclosure's is in the author's private space.
            own = line.why if line.is_draft else line.withheld_why
            if mine and own:
                kept = translate("ui.money.detail", "Why (kept to yourself): {why}")
                self.content.addWidget(text_label(kept.format(why=own)))
            elif mine:
                self.content.addWidget(
                    text_label(translate("ui.money.detail", "Why: kept to yourself."), "Muted")
                )
            else:
                kept = translate("ui.money.detail", "{name} kept the why private for now.")
                self.content.addWidget(text_label(kept.format(name=who), "Muted"))
        elif line.why:
            why = translate("ui.money.detail", "Why: {why}")
            self.content.addWidget(text_label(why.format(why=line.why)))

    def _earlier(self, table: str, record_id: str, author_id: str) -> None:
        """Links to what its author wrote on another computer while the two were apart."""
        add_earlier_version_links(
            self.content, self._session, table, record_id, author_id=author_id
        )

    def _partner_actions(self, line: LedgerLine) -> None:
        self.question = QLineEdit()
        self.question.setPlaceholderText(
            translate("ui.money.detail", "A question, or a note on what you talked about")
        )
        self.question.setAccessibleName(translate("ui.money.detail", "Your question or note"))
        self.content.addWidget(self.question)
        holder = QWidget()  # the answers wrap under each other when the page is narrow
        row = FlowLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for key, label, kind in (
            ("acknowledge", translate("ui.money.detail", "Acknowledge"), ResponseKind.ACKNOWLEDGED),
            ("ask", translate("ui.money.detail", "Ask a question"), ResponseKind.QUESTION),
            (
                "discussed",
                translate("ui.money.detail", "We talked it through"),
                ResponseKind.DISCUSSED,
            ),
        ):
            widget = button(label, primary=key == "acknowledge")
            widget.clicked.connect(lambda _=False, k=kind: self._respond(k))
            self.buttons[key] = widget
            row.addWidget(widget)
        self.content.addWidget(holder)

    def _author_actions(self, line: LedgerLine) -> None:
        if line.open_question is not None:
            self.question = QLineEdit()
            self.question.setPlaceholderText(translate("ui.money.detail", "Your answer"))
            self.question.setAccessibleName(translate("ui.money.detail", "Your answer"))
            self.content.addWidget(self.question)
            self._add_button(
                "answer",
                translate("ui.money.detail", "Answer"),
                lambda: self._respond(ResponseKind.ANSWER),
            )
        if line.superseded_by is None:
            self._add_button(
                "correct",
                translate("ui.money.detail", "Correct…"),
                lambda: self.correct_requested.emit(line),
            )

    def _name(self, partner_id: str) -> str:
        return self._names.get(partner_id, self._other)

    def _add_button(self, key: str, label: str, action: Callable[[], object]) -> None:
        widget = button(label)
        widget.clicked.connect(action)
        self.buttons[key] = widget
        self.content.addWidget(widget)

    def _respond(self, kind: ResponseKind) -> None:
        line = self.line
        assert line is not None
        try:
            self._ledger.respond(line, kind, self.question.text())
        except Exception as exc:  # a known error is shown here; a bug is described as one
            self.error.setText(describe(exc))
            self.error.show()
            return
        if self.line is line:  # the page did not show it afresh on the change notice
            self.show_line(self._ledger.get(line.id))

    def _show_history(self) -> None:
        assert self.line is not None
        earlier = self._ledger.history(self.line)[:-1]
        for version in reversed(earlier):
            self.content.addWidget(
                text_label(
                    translate(
                        "ui.money.detail", "Earlier: {amount} at {payee}, {date}, disclosed {when}"
                    ).format(
                        amount=format_money(version.money),
                        payee=version.payee or "—",
                        date=format_date(version.occurred_on, "medium"),
                        when=format_date(version.disclosed_at, "medium"),
                    )
                    if version.disclosed_at
                    else "",
                    "Muted",
                )
            )
        self.buttons["history"].hide()


def clear_layout_deep(layout: QVBoxLayout | QHBoxLayout) -> None:
    """Like clear_layout, for a layout that also holds nested layouts of widgets."""
    while layout.count():
        item = layout.takeAt(0)
        assert item is not None  # count() said there is one
        if (widget := item.widget()) is not None:
            widget.hide()
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            clear_layout(inner)  # type: ignore[arg-type]
            inner.deleteLater()
