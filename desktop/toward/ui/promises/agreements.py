"""Standing agreements: write one, log a moment it was honoured or broken, set it aside."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QVBoxLayout

from toward.core.promises import Agreement, MomentKind
from toward.session import Session
from toward.ui.kit import dialogs
from toward.ui.kit.errors import describe
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.paged_rows import PagedRows
from toward.ui.kit.widgets import Card, button, text_label

RECENT_MOMENTS = 3
AGREEMENTS_PAGE = 5


class AgreementsCard(Card):
    """The couple's standing agreements, each with its log of moments."""

    def __init__(self, session: Session, name: Callable[[str], str], *, shown: int = 0) -> None:
        super().__init__()
        self.session = session
        self.body.addWidget(text_label("Standing agreements", "Heading"))
        self.body.addWidget(
            text_label(
                "Ongoing commitments you both hold. Either of you can note a moment one "
                "was honoured, or broken — a broken one is something to talk about, "
                "not a mark against anyone.",
                "Muted",
            )
        )
        add_row = FlowLayout()  # the button goes under the field when the window is narrow
        self.text = QLineEdit()
        self.text.setPlaceholderText("e.g. I call if I'll be more than 30 minutes late")
        self.text.setAccessibleName("New agreement")
        self.text.returnPressed.connect(self._add)
        self.add = button("Add agreement", icon="plus")
        self.add.clicked.connect(self._add)
        hint = self.text.placeholderText()
        self.text.ensurePolished()  # measured in the style sheet's type size
        self.text.setMinimumWidth(self.text.fontMetrics().horizontalAdvance(hint) + 40)
        add_row.add_stretching(self.text)
        add_row.add_right(self.add)
        self.body.addLayout(add_row)
        agreements = session.promises.agreements()
        self.paged = PagedRows(
            ("agreement", "agreements"),
            "No agreements yet. Start with one small thing you both want to count on.",
            lambda limit, offset: agreements[offset : offset + limit],
            len(agreements),
            lambda agreement: AgreementRow(session, agreement, name),
            first=max(shown, AGREEMENTS_PAGE),
            page=AGREEMENTS_PAGE,
            spacing=12,
        )
        self.body.addWidget(self.paged)

    @property
    def rows(self) -> list[AgreementRow]:
        return self.paged.rows

    def _add(self) -> None:
        try:
            self.session.promises.add_agreement(self.text.text())
        except Exception as exc:  # a known error is a sentence; anything else a bug
            dialogs.tell(self, "Agreements", describe(exc))


class AgreementRow(QFrame):
    def __init__(self, session: Session, agreement: Agreement, name: Callable[[str], str]) -> None:
        super().__init__()
        self.setObjectName("AgreementRow")
        self.session = session
        self.agreement = agreement
        body = QVBoxLayout(self)
        body.setContentsMargins(0, 8, 0, 8)
        body.setSpacing(6)
        body.addWidget(text_label(agreement.text))
        promises = session.promises
        tally = promises.moment_tally(agreement)
        self.tally = text_label(
            f"Noted so far: honoured {tally[MomentKind.HONOURED]} · "
            f"broken {tally[MomentKind.BROKEN]}",
            "Muted",
        )
        body.addWidget(self.tally)
        lines = []
        for moment in promises.moments(agreement, limit=RECENT_MOMENTS):
            line = (
                f"{moment.happened_at.astimezone():%a %d %b} · {moment.kind.value}, "
                f"noted by {name(moment.logged_by)}"
            )
            if moment.note:
                line += f": {moment.note}"
            lines.append(line)
        if lines:  # one label for the few latest: a label each doubled what a row cost
            self.moments = text_label("\n".join(lines), "Muted")
            body.addWidget(self.moments)
        row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setPlaceholderText("What happened (optional)")
        self.note.setAccessibleName("What happened")
        self.honoured = button("Honoured")
        self.honoured.clicked.connect(lambda: self._log(MomentKind.HONOURED))
        self.broken = button("Broken")
        self.broken.clicked.connect(lambda: self._log(MomentKind.BROKEN))
        self.set_aside = button("Set aside", flat=True)
        self.set_aside.setToolTip("For an agreement that no longer fits; its history stays")
        self.set_aside.clicked.connect(self._set_aside)
        row.addWidget(self.note, 1)
        for widget in (self.honoured, self.broken, self.set_aside):
            row.addWidget(widget)
        body.addLayout(row)

    def _log(self, kind: MomentKind) -> None:
        try:
            self.session.promises.log_moment(self.agreement, kind, note=self.note.text())
        except Exception as exc:  # a known error is a sentence; anything else a bug
            dialogs.tell(self, "Agreements", describe(exc))

    def _set_aside(self) -> None:
        if dialogs.ask(
            self,
            "Set aside",
            f"Set aside “{self.agreement.text}”? It and its moments stay in your history.",
            "Set aside",
        ):
            self.session.promises.set_agreement_aside(self.agreement)
