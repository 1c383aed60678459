"""The export history: both partners see every export, and it never holds content."""

from __future__ import annotations

from datetime import date

import pytest

from toward.core.export_log import ExportKind
from toward.core.spaces import Space
from toward.session import Session


def test_both_partners_see_every_export_newest_first(maya: Session, sam: Session) -> None:
    first = maya.exports.record(
        ExportKind.THERAPY_SUMMARY,
        file_format="pdf",
        period_start=date(2026, 10, 1),
        period_end=date(2026, 10, 31),
        sections=("bids", "journal", "note"),
        protected=True,
    )
    sam.exports.record(ExportKind.DATA_EXPORT, file_format="zip")
    for session in (maya, sam):
        history = session.exports.history()
        assert [r.kind for r in history] == [ExportKind.DATA_EXPORT, ExportKind.THERAPY_SUMMARY]
        assert [r.partner_id for r in history] == [sam.partner.id, maya.partner.id]
        assert session.exports.count() == 2
    mine = sam.exports.history()[1]
    assert mine.id == first.id
    assert (mine.period_start, mine.period_end) == (date(2026, 10, 1), date(2026, 10, 31))
    assert mine.sections == ("bids", "journal", "note")
    assert mine.protected and mine.file_format == "pdf"
    assert sam.exports.history()[0].period_start is None
    assert sam.exports.history()[0].sections == ()


def test_the_log_lives_in_the_shared_space_only(maya: Session) -> None:
    maya.exports.record(ExportKind.THERAPY_SUMMARY, file_format="md", sections=("bids",))
    for space, expected in ((Space.SHARED, 1), (Space.PRIVATE, 0)):
        count = maya.spaces.conn(space).execute("SELECT count(*) FROM export_log").fetchone()[0]
        assert count == expected


def test_last_finds_the_latest_of_a_kind_and_partner(maya: Session, sam: Session) -> None:
    assert maya.exports.last(ExportKind.THERAPY_SUMMARY) is None
    maya.exports.record(ExportKind.THERAPY_SUMMARY, file_format="pdf")
    sams = sam.exports.record(ExportKind.THERAPY_SUMMARY, file_format="pdf")
    maya.exports.record(ExportKind.DATA_EXPORT, file_format="zip")
    last = maya.exports.last(ExportKind.THERAPY_SUMMARY)
    assert last is not None and last.id == sams.id
    mine = maya.exports.last(ExportKind.THERAPY_SUMMARY, partner_id=maya.partner.id)
    assert mine is not None and mine.partner_id == maya.partner.id


@pytest.mark.parametrize(
    "sections",
    [("I cried about the money",), ("bids,journal",), ("Bids",), ("x" * 40,), ("",)],
)
def test_a_section_name_cannot_carry_content(maya: Session, sections: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="section names"):
        maya.exports.record(ExportKind.THERAPY_SUMMARY, file_format="pdf", sections=sections)
    assert maya.exports.count() == 0


def test_bad_format_and_backwards_period_are_refused(maya: Session) -> None:
    with pytest.raises(ValueError, match="file format"):
        maya.exports.record(ExportKind.THERAPY_SUMMARY, file_format="my notes.pdf")
    with pytest.raises(ValueError, match="ends before"):
        maya.exports.record(
            ExportKind.THERAPY_SUMMARY,
            file_format="pdf",
            period_start=date(2026, 2, 1),
            period_end=date(2026, 1, 1),
        )
    assert maya.exports.count() == 0


def test_an_export_can_be_dated_in_the_past(maya: Session) -> None:
    from datetime import UTC, datetime

    earlier = datetime(2026, 1, 5, 20, 0, tzinfo=UTC)
    maya.exports.record(ExportKind.THERAPY_SUMMARY, file_format="pdf")
    maya.exports.record(ExportKind.THERAPY_SUMMARY, file_format="md", exported_at=earlier)
    assert [r.file_format for r in maya.exports.history()] == ["pdf", "md"]
    assert maya.exports.history()[1].exported_at == earlier
