"""PDF sections for the shared record: bids, promises, money, planned conversations, repairs."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from toward.core.bids import AnswerCounts
from toward.core.words import long_date, plural, word
from toward.export.pdf.charts import week_charts
from toward.export.pdf.style import FONT, more_note, paragraphs, ruled_table, short_date
from toward.export.record_parts import toward_percent
from toward.export.summary import BidsPart, LedgerPart, MoneyLine, PromisesPart, RepairsPart
from toward.export.talks import KNOWING_NOTE, TalksPart


def bids_flow(
    part: BidsPart, colours: dict[str, str], styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """Bids in the period: totals, who turned toward, patterns by kind and time, charts."""
    overall = part.overall
    if not overall.total:
        return [Paragraph("No bids were logged in this period.", styles["muted"])]
    balance = part.bank[-1].balance if part.bank else 0
    flow: list[Flowable] = [
        Paragraph(
            f"{plural(overall.total, 'bid')} in this period; {toward_percent(overall)} "
            "turned toward. The bank account (turning toward in, turning away or against out) "
            f"ended the period at {balance:+d}.",
            styles["body"],
        ),
        Paragraph(
            f"Counted as {escape(part.whose_view)} sees them in Toward: shared bids and "
            f"those {escape(part.whose_view)} logged privately. No descriptions or notes "
            "are included.",
            styles["meta"],
        ),
        Spacer(1, 6),
    ]
    header: list[object] = [
        "Bids made by",
        "Bids",
        "Turned toward",
        "Away",
        "Against",
        "Not yet answered",
    ]
    rows: list[list[object]] = [header]
    for bidder in part.bidders:
        c = bidder.counts
        rows.append([bidder.name, c.total, _toward(c), c.away, c.against, c.missed])
    rows.append(
        [
            "Both",
            overall.total,
            _toward(overall),
            overall.away,
            overall.against,
            overall.missed,
        ]
    )
    flow.append(ruled_table(rows, width, styles))
    if overall.late_toward:
        flow.append(
            Paragraph(
                f"{overall.late_toward} of the bids not turned toward at first were "
                "answered later.",
                styles["meta"],
            )
        )
    # The two small tables side by side, then the charts: a chart that does not fit on a
    # page moves whole to the next, and below the tables it left a third of page 1 blank.
    halves: list[list[Flowable]] = []
    if part.by_kind:
        rows = [["Kind of bid", "Bids", "Turned toward"]]
        rows += [[k.capitalize(), c.total, _toward(c)] for k, c in part.by_kind]
        halves.append(
            [Paragraph("By kind of bid", styles["h2"]), ruled_table(rows, width * 0.47, styles)]
        )
    if part.by_time_of_day:
        rows = [["Time of day", "Bids", "Turned toward"]]
        rows += [[t.capitalize(), c.total, _toward(c)] for t, c in part.by_time_of_day]
        halves.append(
            [Paragraph("By time of day", styles["h2"]), ruled_table(rows, width * 0.47, styles)]
        )
    if halves:
        flow += [CondPageBreak(40 * mm), Spacer(1, 4)]
        side_by_side = Table([halves], colWidths=[width / 2] * len(halves), hAlign="LEFT")
        side_by_side.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # or Helvetica, not embedded
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        flow.append(side_by_side)
    flow += week_charts(part, colours, styles, width)
    return flow


# Fewer weeks than this make lines of one or two points (a lone dot, a stark 0 to 100%):
# the share chart is left out and the bank account drawn as bars only.


def _toward(counts: AnswerCounts) -> str:
    """'12 (64%)': how many bids were turned toward, and their share."""
    return f"{counts.toward} ({toward_percent(counts)})"


def promises_flow(
    part: PromisesPart, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """Promises kept, missed and open by person, the latest promises and the agreements."""
    if not part.promises and not part.agreements and not part.counts:
        return [Paragraph("No promises were made or settled in this period.", styles["muted"])]
    flow: list[Flowable] = []
    if part.counts:
        rows: list[list[object]] = [
            ["Promises made by", "Kept", "Missed", "Renegotiated", "Released", "Still open"]
        ]
        rows += [
            [c.name, c.kept, c.missed, c.renegotiated, c.released, c.still_open]
            for c in part.counts
        ]
        flow += [ruled_table(rows, width, styles, first=0.22), Spacer(1, 4)]
    if part.promises:
        rows = [["Promise", "Who, to whom", "Made", "Due", "Status"]]
        for p in part.promises:
            status = p.status + (f", {short_date(p.settled_on)}" if p.settled_on else "")
            due = short_date(p.due) if p.due else "no day set"
            rows.append([p.what, f"{p.promiser} to {p.to}", short_date(p.made_on), due, status])
        flow += [
            CondPageBreak(30 * mm),
            Paragraph("Promises made or settled in this period", styles["h2"]),
            *more_note(part.promises_in_period - len(part.promises), "earlier promise", styles),
            ruled_table(rows, width, styles, first=0.34),
        ]
    if part.agreements:
        rows = [["Standing agreement", "Kept", "Broken"]]
        rows += [
            [a.text + (" (set aside since)" if a.ended else ""), a.honoured, a.broken]
            for a in part.agreements
        ]
        flow += [
            CondPageBreak(30 * mm),
            Paragraph("Standing agreements", styles["h2"]),
            Paragraph("How often each was kept or broken in this period.", styles["meta"]),
            ruled_table(rows, width, styles, first=0.7),
        ]
    return flow


def _money_rows(lines: Sequence[MoneyLine], last: str) -> list[list[object]]:
    rows: list[list[object]] = [["Purchase", "By", "Payee", "Amount", last]]
    rows += [[short_date(m.on), m.author, m.payee, m.amount, m.detail] for m in lines]
    return rows


def ledger_flow(
    part: LedgerPart, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """The money ledger: totals, late disclosures and open questions."""
    flow: list[Flowable] = []
    if part.agreement:
        flow.append(Paragraph(f"The agreement in force: {escape(part.agreement)}", styles["body"]))
    if not part.disclosures:
        flow.append(Paragraph("Nothing was disclosed for this period.", styles["muted"]))
        return flow
    flow.append(
        Paragraph(
            f"{plural(part.disclosures, 'disclosure')} for purchases in this period, "
            f"totalling {escape(' and '.join(part.totals))}. "
            f"{plural(part.late_count, 'disclosure')} came later than agreed; "
            f"{plural(part.open_count, 'question')} still open.",
            styles["body"],
        )
    )
    flow.append(
        Paragraph(
            "Amounts, dates, payees and categories only: the reasons and replies written "
            "in the ledger are not included.",
            styles["meta"],
        )
    )
    rows: list[list[object]] = [["Disclosed by", "Amount", "Disclosures"]]
    rows += [[who, amount, n] for who, amount, n in part.by_author]
    flow += [Spacer(1, 4), ruled_table(rows, width * 0.7, styles, first=0.4)]
    if part.by_category:
        rows = [["Category", "Amount", "Disclosures"]]
        rows += [[what, amount, n] for what, amount, n in part.by_category]
        flow += [
            CondPageBreak(30 * mm),
            Paragraph("By category", styles["h2"]),
            ruled_table(rows, width * 0.7, styles, first=0.4),
        ]
    if part.late:
        flow += [
            CondPageBreak(30 * mm),
            Paragraph("Late disclosures", styles["h2"]),
            ruled_table(_money_rows(part.late, "How late"), width, styles, first=0.14),
            *more_note(part.late_count - len(part.late), "late disclosure", styles),
        ]
    if part.open_questions:
        flow += [
            CondPageBreak(30 * mm),
            Paragraph("Open questions", styles["h2"]),
            ruled_table(_money_rows(part.open_questions, "Question"), width, styles, first=0.14),
            *more_note(part.open_count - len(part.open_questions), "open question", styles),
        ]
    return flow


def talks_flow(part: TalksPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The planned conversations had in the period, and the knowing round's questions."""
    flow: list[Flowable] = []
    if not part.talks:
        flow.append(Paragraph("No planned conversations were had in this period.", styles["muted"]))
    for talk in part.talks:
        flow += [
            CondPageBreak(30 * mm),
            Paragraph(escape(talk.topic), styles["h2"]),
            Paragraph(escape(f"had {long_date(talk.had_on)}"), styles["meta"]),
            Spacer(1, 3),
        ]
        if talk.notes:
            flow.append(Paragraph("Notes, taken together", styles["step"]))
            flow += paragraphs(talk.notes, styles["reply"])
        if talk.agreement:
            flow.append(Paragraph("Agreed", styles["step"]))
            flow.append(Paragraph(escape(talk.agreement), styles["reply"]))
        flow.append(Spacer(1, 6))
    if part.knowing_questions:
        flow += [
            CondPageBreak(30 * mm),
            Paragraph("How well do we know each other?", styles["h2"]),
            Paragraph(escape(KNOWING_NOTE), styles["meta"]),
        ]
        flow += [Paragraph(f"• {escape(q)}", styles["reply"]) for q in part.knowing_questions]
    return flow


def repairs_flow(part: RepairsPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Each repair conversation: how far it went, the quoted steps and the plan."""
    if not part.repairs:
        return [Paragraph("No repair conversations in this period.", styles["muted"])]
    flow: list[Flowable] = []
    for repair in part.repairs:
        facts = [
            repair.kind,
            f"started {long_date(repair.started_on)}",
            repair.status,
            f"steps completed together: {repair.steps_reached} of {repair.steps_total}",
        ]
        if repair.apology_accepted_by:
            facts.append(f"apology accepted by {' and '.join(repair.apology_accepted_by)}")
        flow += [
            CondPageBreak(30 * mm),
            Paragraph(escape(repair.topic), styles["h2"]),
            Paragraph(escape(" · ".join(facts)), styles["meta"]),
            Spacer(1, 3),
        ]
        for step in repair.steps:
            flow.append(Paragraph(escape(step.title), styles["step"]))
            for author, text in step.answers:
                if text is None:
                    line = f"{escape(author)} answered this step (not quoted)."
                    flow.append(Paragraph(line, styles["reply_meta"]))
                else:
                    flow.append(Paragraph(escape(author), styles["reply_meta"]))
                    flow += paragraphs(text, styles["reply"])
        if repair.plan:
            flow.append(Paragraph("The plan", styles["step"]))
            flow += [Paragraph(f"• {escape(item)}", styles["reply"]) for item in repair.plan]
        flow.append(Spacer(1, 6))
    if part.answers_not_quoted:
        flow.append(
            Paragraph(
                f"In all, {plural(part.answers_not_quoted, 'answer')} "
                f"{word(part.answers_not_quoted, 'is', 'are')} counted here but not "
                "quoted: their author has not chosen to bring them to therapy.",
                styles["muted"],
            )
        )
    return flow
