"""Promises between the partners and the couple's standing agreements."""

from toward.core.promises.history import MonthOfPromises
from toward.core.promises.model import (
    AGREEMENTS,
    MISSED_REMINDER,
    MOMENTS,
    PROMISES,
    Agreement,
    AgreementMoment,
    AgreementRecord,
    InvalidPromise,
    MomentKind,
    NewTerms,
    Promise,
    PromiseStatus,
)
from toward.core.promises.promises import DUE_SOON_DAYS, Promises, due_words

__all__ = [
    "AGREEMENTS",
    "DUE_SOON_DAYS",
    "MISSED_REMINDER",
    "MOMENTS",
    "PROMISES",
    "Agreement",
    "AgreementMoment",
    "AgreementRecord",
    "InvalidPromise",
    "MomentKind",
    "MonthOfPromises",
    "NewTerms",
    "Promise",
    "PromiseStatus",
    "Promises",
    "due_words",
]
