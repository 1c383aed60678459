"""A summary for an individual session: only its maker's words, and no note in the log.

A couple's summary is noted in the shared history with the least that protects the
partner: who, when, the form, and whether the partner's words are in it.
"""

from __future__ import annotations

from datetime import timedelta

from tests.integration.export.support import pdf_text
from tests.integration.repairs.support import agreed
from toward.core import clock
from toward.core.journal import EntryFields
from toward.core.repairs import SEALED_STEPS, Topic
from toward.core.spaces import Space
from toward.export.history import note_summary_export
from toward.export.markdown import render_markdown
from toward.export.pdf import render_pdf
from toward.export.summary import (
    SECTION_ORDER,
    Contribution,
    InvalidSummary,
    Period,
    Section,
    Summary,
    SummaryRequest,
    build_summary,
)
from toward.session import Session


def _everyone_wrote(maya: Session, sam: Session) -> None:
    """Shared words by both, each allowing all of theirs to go to therapy."""
    for session in (maya, sam):
        session.therapy_consent.set_default(True)
    mine = sam.journal.write(
        Space.SHARED, EntryFields(title="Sam's entry", body="MARKER-SAM-ENTRY")
    )
    hers = maya.journal.write(
        Space.SHARED, EntryFields(title="Maya's entry", body="MARKER-MAYA-ENTRY")
    )
    maya.journal.replies.add(sam.journal.get(Space.SHARED, mine.id), "MARKER-MAYA-REPLY")
    sam.journal.replies.add(sam.journal.get(Space.SHARED, hers.id), "MARKER-SAM-REPLY-ON-HERS")
    maya.promises.make("MARKER-MAYA-PROMISE", to_partner_id=sam.partner.id)
    sam.promises.make("MARKER-SAM-PROMISE", to_partner_id=maya.partner.id)
    maya.promises.add_agreement("MARKER-MAYA-AGREEMENT")
    repair = agreed(maya, sam, "MARKER-MAYA-TOPIC")
    for step in SEALED_STEPS:
        maya.repairs.submit(repair, step, f"MARKER-MAYA-ANSWER {step}")
        sam.repairs.submit(repair, step, f"MARKER-SAM-ANSWER {step}")
        maya.repairs.publish_ready()
        sam.repairs.publish_ready()
    maya.repairs.accept_apology(maya.repairs.get(repair.id))
    sam.repairs.accept_apology(sam.repairs.get(repair.id))
    sam.repairs.add_plan_item(sam.repairs.get(repair.id), "MARKER-SAM-PLAN")
    maya.repairs.add_plan_item(maya.repairs.get(repair.id), "MARKER-MAYA-PLAN")
    sam.repairs.start("MARKER-SAM-TOPIC", Topic.ARGUMENT, clock.now() + timedelta(hours=2))


def _text(summary: Summary) -> str:
    return pdf_text(render_pdf(summary)) + "\n" + render_markdown(summary)


def _summary(session: Session, *, individual: bool, note: str = "") -> Summary:
    request = SummaryRequest(Period.last_days(7), SECTION_ORDER, individual=individual)
    return build_summary(request, [Contribution(session, note=note)])


def test_an_individual_summary_holds_only_its_makers_words(maya: Session, sam: Session):
    _everyone_wrote(maya, sam)
    summary = _summary(sam, individual=True, note="MARKER-SAM-NOTE")
    text = _text(summary)
    for mine in ("ENTRY", "PROMISE", "ANSWER", "PLAN", "TOPIC", "NOTE"):
        assert f"MARKER-SAM-{mine}" in text, mine
    assert "MARKER-MAYA" not in text
    assert "A conversation Maya started" in text  # her topic stands as a fact, not her words
    assert "Summary for an individual session" in text
    assert "Only Sam's own words are in this summary" in text
    assert not summary.partner_words


def test_a_couples_summary_says_whether_the_partners_words_are_in_it(maya: Session, sam: Session):
    lone = _summary(sam, individual=False)
    assert not lone.partner_words  # nothing written yet
    _everyone_wrote(maya, sam)
    summary = _summary(sam, individual=False)
    text = _text(summary)
    assert "MARKER-MAYA-ENTRY" in text and "MARKER-MAYA-ANSWER" in text
    assert summary.partner_words
    assert summary.scope is None and summary.title == "Summary for therapy"


def test_only_a_couples_summary_is_noted_and_with_the_least_it_can_say(
    maya: Session, sam: Session
) -> None:
    _everyone_wrote(maya, sam)
    assert (
        note_summary_export(sam.exports, _summary(sam, individual=True), file_format="pdf") is None
    )
    assert maya.exports.count() == 0
    noted = note_summary_export(
        sam.exports, _summary(sam, individual=False), file_format="pdf", protected=True
    )
    assert noted is not None
    [seen] = maya.exports.history()
    assert (seen.partner_id, seen.partner_words, seen.protected) == (sam.partner.id, True, True)
    assert (seen.period_start, seen.period_end, seen.sections) == (None, None, ())


def test_an_individual_summary_is_made_by_one_partner(maya: Session, sam: Session) -> None:
    request = SummaryRequest(Period.last_days(7), SECTION_ORDER, individual=True)
    try:
        build_summary(request, [Contribution(maya), Contribution(sam)])
    except InvalidSummary as exc:
        assert "one partner" in str(exc)
    else:
        raise AssertionError("two partners made an individual summary")


def test_a_summary_reads_in_the_order_of_a_session(maya: Session) -> None:
    backwards = tuple(reversed(SECTION_ORDER))
    summary = build_summary(SummaryRequest(Period.last_days(7), backwards), [Contribution(maya)])
    assert summary.sections[:3] == (Section.NOTE, Section.SINCE, Section.PRACTICES)
    assert summary.sections[3:] == (
        Section.BIDS,
        Section.LEDGER,
        Section.PROMISES,
        Section.REPAIRS,
        Section.TALKS,
        Section.JOURNAL,
    )
    text = render_markdown(summary)
    assert text.index("What I want to talk about") < text.index("What happened since last time")
    assert "This summary covers 7 days." in text
    assert "A quiet stretch" in text
