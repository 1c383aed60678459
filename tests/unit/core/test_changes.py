"""Change notices: held to the end of an action, sent once, naming features."""

from __future__ import annotations

import pytest

from toward.core.changes import Change, Notices


def listening() -> tuple[Notices, list[frozenset[Change]]]:
    notices = Notices()
    heard: list[frozenset[Change]] = []
    notices.subscribe(heard.append)
    return notices, heard


def test_outside_an_action_each_announcement_is_a_notice():
    notices, heard = listening()
    notices.announce(Change.JOURNAL)
    notices.announce(Change.JOURNAL)
    assert heard == [frozenset({Change.JOURNAL})] * 2


def test_an_action_is_one_notice_naming_every_feature_it_changed():
    notices, heard = listening()
    with notices.one_notice():
        notices.announce(Change.REPAIRS)
        with notices.one_notice():  # an action made of actions is still one
            notices.announce(Change.PROMISES)
            notices.announce(Change.REPAIRS)
        assert heard == []
    assert heard == [frozenset({Change.REPAIRS, Change.PROMISES})]


def test_an_action_that_fails_halfway_announces_what_it_wrote():
    notices, heard = listening()
    with pytest.raises(OSError), notices.one_notice():
        notices.announce(Change.LEDGER)
        raise OSError("disk full")
    assert heard == [frozenset({Change.LEDGER})]
    with pytest.raises(ValueError), notices.one_notice():
        raise ValueError("refused before writing")
    assert heard == [frozenset({Change.LEDGER})]  # nothing written, nothing said
