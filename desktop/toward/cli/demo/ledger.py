"""The demo's money: a business card told in full, and the partner's answers."""

from __future__ import annotations

from datetime import timedelta

from toward.core import clock
from toward.core.i18n import translate
from toward.core.ledger import DraftFields, Money, Purpose, ResponseKind
from toward.session import Session


def add_ledger(maya: Session, sam: Session) -> None:
    """Maya's business card, told in full for the first time: some on time, two late, one
    with its why kept private for now; Sam acknowledges, asks, talks it through."""
    proposal = maya.ledger.agreements.propose(Money.of("100", "USD"), 7)
    sam.ledger.agreements.confirm(proposal)
    today = clock.today()
    card = translate("cli.demo.ledger", "Business Visa …4417")
    told = [
        (
            20,
            "1249.00",
            "Dell",
            translate("cli.demo.ledger", "equipment"),
            translate("cli.demo.ledger", "A laptop for the new contract."),
            True,
        ),
        (
            14,
            "450.00",
            "WeWork",
            translate("cli.demo.ledger", "workspace"),
            translate("cli.demo.ledger", "A month of desk space for client calls."),
            False,
        ),
        (
            5,
            "54.99",
            "Adobe",
            translate("cli.demo.ledger", "software"),
            translate("cli.demo.ledger", "Creative Cloud, monthly."),
            False,
        ),
        (
            3,
            "212.45",
            "Office Depot",
            translate("cli.demo.ledger", "office supplies"),
            translate("cli.demo.ledger", "Ink and paper for the reports."),
            False,
        ),
        (
            2,
            "18.75",
            "Uber",
            translate("cli.demo.ledger", "travel"),
            translate("cli.demo.ledger", "To the client meeting downtown."),
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
            account=translate("cli.demo.ledger", "Joint debit"),
            payee="Green Market",
            category=translate("cli.demo.ledger", "groceries"),
            why=translate("cli.demo.ledger", "The week's shop."),
        )
    )
    sam.ledger.disclose([groceries])
    sam.ledger.respond(
        office, ResponseKind.ACKNOWLEDGED, translate("cli.demo.ledger", "Thanks for telling me.")
    )
    sam.ledger.respond(adobe, ResponseKind.ACKNOWLEDGED)
    sam.ledger.respond(
        wework,
        ResponseKind.DISCUSSED,
        translate("cli.demo.ledger", "We talked on Sunday; fine for now."),
    )
    sam.ledger.respond(
        dell,
        ResponseKind.QUESTION,
        translate("cli.demo.ledger", "Is this the laptop you mentioned in May?"),
    )
    for days, amount, payee, category in (
        (1, "45.20", "Staples", translate("cli.demo.ledger", "office supplies")),
        (0, "12.40", "Blue Bottle Coffee", translate("cli.demo.ledger", "client meals")),
        (
            0,
            "-35.00",
            translate("cli.demo.ledger", "Amazon refund"),
            translate("cli.demo.ledger", "office supplies"),
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
