"""One repair conversation: finding a time, the guided steps with sealed answers, a break
when someone is flooded, and, once finished, a calm record of it all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from toward.core import clock
from toward.core.formatting import format_date, format_time
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.repairs import (
    GUIDANCE,
    SEALED_NOTE,
    SEALED_STEPS,
    STEPS,
    Repair,
    Status,
    Step,
    breach,
)
from toward.core.spaces import RecordNotFound
from toward.session import Session
from toward.ui.kit import dialogs
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import Card, button, clear_layout, text_label
from toward.ui.main_view import MainView
from toward.ui.repair.breach import BreachCard
from toward.ui.repair.pause import BreakCard, FloodedCard
from toward.ui.repair.plan import PlanCard
from toward.ui.repair.time_card import TimeToTalkCard
from toward.ui.therapy.consent import ConsentBox

TICK_MS = 15_000  # how often the break countdown is redrawn
AUTOSAVE_MS = 1500
SKIPPED_NOTE = QT_TRANSLATE_NOOP(
    "ui.repair.conversation",
    "This step came to Toward after your conversation had moved past it, so nothing was "
    "written here.",
)


class ConversationView(QWidget):
    closed = Signal()

    def __init__(self, session: Session, view: MainView, repair: Repair) -> None:
        super().__init__()
        self.session = session
        self.view = view
        self.repair = repair
        self.me = session.partner.id
        self.names = {p.id: p.name for p in session.household.partners}
        self.other_id = session.repairs.other_id
        self.other = self.names.get(
            self.other_id or "", translate("ui.repair.conversation", "Your partner")
        )
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        # Typing is kept as a private draft a moment after it pauses, so a lock (Ctrl+L,
        # or the idle timer) never loses a half-written answer.
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.keep_draft)
        view.closing_pages.connect(self._keep_typing)
        self.editor: QPlainTextEdit | None = None
        self.plan: PlanCard | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(16)
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.autosave.stop()
        self.editor = self.plan = None  # until rebuilt below
        try:
            self.repair = self.session.repairs.get(self.repair.id)
        except RecordNotFound:  # withdrawn, here or by the partner in together mode
            self.ticker.stop()
            self.closed.emit()
            return
        repair = self.repair
        status = repair.status()
        clear_layout(self.layout_)
        self.error = text_label("", "Error")
        self.error.hide()
        self.layout_.addWidget(self._header(repair, status))
        finished = status is Status.FINISHED or repair.current_step is None
        if breach.offered_for(repair.kind) and not finished:
            self.layout_.addWidget(BreachCard(self.session.prompts.library))
        if finished:
            self._record(repair)
            self.layout_.addWidget(self.error)
            return
        if status is Status.PAUSED:
            paused_by = None if repair.paused_by == self.me else repair.paused_by or ""
            self.break_card = BreakCard(
                repair,
                None if paused_by is None else self.names.get(paused_by, "?"),
                lambda: self._act(lambda: self.session.repairs.resume(self.repair)),
            )
            self.layout_.addWidget(self.break_card)
        elif status is Status.PROPOSED:
            self.layout_.addWidget(self._time_card(repair))
        else:
            self._steps(repair)
        self.layout_.addWidget(self.error)
        if status is not Status.PAUSED:
            flooded = FloodedCard(
                lambda minutes: self._act(
                    lambda: self.session.repairs.take_break(self.repair, minutes)
                )
            )
            self.flooded_button = flooded.flooded_button
            self.layout_.addWidget(flooded)
        self.ticker.stop()
        if status is Status.PAUSED:
            self.ticker.start()

    def _header(self, repair: Repair, status: Status) -> QWidget:
        card = Card(spacing=6)
        row = QHBoxLayout()
        row.addWidget(text_label(repair.topic, "Title"), 1)
        back = button(translate("ui.repair.conversation", "All conversations"), flat=True)
        back.clicked.connect(self.closed.emit)
        self.back_button = back
        row.addWidget(back, 0, Qt.AlignmentFlag.AlignTop)
        card.body.addLayout(row)
        started = self.names.get(repair.started_by, "?")
        line = translate(
            "ui.repair.conversation",
            "{kind} · started by {partner} · {status} · {reached} of {steps} steps",
        )
        self.status_line = text_label(
            line.format(
                kind=repair.kind.label,
                partner=started,
                status=status.label,
                reached=repair.steps_reached,
                steps=len(STEPS),
            ),
            "Muted",
        )
        card.body.addWidget(self.status_line)
        if repair.agreed_at is not None:
            when = repair.proposed_time
            agreed = translate(
                "ui.repair.conversation", "Time to talk, agreed: {day} at {time}"
            ).format(day=format_date(when, "weekday_day_month"), time=format_time(when))
            card.body.addWidget(text_label(agreed, "Muted"))
        return card

    def _time_card(self, repair: Repair) -> Card:
        mine = repair.proposed_by == self.me
        self.time_card = TimeToTalkCard(
            proposed_time=repair.proposed_time,
            proposer=None if mine else self.names.get(repair.proposed_by, "?"),
            other=self.other,
            accept=lambda: self._act(lambda: self.session.repairs.accept_time(self.repair)),
            suggest=lambda when: self._act(
                lambda: self.session.repairs.propose_time(self.repair, when)
            ),
            withdraw=self.withdraw if repair.started_by == self.me else None,
        )
        return self.time_card

    def _steps(self, repair: Repair) -> None:
        step = repair.current_step
        assert step is not None
        answers = self.session.repairs.record(repair).answers
        for done in STEPS[: repair.steps_reached]:
            self.layout_.addWidget(self._revealed(done, answers.get(done, {}), repair))
        position = STEPS.index(step) + 1
        if step is Step.PLAN:
            self.plan = PlanCard(self.session, repair, self.names, self._after, editable=True)
            self.plan.new_item.textEdited.connect(self.autosave.start)
            self.layout_.addWidget(self.plan)
            return
        self.layout_.addWidget(self._answer_card(repair, step, position))

    def _answer_card(self, repair: Repair, step: Step, position: int) -> Card:
        guidance = GUIDANCE[step]
        card = Card()
        card.body.addWidget(
            text_label(
                translate("ui.repair.conversation", "Step {position} of {steps}").format(
                    position=position, steps=len(STEPS)
                ),
                "Muted",
            )
        )
        card.body.addWidget(text_label(guidance.title, "Heading"))
        card.body.addWidget(text_label(guidance.guidance))
        submitted = repair.submitted(step)
        mine = self.session.repairs.answers.mine(repair.id, step)
        if self.me in submitted:
            card.body.addWidget(
                text_label(translate("ui.repair.conversation", "Your answer"), "Muted")
            )
            # (None only if this private space was restored from before the answer)
            card.body.addWidget(
                text_label(
                    mine.body
                    if mine
                    else translate("ui.repair.conversation", "You have answered this step.")
                )
            )
            if self.other_id in submitted:
                waiting = translate(
                    "ui.repair.conversation",
                    "You have both answered. {partner}'s answer appears here the next "
                    "time {partner} opens Toward.",
                )
            else:
                waiting = translate(
                    "ui.repair.conversation",
                    "Your answer is sealed. {partner} will see it after writing their "
                    "own, and you will see theirs then too.",
                )
            self.waiting_note = text_label(waiting.format(partner=self.other), "Notice")
            card.body.addWidget(self.waiting_note)
            return card
        if self.other_id in submitted:
            note = translate(
                "ui.repair.conversation",
                "{partner} has answered; their answer is sealed until you do. Once "
                "submitted, yours stays as you wrote it.",
            ).format(partner=self.other)
        else:
            note = translate("core.repairs.steps", SEALED_NOTE).format(partner=self.other)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)  # Tab moves on: never a keyboard trap
        self.editor.setPlaceholderText(guidance.prompt)
        self.editor.setAccessibleName(
            translate("ui.repair.conversation", "Your answer: {step}").format(step=guidance.title)
        )
        self.editor.setMinimumHeight(140)
        if mine is not None:
            self.editor.setPlainText(mine.body)
        self.editor.textChanged.connect(self.autosave.start)
        card.body.addWidget(self.editor)
        card.body.addWidget(text_label(note, "Muted"))
        row = QHBoxLayout()
        row.addStretch(1)
        self.draft_button = button(translate("ui.repair.conversation", "Keep as a draft"))
        self.draft_button.clicked.connect(self.save_draft)
        self.submit_button = button(
            translate("ui.repair.conversation", "Submit my answer"), primary=True
        )
        self.submit_button.setToolTip(
            translate("ui.repair.conversation", "Once submitted, an answer stays as written")
        )
        self.submit_button.clicked.connect(self.submit)
        row.addWidget(self.draft_button)
        row.addWidget(self.submit_button)
        card.body.addLayout(row)
        return card

    def _revealed(self, step: Step, answers: Mapping[str, str], repair: Repair) -> Card:
        """A completed step, both answers side by side (or a note while one waits)."""
        card = Card(spacing=8)
        card.body.addWidget(text_label(GUIDANCE[step].heading, "Heading"))
        if repair.skipped(step) and not answers:
            card.body.addWidget(
                text_label(translate("ui.repair.conversation", SKIPPED_NOTE), "Muted")
            )
            return card
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        order = [self.me] + [p for p in self.names if p != self.me]
        for column, partner in enumerate(order):
            name = self.names[partner]
            grid.addWidget(text_label(name, "Muted"), 0, column)
            text = answers.get(partner)
            if text is None:
                text = translate(
                    "ui.repair.conversation", "Appears the next time {partner} opens Toward."
                ).format(partner=name)
                shown = text_label(text, "Muted")
            else:
                shown = text_label(text)
            shown.setAccessibleName(
                translate("ui.repair.conversation", "{partner}: {step}").format(
                    partner=name, step=GUIDANCE[step].heading
                )
            )
            grid.addWidget(shown, 1, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, 1)
        mine = [
            a
            for a in self.session.therapy_consent.repair_answers([repair.id])
            if a.author_id == self.me and a.step == step.value
        ]
        if mine:  # the partner decides whether their revealed words may go to therapy
            grid.addWidget(ConsentBox(self.session, "repair_answers", mine[0].id), 2, 0)
        card.body.addLayout(grid)
        if step is Step.APOLOGY:
            self._apology_acceptance(card, answers, repair)
        return card

    def _apology_acceptance(self, card: Card, answers: Mapping[str, str], repair: Repair) -> None:
        accepted = repair.apology_accepted_by()
        for partner in accepted:
            other = next((p for p in self.names if p != partner), None)
            card.body.addWidget(
                text_label(
                    translate(
                        "ui.repair.conversation", "{partner} accepted {other}'s apology."
                    ).format(partner=self.names[partner], other=self.names.get(other or "", "?")),
                    "Muted",
                )
            )
        if self.me not in accepted and self.other_id in answers:
            self.accept_apology_button = button(
                translate("ui.repair.conversation", "I accept {partner}'s apology").format(
                    partner=self.other
                )
            )
            self.accept_apology_button.setToolTip(
                translate("ui.repair.conversation", "Whenever you are ready; there is no hurry")
            )
            self.accept_apology_button.clicked.connect(
                lambda: self._act(lambda: self.session.repairs.accept_apology(self.repair))
            )
            card.body.addWidget(self.accept_apology_button, 0, Qt.AlignmentFlag.AlignRight)

    def _record(self, repair: Repair) -> None:
        finished = format_date(repair.finished_at or clock.now(), "full")
        thanks = translate(
            "ui.repair.conversation", "Finished on {day}. Thank you both for staying with it."
        )
        self.layout_.addWidget(text_label(thanks.format(day=finished), "Notice"))
        answers = self.session.repairs.record(repair).answers
        for step in SEALED_STEPS:
            self.layout_.addWidget(self._revealed(step, answers.get(step, {}), repair))
        self.plan = PlanCard(self.session, repair, self.names, self._after, editable=False)
        self.layout_.addWidget(self.plan)

    # -- acting ------------------------------------------------------------------------

    def withdraw(self) -> None:
        if not dialogs.ask(
            self,
            translate("ui.repair.conversation", "Withdraw this proposal?"),
            translate(
                "ui.repair.conversation",
                "The conversation disappears for you and for {partner}. You can start a "
                "new one whenever you like.",
            ).format(partner=self.other),
            yes=translate("ui.repair.conversation", "Withdraw"),
        ):
            return
        try:
            self.session.repairs.withdraw(self.repair)
        except Exception as exc:  # a known error is a sentence; anything else a bug
            self.error.setText(describe(exc))
            self.error.show()
        # Otherwise the change notice finds the conversation gone and closes this view.

    def keep_draft(self) -> None:
        """Save the answer, or the plan item, being written as a private draft, without
        redrawing the page."""
        repair, step = self.repair, self.repair.current_step
        if self.editor is not None and step is not None:
            keep = partial(self.session.repairs.save_draft, repair, step, self.editor.toPlainText())
        elif self.plan is not None and self.plan.editable:
            keep = partial(self.session.repairs.save_plan_draft, repair, self.plan.new_item.text())
        else:
            return
        try:
            keep()  # a draft is no change notice, so the page is not redrawn under the typing
        except Exception as exc:  # a known error is a sentence; anything else a bug
            self.error.setText(describe(exc))
            self.error.show()

    def _keep_typing(self) -> None:
        if self.autosave.isActive():  # typed since the last draft was kept
            self.autosave.stop()
            self.keep_draft()

    def save_draft(self) -> None:
        assert self.editor is not None and self.repair.current_step is not None
        text, step = self.editor.toPlainText(), self.repair.current_step
        self._act(lambda: self.session.repairs.save_draft(self.repair, step, text))

    def submit(self) -> None:
        assert self.editor is not None and self.repair.current_step is not None
        text, step = self.editor.toPlainText(), self.repair.current_step
        self._act(lambda: self.session.repairs.submit(self.repair, step, text))

    def _act(self, action: Callable[[], object]) -> None:
        try:
            action()
        except Exception as exc:  # a known error is a sentence; anything else a bug
            self.error.setText(describe(exc))
            self.error.show()
            return
        self._after()

    def _after(self) -> None:
        # Together mode: whoever is at the window, every answer both have given goes out now.
        for session in self.view.sessions:
            if session is not self.session:
                session.repairs.publish_ready()
        self.refresh()

    def _tick(self) -> None:
        if self.repair.status() is Status.PAUSED:
            self.break_card.tick(self.repair)
        else:
            self.refresh()
