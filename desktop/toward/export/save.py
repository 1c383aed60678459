"""Saving a therapy summary: rendered, written in one piece, and its export recorded.

The one way to save a summary, for the app's dialog and for `toward export`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from toward.core.export_log import ExportLog, ExportRecord
from toward.export.history import note_summary_export
from toward.export.markdown import render_markdown
from toward.export.summary import Summary
from toward.vault.atomic import PRIVATE_MODE, write_atomically

FILE_FORMATS = ("pdf", "md")


@dataclass(frozen=True)
class SavedSummary:
    """A summary written to a file, waiting to be noted in the shared export log."""

    path: Path
    summary: Summary
    file_format: str
    protected: bool

    def record(self, exports: ExportLog) -> ExportRecord | None:
        """Note the export in the shared history by its one rule (on the thread that holds
        the session); None when it is not noted (a summary for an individual session)."""
        return note_summary_export(
            exports, self.summary, file_format=self.file_format, protected=self.protected
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
    write_atomically(path, data, mode=PRIVATE_MODE)  # plaintext: its owner's alone
    return SavedSummary(path, summary, file_format, protected=bool(password))
