"""What a repair conversation is made of, as plain records read from the two spaces."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from toward.core import clock
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.labels import LabelledStr
from toward.core.repairs.steps import CALMING_SUGGESTIONS, STEPS, Step, Topic
from toward.core.spaces import RecordInfo, Space
from toward.vault.errors import KnownError

REPAIRS = "repairs"
MARKS = "repair_marks"
ANSWERS = "repair_answers"
PLAN_ITEMS = "repair_plan_items"

REPAIR_COLUMNS = (
    "topic",
    "kind",
    "proposed_by",
    "proposed_time",
    "agreed_at",
    "paused_by",
    "paused_at",
    "resume_at",
    "finished_at",
)
ANSWER_COLUMNS = ("repair_id", "step", "body", "submitted_at")
PLAN_COLUMNS = ("repair_id", "text", "promise_id", "agreement_id")

SUBMITTED = "submitted"  # a partner has answered a step (or, for the plan, is done with it)
ACCEPTED = "accepted"  # a partner has accepted the other's apology
# A step added to Toward after a conversation had moved past it (schema step 10): passed
# by both, with nothing written.
SKIPPED = "skipped"


class RepairError(KnownError):
    """A repair step that cannot be taken as asked, with the reason in plain words."""


class Status(LabelledStr):
    # a time to talk waits for the other partner's answer
    PROPOSED = "proposed", QT_TRANSLATE_NOOP("core.labels", "finding a time")
    TALKING = "talking", QT_TRANSLATE_NOOP("core.labels", "in progress")
    PAUSED = (
        "paused",
        QT_TRANSLATE_NOOP("core.labels", "on a break"),
    )  # someone was flooded; a break until resume_at
    FINISHED = "finished", QT_TRANSLATE_NOOP("core.labels", "finished")


Mark = tuple[str, str, str]  # step, partner id, SUBMITTED or ACCEPTED


@dataclass(frozen=True)
class Repair:
    """A conversation as the shared space holds it: never an answer, only who is where."""

    info: RecordInfo
    topic: str
    kind: Topic
    proposed_by: str
    proposed_time: datetime
    agreed_at: datetime | None
    paused_by: str | None
    paused_at: datetime | None
    resume_at: datetime | None
    finished_at: datetime | None
    marks: frozenset[Mark] = frozenset()

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def started_by(self) -> str:
        return self.info.author_id

    def status(self, now: datetime | None = None) -> Status:
        if self.finished_at is not None:
            return Status.FINISHED
        if self.resume_at is not None and (now or clock.now()) < self.resume_at:
            return Status.PAUSED
        if self.agreed_at is None:
            return Status.PROPOSED
        return Status.TALKING

    def submitted(self, step: Step) -> frozenset[str]:
        """The partners who have answered `step`."""
        return frozenset(who for s, who, kind in self.marks if s == step and kind == SUBMITTED)

    def skipped(self, step: Step) -> bool:
        """Whether the conversation had moved past `step` before Toward had it."""
        return any(s == step and kind == SKIPPED for s, _, kind in self.marks)

    def apology_accepted_by(self) -> frozenset[str]:
        return frozenset(
            who for s, who, kind in self.marks if s == Step.APOLOGY and kind == ACCEPTED
        )

    @property
    def steps_reached(self) -> int:
        """How many steps both partners have completed."""
        return next(
            (
                i
                for i, step in enumerate(STEPS)
                if len(self.submitted(step)) < 2 and not self.skipped(step)
            ),
            len(STEPS),
        )

    @property
    def current_step(self) -> Step | None:
        """The step the two are on (None once every step is complete)."""
        reached = self.steps_reached
        return STEPS[reached] if reached < len(STEPS) else None

    @property
    def calming_suggestion(self) -> str:
        """The suggestion for the current break: the same one every time it is shown."""
        moment = self.paused_at or self.info.created_at
        return translate(
            "core.repairs.steps", CALMING_SUGGESTIONS[moment.microsecond % len(CALMING_SUGGESTIONS)]
        )


def build_repair(info: RecordInfo, row: Mapping[str, Any]) -> Repair:
    return Repair(
        info=info,
        topic=row["topic"],
        kind=Topic(row["kind"]),
        proposed_by=row["proposed_by"],
        proposed_time=clock.from_stored(row["proposed_time"]),
        agreed_at=clock.from_text(row["agreed_at"]),
        paused_by=row["paused_by"],
        paused_at=clock.from_text(row["paused_at"]),
        resume_at=clock.from_text(row["resume_at"]),
        finished_at=clock.from_text(row["finished_at"]),
    )


@dataclass(frozen=True)
class Answer:
    """One partner's answer to one step: private (sealed or a draft) or revealed (shared)."""

    info: RecordInfo
    repair_id: str
    step: Step
    body: str
    submitted_at: datetime | None

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def author_id(self) -> str:
        return self.info.author_id

    @property
    def space(self) -> Space:
        return self.info.space


def build_answer(info: RecordInfo, row: Mapping[str, Any]) -> Answer:
    return Answer(
        info,
        row["repair_id"],
        Step(row["step"]),
        row["body"],
        clock.from_text(row["submitted_at"]),
    )


@dataclass(frozen=True)
class PlanItem:
    """One thing the two agreed to do, and the promise or agreement it became."""

    info: RecordInfo
    repair_id: str
    text: str
    promise_id: str | None
    agreement_id: str | None

    @property
    def id(self) -> str:
        return self.info.id


def build_plan_item(info: RecordInfo, row: Mapping[str, Any]) -> PlanItem:
    return PlanItem(info, row["repair_id"], row["text"], row["promise_id"], row["agreement_id"])


@dataclass(frozen=True)
class RepairRecord:
    """A conversation as either partner may read it: only revealed answers, never sealed ones.

    This is what summaries and exports read (`Repairs.record`, `Repairs.in_period`).
    """

    repair: Repair
    answers: Mapping[Step, Mapping[str, str]]  # step → author id → revealed text
    plan: tuple[PlanItem, ...]

    @property
    def topic(self) -> str:
        return self.repair.topic

    @property
    def status(self) -> Status:
        return self.repair.status()

    @property
    def steps_reached(self) -> int:
        return self.repair.steps_reached

    @property
    def apologies(self) -> Mapping[str, str]:
        """Revealed apologies, by the partner who made them."""
        return self.answers.get(Step.APOLOGY, {})

    @property
    def apology_accepted_by(self) -> frozenset[str]:
        return self.repair.apology_accepted_by()

    @property
    def promise_ids(self) -> tuple[str, ...]:
        return tuple(item.promise_id for item in self.plan if item.promise_id)

    @property
    def agreement_ids(self) -> tuple[str, ...]:
        return tuple(item.agreement_id for item in self.plan if item.agreement_id)
