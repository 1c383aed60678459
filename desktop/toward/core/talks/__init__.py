"""Planned conversations on the big topics of a shared life."""

from toward.core.talks.model import Prep, Talk, TalkError, TalkStatus
from toward.core.talks.talks import AgreementMaker, Talks
from toward.core.talks.topics import AGREEMENT_HINT, INTRODUCTION, TalkTopic, questions

__all__ = [
    "AGREEMENT_HINT",
    "INTRODUCTION",
    "AgreementMaker",
    "Prep",
    "Talk",
    "TalkError",
    "TalkStatus",
    "TalkTopic",
    "Talks",
    "questions",
]
