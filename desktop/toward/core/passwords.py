"""A rough, honest password-strength estimate for the setup and change-password forms."""

from __future__ import annotations

import math
import string
import unicodedata
from dataclasses import dataclass

_COMMON = {
    "password", "passw0rd", "123456", "12345678", "123456789", "qwerty", "qwertyuiop",
    "letmein", "iloveyou", "welcome", "monkey", "dragon", "sunshine", "princess", "football",
    "baseball", "trustno1", "abc123", "111111", "000000", "love", "loveyou", "forever",
}  # fmt: skip

LABELS = ("Too short", "Weak", "Fair", "Good", "Strong")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (too short) to 4 (strong)
    label: str
    hint: str


def estimate_strength(password: str, *, min_length: int = 8) -> Strength:
    """Score a password from its length, variety and obvious patterns."""
    text = unicodedata.normalize("NFC", password)
    if len(text) < min_length:
        return Strength(0, LABELS[0], f"Use at least {min_length} characters.")
    lowered = text.lower()
    if lowered in _COMMON or any(
        lowered.startswith(w) and len(lowered) - len(w) <= 2 for w in _COMMON if len(w) >= 6
    ):
        return Strength(1, LABELS[1], "This is one of the first passwords people guess.")
    pool = 0
    if any(c in string.ascii_lowercase for c in text):
        pool += 26
    if any(c in string.ascii_uppercase for c in text):
        pool += 26
    if any(c in string.digits for c in text):
        pool += 10
    if any(c in string.punctuation or c == " " for c in text):
        pool += 33
    if any(ord(c) > 127 for c in text):
        pool += 100
    distinct = len(set(text))
    # Repeats and runs add little: count distinct characters more than raw length.
    effective = min(len(text), distinct * 2)
    bits = effective * math.log2(max(pool, 2))
    if bits < 40:
        return Strength(1, LABELS[1], "Longer is stronger: try a few unrelated words.")
    if bits < 60:
        return Strength(2, LABELS[2], "Adding another word or two would make it much stronger.")
    if bits < 80:
        return Strength(3, LABELS[3], "A good password. Keep it to yourself.")
    return Strength(4, LABELS[4], "A strong password. Keep it to yourself.")
