"""Questions for our therapist: private by default, shared and summarised by their writer only."""

from __future__ import annotations

import pytest

from tests.integration.export.support import pdf_text
from toward.core.spaces import NotAllowed, Space
from toward.core.therapist_questions import InvalidQuestion
from toward.export.markdown import render_markdown
from toward.export.pdf import render_pdf
from toward.export.summary import (
    Contribution,
    Period,
    QuestionsPart,
    Section,
    SummaryRequest,
    build_summary,
)
from toward.session import Session


def test_a_question_is_private_until_its_writer_shares_it(maya: Session, sam: Session) -> None:
    question = maya.therapist_questions.add("  Why do I go quiet?  ")
    assert question.text == "Why do I go quiet?" and question.info.space is Space.PRIVATE
    assert sam.therapist_questions.shared() == [] and sam.therapist_questions.mine() == []

    copy = maya.therapist_questions.share(question)
    assert [q.text for q in sam.therapist_questions.shared()] == ["Why do I go quiet?"]
    maya.therapist_questions.edit(question, "Why do I go quiet when asked?")
    assert [q.text for q in sam.therapist_questions.shared()] == ["Why do I go quiet when asked?"]
    with pytest.raises(NotAllowed):
        sam.therapist_questions.unshare(sam.therapist_questions.get(copy.id, Space.SHARED))

    maya.therapist_questions.unshare(question)
    assert sam.therapist_questions.shared() == []
    assert [q.text for q in maya.therapist_questions.mine()] == ["Why do I go quiet when asked?"]


def test_talked_about_leaves_the_open_list_and_delete_takes_the_copy_too(
    maya: Session, sam: Session
) -> None:
    first = maya.therapist_questions.add("first")
    second = maya.therapist_questions.add("second")
    maya.therapist_questions.share(second)
    maya.therapist_questions.mark_talked_about(first)
    assert [q.text for q in maya.therapist_questions.mine()] == ["second"]
    assert len(maya.therapist_questions.mine(include_talked_about=True)) == 2
    maya.therapist_questions.delete(second)
    assert sam.therapist_questions.shared() == []
    assert [q.text for q in maya.therapist_questions.mine(include_talked_about=True)] == ["first"]


@pytest.mark.parametrize(("text", "message"), [("  ", "Write the question"), ("x" * 1001, "1,000")])
def test_a_bad_question_is_refused_with_a_reason(maya: Session, text: str, message: str) -> None:
    with pytest.raises(InvalidQuestion, match=message):
        maya.therapist_questions.add(text)
    assert maya.therapist_questions.mine() == []


def test_only_ticked_questions_of_the_partners_present_go_into_a_summary(
    maya: Session, sam: Session
) -> None:
    ticked = maya.therapist_questions.add("MARKER-MAYA-TICKED")
    maya.therapist_questions.add("MARKER-MAYA-UNTICKED")
    sams = sam.therapist_questions.add("MARKER-SAM-SHARED")
    sam.therapist_questions.share(sams)
    request = SummaryRequest(Period.last_days(7), (Section.QUESTIONS,))
    # Maya even passes Sam's id: it is not in her list, so it never shows.
    alone = build_summary(
        request, [Contribution(maya, question_ids=frozenset({ticked.id, sams.id}))]
    )
    text = pdf_text(render_pdf(alone)) + render_markdown(alone)
    assert "MARKER-MAYA-TICKED" in text
    assert "MARKER-MAYA-UNTICKED" not in text and "MARKER-SAM" not in text
    assert "Questions for our therapist" in text
    assert not alone.partner_words

    together = build_summary(
        request,
        [
            Contribution(maya, question_ids=frozenset({ticked.id})),
            Contribution(sam, question_ids=frozenset({sams.id})),
        ],
    )
    part = together.parts[Section.QUESTIONS]
    assert isinstance(part, QuestionsPart)
    assert part.questions == [("Maya", "MARKER-MAYA-TICKED"), ("Sam", "MARKER-SAM-SHARED")]
    assert "Sam: MARKER-SAM-SHARED" in render_markdown(together)
    assert together.partner_words
