"""Standing agreements: write one, log a moment it was honoured or broken, set it aside."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QVBoxLayout

from toward.core.formatting import format_date
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.promises import Agreement, MomentKind
from toward.core.promises.model import AGREEMENTS
from toward.session import Session
from toward.ui.kit import dialogs
from toward.ui.kit.errors import describe
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.paged_rows import PagedRows
from toward.ui.kit.widgets import Card, button, text_label
from toward.ui.sync.earlier import add_earlier_version_links

RECENT_MOMENTS = 3
AGREEMENTS_PAGE = 5
# A moment as a line: by its kind, whether the reader noted it, and whether it has a note.
_MOMENT_WORDS = {
    (MomentKind.HONOURED, True, False): QT_TRANSLATE_NOOP(
        "ui.promises.agreements", "{date} · honoured, noted by you"
    ),
    (MomentKind.HONOURED, True, True): QT_TRANSLATE_NOOP(
        "ui.promises.agreements", "{date} · honoured, noted by you: {note}"
    ),
    (MomentKind.HONOURED, False, False): QT_TRANSLATE_NOOP(
        "ui.promises.agreements", "{date} · honoured, noted by {name}"
    ),
    (MomentKind.HONOURED, False, True): QT_TRANSLATE_NOOP(
        "ui.promises.agreements", "{date} · honoured, noted by {name}: {note}"
    ),
    (MomentKind.BROKEN, True, False): QT_TRANSLATE_NOOP(
        "ui.promises.agreements", "{date} · broken, noted by you"
    ),
    (MomentKind.BROKEN, True, True): QT_TRANSLATE_NOOP(
        "ui.promises.agreements", "{date} · broken, noted by you: {note}"
    ),
    (MomentKind.BROKEN, False, False): QT_TRANSLATE_NOOP(
        "ui.promises.agreements", "{date} · broken, noted by {name}"
    ),
    (MomentKind.BROKEN, False, True): QT_TRANSLATE_NOOP(
        "ui.promises.agreements", "{date} · broken, noted by {name}: {note}"
    ),
}


class AgreementsCard(Card):
    """The couple's standing agreements, each with its log of moments."""

    def __init__(self, session: Session, name: Callable[[str], str], *, shown: int = 0) -> None:
        super().__init__()
        self.session = session
        self.body.addWidget(
            text_label(translate("ui.promises.agreements", "Standing agreements"), "Heading")
        )
        self.body.addWidget(
            text_label(
                translate(
                    "ui.promises.agreements",
                    "Ongoing commitments you both hold. Either of you can note a moment one "
                    "was honoured, or broken — a broken one is something to talk about, "
                    "not a mark against anyone.",
                ),
                "Muted",
            )
        )
        add_row = FlowLayout()  # the button goes under the field when the window is narrow
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            translate("ui.promises.agreements", "e.g. I call if I'll be more than 30 minutes late")
        )
        self.text.setAccessibleName(translate("ui.promises.agreements", "New agreement"))
        self.text.returnPressed.connect(self._add)
        self.add = button(translate("ui.promises.agreements", "Add agreement"), icon="plus")
        self.add.clicked.connect(self._add)
        hint = self.text.placeholderText()
        self.text.ensurePolished()  # measured in the style sheet's type size
        self.text.setMinimumWidth(self.text.fontMetrics().horizontalAdvance(hint) + 40)
        add_row.add_stretching(self.text)
        add_row.add_right(self.add)
        self.body.addLayout(add_row)
        agreements = session.promises.agreements()
        self.paged = PagedRows(
            (
                translate("ui.promises.agreements", "agreement"),
                translate("ui.promises.agreements", "agreements"),
            ),
            translate(
                "ui.promises.agreements",
                "No agreements yet. Start with one small thing you both want to count on.",
            ),
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
            dialogs.tell(self, translate("ui.promises.agreements", "Agreements"), describe(exc))


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
        self.earlier = add_earlier_version_links(  # changed on two computers while apart
            body, session, AGREEMENTS, agreement.id, author_id=agreement.info.author_id
        )
        promises = session.promises
        tally = promises.moment_tally(agreement)
        noted = translate(
            "ui.promises.agreements", "Noted so far: honoured {kept} · broken {broken}"
        )
        self.tally = text_label(
            noted.format(kept=tally[MomentKind.HONOURED], broken=tally[MomentKind.BROKEN]),
            "Muted",
        )
        body.addWidget(self.tally)
        lines = []
        me = session.partner.id
        for moment in promises.moments(agreement, limit=RECENT_MOMENTS):
            line = _MOMENT_WORDS[moment.kind, moment.logged_by == me, bool(moment.note)]
            lines.append(
                translate("ui.promises.agreements", line).format(
                    date=format_date(moment.happened_at, "short_weekday"),
                    name=name(moment.logged_by),
                    note=moment.note,
                )
            )
        if lines:  # one label for the few latest: a label each doubled what a row cost
            self.moments = text_label("\n".join(lines), "Muted")
            body.addWidget(self.moments)
        row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            translate("ui.promises.agreements", "What happened (optional)")
        )
        self.note.setAccessibleName(translate("ui.promises.agreements", "What happened"))
        self.honoured = button(translate("ui.promises.agreements", "Honoured"))
        self.honoured.clicked.connect(lambda: self._log(MomentKind.HONOURED))
        self.broken = button(translate("ui.promises.agreements", "Broken"))
        self.broken.clicked.connect(lambda: self._log(MomentKind.BROKEN))
        self.set_aside = button(translate("ui.promises.agreements", "Set aside"), flat=True)
        self.set_aside.setToolTip(
            translate(
                "ui.promises.agreements", "For an agreement that no longer fits; its history stays"
            )
        )
        self.set_aside.clicked.connect(self._set_aside)
        # Every agreement has these three: heard one after another, each says whose it is
        for widget, named in (
            (self.honoured, translate("ui.promises.agreements", "Honoured: {agreement}")),
            (self.broken, translate("ui.promises.agreements", "Broken: {agreement}")),
            (self.set_aside, translate("ui.promises.agreements", "Set aside: {agreement}")),
        ):
            widget.setAccessibleName(named.format(agreement=self.agreement.text))
        body.addWidget(self.note)  # a line of its own: beside the buttons it had no room
        for widget in (self.honoured, self.broken, self.set_aside):
            row.addWidget(widget)
        row.addStretch(1)
        body.addLayout(row)

    def _log(self, kind: MomentKind) -> None:
        try:
            self.session.promises.log_moment(self.agreement, kind, note=self.note.text())
        except Exception as exc:  # a known error is a sentence; anything else a bug
            dialogs.tell(self, translate("ui.promises.agreements", "Agreements"), describe(exc))

    def _set_aside(self) -> None:
        if dialogs.ask(
            self,
            translate("ui.promises.agreements", "Set aside"),
            translate(
                "ui.promises.agreements",
                "Set aside “{agreement}”? It and its moments stay in your history.",
            ).format(agreement=self.agreement.text),
            translate("ui.promises.agreements", "Set aside"),
        ):
            self.session.promises.set_agreement_aside(self.agreement)
