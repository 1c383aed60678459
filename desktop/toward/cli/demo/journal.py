"""The demo's journals: private and shared entries, some shared from private."""

from __future__ import annotations

from toward.cli.demo.moments import ago
from toward.core.i18n import translate
from toward.core.journal import EntryFields, TrustKind
from toward.core.spaces import Space
from toward.session import Session

EMOTIONAL, PHYSICAL, MENTAL, SPIRITUAL = (
    TrustKind.EMOTIONAL,
    TrustKind.PHYSICAL,
    TrustKind.MENTAL,
    TrustKind.SPIRITUAL,
)


def add_journal(maya: Session, sam: Session) -> None:
    """Private and shared entries, some shared from private, oldest first."""
    walk = maya.journal.write(
        Space.PRIVATE,
        EntryFields(
            title=translate("cli.demo.journal", "Saturday morning, the long way round"),
            body=translate(
                "cli.demo.journal",
                "We walked to the bakery the long way, past the allotments, and Sam took my "
                "hand crossing the park without either of us making a thing of it.\n\n"
                "Small, but I noticed. I'd like more mornings that start this slowly.",
            ),
            mood=5,
            trust_kinds=[EMOTIONAL, PHYSICAL],
            tags=[
                translate("cli.demo.journal", "walks"),
                translate("cli.demo.journal", "gratitude"),
            ],
        ),
        written_at=ago(24, 9),
    )
    sam.journal.write(
        Space.PRIVATE,
        EntryFields(
            title=translate("cli.demo.journal", "Somewhere else at dinner"),
            body=translate(
                "cli.demo.journal",
                "Long week. Maya told me her sister's news and I nodded along, but I wasn't "
                "really there. I don't want her to read that as not caring; I was just empty.\n\n"
                "Next time I could say it plainly: *I'm running on fumes — can we talk once "
                "I've eaten?*",
            ),
            mood=2,
            trust_kinds=[EMOTIONAL],
            tags=[translate("cli.demo.journal", "work"), translate("cli.demo.journal", "tired")],
        ),
        written_at=ago(22, 21),
    )
    maya.journal.share(walk)
    story = maya.journal.write(
        Space.PRIVATE,
        EntryFields(
            title=translate("cli.demo.journal", "The story I wrote in my head"),
            body=translate(
                "cli.demo.journal",
                "Sam was late home and didn't text. The story arrived fully formed: "
                "*I'm not a priority.*\n\n"
                "What I actually know: the train was stuck outside the station and his phone "
                "was nearly flat. I can want a text **and** not turn its absence into a verdict.",
            ),
            mood=3,
            trust_kinds=[MENTAL, EMOTIONAL],
            tags=[
                translate("cli.demo.journal", "reflection"),
                translate("cli.demo.journal", "evenings"),
            ],
        ),
        written_at=ago(19, 22),
        prompt_id="mr-02",
    )
    thanks = sam.journal.write(
        Space.PRIVATE,
        EntryFields(
            title=translate("cli.demo.journal", "Things I appreciated this week"),
            body=translate(
                "cli.demo.journal",
                "- Coffee left warm in the pot for me on Tuesday.\n"
                "- You asked about the interview, then asked a second question.\n"
                "- You laughed at my terrible pun about the boiler. That counts.",
            ),
            mood=4,
            trust_kinds=[EMOTIONAL],
            tags=[translate("cli.demo.journal", "gratitude")],
        ),
        written_at=ago(15, 20),
    )
    sam.journal.share(thanks)
    maya.journal.share(
        story,
        body=(
            translate(
                "cli.demo.journal",
                "I've been noticing the stories I tell myself when plans change. "
                "Can we talk about it on Sunday?",
            )
        ),
    )
    after_wednesday = sam.journal.write(
        Space.SHARED,
        EntryFields(
            title=translate("cli.demo.journal", "After Wednesday"),
            body=translate(
                "cli.demo.journal",
                "I raised my voice, and I'm sorry. What I was trying to say, badly, was that "
                "I felt judged about the boiler.\n\n"
                "Next time either of us feels overwhelmed, can we take twenty minutes apart "
                "and come back to it?",
            ),
            mood=3,
            trust_kinds=[EMOTIONAL, MENTAL],
            tags=[translate("cli.demo.journal", "repair")],
        ),
        written_at=ago(11, 21),
    )
    maya.journal.write(
        Space.PRIVATE,
        EntryFields(
            title=translate("cli.demo.journal", "Something I haven't said yet"),
            body=translate(
                "cli.demo.journal",
                "I moved 200 from savings to cover the car repair and haven't mentioned it. "
                "Not hiding it exactly: I didn't want the conversation.\n\n"
                "Writing it here first so I can bring it up properly.",
            ),
            mood=2,
            trust_kinds=[MENTAL],
            tags=[translate("cli.demo.journal", "money")],
        ),
        written_at=ago(9, 23),
    )
    sam.journal.write(
        Space.PRIVATE,
        EntryFields(
            title=translate("cli.demo.journal", "Keeping my word"),
            body=translate(
                "cli.demo.journal",
                "I said I'd ring the landlord about the boiler and it's been nine days. "
                "Small things are exactly what matter right now. Calling at lunch tomorrow.",
            ),
            mood=3,
            trust_kinds=[MENTAL],
            tags=[translate("cli.demo.journal", "promises")],
        ),
        written_at=ago(6, 13),
    )
    maya.journal.write(
        Space.SHARED,
        EntryFields(
            title=translate("cli.demo.journal", "Our Sunday check-in"),
            body=translate(
                "cli.demo.journal",
                "**What went well:** the walk, and the quiet evening on Thursday.\n\n"
                "**What was hard:** the late night without a text.\n\n"
                "**One thing to try:** two words when plans change. *Running late* is plenty.",
            ),
            mood=4,
            trust_kinds=[EMOTIONAL, MENTAL],
            tags=[translate("cli.demo.journal", "check-in")],
        ),
        written_at=ago(3, 19),
    )
    sam.journal.write(
        Space.SHARED,
        EntryFields(
            title=translate("cli.demo.journal", "Places we'd like to go this year"),
            body=translate(
                "cli.demo.journal",
                "The coast in spring, the lake cabin again, and the little bookshop town Maya "
                "keeps bringing up. It's less about the trips than about having something "
                "ahead of us that's ours.",
            ),
            mood=5,
            trust_kinds=[SPIRITUAL],
            tags=[translate("cli.demo.journal", "plans")],
        ),
        written_at=ago(2, 18),
    )
    for entry in maya.journal.entries(Space.SHARED):
        if entry.info.author_id == sam.partner.id and entry.id != after_wednesday.id:
            maya.journal.mark_read(entry)
        if entry.info.origin_id == thanks.id:
            maya.journal.replies.add(
                entry,
                translate(
                    "cli.demo.journal", "The pun was terrible. I loved that you told it anyway."
                ),
            )
    for entry in sam.journal.entries(Space.SHARED):
        if entry.info.author_id == maya.partner.id and entry.info.is_shared_copy:
            sam.journal.mark_read(entry)
