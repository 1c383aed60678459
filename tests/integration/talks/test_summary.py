"""Planned conversations in a therapy summary: topic, day, notes and agreement; never the
private preparation."""

from __future__ import annotations

from datetime import timedelta

from tests.integration.export.support import pdf_text
from toward.core import clock
from toward.core.talks import TalkTopic
from toward.export.markdown import render_markdown
from toward.export.pdf import render_pdf
from toward.export.summary import (
    Contribution,
    Period,
    Section,
    SummaryRequest,
    build_summary,
    parse_sections,
)
from toward.export.talks import TalksPart
from toward.session import Session


def test_talks_had_in_the_period_with_notes_and_agreement(maya: Session, sam: Session):
    had = maya.talks.plan(TalkTopic.WORK_MONEY, clock.now() + timedelta(minutes=1))
    maya.talks.prepare(had, {"pt-money-1": "MARKER-PREP thrift"})
    sam.talks.accept_time(had)
    sam.talks.finish(had, "MARKER-AGREED a money date each month", notes="MARKER-NOTES\nline two")
    maya.talks.plan(TalkTopic.FAMILY, clock.now() + timedelta(days=1))  # not had yet
    played = maya.knowing.start()
    maya.knowing.answer(played, "MARKER-MINE", "MARKER-GUESS")
    sam.knowing.answer(played, "his", "hers")
    maya.knowing.publish_ready()
    question = maya.knowing.question(played)
    assert question is not None
    maya.knowing.start()  # not answered yet: not in the summary

    assert parse_sections(["talks"]) == (Section.TALKS,)
    request = SummaryRequest(Period.last_days(30), (Section.TALKS,))
    summary = build_summary(request, [Contribution(maya)])
    part = summary.parts[Section.TALKS]
    assert isinstance(part, TalksPart)
    [item] = part.talks
    assert item.topic == "Work and money" and item.notes == "MARKER-NOTES\nline two"
    assert item.agreement == "MARKER-AGREED a money date each month"
    assert part.knowing_questions == [question.text]
    for text in (render_markdown(summary), pdf_text(render_pdf(summary))):
        assert "Planned conversations" in text and "Work and money" in text
        assert "MARKER-NOTES" in text and "MARKER-AGREED" in text
        assert "MARKER-PREP" not in text and "Family" not in text
        assert "How well do we know each other?" in text and question.text[:30] in text
        assert "MARKER-MINE" not in text and "MARKER-GUESS" not in text


def test_no_talks_is_said_gently(maya: Session):
    request = SummaryRequest(Period.last_days(7), (Section.TALKS,))
    summary = build_summary(request, [Contribution(maya)])
    assert "No planned conversations were had" in render_markdown(summary)
