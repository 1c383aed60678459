"""The summary builder: the right numbers for a period, and only what may be shown.

Privacy is checked where it matters, in the rendered PDF's text (by pypdf), with marker
strings written into the records.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.integration.export.support import at, days_ago, pdf_text
from toward.core.bids import Answer
from toward.core.export_log import ExportKind
from toward.core.journal import EntryFields
from toward.core.period import InvalidPeriod, Period
from toward.core.spaces import NotAllowed, Space
from toward.export.markdown import render_markdown
from toward.export.pdf import render_pdf
from toward.export.summary import (
    BidsPart,
    Contribution,
    InvalidSummary,
    JournalPart,
    NotePart,
    Section,
    SummaryRequest,
    build_summary,
    parse_sections,
    since_last_summary,
)
from toward.session import Session

ALL = (Section.NOTE, Section.BIDS, Section.JOURNAL)


def _summary_text(request: SummaryRequest, *contributions: Contribution) -> str:
    summary = build_summary(request, contributions)
    text = pdf_text(render_pdf(summary))
    assert " ".join(text.split())  # the PDF has text at all
    markdown = render_markdown(summary)
    return text + "\n" + markdown


def test_bid_counts_follow_the_period_to_the_day(maya: Session, sam: Session) -> None:
    start, end = days_ago(20), days_ago(6)
    period = Period(start, end)
    answers = [Answer.TOWARD] * 5 + [Answer.AWAY] * 2 + [Answer.AGAINST] + [Answer.MISSED] * 2
    for i, answer in enumerate(answers):
        maya.bids.log(Space.SHARED, by_me=True, answer=answer, made_at=at(start + timedelta(i)))
    sam.bids.log(Space.SHARED, by_me=True, answer=Answer.TOWARD, made_at=at(end, 23, 59))
    sam.bids.log(Space.SHARED, by_me=True, answer=Answer.AWAY, made_at=at(start, 0, 0))
    maya.bids.log(Space.PRIVATE, by_me=False, answer=Answer.TOWARD, made_at=at(end))
    # just outside, on either side
    maya.bids.log(Space.SHARED, by_me=True, made_at=at(start - timedelta(1), 23, 59))
    maya.bids.log(Space.SHARED, by_me=True, made_at=at(end + timedelta(1), 0, 0))
    sam.bids.log(Space.PRIVATE, by_me=True, made_at=at(end))  # Sam's private: not Maya's to see

    summary = build_summary(SummaryRequest(period, (Section.BIDS,)), [Contribution(maya)])
    part = summary.parts[Section.BIDS]
    assert isinstance(part, BidsPart)
    by_name = {b.name: b.counts for b in part.bidders}
    assert (by_name["Maya"].toward, by_name["Maya"].away, by_name["Maya"].against) == (5, 2, 1)
    assert by_name["Maya"].missed == 2
    assert (by_name["Sam"].toward, by_name["Sam"].away, by_name["Sam"].total) == (2, 1, 3)
    assert part.overall.total == 13
    assert part.bank[-1].balance == 7 - 4  # 7 toward in, 3 away and 1 against out
    assert sum(p.deposits for p in part.bank) == 7
    assert part.weeks[0].week_start <= start <= part.weeks[-1].week_start + timedelta(6)
    assert part.whose_view == "Maya"


def test_private_entries_only_when_ticked_by_their_author(maya: Session, sam: Session) -> None:
    period = Period.last_days(30)
    ticked = maya.journal.write(Space.PRIVATE, EntryFields(title="t", body="MARKER-MAYA-TICKED"))
    maya.journal.write(Space.PRIVATE, EntryFields(title="u", body="MARKER-MAYA-UNTICKED"))
    sams = sam.journal.write(Space.PRIVATE, EntryFields(title="s", body="MARKER-SAM-PRIVATE"))
    maya.journal.write(Space.SHARED, EntryFields(title="Shared by Maya", body="MARKER-MAYA-SHARED"))

    # Maya even passes Sam's private entry id: it is not in her space, so it never shows.
    request = SummaryRequest(period, ALL)
    text = _summary_text(
        request, Contribution(maya, frozenset({ticked.id, sams.id}), note="MARKER-NOTE")
    )
    assert "MARKER-MAYA-TICKED" in text
    assert "MARKER-MAYA-SHARED" in text
    assert "MARKER-NOTE" in text
    assert "MARKER-MAYA-UNTICKED" not in text
    assert "MARKER-SAM-PRIVATE" not in text
    assert "private, chosen for this summary" in text


def test_a_shared_and_ticked_private_entry_appears_once(maya: Session) -> None:
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="Once", body="MARKER-ONCE"))
    maya.journal.share(entry)
    request = SummaryRequest(Period.last_days(7), (Section.JOURNAL,))
    summary = build_summary(request, [Contribution(maya, frozenset({entry.id}))])
    part = summary.parts[Section.JOURNAL]
    assert isinstance(part, JournalPart)
    assert [e.body for e in part.entries] == ["MARKER-ONCE"]
    assert not part.entries[0].private


def test_partner_text_needs_its_authors_consent(maya: Session, sam: Session) -> None:
    request = SummaryRequest(Period.last_days(30), (Section.JOURNAL,))
    mine = maya.journal.write(Space.SHARED, EntryFields(title="Mine", body="MARKER-MINE"))
    asked = sam.journal.write(Space.SHARED, EntryFields(title="Asked", body="MARKER-SAM-ALLOWED"))
    sam.journal.write(Space.SHARED, EntryFields(title="Silent", body="MARKER-SAM-SILENT"))
    refused = sam.journal.write(
        Space.SHARED, EntryFields(title="Refused", body="MARKER-SAM-REFUSED")
    )
    sam_reply = sam.journal.replies.add(mine, "MARKER-SAM-REPLY")
    maya.journal.replies.add(mine, "MARKER-MAYA-REPLY")
    sam.therapy_consent.set("journal_entries", asked.id, True)
    sam.therapy_consent.set("journal_entries", refused.id, False)

    text = _summary_text(request, Contribution(maya))
    assert "MARKER-MINE" in text and "MARKER-MAYA-REPLY" in text
    assert "MARKER-SAM-ALLOWED" in text
    for hidden in ("MARKER-SAM-SILENT", "MARKER-SAM-REFUSED", "MARKER-SAM-REPLY", "Silent"):
        assert hidden not in text
    assert "Sam wrote 2 more shared entries" in text
    part = build_summary(request, [Contribution(maya)]).parts[Section.JOURNAL]
    assert isinstance(part, JournalPart)
    assert part.not_quoted == {"Sam": 2} and part.replies_not_quoted == 1
    markdown = render_markdown(build_summary(request, [Contribution(maya)]))
    assert "_1 reply under these entries is counted, not quoted, for the same reason._" in markdown
    sam.journal.replies.add(mine, "MARKER-SAM-SECOND")
    markdown = render_markdown(build_summary(request, [Contribution(maya)]))
    assert "_2 replies under these entries are counted, not quoted" in markdown
    assert part.shared_in_period == 4

    # Sam's default says yes; the one he refused stays out, and his reply comes in.
    sam.therapy_consent.set_default(True)
    text = _summary_text(request, Contribution(maya))
    assert "MARKER-SAM-SILENT" in text and "MARKER-SAM-REPLY" in text
    assert "MARKER-SAM-REFUSED" not in text
    sam.therapy_consent.set("journal_replies", sam_reply.id, False)
    assert "MARKER-SAM-REPLY" not in _summary_text(request, Contribution(maya))


def test_only_the_author_decides_about_their_text(maya: Session, sam: Session) -> None:
    entry = sam.journal.write(Space.SHARED, EntryFields(body="his"))
    with pytest.raises(NotAllowed):
        maya.therapy_consent.set("journal_entries", entry.id, True)
    with pytest.raises(ValueError, match="no texts"):
        sam.therapy_consent.set("bids", entry.id, True)
    assert maya.therapy_consent.choice(entry.id) is None
    assert not maya.therapy_consent.allowed(entry.id, sam.partner.id)


def test_the_exporter_can_leave_shared_entries_out(maya: Session) -> None:
    keep = maya.journal.write(Space.SHARED, EntryFields(title="Keep", body="MARKER-KEEP"))
    maya.journal.write(Space.SHARED, EntryFields(title="Drop", body="MARKER-DROP"))
    request = SummaryRequest(Period.last_days(7), (Section.JOURNAL,), frozenset({keep.id}))
    text = _summary_text(request, Contribution(maya))
    assert "MARKER-KEEP" in text and "MARKER-DROP" not in text


def test_journal_period_boundaries(maya: Session) -> None:
    period = Period(days_ago(10), days_ago(3))
    for day, marker in ((11, "BEFORE"), (10, "FIRST-DAY"), (3, "LAST-DAY"), (2, "AFTER")):
        hour = 0 if marker in ("FIRST-DAY", "AFTER") else 23
        maya.journal.write(
            Space.SHARED,
            EntryFields(body=f"MARKER-{marker}"),
            written_at=at(days_ago(day), hour, 30),
        )
    text = _summary_text(SummaryRequest(period, (Section.JOURNAL,)), Contribution(maya))
    assert "MARKER-FIRST-DAY" in text and "MARKER-LAST-DAY" in text
    assert "MARKER-BEFORE" not in text and "MARKER-AFTER" not in text


def test_together_each_partner_brings_their_own_private_entries(
    maya: Session, sam: Session
) -> None:
    hers = maya.journal.write(Space.PRIVATE, EntryFields(body="MARKER-HERS"))
    his = sam.journal.write(Space.PRIVATE, EntryFields(body="MARKER-HIS"))
    sam.journal.write(Space.PRIVATE, EntryFields(body="MARKER-HIS-UNTICKED"))
    request = SummaryRequest(Period.last_days(7), (Section.NOTE, Section.JOURNAL))
    # Each id is ticked by the wrong partner first: neither shows.
    crossed = _summary_text(
        request, Contribution(maya, frozenset({his.id})), Contribution(sam, frozenset({hers.id}))
    )
    assert "MARKER-HERS" not in crossed and "MARKER-HIS" not in crossed
    joint = build_summary(
        request,
        [
            Contribution(maya, frozenset({hers.id}), note="from her"),
            Contribution(sam, frozenset({his.id}), note="from him"),
        ],
    )
    text = pdf_text(render_pdf(joint))
    assert "MARKER-HERS" in text and "MARKER-HIS" in text
    assert "MARKER-HIS-UNTICKED" not in text
    assert joint.prepared_by == ["Maya", "Sam"]
    assert "Prepared by Maya and Sam" in text
    note = joint.parts[Section.NOTE]
    assert isinstance(note, NotePart) and note.notes == [("Maya", "from her"), ("Sam", "from him")]


def test_since_the_last_summary(maya: Session, sam: Session) -> None:
    assert since_last_summary(maya) is None
    sam.exports.record(ExportKind.THERAPY_SUMMARY, file_format="pdf")
    period = since_last_summary(maya)
    assert period is not None and period.start == period.end == days_ago(0)


def test_bad_requests_get_clear_messages(maya: Session) -> None:
    with pytest.raises(InvalidPeriod, match="ends before"):
        Period(days_ago(1), days_ago(2))
    with pytest.raises(InvalidSummary, match="not a section"):
        parse_sections(["bids", "diary"])
    with pytest.raises(InvalidSummary, match="at least one"):
        parse_sections([])
    assert parse_sections(["Journal", "bids", "bids"]) == (Section.BIDS, Section.JOURNAL)
    with pytest.raises(InvalidSummary, match="note can be at most"):
        build_summary(
            SummaryRequest(Period.last_days(7), (Section.NOTE,)),
            [Contribution(maya, note="x" * 20_001)],
        )


def test_an_empty_period_reads_kindly(maya: Session) -> None:
    text = _summary_text(SummaryRequest(Period.last_days(7), ALL), Contribution(maya))
    assert "No bids were logged in this period" in text
    assert "No journal entries are included" in text
    assert "No note was written" in text
