"""The demo's bids: six weeks of small moments, answered a little warmer as time goes on."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from toward.core.bids import Answer, BidKind
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.spaces import Space
from toward.session import Session

_BID_MOMENTS = (
    (BidKind.COMMENT, QT_TRANSLATE_NOOP("cli.demo.bids", "pointed out the heron on the canal")),
    (
        BidKind.QUESTION,
        QT_TRANSLATE_NOOP("cli.demo.bids", "asked how the meeting with the landlord went"),
    ),
    (BidKind.TOUCH, QT_TRANSLATE_NOOP("cli.demo.bids", "a hand on the shoulder while cooking")),
    (
        BidKind.HELP,
        QT_TRANSLATE_NOOP("cli.demo.bids", "asked for help finding the car insurance letter"),
    ),
    (BidKind.INVITATION, QT_TRANSLATE_NOOP("cli.demo.bids", "suggested a walk after dinner")),
    (BidKind.SIGH, QT_TRANSLATE_NOOP("cli.demo.bids", "a long sigh at the laptop")),
    (BidKind.COMMENT, QT_TRANSLATE_NOOP("cli.demo.bids", "read out a funny line from the book")),
    (
        BidKind.QUESTION,
        QT_TRANSLATE_NOOP("cli.demo.bids", "asked whether we could visit her sister in May"),
    ),
    (
        BidKind.INVITATION,
        QT_TRANSLATE_NOOP("cli.demo.bids", "put on our old playlist and held out a hand"),
    ),
    (
        BidKind.COMMENT,
        QT_TRANSLATE_NOOP("cli.demo.bids", "sent a photo of the sunset from the train"),
    ),
)


def add_bids(maya: Session, sam: Session) -> None:
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
                description=translate("cli.demo.bids", text),
                kind=kind,
                answer=answer,
                made_at=moment,
            )
    waiting = sam.bids.unanswered_for_me()
    if waiting:
        sam.bids.turn_toward_late(
            waiting[-1],
            translate("cli.demo.bids", "I hadn't noticed the sigh. Talked it through later."),
        )
