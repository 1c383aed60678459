"""Saving a therapy summary: rendered, written in one piece, and its export recorded.

The one way to save a summary, for the app's dialog and for `toward export`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from toward.core.export_log import ExportKind, ExportLog, ExportRecord
from toward.export.markdown import render_markdown
from toward.export.summary import Section, Summary
from toward.vault.atomic import write_atomically

FILE_FORMATS = ("pdf", "md")


@dataclass(frozen=True)
class SavedSummary:
    """A summary written to a file, waiting to be noted in the shared export log."""

    path: Path
    file_format: str
    period_start: date
    period_end: date
    sections: tuple[Section, ...]
    protected: bool

    def record(self, exports: ExportLog) -> ExportRecord:
        """Note the export in the shared log (on the thread that holds the session)."""
        return exports.record(
            ExportKind.THERAPY_SUMMARY,
            file_format=self.file_format,
            period_start=self.period_start,
            period_end=self.period_end,
            sections=[s.value for s in self.sections],
            protected=self.protected,
        )


def save_summary(
    summary: Summary,
    path: Path,
    *,
    file_format: str,
    page_size: str = "a4",
    password: str | None = None,
) -> SavedSummary:
    """Render `summary` as a PDF (protected with `password`, if given) or as Markdown, and
    write it atomically: the file is whole, or not there.

    Touches no database, so it may run off the UI thread; `record` the result afterwards.
    """
    if file_format not in FILE_FORMATS:
        raise ValueError(f"a summary is saved as {' or '.join(FILE_FORMATS)}, not {file_format!r}")
    if file_format == "pdf":
        from toward.export.pdf import protect, render_pdf  # reportlab: loaded when first needed

        data = render_pdf(summary, page_size=page_size)
        if password:
            data = protect(data, password)
    elif password:
        raise ValueError("only a PDF can be protected with a password")
    else:
        data = render_markdown(summary).encode("utf-8")
    write_atomically(path, data)
    return SavedSummary(
        path,
        file_format,
        summary.period.start,
        summary.period.end,
        summary.sections,
        protected=bool(password),
    )
