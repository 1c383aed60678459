"""A partner's door to the money ledger: drafts, disclosing, responses, corrections, views.

Drafts live in the author's private space. Disclosing moves a batch into the shared space
in one transaction there; the shared record is the disclosure and the drafts are removed.
A "why" kept private stays in the author's space, and the disclosure says it was withheld.
A disclosure is never edited: a correction is a new disclosure and the original stays.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from toward.core import clock, validation
from toward.core.attention import COUNTED_UP_TO, AttentionCard, count_words
from toward.core.ledger.agreement import Agreement, Agreements, days_taken
from toward.core.ledger.csv_statement import CsvLayout
from toward.core.ledger.money import MINOR_DIGITS, Money, format_money, totals
from toward.core.ledger.queries import (
    CURRENT,
    LATE,
    OPEN_QUESTION,
    Grouping,
    LedgerFilter,
    Total,
    totals_sql,
)
from toward.core.ledger.records import (
    LINE_COLUMNS,
    LINES,
    MAX_NAME,
    RESPONSE_COLUMNS,
    RESPONSES,
    WITHHELD,
    Disclosure,
    Draft,
    InvalidLedgerLine,
    LedgerLine,
    Period,
    Purpose,
    Response,
    ResponseKind,
    build_line,
    build_response,
    clean_text,
)
from toward.core.ledger.statements import PreviewRow, StatementError, StatementRow
from toward.core.settings import Settings
from toward.core.spaces import NotAllowed, RecordStore, Space, Spaces
from toward.vault.database import Connection, transaction


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


@dataclass(frozen=True)
class PeriodSummary:
    """Everything about the ledger in one period, for summaries and exports."""

    period: Period
    disclosures: list[Disclosure]  # with responses, oldest purchase first
    totals: dict[str, Money]  # per currency
    by_month: list[Total]
    by_category: list[Total]
    by_purpose: list[Total]
    late: list[Disclosure]
    open_questions: list[Disclosure]
    drafts: list[Draft]  # this partner's, not yet disclosed
    agreement: Agreement | None


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int  # already here, as a draft or a disclosure


_LAYOUT_KEY = "ledger.csv_layout:"


class Ledger:
    """The ledger as one unlocked partner reaches it."""

    def __init__(self, spaces: Spaces, partner_ids: Iterable[str]) -> None:
        self._spaces = spaces
        self.partner_id = spaces.partner_id
        others = [p for p in partner_ids if p != spaces.partner_id]
        self.other_id: str | None = others[0] if others else None
        self._lines: RecordStore[LedgerLine] = RecordStore(spaces, LINES, LINE_COLUMNS, build_line)
        self._responses: RecordStore[Response] = RecordStore(
            spaces, RESPONSES, RESPONSE_COLUMNS, build_response
        )
        self.agreements = Agreements(spaces, self.other_id)

    # -- drafts ------------------------------------------------------------------------

    def add_draft(self, fields: DraftFields) -> Draft:
        """Write a purchase down privately; nothing is shared yet."""
        return self._lines.add(Space.PRIVATE, _draft_content(fields))

    def add_drafts(self, many: Sequence[DraftFields]) -> int:
        """Write many drafts (an import) in one transaction: all of them or none."""
        rows = [_draft_content(fields) for fields in many]
        now = clock.to_text(clock.now())
        conn = self._private
        with transaction(conn):
            for content in rows:
                values = {"id": uuid.uuid4().hex, "author_id": self.partner_id}
                values |= {"created_at": now, "updated_at": now, **content}
                _insert(conn, LINES, values)
        self._spaces.changed(LINES)
        return len(rows)

    def edit_draft(self, draft: Draft, fields: DraftFields) -> Draft:
        self._require_draft(draft)
        content = _draft_content(fields)
        content["import_key"] = draft.import_key  # an import's digest follows the row
        return self._lines.update(Space.PRIVATE, draft.id, content)

    def delete_draft(self, draft: Draft) -> None:
        self._require_draft(draft)
        self._lines.delete(Space.PRIVATE, draft.id)

    def drafts(self, *, limit: int = -1, offset: int = 0) -> list[Draft]:
        """This partner's drafts, latest purchase first."""
        self._settle()
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

    def disclose(self, drafts: Iterable[Draft]) -> list[Disclosure]:
        """Move drafts into the shared ledger, all in one transaction there.

        Each disclosure records how many local days it took and, when the agreement in
        force covered it, the agreed days; the flag for lateness follows from those two.
        """
        self._settle()
        chosen = [self.draft(d.id) for d in drafts]  # fresh, and proven to be this partner's
        if not chosen:
            return []
        for draft in chosen:
            self._require_draft(draft)
        now = clock.now()
        agreement = self.agreements.in_force(now)
        shared = self._shared
        withheld: dict[str, str] = {}
        with transaction(shared):
            for draft in chosen:
                disclosure_id = uuid.uuid4().hex
                values = self._disclosure_values(draft, disclosure_id, now, agreement)
                values["origin_id"] = draft.id
                _insert(shared, LINES, values)
                if draft.why_withheld:
                    withheld[disclosure_id] = draft.why
        self._finish(withheld, [d.id for d in chosen])
        self._spaces.changed(LINES)
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
        body = clean_text(text, "response")
        if kind in (ResponseKind.QUESTION, ResponseKind.ANSWER) and not body:
            raise InvalidLedgerLine(f"Write the {kind.value} first.")
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
            raise InvalidLedgerLine("This disclosure was already corrected; correct the latest.")
        why_note = clean_text(note, "note on the correction")
        if not why_note:
            raise InvalidLedgerLine("Say in a few words what the correction changes.")
        draft_like = replace(
            original,
            **_as_line_fields(_draft_content(fields)),
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
        shared = self._shared
        with transaction(shared):
            changed = shared.execute(
                f"UPDATE {LINES} SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL",
                (new_id, original.id),
            ).rowcount
            if changed != 1:
                raise InvalidLedgerLine("This disclosure was corrected in the meantime.")
            _insert(shared, LINES, values)
        if fields.keep_why_private:
            self._finish({new_id: clean_text(fields.why, "why")}, [])
        self._spaces.changed(LINES)
        return self.get(new_id)

    def history(self, disclosure: Disclosure) -> list[Disclosure]:
        """A disclosure and every version before it, the first disclosure first."""
        chain = [self.get(disclosure.id)]
        while chain[0].corrects_id is not None:
            chain.insert(0, self.get(chain[0].corrects_id))
        return chain

    # -- reading -----------------------------------------------------------------------

    def get(self, disclosure_id: str) -> Disclosure:
        """One disclosure with its responses (and, for its author, a withheld why)."""
        return self._complete([self._lines.get(Space.SHARED, disclosure_id)])[0]

    def disclosures(
        self,
        period: Period | None = None,
        *,
        where: LedgerFilter | None = None,
        newest_first: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[Disclosure]:
        """Current disclosures (corrected ones replaced) in a period, with responses."""
        chosen = replace(where or LedgerFilter(), period=period or (where and where.period))
        sql, params = chosen.where()
        order = (
            "occurred_on DESC, disclosed_at DESC" if newest_first else "occurred_on, disclosed_at"
        )
        return self._page(sql, params, order, limit, offset)

    def count(self, where: LedgerFilter | None = None) -> int:
        sql, params = (where or LedgerFilter()).where()
        return self._lines.count(Space.SHARED, where=sql, params=params)

    def totals(
        self,
        period: Period | None = None,
        *,
        by: Grouping = Grouping.MONTH,
        where: LedgerFilter | None = None,
    ) -> list[Total]:
        """Sums per group and currency, in key order."""
        chosen = replace(where or LedgerFilter(), period=period or (where and where.period))
        sql, params = chosen.where()
        rows = self._shared.execute(totals_sql(by, sql), params)
        return [Total(r["key"], Money.from_minor(r["minor"], r["currency"]), r["n"]) for r in rows]

    def totals_per_currency(
        self, period: Period | None = None, *, where: LedgerFilter | None = None
    ) -> dict[str, Money]:
        chosen = replace(where or LedgerFilter(), period=period or (where and where.period))
        sql, params = chosen.where()
        rows = self._shared.execute(
            f"SELECT currency, sum(amount_minor) FROM {LINES} WHERE {sql} GROUP BY currency "
            "ORDER BY currency",
            params,
        )
        # A currency no version of Toward writes (damage) is left out of the totals; its
        # lines are named where they are listed.
        return {r[0]: Money.from_minor(r[1], r[0]) for r in rows if r[0] in MINOR_DIGITS}

    def late(
        self, period: Period | None = None, *, limit: int = -1, offset: int = 0
    ) -> list[Disclosure]:
        """Disclosures that came later than the agreement asked, latest purchase first."""
        sql, params = LedgerFilter(period=period).where(LATE)
        return self._page(sql, params, "occurred_on DESC, disclosed_at DESC", limit, offset)

    def late_count(self, period: Period | None = None) -> int:
        sql, params = LedgerFilter(period=period).where(LATE)
        return self._lines.count(Space.SHARED, where=sql, params=params)

    def awaiting_my_response(self, *, limit: int = -1, offset: int = 0) -> list[Disclosure]:
        """The other partner's disclosures this partner has not responded to yet, oldest
        purchase first (the order of the ledger's index, so the first few come at once)."""
        sql, params = self._awaiting()
        return self._page(sql, params, "occurred_on, disclosed_at", limit, offset)

    def awaiting_count(self, *, up_to: int | None = None) -> int:
        """How many wait for this partner's response; with `up_to`, counted no further."""
        sql, params = self._awaiting()
        return self._lines.count(Space.SHARED, where=sql, params=params, up_to=up_to)

    def open_questions(self, period: Period | None = None) -> list[Disclosure]:
        """Disclosures whose latest response is a question not yet talked through."""
        sql, params = LedgerFilter(period=period).where(f"{CURRENT} AND {OPEN_QUESTION}")
        return self._page(sql, params, "occurred_on, disclosed_at", -1, 0)

    def questions_for_me(self, *, limit: int = -1, offset: int = 0) -> list[Disclosure]:
        """This partner's disclosures with an open question from the other."""
        sql, params = self._questions_for_me()
        return self._page(sql, params, "occurred_on, disclosed_at", limit, offset)

    def questions_for_me_count(self, *, up_to: int | None = None) -> int:
        sql, params = self._questions_for_me()
        return self._lines.count(Space.SHARED, where=sql, params=params, up_to=up_to)

    def names(self, column: str) -> list[str]:
        """The distinct categories or accounts in use, for filters and suggestions."""
        if column not in ("category", "account", "payee"):
            raise ValueError(f"no list of {column}")
        found: set[str] = set()
        for space in (Space.PRIVATE, Space.SHARED):
            rows = self._spaces.conn(space).execute(
                f"SELECT DISTINCT {column} FROM {LINES} WHERE {column} != ''"
            )
            found |= {r[0] for r in rows}
        return sorted(found, key=str.casefold)

    def months(self) -> list[str]:
        """The months ('2026-03') holding disclosures, newest first."""
        rows = self._shared.execute(
            f"SELECT DISTINCT substr(occurred_on, 1, 7) FROM {LINES} WHERE {CURRENT} "
            "ORDER BY 1 DESC"
        )
        return [r[0] for r in rows]

    def summary(self, period: Period) -> PeriodSummary:
        """The ledger in `period` as plain data (for the therapy summary and exports)."""
        return PeriodSummary(
            period=period,
            disclosures=self.disclosures(period),
            totals=self.totals_per_currency(period),
            by_month=self.totals(period, by=Grouping.MONTH),
            by_category=self.totals(period, by=Grouping.CATEGORY),
            by_purpose=self.totals(period, by=Grouping.PURPOSE),
            late=self.late(period),
            open_questions=self.open_questions(period),
            drafts=[d for d in self.drafts() if period.start <= d.occurred_on <= period.end],
            agreement=self.agreements.in_force(),
        )

    def known_import_keys(self, keys: Iterable[str]) -> set[str]:
        """Which statement-row digests are already here, as a draft or a disclosure."""
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for space in (Space.PRIVATE, Space.SHARED):
                rows = self._spaces.conn(space).execute(
                    f"SELECT import_key FROM {LINES} WHERE import_key IN ({marks}) "
                    "AND author_id = ?",
                    (*chunk, self.partner_id),
                )
                found |= {r[0] for r in rows}
        return found

    # -- statement import --------------------------------------------------------------

    def preview_import(self, rows: Sequence[StatementRow]) -> list[PreviewRow]:
        """The rows of a statement, each marked when it is already here (skipped on import)."""
        _fields_of(rows, Purpose.PERSONAL, "")  # a row that cannot be a draft is named now
        known = self.known_import_keys(row.import_key for row in rows)
        return [PreviewRow(row, row.import_key in known) for row in rows]

    def import_statement(
        self,
        rows: Sequence[StatementRow],
        *,
        purpose: Purpose = Purpose.PERSONAL,
        category: str = "",
    ) -> ImportResult:
        """Every new row as a private draft, in one transaction; nothing is disclosed."""
        known = self.known_import_keys(row.import_key for row in rows)
        new = [row for row in rows if row.import_key not in known]
        added = self.add_drafts(_fields_of(new, purpose, category))
        return ImportResult(added=added, skipped=len(rows) - len(new))

    def remembered_layout(self, account: str) -> CsvLayout | None:
        """The CSV layout last used for `account`, if any."""
        text = Settings(self._private).get_text(_LAYOUT_KEY + account.casefold())
        return None if text is None else CsvLayout.from_json(text)

    def remember_layout(self, account: str, layout: CsvLayout) -> None:
        Settings(self._private).set_text(_LAYOUT_KEY + account.casefold(), layout.to_json())

    # -- attention ---------------------------------------------------------------------

    def attention(self) -> AttentionCard | None:
        """Disclosures waiting for this partner's response, and questions to answer."""
        waiting = self.awaiting_count(up_to=COUNTED_UP_TO + 1)
        questions = self.questions_for_me_count(up_to=COUNTED_UP_TO + 1)
        if not waiting and not questions:
            return None
        lines = [
            f"{format_money(d.money)} at {d.payee or 'an unnamed payee'}, {d.occurred_on:%a %d %b}"
            for d in self.awaiting_my_response(limit=3)
        ]
        if questions:
            plural = "s" if questions != 1 else ""
            lines.append(f"{count_words(questions)} question{plural} about your disclosures")
        title = "Money shared with you" if waiting else "Questions about your disclosures"
        return AttentionCard("ledger:awaiting", title, waiting + questions, tuple(lines))

    def agreement_attention(self) -> AttentionCard | None:
        """A money agreement the other partner proposed, waiting for this partner's yes."""
        proposal = self.agreements.waiting_for_me()
        if proposal is None:
            return None
        return AttentionCard(
            "ledger:agreement", "An agreement waiting for you", 1, (proposal.text,)
        )

    # -- helpers -----------------------------------------------------------------------

    @property
    def _private(self) -> Connection:
        return self._spaces.conn(Space.PRIVATE)

    @property
    def _shared(self) -> Connection:
        return self._spaces.conn(Space.SHARED)

    def _awaiting(self) -> tuple[str, list[object]]:
        base = (
            f"{CURRENT} AND author_id != ? AND NOT EXISTS (SELECT 1 FROM {RESPONSES} r "
            f"WHERE r.disclosure_id = {LINES}.id AND r.author_id = ?)"
        )
        sql, params = LedgerFilter().where(base)
        return sql, [self.partner_id, self.partner_id, *params]

    def _questions_for_me(self) -> tuple[str, list[object]]:
        return LedgerFilter(author_id=self.partner_id).where(f"{CURRENT} AND {OPEN_QUESTION}")

    def _page(
        self, where: str, params: list[object], order: str, limit: int, offset: int
    ) -> list[Disclosure]:
        lines = self._lines.list(
            Space.SHARED, where=where, params=params, order=order, limit=limit, offset=offset
        )
        return self._complete(lines)

    def _complete(self, lines: list[LedgerLine]) -> list[LedgerLine]:
        """Attach responses, and for the author the whys they kept private."""
        if not lines:
            return lines
        ids = [line.id for line in lines]
        responses: dict[str, list[Response]] = {}
        withheld: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for response in self._responses.list(
                Space.SHARED,
                where=f"disclosure_id IN ({marks})",
                params=chunk,
                order="created_at",
            ):
                responses.setdefault(response.disclosure_id, []).append(response)
            rows = self._private.execute(
                f"SELECT disclosure_id, why FROM {WITHHELD} WHERE disclosure_id IN ({marks})",
                chunk,
            )
            withheld |= {r[0]: r[1] for r in rows}
        return [
            replace(
                line,
                responses=tuple(responses.get(line.id, ())),
                withheld_why=withheld.get(line.id, "") if line.author_id == self.partner_id else "",
            )
            for line in lines
        ]

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

    def _finish(self, withheld: Mapping[str, str], draft_ids: list[str]) -> None:
        """The private half of disclosing: keep withheld whys, remove the drafts."""
        private = self._private
        with transaction(private):
            for disclosure_id, why in withheld.items():
                private.execute(
                    f"INSERT OR REPLACE INTO {WITHHELD} (disclosure_id, why) VALUES (?, ?)",
                    (disclosure_id, why),
                )
            for draft_id in draft_ids:
                private.execute(f"DELETE FROM {LINES} WHERE id = ?", (draft_id,))

    def _settle(self) -> None:
        """Finish a disclosure interrupted between the two files (a crash, a full disk).

        Two files cannot share one transaction: the disclosures land first, so a draft
        whose disclosure is already shared is finished here, never disclosed twice.
        """
        ids = [
            r[0]
            for r in self._private.execute(
                f"SELECT id FROM {LINES} WHERE disclosed_at IS NULL AND author_id = ?",
                (self.partner_id,),
            )
        ]
        done = self._disclosed_pairs(ids)
        if not done:
            return
        withheld = {}
        for draft_id, disclosure_id in done.items():
            draft = self.draft(draft_id)
            if draft.why_withheld:
                withheld[disclosure_id] = draft.why
        self._finish(withheld, list(done))
        self._spaces.changed(LINES)

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


def _insert(conn: Connection, table: str, values: Mapping[str, object]) -> None:
    validation.check_row(table, values)  # the same rules as every import
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))


def _draft_content(fields: DraftFields) -> dict[str, object]:
    """A draft's columns, checked: a real date not in the future, exact money, short names."""
    if not isinstance(fields.occurred_on, date) or isinstance(fields.occurred_on, datetime):
        raise InvalidLedgerLine("A purchase needs its date.")
    if fields.occurred_on > clock.now().astimezone().date():
        raise InvalidLedgerLine("A purchase date cannot be in the future.")
    if fields.occurred_on < clock.FIRST_DAY:
        raise InvalidLedgerLine(
            f"A purchase date before {clock.FIRST_DAY.year} ({fields.occurred_on.isoformat()}) "
            "looks like a mistyped year; check it."
        )
    if not isinstance(fields.money, Money):
        raise InvalidLedgerLine("A purchase needs an amount with its currency.")
    why = clean_text(fields.why, "why")
    return {
        "occurred_on": fields.occurred_on.isoformat(),
        "amount_minor": fields.money.minor,
        "currency": fields.money.currency,
        "account": clean_text(fields.account, "account", MAX_NAME),
        "payee": clean_text(fields.payee, "payee", MAX_NAME),
        "category": clean_text(fields.category, "category", MAX_NAME),
        "purpose": Purpose(fields.purpose).value,
        "why": why,
        "why_withheld": int(bool(fields.keep_why_private)),
        "import_key": fields.import_key,
    }


def _fields_of(rows: Sequence[StatementRow], purpose: Purpose, category: str) -> list[DraftFields]:
    """Statement rows as drafts, each checked; StatementError names a row that cannot be."""
    many = []
    for row in rows:
        fields = DraftFields(
            row.occurred_on,
            row.money,
            account=row.account,
            payee=row.payee,
            category=category,
            purpose=purpose,
            import_key=row.import_key,
        )
        try:
            _draft_content(fields)
        except InvalidLedgerLine as exc:
            raise StatementError(str(exc)[:1].lower() + str(exc)[1:], row.line) from None
        many.append(fields)
    return many


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
