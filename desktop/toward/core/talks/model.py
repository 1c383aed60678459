"""What a planned conversation is made of, as plain records read from the two spaces."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from toward.core import clock
from toward.core.spaces import RecordInfo
from toward.core.talks.topics import TalkTopic
from toward.vault.errors import KnownError

TALKS = "talks"
PREP = "talk_prep"
TALK_COLUMNS = (
    "topic",
    "proposed_by",
    "proposed_time",
    "agreed_at",
    "notes",
    "agreement_id",
    "finished_at",
)
PREP_COLUMNS = ("talk_id", "prompt_id", "body")


class TalkError(KnownError):
    """A planned conversation that cannot change as asked, with the reason in plain words."""


class TalkStatus(StrEnum):
    PROPOSED = "proposed"
    PLANNED = "planned"
    FINISHED = "finished"

    @property
    def label(self) -> str:
        return {
            TalkStatus.PROPOSED: "finding a time",
            TalkStatus.PLANNED: "time agreed",
            TalkStatus.FINISHED: "had",
        }[self]


@dataclass(frozen=True)
class Talk:
    """A planned conversation as the shared space holds it (never anyone's preparation)."""

    info: RecordInfo
    topic: TalkTopic
    proposed_by: str
    proposed_time: datetime
    agreed_at: datetime | None
    notes: str
    agreement_id: str | None
    finished_at: datetime | None

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def status(self) -> TalkStatus:
        if self.finished_at is not None:
            return TalkStatus.FINISHED
        return TalkStatus.PROPOSED if self.agreed_at is None else TalkStatus.PLANNED


def build_talk(info: RecordInfo, row: Mapping[str, Any]) -> Talk:
    return Talk(
        info=info,
        topic=TalkTopic(row["topic"]),
        proposed_by=row["proposed_by"],
        proposed_time=clock.from_text(row["proposed_time"]),  # type: ignore[arg-type]
        agreed_at=clock.from_text(row["agreed_at"]),
        notes=row["notes"],
        agreement_id=row["agreement_id"],
        finished_at=clock.from_text(row["finished_at"]),
    )


@dataclass(frozen=True)
class Prep:
    """One partner's private thoughts on one question, before the conversation."""

    info: RecordInfo
    talk_id: str
    prompt_id: str
    body: str

    @property
    def id(self) -> str:
        return self.info.id


def build_prep(info: RecordInfo, row: Mapping[str, Any]) -> Prep:
    return Prep(info, row["talk_id"], row["prompt_id"], row["body"])
