"""Enums that carry their own words: each member says how a person reads it.

`TOWARD = "toward", "turned toward"` stores "toward" and shows "turned toward", so a
feature keeps one list of its kinds, never a kind list and a words dict side by side.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Self


class LabelledStr(StrEnum):
    """A StrEnum whose members are `value, label`; `member.label` is the label."""

    label: str

    # The label defaults only so that looking a member up by its value, `Kind("x")`, reads
    # as a call a type checker accepts; every member is declared with its label.
    def __new__(cls, value: str, label: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member


class LabelledInt(IntEnum):
    """An IntEnum whose members are `value, label`; `member.label` is the label."""

    label: str

    def __new__(cls, value: int, label: str = "") -> Self:
        member = int.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member
