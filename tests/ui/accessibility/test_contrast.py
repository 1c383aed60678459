"""Text stands out from what is behind it: at least 4.5:1 (WCAG 2.1, 1.4.3), in both schemes.

Each pair is a colour the style sheet, a painted list or a chart gives text, over a colour
it gives the ground beneath that text. A guard checks that every colour resources/style.qss
uses for text or for a ground is among the pairs, so a new rule cannot slip past.
Disabled controls are left out, as WCAG leaves them out: their faintness is their message.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor
from toward.resources import resource_path

from toward.household import PARTNER_COLOURS
from toward.ui.kit import theme

MINIMUM = 4.5

# (text, ground) by palette name; where the two meet is said once, beside the pair.
PAIRS = [
    *[("text", ground) for ground in ("bg", "sidebar", "surface", "input_bg")],
    ("text", "hover"),  # a button under the pointer
    ("text", "pressed"),
    ("text", "accent_soft"),  # a selected row, a checked segment, selected text
    ("text", "notice_bg"),  # the welcome, read-only and other notes
    *[("muted", ground) for ground in ("bg", "sidebar", "surface", "input_bg", "accent_soft")],
    *[("accent", ground) for ground in ("bg", "sidebar", "surface", "hover", "accent_soft")],
    ("on_accent", "accent"),  # a primary button
    ("on_accent", "accent_hover"),
    ("danger", "bg"),  # an error under a field
    ("danger", "surface"),
]
# Grounds never behind text (borders, a progress bar's trough, a check box's square), and
# the disabled look (see above).
NOT_BEHIND_TEXT = {"border", "border_strong", "accent_disabled", "transparent"}
RULE = re.compile(r"([^{}]+)\{([^{}]*(?:\{\{[^{}]*\}\}[^{}]*)*)\}", re.S)
COLOUR_OF_TEXT = re.compile(r"(?<![-\w])(?:selection-)?color:\s*\{\{(\w+)\}\}")
GROUND = re.compile(r"(?:background|selection-background-color):\s*\{\{(\w+)\}\}")


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_ratio_is_the_one_wcag_gives() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_colour_on_every_ground_it_meets(dark: bool) -> None:
    values = theme.palette_values(dark)
    low = [
        f"{text} {values[text]} on {ground} {values[ground]}: {ratio:.2f}:1"
        for text, ground in PAIRS
        if (ratio := contrast(QColor(values[text]), QColor(values[ground]))) < MINIMUM
    ]
    assert not low, "\n".join(["Text below 4.5:1:", *low])


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_text_over_a_partners_wash_and_on_charts(dark: bool) -> None:
    """A private entry sits on a faint wash of its author's colour; charts label in muted."""
    theme._current["dark"] = dark  # what theme.tint mixes with, as after apply_theme
    try:
        low = []
        for partner in PARTNER_COLOURS:
            ground = theme.tint(partner, 0.08)  # as the journal list paints it
            for text in ("text", "muted"):
                ratio = contrast(theme.colour(text), ground)
                if ratio < MINIMUM:
                    low.append(f"{text} on {partner}'s wash {ground.name()}: {ratio:.2f}:1")
    finally:
        theme._current["dark"] = False
    assert not low, "\n".join(["Text below 4.5:1:", *low])


def test_the_style_sheet_uses_no_untested_colour_for_text_or_ground() -> None:
    """Every `color` and every ground in style.qss is in PAIRS (or never behind text)."""
    sheet = resource_path("style.qss").read_text("utf-8")
    texts = {text for text, _ in PAIRS}
    grounds = {ground for _, ground in PAIRS} | NOT_BEHIND_TEXT
    found = []
    for selector, body in RULE.findall(re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)):
        if ":disabled" in selector:
            continue
        found += [f"{selector.strip()}: text {n}" for n in COLOUR_OF_TEXT.findall(body)]
        found = [f for f in found if f.rsplit(" ", 1)[1] not in texts]
        found += [
            f"{selector.strip()}: ground {n}" for n in GROUND.findall(body) if n not in grounds
        ]
        # A rule that gives both: that very pair is checked.
        for text in COLOUR_OF_TEXT.findall(body):
            found += [
                f"{selector.strip()}: {text} on {ground}"
                for ground in GROUND.findall(body)
                if ground not in NOT_BEHIND_TEXT and (text, ground) not in PAIRS
            ]
    assert not found, "\n".join(["Colours in style.qss not checked here:", *found])
