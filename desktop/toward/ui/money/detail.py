"""One ledger line in full: what was shared, the responses, and what this partner can do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from toward.core.ledger import Ledger, LedgerLine, ResponseKind, format_money
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import Card, button, clear_layout, text_label


class LineDetail(Card):
    """The selected line; empty until one is chosen."""

    correct_requested = Signal(object)  # a disclosure to correct
    edit_requested = Signal(object)  # a draft to edit

    def __init__(self, ledger: Ledger, names: dict[str, str], other: str) -> None:
        super().__init__(spacing=8)
        self._ledger = ledger
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
            self.content.addWidget(text_label("Choose a line to see it in full.", "Muted"))
            return
        me = self._ledger.partner_id
        mine = line.author_id == me
        who = "You" if mine else self._names.get(line.author_id, self._other)
        payee = line.payee or "an unnamed payee"
        self.content.addWidget(text_label(f"{format_money(line.money)} at {payee}", "Heading"))
        facts = [f"{line.occurred_on:%A %d %B %Y}"]
        if line.account:
            facts.append(line.account)
        facts.append(f"{line.category or 'no category'} · {line.purpose.value}")
        self.content.addWidget(text_label(" · ".join(facts), "Muted"))
        if line.disclosed_at is not None:
            told = f"{who} disclosed it on {line.disclosed_at.astimezone():%d %B %Y at %H:%M}"
            if line.lateness:
                told += f" — {line.lateness}"
            self.content.addWidget(text_label(told + "."))
        self._why(line, mine, who)
        if line.corrects_id:
            self.content.addWidget(text_label(f"Corrected: {line.correction_note}", "Notice"))
            self._add_button("history", "Show the earlier version", self._show_history)
        if line.superseded_by:
            self.content.addWidget(
                text_label("This version was corrected later; totals count the correction.",
                           "Notice")
            )  # fmt: skip
        for response in line.responses:
            by = (
                "You"
                if response.author_id == me
                else self._names.get(response.author_id, self._other)
            )
            text = f"{by} · {response.kind.label} · {response.at.astimezone():%d %b}"
            self.content.addWidget(text_label(text, "Muted"))
            if response.text:
                self.content.addWidget(text_label(response.text))
        if line.is_draft:
            self._add_button("edit", "Edit the draft", lambda: self.edit_requested.emit(line))
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
                self.content.addWidget(text_label(f"Why (kept to yourself): {own}"))
            elif mine:
                self.content.addWidget(text_label("Why: kept to yourself.", "Muted"))
            else:
                self.content.addWidget(text_label(f"{who} kept the why private for now.", "Muted"))
        elif line.why:
            self.content.addWidget(text_label(f"Why: {line.why}"))

    def _partner_actions(self, line: LedgerLine) -> None:
        self.question = QLineEdit()
        self.question.setPlaceholderText("A question, or a note on what you talked about")
        self.question.setAccessibleName("Your question or note")
        self.content.addWidget(self.question)
        row = QHBoxLayout()
        for key, label, kind in (
            ("acknowledge", "Acknowledge", ResponseKind.ACKNOWLEDGED),
            ("ask", "Ask a question", ResponseKind.QUESTION),
            ("discussed", "We talked it through", ResponseKind.DISCUSSED),
        ):
            widget = button(label, primary=key == "acknowledge")
            widget.clicked.connect(lambda _=False, k=kind: self._respond(k))
            self.buttons[key] = widget
            row.addWidget(widget)
        row.addStretch(1)
        self.content.addLayout(row)

    def _author_actions(self, line: LedgerLine) -> None:
        if line.open_question is not None:
            self.question = QLineEdit()
            self.question.setPlaceholderText("Your answer")
            self.question.setAccessibleName("Your answer")
            self.content.addWidget(self.question)
            self._add_button("answer", "Answer", lambda: self._respond(ResponseKind.ANSWER))
        if line.superseded_by is None:
            self._add_button("correct", "Correct…", lambda: self.correct_requested.emit(line))

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
                    f"Earlier: {format_money(version.money)} at {version.payee or '—'}, "
                    f"{version.occurred_on:%d %b %Y}, disclosed "
                    f"{version.disclosed_at.astimezone():%d %b %Y}"
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
