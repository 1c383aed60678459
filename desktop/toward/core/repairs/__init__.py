"""Repair conversations: guided steps with answers sealed until both partners are ready."""

from toward.core.repairs.conversations import PromiseMaker, Repairs
from toward.core.repairs.model import (
    Answer,
    PlanItem,
    Repair,
    RepairError,
    RepairRecord,
    Status,
)
from toward.core.repairs.steps import (
    BREAK_ADVICE,
    CALMING_SUGGESTIONS,
    DEFAULT_BREAK_MINUTES,
    GUIDANCE,
    SEALED_NOTE,
    SEALED_RULE,
    SEALED_STEPS,
    STEPS,
    Guidance,
    Step,
    Topic,
)

__all__ = [
    "BREAK_ADVICE",
    "CALMING_SUGGESTIONS",
    "DEFAULT_BREAK_MINUTES",
    "GUIDANCE",
    "SEALED_NOTE",
    "SEALED_RULE",
    "SEALED_STEPS",
    "STEPS",
    "Answer",
    "Guidance",
    "PlanItem",
    "PromiseMaker",
    "Repair",
    "RepairError",
    "RepairRecord",
    "Repairs",
    "Status",
    "Step",
    "Topic",
]
