"""Prompts through a partner's session: hidden per partner, kept in their private file."""

from __future__ import annotations

from datetime import date, timedelta

from tests.conftest import Couple
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.session import Session

DAY = date(2025, 6, 1)


def test_hidden_prompts_are_per_partner(maya: Session, sam: Session):
    everything = maya.prompts.library.all()
    maya.prompts.hide(everything[0].id)
    maya.prompts.hide(everything[1].id)
    assert maya.prompts.hidden() == {everything[0].id, everything[1].id}
    assert sam.prompts.hidden() == set()
    assert len(sam.prompts.visible()) == len(everything)
    assert len(maya.prompts.visible()) == len(everything) - 2
    maya.prompts.unhide(everything[0].id)
    assert maya.prompts.hidden() == {everything[1].id}


def test_hidden_prompts_stay_hidden_after_locking(couple: Couple, maya: Session):
    prompt = maya.prompts.library.all()[3]
    maya.prompts.hide(prompt.id)
    maya.lock()
    again = couple.unlock("Maya")
    try:
        assert again.prompts.hidden() == {prompt.id}
        assert prompt not in again.prompts.visible()
    finally:
        again.lock()


def test_the_hidden_list_is_kept_in_the_private_file(maya: Session, sam: Session):
    maya.prompts.hide(maya.prompts.library.all()[0].id)
    for session in (maya, sam):
        shared = session.spaces.conn(Space.SHARED)
        assert (
            shared.execute("SELECT count(*) FROM meta WHERE key LIKE '%prompt%'").fetchone()[0] == 0
        )
    assert (
        sam.spaces.conn(Space.PRIVATE)
        .execute("SELECT count(*) FROM meta WHERE key LIKE '%prompt%'")
        .fetchone()[0]
        == 0
    )


def test_the_prompt_of_the_day_respects_what_a_partner_hid(maya: Session, sam: Session):
    today = maya.prompts.of_the_day(DAY)
    assert today is not None
    assert maya.prompts.of_the_day(DAY) == today
    maya.prompts.hide(today.id)
    assert maya.prompts.of_the_day(DAY) != today
    for n in range(30):
        assert maya.prompts.of_the_day(DAY + timedelta(days=n)) != today
    for prompt in maya.prompts.library.all():
        maya.prompts.hide(prompt.id)
    assert maya.prompts.of_the_day(DAY) is None
    assert sam.prompts.of_the_day(DAY) is not None


def test_an_entry_links_back_to_its_prompt(maya: Session):
    prompt = maya.prompts.of_the_day(DAY)
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="about this"), prompt_id=prompt.id)
    assert maya.prompts.get(entry.prompt_id) == prompt
    edited = maya.journal.edit(entry, EntryFields(title="still about this", body="more"))
    assert edited.prompt_id == prompt.id
