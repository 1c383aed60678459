"""The password meter: guessable patterns are weak, whatever their mix of characters."""

from __future__ import annotations

import pytest

from toward.core.passwords import LABELS, estimate_strength

WEAK = [
    "Password123!",
    "password",
    "P@ssw0rd2024",
    "qwertyuiop1",
    "iloveyou2020",
    "abcdefgh123",
    "aaaaaaaaaaaa",
    "Summer2024!",
    "letmein!!",
    "19841984",
]


@pytest.mark.parametrize("password", WEAK)
def test_well_known_patterns_are_weak(password: str) -> None:
    assert estimate_strength(password).label == "Weak"


def test_a_name_in_the_household_makes_a_password_weak() -> None:
    assert estimate_strength("Maura2024!", names=["Maura", "Sam"]).label == "Weak"
    assert estimate_strength("Oyelaran2024!").label != "Weak"
    assert estimate_strength("Oyelaran2024!", names=["Ada Oyelaran"]).label == "Weak"
    hint = estimate_strength("Oyelaran2024!", names=["Oyelaran"]).hint
    assert "name close to you" in hint


def test_long_unrelated_words_are_strong() -> None:
    strength = estimate_strength("Seven tall ferns, 42 quiet owls!")
    assert strength.score == 4
    assert strength.label == "Strong"


def test_short_passwords_are_too_short_before_anything_else() -> None:
    assert estimate_strength("Ab1!").label == LABELS[0]
    assert estimate_strength("Ab1!").hint == "Use at least 8 characters."


def test_a_very_long_password_is_rated_quickly_and_strong() -> None:
    assert estimate_strength("correct horse battery staple " * 40).label == "Strong"


def test_the_words_never_judge_the_person() -> None:
    for password in [*WEAK, "Maura2024!", "Tr0ub4dor&3", "correct horse battery staple"]:
        hint = estimate_strength(password, names=["Maura"]).hint
        assert not any(word in hint.lower() for word in ("bad", "stupid", "terrible", "fail"))
