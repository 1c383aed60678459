"""The weekly check-in: private, one per week, in a summary only when its writer ticks it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.integration.export.support import pdf_text
from toward.core import clock
from toward.core.checkins import InvalidCheckin, week_of
from toward.core.spaces import Space
from toward.export.markdown import render_markdown
from toward.export.pdf import render_pdf
from toward.export.summary import (
    CheckinsPart,
    Contribution,
    Period,
    Section,
    SummaryRequest,
    build_summary,
)
from toward.session import Session


def _today():
    return clock.now().astimezone().date()


def test_one_check_in_a_week_kept_privately(maya: Session, sam: Session) -> None:
    first = maya.checkins.answer({"close": 2, "safe": 3, "hopeful": None}, note=" tired ")
    again = maya.checkins.answer({"close": 4, "safe": 3, "hopeful": 5}, note="better")
    assert again.id == first.id and again.week_of == week_of(_today())
    assert again.words("close") == "quite" and again.words("hopeful") == "very"
    maya.checkins.answer({"close": 1}, day=_today() - timedelta(weeks=1))
    assert [c.answers["close"] for c in maya.checkins.recent()] == [1, 4]
    shared = maya.spaces.conn(Space.SHARED).execute("SELECT count(*) FROM checkins").fetchone()
    assert shared[0] == 0  # never in the shared space
    assert sam.checkins.recent() == []


@pytest.mark.parametrize(
    ("answers", "message"),
    [({}, "at least one"), ({"close": 6}, "five steps"), ({"close": 0}, "five steps"),
     ({"partner": 3}, "not check-in questions"), ({"close": None}, "at least one")],
)  # fmt: skip
def test_bad_answers_are_refused_with_a_reason(maya: Session, answers, message) -> None:
    with pytest.raises(InvalidCheckin, match=message):
        maya.checkins.answer(answers)
    assert maya.checkins.recent() == []


def test_today_reminds_of_the_habit_until_this_week_has_one(maya: Session) -> None:
    assert maya.checkins.attention() is None  # never a nudge to start
    maya.checkins.answer({"hopeful": 3}, day=_today() - timedelta(weeks=1))
    card = maya.checkins.attention()
    assert card is not None and card.title == "Your weekly check-in"
    maya.checkins.answer({"hopeful": 3})
    assert maya.checkins.attention() is None


def test_check_ins_go_into_a_summary_only_when_their_writer_ticks_them(
    maya: Session, sam: Session
) -> None:
    maya.checkins.answer({"close": 2, "safe": 4, "hopeful": 3}, note="MARKER-MAYA-WEEK")
    sam.checkins.answer({"close": 5}, note="MARKER-SAM-WEEK")
    request = SummaryRequest(Period.last_days(7), (Section.CHECKINS,))

    unticked = build_summary(request, [Contribution(maya)])
    text = render_markdown(unticked)
    assert "MARKER-MAYA-WEEK" not in text and "My weekly check-ins" not in text
    assert Section.CHECKINS not in unticked.sections  # nothing ticked: no empty heading

    ticked = build_summary(request, [Contribution(maya, include_checkins=True)])
    text = pdf_text(render_pdf(ticked)) + render_markdown(ticked)
    assert "MARKER-MAYA-WEEK" in text and "MARKER-SAM" not in text
    assert "a little" in text and "quite" in text and "somewhat" in text
    assert "Anker, Duncan & Sparks" in text
    part = ticked.parts[Section.CHECKINS]
    assert isinstance(part, CheckinsPart) and [who for who, _ in part.people] == ["Maya"]

    together = build_summary(
        request, [Contribution(maya, include_checkins=True), Contribution(sam)]
    )
    assert "MARKER-SAM-WEEK" not in render_markdown(together)  # Sam did not tick his
