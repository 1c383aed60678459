"""One promise as a row: its terms, who may do what with it, and asking for new terms."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from toward.core import clock
from toward.core.formatting import format_date
from toward.core.i18n import translate
from toward.core.promises import MISSED_REMINDER, Promise, PromiseStatus, due_words
from toward.core.promises.model import PROMISES
from toward.session import Session
from toward.ui.kit import dialogs
from toward.ui.kit.errors import describe
from toward.ui.kit.picker_formats import date_format
from toward.ui.kit.widgets import button, fit_date_field, text_label
from toward.ui.sync.earlier import add_earlier_version_links

Names = Callable[[str], str]  # partner id → how to name them to the reader ("you", "Sam")


class DueField(QWidget):
    """An optional day: a tick box, and a date picker that only counts when ticked."""

    def __init__(self, label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label or translate("ui.promises.rows", "By a day"))
        self.picker = QDateEdit()
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat(date_format())
        fit_date_field(self.picker)
        self.picker.setAccessibleName(translate("ui.promises.rows", "Due day"))
        today = clock.today()
        self.picker.setMinimumDate(QDate(today.year, today.month, today.day))
        self.set_day(None)
        self.enabled.toggled.connect(self.picker.setEnabled)
        row.addWidget(self.enabled)
        row.addWidget(self.picker)
        row.addStretch(1)

    def day(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        return self.picker.date().toPython()  # type: ignore[return-value]

    def set_day(self, day: date | None) -> None:
        shown = day or clock.today()
        self.picker.setDate(QDate(shown.year, shown.month, shown.day))
        self.enabled.setChecked(day is not None)
        self.picker.setEnabled(day is not None)


def terms(what: str, due: date | None, today: date) -> str:
    return translate("ui.promises.rows", "“{what}” · {due}").format(
        what=what, due=due_words(due, today)
    )


def _why(note: str) -> str:
    return translate("ui.promises.rows", "Why: {note}").format(note=note)


class PromiseRow(QFrame):
    """An open or settled promise, with the actions the reader may take on it."""

    def __init__(self, session: Session, promise: Promise, name: Names) -> None:
        super().__init__()
        self.setObjectName("PromiseRow")
        self.session = session
        self.promise = promise
        promises = session.promises
        today = clock.today()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 8, 0, 8)
        self.body.setSpacing(6)
        self.what = text_label(promise.what)
        self.body.addWidget(self.what)
        me = session.partner.id
        if promise.promiser_id == me:
            who = translate("ui.promises.rows", "You promised {name}").format(
                name=name(promise.to_id)
            )
        elif promise.to_id == me:
            who = translate("ui.promises.rows", "{name} promised you").format(
                name=name(promise.promiser_id)
            )
        else:  # between a former partner and the other: named both
            who = translate("ui.promises.rows", "{name} promised {other}").format(
                name=name(promise.promiser_id), other=name(promise.to_id)
            )
        detail = translate("ui.promises.rows", "{who} · made {date}").format(
            who=who, date=format_date(promise.made_at, "short_weekday")
        )
        if promise.is_open:
            detail += f" · {due_words(promise.due, today)}"
        else:
            detail += f" · {_settled_words(promise)}"
        self.detail = text_label(detail, "Muted")
        self.body.addWidget(self.detail)
        self.earlier = add_earlier_version_links(  # changed on two computers while apart
            self.body, session, PROMISES, promise.id, author_id=promise.info.author_id
        )
        if promise.renegotiated_from is not None:
            earlier = promises.earlier_terms(promise)
            if earlier is not None:
                self.body.addWidget(
                    text_label(
                        translate("ui.promises.rows", "Renegotiated from {terms}").format(
                            terms=terms(earlier.what, earlier.due, today)
                        ),
                        "Muted",
                    )
                )
        if promise.status is PromiseStatus.RENEGOTIATED and promise.asked is not None:
            new_terms = translate("ui.promises.rows", "New terms: {terms}").format(
                terms=terms(promise.asked.what, promise.asked.due, today)
            )
            if promise.asked.note:
                new_terms += " " + _why(promise.asked.note)
            self.body.addWidget(text_label(new_terms, "Muted"))
        if promise.status_note:
            wrote = (
                translate("ui.promises.rows", "You wrote: {note}")
                if promise.to_id == me
                else translate("ui.promises.rows", "{name} wrote: {note}")
            )
            self.body.addWidget(
                text_label(
                    wrote.format(name=name(promise.to_id), note=promise.status_note), "Muted"
                )
            )
        if promise.is_open:
            self._open_actions(name, today)

    # -- the actions of an open promise ------------------------------------------------

    def _open_actions(self, name: Names, today: date) -> None:
        promises = self.session.promises
        asked = self.promise.asked
        if asked is not None:
            mine = promises.made_by_me(self.promise)
            text = (
                translate("ui.promises.rows", "You asked to change it to {terms}.")
                if mine
                else translate("ui.promises.rows", "{name} asked to change it to {terms}.")
            ).format(name=name(self.promise.promiser_id), terms=terms(asked.what, asked.due, today))
            if asked.note:
                text += " " + _why(asked.note)
            if mine:
                waiting = translate("ui.promises.rows", "Waiting for {name}'s answer.")
                text += " " + waiting.format(name=name(self.promise.to_id))
            self.asked = text_label(text, "Notice")
            self.body.addWidget(self.asked)
        row = QHBoxLayout()
        row.setSpacing(8)
        if promises.made_to_me(self.promise):
            if asked is not None:
                self.accept = button(
                    translate("ui.promises.rows", "Accept the new terms"), primary=True
                )
                self.accept.clicked.connect(lambda: self._do(promises.accept_new_terms))
                self.decline = button(translate("ui.promises.rows", "Keep it as it was"))
                self.decline.clicked.connect(lambda: self._do(promises.decline_new_terms))
                row.addWidget(self.accept)
                row.addWidget(self.decline)
            else:
                self.note = QLineEdit()
                self.note.setPlaceholderText(
                    translate("ui.promises.rows", "A word about it (optional)")
                )
                self.note.setAccessibleName(translate("ui.promises.rows", "A word about it"))
                self.body.addWidget(self.note)
                self.kept = button(translate("ui.promises.rows", "Kept"))
                self.kept.clicked.connect(self._kept)
                self.missed = button(translate("ui.promises.rows", "Missed"))
                self.missed.clicked.connect(self._missed)
                self.release = button(translate("ui.promises.rows", "Release"), flat=True)
                self.release.setToolTip(
                    translate(
                        "ui.promises.rows", "Free them from this promise, with no hard feelings"
                    )
                )
                self.release.clicked.connect(self._release)
                for widget in (self.kept, self.missed, self.release):
                    widget.setAccessibleName(
                        translate("ui.promises.rows", "{action}: {promise}").format(
                            action=widget.text(), promise=self.promise.what
                        )
                    )
                    row.addWidget(widget)
        elif promises.made_by_me(self.promise):
            self.change = button(translate("ui.promises.rows", "Ask to change…"), flat=True)
            self.change.clicked.connect(self._show_change_form)
            self.change.setAccessibleName(
                translate("ui.promises.rows", "Ask to change: {promise}").format(
                    promise=self.promise.what
                )
            )
            row.addWidget(self.change)
        row.addStretch(1)
        self.body.addLayout(row)
        self.change_form: ChangeForm | None = None

    def _kept(self) -> None:
        self._do(lambda p: self.session.promises.mark_kept(p, self.note.text()))

    def _missed(self) -> None:
        if dialogs.ask(
            self,
            translate("ui.promises.rows", "Mark as missed"),
            translate("ui.promises.rows", "Mark “{promise}” as missed?").format(
                promise=self.promise.what
            )
            + "\n\n"
            + translate("core.promises.model", MISSED_REMINDER),
            translate("ui.promises.rows", "Mark missed"),
        ):
            self._do(lambda p: self.session.promises.mark_missed(p, self.note.text()))

    def _release(self) -> None:
        if dialogs.ask(
            self,
            translate("ui.promises.rows", "Release"),
            translate(
                "ui.promises.rows",
                "Release them from “{promise}”? It stays in your history as released.",
            ).format(promise=self.promise.what),
            translate("ui.promises.rows", "Release"),
        ):
            self._do(lambda p: self.session.promises.release(p, self.note.text()))

    def _show_change_form(self) -> None:
        if self.change_form is None:
            self.change_form = ChangeForm(self.session, self.promise)
            self.body.addWidget(self.change_form)
        self.change_form.show()
        self.change_form.what.setFocus()

    def _do(self, action: Callable[[Promise], object]) -> None:
        try:
            action(self.promise)
        except Exception as exc:  # a known error is a sentence; anything else a bug
            dialogs.tell(self, translate("ui.promises.rows", "Promises"), describe(exc))


class ChangeForm(QFrame):
    """The promiser's ask for new terms; nothing changes until the partner accepts."""

    def __init__(self, session: Session, promise: Promise) -> None:
        super().__init__()
        self.session = session
        self.promise = promise
        body = QVBoxLayout(self)
        body.setContentsMargins(0, 4, 0, 4)
        body.setSpacing(6)
        body.addWidget(
            text_label(
                translate(
                    "ui.promises.rows",
                    "Ask for new terms. Until your partner accepts them, the promise stays as it "
                    "is; once they do, the old terms are kept beside the new ones.",
                ),
                "Muted",
            )
        )
        self.what = QLineEdit(promise.what)
        self.what.setAccessibleName(translate("ui.promises.rows", "New terms"))
        body.addWidget(self.what)
        self.due = DueField()
        if promise.due is not None and promise.due >= clock.today():
            self.due.set_day(promise.due)
        body.addWidget(self.due)
        self.why = QLineEdit()
        self.why.setPlaceholderText(translate("ui.promises.rows", "Why (optional)"))
        self.why.setAccessibleName(translate("ui.promises.rows", "Why"))
        body.addWidget(self.why)
        row = QHBoxLayout()
        self.send = button(translate("ui.promises.rows", "Ask"), primary=True)
        self.send.clicked.connect(self._send)
        self.cancel = button(translate("ui.promises.rows", "Cancel"), flat=True)
        self.cancel.clicked.connect(self.hide)
        row.addWidget(self.send)
        row.addWidget(self.cancel)
        row.addStretch(1)
        body.addLayout(row)
        self.what.returnPressed.connect(self._send)

    def _send(self) -> None:
        try:
            self.session.promises.ask_new_terms(
                self.promise, self.what.text(), due=self.due.day(), note=self.why.text()
            )
        except Exception as exc:  # a known error is a sentence; anything else a bug
            dialogs.tell(self, translate("ui.promises.rows", "Promises"), describe(exc))


def _settled_words(promise: Promise) -> str:
    words = promise.status.label
    if promise.status_on is not None:
        words = translate("ui.promises.rows", "{status} {date}").format(
            status=words, date=format_date(promise.status_on, "short_weekday")
        )
    if promise.status is PromiseStatus.MISSED:
        words += " — " + translate("ui.promises.rows", "a moment for repair, not a verdict")
    return words
