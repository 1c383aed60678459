"""'What happened since last time': counted lines about the period, never anyone's words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from toward.core.bids import Answer
from toward.core.export_log import ExportKind
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.export.markdown import render_markdown
from toward.export.summary import (
    Contribution,
    Period,
    Section,
    SincePart,
    SummaryRequest,
    build_summary,
)
from toward.session import Session


def test_the_period_in_counts_and_the_day_of_the_last_summary(maya: Session, sam: Session):
    maya.exports.record(
        ExportKind.THERAPY_SUMMARY,
        file_format="pdf",
        exported_at=datetime(2026, 1, 5, 12, tzinfo=UTC),
    )
    maya.bids.log(Space.SHARED, by_me=True, answer=Answer.TOWARD, description="MARKER-BID")
    sam.bids.log(Space.SHARED, by_me=True, answer=Answer.AWAY)
    sam.journal.write(Space.SHARED, EntryFields(title="MARKER-TITLE", body="MARKER-BODY"))
    sam.promises.make("MARKER-PROMISE", to_partner_id=maya.partner.id)
    talk = maya.practices.add("MARKER-PRACTICE", 2)
    maya.practices.log(talk)
    maya.practices.log(talk, on=talk.info.created_at.astimezone().date() - timedelta(days=1))

    request = SummaryRequest(Period.last_days(14), (Section.SINCE,))
    summary = build_summary(request, [Contribution(maya)])
    part = summary.parts[Section.SINCE]
    assert isinstance(part, SincePart)
    assert part.lines == [
        "This summary covers 14 days.",
        "The last summary for a couples session was made on 5 January 2026.",
        "1 shared journal entry.",
        "2 bids for connection logged; 1 turned toward.",
        "1 promise made or settled.",
        "Practices from therapy: practised 2 times.",
    ]
    assert "MARKER" not in render_markdown(summary)
    assert not summary.partner_words
