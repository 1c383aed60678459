"""A summary as Markdown: the same content as the PDF, for people who prefer plain text."""

from __future__ import annotations

from toward.core.words import long_date, plural, word
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
    more_words,
)
from toward.export.talks import KNOWING_NOTE, TalksPart


def render_markdown(summary: Summary) -> str:
    lines = [
        f"# {summary.title}",
        "",
        f"{summary.byline}  ",
        f"Period: {summary.period.label}  ",
        *([f"{summary.scope}  "] if summary.scope else []),
        f"Exported {long_date(summary.exported_at.astimezone().date())}. Private, keep safe.",
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
        return ["_No note was written for this summary._"]
    lines: list[str] = []
    for who, text in written:
        if len(part.notes) > 1:
            lines += [f"### From {who}", ""]
        lines += [text, ""]
    return lines


def _bids(part: BidsPart) -> list[str]:
    overall = part.overall
    if not overall.total:
        return ["_No bids were logged in this period._"]
    balance = part.bank[-1].balance if part.bank else 0
    lines = [
        f"{plural(overall.total, 'bid')} in this period; {toward_percent(overall)} turned toward. "
        f"The bank account ended the period at {balance:+d}.",
        "",
        f"_Counted as {part.whose_view} sees them: shared bids and those {part.whose_view} "
        "logged privately. No descriptions or notes are included._",
        "",
        "| Bids made by | Bids | Turned toward | Away | Against | Not yet answered |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for bidder in [*part.bidders]:
        c = bidder.counts
        lines.append(
            f"| {bidder.name} | {c.total} | {c.toward} ({toward_percent(c)}) | {c.away} "
            f"| {c.against} | {c.missed} |"
        )
    lines += ["", "### Week by week", "", "| Week of | Turned toward | In | Out | Balance |"]
    lines.append("|---|---|---:|---:|---:|")
    for week, bank in zip(part.weeks, part.bank, strict=True):
        rates = ", ".join(
            f"{name} {'–' if rate is None else f'{rate:.0%}'}" for name, rate in week.rates.items()
        )
        lines.append(
            f"| {long_date(week.week_start)} | {rates} | {bank.deposits} | {bank.withdrawals} "
            f"| {bank.balance:+d} |"
        )
    if part.by_kind:
        lines += [
            "",
            "### By kind of bid",
            "",
            "| Kind | Bids | Turned toward |",
            "|---|---:|---:|",
        ]
        lines += [
            f"| {k.capitalize()} | {c.total} | {c.toward} ({toward_percent(c)}) |"
            for k, c in part.by_kind
        ]
    return lines


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _promises(part: PromisesPart) -> list[str]:
    if not part.promises and not part.agreements and not part.counts:
        return ["_No promises were made or settled in this period._"]
    lines: list[str] = []
    if part.counts:
        lines += [
            "| Promises made by | Kept | Missed | Renegotiated | Released | Still open |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        lines += [
            f"| {c.name} | {c.kept} | {c.missed} | {c.renegotiated} | {c.released} "
            f"| {c.still_open} |"
            for c in part.counts
        ]
    if part.promises:
        lines += ["", "### Promises made or settled in this period", ""]
        lines += _more(part.promises_in_period - len(part.promises), "earlier promise")
        lines += ["| Promise | Who, to whom | Made | Due | Status |", "|---|---|---|---|---|"]
        for p in part.promises:
            settled = f", {long_date(p.settled_on)}" if p.settled_on else ""
            due = long_date(p.due) if p.due else "no day set"
            lines.append(
                f"| {_cell(p.what)} | {p.promiser} to {p.to} | {long_date(p.made_on)} | {due} "
                f"| {p.status}{settled} |"
            )
    if part.agreements:
        lines += ["", "### Standing agreements", "", "| Agreement | Kept | Broken |"]
        lines.append("|---|---:|---:|")
        lines += [
            f"| {_cell(a.text)}{' (set aside since)' if a.ended else ''} | {a.honoured} "
            f"| {a.broken} |"
            for a in part.agreements
        ]
    return lines


def _more(count: int, what: str) -> list[str]:
    if count <= 0:
        return []
    return ["", f"_{more_words(count, what)}_", ""]


def _money_table(items: list[MoneyLine], last: str) -> list[str]:
    lines = [f"| Purchase | By | Payee | Amount | {last} |", "|---|---|---|---:|---|"]
    lines += [
        f"| {long_date(m.on)} | {m.author} | {_cell(m.payee)} | {m.amount} | {m.detail} |"
        for m in items
    ]
    return lines


def _ledger(part: LedgerPart) -> list[str]:
    lines: list[str] = []
    if part.agreement:
        lines += [f"The agreement in force: {part.agreement}", ""]
    if not part.disclosures:
        return [*lines, "_Nothing was disclosed for this period._"]
    lines += [
        f"{plural(part.disclosures, 'disclosure')} for purchases in this period, totalling "
        f"{' and '.join(part.totals)}. {plural(part.late_count, 'disclosure')} came later "
        f"than agreed; {plural(part.open_count, 'question')} still open.",
        "",
        "_Amounts, dates, payees and categories only: the reasons and replies written in "
        "the ledger are not included._",
        "",
        "| Disclosed by | Amount | Disclosures |",
        "|---|---:|---:|",
    ]
    lines += [f"| {who} | {amount} | {n} |" for who, amount, n in part.by_author]
    if part.by_category:
        lines += ["", "### By category", "", "| Category | Amount | Disclosures |"]
        lines.append("|---|---:|---:|")
        lines += [f"| {_cell(what)} | {amount} | {n} |" for what, amount, n in part.by_category]
    if part.late:
        lines += ["", "### Late disclosures", "", *_money_table(part.late, "How late")]
        lines += _more(part.late_count - len(part.late), "late disclosure")
    if part.open_questions:
        lines += ["", "### Open questions", "", *_money_table(part.open_questions, "Question")]
        lines += _more(part.open_count - len(part.open_questions), "open question")
    return lines


def _repairs(part: RepairsPart) -> list[str]:
    if not part.repairs:
        return ["_No repair conversations in this period._"]
    lines: list[str] = []
    for repair in part.repairs:
        facts = [
            repair.kind,
            f"started {long_date(repair.started_on)}",
            repair.status,
            f"steps completed together: {repair.steps_reached} of {repair.steps_total}",
        ]
        if repair.apology_accepted_by:
            facts.append(f"apology accepted by {' and '.join(repair.apology_accepted_by)}")
        lines += [f"### {repair.topic}", "", f"_{' · '.join(facts)}_", ""]
        for step in repair.steps:
            lines += [f"**{step.title}**", ""]
            for author, text in step.answers:
                if text is None:
                    lines += [f"> _{author} answered this step (not quoted)._", ""]
                else:
                    lines += [f"> **{author}:** " + text.replace("\n", "\n> "), ""]
        if repair.plan:
            lines += ["**The plan**", ""]
            lines += [f"- {item}" for item in repair.plan]
            lines.append("")
    if part.answers_not_quoted:
        lines.append(f"_{plural(part.answers_not_quoted, 'answer')} counted here, not quoted._")
    return lines


def _questions(part: QuestionsPart) -> list[str]:
    several = len({who for who, _text in part.questions}) > 1
    return [
        "- " + " ".join((f"{who}: {text}" if several else text).split())
        for who, text in part.questions
    ]


def _checkins(part: CheckinsPart) -> list[str]:
    lines = ["_Each answer is about the writer's own week, in their own words for it._", ""]
    for who, weeks in part.people:
        lines += [f"### {who}'s check-ins", ""]
        if not weeks:
            lines += ["_None in this period._", ""]
            continue
        lines.append("| Week of | " + " | ".join(part.questions) + " |")
        lines.append("|---" * (len(part.questions) + 1) + "|")
        for week in weeks:
            lines.append(f"| {long_date(week.week_of)} | " + " | ".join(week.answers) + " |")
        lines.append("")
        for week in weeks:
            if week.note:
                lines += [f"> **Week of {long_date(week.week_of)}**", ">"]
                lines += [f"> {line}" if line else ">" for line in week.note.splitlines()]
                lines.append("")
    lines.append(f"_{part.context}_")
    return lines


def _practices(part: PracticesPart) -> list[str]:
    if not part.practices:
        return ["_No practices from therapy were in use in this period._"]
    lines: list[str] = []
    for item in part.practices:
        done = sum(n for _who, n in item.times_by)
        facts = [f"meant {item.how_often}", f"written down by {item.author}"]
        if item.set_aside:
            facts.append("set aside since")
        logged = ", ".join(f"{who} {n}" for who, n in item.times_by)
        said = f"Practised {plural(done, 'time')} in this period"
        said += f" (logged by {logged})." if logged else "."
        lines += [f"### {item.what}", "", f"_{' · '.join(facts)}_", "", said, ""]
        for who, day, text in item.notes:
            lines += [f"> **{who}, {long_date(day)}**", ">"]
            lines += [f"> {line}" if line else ">" for line in text.splitlines()]
            lines.append("")
        if item.notes_not_quoted:
            lines += [
                f"_{plural(item.notes_not_quoted, 'note')} counted, not quoted: their author "
                "has not chosen to bring them to therapy._",
                "",
            ]
    return lines


def _talks(part: TalksPart) -> list[str]:
    lines: list[str] = []
    if not part.talks:
        lines += ["_No planned conversations were had in this period._", ""]
    for talk in part.talks:
        lines += [f"### {talk.topic}", "", f"_had {long_date(talk.had_on)}_", ""]
        if talk.notes:
            lines += ["> " + talk.notes.replace("\n", "\n> "), ""]
        if talk.agreement:
            lines += [f"**Agreed:** {talk.agreement}", ""]
    if part.knowing_questions:
        lines += ["### How well do we know each other?", "", KNOWING_NOTE, ""]
        lines += [f"- {question}" for question in part.knowing_questions]
    return lines


def _journal(part: JournalPart) -> list[str]:
    lines: list[str] = []
    if not part.entries:
        lines.append("_No journal entries are included._")
    for entry in part.entries:
        where = "private, chosen for this summary" if entry.private else "shared"
        facts = [f"by {entry.author}", long_date(entry.written_at.astimezone().date()), where]
        if entry.mood:
            facts.append(f"mood: {entry.mood}")
        lines += [f"### {entry.title}", "", f"_{' · '.join(facts)}_", "", entry.body, ""]
        for reply in entry.replies:
            when = long_date(reply.written_at.astimezone().date())
            lines += [f"> **Reply from {reply.author}, {when}**", ">"]
            lines += [f"> {line}" if line else ">" for line in reply.body.splitlines()]
            lines.append("")
    for author, count in sorted(part.not_quoted.items()):
        lines.append(
            f"_{author} wrote {count} more shared {word(count, 'entry', 'entries')} in this "
            f"period, counted but not quoted: {author} has not chosen to bring "
            f"{word(count, 'it', 'them')} to "
            "therapy._"
        )
    if part.replies_not_quoted:
        count = part.replies_not_quoted
        lines.append(
            f"_{plural(count, 'reply', 'replies')} under these entries "
            f"{word(count, 'is', 'are')} counted, not quoted, for the same reason._"
        )
    return lines
