"""Repair conversations: a topic and a time to talk, guided steps with sealed answers, a
break when someone is flooded, and a plan whose items become promises or agreements.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Protocol

from toward.core import clock
from toward.core.attention import AttentionCard
from toward.core.changes import Change, one_action
from toward.core.formatting import format_date_time, format_time
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.recorded import Recorded
from toward.core.repairs.model import (
    ACCEPTED,
    MARKS,
    PLAN_COLUMNS,
    PLAN_ITEMS,
    REPAIR_COLUMNS,
    REPAIRS,
    SUBMITTED,
    Mark,
    PlanItem,
    Repair,
    RepairError,
    RepairRecord,
    Status,
    build_plan_item,
    build_repair,
)
from toward.core.repairs.sealed import SealedAnswers
from toward.core.repairs.steps import (
    DEFAULT_BREAK_MINUTES,
    GUIDANCE,
    SEALED_STEPS,
    Step,
    Topic,
)
from toward.core.spaces import RecordStore, Space, Spaces
from toward.core.time_to_talk import PAST_SLACK, checked_time
from toward.vault.database import transaction

MAX_TOPIC = 200
MAX_PLAN_ITEM = 500
MAX_BREAK_MINUTES = 24 * 60


class PromiseMaker(Protocol):
    """What a plan needs from promises and agreements (`session.promises`)."""

    def make(
        self,
        what: str,
        *,
        to_partner_id: str,
        due: date | None = None,
        repair_id: str | None = None,
    ) -> Recorded: ...

    def add_agreement(self, text: str, *, repair_id: str | None = None) -> Recorded: ...


class Repairs:
    """A partner's door to the couple's repair conversations."""

    def __init__(
        self,
        spaces: Spaces,
        partner_ids: Iterable[str],
        promises: PromiseMaker | None = None,
    ) -> None:
        self._spaces = spaces
        self.partner_id = spaces.partner_id
        others = [p for p in partner_ids if p != spaces.partner_id]
        self.other_id = others[0] if others else None
        self._promises = promises
        self._repairs: RecordStore[Repair] = RecordStore(
            spaces, REPAIRS, REPAIR_COLUMNS, build_repair, change=Change.REPAIRS
        )
        self._plan: RecordStore[PlanItem] = RecordStore(
            spaces, PLAN_ITEMS, PLAN_COLUMNS, build_plan_item, change=Change.REPAIRS
        )
        self.answers = SealedAnswers(spaces)

    # -- reading -----------------------------------------------------------------------

    def get(self, repair_id: str) -> Repair:
        repair = self._repairs.get(Space.SHARED, repair_id)
        return self._with_marks([repair])[0]

    def conversations(
        self, *, limit: int = 100, offset: int = 0, open_only: bool = False
    ) -> list[Repair]:
        """The couple's conversations, newest first (only unfinished ones if `open_only`)."""
        where = "finished_at IS NULL" if open_only else ""
        return self._with_marks(
            self._repairs.list(Space.SHARED, where=where, limit=limit, offset=offset)
        )

    def count(self) -> int:
        return self._repairs.count(Space.SHARED)

    def in_period(self, start: date, end: date) -> list[RepairRecord]:
        """Conversations open at some point in the local days `start`..`end`, oldest first."""
        lo = clock.to_text(_local_midnight(start))
        hi = clock.to_text(_local_midnight(end + timedelta(days=1)))
        repairs = self._with_marks(
            self._repairs.list(
                Space.SHARED,
                where="created_at < ? AND (finished_at IS NULL OR finished_at >= ?)",
                params=(hi, lo),
                order="created_at",
            )
        )
        return self._records(repairs)

    def record(self, repair: Repair) -> RepairRecord:
        """A conversation with its revealed answers and plan, as a calm record."""
        return self._records([self.get(repair.id)])[0]

    def plan(self, repair: Repair) -> list[PlanItem]:
        return self._plan.list(
            Space.SHARED, where="repair_id = ?", params=(repair.id,), order="created_at"
        )

    # -- finding a time ----------------------------------------------------------------

    def start(
        self,
        topic: str,
        kind: Topic,
        time_to_talk: datetime,
        *,
        started_at: datetime | None = None,
    ) -> Repair:
        """Open a conversation about `topic` and propose a time to talk.

        `started_at` backdates it (a conversation noted down afterwards).
        """
        if self.other_id is None:
            raise RepairError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "A repair conversation needs both partners in Toward."
                )
            )
        text = " ".join(topic.replace("\x00", "").split())
        if not text:
            raise RepairError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "Say in a few words what the conversation is about."
                )
            )
        if len(text) > MAX_TOPIC:
            raise RepairError(
                QT_TRANSLATE_NOOP("vault.errors", "A topic can be at most {MAX_TOPIC} characters."),
                MAX_TOPIC=MAX_TOPIC,
            )
        content = {
            "topic": text,
            "kind": _kind(kind),
            "proposed_by": self.partner_id,
            "proposed_time": _time_to_talk(time_to_talk, started_at),
        }
        return self.get(self._repairs.add(Space.SHARED, content, created_at=started_at).id)

    def propose_time(self, repair: Repair, time_to_talk: datetime) -> Repair:
        """Answer a proposal with another time (the other partner then accepts or answers)."""
        current = self._open(repair)
        if current.agreed_at is None and current.proposed_by == self.partner_id:
            raise RepairError(
                QT_TRANSLATE_NOOP("vault.errors", "Your proposal is waiting for an answer already.")
            )
        return self._set(
            repair,
            proposed_by=self.partner_id,
            proposed_time=_time_to_talk(time_to_talk),
            agreed_at=None,
        )

    def accept_time(self, repair: Repair) -> Repair:
        current = self._open(repair)
        if current.agreed_at is not None:
            raise RepairError(QT_TRANSLATE_NOOP("vault.errors", "This time was already agreed."))
        if current.proposed_by == self.partner_id:
            raise RepairError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "The time you proposed waits for your partner's answer."
                )
            )
        return self._set(repair, agreed_at=clock.to_text(clock.now()))

    def withdraw(self, repair: Repair) -> None:
        """Take back a proposal before any time was agreed; only its starter may."""
        current = self._open(repair)
        if current.started_by != self.partner_id:
            raise RepairError(
                QT_TRANSLATE_NOOP(
                    "vault.errors",
                    "Only the partner who started this conversation can withdraw it.",
                )
            )
        if current.agreed_at is not None or current.marks:
            raise RepairError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "A conversation under way can be paused, not withdrawn."
                )
            )
        self._repairs.delete(Space.SHARED, repair.id)

    # -- the steps ---------------------------------------------------------------------

    def save_draft(self, repair: Repair, step: Step, text: str) -> None:
        """Keep an unfinished answer in the private space."""
        self._answerable(repair, step)
        self.answers.save_draft(repair.id, step, text)

    @one_action
    def submit(self, repair: Repair, step: Step, text: str) -> Repair:
        """Submit this partner's sealed answer to the current step.

        It stays in the private space until both have submitted; if the partner already
        has, this answer is published at once (the partner's own waits for their session).
        """
        self._answerable(repair, step)
        self.answers.submit(repair.id, step, text)
        self.publish_ready()
        return self.get(repair.id)

    def publish_ready(self) -> int:
        """Publish this partner's answers whose steps both have submitted; on unlock, too."""
        return self.answers.publish_ready()

    def accept_apology(self, repair: Repair) -> Repair:
        """Accept the partner's apology, once it has been revealed."""
        current = self.get(repair.id)
        theirs = self.answers.revealed([repair.id])
        if not any(a.step is Step.APOLOGY and a.author_id != self.partner_id for a in theirs):
            raise RepairError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "Your partner's apology has not been revealed yet."
                )
            )
        self._mark(current, Step.APOLOGY, ACCEPTED)
        return self.get(repair.id)

    # -- the plan ----------------------------------------------------------------------

    def add_plan_item(self, repair: Repair, text: str) -> PlanItem:
        self._planning(repair)
        item = " ".join(text.replace("\x00", "").split())
        if not item:
            raise RepairError(QT_TRANSLATE_NOOP("vault.errors", "Write the plan item first."))
        if len(item) > MAX_PLAN_ITEM:
            raise RepairError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "A plan item can be at most {MAX_PLAN_ITEM} characters."
                ),
                MAX_PLAN_ITEM=MAX_PLAN_ITEM,
            )
        added = self._plan.add(Space.SHARED, {"repair_id": repair.id, "text": item})
        if self.plan_draft(repair):
            self.answers.save_draft(repair.id, Step.PLAN, "")
        return added

    def plan_draft(self, repair: Repair) -> str:
        """The plan item this partner was writing and has not added yet."""
        draft = self.answers.mine(repair.id, Step.PLAN)
        return draft.body if draft is not None else ""

    def save_plan_draft(self, repair: Repair, text: str) -> None:
        """Keep a plan item being written in the private space (like an answer's draft)."""
        self._planning(repair)
        self.answers.save_draft(repair.id, Step.PLAN, text)

    def remove_plan_item(self, item: PlanItem) -> None:
        if item.promise_id or item.agreement_id:
            raise RepairError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "This item is a promise or an agreement now; change it there."
                )
            )
        self._plan.delete(Space.SHARED, item.id)

    @one_action
    def make_promise(self, item: PlanItem, *, due: date | None = None) -> PlanItem:
        """Turn a plan item into this partner's promise to the other."""
        current = self._unconverted(item)
        if self.other_id is None:
            raise RepairError(
                QT_TRANSLATE_NOOP("vault.errors", "A promise needs your partner in Toward.")
            )
        promise = self._makes().make(
            current.text, to_partner_id=self.other_id, due=due, repair_id=current.repair_id
        )
        return self._link(current, "promise_id", promise.id)

    @one_action
    def make_agreement(self, item: PlanItem) -> PlanItem:
        """Turn a plan item into a standing agreement of the couple."""
        current = self._unconverted(item)
        agreement = self._makes().add_agreement(current.text, repair_id=current.repair_id)
        return self._link(current, "agreement_id", agreement.id)

    def finish(self, repair: Repair, *, finished_at: datetime | None = None) -> Repair:
        """Say the plan is complete for this partner; the conversation ends when both have.

        `finished_at` backdates it (a conversation noted down afterwards); it must lie between
        the conversation's start and now.
        """
        current = self._planning(repair)
        if not self.plan(current):
            raise RepairError(
                QT_TRANSLATE_NOOP("vault.errors", "Add at least one small step to the plan first.")
            )
        now = clock.to_text(_finish_time(current, finished_at))
        conn = self._spaces.conn(Space.SHARED)
        with transaction(conn):  # one change: never every step done yet not finished
            conn.execute(
                f"INSERT OR IGNORE INTO {MARKS} (repair_id, step, partner_id, kind, marked_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (repair.id, Step.PLAN.value, self.partner_id, SUBMITTED, now),
            )
            conn.execute(
                f"UPDATE {REPAIRS} SET finished_at = ?, updated_at = ? WHERE id = ? AND "
                f"(SELECT count(DISTINCT partner_id) FROM {MARKS} WHERE repair_id = ? "
                "AND step = ? AND kind = ?) >= 2",
                (now, now, repair.id, repair.id, Step.PLAN.value, SUBMITTED),
            )
        self._spaces.announce(Change.REPAIRS)
        return self.get(repair.id)

    # -- breaks ------------------------------------------------------------------------

    def take_break(self, repair: Repair, minutes: int = DEFAULT_BREAK_MINUTES) -> Repair:
        """ "I'm flooded": pause the conversation and set when to pick it up again."""
        self._open(repair)
        if not 1 <= minutes <= MAX_BREAK_MINUTES:
            raise RepairError(
                QT_TRANSLATE_NOOP("vault.errors", "A break lasts between a minute and a day.")
            )
        now = clock.now()
        return self._set(
            repair,
            paused_by=self.partner_id,
            paused_at=clock.to_text(now),
            resume_at=clock.to_text(now + timedelta(minutes=minutes)),
        )

    def resume(self, repair: Repair) -> Repair:
        """End a break early, when both feel ready."""
        self._open(repair)
        return self._set(repair, resume_at=None)

    # -- the Today page ----------------------------------------------------------------

    def attention(self) -> AttentionCard | None:
        """Conversations waiting for this partner: a time to answer, a step, or a break."""
        lines: list[str] = []
        ids: list[str] = []
        now = clock.now()
        for repair in self.conversations(limit=20, open_only=True):
            status = repair.status(now)
            if status is Status.PAUSED:
                assert repair.resume_at is not None
                lines.append(
                    translate("core.repairs.conversations", "On a break until {when}").format(
                        when=_when(repair.resume_at)
                    )
                )
            elif status is Status.PROPOSED:
                if repair.proposed_by != self.partner_id:
                    lines.append(
                        translate(
                            "core.repairs.conversations", "A time to talk was proposed: {when}"
                        ).format(when=_when(repair.proposed_time))
                    )
            elif (step := repair.current_step) and self.partner_id not in repair.submitted(step):
                lines.append(
                    translate("core.repairs.conversations", "Your turn: {step}").format(
                        step=GUIDANCE[step].title
                    )
                )
            ids += [repair.id] * (len(lines) - len(ids))
        if not lines:
            return None
        # One conversation: "Open" goes straight to it.
        section = f"repair:{ids[0]}" if len(ids) == 1 else "repair"
        return AttentionCard(
            section,
            translate("core.repairs.conversations", "Repair conversations"),
            len(lines),
            tuple(lines[:3]),
        )

    # -- helpers -----------------------------------------------------------------------

    def _with_marks(self, repairs: list[Repair]) -> list[Repair]:
        if not repairs:
            return []
        ids = [r.id for r in repairs]
        holes = ", ".join("?" for _ in ids)
        marks: dict[str, set[Mark]] = {rid: set() for rid in ids}
        for row in self._spaces.conn(Space.SHARED).execute(
            f"SELECT repair_id, step, partner_id, kind FROM {MARKS} WHERE repair_id IN ({holes})",
            ids,
        ):
            marks[row[0]].add((row[1], row[2], row[3]))
        return [replace(r, marks=frozenset(marks[r.id])) for r in repairs]

    def _records(self, repairs: list[Repair]) -> list[RepairRecord]:
        ids = [r.id for r in repairs]
        answers: dict[str, dict[Step, dict[str, str]]] = {rid: {} for rid in ids}
        for answer in self.answers.revealed(ids):
            answers[answer.repair_id].setdefault(answer.step, {})[answer.author_id] = answer.body
        plans: dict[str, list[PlanItem]] = {rid: [] for rid in ids}
        if ids:
            holes = ", ".join("?" for _ in ids)
            for item in self._plan.list(
                Space.SHARED, where=f"repair_id IN ({holes})", params=ids, order="created_at"
            ):
                plans[item.repair_id].append(item)
        return [RepairRecord(r, answers[r.id], tuple(plans[r.id])) for r in repairs]

    def _open(self, repair: Repair) -> Repair:
        current = self.get(repair.id)
        if current.finished_at is not None:
            raise RepairError(QT_TRANSLATE_NOOP("vault.errors", "This conversation is finished."))
        return current

    def _answerable(self, repair: Repair, step: Step) -> Repair:
        current = self._open(repair)
        if step not in SEALED_STEPS:
            raise RepairError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "The plan is written together, not answered alone."
                )
            )
        status = current.status()
        if status is Status.PROPOSED:
            raise RepairError(QT_TRANSLATE_NOOP("vault.errors", "Agree on a time to talk first."))
        if status is Status.PAUSED:
            raise RepairError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "You are on a break. Resume when you both feel ready."
                )
            )
        if step != current.current_step:
            raise RepairError(
                QT_TRANSLATE_NOOP("vault.errors", "The two of you are on another step now.")
            )
        return current

    def _planning(self, repair: Repair) -> Repair:
        current = self._open(repair)
        if current.current_step is not Step.PLAN:
            raise RepairError(
                QT_TRANSLATE_NOOP("vault.errors", "The plan comes once you have both apologized.")
            )
        return current

    def _unconverted(self, item: PlanItem) -> PlanItem:
        current = self._plan.get(Space.SHARED, item.id)
        if current.promise_id or current.agreement_id:
            raise RepairError(
                QT_TRANSLATE_NOOP("vault.errors", "This item is already a promise or an agreement.")
            )
        return current

    def _makes(self) -> PromiseMaker:
        if self._promises is None:
            raise RepairError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "Promises are not available in this version of Toward."
                )
            )
        return self._promises

    def _link(self, item: PlanItem, column: str, target_id: str) -> PlanItem:
        conn = self._spaces.conn(Space.SHARED)
        with transaction(conn):
            conn.execute(f"UPDATE {PLAN_ITEMS} SET {column} = ? WHERE id = ?", (target_id, item.id))
        self._spaces.announce(Change.REPAIRS)
        return self._plan.get(Space.SHARED, item.id)

    def _mark(self, repair: Repair, step: Step, kind: str) -> None:
        conn = self._spaces.conn(Space.SHARED)
        with transaction(conn):
            conn.execute(
                f"INSERT OR IGNORE INTO {MARKS} (repair_id, step, partner_id, kind, marked_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (repair.id, step.value, self.partner_id, kind, clock.to_text(clock.now())),
            )
        self._spaces.announce(Change.REPAIRS)

    def _set(self, repair: Repair, **values: str | None) -> Repair:
        """Change a conversation's state; either partner may (it is theirs together)."""
        assignments = ", ".join(f"{name} = ?" for name in values)
        conn = self._spaces.conn(Space.SHARED)
        with transaction(conn):
            conn.execute(
                f"UPDATE {REPAIRS} SET {assignments}, updated_at = ? WHERE id = ?",
                (*values.values(), clock.to_text(clock.now()), repair.id),
            )
        self._spaces.announce(Change.REPAIRS)
        return self.get(repair.id)


def _kind(value: str) -> str:
    try:
        return Topic(value).value
    except ValueError:
        raise RepairError(
            QT_TRANSLATE_NOOP("vault.errors", "{value} is not a kind of topic Toward knows."),
            value=repr(value),
        ) from None


def _time_to_talk(moment: datetime, since: datetime | None = None) -> str:
    return checked_time(moment, RepairError, since)


def _finish_time(repair: Repair, finished_at: datetime | None) -> datetime:
    if finished_at is None:
        return clock.now()
    if finished_at.tzinfo is None:
        raise RepairError(
            QT_TRANSLATE_NOOP("vault.errors", "A finishing time needs its time zone.")
        )
    if finished_at > clock.now() + PAST_SLACK or finished_at < repair.info.created_at:
        raise RepairError(
            QT_TRANSLATE_NOOP(
                "vault.errors",
                "A conversation can only finish after it began, and not later than now.",
            )
        )
    return finished_at


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time()).astimezone()


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    if local.date() == clock.today():
        return translate("core.repairs.conversations", "today {time}").format(
            time=format_time(local)
        )
    return format_date_time(local, "short_weekday")
