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

NOT_NOTED = (
    "It holds only your own words, so it is not noted in the export history your partner sees."
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
            raise ExportProblem("Paper is a4 or letter.")
        if protect and file_format != "pdf":
            raise ExportProblem("Only a PDF can be protected with a password.")
        note = _note(note_file)
    except (ExportProblem, InvalidPeriod, InvalidSummary) as exc:
        print(f"toward export: {exc}", file=out)
        return EXIT_USAGE
    household = Household.open(folder)
    names = [p.name for p in household.partners]
    if partner is None:
        if len(names) != 1:
            print(
                f"toward export: say whose summary it is with --partner NAME ({', '.join(names)}).",
                file=out,
            )
            return EXIT_USAGE
        partner = names[0]
    name = household.partner(partner).name
    password = read_password(f"{name}'s password: ")
    if not password:
        print("toward export: no password was given.", file=out)
        return EXIT_USAGE
    pdf_password = None
    if protect:
        pdf_password = read_new_password("A password for the PDF: ")
        if not pdf_password:
            print("toward export: --protect needs a password for the PDF.", file=out)
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
    print(f"Wrote the summary for {period.label} to {target}.", file=out)
    if noted is None:
        print(NOT_NOTED, file=out)
    if pdf_password is None:
        print("Anyone who gets this file can read it. Keep it safe, or use --protect.", file=out)
    return EXIT_OK


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ExportProblem(f"{option} is a date like 2026-03-31, not {text!r}.") from None


def _split(values: Sequence[str]) -> list[str]:
    return [name for value in values for name in value.split(",") if name.strip()]


def _target(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() not in FORMATS:
        raise ExportProblem("The file name ends in .pdf or .md, which says the format.")
    if path.exists():
        raise ExportProblem(f"{path} already exists; choose another name or move it first.")
    if not path.parent.is_dir():
        raise ExportProblem(f"There is no folder {path.parent}.")
    return path


def _note(note_file: str | None) -> str:
    if note_file is None:
        return ""
    try:
        text = Path(note_file).expanduser().read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExportProblem(f"The note file cannot be read: {exc}") from None
    if len(text) > MAX_NOTE:
        raise ExportProblem(f"A note can be at most {MAX_NOTE:,} characters.")
    return text
