"""Recovery codes: readable by hand, forgiving of how they are typed back."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from toward.vault.recovery import (
    ALPHABET,
    GROUP_LEN,
    GROUPS,
    new_recovery_code,
    normalize_recovery_code,
)

CODE = re.compile(rf"^[{ALPHABET}]{{{GROUP_LEN}}}(-[{ALPHABET}]{{{GROUP_LEN}}}){{{GROUPS - 1}}}$")

codes = st.lists(
    st.sampled_from(ALPHABET), min_size=GROUPS * GROUP_LEN, max_size=GROUPS * GROUP_LEN
).map(lambda chars: "-".join("".join(chars[i : i + GROUP_LEN]) for i in range(0, 25, 5)))

# How a person may write each character back: its case, and the look-alikes.
LOOKALIKES = {"0": "0Oo", "1": "1IiLl"}


@st.composite
def typed_back(draw: st.DrawFn, code: str) -> str:
    out = []
    for ch in code:
        if ch == "-":
            out.append(draw(st.sampled_from(["-", "", " ", "  ", " - ", "\t"])))
            continue
        ch = draw(st.sampled_from(LOOKALIKES.get(ch, ch + ch.lower())))
        out.append(ch + draw(st.sampled_from(["", "", "", " ", "-"])))
    return draw(st.sampled_from(["", " ", "\n"])) + "".join(out) + draw(st.sampled_from(["", " "]))


def test_new_codes_are_five_groups_of_five_from_the_alphabet():
    for _ in range(50):
        assert CODE.match(new_recovery_code())


def test_the_alphabet_has_no_lookalike_letters():
    assert len(ALPHABET) == len(set(ALPHABET)) == 32
    assert not set("ILOU") & set(ALPHABET)


def test_new_codes_are_random():
    assert len({new_recovery_code() for _ in range(100)}) == 100


@given(codes.flatmap(lambda code: st.tuples(st.just(code), typed_back(code))))
def test_a_code_survives_case_spacing_dashes_and_lookalikes(pair):
    code, typed = pair
    assert normalize_recovery_code(typed) == normalize_recovery_code(code)


@given(codes, codes)
def test_different_codes_stay_different(one, two):
    assert (normalize_recovery_code(one) == normalize_recovery_code(two)) == (one == two)


@given(codes)
def test_the_canonical_form_is_the_bare_upper_case_code(code):
    assert normalize_recovery_code(code) == code.replace("-", "").encode("ascii")
    assert normalize_recovery_code(new_recovery_code()) != normalize_recovery_code(code)


def test_fullwidth_characters_typed_by_an_input_method_still_match():
    code = "K7QX2-9MWPD-3ABCD-EFGHJ-KMNPQ"
    fullwidth = "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in code)
    assert normalize_recovery_code(fullwidth) == normalize_recovery_code(code)
