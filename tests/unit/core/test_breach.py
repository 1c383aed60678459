"""After a breach of trust: which conversations are offered the deck, and its two kinds."""

from __future__ import annotations

from toward.core.prompts import PromptLibrary
from toward.core.repairs import Topic, breach


def test_the_deck_is_offered_for_a_breach_or_a_secret_only():
    assert breach.offered_for(Topic.BREACH_OF_TRUST) and breach.offered_for(Topic.SECRET)
    assert not breach.offered_for(Topic.ARGUMENT) and not breach.offered_for(Topic.OTHER)
    assert not breach.offered_for(Topic.BROKEN_AGREEMENT)


def test_every_question_is_about_facts_or_about_meaning_gentlest_first():
    library = PromptLibrary.bundled()
    by_kind = breach.questions(library)
    assert list(by_kind) == [breach.FACTS, breach.MEANING] == list(breach.KINDS)
    assert all(len(prompts) >= 6 for prompts in by_kind.values())
    asked = [p for prompts in by_kind.values() for p in prompts]
    assert sorted(p.id for p in asked) == sorted(
        p.id for p in library.deck(breach.BREACH_DECK).prompts
    )
    for prompts in by_kind.values():
        depths = [p.depth for p in prompts]
        assert depths == sorted(depths)
