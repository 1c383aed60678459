"""Writing the ledger: private drafts, disclosing them, responses and corrections.

Drafts live in the author's private space. Disclosing moves a batch into the shared space
in one transaction there; the shared record is the disclosure and the drafts are removed.
A "why" kept private stays in the author's space, and the disclosure says it was withheld.
A disclosure is never edited: a correction is a new disclosure and the original stays.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from toward.core import clock
from toward.core.changes import Change, one_action
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.ledger.access import LedgerAccess
from toward.core.ledger.agreement import Agreement, days_taken
from toward.core.ledger.money import Money, totals
from toward.core.ledger.operations import CORRECT, DISCLOSE, keep_withheld
from toward.core.ledger.records import (
    LINES,
    MAX_NAME,
    Disclosure,
    Draft,
    InvalidLedgerLine,
    LedgerLine,
    Purpose,
    Response,
    ResponseKind,
    clean_text,
)
from toward.core.spaces import NotAllowed, Space
from toward.vault.oplog import OpRefused


@dataclass(frozen=True)
class DraftFields:
    """What a partner writes about a purchase before disclosing it."""

    occurred_on: date
    money: Money
    account: str = ""
    payee: str = ""
    category: str = ""
    purpose: Purpose = Purpose.PERSONAL
    why: str = ""
    keep_why_private: bool = False
    import_key: str | None = None


class LedgerWriting(LedgerAccess):
    """A partner's drafts, their disclosing, responses and corrections."""

    # -- drafts ------------------------------------------------------------------------

    def add_draft(self, fields: DraftFields) -> Draft:
        """Write a purchase down privately; nothing is shared yet."""
        return self._lines.add(Space.PRIVATE, draft_content(fields))

    def edit_draft(self, draft: Draft, fields: DraftFields) -> Draft:
        self._require_draft(draft)
        content = draft_content(fields)
        content["import_key"] = draft.import_key  # an import's digest follows the row
        return self._lines.update(Space.PRIVATE, draft.id, content)

    def delete_draft(self, draft: Draft) -> None:
        self._require_draft(draft)
        self._lines.delete(Space.PRIVATE, draft.id)

    def drafts(self, *, limit: int = -1, offset: int = 0) -> list[Draft]:
        """This partner's drafts, latest purchase first."""
        return self._lines.list(
            Space.PRIVATE,
            where="disclosed_at IS NULL",
            order="occurred_on DESC, created_at DESC",
            limit=limit,
            offset=offset,
        )

    def draft_count(self) -> int:
        return self._lines.count(Space.PRIVATE, where="disclosed_at IS NULL")

    def draft(self, draft_id: str) -> Draft:
        return self._lines.get(Space.PRIVATE, draft_id)

    @staticmethod
    def batch_total(lines: Iterable[LedgerLine]) -> dict[str, Money]:
        """The total of a batch per currency, shown before it is disclosed."""
        return totals(line.money for line in lines)

    # -- disclosing --------------------------------------------------------------------

    @one_action
    def disclose(self, drafts: Iterable[Draft]) -> list[Disclosure]:
        """Move drafts into the shared ledger, all in one transaction there.

        Each disclosure records how many local days it took and, when the agreement in
        force covered it, the agreed days; the flag for lateness follows from those two.
        """
        chosen = [self.draft(d.id) for d in drafts]  # fresh, and proven to be this partner's
        if not chosen:
            return []
        for draft in chosen:
            self._require_draft(draft)
        now = clock.now()
        agreement = self.agreements.in_force(now)
        lines: list[dict[str, object]] = []
        withheld: dict[str, str] = {}
        for draft in chosen:
            disclosure_id = uuid.uuid4().hex
            values = self._disclosure_values(draft, disclosure_id, now, agreement)
            lines.append(values | {"origin_id": draft.id})
            if draft.why_withheld:
                withheld[disclosure_id] = draft.why
        self._spaces.ops.run(
            DISCLOSE, {"lines": lines}, along=lambda conn: keep_withheld(withheld, conn)
        )
        self._spaces.announce(Change.LEDGER)
        return [self.get(values_id) for values_id in self._disclosed_ids(chosen)]

    def respond(self, disclosure: Disclosure, kind: ResponseKind, text: str = "") -> Response:
        """The partner's answer: acknowledged, a question, or talked through (with a note).

        The author answers a question with ResponseKind.ANSWER.
        """
        current = self.get(disclosure.id)
        kind = ResponseKind(kind)
        mine = current.author_id == self.partner_id
        if mine and kind is not ResponseKind.ANSWER:
            raise NotAllowed("Your partner responds to your disclosures; you can answer them.")
        if not mine and kind is ResponseKind.ANSWER:
            raise NotAllowed("Only the person who disclosed this can answer a question about it.")
        body = clean_text(text, QT_TRANSLATE_NOOP("core.ledger.records", "response"))
        if kind in (ResponseKind.QUESTION, ResponseKind.ANSWER) and not body:
            raise InvalidLedgerLine(
                QT_TRANSLATE_NOOP("vault.errors", "Write the {value} first."),
                value=translate("core.ledger.writing", "question")
                if kind is ResponseKind.QUESTION
                else translate("core.ledger.writing", "answer"),
            )
        content = {"disclosure_id": current.id, "kind": kind.value, "text": body}
        return self._responses.add(Space.SHARED, content)

    def correct(self, disclosure: Disclosure, fields: DraftFields, note: str) -> Disclosure:
        """A visible correction: a new disclosure that replaces `disclosure` in totals.

        The original stays readable (see `history`); the correction keeps the original's
        lateness, since the purchase was disclosed when it was.
        """
        original = self.get(disclosure.id)
        if original.author_id != self.partner_id:
            raise NotAllowed("Only the person who disclosed this can correct it.")
        if original.superseded_by is not None:
            raise InvalidLedgerLine(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "This disclosure was already corrected; correct the latest."
                )
            )
        why_note = clean_text(
            note, QT_TRANSLATE_NOOP("core.ledger.records", "note on the correction")
        )
        if not why_note:
            raise InvalidLedgerLine(
                QT_TRANSLATE_NOOP("vault.errors", "Say in a few words what the correction changes.")
            )
        draft_like = replace(
            original,
            **_as_line_fields(draft_content(fields)),
        )
        now = clock.now()
        new_id = uuid.uuid4().hex
        values = self._disclosure_values(draft_like, new_id, now, None)
        values |= {
            "days_taken": original.days_taken,
            "agreed_days": original.agreed_days,
            "corrects_id": original.id,
            "correction_note": why_note,
        }
        withheld = (
            {new_id: clean_text(fields.why, QT_TRANSLATE_NOOP("core.ledger.records", "why"))}
            if fields.keep_why_private
            else {}
        )
        try:
            self._spaces.ops.run(
                CORRECT, {"line": values}, along=lambda conn: keep_withheld(withheld, conn)
            )
        except OpRefused as refused:
            raise InvalidLedgerLine(str(refused)) from None
        self._spaces.announce(Change.LEDGER)
        return self.get(new_id)

    def history(self, disclosure: Disclosure) -> list[Disclosure]:
        """A disclosure and every version before it, the first disclosure first."""
        chain = [self.get(disclosure.id)]
        while chain[0].corrects_id is not None:
            chain.insert(0, self.get(chain[0].corrects_id))
        return chain

    # -- helpers -----------------------------------------------------------------------

    def _disclosure_values(
        self, line: LedgerLine, new_id: str, now: datetime, agreement: Agreement | None
    ) -> dict[str, object]:
        covered = agreement is not None and agreement.applies_to(line.money)
        stamp = clock.to_text(now)
        return {
            "id": new_id,
            "author_id": self.partner_id,
            "created_at": stamp,
            "updated_at": stamp,
            "occurred_on": line.occurred_on.isoformat(),
            "amount_minor": line.money.minor,
            "currency": line.money.currency,
            "account": line.account,
            "payee": line.payee,
            "category": line.category,
            "purpose": line.purpose.value,
            "why": "" if line.why_withheld else line.why,
            "why_withheld": int(line.why_withheld),
            "import_key": line.import_key,
            "disclosed_at": stamp,
            "days_taken": days_taken(line.occurred_on, now),
            "agreed_days": agreement.days if covered and agreement else None,
        }

    def _disclosed_pairs(self, draft_ids: list[str]) -> dict[str, str]:
        pairs: dict[str, str] = {}
        for start in range(0, len(draft_ids), 500):
            chunk = draft_ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = self._shared.execute(
                f"SELECT origin_id, id FROM {LINES} WHERE origin_id IN ({marks})", chunk
            )
            pairs |= {r[0]: r[1] for r in rows}
        return pairs

    def _disclosed_ids(self, drafts: list[Draft]) -> list[str]:
        pairs = self._disclosed_pairs([d.id for d in drafts])
        return [pairs[d.id] for d in drafts]

    def _require_draft(self, draft: Draft) -> None:
        if draft.info.space is not Space.PRIVATE or not draft.is_draft:
            raise NotAllowed("A disclosure is never edited; correct it instead.")
        if draft.author_id != self.partner_id:
            raise NotAllowed("Only the person who wrote this draft can change it.")


def draft_content(fields: DraftFields) -> dict[str, object]:
    """A draft's columns, checked: a real date not in the future, exact money, short names."""
    if not isinstance(fields.occurred_on, date) or isinstance(fields.occurred_on, datetime):
        raise InvalidLedgerLine(QT_TRANSLATE_NOOP("vault.errors", "A purchase needs its date."))
    if fields.occurred_on > clock.today():
        raise InvalidLedgerLine(
            QT_TRANSLATE_NOOP("vault.errors", "A purchase date cannot be in the future.")
        )
    if fields.occurred_on < clock.FIRST_DAY:
        raise InvalidLedgerLine(
            QT_TRANSLATE_NOOP(
                "vault.errors",
                "A purchase date before {year} ({isoformat}) looks like a mistyped year; check it.",
            ),
            year=clock.FIRST_DAY.year,
            isoformat=fields.occurred_on.isoformat(),
        )
    if not isinstance(fields.money, Money):
        raise InvalidLedgerLine(
            QT_TRANSLATE_NOOP("vault.errors", "A purchase needs an amount with its currency.")
        )
    why = clean_text(fields.why, QT_TRANSLATE_NOOP("core.ledger.records", "why"))
    return {
        "occurred_on": fields.occurred_on.isoformat(),
        "amount_minor": fields.money.minor,
        "currency": fields.money.currency,
        "account": clean_text(
            fields.account, QT_TRANSLATE_NOOP("core.ledger.records", "account"), MAX_NAME
        ),
        "payee": clean_text(
            fields.payee, QT_TRANSLATE_NOOP("core.ledger.records", "payee"), MAX_NAME
        ),
        "category": clean_text(
            fields.category, QT_TRANSLATE_NOOP("core.ledger.records", "category"), MAX_NAME
        ),
        "purpose": Purpose(fields.purpose).value,
        "why": why,
        "why_withheld": int(bool(fields.keep_why_private)),
        "import_key": fields.import_key,
    }


def _as_line_fields(content: Mapping[str, Any]) -> dict[str, Any]:
    """Draft columns as LedgerLine fields (for building a correction from them)."""
    return {
        "occurred_on": date.fromisoformat(content["occurred_on"]),
        "money": Money.from_minor(content["amount_minor"], content["currency"]),
        "account": content["account"],
        "payee": content["payee"],
        "category": content["category"],
        "purpose": Purpose(content["purpose"]),
        "why": content["why"],
        "why_withheld": bool(content["why_withheld"]),
        "import_key": None,
    }
