"""Ledger, promises and repairs in a summary: facts in full, other people's words by consent."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.integration.export.support import days_ago, pdf_text
from tests.integration.repairs.support import agreed
from toward.core.ledger import DraftFields, Money, ResponseKind
from toward.core.period import Period
from toward.core.promises import MomentKind
from toward.core.repairs import SEALED_STEPS, Step
from toward.export import summary as summary_module
from toward.export.markdown import render_markdown
from toward.export.pdf import render_pdf
from toward.export.summary import (
    Contribution,
    LedgerPart,
    PromisesPart,
    RepairsPart,
    Section,
    SummaryRequest,
    build_summary,
)
from toward.session import Session


def _build(session: Session, section: Section, days: int = 30):
    request = SummaryRequest(Period.last_days(days), (section,))
    summary = build_summary(request, [Contribution(session)])
    text = pdf_text(render_pdf(summary)) + "\n" + render_markdown(summary)
    return summary.parts[section], text


def test_ledger_totals_late_disclosures_and_open_questions(maya: Session, sam: Session) -> None:
    agreement = maya.ledger.agreements.propose(Money.of("50", "USD"), 2)
    sam.ledger.agreements.confirm(agreement)

    def disclose(who: Session, amount: str, ago: int, payee: str, **more: object) -> None:
        draft = who.ledger.add_draft(
            DraftFields(days_ago(ago), Money.of(amount, "USD"), payee=payee, **more)
        )
        who.ledger.disclose([draft])

    disclose(maya, "120.00", 10, "Bike shop", why="MARKER-WHY", category="Hobbies")
    disclose(maya, "30.00", 1, "Bakery", category="Food")
    disclose(sam, "80.00", 2, "Garage", category="Car")
    disclose(sam, "999.00", 45, "Long ago")  # outside the period
    garage = next(d for d in maya.ledger.disclosures() if d.payee == "Garage")
    maya.ledger.respond(garage, ResponseKind.QUESTION, "MARKER-QUESTION-TEXT")
    sam.ledger.add_draft(DraftFields(days_ago(2), Money.of("7", "USD"), payee="MARKER-DRAFT"))

    part, text = _build(maya, Section.LEDGER)
    assert isinstance(part, LedgerPart)
    assert part.disclosures == 3
    assert part.totals == ["USD 230.00"]
    assert sorted(part.by_author) == [("Maya", "USD 150.00", 2), ("Sam", "USD 80.00", 1)]
    assert [(m.payee, m.author) for m in part.late] == [("Bike shop", "Maya")]
    assert "after the agreed 2" in part.late[0].detail
    assert [(m.payee, m.detail.split(" since")[0]) for m in part.open_questions] == [
        ("Garage", "question from Maya")
    ]
    assert "USD 230.00" in text and "Bike shop" in text and "Late disclosures" in text
    for hidden in ("MARKER-WHY", "MARKER-QUESTION-TEXT", "MARKER-DRAFT", "Long ago"):
        assert hidden not in text
    assert "We tell each other about any purchase over USD 50.00 within 2 days" in text


def test_promises_kept_missed_renegotiated(maya: Session, sam: Session) -> None:
    dishes = maya.promises.make("Do the dishes on weekdays", to_partner_id=sam.partner.id)
    call = maya.promises.make("Call your mother back", to_partner_id=sam.partner.id)
    walk = sam.promises.make("MARKER-WALK: a walk on Sunday", to_partner_id=maya.partner.id)
    sam.promises.make("Fix the shelf", to_partner_id=maya.partner.id, due=days_ago(-7))
    sam.promises.mark_kept(dishes, "MARKER-STATUS-NOTE")
    sam.promises.mark_missed(call)
    asked = sam.promises.ask_new_terms(walk, "A walk on Saturday", due=days_ago(-3))
    maya.promises.accept_new_terms(asked)
    rule = maya.promises.add_agreement("Phones away at dinner")
    sam.promises.log_moment(rule, MomentKind.HONOURED)
    maya.promises.log_moment(rule, MomentKind.BROKEN)

    part, text = _build(maya, Section.PROMISES)
    assert isinstance(part, PromisesPart)
    counts = {c.name: c for c in part.counts}
    assert (counts["Maya"].kept, counts["Maya"].missed, counts["Maya"].still_open) == (1, 1, 0)
    assert counts["Sam"].renegotiated == 1
    assert counts["Sam"].still_open == 2  # the shelf, and the walk on its new terms
    statuses = {p.what: p.status for p in part.promises}
    assert statuses["Do the dishes on weekdays"] == "kept"
    assert statuses["Call your mother back"] == "missed"
    assert [(a.text, a.honoured, a.broken) for a in part.agreements] == [
        ("Phones away at dinner", 1, 1)
    ]
    assert "MARKER-WALK" in text and "Phones away at dinner" in text
    assert "MARKER-STATUS-NOTE" not in text


def test_repairs_quote_answers_only_with_their_authors_consent(maya: Session, sam: Session) -> None:
    done = agreed(maya, sam, "MARKER-DONE the holiday plans")
    for step in SEALED_STEPS:
        maya.repairs.submit(done, step, f"Maya on {step}")
        sam.repairs.submit(done, step, f"Sam on {step}")
        maya.repairs.publish_ready()
    maya.repairs.accept_apology(maya.repairs.get(done.id))
    sam.repairs.accept_apology(sam.repairs.get(done.id))
    maya.repairs.add_plan_item(maya.repairs.get(done.id), "MARKER-PLAN text when late")
    maya.therapy_consent.set_default(True)
    sam.therapy_consent.set_default(True)

    repair = agreed(maya, sam, "MARKER-TOPIC the missed dinner")
    maya.repairs.submit(repair, Step.FEELINGS, "MARKER-MAYA-FELT")
    sam.repairs.submit(repair, Step.FEELINGS, "MARKER-SAM-FELT")
    maya.repairs.publish_ready()
    maya.repairs.submit(repair, Step.LISTEN, "MARKER-MAYA-SEALED")  # Sam has not answered yet
    sam_answer = next(
        a for a in sam.therapy_consent.repair_answers([repair.id]) if a.author_id == sam.partner.id
    )
    sam.therapy_consent.set("repair_answers", sam_answer.id, False)

    part, text = _build(maya, Section.REPAIRS)
    assert isinstance(part, RepairsPart)
    finished, talking = part.repairs
    assert finished.steps_reached == 6 and finished.steps_total == 7
    assert finished.apology_accepted_by and finished.plan == ["MARKER-PLAN text when late"]
    assert "Sam on apology" in text  # Sam's default lets his answers in
    assert "What it touched in you" in text and "Maya on touched" in text
    assert talking.steps_reached == 1
    assert [s.title for s in talking.steps] == ["Name what you felt"]
    assert part.answers_not_quoted == 1
    assert "MARKER-TOPIC" in text and "MARKER-MAYA-FELT" in text and "MARKER-PLAN" in text
    assert "MARKER-SAM-FELT" not in text and "MARKER-MAYA-SEALED" not in text
    assert "Sam answered this step (not quoted)" in text

    sam.therapy_consent.set("repair_answers", sam_answer.id, True)
    _part, text = _build(maya, Section.REPAIRS)
    assert "MARKER-SAM-FELT" in text and "MARKER-MAYA-SEALED" not in text
    # the sealed answer never reaches Sam's summary either
    _part, text = _build(sam, Section.REPAIRS)
    assert "MARKER-MAYA-SEALED" not in text and "MARKER-SAM-FELT" in text


def test_empty_sections_invite_rather_than_blank(maya: Session) -> None:
    for section, words in (
        (Section.LEDGER, "Nothing was disclosed"),
        (Section.PROMISES, "No promises were made"),
        (Section.REPAIRS, "No repair conversations"),
    ):
        _part, text = _build(maya, section, days=7)
        assert words in text


def test_a_promise_made_before_the_period_and_settled_in_it_counts(
    maya: Session, sam: Session, monkeypatch
) -> None:
    from toward.core import clock

    real_now = clock.now
    monkeypatch.setattr(clock, "now", lambda: real_now() - timedelta(days=40))
    old = maya.promises.make("An old promise", to_partner_id=sam.partner.id)
    monkeypatch.setattr(clock, "now", real_now)
    sam.promises.mark_kept(old)
    part, _text = _build(maya, Section.PROMISES)
    assert isinstance(part, PromisesPart)
    assert [p.what for p in part.promises] == ["An old promise"]
    assert part.counts[0].kept == 1


def test_long_lists_show_the_latest_and_say_how_many_more(
    maya: Session, sam: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(summary_module, "LISTED", 2)
    agreement = maya.ledger.agreements.propose(Money.of("10", "USD"), 0)
    sam.ledger.agreements.confirm(agreement)
    for ago, payee in ((9, "First"), (8, "Second"), (7, "Third")):
        draft = maya.ledger.add_draft(
            DraftFields(days_ago(ago), Money.of("20", "USD"), payee=payee)
        )
        maya.ledger.disclose([draft])
    for i in range(3):
        maya.promises.make(f"Promise {i}", to_partner_id=sam.partner.id)
    ledger, text = _build(maya, Section.LEDGER)
    assert isinstance(ledger, LedgerPart)
    assert ledger.late_count == 3 and [m.payee for m in ledger.late] == ["Third", "Second"]
    assert "1 more late disclosure is in Toward, not shown here" in " ".join(text.split())
    promises, text = _build(maya, Section.PROMISES)
    assert isinstance(promises, PromisesPart)
    assert promises.promises_in_period == 3 and len(promises.promises) == 2
    assert "1 more earlier promise is in Toward, not shown here" in " ".join(text.split())
