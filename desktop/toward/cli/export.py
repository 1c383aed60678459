"""`toward export`: a therapy summary from the command line, as PDF or Markdown.

Passwords are never arguments: the partner's password is prompted for on a terminal or
read as the first line of standard input; with --protect, the PDF's password follows
(prompted twice on a terminal, or the next line of standard input). No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from toward.cli.language import use_language_of
from toward.core.formatting import format_number
from toward.core.i18n import QT_TRANSLATE_NOOP, in_words, translate
from toward.core.period import InvalidPeriod, Period
from toward.export.pdf import PAGE_SIZES
from toward.export.save import save_summary
from toward.export.summary import (
    MAX_NOTE,
    Contribution,
    InvalidSummary,
    SummaryRequest,
    build_summary,
    parse_sections,
)
from toward.household import Household
from toward.session import Session
from toward.vault.errors import KnownError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
FORMATS = {".pdf": "pdf", ".md": "md", ".markdown": "md"}

NOT_NOTED = QT_TRANSLATE_NOOP(
    "cli.export",
    "It holds only your own words, so it is not noted in the export history your partner sees.",
)

ReadPassword = Callable[[str], str | None]


class ExportProblem(KnownError):
    """An export that cannot be made as asked, with the reason."""


def run_export(
    folder: Path,
    *,
    partner: str | None,
    start: str,
    end: str,
    sections: Sequence[str],
    out_path: str,
    paper: str,
    protect: bool,
    note_file: str | None,
    individual: bool = False,
    read_password: ReadPassword,
    read_new_password: ReadPassword,
    out: TextIO,
) -> int:
    """Make the summary and write it; the exit code as for `toward doctor`."""
    try:
        period = Period(_day(start, "--from"), _day(end, "--to"))
        chosen = parse_sections(_split(sections))
        target = _target(out_path)
        file_format = FORMATS[target.suffix.lower()]
        if paper.lower() not in PAGE_SIZES:
            raise ExportProblem(translate("cli.export", "Paper is a4 or letter."))
        if protect and file_format != "pdf":
            raise ExportProblem(
                translate("cli.export", "Only a PDF can be protected with a password.")
            )
        note = _note(note_file)
    except (ExportProblem, InvalidPeriod, InvalidSummary) as exc:
        print(f"toward export: {in_words(exc)}", file=out)
        return EXIT_USAGE
    household = Household.open(folder)
    names = [p.name for p in household.partners]
    if partner is None:
        if len(names) != 1:
            say = translate(
                "cli.export",
                "toward export: say whose summary it is with --partner NAME ({names}).",
            )
            print(say.format(names=", ".join(names)), file=out)
            return EXIT_USAGE
        partner = names[0]
    name = household.partner(partner).name
    password = read_password(translate("cli.export", "{name}'s password: ").format(name=name))
    if not password:
        print(translate("cli.export", "toward export: no password was given."), file=out)
        return EXIT_USAGE
    pdf_password = None
    if protect:
        pdf_password = read_new_password(translate("cli.export", "A password for the PDF: "))
        if not pdf_password:
            print(
                translate("cli.export", "toward export: --protect needs a password for the PDF."),
                file=out,
            )
            return EXIT_USAGE
    session = Session.start(household.unlock(name, password))
    use_language_of(session)  # the summary is written in the exporting partner's language
    try:
        request = SummaryRequest(period, chosen, individual=individual)
        summary = build_summary(request, [Contribution(session, note=note)])
        saved = save_summary(
            summary, target, file_format=file_format, page_size=paper, password=pdf_password
        )
        noted = saved.record(session.exports)
    finally:
        session.lock()
    wrote = translate("cli.export", "Wrote the summary for {period} to {file}.")
    print(wrote.format(period=period.label, file=target), file=out)
    if noted is None:
        print(translate("cli.export", NOT_NOTED), file=out)
    if pdf_password is None:
        print(
            translate(
                "cli.export",
                "Anyone who gets this file can read it. Keep it safe, or use --protect.",
            ),
            file=out,
        )
    return EXIT_OK


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        wrong = translate("cli.export", "{option} is a date like 2026-03-31, not {text}.")
        raise ExportProblem(wrong.format(option=option, text=repr(text))) from None


def _split(values: Sequence[str]) -> list[str]:
    return [name for value in values for name in value.split(",") if name.strip()]


def _target(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() not in FORMATS:
        raise ExportProblem(
            translate("cli.export", "The file name ends in .pdf or .md, which says the format.")
        )
    if path.exists():
        exists = translate(
            "cli.export", "{file} already exists; choose another name or move it first."
        )
        raise ExportProblem(exists.format(file=path))
    if not path.parent.is_dir():
        raise ExportProblem(
            translate("cli.export", "There is no folder {folder}.").format(folder=path.parent)
        )
    return path


def _note(note_file: str | None) -> str:
    if note_file is None:
        return ""
    try:
        text = Path(note_file).expanduser().read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        unread = translate("cli.export", "The note file cannot be read: {reason}")
        raise ExportProblem(unread.format(reason=exc)) from None
    if len(text) > MAX_NOTE:
        too_long = translate("cli.export", "A note can be at most {count} characters.")
        raise ExportProblem(too_long.format(count=format_number(MAX_NOTE)))
    return text
