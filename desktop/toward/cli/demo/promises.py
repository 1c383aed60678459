"""The demo's promises in every state, and agreements with their moments."""

from __future__ import annotations

from datetime import date

from toward.cli.demo.moments import ago
from toward.core.i18n import translate
from toward.core.promises import MomentKind
from toward.session import Session


def add_promises(maya: Session, sam: Session) -> None:
    """Promises in every state over two months, and agreements with their moments."""
    m, s = maya.partner.id, sam.partner.id

    def day(days_ago: int) -> date:
        return ago(days_ago, 12).date()

    bins = sam.promises.make(
        translate("cli.demo.promises", "Take the bins out on Thursdays"),
        to_partner_id=m,
        made_at=ago(50, 20),
    )
    maya.promises.mark_kept(
        bins, translate("cli.demo.promises", "Every week so far, thank you"), on=day(40)
    )
    tickets = maya.promises.make(
        translate("cli.demo.promises", "Book the train to your parents'"),
        to_partner_id=s,
        due=day(35),
        made_at=ago(45, 9),
    )
    sam.promises.mark_kept(tickets, on=day(36))
    pickup = sam.promises.make(
        translate("cli.demo.promises", "Pick you up after your late shift"),
        to_partner_id=m,
        due=day(20),
        made_at=ago(24, 18),
    )
    maya.promises.mark_missed(
        pickup,
        translate("cli.demo.promises", "I waited a while. Can we talk about it?"),
        on=day(20),
    )
    garden = maya.promises.make(
        translate("cli.demo.promises", "Clear the back garden"),
        to_partner_id=s,
        due=day(10),
        made_at=ago(30, 10),
    )
    sam.promises.release(
        garden,
        translate("cli.demo.promises", "Let's get someone in; it's too big a job."),
        on=day(12),
    )
    dinner = sam.promises.make(
        translate("cli.demo.promises", "Cook on Wednesdays"),
        to_partner_id=m,
        due=day(3),
        made_at=ago(18, 19),
    )
    sam.promises.ask_new_terms(
        dinner,
        translate("cli.demo.promises", "Cook on Sundays"),
        note=translate("cli.demo.promises", "Wednesdays are my late day now"),
    )
    maya.promises.accept_new_terms(maya.promises.get(dinner.id))
    maya.promises.make(
        translate("cli.demo.promises", "Call the bank about the joint account"),
        to_partner_id=s,
        due=day(-2),
    )
    maya.promises.make(
        translate("cli.demo.promises", "Put my phone away after 9"),
        to_partner_id=s,
        made_at=ago(6, 21),
    )
    dentist = sam.promises.make(
        translate("cli.demo.promises", "Book the dentist for both of us"),
        to_partner_id=m,
        due=day(-5),
    )
    sam.promises.ask_new_terms(
        dentist, translate("cli.demo.promises", "Book the dentist for both of us"), due=day(-12)
    )

    late = maya.promises.add_agreement(
        translate("cli.demo.promises", "I call if I'll be more than 30 minutes late")
    )
    sam.promises.log_moment(
        late,
        MomentKind.HONOURED,
        note=translate("cli.demo.promises", "Called from the station"),
        happened_at=ago(20, 19),
    )
    maya.promises.log_moment(
        late,
        MomentKind.BROKEN,
        note=translate("cli.demo.promises", "Forgot; phone was dead"),
        happened_at=ago(13, 22),
    )
    sam.promises.log_moment(late, MomentKind.HONOURED, happened_at=ago(4, 18))
    money = sam.promises.add_agreement(
        translate("cli.demo.promises", "We tell each other about any purchase over £100")
    )
    maya.promises.log_moment(
        money,
        MomentKind.HONOURED,
        note=translate("cli.demo.promises", "The new coat"),
        happened_at=ago(9, 13),
    )
