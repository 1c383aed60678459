"""Making a summary for therapy: choose, preview inside the app, then save or print.

The summary is built and rendered off the UI thread. The PDF lives in memory for the
preview; it reaches disk only when the partner saves it (atomically, optionally protected).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QSize, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toward.core import clock
from toward.core.formatting import format_date
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.journal import JournalEntry, JournalFilter
from toward.core.period import Period
from toward.core.spaces import Space
from toward.export.history import note_summary_export
from toward.export.save import SavedSummary, save_summary
from toward.export.summary import (
    SECTION_ORDER,
    Contribution,
    Section,
    Summary,
    SummaryRequest,
    build_summary,
    since_last_summary,
)
from toward.session import Session
from toward.ui.kit import dialogs, theme
from toward.ui.kit.check_box import WrappingCheckBox
from toward.ui.kit.errors import describe
from toward.ui.kit.fitting import fit_to_screen, let_tab_through
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.picker_formats import date_format
from toward.ui.kit.widgets import PasswordField, Segmented, button, fit_date_field, text_label
from toward.ui.platform.background import run_in_background
from toward.ui.therapy.entry_checklist import EntryChecklist
from toward.ui.therapy.printing import choose_printer, print_document

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


class SummaryDialog(QDialog):
    """Choices on the left, the live preview on the right.

    `sessions[0]` is the partner who exports; in together mode the second partner present
    ticks their own private entries and writes their own note.
    """

    def __init__(self, sessions: Sequence[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = list(sessions)
        self.session = self.sessions[0]
        self.setWindowTitle(dialogs.TITLE)
        self._pdf: bytes | None = None
        self._previewed: Summary | None = None  # what the shown preview was built from
        self._buffer: QBuffer | None = None
        self._generation = 0
        self.document = QPdfDocument(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.refresh_preview)

        row = QHBoxLayout(self)
        row.setContentsMargins(20, 20, 20, 20)
        row.setSpacing(20)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        let_tab_through(scroll)
        form = QWidget()
        self.form = QVBoxLayout(form)
        self.form.setSpacing(10)
        scroll.setWidget(form)
        # The choices scroll; the buttons under them stay in view on a laptop's screen.
        left = QWidget()
        left.setMinimumWidth(theme.scaled(400))
        left.setMaximumWidth(theme.scaled(500))
        self.left = QVBoxLayout(left)
        self.left.setContentsMargins(0, 0, 0, 0)
        self.left.addWidget(scroll, 1)
        row.addWidget(left)
        right = QVBoxLayout()
        self.preview = QPdfView()
        self.preview.setAccessibleName(
            translate("ui.therapy.summary_dialog", "Preview of the summary")
        )
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        right.addWidget(self.preview, 1)
        self.status = text_label("", "Muted")
        self.status.setAccessibleName(translate("ui.therapy.summary_dialog", "Status"))
        right.addWidget(self.status)
        row.addLayout(right, 1)

        self._build_form()
        self._period_changed()
        fit_to_screen(self, QSize(1180, 780))

    # -- the choices -------------------------------------------------------------------

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

        actions = FlowLayout()
        self.save_pdf_button = button(
            translate("ui.therapy.summary_dialog", "Save PDF…"), primary=True
        )
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.save_md_button = button(translate("ui.therapy.summary_dialog", "Save Markdown…"))
        self.save_md_button.clicked.connect(self.save_markdown)
        self.print_button = button(translate("ui.therapy.summary_dialog", "Print…"))
        self.print_button.setToolTip(
            translate(
                "ui.therapy.summary_dialog", "Prints the preview, once it shows your latest choices"
            )
        )
        self.print_button.clicked.connect(self.print_summary)
        close = button(translate("ui.therapy.summary_dialog", "Close"), flat=True)
        close.clicked.connect(self.reject)
        for widget in (self.save_pdf_button, self.save_md_button, self.print_button):
            actions.addWidget(widget)
        actions.add_right(close)
        self.form.addStretch(1)
        self.left.addLayout(actions)

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
        # The shown preview no longer matches the choices: Print waits for the next one,
        # so it never prints an entry that was just un-ticked.
        self._pdf = None
        self._previewed = None
        self.print_button.setEnabled(False)
        self._timer.start()

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

    # -- preview -----------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Build and render the summary in the background; show it when it arrives."""
        request = self.request()
        if request is None:
            self.status.setText(
                translate("ui.therapy.summary_dialog", "Choose a period and at least one section.")
            )
            return
        contributions, size = self.contributions(), self.page_size
        self._generation += 1
        generation = self._generation
        self.status.setText(translate("ui.therapy.summary_dialog", "Preparing the preview…"))

        def work() -> tuple[Summary, bytes]:
            from toward.export.pdf import render_pdf  # reportlab: loaded when first needed

            summary = build_summary(request, contributions)
            return summary, render_pdf(summary, page_size=size)

        def done(result: tuple[Summary, bytes]) -> None:
            if generation != self._generation or self._timer.isActive():
                return  # the choices changed meanwhile; a newer preview is on its way
            self._previewed = result[0]
            self._show(result[1])
            self.print_button.setEnabled(True)
            count = self.document.pageCount()
            pages = translate("ui.therapy.summary_dialog", "%n pages · {period}", None, count)
            self.status.setText(pages.format(period=request.period.label))

        run_in_background(work, done, self._failed, owner=self)

    def _show(self, pdf: bytes) -> None:
        self._pdf = pdf
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def _failed(self, exc: Exception) -> None:
        self.status.setText(describe(exc))

    # -- saving and printing -----------------------------------------------------------

    def _pdf_password(self) -> str | Literal[False] | None:
        """The PDF password, None when not protecting, False when the two differ."""
        if not self.protect_box.isChecked():
            return None
        first, again = self.password.text(), self.password_again.text()
        if not first or first != again:
            return False
        return first

    def save_pdf(self) -> None:
        password = self._pdf_password()
        if password is False:
            self.status.setText(
                translate(
                    "ui.therapy.summary_dialog", "Type the same password twice to protect the PDF."
                )
            )
            return
        self._save("pdf", "PDF (*.pdf)", password or None)

    def save_markdown(self) -> None:
        self._save("md", "Markdown (*.md)", None)

    def _save(self, file_format: str, pattern: str, password: str | None) -> None:
        request = self.request()
        if request is None:
            self.status.setText(
                translate("ui.therapy.summary_dialog", "Choose a period and at least one section.")
            )
            return
        suggested = Path.home() / f"Toward summary {clock.now().astimezone():%Y-%m-%d}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, dialogs.TITLE, f"{suggested}.{file_format}", pattern
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{file_format}":
            path = path.with_name(path.name + f".{file_format}")
        contributions, size = self.contributions(), self.page_size
        self.status.setText(translate("ui.therapy.summary_dialog", "Saving…"))

        def work() -> SavedSummary:
            summary = build_summary(request, contributions)
            return save_summary(
                summary, path, file_format=file_format, page_size=size, password=password
            )

        def done(saved: SavedSummary) -> None:
            noted = saved.record(self.session.exports)  # here, on the thread that holds the session
            said = [
                translate("ui.therapy.summary_dialog", "Saved to {path}.").format(path=saved.path)
            ]
            if password:
                said.append(
                    translate("ui.therapy.summary_dialog", "It is protected with your password.")
                )
            if noted is None:
                said.append(
                    translate(
                        "ui.therapy.summary_dialog", "It is not noted in the shared export history."
                    )
                )
            self.status.setText(" ".join(said))

        run_in_background(work, done, self._failed, owner=self)

    def print_summary(self) -> None:
        """Print the previewed pages (rendered at the printer's resolution).

        Only a preview of the current choices is printed; `_changed` drops an older one.
        """
        if self._pdf is None or self.document.pageCount() == 0:
            self.status.setText(
                translate("ui.therapy.summary_dialog", "The preview is not ready yet.")
            )
            return
        printer = choose_printer(self)
        if printer is None:
            return
        if not print_document(self.document, printer):
            self.status.setText(
                translate("ui.therapy.summary_dialog", "The printer could not be started.")
            )
            return
        if self._previewed is not None:
            note_summary_export(self.session.exports, self._previewed, file_format="print")
        self.status.setText(translate("ui.therapy.summary_dialog", "Sent to the printer."))
