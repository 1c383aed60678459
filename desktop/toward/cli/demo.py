"""A throwaway sample household for `toward --demo`: Maya and Sam, and a few weeks of life.

Each feature adds its own sample data as one function taking both unlocked sessions, and
lists it in SAMPLES. The household's words are written in the language the demo runs in:
each text goes through `translate("cli.demo", …)`, so the story keeps one structure here
(who wrote what, when, shared or not) and its words live in the catalogs beside every
other message, translated there in the app's voice rather than word for word. A new
language gets a demo in its own words by the same work as the rest of the app, and any
text not yet translated stays English. Names, shops and amounts stay as they are.

Everything goes through the sessions' public APIs, as a person's typing would, with
records dated over the past few weeks. The KDF runs at the floor cost so the demo opens
quickly.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from toward.core import clock
from toward.core.bids import Answer, BidKind
from toward.core.export_log import ExportKind
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.journal import EntryFields, TrustKind
from toward.core.ledger import DraftFields, Money, Purpose, ResponseKind
from toward.core.promises import MomentKind
from toward.core.repairs import SEALED_STEPS, Step, Topic
from toward.core.spaces import Space
from toward.core.talks import TalkTopic
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
    maya = Session.start(household.unlock("Maya", DEMO_PASSWORDS["Maya"]))
    try:
        maya.add_partner("Sam", DEMO_PASSWORDS["Sam"])
        sam = Session.start(household.unlock("Sam", DEMO_PASSWORDS["Sam"]))
        try:
            for add_samples in SAMPLES:
                add_samples(maya, sam)
            # Making the samples unlocked both spaces just now; the story's last visit was
            # last night, so the welcome line does not say "last opened today".
            for session in (maya, sam):
                session.settings.set_text("last_opened_at", clock.to_text(_ago(1, 21)))
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
        EntryFields(
            title=translate("cli.demo", "Saturday morning, the long way round"),
            body=translate(
                "cli.demo",
                "We walked to the bakery the long way, past the allotments, and Sam took my "
                "hand crossing the park without either of us making a thing of it.\n\n"
                "Small, but I noticed. I'd like more mornings that start this slowly.",
            ),
            mood=5,
            trust_kinds=[EMOTIONAL, PHYSICAL],
            tags=[translate("cli.demo", "walks"), translate("cli.demo", "gratitude")],
        ),
        written_at=_ago(24, 9),
    )
    sam.journal.write(
        Space.PRIVATE,
        EntryFields(
            title=translate("cli.demo", "Somewhere else at dinner"),
            body=translate(
                "cli.demo",
                "Long week. Maya told me her sister's news and I nodded along, but I wasn't "
                "really there. I don't want her to read that as not caring; I was just empty.\n\n"
                "Next time I could say it plainly: *I'm running on fumes — can we talk once "
                "I've eaten?*",
            ),
            mood=2,
            trust_kinds=[EMOTIONAL],
            tags=[translate("cli.demo", "work"), translate("cli.demo", "tired")],
        ),
        written_at=_ago(22, 21),
    )
    maya.journal.share(walk)
    story = maya.journal.write(
        Space.PRIVATE,
        EntryFields(
            title=translate("cli.demo", "The story I wrote in my head"),
            body=translate(
                "cli.demo",
                "Sam was late home and didn't text. The story arrived fully formed: "
                "*I'm not a priority.*\n\n"
                "What I actually know: the train was stuck outside the station and his phone "
                "was nearly flat. I can want a text **and** not turn its absence into a verdict.",
            ),
            mood=3,
            trust_kinds=[MENTAL, EMOTIONAL],
            tags=[translate("cli.demo", "reflection"), translate("cli.demo", "evenings")],
        ),
        written_at=_ago(19, 22),
        prompt_id="mr-02",
    )
    thanks = sam.journal.write(
        Space.PRIVATE,
        EntryFields(
            title=translate("cli.demo", "Things I appreciated this week"),
            body=translate(
                "cli.demo",
                "- Coffee left warm in the pot for me on Tuesday.\n"
                "- You asked about the interview, then asked a second question.\n"
                "- You laughed at my terrible pun about the boiler. That counts.",
            ),
            mood=4,
            trust_kinds=[EMOTIONAL],
            tags=[translate("cli.demo", "gratitude")],
        ),
        written_at=_ago(15, 20),
    )
    sam.journal.share(thanks)
    maya.journal.share(
        story,
        body=(
            translate(
                "cli.demo",
                "I've been noticing the stories I tell myself when plans change. "
                "Can we talk about it on Sunday?",
            )
        ),
    )
    after_wednesday = sam.journal.write(
        Space.SHARED,
        EntryFields(
            title=translate("cli.demo", "After Wednesday"),
            body=translate(
                "cli.demo",
                "I raised my voice, and I'm sorry. What I was trying to say, badly, was that "
                "I felt judged about the boiler.\n\n"
                "Next time either of us feels overwhelmed, can we take twenty minutes apart "
                "and come back to it?",
            ),
            mood=3,
            trust_kinds=[EMOTIONAL, MENTAL],
            tags=[translate("cli.demo", "repair")],
        ),
        written_at=_ago(11, 21),
    )
    maya.journal.write(
        Space.PRIVATE,
        EntryFields(
            title=translate("cli.demo", "Something I haven't said yet"),
            body=translate(
                "cli.demo",
                "I moved 200 from savings to cover the car repair and haven't mentioned it. "
                "Not hiding it exactly: I didn't want the conversation.\n\n"
                "Writing it here first so I can bring it up properly.",
            ),
            mood=2,
            trust_kinds=[MENTAL],
            tags=[translate("cli.demo", "money")],
        ),
        written_at=_ago(9, 23),
    )
    sam.journal.write(
        Space.PRIVATE,
        EntryFields(
            title=translate("cli.demo", "Keeping my word"),
            body=translate(
                "cli.demo",
                "I said I'd ring the landlord about the boiler and it's been nine days. "
                "Small things are exactly what matter right now. Calling at lunch tomorrow.",
            ),
            mood=3,
            trust_kinds=[MENTAL],
            tags=[translate("cli.demo", "promises")],
        ),
        written_at=_ago(6, 13),
    )
    maya.journal.write(
        Space.SHARED,
        EntryFields(
            title=translate("cli.demo", "Our Sunday check-in"),
            body=translate(
                "cli.demo",
                "**What went well:** the walk, and the quiet evening on Thursday.\n\n"
                "**What was hard:** the late night without a text.\n\n"
                "**One thing to try:** two words when plans change. *Running late* is plenty.",
            ),
            mood=4,
            trust_kinds=[EMOTIONAL, MENTAL],
            tags=[translate("cli.demo", "check-in")],
        ),
        written_at=_ago(3, 19),
    )
    sam.journal.write(
        Space.SHARED,
        EntryFields(
            title=translate("cli.demo", "Places we'd like to go this year"),
            body=translate(
                "cli.demo",
                "The coast in spring, the lake cabin again, and the little bookshop town Maya "
                "keeps bringing up. It's less about the trips than about having something "
                "ahead of us that's ours.",
            ),
            mood=5,
            trust_kinds=[SPIRITUAL],
            tags=[translate("cli.demo", "plans")],
        ),
        written_at=_ago(2, 18),
    )
    for entry in maya.journal.entries(Space.SHARED):
        if entry.info.author_id == sam.partner.id and entry.id != after_wednesday.id:
            maya.journal.mark_read(entry)
        if entry.info.origin_id == thanks.id:
            maya.journal.replies.add(
                entry,
                translate("cli.demo", "The pun was terrible. I loved that you told it anyway."),
            )
    for entry in sam.journal.entries(Space.SHARED):
        if entry.info.author_id == maya.partner.id and entry.info.is_shared_copy:
            sam.journal.mark_read(entry)


_BID_MOMENTS = (
    (BidKind.COMMENT, QT_TRANSLATE_NOOP("cli.demo", "pointed out the heron on the canal")),
    (
        BidKind.QUESTION,
        QT_TRANSLATE_NOOP("cli.demo", "asked how the meeting with the landlord went"),
    ),
    (BidKind.TOUCH, QT_TRANSLATE_NOOP("cli.demo", "a hand on the shoulder while cooking")),
    (
        BidKind.HELP,
        QT_TRANSLATE_NOOP("cli.demo", "asked for help finding the car insurance letter"),
    ),
    (BidKind.INVITATION, QT_TRANSLATE_NOOP("cli.demo", "suggested a walk after dinner")),
    (BidKind.SIGH, QT_TRANSLATE_NOOP("cli.demo", "a long sigh at the laptop")),
    (BidKind.COMMENT, QT_TRANSLATE_NOOP("cli.demo", "read out a funny line from the book")),
    (
        BidKind.QUESTION,
        QT_TRANSLATE_NOOP("cli.demo", "asked whether we could visit her sister in May"),
    ),
    (
        BidKind.INVITATION,
        QT_TRANSLATE_NOOP("cli.demo", "put on our old playlist and held out a hand"),
    ),
    (BidKind.COMMENT, QT_TRANSLATE_NOOP("cli.demo", "sent a photo of the sunset from the train")),
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
                description=translate("cli.demo", text),
                kind=kind,
                answer=answer,
                made_at=moment,
            )
    waiting = sam.bids.unanswered_for_me()
    if waiting:
        sam.bids.turn_toward_late(
            waiting[-1],
            translate("cli.demo", "I hadn't noticed the sigh. Talked it through later."),
        )


def _promises(maya: Session, sam: Session) -> None:
    """Promises in every state over two months, and agreements with their moments."""
    m, s = maya.partner.id, sam.partner.id

    def day(days_ago: int) -> date:
        return _ago(days_ago, 12).date()

    bins = sam.promises.make(
        translate("cli.demo", "Take the bins out on Thursdays"),
        to_partner_id=m,
        made_at=_ago(50, 20),
    )
    maya.promises.mark_kept(bins, translate("cli.demo", "Every week so far, thank you"), on=day(40))
    tickets = maya.promises.make(
        translate("cli.demo", "Book the train to your parents'"),
        to_partner_id=s,
        due=day(35),
        made_at=_ago(45, 9),
    )
    sam.promises.mark_kept(tickets, on=day(36))
    pickup = sam.promises.make(
        translate("cli.demo", "Pick you up after your late shift"),
        to_partner_id=m,
        due=day(20),
        made_at=_ago(24, 18),
    )
    maya.promises.mark_missed(
        pickup, translate("cli.demo", "I waited a while. Can we talk about it?"), on=day(20)
    )
    garden = maya.promises.make(
        translate("cli.demo", "Clear the back garden"),
        to_partner_id=s,
        due=day(10),
        made_at=_ago(30, 10),
    )
    sam.promises.release(
        garden, translate("cli.demo", "Let's get someone in; it's too big a job."), on=day(12)
    )
    dinner = sam.promises.make(
        translate("cli.demo", "Cook on Wednesdays"),
        to_partner_id=m,
        due=day(3),
        made_at=_ago(18, 19),
    )
    sam.promises.ask_new_terms(
        dinner,
        translate("cli.demo", "Cook on Sundays"),
        note=translate("cli.demo", "Wednesdays are my late day now"),
    )
    maya.promises.accept_new_terms(maya.promises.get(dinner.id))
    maya.promises.make(
        translate("cli.demo", "Call the bank about the joint account"), to_partner_id=s, due=day(-2)
    )
    maya.promises.make(
        translate("cli.demo", "Put my phone away after 9"), to_partner_id=s, made_at=_ago(6, 21)
    )
    dentist = sam.promises.make(
        translate("cli.demo", "Book the dentist for both of us"), to_partner_id=m, due=day(-5)
    )
    sam.promises.ask_new_terms(
        dentist, translate("cli.demo", "Book the dentist for both of us"), due=day(-12)
    )

    late = maya.promises.add_agreement(
        translate("cli.demo", "I call if I'll be more than 30 minutes late")
    )
    sam.promises.log_moment(
        late,
        MomentKind.HONOURED,
        note=translate("cli.demo", "Called from the station"),
        happened_at=_ago(20, 19),
    )
    maya.promises.log_moment(
        late,
        MomentKind.BROKEN,
        note=translate("cli.demo", "Forgot; phone was dead"),
        happened_at=_ago(13, 22),
    )
    sam.promises.log_moment(late, MomentKind.HONOURED, happened_at=_ago(4, 18))
    money = sam.promises.add_agreement(
        translate("cli.demo", "We tell each other about any purchase over £100")
    )
    maya.promises.log_moment(
        money,
        MomentKind.HONOURED,
        note=translate("cli.demo", "The new coat"),
        happened_at=_ago(9, 13),
    )


def _repairs(maya: Session, sam: Session) -> None:
    """One finished repair conversation with its plan, and one waiting for Sam's answer."""
    dinner = maya.repairs.start(
        translate("cli.demo", "When I told you about my sister and you weren't really there"),
        Topic.ARGUMENT,
        _ago(19, 20),
        started_at=_ago(20, 9),
    )
    sam.repairs.accept_time(dinner)
    answers = {
        Step.FEELINGS: (
            translate(
                "cli.demo", "I felt alone at our own table, and then silly for minding so much."
            ),
            translate(
                "cli.demo",
                "I felt empty and ashamed that I had nothing left to give you that evening.",
            ),
        ),
        Step.LISTEN: (
            translate(
                "cli.demo", "I hear that you weren't pushing me away; you were running on nothing."
            ),
            translate("cli.demo", "I hear that it hurt because it was news that mattered to you."),
        ),
        Step.PERSPECTIVE: (
            translate(
                "cli.demo",
                "It was the first thing I'd wanted to share all week, "
                "and it seemed to bounce off you.",
            ),
            translate(
                "cli.demo",
                "I'd had three late nights. I thought nodding was better than saying I was "
                "too tired to talk.",
            ),
        ),
        Step.TOUCHED: (
            translate(
                "cli.demo",
                "Growing up, news at our table was talked over. Being half-heard still feels "
                "like being small again.",
            ),
            translate(
                "cli.demo",
                "When I'm empty I go quiet, the way my dad did. I hate seeing myself do it.",
            ),
        ),
        Step.OWN_PART: (
            translate("cli.demo", "I didn't ask how your day had been before launching into mine."),
            translate(
                "cli.demo",
                "I pretended to listen instead of telling you I needed ten minutes first.",
            ),
        ),
        Step.APOLOGY: (
            translate(
                "cli.demo",
                "I'm sorry I went quiet for the rest of the evening instead of saying why.",
            ),
            translate(
                "cli.demo",
                "I'm sorry I wasn't there for your news. It matters to me, and so do you.",
            ),
        ),
    }
    for step in SEALED_STEPS:
        hers, his = answers[step]
        maya.repairs.submit(dinner, step, hers)
        sam.repairs.submit(dinner, step, his)
        maya.repairs.publish_ready()
    maya.repairs.accept_apology(dinner)
    sam.repairs.accept_apology(dinner)
    tired = sam.repairs.add_plan_item(
        dinner, translate("cli.demo", "Say when I'm too tired to listen, and when I will be")
    )
    sam.repairs.make_promise(tired)
    phones = maya.repairs.add_plan_item(
        dinner, translate("cli.demo", "Phones stay in the drawer during dinner")
    )
    maya.repairs.make_agreement(phones)
    maya.repairs.add_plan_item(
        dinner, translate("cli.demo", "Ask about each other's day before sharing big news")
    )
    maya.repairs.finish(dinner, finished_at=_ago(19, 21))
    sam.repairs.finish(dinner, finished_at=_ago(19, 21))

    card = maya.repairs.start(
        translate("cli.demo", "The card purchases I didn't tell you about"),
        Topic.SECRET,
        _ago(1, 20),
        started_at=_ago(2, 8),
    )
    sam.repairs.accept_time(card)
    maya.repairs.submit(
        card, Step.FEELINGS, translate("cli.demo", "I felt ashamed, and afraid you'd be angry.")
    )
    sam.repairs.submit(
        card,
        Step.FEELINGS,
        translate("cli.demo", "I felt shut out, and scared of what else I don't know."),
    )
    maya.repairs.publish_ready()
    maya.repairs.submit(
        card,
        Step.LISTEN,
        translate(
            "cli.demo",
            "I hear that finding out from a statement made you wonder what else you don't know.",
        ),
    )


def _talks(maya: Session, sam: Session) -> None:
    """One planned conversation had, with its notes and agreement; one Sam has proposed."""
    dreams = maya.talks.plan(TalkTopic.DREAMS, _ago(9, 20), planned_at=_ago(11, 8))
    sam.talks.accept_time(dreams)
    maya.talks.prepare(
        dreams,
        {
            "pt-dreams-2": translate(
                "cli.demo", "The year abroad I never took. I still think about it."
            )
        },
    )
    maya.talks.finish(
        dreams,
        translate("cli.demo", "Put a little aside each month for a month by the sea, one day"),
        notes=(
            translate(
                "cli.demo",
                "Maya: a year somewhere new, even a short one. Sam: a workshop of his own, "
                "not just weekends.\nBoth of us were surprised how close the two dreams are.",
            )
        ),
        at=_ago(9, 21),
    )
    ahead = (datetime.now().astimezone() + timedelta(days=3)).replace(
        hour=19, minute=0, second=0, microsecond=0
    )
    fun = sam.talks.plan(TalkTopic.FUN, ahead)
    sam.talks.prepare(
        fun,
        {
            "pt-fun-1": translate(
                "cli.demo", "Night swimming. Or the pottery class we keep mentioning."
            )
        },
    )

    played = maya.knowing.start()
    maya.knowing.answer(
        played,
        translate("cli.demo", "Slow breakfast, a long walk, no plans"),
        translate("cli.demo", "A run, then the papers"),
    )
    sam.knowing.answer(
        played,
        translate("cli.demo", "A long run, then the papers in bed"),
        translate("cli.demo", "Slow breakfast and a walk"),
    )
    maya.knowing.publish_ready()
    waiting = sam.knowing.start()
    sam.knowing.answer(
        waiting,
        translate("cli.demo", "Anything with fresh pasta"),
        translate("cli.demo", "Your mum's curry"),
    )


# One function per feature; later features add theirs here.
def _exports(maya: Session, sam: Session) -> None:
    """One earlier therapy summary, so the export history and 'since the last' have one."""
    maya.exports.record(
        ExportKind.THERAPY_SUMMARY,
        file_format="pdf",
        protected=True,
        partner_words=True,
        exported_at=_ago(14, 20),
    )
    sam.therapy_consent.set_default(True)


def _practices(maya: Session, sam: Session) -> None:
    """Two practices from their therapist, tried most weeks, with a few honest notes."""
    talk = maya.practices.add(
        translate("cli.demo", "A 20-minute stress-reducing conversation after work"),
        3,
        added_at=_ago(16, 19),
    )
    small = sam.practices.add(
        translate("cli.demo", "Tell each other one small thing we held back today"),
        2,
        added_at=_ago(9, 21),
    )
    today = datetime.now().astimezone().date()
    for days_ago, who, practice, note in (
        (
            15,
            maya,
            talk,
            translate("cli.demo", "Hard to start, easier once we sat down. Sam listened properly."),
        ),
        (13, sam, talk, ""),
        (
            10,
            sam,
            talk,
            translate("cli.demo", "We both wanted to fix things; next time just listen."),
        ),
        (
            8,
            maya,
            small,
            translate(
                "cli.demo",
                "I said I was worried about the card bill. It went better than I feared.",
            ),
        ),
        (8, maya, talk, ""),
        (6, sam, small, ""),
        (5, maya, talk, translate("cli.demo", "Short one, but it helped.")),
        (2, sam, talk, translate("cli.demo", "Ran out of time after ten minutes.")),
        (1, maya, small, ""),
    ):
        who.practices.log(practice, on=today - timedelta(days=days_ago), note=note)


def _therapist_questions(maya: Session, sam: Session) -> None:
    """A few things each means to bring up; Maya has shared one, one is already talked about."""
    shared = maya.therapist_questions.add(
        translate("cli.demo", "How do we talk about money without it turning into a trial?")
    )
    maya.therapist_questions.share(shared)
    maya.therapist_questions.add(
        translate("cli.demo", "Why do I go quiet when Sam asks where I've been?")
    )
    done = maya.therapist_questions.add(
        translate("cli.demo", "Is it normal to still feel raw after two months?")
    )
    maya.therapist_questions.mark_talked_about(done)
    sam.therapist_questions.add(
        translate("cli.demo", "How can I ask about the card without sounding suspicious?")
    )
    sam.therapist_questions.add(
        translate("cli.demo", "What does a good weekly check-in look like for us?")
    )


def _checkins(maya: Session, sam: Session) -> None:
    """Maya's last five weeks of check-ins, slowly warmer; Sam has not started yet."""
    today = datetime.now().astimezone().date()
    weeks = (
        (
            {"close": 2, "safe": 2, "hopeful": 3},
            translate("cli.demo", "Everything still feels fragile."),
        ),
        ({"close": 2, "safe": 3, "hopeful": 3}, ""),
        (
            {"close": 3, "safe": 3, "hopeful": 4},
            translate("cli.demo", "The evening talks are starting to help."),
        ),
        ({"close": 3, "safe": 4, "hopeful": 4}, ""),
        (
            {"close": 4, "safe": 3, "hopeful": 4},
            translate("cli.demo", "Harder to speak up after the card statement."),
        ),
    )
    for weeks_ago, (answers, note) in zip(range(5, 0, -1), weeks, strict=True):
        maya.checkins.answer(answers, note=note, day=today - timedelta(weeks=weeks_ago))


def _ledger(maya: Session, sam: Session) -> None:
    """Maya's business card, told in full for the first time: some on time, two late, one
    with its why kept private for now; Sam acknowledges, asks, talks it through."""
    proposal = maya.ledger.agreements.propose(Money.of("100", "USD"), 7)
    sam.ledger.agreements.confirm(proposal)
    today = clock.today()
    card = translate("cli.demo", "Business Visa …4417")
    told = [
        (
            20,
            "1249.00",
            "Dell",
            translate("cli.demo", "equipment"),
            translate("cli.demo", "A laptop for the new contract."),
            True,
        ),
        (
            14,
            "450.00",
            "WeWork",
            translate("cli.demo", "workspace"),
            translate("cli.demo", "A month of desk space for client calls."),
            False,
        ),
        (
            5,
            "54.99",
            "Adobe",
            translate("cli.demo", "software"),
            translate("cli.demo", "Creative Cloud, monthly."),
            False,
        ),
        (
            3,
            "212.45",
            "Office Depot",
            translate("cli.demo", "office supplies"),
            translate("cli.demo", "Ink and paper for the reports."),
            False,
        ),
        (
            2,
            "18.75",
            "Uber",
            translate("cli.demo", "travel"),
            translate("cli.demo", "To the client meeting downtown."),
            False,
        ),
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
            account=translate("cli.demo", "Joint debit"),
            payee="Green Market",
            category=translate("cli.demo", "groceries"),
            why=translate("cli.demo", "The week's shop."),
        )
    )
    sam.ledger.disclose([groceries])
    sam.ledger.respond(
        office, ResponseKind.ACKNOWLEDGED, translate("cli.demo", "Thanks for telling me.")
    )
    sam.ledger.respond(adobe, ResponseKind.ACKNOWLEDGED)
    sam.ledger.respond(
        wework, ResponseKind.DISCUSSED, translate("cli.demo", "We talked on Sunday; fine for now.")
    )
    sam.ledger.respond(
        dell,
        ResponseKind.QUESTION,
        translate("cli.demo", "Is this the laptop you mentioned in May?"),
    )
    for days, amount, payee, category in (
        (1, "45.20", "Staples", translate("cli.demo", "office supplies")),
        (0, "12.40", "Blue Bottle Coffee", translate("cli.demo", "client meals")),
        (
            0,
            "-35.00",
            translate("cli.demo", "Amazon refund"),
            translate("cli.demo", "office supplies"),
        ),
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


SAMPLES: tuple[Callable[[Session, Session], None], ...] = (
    _journal,
    _bids,
    _ledger,
    _promises,
    _repairs,
    _practices,
    _therapist_questions,
    _checkins,
    _talks,
    _exports,
)
