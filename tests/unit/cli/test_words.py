"""The command line's help is said through translate: every command's and option's words."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from toward.cli.main import build_parser
from toward.core import i18n
from toward.translations import use_language

# Not words: the form a date is typed in. Not for people: the build check's command.
NOT_WORDS = {"YYYY-MM-DD", "Check this build works, in a temporary folder."}


@pytest.fixture
def marked_words() -> Iterator[None]:
    i18n.install(lambda _context, text, _comment, _n: f"⟦{text}⟧")
    yield
    use_language("en")


def _words(parser: argparse.ArgumentParser) -> Iterator[str]:
    yield parser.description or ""
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._VersionAction):
            continue  # argparse's own words, in its own catalogs
        if action.help not in (None, argparse.SUPPRESS):
            yield str(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield str(choice.help or "")
            for sub in dict.fromkeys(action.choices.values()):
                yield from _words(sub)


def test_every_command_and_option_is_described_in_translated_words(marked_words: None) -> None:
    unmarked = [
        text
        for text in _words(build_parser())
        if text and text not in NOT_WORDS and "⟦" not in text
    ]
    assert unmarked == []
