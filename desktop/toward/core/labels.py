"""Enums that carry their own words: each member says how a person reads it.

`TOWARD = "toward", QT_TRANSLATE_NOOP("core.labels", "turned toward")` stores "toward" and
shows "turned toward" (or its translation), so a feature keeps one list of its kinds, never
a kind list and a words dict side by side. `member.label` is translated each time it is
read, in the language in use then; `member.english` is the source word.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Self

from toward.core.i18n import translate

# Every enum label is marked for extraction in this context where its member is declared.
LABELS = "core.labels"


class _Labelled:
    """What both kinds of labelled enum share: the English label, read in translation."""

    english: str

    @property
    def label(self) -> str:
        """The label in the person's language."""
        return translate(LABELS, self.english)


class LabelledStr(_Labelled, StrEnum):
    """A StrEnum whose members are `value, label`; `member.label` is the label."""

    # The label defaults only so that looking a member up by its value, `Kind("x")`, reads
    # as a call a type checker accepts; every member is declared with its label.
    def __new__(cls, value: str, label: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.english = label
        return member


class LabelledInt(_Labelled, IntEnum):
    """An IntEnum whose members are `value, label`; `member.label` is the label."""

    def __new__(cls, value: int, label: str = "") -> Self:
        member = int.__new__(cls, value)
        member._value_ = value
        member.english = label
        return member
