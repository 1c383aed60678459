"""The demo household: a couple, both ways in working, and sample data in every space."""

from __future__ import annotations

import pytest

from toward import Household, HouseholdExists
from toward.cli.demo import DEMO_PASSWORDS, create_demo_household
from toward.core.spaces import Space
from toward.session import Session
from toward.vault.kdf import FLOOR_COST


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "household"
    passwords = create_demo_household(folder)
    return folder, passwords


def test_two_partners_whose_passwords_open_their_spaces(demo):
    folder, passwords = demo
    household = Household.open(folder)
    assert [p.name for p in household.partners] == ["Maya", "Sam"]
    assert passwords == DEMO_PASSWORDS
    for name, password in passwords.items():
        session = Session.start(household.unlock(name, password))
        assert session.partner.name == name
        session.lock()


def test_demo_is_fast_to_open(demo):
    folder, _ = demo
    keystore = (folder / "household.json").read_text()
    assert f'"memory_kib": {FLOOR_COST.memory_kib}' in keystore


def test_each_partner_has_private_entries_and_the_shared_journal_has_both(demo):
    folder, passwords = demo
    household = Household.open(folder)
    maya = Session.start(household.unlock("Maya", passwords["Maya"]))
    sam = Session.start(household.unlock("Sam", passwords["Sam"]))
    try:
        for session in (maya, sam):
            private = session.journal.entries(Space.PRIVATE)
            assert len(private) >= 3
            assert all(e.info.author_id == session.partner.id for e in private)
        shared = maya.journal.entries(Space.SHARED)
        assert {e.info.author_id for e in shared} == {maya.partner.id, sam.partner.id}
        copies = [e for e in shared if e.info.is_shared_copy]
        written_shared = [e for e in shared if not e.info.is_shared_copy]
        assert len(copies) >= 2 and len(written_shared) >= 2
        assert any(e.info.is_currently_shared for e in maya.journal.entries(Space.PRIVATE))
    finally:
        maya.lock()
        sam.lock()


def test_entries_carry_moods_trust_kinds_and_tags(demo):
    folder, passwords = demo
    maya = Session.start(Household.open(folder).unlock("Maya", passwords["Maya"]))
    try:
        entries = maya.journal.entries(Space.PRIVATE) + maya.journal.entries(Space.SHARED)
        assert all(e.title and e.body for e in entries)
        assert {e.mood for e in entries} - {None}
        assert all(e.trust_kinds for e in entries)
        assert all(e.tags for e in entries)
    finally:
        maya.lock()


def test_a_partly_shared_entry_keeps_its_private_words(demo):
    folder, passwords = demo
    maya = Session.start(Household.open(folder).unlock("Maya", passwords["Maya"]))
    try:
        original = next(
            e
            for e in maya.journal.entries(Space.PRIVATE)
            if e.title == "The story I wrote in my head"
        )
        copy = maya.journal.get(Space.SHARED, original.info.shared_id)
        assert copy.body != original.body
        assert "verdict" in original.body and "verdict" not in copy.body
    finally:
        maya.lock()


def test_some_shared_entries_are_already_read(demo):
    folder, passwords = demo
    sam = Session.start(Household.open(folder).unlock("Sam", passwords["Sam"]))
    try:
        shared = sam.journal.entries(Space.SHARED)
        from_maya = [e for e in shared if e.info.author_id != sam.partner.id]
        assert any(sam.journal.is_read(e) for e in from_maya)
    finally:
        sam.lock()


def test_refuses_a_folder_that_holds_a_household(demo):
    folder, _ = demo
    with pytest.raises(HouseholdExists):
        create_demo_household(folder)


def test_first_unlock_recalls_last_night_not_the_demos_own_making(tmp_path):
    from datetime import datetime

    passwords = create_demo_household(tmp_path / "household")
    session = Session.start(
        Household.open(tmp_path / "household").unlock("Maya", passwords["Maya"])
    )
    try:
        previous = session.report.previous_opened_at
        assert previous is not None
        assert previous.astimezone().date() < datetime.now().astimezone().date()
    finally:
        session.lock()


def _catalog(language: str) -> dict[str, str]:
    """The demo's words in `language`'s catalog: English source → translation."""
    import xml.etree.ElementTree as ElementTree

    from toward.translations import catalog_folder

    root = ElementTree.parse(f"{catalog_folder()}/toward_{language}.ts").getroot()
    return {
        message.findtext("source") or "": message.findtext("translation") or ""
        for context in root.iter("context")
        if (context.findtext("name") or "").startswith("cli.demo.")
        for message in context.iter("message")
    }


def _texts(node: object) -> set[str]:
    if isinstance(node, str):
        return {node}
    if isinstance(node, dict):
        return set().union(*(_texts(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_texts(value) for value in node))
    return set()


@pytest.mark.parametrize("language", ["es", "de"])
def test_the_demo_household_is_written_in_the_language_it_runs_in(tmp_path, language):
    import json

    from toward.opendata.archive import FolderSink
    from toward.opendata.export import DOCUMENT_NAME, export_data
    from toward.translations import use_language

    use_language(language)
    try:
        create_demo_household(tmp_path / "household")
    finally:
        use_language("en")
    household = Household.open(tmp_path / "household")
    texts: set[str] = set()
    for name, password in DEMO_PASSWORDS.items():  # both, for each one's private words
        session = Session.start(household.unlock(name, password))
        try:
            out = export_data(session, FolderSink(tmp_path / name)).path
        finally:
            session.lock()
        texts |= _texts(json.loads((out / DOCUMENT_NAME).read_text("utf-8"))["records"])
    words = {english: own for english, own in _catalog(language).items() if own != english}
    assert len(words) > 100
    assert not {english for english in words if english in texts}, "left in English"
    shown = {own for own in words.values() if own in texts or own.lower() in texts}
    assert len(shown) > 0.8 * len(words)
