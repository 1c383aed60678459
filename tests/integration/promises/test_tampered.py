"""Every change is checked against the stored promise or agreement, never the object passed in.

A screen holds a `Promise` for a while; a bug or a stale copy could hand back one whose
promiser, partner or day no longer match the database. The rules must still hold.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from toward.core import clock
from toward.core.promises import InvalidPromise, MomentKind
from toward.core.spaces import NotAllowed
from toward.session import Session


@pytest.mark.parametrize("settle", ["mark_kept", "mark_missed", "release"])
def test_a_promiser_cannot_settle_their_own_promise_through_a_changed_copy(
    maya: Session, sam: Session, settle: str
):
    made = sam.promises.make("Book the dentist", to_partner_id=maya.partner.id)
    forged = replace(made, to_id=sam.partner.id, promiser_id=maya.partner.id)
    with pytest.raises(NotAllowed):
        getattr(sam.promises, settle)(forged)
    assert sam.promises.get(made.id).is_open


def test_a_day_before_the_stored_promise_is_refused_whatever_the_copy_says(
    maya: Session, sam: Session
):
    made = maya.promises.make("Fix the bike", to_partner_id=sam.partner.id)
    earlier = clock.today() - timedelta(days=30)
    forged = replace(made, made_at=made.made_at - timedelta(days=60))
    with pytest.raises(InvalidPromise, match="before the promise was made"):
        sam.promises.mark_kept(forged, on=earlier)
    assert sam.promises.get(made.id).is_open


def test_new_terms_cannot_be_asked_on_the_other_partners_promise(maya: Session, sam: Session):
    hers = maya.promises.make("Walk the dog every morning", to_partner_id=sam.partner.id)
    forged = replace(hers, promiser_id=sam.partner.id, to_id=maya.partner.id)
    with pytest.raises(NotAllowed):
        sam.promises.ask_new_terms(forged, "Walk the dog on weekends")
    stored = sam.promises.get(hers.id)
    assert stored.asked is None
    with pytest.raises(InvalidPromise, match="No new terms"):
        sam.promises.accept_new_terms(stored)
    assert [p.what for p in sam.promises.open_promises()] == ["Walk the dog every morning"]


def test_new_terms_cannot_be_accepted_or_declined_by_the_promiser(maya: Session, sam: Session):
    made = maya.promises.make("Cook on Fridays", to_partner_id=sam.partner.id)
    asked = maya.promises.ask_new_terms(made, "Cook every other Friday")
    forged = replace(asked, to_id=maya.partner.id, promiser_id=sam.partner.id)
    with pytest.raises(NotAllowed):
        maya.promises.accept_new_terms(forged)
    with pytest.raises(NotAllowed):
        maya.promises.decline_new_terms(forged)
    stored = maya.promises.get(made.id)
    assert stored.is_open
    assert stored.waiting_for_answer


def test_a_moment_cannot_be_logged_on_a_set_aside_agreement_through_an_old_copy(
    maya: Session, sam: Session
):
    agreement = maya.promises.add_agreement("Phones away at dinner")
    sam.promises.set_agreement_aside(agreement)
    with pytest.raises(InvalidPromise, match="set aside"):
        maya.promises.log_moment(replace(agreement, ended_at=None), MomentKind.HONOURED)
    assert maya.promises.moments(agreement) == []


def test_setting_aside_keeps_the_first_day_it_was_set_aside(maya: Session, sam: Session):
    agreement = maya.promises.add_agreement("Phones away at dinner")
    ended = sam.promises.set_agreement_aside(agreement)
    again = maya.promises.set_agreement_aside(replace(agreement, ended_at=None))
    assert again.ended_at == ended.ended_at
    assert again.ended_at <= clock.now()
