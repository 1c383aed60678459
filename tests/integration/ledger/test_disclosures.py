"""Drafts become disclosures in one batch; withheld whys stay private; responses; corrections."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from tests.conftest import Couple
from tests.integration.support import decrypted_pages
from toward.core import clock
from toward.core.changes import Change
from toward.core.ledger import (
    DraftFields,
    Grouping,
    InvalidLedgerLine,
    Money,
    Purpose,
    ResponseKind,
)
from toward.core.ledger.money import format_money
from toward.core.period import Period
from toward.core.spaces import NotAllowed, RecordNotFound, Space
from toward.household import SHARED_DB, private_db_name
from toward.session import Session

TODAY = clock.today()


def fields(amount: str = "12.50", currency: str = "USD", days_ago: int = 1, **more) -> DraftFields:
    return DraftFields(TODAY - timedelta(days=days_ago), Money.of(amount, currency), **more)


def test_a_draft_is_private_until_disclosed(maya: Session, sam: Session):
    draft = maya.ledger.add_draft(fields(payee="Hardware store", why="shelves"))
    assert [d.id for d in maya.ledger.drafts()] == [draft.id]
    assert sam.ledger.drafts() == []
    assert maya.ledger.disclosures() == sam.ledger.disclosures() == []


def test_disclosing_a_batch_moves_every_draft_and_removes_them(maya: Session, sam: Session):
    first = maya.ledger.add_draft(fields("0.10", payee="A", account="Visa"))
    second = maya.ledger.add_draft(fields("0.20", payee="B", account="Visa"))
    kept = maya.ledger.add_draft(fields("5", "JPY", payee="C"))
    assert maya.ledger.batch_total([first, second]) == {"USD": Money.of("0.30", "USD")}

    before = clock.now()
    disclosed = maya.ledger.disclose([first, second])
    assert [d.payee for d in disclosed] == ["A", "B"]
    assert all(d.disclosed_at is not None and d.disclosed_at >= before for d in disclosed)
    assert [d.id for d in maya.ledger.drafts()] == [kept.id]
    seen_by_sam = sam.ledger.disclosures()
    assert [d.payee for d in seen_by_sam] == ["A", "B"]
    assert sam.ledger.totals_per_currency() == {"USD": Money.of("0.3", "USD")}
    with pytest.raises(RecordNotFound):
        maya.ledger.draft(first.id)


def test_a_withheld_why_stays_with_its_author_and_is_shown_as_withheld(maya: Session, sam: Session):
    draft = maya.ledger.add_draft(fields(why="a gift for Sam", keep_why_private=True))
    (disclosure,) = maya.ledger.disclose([draft])
    assert (disclosure.why, disclosure.why_withheld, disclosure.withheld_why) == (
        "",
        True,
        "a gift for Sam",
    )
    theirs = sam.ledger.get(disclosure.id)
    assert (theirs.why, theirs.why_withheld, theirs.withheld_why) == ("", True, "")


def test_only_the_partner_responds_and_the_author_sees_it(maya: Session, sam: Session):
    (disclosure,) = maya.ledger.disclose([maya.ledger.add_draft(fields("80"))])
    assert [d.id for d in sam.ledger.awaiting_my_response()] == [disclosure.id]
    assert sam.ledger.awaiting_count() == 1 and maya.ledger.awaiting_count() == 0
    with pytest.raises(NotAllowed):
        maya.ledger.respond(disclosure, ResponseKind.ACKNOWLEDGED)
    with pytest.raises(InvalidLedgerLine):
        sam.ledger.respond(disclosure, ResponseKind.QUESTION, "  ")

    sam.ledger.respond(disclosure, ResponseKind.QUESTION, "Was this the laptop bag?")
    assert sam.ledger.awaiting_count() == 0
    mine = maya.ledger.get(disclosure.id)
    assert mine.open_question is not None
    assert mine.open_question.text == "Was this the laptop bag?"
    assert [d.id for d in maya.ledger.questions_for_me()] == [disclosure.id]
    assert [d.id for d in sam.ledger.open_questions()] == [disclosure.id]

    maya.ledger.respond(disclosure, ResponseKind.ANSWER, "Yes, for the client visits.")
    assert maya.ledger.get(disclosure.id).open_question is not None  # still Sam's to close
    sam.ledger.respond(disclosure, ResponseKind.DISCUSSED, "Talked on Sunday.")
    assert maya.ledger.questions_for_me() == sam.ledger.open_questions() == []
    kinds = [r.kind for r in maya.ledger.get(disclosure.id).responses]
    assert kinds == [ResponseKind.QUESTION, ResponseKind.ANSWER, ResponseKind.DISCUSSED]


def test_a_correction_keeps_the_original_and_replaces_it_in_totals(maya: Session, sam: Session):
    (original,) = maya.ledger.disclose([maya.ledger.add_draft(fields("100", payee="Shop"))])
    with pytest.raises(NotAllowed):
        sam.ledger.correct(original, fields("90"), "not mine")
    with pytest.raises(InvalidLedgerLine):
        maya.ledger.correct(original, fields("90"), "")
    corrected = maya.ledger.correct(original, fields("90", payee="Shop"), "The receipt says 90.")
    assert corrected.corrects_id == original.id
    assert sam.ledger.totals_per_currency() == {"USD": Money.of("90", "USD")}
    assert [d.id for d in sam.ledger.disclosures()] == [corrected.id]
    history = sam.ledger.history(corrected)
    assert [(d.money, d.superseded_by) for d in history] == [
        (Money.of("100", "USD"), corrected.id),
        (Money.of("90", "USD"), None),
    ]
    with pytest.raises(InvalidLedgerLine):
        maya.ledger.correct(original, fields("80"), "again")


def test_a_disclosure_is_never_edited_as_a_draft(maya: Session):
    (disclosure,) = maya.ledger.disclose([maya.ledger.add_draft(fields())])
    with pytest.raises(NotAllowed):
        maya.ledger.edit_draft(disclosure, fields("1"))
    with pytest.raises(NotAllowed):
        maya.ledger.delete_draft(disclosure)


def test_totals_per_month_category_and_purpose_are_exact(maya: Session, sam: Session):
    drafts = [
        maya.ledger.add_draft(
            DraftFields(date(2026, 1, 5), Money.of("0.1", "USD"), category="food")
        ),
        maya.ledger.add_draft(
            DraftFields(date(2026, 1, 20), Money.of("0.2", "USD"), category="food")
        ),
        maya.ledger.add_draft(
            DraftFields(
                date(2026, 2, 1),
                Money.of("1000", "JPY"),
                category="travel",
                purpose=Purpose.BUSINESS,
            )
        ),
    ]
    maya.ledger.disclose(drafts)
    by_month = [(t.key, str(t.money), t.count) for t in sam.ledger.totals(by=Grouping.MONTH)]
    assert by_month == [("2026-01", "USD 0.30", 2), ("2026-02", "JPY 1,000", 1)]
    january = sam.ledger.totals(Period.month(2026, 1), by=Grouping.CATEGORY)
    assert [(t.key, t.money) for t in january] == [("food", Money.of("0.3", "USD"))]
    by_purpose = {t.key: t.money for t in sam.ledger.totals(by=Grouping.PURPOSE)}
    assert by_purpose == {"business": Money.of("1000", "JPY"), "personal": Money.of("0.3", "USD")}
    summary = sam.ledger.summary(Period(date(2026, 1, 1), date(2026, 1, 31)))
    assert len(summary.disclosures) == 2 and summary.totals == {"USD": Money.of("0.3", "USD")}


def test_bad_drafts_are_refused_with_a_reason(maya: Session):
    with pytest.raises(InvalidLedgerLine, match="future"):
        maya.ledger.add_draft(fields(days_ago=-2))
    with pytest.raises(InvalidLedgerLine, match="payee"):
        maya.ledger.add_draft(fields(payee="x" * 500))
    assert maya.ledger.drafts() == []


def test_a_purchase_date_before_1900_is_refused_everywhere(maya: Session):
    long_ago = replace(fields(), occurred_on=date(1, 1, 1))
    message = r"before 1900 \(0001-01-01\) looks like a mistyped year"
    with pytest.raises(InvalidLedgerLine, match=message):
        maya.ledger.add_draft(long_ago)
    draft = maya.ledger.add_draft(fields())
    with pytest.raises(InvalidLedgerLine, match=message):
        maya.ledger.edit_draft(draft, long_ago)
    disclosed = maya.ledger.disclose([draft])[0]
    with pytest.raises(InvalidLedgerLine, match=message):
        maya.ledger.correct(disclosed, long_ago, "the date was wrong")
    assert [d.occurred_on for d in maya.ledger.disclosures()] == [fields().occurred_on]
    first = maya.ledger.add_draft(replace(fields(), occurred_on=date(1900, 1, 1)))
    assert first.occurred_on == date(1900, 1, 1)


def test_a_withheld_why_never_reaches_the_shared_file(couple: Couple, maya: Session):
    secret = "a ring for our anniversary, not yet"
    draft = maya.ledger.add_draft(fields(why=secret, keep_why_private=True))
    maya.ledger.disclose([draft])
    pages = {}
    for space, name in (
        (Space.SHARED, SHARED_DB),
        (Space.PRIVATE, private_db_name(maya.partner.id)),
    ):
        maya.spaces.conn(space).execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages[space] = decrypted_pages(couple.folder / name, maya.key(space.value))
    assert secret.encode() not in pages[Space.SHARED]
    assert secret.encode() in pages[Space.PRIVATE]


def test_today_offers_the_ledger_cards(maya: Session, sam: Session):
    maya.ledger.disclose([maya.ledger.add_draft(fields("40", payee="Bookshop"))])
    maya.ledger.agreements.propose(Money.of("100", "USD"), 7)
    cards = {card.section: card for card in sam.today().cards}
    assert cards["ledger:awaiting"].count == 1
    assert cards["ledger:awaiting"].lines[0].startswith("USD 40.00 at Bookshop")
    assert cards["ledger:agreement"].title == "An agreement waiting for you"
    assert not {"ledger:awaiting", "ledger:agreement"} & {c.section for c in maya.today().cards}


def test_today_counts_waiting_disclosures_up_to_99_then_says_99_plus(maya: Session, sam: Session):
    drafts = [maya.ledger.add_draft(fields(str(n + 1), days_ago=n % 300)) for n in range(101)]
    maya.ledger.disclose(drafts[:99])
    card = next(c for c in sam.today().cards if c.section == "ledger:awaiting")
    assert (card.count, card.count_words()) == (99, "99")
    oldest = sam.ledger.awaiting_my_response(limit=3)
    assert card.lines[0].startswith(format_money(oldest[0].money))

    maya.ledger.disclose(drafts[99:])
    card = next(c for c in sam.today().cards if c.section == "ledger:awaiting")
    assert card.count_words() == "99+"
    assert sam.ledger.awaiting_count() == 101  # the Money page's own view counts them all
    assert sam.ledger.awaiting_count(up_to=50) == 50


def test_a_disclosure_interrupted_between_the_files_is_finished_not_repeated(
    couple: Couple, maya: Session, sam: Session
):
    draft = maya.ledger.add_draft(fields(why="kept", keep_why_private=True))

    def crash(step: str, op: object) -> None:
        if step == "applied":
            raise OSError("the disk went away")

    maya.spaces.ops.on_step = crash
    with pytest.raises(OSError):
        maya.ledger.disclose([draft])
    maya.lock()
    assert len(sam.ledger.disclosures()) == 1  # the shared half landed
    maya = couple.unlock("Maya")  # and the private half is finished at unlock
    assert maya.ledger.drafts() == []
    (disclosure,) = maya.ledger.disclosures()
    assert disclosure.withheld_why == "kept"
    maya.lock()


def test_disclosing_a_batch_is_one_notice_even_when_it_finishes_an_earlier_one(
    maya: Session, monkeypatch: pytest.MonkeyPatch
):
    interrupted = maya.ledger.add_draft(fields(payee="Interrupted"))

    def stop(step: str, op: object) -> None:
        if step == "applied":  # the private half never ran
            raise OSError("the disk went away")

    maya.spaces.ops.on_step = stop
    with pytest.raises(OSError):
        maya.ledger.disclose([interrupted])
    maya.spaces.ops.on_step = None
    batch = [maya.ledger.add_draft(fields(payee=name)) for name in ("A", "B", "C")]
    heard: list[frozenset[Change]] = []
    maya.spaces.subscribe(heard.append)
    maya.ledger.disclose(batch)
    assert heard == [frozenset({Change.LEDGER})]
    assert maya.ledger.draft_count() == 0
