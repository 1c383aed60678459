"""Noting a therapy summary in the shared export history, by the one rule for it.

The history protects the partner's words: it says who exported, when, in what form, and
whether the other partner's words are in it, and nothing that could tell what the person
preparing to speak means to bring up (no period, no sections). A summary for an
individual session holds only its maker's own words, so nothing of the partner's leaves
and it is not noted: the history is not a watch on the person preparing to speak.
"""

from __future__ import annotations

from toward.core.export_log import ExportKind, ExportLog, ExportRecord
from toward.export.summary import Summary


def note_summary_export(
    exports: ExportLog, summary: Summary, *, file_format: str, protected: bool = False
) -> ExportRecord | None:
    """Note a saved or printed summary in the shared history; None when it is not noted.

    Args:
        exports: the shared export log of the partner who exported it.
        summary: what was exported, as built.
        file_format: "pdf", "md" or "print".
        protected: whether the file has a password.
    """
    if summary.individual:
        return None
    return exports.record(
        ExportKind.THERAPY_SUMMARY,
        file_format=file_format,
        protected=protected,
        partner_words=summary.partner_words,
    )
