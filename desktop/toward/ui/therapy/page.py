"""For therapy: make a summary to bring to a couples therapist, and see every export made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from toward.core.changes import Change
from toward.core.export_log import ExportKind, ExportRecord
from toward.core.formatting import format_date, format_time
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.export.summary import Section
from toward.session import Session
from toward.ui.kit.widgets import Card, PageColumn, button, clear_layout, text_label
from toward.ui.main_view import MainView
from toward.ui.therapy.checkin import CheckinCard
from toward.ui.therapy.practices import PracticesCard
from toward.ui.therapy.questions import QuestionsCard
from toward.ui.therapy.summary_dialog import SummaryDialog

HISTORY = 30
FORMAT_WORDS = {
    "pdf": "PDF",
    "md": "Markdown",
    "print": QT_TRANSLATE_NOOP("ui.therapy.page", "printed"),
    "zip": "ZIP",
    "json": "JSON",
}
KIND_WORDS = {
    ExportKind.THERAPY_SUMMARY: QT_TRANSLATE_NOOP("ui.therapy.page", "Therapy summary"),
    ExportKind.DATA_EXPORT: QT_TRANSLATE_NOOP("ui.therapy.page", "Data export"),
}


def describe_export(record: ExportRecord, names: dict[str, str]) -> tuple[str, str]:
    """A history line and its details, in plain words (never content: the log holds none)."""
    who = names.get(record.partner_id, translate("ui.therapy.page", "A partner who has left"))
    when = record.exported_at
    head = translate("ui.therapy.page", "{partner} · {kind} · {day}, {time}").format(
        partner=who,
        kind=translate("ui.therapy.page", KIND_WORDS[record.kind]),
        day=format_date(when, "medium"),
        time=format_time(when),
    )
    details = []
    if record.period_start and record.period_end:
        start, end = record.period_start, record.period_end
        details.append(
            translate("ui.therapy.page", "{start} to {end}").format(
                start=format_date(start, "medium"), end=format_date(end, "medium")
            )
        )
    if record.sections:
        known = {s.value: s.label for s in Section}
        titles = [known.get(name, name) for name in record.sections]
        details.append(", ".join(titles))
    fmt = translate("ui.therapy.page", FORMAT_WORDS.get(record.file_format, record.file_format))
    protected = translate("ui.therapy.page", "{format}, protected with a password").format(
        format=fmt
    )
    details.append(protected if record.protected else fmt)
    words = _partner_words(record, names)
    if words:
        details.append(words)
    return head, " · ".join(details)


def _partner_words(record: ExportRecord, names: dict[str, str]) -> str:
    """Whether the other partner's words are in an export, as the history notes it."""
    if record.partner_words is None:
        return ""
    others = [name for partner_id, name in names.items() if partner_id != record.partner_id]
    if not others:
        return ""
    other = others[0]
    if record.partner_words:
        return translate("ui.therapy.page", "holds words {partner} wrote").format(partner=other)
    return translate("ui.therapy.page", "holds none of {partner}'s words").format(partner=other)


class SummaryPage(PageColumn):
    shows = frozenset({Change.EXPORTS, Change.PRACTICES, Change.QUESTIONS, Change.CHECKINS})

    def __init__(self, session: Session, view: MainView) -> None:
        super().__init__(
            translate("ui.therapy.page", "For therapy"),
            translate(
                "ui.therapy.page", "A calm summary of a period to bring to your couples therapist."
            ),
        )
        self.session = session
        self.view = view
        self.names = {p.id: p.name for p in session.household.partners}
        intro = Card()
        intro.body.addWidget(text_label(translate("ui.therapy.page", "Make a summary"), "Heading"))
        intro.body.addWidget(
            text_label(
                translate(
                    "ui.therapy.page",
                    "Choose a period and what to include: what you practised, bids, promises, "
                    "the ledger, repair conversations, journal entries and a note about what "
                    "you want to talk about. You see it before you save or print it.",
                ),
                "Muted",
            )
        )
        intro.body.addWidget(
            text_label(
                translate(
                    "ui.therapy.page",
                    "Your partner's shared writing is quoted only where they allowed it. You "
                    "decide the same for yours, in Settings and on each shared entry.",
                ),
                "Muted",
            )
        )
        self.make_button = button(
            translate("ui.therapy.page", "Make a summary…"), primary=True, icon="summary"
        )
        self.make_button.clicked.connect(self.make_summary)
        intro.body.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.addWidget(intro)
        self.checkin = CheckinCard(session)
        self.column.addWidget(self.checkin)
        self.questions = QuestionsCard(session)
        self.column.addWidget(self.questions)
        self.practices = PracticesCard(session)
        self.column.addWidget(self.practices)
        history = Card()
        history.body.addWidget(
            text_label(translate("ui.therapy.page", "Export history"), "Heading")
        )
        history.body.addWidget(
            text_label(
                translate(
                    "ui.therapy.page",
                    "Every summary for a couples session or data export either of you makes is "
                    "listed here, so nothing you wrote leaves Toward unseen: who made it, when, "
                    "and whether the other's words are in it, never the content. A summary for "
                    "an individual session holds only its maker's own words and is not listed.",
                ),
                "Muted",
            )
        )
        self.history = QVBoxLayout()
        self.history.setSpacing(10)
        history.body.addLayout(self.history)
        self.column.addWidget(history)
        self.finish()
        self.dialog: SummaryDialog | None = None
        self.follow(view, session)
        self.refresh()

    def on_change(self, changes: frozenset[Change]) -> None:
        # Each part reads again only what changed: the history, or one card.
        if Change.EXPORTS in changes:
            self.refresh()
        if Change.PRACTICES in changes:
            self.practices.refresh()
        if Change.QUESTIONS in changes:
            self.questions.refresh()
        if Change.CHECKINS in changes:
            self.checkin.refresh()

    def refresh(self) -> None:
        clear_layout(self.history)
        records = self.session.exports.history(limit=HISTORY)
        if not records:
            self.history.addWidget(
                text_label(
                    translate(
                        "ui.therapy.page",
                        "No exports yet. When one of you makes a summary, it appears here.",
                    )
                )
            )
            return
        for record in records:
            head, details = describe_export(record, self.names)
            self.history.addWidget(text_label(head))
            self.history.addWidget(text_label(details, "Muted"))
        total = self.session.exports.count()
        if total > HISTORY:
            earlier = total - HISTORY
            self.history.addWidget(
                text_label(translate("ui.therapy.page", "And %n earlier.", None, earlier), "Muted")
            )

    def make_summary(self) -> SummaryDialog:
        """Open the dialog as the partner whose view this is (with the other, if together)."""
        others = [s for s in self.view.sessions if s is not self.session]
        self.dialog = SummaryDialog([self.session, *others], self)
        self.dialog.open()
        return self.dialog
