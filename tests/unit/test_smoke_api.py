from toward.core.spaces import Space


def test_two_partners_share_an_entry(maya, sam):
    entry = maya.journal.write(Space.PRIVATE, title="First", body="words")
    shared = maya.journal.share(entry)
    assert [e.id for e in sam.journal.entries(Space.SHARED)] == [shared.id]
    assert sam.journal.entries(Space.PRIVATE) == []
