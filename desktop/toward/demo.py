"""A throwaway sample household for `toward --demo`: Maya and Sam, and a few weeks of life.

Each feature adds its own sample data as one function taking both unlocked sessions, and
lists it in SAMPLES. Everything goes through the sessions' public APIs, as a person's
typing would, with records dated over the past few weeks. The KDF runs at the floor cost
so the demo opens quickly.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from toward.core.bids import Answer, BidKind
from toward.core.journal import TrustKind
from toward.core.ledger import DraftFields, Money, Purpose, ResponseKind
from toward.core.spaces import Space
from toward.household import Household
from toward.session import Session
from toward.vault.kdf import FLOOR_COST

# Shown on the demo's lock screen; this household holds nothing worth protecting.
DEMO_PASSWORDS = {"Maya": "maya-demo", "Sam": "sam-demo"}

EMOTIONAL, PHYSICAL, MENTAL, SPIRITUAL = (
    TrustKind.EMOTIONAL,
    TrustKind.PHYSICAL,
    TrustKind.MENTAL,
    TrustKind.SPIRITUAL,
)


def create_demo_household(folder: Path) -> dict[str, str]:
    """Make the sample couple in `folder` (which must hold no household); name → password."""
    household = Household.create(folder, kdf_cost=FLOOR_COST)
    household.add_partner("Maya", DEMO_PASSWORDS["Maya"])
    maya = household.unlock("Maya", DEMO_PASSWORDS["Maya"])
    try:
        maya.add_partner("Sam", DEMO_PASSWORDS["Sam"])
        sam = household.unlock("Sam", DEMO_PASSWORDS["Sam"])
        try:
            for add_samples in SAMPLES:
                add_samples(maya, sam)
        finally:
            sam.lock()
    finally:
        maya.lock()
    return dict(DEMO_PASSWORDS)


def _ago(days: int, hour: int) -> datetime:
    """A moment `days` ago at `hour` o'clock local time, so the story spans a few weeks."""
    moment = datetime.now().astimezone() - timedelta(days=days)
    return moment.replace(hour=hour, minute=(days * 7) % 60, second=0, microsecond=0)


def _journal(maya: Session, sam: Session) -> None:
    """Private and shared entries, some shared from private, oldest first."""
    walk = maya.journal.write(
        Space.PRIVATE,
        written_at=_ago(24, 9),
        title="Saturday morning, the long way round",
        body=(
            "We walked to the bakery the long way, past the allotments, and Sam took my "
            "hand crossing the park without either of us making a thing of it.\n\n"
            "Small, but I noticed. I'd like more mornings that start this slowly."
        ),
        mood=5,
        trust_kinds=[EMOTIONAL, PHYSICAL],
        tags=["walks", "gratitude"],
    )
    sam.journal.write(
        Space.PRIVATE,
        written_at=_ago(22, 21),
        title="Somewhere else at dinner",
        body=(
            "Long week. Maya told me her sister's news and I nodded along, but I wasn't "
            "really there. I don't want her to read that as not caring; I was just empty.\n\n"
            "Next time I could say it plainly: *I'm running on fumes — can we talk once "
            "I've eaten?*"
        ),
        mood=2,
        trust_kinds=[EMOTIONAL],
        tags=["work", "tired"],
    )
    maya.journal.share(walk)
    story = maya.journal.write(
        Space.PRIVATE,
        written_at=_ago(19, 22),
        title="The story I wrote in my head",
        body=(
            "Sam was late home and didn't text. The story arrived fully formed: "
            "*I'm not a priority.*\n\n"
            "What I actually know: the train was stuck outside the station and his phone "
            "was nearly flat. I can want a text **and** not turn its absence into a verdict."
        ),
        mood=3,
        trust_kinds=[MENTAL, EMOTIONAL],
        tags=["reflection", "evenings"],
        prompt_id="mr-02",
    )
    thanks = sam.journal.write(
        Space.PRIVATE,
        written_at=_ago(15, 20),
        title="Things I appreciated this week",
        body=(
            "- Coffee left warm in the pot for me on Tuesday.\n"
            "- You asked about the interview, then asked a second question.\n"
            "- You laughed at my terrible pun about the boiler. That counts."
        ),
        mood=4,
        trust_kinds=[EMOTIONAL],
        tags=["gratitude"],
    )
    sam.journal.share(thanks)
    maya.journal.share(
        story,
        body=(
            "I've been noticing the stories I tell myself when plans change. "
            "Can we talk about it on Sunday?"
        ),
    )
    sam.journal.write(
        Space.SHARED,
        written_at=_ago(11, 21),
        title="After Wednesday",
        body=(
            "I raised my voice, and I'm sorry. What I was trying to say, badly, was that "
            "I felt judged about the boiler.\n\n"
            "Next time either of us feels overwhelmed, can we take twenty minutes apart "
            "and come back to it?"
        ),
        mood=3,
        trust_kinds=[EMOTIONAL, MENTAL],
        tags=["repair"],
    )
    maya.journal.write(
        Space.PRIVATE,
        written_at=_ago(9, 23),
        title="Something I haven't said yet",
        body=(
            "I moved 200 from savings to cover the car repair and haven't mentioned it. "
            "Not hiding it exactly: I didn't want the conversation.\n\n"
            "Writing it here first so I can bring it up properly."
        ),
        mood=2,
        trust_kinds=[MENTAL],
        tags=["money"],
    )
    sam.journal.write(
        Space.PRIVATE,
        written_at=_ago(6, 13),
        title="Keeping my word",
        body=(
            "I said I'd ring the landlord about the boiler and it's been nine days. "
            "Small things are exactly what matter right now. Calling at lunch tomorrow."
        ),
        mood=3,
        trust_kinds=[MENTAL],
        tags=["promises"],
    )
    maya.journal.write(
        Space.SHARED,
        written_at=_ago(3, 19),
        title="Our Sunday check-in",
        body=(
            "**What went well:** the walk, and the quiet evening on Thursday.\n\n"
            "**What was hard:** the late night without a text.\n\n"
            "**One thing to try:** two words when plans change. *Running late* is plenty."
        ),
        mood=4,
        trust_kinds=[EMOTIONAL, MENTAL],
        tags=["check-in"],
    )
    sam.journal.write(
        Space.SHARED,
        written_at=_ago(2, 18),
        title="Places we'd like to go this year",
        body=(
            "The coast in spring, the lake cabin again, and the little bookshop town Maya "
            "keeps bringing up. It's less about the trips than about having something "
            "ahead of us that's ours."
        ),
        mood=5,
        trust_kinds=[SPIRITUAL],
        tags=["plans"],
    )
    for entry in maya.journal.entries(Space.SHARED):
        if entry.info.author_id == sam.partner.id and "Wednesday" not in entry.title:
            maya.journal.mark_read(entry)
        if entry.title == "Things I appreciated this week":
            maya.journal.replies.add(
                entry, "The pun was terrible. I loved that you told it anyway."
            )
    for entry in sam.journal.entries(Space.SHARED):
        if entry.info.author_id == maya.partner.id and entry.info.is_shared_copy:
            sam.journal.mark_read(entry)


_BID_MOMENTS = (
    (BidKind.COMMENT, "pointed out the heron on the canal"),
    (BidKind.QUESTION, "asked how the meeting with the landlord went"),
    (BidKind.TOUCH, "a hand on the shoulder while cooking"),
    (BidKind.HELP, "asked for help finding the car insurance letter"),
    (BidKind.INVITATION, "suggested a walk after dinner"),
    (BidKind.SIGH, "a long sigh at the laptop"),
    (BidKind.COMMENT, "read out a funny line from the book"),
    (BidKind.QUESTION, "asked whether we could visit her sister in May"),
    (BidKind.INVITATION, "put on our old playlist and held out a hand"),
    (BidKind.COMMENT, "sent a photo of the sunset from the train"),
)


def _bids(maya: Session, sam: Session) -> None:
    """Six weeks of bids, turning toward a little more often as the weeks go on."""
    pick = random.Random(7)
    now = datetime.now().astimezone()
    for days_ago in range(42, 0, -1):
        for _ in range(pick.choice((1, 2, 2, 3))):
            logger = pick.choice((maya, sam))
            kind, text = pick.choice(_BID_MOMENTS)
            warmth = 0.45 + 0.4 * (42 - days_ago) / 42  # later weeks: more toward
            roll = pick.random()
            if roll < warmth:
                answer = Answer.TOWARD
            elif roll < warmth + 0.25:
                answer = Answer.AWAY
            elif roll < warmth + 0.32:
                answer = Answer.AGAINST
            else:
                answer = Answer.MISSED
            moment = (now - timedelta(days=days_ago)).replace(
                hour=pick.choice((7, 8, 12, 18, 19, 20, 21, 22)), minute=pick.randrange(60)
            )
            logger.bids.log(
                Space.SHARED if pick.random() < 0.7 else Space.PRIVATE,
                by_me=pick.random() < 0.5,
                description=text,
                kind=kind,
                answer=answer,
                made_at=moment,
            )
    waiting = sam.bids.unanswered_for_me()
    if waiting:
        sam.bids.turn_toward_late(
            waiting[-1], "I hadn't noticed the sigh. Talked it through later."
        )


# One function per feature; later features add theirs here.
def _ledger(maya: Session, sam: Session) -> None:
    """Maya's business card, told in full for the first time: some on time, two late, one
    with its why kept private for now; Sam acknowledges, asks, talks it through."""
    proposal = maya.ledger.agreements.propose(Money.of("100", "USD"), 7)
    sam.ledger.agreements.confirm(proposal)
    today = datetime.now().astimezone().date()
    card = "Business Visa …4417"
    told = [
        (20, "1249.00", "Dell", "equipment", "A laptop for the new contract.", True),
        (14, "450.00", "WeWork", "workspace", "A month of desk space for client calls.", False),
        (5, "54.99", "Adobe", "software", "Creative Cloud, monthly.", False),
        (3, "212.45", "Office Depot", "office supplies", "Ink and paper for the reports.", False),
        (2, "18.75", "Uber", "travel", "To the client meeting downtown.", False),
    ]
    drafts = [
        maya.ledger.add_draft(
            DraftFields(
                today - timedelta(days=days),
                Money.of(amount, "USD"),
                account=card,
                payee=payee,
                category=category,
                purpose=Purpose.BUSINESS,
                why=why,
                keep_why_private=private,
            )
        )
        for days, amount, payee, category, why, private in told
    ]
    dell, wework, adobe, office, _uber = maya.ledger.disclose(drafts)
    groceries = sam.ledger.add_draft(
        DraftFields(
            today - timedelta(days=1),
            Money.of("86.30", "USD"),
            account="Joint debit",
            payee="Green Market",
            category="groceries",
            why="The week's shop.",
        )
    )
    sam.ledger.disclose([groceries])
    sam.ledger.respond(office, ResponseKind.ACKNOWLEDGED, "Thanks for telling me.")
    sam.ledger.respond(adobe, ResponseKind.ACKNOWLEDGED)
    sam.ledger.respond(wework, ResponseKind.DISCUSSED, "We talked on Sunday; fine for now.")
    sam.ledger.respond(dell, ResponseKind.QUESTION, "Is this the laptop you mentioned in May?")
    for days, amount, payee, category in (
        (1, "45.20", "Staples", "office supplies"),
        (0, "12.40", "Blue Bottle Coffee", "client meals"),
        (0, "-35.00", "Amazon refund", "office supplies"),
    ):
        maya.ledger.add_draft(
            DraftFields(
                today - timedelta(days=days),
                Money.of(amount, "USD"),
                account=card,
                payee=payee,
                category=category,
                purpose=Purpose.BUSINESS,
            )
        )


SAMPLES: tuple[Callable[[Session, Session], None], ...] = (_journal, _bids, _ledger)
