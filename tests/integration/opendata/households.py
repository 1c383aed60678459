"""Households for the export and import tests."""

from __future__ import annotations

from datetime import date, timedelta

from toward.core import clock
from toward.core.export_log import ExportKind
from toward.core.journal import EntryFields
from toward.core.ledger.ledger import DraftFields
from toward.core.ledger.money import Money
from toward.core.ledger.records import ResponseKind
from toward.core.spaces import Space
from toward.core.talks import TalkTopic


def the_rest_of_the_household(maya, sam) -> None:
    """One of every other record type, so each registered kind goes round the trip."""
    shared = sam.journal.write(Space.SHARED, EntryFields(body="read by Maya"))
    maya.journal.mark_read(maya.journal.get(Space.SHARED, shared.id))
    sam.therapy_consent.set("journal_entries", shared.id, True)
    fields = DraftFields(date(2024, 5, 1), Money.of("12.50", "EUR"), payee="Bakery")
    kept_back = DraftFields(
        date(2024, 5, 2), Money.of("80", "EUR"), why="a gift", keep_why_private=True
    )
    maya.ledger.add_draft(fields)
    [disclosure] = maya.ledger.disclose([maya.ledger.add_draft(kept_back)])
    sam.ledger.respond(sam.ledger.get(disclosure.id), ResponseKind.ACKNOWLEDGED)
    sam.promises.make("call the plumber", to_partner_id=maya.partner.id)
    agreement = maya.promises.add_agreement("phones away at dinner")
    assert agreement.id
    talk = sam.practices.add("a stress-reducing conversation", 3)
    maya.practices.log(talk, on=date(2024, 5, 3), note="we listened")
    sam.practices.log(talk, on=date(2024, 5, 4))
    maya.exports.record(ExportKind.THERAPY_SUMMARY, file_format="pdf", partner_words=True)
    kept = maya.therapist_questions.add("why do I go quiet?")
    maya.therapist_questions.share(maya.therapist_questions.add("how do we talk about money?"))
    maya.therapist_questions.mark_talked_about(kept)
    maya.checkins.answer({"close": 3, "safe": None, "hopeful": 4}, note="a calmer week")
    talk = maya.talks.plan(TalkTopic.FUN, clock.now() + timedelta(hours=1))
    maya.talks.prepare(talk, {"pt-fun-1": "a pottery class"})
    sam.talks.accept_time(talk)
    maya.talks.finish(talk, "one new thing a month", notes="pottery, then climbing")
    played = sam.knowing.start()
    maya.knowing.answer(played, "the sea", "the mountains")
    sam.knowing.answer(played, "the mountains", "the sea")
    maya.knowing.publish_ready()
