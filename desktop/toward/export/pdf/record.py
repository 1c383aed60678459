"""PDF sections for the shared record: bids, promises, money, planned conversations, repairs."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from toward.core.bids import AnswerCounts
from toward.core.formatting import upper_first
from toward.core.i18n import translate
from toward.export import words
from toward.export.pdf.charts import week_charts
from toward.export.pdf.style import FONT, more_note, paragraphs, ruled_table, short_date
from toward.export.record_parts import toward_percent
from toward.export.summary import BidsPart, LedgerPart, MoneyLine, PromisesPart, RepairsPart
from toward.export.talks import TalksPart, knowing_note
from toward.export.words import t


def bids_flow(
    part: BidsPart, colours: dict[str, str], styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """Bids in the period: totals, who turned toward, patterns by kind and time, charts."""
    overall = part.overall
    if not overall.total:
        return [Paragraph(escape(t(words.NO_BIDS)), styles["muted"])]
    balance = part.bank[-1].balance if part.bank else 0
    flow: list[Flowable] = [
        Paragraph(
            escape(
                words.bids_whole(overall.total, toward_percent(overall))
                + " "
                + translate(
                    "export.pdf.record",
                    "The bank account (turning toward in, turning away or against out) ended "
                    "the period at {balance}.",
                ).format(balance=f"{balance:+d}")
            ),
            styles["body"],
        ),
        Paragraph(
            escape(
                translate(
                    "export.pdf.record",
                    "Counted as {partner} sees them in Toward: shared bids and those "
                    "{partner} logged privately. No descriptions or notes are included.",
                ).format(partner=part.whose_view)
            ),
            styles["meta"],
        ),
        Spacer(1, 6),
    ]
    header: list[object] = [*words.header(words.BIDS_HEADER)]
    rows: list[list[object]] = [header]
    for bidder in part.bidders:
        c = bidder.counts
        rows.append([bidder.name, c.total, _toward(c), c.away, c.against, c.missed])
    rows.append(
        [
            translate("export.pdf.record", "Both"),
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
                escape(
                    translate(
                        "export.pdf.record",
                        "{count} of the bids not turned toward at first were answered later.",
                    ).format(count=overall.late_toward)
                ),
                styles["meta"],
            )
        )
    # The two small tables side by side, then the charts: a chart that does not fit on a
    # page moves whole to the next, and below the tables it left a third of page 1 blank.
    halves: list[list[Flowable]] = []
    if part.by_kind:
        rows = [
            [
                translate("export.pdf.record", "Kind of bid"),
                t(words.BIDS_HEADER[1]),
                t(words.BIDS_HEADER[2]),
            ]
        ]
        rows += [[upper_first(k), c.total, _toward(c)] for k, c in part.by_kind]
        halves.append(
            [
                Paragraph(escape(t(words.BY_KIND)), styles["h2"]),
                ruled_table(rows, width * 0.47, styles, first=0.42),
            ]
        )
    if part.by_time_of_day:
        rows = [
            [
                translate("export.pdf.record", "Time of day"),
                t(words.BIDS_HEADER[1]),
                t(words.BIDS_HEADER[2]),
            ]
        ]
        rows += [[when, c.total, _toward(c)] for when, c in part.by_time_of_day]
        halves.append(
            [
                Paragraph(escape(translate("export.pdf.record", "By time of day")), styles["h2"]),
                ruled_table(rows, width * 0.47, styles, first=0.42),
            ]
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
        return [Paragraph(escape(t(words.NO_PROMISES)), styles["muted"])]
    flow: list[Flowable] = []
    if part.counts:
        rows: list[list[object]] = [[*words.header(words.PROMISE_COUNTS_HEADER)]]
        rows += [
            [c.name, c.kept, c.missed, c.renegotiated, c.released, c.still_open]
            for c in part.counts
        ]
        flow += [ruled_table(rows, width, styles, first=0.22), Spacer(1, 4)]
    if part.promises:
        rows = [[*words.header(words.PROMISES_HEADER)]]
        for p in part.promises:
            status = p.status
            if p.settled_on:
                status = t(words.STATUS_ON).format(status=p.status, day=short_date(p.settled_on))
            due = short_date(p.due) if p.due else t(words.NO_DAY_SET)
            who = t(words.PROMISED_TO).format(promiser=p.promiser, to=p.to)
            rows.append([p.what, who, short_date(p.made_on), due, status])
        flow += [
            CondPageBreak(30 * mm),
            Paragraph(escape(t(words.PROMISES_IN_PERIOD)), styles["h2"]),
            *more_note(part.promises_in_period - len(part.promises), "earlier promise", styles),
            ruled_table(rows, width, styles, first=0.34),
        ]
    if part.agreements:
        rows = [
            [
                translate("export.pdf.record", "Standing agreement"),
                t(words.PROMISE_COUNTS_HEADER[1]),
                t(words.BROKEN),
            ]
        ]
        rows += [
            [
                t(words.SET_ASIDE_SINCE).format(agreement=a.text) if a.ended else a.text,
                a.honoured,
                a.broken,
            ]
            for a in part.agreements
        ]
        flow += [
            CondPageBreak(30 * mm),
            Paragraph(escape(t(words.STANDING_AGREEMENTS)), styles["h2"]),
            Paragraph(
                escape(
                    translate(
                        "export.pdf.record", "How often each was kept or broken in this period."
                    )
                ),
                styles["meta"],
            ),
            ruled_table(rows, width, styles, first=0.7),
        ]
    return flow


def _money_rows(lines: Sequence[MoneyLine], last: str) -> list[list[object]]:
    rows: list[list[object]] = [[*words.header(words.MONEY_HEADER), t(last)]]
    rows += [[short_date(m.on), m.author, m.payee, m.amount, m.detail] for m in lines]
    return rows


def ledger_flow(
    part: LedgerPart, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """The money ledger: totals, late disclosures and open questions."""
    flow: list[Flowable] = []
    if part.agreement:
        in_force = t(words.AGREEMENT_IN_FORCE).format(agreement=part.agreement)
        flow.append(Paragraph(escape(in_force), styles["body"]))
    if not part.disclosures:
        flow.append(Paragraph(escape(t(words.NOTHING_DISCLOSED)), styles["muted"]))
        return flow
    disclosed = words.disclosures(part.disclosures, part.totals, part.late_count, part.open_count)
    flow.append(Paragraph(escape(disclosed), styles["body"]))
    flow.append(Paragraph(escape(t(words.LEDGER_FACTS_ONLY)), styles["meta"]))
    rows: list[list[object]] = [[*words.header(words.DISCLOSED_HEADER)]]
    rows += [[who, amount, n] for who, amount, n in part.by_author]
    flow += [Spacer(1, 4), ruled_table(rows, width * 0.7, styles, first=0.4)]
    if part.by_category:
        rows = [[*words.header(words.CATEGORY_HEADER)]]
        rows += [[what, amount, n] for what, amount, n in part.by_category]
        flow += [
            CondPageBreak(30 * mm),
            Paragraph(escape(t(words.BY_CATEGORY)), styles["h2"]),
            ruled_table(rows, width * 0.7, styles, first=0.4),
        ]
    if part.late:
        flow += [
            CondPageBreak(30 * mm),
            Paragraph(escape(t(words.LATE_DISCLOSURES)), styles["h2"]),
            ruled_table(_money_rows(part.late, words.HOW_LATE), width, styles, first=0.14),
            *more_note(part.late_count - len(part.late), "late disclosure", styles),
        ]
    if part.open_questions:
        flow += [
            CondPageBreak(30 * mm),
            Paragraph(escape(t(words.OPEN_QUESTIONS)), styles["h2"]),
            ruled_table(
                _money_rows(part.open_questions, words.QUESTION), width, styles, first=0.14
            ),
            *more_note(part.open_count - len(part.open_questions), "open question", styles),
        ]
    return flow


def talks_flow(part: TalksPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The planned conversations had in the period, and the knowing round's questions."""
    flow: list[Flowable] = []
    if not part.talks:
        flow.append(Paragraph(escape(t(words.NO_TALKS)), styles["muted"]))
    for talk in part.talks:
        flow += [
            CondPageBreak(30 * mm),
            Paragraph(escape(talk.topic), styles["h2"]),
            Paragraph(escape(t(words.HAD_ON).format(day=words.day(talk.had_on))), styles["meta"]),
            Spacer(1, 3),
        ]
        if talk.notes:
            flow.append(
                Paragraph(
                    escape(translate("export.pdf.record", "Notes, taken together")), styles["step"]
                )
            )
            flow += paragraphs(talk.notes, styles["reply"])
        if talk.agreement:
            flow.append(Paragraph(escape(t(words.AGREED)), styles["step"]))
            flow.append(Paragraph(escape(talk.agreement), styles["reply"]))
        flow.append(Spacer(1, 6))
    if part.knowing_questions:
        flow += [
            CondPageBreak(30 * mm),
            Paragraph(escape(t(words.KNOWING)), styles["h2"]),
            Paragraph(escape(knowing_note()), styles["meta"]),
        ]
        flow += [Paragraph(f"• {escape(q)}", styles["reply"]) for q in part.knowing_questions]
    return flow


def repairs_flow(part: RepairsPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Each repair conversation: how far it went, the quoted steps and the plan."""
    if not part.repairs:
        return [Paragraph(escape(t(words.NO_REPAIRS)), styles["muted"])]
    flow: list[Flowable] = []
    for repair in part.repairs:
        facts = words.repair_facts(
            repair.kind,
            repair.started_on,
            repair.status,
            repair.steps_reached,
            repair.steps_total,
            repair.apology_accepted_by,
        )
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
                    line = escape(t(words.ANSWERED_NOT_QUOTED).format(partner=author))
                    flow.append(Paragraph(line, styles["reply_meta"]))
                else:
                    flow.append(Paragraph(escape(author), styles["reply_meta"]))
                    flow += paragraphs(text, styles["reply"])
        if repair.plan:
            flow.append(Paragraph(escape(t(words.THE_PLAN)), styles["step"]))
            flow += [Paragraph(f"• {escape(item)}", styles["reply"]) for item in repair.plan]
        flow.append(Spacer(1, 6))
    if part.answers_not_quoted:
        count = part.answers_not_quoted
        in_all = translate(
            "export.pdf.record",
            "In all, %n answers are counted here but not quoted: their author has not chosen "
            "to bring them to therapy.",
            None,
            count,
        )
        flow.append(Paragraph(escape(in_all), styles["muted"]))
    return flow
