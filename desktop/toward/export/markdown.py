"""A summary as Markdown: the same content as the PDF, for people who prefer plain text."""

from __future__ import annotations

from toward.core.formatting import upper_first
from toward.core.i18n import translate
from toward.export import words
from toward.export.record_parts import toward_percent
from toward.export.summary import (
    BidsPart,
    CheckinsPart,
    JournalPart,
    LedgerPart,
    MoneyLine,
    NotePart,
    PracticesPart,
    PromisesPart,
    QuestionsPart,
    RepairsPart,
    SincePart,
    Summary,
)
from toward.export.talks import TalksPart, knowing_note
from toward.export.words import t


def render_markdown(summary: Summary) -> str:
    lines = [
        f"# {summary.title}",
        "",
        f"{summary.byline}  ",
        t(words.PERIOD).format(period=summary.period.label) + "  ",
        *([f"{summary.scope}  "] if summary.scope else []),
        translate("export.markdown", "Exported {day}. Private, keep safe.").format(
            day=words.day(summary.exported_at.astimezone().date())
        ),
    ]
    for section in summary.sections:
        part = summary.parts[section]
        lines += ["", f"## {section.label}", ""]
        if isinstance(part, NotePart):
            lines += _note(part)
        elif isinstance(part, BidsPart):
            lines += _bids(part)
        elif isinstance(part, PromisesPart):
            lines += _promises(part)
        elif isinstance(part, LedgerPart):
            lines += _ledger(part)
        elif isinstance(part, RepairsPart):
            lines += _repairs(part)
        elif isinstance(part, TalksPart):
            lines += _talks(part)
        elif isinstance(part, JournalPart):
            lines += _journal(part)
        elif isinstance(part, PracticesPart):
            lines += _practices(part)
        elif isinstance(part, QuestionsPart):
            lines += _questions(part)
        elif isinstance(part, CheckinsPart):
            lines += _checkins(part)
        elif isinstance(part, SincePart):
            lines += [f"- {line}" for line in part.lines]
    return "\n".join(lines).rstrip() + "\n"


def _note(part: NotePart) -> list[str]:
    written = [(who, text) for who, text in part.notes if text]
    if not written:
        return [f"_{t(words.NO_NOTE)}_"]
    lines: list[str] = []
    for who, text in written:
        if len(part.notes) > 1:
            lines += ["### " + t(words.NOTE_FROM).format(partner=who), ""]
        lines += [text, ""]
    return lines


def _bids(part: BidsPart) -> list[str]:
    overall = part.overall
    if not overall.total:
        return [f"_{t(words.NO_BIDS)}_"]
    balance = part.bank[-1].balance if part.bank else 0
    lines = [
        words.bids_whole(overall.total, toward_percent(overall))
        + " "
        + translate("export.markdown", "The bank account ended the period at {balance}.").format(
            balance=f"{balance:+d}"
        ),
        "",
        "_"
        + translate(
            "export.markdown",
            "Counted as {partner} sees them: shared bids and those {partner} logged "
            "privately. No descriptions or notes are included.",
        ).format(partner=part.whose_view)
        + "_",
        "",
        _row(words.header(words.BIDS_HEADER)),
        "|---|---:|---:|---:|---:|---:|",
    ]
    for bidder in [*part.bidders]:
        c = bidder.counts
        lines.append(
            f"| {bidder.name} | {c.total} | {c.toward} ({toward_percent(c)}) | {c.away} "
            f"| {c.against} | {c.missed} |"
        )
    weekly = [
        t(words.WEEK_OF),
        t(words.BIDS_HEADER[2]),
        translate("export.markdown", "In"),
        translate("export.markdown", "Out"),
        translate("export.markdown", "Balance"),
    ]
    lines += ["", "### " + translate("export.markdown", "Week by week"), "", _row(weekly)]
    lines.append("|---|---|---:|---:|---:|")
    for week, bank in zip(part.weeks, part.bank, strict=True):
        rates = ", ".join(
            f"{name} {'–' if rate is None else words.percent(rate)}"
            for name, rate in week.rates.items()
        )
        lines.append(
            f"| {words.day(week.week_start)} | {rates} | {bank.deposits} | {bank.withdrawals} "
            f"| {bank.balance:+d} |"
        )
    if part.by_kind:
        lines += [
            "",
            "### " + t(words.BY_KIND),
            "",
            _row(
                [
                    translate("export.markdown", "Kind"),
                    t(words.BIDS_HEADER[1]),
                    t(words.BIDS_HEADER[2]),
                ]
            ),
            "|---|---:|---:|",
        ]
        lines += [
            f"| {upper_first(k)} | {c.total} | {c.toward} ({toward_percent(c)}) |"
            for k, c in part.by_kind
        ]
    return lines


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _promises(part: PromisesPart) -> list[str]:
    if not part.promises and not part.agreements and not part.counts:
        return [f"_{t(words.NO_PROMISES)}_"]
    lines: list[str] = []
    if part.counts:
        lines += [
            _row(words.header(words.PROMISE_COUNTS_HEADER)),
            "|---|---:|---:|---:|---:|---:|",
        ]
        lines += [
            f"| {c.name} | {c.kept} | {c.missed} | {c.renegotiated} | {c.released} "
            f"| {c.still_open} |"
            for c in part.counts
        ]
    if part.promises:
        lines += ["", "### " + t(words.PROMISES_IN_PERIOD), ""]
        lines += _more(part.promises_in_period - len(part.promises), "earlier promise")
        lines += [_row(words.header(words.PROMISES_HEADER)), "|---|---|---|---|---|"]
        for p in part.promises:
            status = p.status
            if p.settled_on:
                status = t(words.STATUS_ON).format(status=p.status, day=words.day(p.settled_on))
            due = words.day(p.due) if p.due else t(words.NO_DAY_SET)
            who = t(words.PROMISED_TO).format(promiser=p.promiser, to=p.to)
            lines.append(_row([p.what, who, words.day(p.made_on), due, status]))
    if part.agreements:
        header = [
            translate("export.markdown", "Agreement"),
            t(words.PROMISE_COUNTS_HEADER[1]),
            t(words.BROKEN),
        ]
        lines += ["", "### " + t(words.STANDING_AGREEMENTS), "", _row(header)]
        lines.append("|---|---:|---:|")
        lines += [
            _row(
                [
                    t(words.SET_ASIDE_SINCE).format(agreement=a.text) if a.ended else a.text,
                    str(a.honoured),
                    str(a.broken),
                ]
            )
            for a in part.agreements
        ]
    return lines


def _more(count: int, what: str) -> list[str]:
    if count <= 0:
        return []
    return ["", f"_{words.more(count, what)}_", ""]


def _money_table(items: list[MoneyLine], last: str) -> list[str]:
    lines = [_row([*words.header(words.MONEY_HEADER), t(last)]), "|---|---|---|---:|---|"]
    lines += [_row([words.day(m.on), m.author, m.payee, m.amount, m.detail]) for m in items]
    return lines


def _ledger(part: LedgerPart) -> list[str]:
    lines: list[str] = []
    if part.agreement:
        lines += [t(words.AGREEMENT_IN_FORCE).format(agreement=part.agreement), ""]
    if not part.disclosures:
        return [*lines, f"_{t(words.NOTHING_DISCLOSED)}_"]
    lines += [
        words.disclosures(part.disclosures, part.totals, part.late_count, part.open_count),
        "",
        f"_{t(words.LEDGER_FACTS_ONLY)}_",
        "",
        _row(words.header(words.DISCLOSED_HEADER)),
        "|---|---:|---:|",
    ]
    lines += [_row([who, amount, str(n)]) for who, amount, n in part.by_author]
    if part.by_category:
        lines += ["", "### " + t(words.BY_CATEGORY), "", _row(words.header(words.CATEGORY_HEADER))]
        lines.append("|---|---:|---:|")
        lines += [_row([what, amount, str(n)]) for what, amount, n in part.by_category]
    if part.late:
        lines += ["", "### " + t(words.LATE_DISCLOSURES), ""]
        lines += _money_table(part.late, words.HOW_LATE)
        lines += _more(part.late_count - len(part.late), "late disclosure")
    if part.open_questions:
        lines += ["", "### " + t(words.OPEN_QUESTIONS), ""]
        lines += _money_table(part.open_questions, words.QUESTION)
        lines += _more(part.open_count - len(part.open_questions), "open question")
    return lines


def _repairs(part: RepairsPart) -> list[str]:
    if not part.repairs:
        return [f"_{t(words.NO_REPAIRS)}_"]
    lines: list[str] = []
    for repair in part.repairs:
        facts = words.repair_facts(
            repair.kind,
            repair.started_on,
            repair.status,
            repair.steps_reached,
            repair.steps_total,
            repair.apology_accepted_by,
        )
        lines += [f"### {repair.topic}", "", f"_{' · '.join(facts)}_", ""]
        for step in repair.steps:
            lines += [f"**{step.title}**", ""]
            for author, text in step.answers:
                if text is None:
                    lines += ["> _" + t(words.ANSWERED_NOT_QUOTED).format(partner=author) + "_", ""]
                else:
                    lines += [f"> **{author}:** " + text.replace("\n", "\n> "), ""]
        if repair.plan:
            lines += [f"**{t(words.THE_PLAN)}**", ""]
            lines += [f"- {item}" for item in repair.plan]
            lines.append("")
    if part.answers_not_quoted:
        count = part.answers_not_quoted
        lines.append(
            "_"
            + translate("export.markdown", "%n answers counted here, not quoted.", None, count)
            + "_"
        )
    return lines


def _questions(part: QuestionsPart) -> list[str]:
    several = len({who for who, _text in part.questions}) > 1
    return [
        "- " + " ".join((f"{who}: {text}" if several else text).split())
        for who, text in part.questions
    ]


def _checkins(part: CheckinsPart) -> list[str]:
    lines = [f"_{t(words.CHECKINS_ABOUT)}_", ""]
    for who, weeks in part.people:
        lines += ["### " + t(words.CHECKINS_OF).format(partner=who), ""]
        if not weeks:
            lines += [f"_{t(words.NONE_IN_PERIOD)}_", ""]
            continue
        lines.append(_row([t(words.WEEK_OF), *part.questions]))
        lines.append("|---" * (len(part.questions) + 1) + "|")
        for week in weeks:
            lines.append(_row([words.day(week.week_of), *week.answers]))
        lines.append("")
        for week in weeks:
            if week.note:
                lines += [
                    "> **" + t(words.WEEK_OF_DAY).format(day=words.day(week.week_of)) + "**",
                    ">",
                ]
                lines += [f"> {line}" if line else ">" for line in week.note.splitlines()]
                lines.append("")
    lines.append(f"_{part.context}_")
    return lines


def _practices(part: PracticesPart) -> list[str]:
    if not part.practices:
        return [f"_{t(words.NO_PRACTICES)}_"]
    lines: list[str] = []
    for item in part.practices:
        done = sum(n for _who, n in item.times_by)
        facts = words.practice_facts(item.how_often, item.author, item.set_aside)
        said = words.practised(done, item.times_by)
        lines += [f"### {item.what}", "", f"_{' · '.join(facts)}_", "", said, ""]
        for who, day, text in item.notes:
            lines += ["> **" + t(words.NOTE_BY).format(partner=who, day=words.day(day)) + "**", ">"]
            lines += [f"> {line}" if line else ">" for line in text.splitlines()]
            lines.append("")
        if item.notes_not_quoted:
            lines += [f"_{words.notes_not_quoted(item.notes_not_quoted)}_", ""]
    return lines


def _talks(part: TalksPart) -> list[str]:
    lines: list[str] = []
    if not part.talks:
        lines += [f"_{t(words.NO_TALKS)}_", ""]
    for talk in part.talks:
        had = t(words.HAD_ON).format(day=words.day(talk.had_on))
        lines += [f"### {talk.topic}", "", f"_{had}_", ""]
        if talk.notes:
            lines += ["> " + talk.notes.replace("\n", "\n> "), ""]
        if talk.agreement:
            agreed = translate("export.markdown", "**Agreed:** {agreement}", "Markdown bold")
            lines += [agreed.format(agreement=talk.agreement), ""]
    if part.knowing_questions:
        lines += ["### " + t(words.KNOWING), "", knowing_note(), ""]
        lines += [f"- {question}" for question in part.knowing_questions]
    return lines


def _journal(part: JournalPart) -> list[str]:
    lines: list[str] = []
    if not part.entries:
        lines.append(f"_{t(words.NO_ENTRIES)}_")
    for entry in part.entries:
        written = entry.written_at.astimezone().date()
        facts = words.entry_facts(entry.author, written, entry.private, entry.mood)
        lines += [f"### {entry.title}", "", f"_{' · '.join(facts)}_", "", entry.body, ""]
        for reply in entry.replies:
            when = words.day(reply.written_at.astimezone().date())
            lines += [
                "> **" + t(words.REPLY_FROM).format(partner=reply.author, day=when) + "**",
                ">",
            ]
            lines += [f"> {line}" if line else ">" for line in reply.body.splitlines()]
            lines.append("")
    for author, count in sorted(part.not_quoted.items()):
        wrote = translate(
            "export.markdown",
            "{partner} wrote %n more shared entries in this period, counted but not quoted: "
            "{partner} has not chosen to bring them to therapy.",
            None,
            count,
        )
        lines.append("_" + wrote.format(partner=author) + "_")
    if part.replies_not_quoted:
        count = part.replies_not_quoted
        replies = translate(
            "export.markdown",
            "%n replies under these entries are counted, not quoted, for the same reason.",
            None,
            count,
        )
        lines.append(f"_{replies}_")
    return lines
