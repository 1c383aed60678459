"""An import read and checked, not yet written: what it will add, and what it leaves out.

Reading a file never writes anything. The plan is shown as a preview (counts and the first
entries); `apply()` then writes everything in one go and returns the report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from toward.core.i18n import translate
from toward.core.spaces import Space
from toward.opendata.counts import counted
from toward.vault.errors import KnownError


class ImportRefused(KnownError):
    """The file cannot be imported at all; nothing was written."""


class NeedsPassword(ImportRefused):
    """An encrypted archive, and no password (or the wrong one) was given."""


@dataclass(frozen=True)
class Skipped:
    """One thing left out of an import, or imported with a remark, and why."""

    where: str  # "entry 3 (12 March 2024)"
    reason: str

    def line(self) -> str:
        """'Entry 3 (12 March 2024): nothing is written in it', as the reader's language
        sets a label before its reason."""
        return translate("opendata.imports.plan", "{record}: {reason}").format(
            record=self.where, reason=self.reason
        )


@dataclass(frozen=True)
class PreviewLine:
    when: datetime
    title: str
    space: Space


@dataclass(frozen=True)
class ImportReport:
    source: str
    added: dict[str, int]
    skipped: list[Skipped]
    notes: list[Skipped]

    @property
    def total(self) -> int:
        return sum(self.added.values())

    def lines(self) -> list[str]:
        """The report as a person reads it: what came in, then each thing left out."""
        added = ", ".join(counted(label, n) for label, n in self.added.items() if n)
        if added:
            lines = [
                translate("opendata.imports.plan", "From {source}: added {records}.").format(
                    source=self.source, records=added
                )
            ]
        else:
            lines = [
                translate("opendata.imports.plan", "From {source}: added nothing.").format(
                    source=self.source
                )
            ]
        if self.skipped:
            left_out = len(self.skipped)
            lines.append(translate("opendata.imports.plan", "Left out (%n):", None, left_out))
            lines += [f"  {s.line()}" for s in self.skipped]
        if self.notes:
            remarks = len(self.notes)
            lines.append(
                translate("opendata.imports.plan", "Imported with a remark (%n):", None, remarks)
            )
            lines += [f"  {s.line()}" for s in self.notes]
        return lines


@dataclass
class ImportPlan:
    """What an import will add (`counts`), a preview, and what it leaves out already."""

    source: str
    counts: dict[str, int]
    first: list[PreviewLine]
    skipped: list[Skipped]
    notes: list[Skipped]
    write: Callable[[], tuple[dict[str, int], list[Skipped]]] = field(repr=False)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def apply(self) -> ImportReport:
        """Write everything the plan holds in one go; returns what was added and left out.

        Checked again at this moment, so something added since the preview (the same
        file imported in another window) is not added twice.
        """
        added, late_skips = self.write()
        return ImportReport(self.source, added, self.skipped + late_skips, self.notes)
