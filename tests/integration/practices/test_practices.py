"""Practices from therapy: kept in the shared space, logged, offered on Today, summarised."""

from __future__ import annotations

import json
from datetime import timedelta

import jsonschema
import pytest

from tests.integration.export.support import pdf_text
from tests.integration.opendata.households import the_rest_of_the_household
from toward.core import clock
from toward.core.practices import InvalidPractice, week_start
from toward.core.spaces import Space
from toward.export.markdown import render_markdown
from toward.export.pdf import render_pdf
from toward.export.summary import (
    Contribution,
    Period,
    PracticesPart,
    Section,
    SummaryRequest,
    build_summary,
)
from toward.opendata.archive import FolderSink
from toward.opendata.export import DOCUMENT_NAME, export_data, schema_text
from toward.session import Session


def _today():
    return clock.now().astimezone().date()


def test_either_partner_adds_and_logs_and_both_see_it(maya: Session, sam: Session) -> None:
    talk = maya.practices.add("  A stress-reducing conversation  ", 3)
    assert talk.what == "A stress-reducing conversation" and talk.how_often == "3 times a week"
    sam.practices.log(talk, note="it helped")
    maya.practices.log(talk, on=_today() - timedelta(days=1))
    for session in (maya, sam):
        [seen] = session.practices.listed()
        assert seen.id == talk.id
        assert [t.note for t in session.practices.times(seen)] == ["it helped", ""]
    rows = maya.spaces.conn(Space.PRIVATE).execute("SELECT count(*) FROM practices").fetchone()
    assert rows[0] == 0  # the couple's, never in a private space


@pytest.mark.parametrize(
    ("what", "times", "message"),
    [("", 3, "what you will practise"), ("x" * 301, 3, "at most 300"), ("talk", 0, "1 to 14"),
     ("talk", 15, "1 to 14")],
)  # fmt: skip
def test_bad_practices_are_refused_with_a_reason(
    maya: Session, what: str, times: int, message: str
) -> None:
    with pytest.raises(InvalidPractice, match=message):
        maya.practices.add(what, times)
    assert maya.practices.listed() == []


def test_a_time_cannot_be_in_the_future_or_on_a_set_aside_practice(maya: Session) -> None:
    talk = maya.practices.add("talk", 2)
    with pytest.raises(InvalidPractice, match="future"):
        maya.practices.log(talk, on=_today() + timedelta(days=1))
    maya.practices.set_aside(talk)
    with pytest.raises(InvalidPractice, match="set aside"):
        maya.practices.log(talk)
    assert maya.practices.listed() == []
    assert [p.id for p in maya.practices.listed(include_ended=True)] == [talk.id]


def test_today_offers_a_practice_until_this_weeks_plan_is_met(maya: Session, sam: Session):
    day = _today()
    talk = maya.practices.add("A stress-reducing conversation", 2)
    card = maya.practices.attention(today=day)
    assert card is not None and card.count == 1 and card.section == "summary"
    assert "not yet practised this week" in card.lines[0]
    sam.practices.log(talk, on=week_start(day) - timedelta(days=1))  # last week: not counted
    sam.practices.log(talk, on=day)
    card = maya.practices.attention(today=day)
    assert card is not None and "once so far this week" in card.lines[0]
    maya.practices.log(talk, on=day)
    assert maya.practices.attention(today=day) is None
    assert all(c.title != "Practices from therapy" for c in maya.today(today=day).cards)


def test_the_summary_says_what_we_practised_and_quotes_notes_with_consent(
    maya: Session, sam: Session
) -> None:
    talk = sam.practices.add("MARKER-WHAT a stress-reducing conversation", 3)
    sam.practices.log(talk, note="MARKER-SAM-NOTE")
    maya.practices.log(talk, note="MARKER-MAYA-NOTE")
    maya.practices.log(talk, on=_today() - timedelta(days=40))  # outside the period
    request = SummaryRequest(Period.last_days(30), (Section.PRACTICES,))
    summary = build_summary(request, [Contribution(maya)])
    part = summary.parts[Section.PRACTICES]
    assert isinstance(part, PracticesPart)
    [item] = part.practices
    assert item.times_by == [("Maya", 1), ("Sam", 1)]
    assert item.notes_not_quoted == 1  # Sam has not let his notes go to therapy
    text = pdf_text(render_pdf(summary)) + render_markdown(summary)
    assert "What we practised" in text and "MARKER-WHAT" in text
    assert "MARKER-MAYA-NOTE" in text and "MARKER-SAM-NOTE" not in text
    assert "Practised 2 times in this period" in text

    sam.therapy_consent.set_default(True)
    shared = build_summary(request, [Contribution(maya)])
    assert "MARKER-SAM-NOTE" in render_markdown(shared)
    alone = build_summary(
        SummaryRequest(Period.last_days(30), (Section.PRACTICES,), individual=True),
        [Contribution(maya)],
    )
    words = render_markdown(alone)
    assert "MARKER-SAM-NOTE" not in words and "MARKER-WHAT" not in words
    assert "A practice Sam wrote down" in words and "MARKER-MAYA-NOTE" in words


def test_practices_go_into_the_open_export_and_validate(maya: Session, sam: Session, tmp_path):
    the_rest_of_the_household(maya, sam)
    out = export_data(sam, FolderSink(tmp_path / "out")).path
    document = json.loads((out / DOCUMENT_NAME).read_text("utf-8"))
    jsonschema.Draft202012Validator(json.loads(schema_text())).validate(document)
    records = document["records"]
    assert [p["what"] for p in records["practices"]] == ["a stress-reducing conversation"]
    assert sorted(t["note"] for t in records["practice_times"]) == ["", "we listened"]
    assert [line["partner_words"] for line in records["export_log"]][-1] == 1
