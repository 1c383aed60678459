"""PDF sections for between sessions: questions, check-ins, practices and the journal."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from toward.core.i18n import translate
from toward.export import words
from toward.export.pdf.style import paragraphs, ruled_table, short_date
from toward.export.summary import CheckinsPart, EntryItem, JournalPart, PracticesPart, QuestionsPart
from toward.export.words import t


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
    flow: list[Flowable] = [Paragraph(escape(t(words.CHECKINS_ABOUT)), styles["meta"])]
    for who, weeks in part.people:
        flow.append(Paragraph(escape(t(words.CHECKINS_OF).format(partner=who)), styles["h2"]))
        if not weeks:
            flow.append(Paragraph(escape(t(words.NONE_IN_PERIOD)), styles["muted"]))
            continue
        rows: list[list[object]] = [[t(words.WEEK_OF), *part.questions]]
        rows += [[short_date(w.week_of), *w.answers] for w in weeks]
        flow.append(ruled_table(rows, width, styles, first=0.25))
        for week in weeks:
            if week.note:
                flow.append(
                    Paragraph(
                        escape(t(words.WEEK_OF_DAY).format(day=words.day(week.week_of))),
                        styles["reply_meta"],
                    )
                )
                flow += paragraphs(week.note, styles["reply"])
    flow += [Spacer(1, 4), Paragraph(escape(part.context), styles["muted"])]
    return flow


def practices_flow(part: PracticesPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The practices from therapy in use this period and how often each was done."""
    if not part.practices:
        return [Paragraph(escape(t(words.NO_PRACTICES)), styles["muted"])]
    flow: list[Flowable] = []
    for item in part.practices:
        done = sum(n for _who, n in item.times_by)
        facts = words.practice_facts(item.how_often, item.author, item.set_aside)
        flow += [
            CondPageBreak(25 * mm),
            Paragraph(escape(item.what), styles["h2"]),
            Paragraph(escape(" · ".join(facts)), styles["meta"]),
            Paragraph(escape(words.practised(done, item.times_by)), styles["body"]),
        ]
        for who, day, text in item.notes:
            said = t(words.NOTE_BY).format(partner=who, day=words.day(day))
            flow.append(Paragraph(escape(said), styles["reply_meta"]))
            flow += paragraphs(text, styles["reply"])
        if item.notes_not_quoted:
            not_quoted = words.notes_not_quoted(item.notes_not_quoted)
            flow.append(Paragraph(escape(not_quoted), styles["muted"]))
        flow.append(Spacer(1, 6))
    return flow


def journal_flow(part: JournalPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The journal entries in the summary, with their quoted replies and what is only counted."""
    flow: list[Flowable] = []
    if not part.entries:
        flow.append(Paragraph(escape(t(words.NO_ENTRIES)), styles["muted"]))
    for entry in part.entries:
        flow += _entry(entry, styles)
    notes = []
    for author, count in sorted(part.not_quoted.items()):
        wrote = translate(
            "export.pdf.between",
            "{partner} wrote %n more shared entries in this period. {partner} has not chosen "
            "to bring them to therapy, so only the number is shown.",
            None,
            count,
        )
        notes.append(wrote.format(partner=author))
    if part.replies_not_quoted:
        count = part.replies_not_quoted
        notes.append(
            translate(
                "export.pdf.between",
                "%n replies under these entries are counted, not quoted, for the same reason.",
                None,
                count,
            )
        )
    if notes:
        flow.append(Spacer(1, 6))
        flow += [Paragraph(escape(n), styles["muted"]) for n in notes]
    return flow


def _entry(entry: EntryItem, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    written = entry.written_at.astimezone().date()
    facts = words.entry_facts(entry.author, written, entry.private, entry.mood)
    head: list[Flowable] = [
        CondPageBreak(30 * mm),
        Paragraph(escape(entry.title), styles["h2"]),
        Paragraph(escape(" · ".join(facts)), styles["meta"]),
        Spacer(1, 3),
    ]
    flow = head + paragraphs(entry.body, styles["body"])
    for reply in entry.replies:
        flow.append(Spacer(1, 3))
        reply_when = words.day(reply.written_at.astimezone().date())
        said = t(words.REPLY_FROM).format(partner=reply.author, day=reply_when)
        flow.append(Paragraph(escape(said), styles["reply_meta"]))
        flow += paragraphs(reply.body, styles["reply"])
    flow.append(Spacer(1, 8))
    return flow
