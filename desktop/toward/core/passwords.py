"""How long a password would stand up to guessing, for the setup and password forms.

The estimate is zxcvbn's (the one most password managers use): it knows the common
passwords, words, names, dates, keyboard runs and repeats that guessing tools try first,
and the names of the people in the household are added to what it tries. Its guesses are
read on our own scale, stricter than zxcvbn's score, because a copied data folder can be
guessed at offline for as long as someone likes. The words shown are our own.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

LABELS = ("Too short", "Weak", "Fair", "Good", "Strong")
# Guesses below each bound: Weak, Fair, Good; at or above the last: Strong. zxcvbn calls
# 10^10 "moderate protection from an offline slow-hash attack"; we ask for more.
_BOUNDS = (1e10, 1e12, 1e14)
# zxcvbn's matching grows with length; past this a password is long enough anyway.
_MAX_CHECKED = 72  # zxcvbn refuses more

_HINTS = {
    "user_inputs": "It holds a name close to you, one of the first things anyone would try.",
    "passwords": "It is close to a password many people use, so it is guessed early.",
    "words": "Common words and names are guessed early; a few unrelated ones work better.",
    "date": "Dates and years are among the first things tried.",
    "sequence": "Runs like abc or 123 are guessed early.",
    "repeat": "Repeated letters or words add little.",
    "spatial": "Keys next to each other on the keyboard are guessed early.",
}
_ENCOURAGE = {
    1: "Longer is stronger: try a few unrelated words.",
    2: "Adding another word or two would make it much stronger.",
    3: "A good password. Keep it to yourself.",
    4: "A strong password. Keep it to yourself.",
}


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (too short) to 4 (strong)
    label: str
    hint: str


def estimate_strength(password: str, *, min_length: int = 8, names: Iterable[str] = ()) -> Strength:
    """Rate a password; `names` (the partners', the household's) count as easy guesses."""
    text = unicodedata.normalize("NFC", password)
    if len(text) < min_length:
        return Strength(0, LABELS[0], f"Use at least {min_length} characters.")
    from zxcvbn import zxcvbn  # loaded on first use: the lock screen never needs it

    inputs = [part for name in names for part in name.split() if len(part) >= 2]
    result = zxcvbn(text[:_MAX_CHECKED], user_inputs=inputs)
    guesses = float(result["guesses"])
    score = 1 + sum(guesses >= bound for bound in _BOUNDS)
    if score < 4:
        hint = _weakest_pattern(result["sequence"]) or _ENCOURAGE[score]
    else:
        hint = _ENCOURAGE[score]
    return Strength(score, LABELS[score], hint)


def _weakest_pattern(sequence: list[Mapping[str, Any]]) -> str | None:
    """Our words for the easiest-guessed part zxcvbn found, if it is one we describe."""
    for match in sequence:
        pattern = match.get("pattern")
        if pattern == "dictionary":
            name = match.get("dictionary_name")
            if name == "user_inputs":
                return _HINTS["user_inputs"]
            if name == "passwords":
                return _HINTS["passwords"]
    for match in sequence:
        pattern = match.get("pattern")
        if pattern in _HINTS and pattern != "dictionary":
            return _HINTS[str(pattern)]
        if pattern == "dictionary":
            return _HINTS["words"]
    return None
