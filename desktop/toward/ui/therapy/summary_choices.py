"""The choices of a summary for therapy: the session, the period, what goes in, the file.

`SummaryDialog` shows them beside the live preview and rebuilds it when they change.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from toward.core import clock
from toward.core.formatting import format_date
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.journal import JournalEntry, JournalFilter
from toward.core.period import Period
from toward.core.spaces import Space
from toward.export.summary import (
    SECTION_ORDER,
    Contribution,
    Section,
    SummaryRequest,
    since_last_summary,
)
from toward.session import Session
from toward.ui.kit.check_box import WrappingCheckBox
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.picker_formats import date_format
from toward.ui.kit.widgets import PasswordField, Segmented, fit_date_field, text_label
from toward.ui.therapy.entry_checklist import EntryChecklist

PERIODS = {
    "week": QT_TRANSLATE_NOOP("ui.therapy.summary_dialog", "The last 7 days"),
    "month": QT_TRANSLATE_NOOP("ui.therapy.summary_dialog", "The last 30 days"),
    "since": QT_TRANSLATE_NOOP("ui.therapy.summary_dialog", "Since the last summary"),
    "custom": QT_TRANSLATE_NOOP("ui.therapy.summary_dialog", "Dates of my choosing"),
}
LIST_LIMIT = 200  # entries offered for ticking; older ones are reached by a shorter period
INDIVIDUAL_RULE = QT_TRANSLATE_NOOP(
    "ui.therapy.summary_dialog",
    "For an individual session, only your own words go in: your notes, your private entries "
    "you tick, your own shared entries and answers, and counts and dates. Nothing your "
    "partner wrote leaves, so this summary is not noted in the export history your partner "
    "sees.",
)
COUPLE_RULE = QT_TRANSLATE_NOOP(
    "ui.therapy.summary_dialog",
    "A summary for a couples session is noted in the export history you both see: who made "
    "it, when, and whether your partner's words are in it. Never what it covers.",
)
WARNING = QT_TRANSLATE_NOOP(
    "ui.therapy.summary_dialog",
    "An exported file can be read by anyone who gets it, unless you protect it with a "
    "password. Keep it somewhere only you can reach, and delete it when you no longer need it.",
)


class SummaryChoices(QWidget):
    """What the summary covers and how its file is made, as one scrolling column.

    `sessions[0]` is the partner who exports; in together mode the second partner present
    ticks their own private entries and writes their own note.
    """

    changed = Signal()  # any choice changed: a preview of the earlier ones is out of date

    def __init__(self, sessions: Sequence[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = list(sessions)
        self.session = self.sessions[0]
        self.form = QVBoxLayout(self)
        self.form.setSpacing(10)
        self._build_form()
        self.form.addStretch(1)
        self._period_changed()

    def _build_form(self) -> None:
        add = self.form.addWidget
        add(
            text_label(
                translate("ui.therapy.summary_dialog", "Make a summary for therapy"), "Title"
            )
        )
        add(
            text_label(
                translate(
                    "ui.therapy.summary_dialog",
                    "Only what you can read in Toward goes in. Your partner's shared writing is "
                    "quoted only where they allowed it; otherwise it is counted.",
                ),
                "Muted",
            )
        )
        add(text_label(translate("ui.therapy.summary_dialog", "For which session"), "Heading"))
        self.session_kind = Segmented(
            [
                translate("ui.therapy.summary_dialog", "With my partner"),
                translate("ui.therapy.summary_dialog", "Just me"),
            ]
        )
        self.session_kind.setAccessibleName(
            translate("ui.therapy.summary_dialog", "For which session")
        )
        self.session_kind.changed.connect(self._session_kind_changed)
        add(self.session_kind)
        self.rule = text_label(translate("ui.therapy.summary_dialog", COUPLE_RULE), "Muted")
        self.rule.setAccessibleName(
            translate("ui.therapy.summary_dialog", "Who sees that this summary was made")
        )
        add(self.rule)
        if len(self.sessions) > 1:
            self.session_kind.setEnabled(False)  # together, both partners' words go in

        period = text_label(translate("ui.therapy.summary_dialog", "Period"), "Heading")
        add(period)
        self.since_last = since_last_summary(self.session)
        self.period_choice = QComboBox()
        period.setBuddy(self.period_choice)  # the heading is the choice's label
        self.period_choice.setAccessibleName(translate("ui.therapy.summary_dialog", "Period"))
        for key, source in PERIODS.items():
            words = translate("ui.therapy.summary_dialog", source)
            if key == "since" and self.since_last is not None:
                words = translate(
                    "ui.therapy.summary_dialog", "Since the last summary ({day})"
                ).format(day=format_date(self.since_last.start))
            if key != "since" or self.since_last is not None:
                self.period_choice.addItem(words, key)
        if self.since_last is not None:  # a session picks up where the last one left off
            self.period_choice.setCurrentIndex(self.period_choice.findData("since"))
        self.period_choice.currentIndexChanged.connect(self._period_changed)
        add(self.period_choice)
        dates = FlowLayout()
        today = QDate.currentDate()
        self.start_edit = QDateEdit(today.addDays(-6))
        self.end_edit = QDateEdit(today)
        # "From 1 Mar 2026 to 7 Mar 2026": the words before each field, in one reading
        for edit, name, before in (
            (
                self.start_edit,
                translate("ui.therapy.summary_dialog", "From"),
                translate("ui.therapy.summary_dialog", "From", "before the first day of a period"),
            ),
            (
                self.end_edit,
                translate("ui.therapy.summary_dialog", "To"),
                translate("ui.therapy.summary_dialog", "to", "before the last day of a period"),
            ),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setMinimumDate(QDate(clock.FIRST_DAY))  # type: ignore[call-overload]  # see below
            edit.setMaximumDate(today)
            edit.setAccessibleName(name)
            fit_date_field(edit)
            edit.dateChanged.connect(self._custom_dates_changed)
            dates.addWidget(text_label(before, wrap=False))
            dates.addWidget(edit)
        self.form.addLayout(dates)
        self.period_error = text_label("", "Error")
        self.period_error.hide()
        add(self.period_error)

        add(text_label(translate("ui.therapy.summary_dialog", "Sections"), "Heading"))
        self.section_boxes: dict[Section, QCheckBox] = {}
        for section in SECTION_ORDER:
            box = QCheckBox(section.label)
            box.setChecked(True)
            box.toggled.connect(self._changed)
            self.section_boxes[section] = box
            add(box)

        self.notes: dict[str, QPlainTextEdit] = {}
        for session in self.sessions:
            name = session.partner.name
            if len(self.sessions) == 1:
                heading, note_name = (
                    translate("ui.therapy.summary_dialog", "What I want to talk about"),
                    translate("ui.therapy.summary_dialog", "Note"),
                )
            else:
                heading = translate(
                    "ui.therapy.summary_dialog", "What I want to talk about ({partner})"
                ).format(partner=name)
                note_name = translate("ui.therapy.summary_dialog", "Note ({partner})").format(
                    partner=name
                )
            add(text_label(heading, "Heading"))
            note = QPlainTextEdit()
            note.setTabChangesFocus(True)  # Tab moves on: never a keyboard trap
            note.setPlaceholderText(
                translate(
                    "ui.therapy.summary_dialog",
                    "A few lines for the therapist to read first. Optional.",
                )
            )
            note.setAccessibleName(note_name)
            note.setFixedHeight(90)
            note.textChanged.connect(self._changed)
            self.notes[session.partner.id] = note
            add(note)

        add(text_label(translate("ui.therapy.summary_dialog", "Shared journal entries"), "Heading"))
        self.shared_list = self._checklist(
            translate("ui.therapy.summary_dialog", "Shared entries to include")
        )
        add(self.shared_list)
        self.not_quoted = text_label("", "Muted")
        add(self.not_quoted)
        self.private_lists: dict[str, EntryChecklist] = {}
        for session in self.sessions:
            name = session.partner.name
            title = (
                translate("ui.therapy.summary_dialog", "Your private entries")
                if len(self.sessions) == 1
                else translate(
                    "ui.therapy.summary_dialog",
                    "{partner}'s private entries ({partner} ticks their own)",
                )
            ).format(partner=name)
            add(text_label(title, "Heading"))
            add(
                text_label(
                    translate(
                        "ui.therapy.summary_dialog", "None go in unless ticked here, one by one."
                    ),
                    "Muted",
                )
            )
            checklist = self._checklist(
                translate(
                    "ui.therapy.summary_dialog", "{partner}'s private entries to include"
                ).format(partner=name)
            )
            self.private_lists[session.partner.id] = checklist
            add(checklist)

        self.question_lists: dict[str, EntryChecklist] = {}
        for session in self.sessions:
            name = session.partner.name
            title = (
                translate("ui.therapy.summary_dialog", "Your questions for the therapist")
                if len(self.sessions) == 1
                else translate(
                    "ui.therapy.summary_dialog",
                    "{partner}'s questions for the therapist ({partner} ticks their own)",
                )
            ).format(partner=name)
            add(text_label(title, "Heading"))
            checklist = self._checklist(
                translate("ui.therapy.summary_dialog", "{partner}'s questions to include").format(
                    partner=name
                )
            )
            for question in session.therapist_questions.mine():
                item = QListWidgetItem(question.text)
                item.setData(Qt.ItemDataRole.UserRole, question.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                checklist.addItem(item)
            if checklist.count() == 0:
                empty = QListWidgetItem(
                    translate(
                        "ui.therapy.summary_dialog",
                        "None on your list. Add them on the For therapy page.",
                    )
                )
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                checklist.addItem(empty)
            self.question_lists[session.partner.id] = checklist
            add(checklist)

        self.checkin_boxes: dict[str, QCheckBox] = {}
        for session in self.sessions:
            if len(self.sessions) == 1:
                words = translate(
                    "ui.therapy.summary_dialog",
                    "Include my weekly check-ins (private until ticked)",
                )
            else:
                words = translate(
                    "ui.therapy.summary_dialog",
                    "Include {partner}'s weekly check-ins (private until ticked)",
                ).format(partner=session.partner.name)
            box = WrappingCheckBox(words)  # a longer language wraps
            box.toggled.connect(self._changed)
            self.checkin_boxes[session.partner.id] = box
            add(box)

        add(text_label(translate("ui.therapy.summary_dialog", "The file"), "Heading"))
        self.paper = Segmented(
            [
                translate("ui.therapy.summary_dialog", "A4"),
                translate("ui.therapy.summary_dialog", "Letter"),
            ]
        )
        self.paper.setAccessibleName(translate("ui.therapy.summary_dialog", "Paper size"))
        self.paper.changed.connect(self._changed)
        add(self.paper)
        self.protect_box = WrappingCheckBox(
            translate("ui.therapy.summary_dialog", "Protect the PDF with a password")
        )
        add(self.protect_box)
        self.password = PasswordField(
            translate("ui.therapy.summary_dialog", "Password for the PDF")
        )
        self.password_again = PasswordField(
            translate("ui.therapy.summary_dialog", "The same password again")
        )
        for field in (self.password, self.password_again):
            field.hide()
            add(field)
        self.protect_box.toggled.connect(self.password.setVisible)
        self.protect_box.toggled.connect(self.password_again.setVisible)
        self.warning = text_label(translate("ui.therapy.summary_dialog", WARNING), "Notice")
        self.warning.setAccessibleName(
            translate("ui.therapy.summary_dialog", "Warning about exported files")
        )
        add(self.warning)

    def _checklist(self, name: str) -> EntryChecklist:
        checklist = EntryChecklist(name)
        checklist.itemChanged.connect(self._changed)
        return checklist

    # -- reacting ----------------------------------------------------------------------

    def period(self) -> Period | None:
        """The chosen period, or None while the custom dates are backwards or out of range."""
        choice = self.period_choice.currentData()
        if choice == "week":
            return Period.last_days(7)
        if choice == "month":
            return Period.last_days(30)
        if choice == "since" and self.since_last is not None:
            return self.since_last
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        if start > end or not (clock.in_calendar(start) and clock.in_calendar(end)):
            return None
        return Period(start, end)

    def _period_problem(self) -> str:
        if self.start_edit.date() > self.end_edit.date():
            return translate("ui.therapy.summary_dialog", "The period ends before it starts.")
        return translate("ui.therapy.summary_dialog", "A summary covers days {range}.").format(
            range=clock.calendar_words()
        )

    def _period_changed(self, *_args: object) -> None:
        custom = self.period_choice.currentData() == "custom"
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        period = self.period()
        if period is not None and not custom:
            self.start_edit.blockSignals(True)
            self.end_edit.blockSignals(True)
            # PySide6 converts a Python date; its stubs only list QDate's own overloads.
            self.start_edit.setDate(QDate(period.start))  # type: ignore[call-overload]
            self.end_edit.setDate(QDate(period.end))  # type: ignore[call-overload]
            self.start_edit.blockSignals(False)
            self.end_edit.blockSignals(False)
        self._fill_entries()
        self._changed()

    @property
    def individual(self) -> bool:
        """Whether the summary is for an individual session (only the exporter's words)."""
        return self.session_kind.current() == 1

    def _session_kind_changed(self, *_args: object) -> None:
        self.rule.setText(
            translate(
                "ui.therapy.summary_dialog", INDIVIDUAL_RULE if self.individual else COUPLE_RULE
            )
        )
        self._fill_entries()
        self._changed()

    def _custom_dates_changed(self) -> None:
        if self.period_choice.currentData() == "custom":
            self._period_changed()

    def _fill_entries(self) -> None:
        period = self.period()
        self.period_error.setVisible(period is None)
        self.period_error.setText(self._period_problem() if period is None else "")
        shared_entries: list[tuple[JournalEntry, str | None]] = []
        private_entries: dict[str, list[tuple[JournalEntry, str | None]]] = {}
        if period is not None:
            since, until = period.bounds()
            window = JournalFilter(since=since, until=until)
            shared = self.session.journal.entries(Space.SHARED, filter=window, limit=LIST_LIMIT)
            quotable = self.session.therapy_consent.allowed_ids(
                (e.id, e.info.author_id) for e in shared
            )
            names = {p.id: p.name for p in self.session.household.partners}
            hidden = 0
            for entry in shared:
                if self.individual and entry.info.author_id != self.session.partner.id:
                    continue  # only the exporter's own words go in
                if entry.id not in quotable:
                    hidden += 1
                    continue
                author = names.get(
                    entry.info.author_id, translate("ui.therapy.summary_dialog", "Partner")
                )
                shared_entries.append((entry, author))
            counted = translate(
                "ui.therapy.summary_dialog",
                "%n more shared entries are counted, not quoted: their author has not "
                "chosen to bring them to therapy.",
                None,
                hidden,
            )
            self.not_quoted.setText(counted if hidden else "")
            self.not_quoted.setVisible(bool(hidden))
            for session in self.sessions:
                own = session.journal.entries(Space.PRIVATE, filter=window, limit=LIST_LIMIT)
                private_entries[session.partner.id] = [(entry, None) for entry in own]
        self.shared_list.show_entries(shared_entries, checked=True)
        for partner_id, checklist in self.private_lists.items():
            checklist.show_entries(private_entries.get(partner_id, []), checked=False)

    def _changed(self, *_args: object) -> None:
        self.changed.emit()

    def request(self) -> SummaryRequest | None:
        period = self.period()
        sections = tuple(s for s in SECTION_ORDER if self.section_boxes[s].isChecked())
        if period is None or not sections:
            return None
        return SummaryRequest(
            period, sections, self.shared_list.ticked(), individual=self.individual
        )

    def contributions(self) -> list[Contribution]:
        return [
            Contribution(
                session,
                self.private_lists[session.partner.id].ticked(),
                self.notes[session.partner.id].toPlainText(),
                self.question_lists[session.partner.id].ticked(),
                self.checkin_boxes[session.partner.id].isChecked(),
            )
            for session in self.sessions
        ]

    @property
    def page_size(self) -> str:
        return "letter" if self.paper.current() == 1 else "a4"

    def pdf_password(self) -> str | Literal[False] | None:
        """The PDF password, None when not protecting, False when the two differ."""
        if not self.protect_box.isChecked():
            return None
        first, again = self.password.text(), self.password_again.text()
        if not first or first != again:
            return False
        return first
