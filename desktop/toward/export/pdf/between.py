"""PDF sections for between sessions: questions, check-ins, practices and the journal."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from toward.core.words import long_date, plural, word
from toward.export.pdf.style import paragraphs, ruled_table, short_date
from toward.export.summary import CheckinsPart, EntryItem, JournalPart, PracticesPart, QuestionsPart


def questions_flow(part: QuestionsPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The therapist questions the partners ticked, one bullet each."""
    several = len({who for who, _text in part.questions}) > 1
    return [
        Paragraph("• " + escape(f"{who}: {text}" if several else text), styles["body"])
        for who, text in part.questions
    ]


def checkins_flow(
    part: CheckinsPart, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """Each person's chosen weekly check-ins: a table of answers, then their notes."""
    flow: list[Flowable] = [
        Paragraph(
            "Each answer is about the writer's own week, in their own words for it.",
            styles["meta"],
        )
    ]
    for who, weeks in part.people:
        flow.append(Paragraph(escape(f"{who}'s check-ins"), styles["h2"]))
        if not weeks:
            flow.append(Paragraph("None in this period.", styles["muted"]))
            continue
        rows: list[list[object]] = [["Week of", *part.questions]]
        rows += [[short_date(w.week_of), *w.answers] for w in weeks]
        flow.append(ruled_table(rows, width, styles, first=0.25))
        for week in weeks:
            if week.note:
                flow.append(
                    Paragraph(escape(f"Week of {long_date(week.week_of)}"), styles["reply_meta"])
                )
                flow += paragraphs(week.note, styles["reply"])
    flow += [Spacer(1, 4), Paragraph(escape(part.context), styles["muted"])]
    return flow


def practices_flow(part: PracticesPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The practices from therapy in use this period and how often each was done."""
    if not part.practices:
        return [Paragraph("No practices from therapy were in use in this period.", styles["muted"])]
    flow: list[Flowable] = []
    for item in part.practices:
        done = sum(n for _who, n in item.times_by)
        facts = [f"meant {item.how_often}", f"written down by {item.author}"]
        if item.set_aside:
            facts.append("set aside since")
        logged = ", ".join(f"{who} {n}" for who, n in item.times_by)
        flow += [
            CondPageBreak(25 * mm),
            Paragraph(escape(item.what), styles["h2"]),
            Paragraph(escape(" · ".join(facts)), styles["meta"]),
            Paragraph(
                escape(f"Practised {plural(done, 'time')} in this period")
                + (escape(f" (logged by {logged})") if logged else "")
                + ".",
                styles["body"],
            ),
        ]
        for who, day, text in item.notes:
            flow.append(Paragraph(escape(f"{who}, {long_date(day)}"), styles["reply_meta"]))
            flow += paragraphs(text, styles["reply"])
        if item.notes_not_quoted:
            flow.append(
                Paragraph(
                    escape(
                        f"{plural(item.notes_not_quoted, 'note')} counted, not quoted: "
                        "their author has not chosen to bring them to therapy."
                    ),
                    styles["muted"],
                )
            )
        flow.append(Spacer(1, 6))
    return flow


def journal_flow(part: JournalPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The journal entries in the summary, with their quoted replies and what is only counted."""
    flow: list[Flowable] = []
    if not part.entries:
        flow.append(Paragraph("No journal entries are included.", styles["muted"]))
    for entry in part.entries:
        flow += _entry(entry, styles)
    notes = []
    for author, count in sorted(part.not_quoted.items()):
        notes.append(
            f"{author} wrote {count} more shared {word(count, 'entry', 'entries')} in "
            f"this period. {author} has not chosen to bring {word(count, 'it', 'them')} "
            "to therapy, so only the number is shown."
        )
    if part.replies_not_quoted:
        count = part.replies_not_quoted
        notes.append(
            f"{plural(count, 'reply', 'replies')} under these entries "
            f"{word(count, 'is', 'are')} counted, not quoted, for the same reason."
        )
    if notes:
        flow.append(Spacer(1, 6))
        flow += [Paragraph(escape(n), styles["muted"]) for n in notes]
    return flow


def _entry(entry: EntryItem, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    when = long_date(entry.written_at.astimezone().date())
    facts = [
        f"by {entry.author}",
        when,
        "private, chosen for this summary" if entry.private else "shared",
    ]
    if entry.mood:
        facts.append(f"mood: {entry.mood}")
    head: list[Flowable] = [
        CondPageBreak(30 * mm),
        Paragraph(escape(entry.title), styles["h2"]),
        Paragraph(escape(" · ".join(facts)), styles["meta"]),
        Spacer(1, 3),
    ]
    flow = head + paragraphs(entry.body, styles["body"])
    for reply in entry.replies:
        flow.append(Spacer(1, 3))
        reply_when = long_date(reply.written_at.astimezone().date())
        flow.append(
            Paragraph(escape(f"Reply from {reply.author}, {reply_when}"), styles["reply_meta"])
        )
        flow += paragraphs(reply.body, styles["reply"])
    flow.append(Spacer(1, 8))
    return flow
