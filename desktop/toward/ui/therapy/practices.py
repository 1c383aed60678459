"""Practices from therapy: keep what the therapist suggested trying, and note each time."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from toward.core.formatting import format_date
from toward.core.i18n import translate
from toward.core.practices import MAX_NOTE, MAX_PER_WEEK, MAX_WHAT, Practice, WeekOfPractice
from toward.session import Session
from toward.ui.kit.errors import describe
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.widgets import Card, button, clear_layout, text_label

RECENT = 3  # latest times shown under a practice


def week_words(week: WeekOfPractice) -> str:
    """'Meant 3 times a week · practised 2 times so far this week' (counts, never a verdict)."""
    done = week.done
    if done == 0:
        words = translate(
            "ui.therapy.practices", "Meant {how_often} · not yet practised so far this week"
        )
    else:
        words = translate(
            "ui.therapy.practices",
            "Meant {how_often} · practised %n times so far this week",
            None,
            done,
        )
    return words.format(how_often=week.practice.how_often)


class PracticesCard(Card):
    """The practices in use, a way to note a time practised, and a form to add one."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.names = {p.id: p.name for p in session.household.partners}
        self.body.addWidget(
            text_label(translate("ui.therapy.practices", "Practices from therapy"), "Heading")
        )
        self.body.addWidget(
            text_label(
                translate(
                    "ui.therapy.practices",
                    "What your therapist suggested trying between sessions. Either of you can "
                    "add one and note each time you practised it; the summary shows it as "
                    "\u201cwhat we practised\u201d.",
                ),
                "Muted",
            )
        )
        self.rows = QVBoxLayout()
        self.rows.setSpacing(8)
        self.body.addLayout(self.rows)

        add = QHBoxLayout()
        self.what = QLineEdit()
        self.what.setPlaceholderText(
            translate("ui.therapy.practices", "e.g. a 20-minute stress-reducing conversation")
        )
        self.what.setAccessibleName(translate("ui.therapy.practices", "A practice to add"))
        self.what.setMaxLength(MAX_WHAT)
        self.what.returnPressed.connect(self.add_practice)
        self.times = QSpinBox()
        self.times.setRange(1, MAX_PER_WEEK)
        self.times.setValue(3)
        self.times.setSuffix(translate("ui.therapy.practices", " a week"))
        self.times.setAccessibleName(translate("ui.therapy.practices", "Times a week"))
        self.add_button = button(translate("ui.therapy.practices", "Add practice"))
        self.add_button.clicked.connect(self.add_practice)
        # The words on a line of their own, so the example reads whole on a laptop too.
        self.body.addWidget(self.what)
        add.addWidget(self.times)
        add.addWidget(self.add_button)
        add.addStretch(1)
        self.body.addLayout(add)
        self.error = text_label("", "Error")
        self.error.hide()
        self.body.addWidget(self.error)
        self.notes: dict[str, QLineEdit] = {}
        self.refresh()

    def refresh(self) -> None:
        clear_layout(self.rows)
        self.notes = {}
        weeks = self.session.practices.this_week()
        if not weeks:
            self.rows.addWidget(
                text_label(
                    translate(
                        "ui.therapy.practices",
                        "No practices yet. When your therapist suggests something to try, "
                        "write it here so you both remember.",
                    ),
                    "Muted",
                )
            )
        for index, week in enumerate(weeks):
            if index:
                self.rows.addSpacing(8)
            self._row(week)

    def _row(self, week: WeekOfPractice) -> None:
        practice = week.practice
        self.rows.addWidget(text_label(practice.what))
        self.rows.addWidget(text_label(week_words(week), "Muted"))
        for time in self.session.practices.times(practice, limit=RECENT):
            who = self.names.get(
                time.info.author_id, translate("ui.therapy.practices", "A partner")
            )
            day = format_date(time.practised_on, "short_day_month")
            if time.note:
                said = translate("ui.therapy.practices", "{partner}, {day}: {note}").format(
                    partner=who, day=day, note=time.note
                )
            else:
                said = translate("ui.therapy.practices", "{partner}, {day}").format(
                    partner=who, day=day
                )
            self.rows.addWidget(text_label(said, "Muted"))
        holder = QWidget()  # a widget, so clearing the rows removes the whole line
        line = FlowLayout(holder)  # the buttons wrap under the note in a longer language
        note = QLineEdit()
        note.setPlaceholderText(translate("ui.therapy.practices", "How it went (optional)"))
        note.setAccessibleName(
            translate("ui.therapy.practices", "A note on {practice}").format(practice=practice.what)
        )
        note.setMaxLength(MAX_NOTE)
        self.notes[practice.id] = note
        done = button(translate("ui.therapy.practices", "We practised it today"))
        done.clicked.connect(lambda _=False, p=practice: self.log_today(p))
        aside = button(translate("ui.therapy.practices", "Set aside"), flat=True)
        aside.setToolTip(
            translate(
                "ui.therapy.practices",
                "Stop showing it; it stays in your history and past summaries",
            )
        )
        aside.clicked.connect(lambda _=False, p=practice: self.set_aside(p))
        # Every practice has both: heard one after another, each says which it is for
        done.setAccessibleName(
            translate("ui.therapy.practices", "We practised it today: {practice}").format(
                practice=practice.what
            )
        )
        aside.setAccessibleName(
            translate("ui.therapy.practices", "Set aside: {practice}").format(
                practice=practice.what
            )
        )
        line.add_stretching(note)
        line.addWidget(done)
        line.addWidget(aside)
        self.rows.addWidget(holder)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def add_practice(self) -> None:
        try:
            self.session.practices.add(self.what.text(), self.times.value())
        except Exception as exc:  # a known error is a sentence; anything else a bug
            self._show_error(describe(exc))
            return
        self._show_error("")
        self.what.clear()
        self.refresh()

    def log_today(self, practice: Practice) -> None:
        note = self.notes[practice.id].text()
        try:
            self.session.practices.log(practice, note=note)
        except Exception as exc:  # a known error is a sentence; the note stays in its field
            self._show_error(describe(exc))
            return
        self._show_error("")
        self.refresh()

    def set_aside(self, practice: Practice) -> None:
        self.session.practices.set_aside(practice)
        self.refresh()
