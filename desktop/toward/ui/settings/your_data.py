"""Settings › Your data: take everything out in open formats, or bring a journal in.

The export and the reading of an import run off the UI thread; the export shows its
progress and can be cancelled, and a cancelled export leaves nothing behind.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from toward.core import clock
from toward.core.formatting import format_date_time, format_number
from toward.core.i18n import translate
from toward.opendata.archive import EncryptedZipSink, FolderSink, Sink
from toward.opendata.export import UNENCRYPTED_WARNING, ExportCancelled, ExportSummary, export_data
from toward.opendata.imports.plan import ImportPlan, ImportReport, NeedsPassword
from toward.opendata.imports.source import read_import
from toward.session import Session
from toward.ui.kit import dialogs, theme
from toward.ui.kit.check_box import WrappingCheckBox
from toward.ui.kit.errors import describe
from toward.ui.kit.fitting import tall_enough
from toward.ui.kit.widgets import Card, PasswordField, button, text_label
from toward.ui.platform.background import run_in_background


class _Progress(QObject):
    """Lives on the UI thread; the export's worker emits into it (a queued connection)."""

    changed = Signal(int, int)


class YourDataCard(Card):
    """Export everything this partner can read; open the import dialog."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._cancel: threading.Event | None = None
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self.body.addWidget(text_label(translate("ui.settings.your_data", "Your data"), "Heading"))
        self.body.addWidget(
            text_label(
                translate(
                    "ui.settings.your_data",
                    "Take everything you can read out of Toward: your private space and the "
                    "shared space, as a JSON document, a Markdown file per journal entry and "
                    "spreadsheet tables. Your partner's private space is never in it. Your "
                    "partner will see in the shared history that you exported, never what.",
                ),
                "Muted",
            )
        )
        self.warning = text_label(translate("opendata.export", UNENCRYPTED_WARNING), "Notice")
        self.body.addWidget(self.warning)
        self.protect_box = WrappingCheckBox(
            translate(
                "ui.settings.your_data", "Protect it with a password (one encrypted zip file)"
            )
        )
        self.protect_box.toggled.connect(self._protect_toggled)
        self.body.addWidget(self.protect_box)
        self.archive_password = PasswordField(
            translate("ui.settings.your_data", "Archive password (8 characters or more)")
        )
        self.archive_repeat = PasswordField(
            translate("ui.settings.your_data", "The same password again")
        )
        for field in (self.archive_password, self.archive_repeat):
            field.setVisible(False)
            self.body.addWidget(field)
        row = QHBoxLayout()
        self.export_button = button(translate("ui.settings.your_data", "Export my data…"))
        self.export_button.clicked.connect(self.start_export)
        self.import_button = button(translate("ui.settings.your_data", "Import a journal…"))
        self.import_button.clicked.connect(self.open_import)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        self.body.addLayout(row)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("ui.settings.your_data", "Export progress"))
        self.cancel_button = button(translate("ui.settings.your_data", "Cancel"), flat=True)
        self.cancel_button.clicked.connect(self.cancel_export)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.body.addLayout(progress_row)
        self.status = text_label("", "Muted")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(False)
        self.body.addWidget(self.status)
        self._set_running(False)

    # -- export ------------------------------------------------------------------------

    def _protect_toggled(self, on: bool) -> None:
        self.archive_password.setVisible(on)
        self.archive_repeat.setVisible(on)
        self.warning.setVisible(not on)

    def start_export(self) -> None:
        try:
            sink = self._sink()
        except Exception as exc:
            self._say(describe(exc))
            return
        if sink is None:
            return
        self._cancel = threading.Event()
        session, cancel, progress = self.session, self._cancel, self._progress
        self._set_running(True)
        self._say("Exporting…")
        run_in_background(
            lambda: export_data(session, sink, progress=progress.changed.emit, cancel=cancel),
            self._exported,
            self._export_failed,
            owner=self,
        )

    def _sink(self) -> Sink | None:
        stamp = clock.today().isoformat()
        if self.protect_box.isChecked():
            password = self.archive_password.text()
            if password != self.archive_repeat.text():
                self._say(
                    translate(
                        "ui.settings.your_data", "The two archive passwords are not the same."
                    )
                )
                return None
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                dialogs.TITLE,
                translate("ui.settings.your_data", "Toward export {day}.zip").format(day=stamp),
                translate("ui.settings.your_data", "Zip (*.zip)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix.lower() != ".zip":
                target = target.with_name(target.name + ".zip")
            sink: Sink = EncryptedZipSink(target, password, overwrite=chosen == str(target))
            self.archive_password.clear()
            self.archive_repeat.clear()
            return sink
        chosen = QFileDialog.getExistingDirectory(self, dialogs.TITLE)
        if not chosen:
            return None
        return FolderSink(
            _unused(
                Path(chosen)
                / translate("ui.settings.your_data", "Toward export {day}").format(day=stamp)
            )
        )

    def cancel_export(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self._say(translate("ui.settings.your_data", "Stopping…"))

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _exported(self, summary: ExportSummary) -> None:
        self._set_running(False)
        self._say(
            translate(
                "ui.settings.your_data", "Exported %n records to {path}", None, summary.total
            ).format(path=summary.path)
        )

    def _export_failed(self, exc: Exception) -> None:
        self._set_running(False)
        if isinstance(exc, ExportCancelled):
            self._say(translate("ui.settings.your_data", "Export cancelled. Nothing was kept."))
        else:
            self._say(describe(exc))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.export_button.setEnabled(not running)
        if not running:
            self._cancel = None
            self.progress.reset()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- import ------------------------------------------------------------------------

    def open_import(self) -> None:
        dialog = ImportDialog(self.session, self)
        dialog.open()


def _unused(path: Path) -> Path:
    """`path`, or `path (2)`, `path (3)` … whichever does not exist yet."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name} ({number})")
        number += 1
    return candidate


class ImportDialog(QDialog):
    """Choose a file, see what it holds, import it all or nothing, read the report."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("Toward")
        self.setMinimumWidth(theme.scaled(540))
        self.session = session
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(translate("ui.settings.your_data", "Bring your writing in"), "Title")
        )
        layout.addWidget(
            text_label(
                translate(
                    "ui.settings.your_data",
                    "From Day One (its JSON export zip), jrnl (jrnl --export json) or a Toward "
                    "export. Entries from other apps go into your private journal; nothing is "
                    "shared. Entries already here are left out, so importing twice is safe.",
                ),
                "Muted",
            )
        )
        self.choose_button = button(translate("ui.settings.your_data", "Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.password = PasswordField(translate("ui.settings.your_data", "Archive password"))
        self.password.setVisible(False)
        self.password.returnPressed.connect(self._read)
        layout.addWidget(self.password)
        self.summary = text_label("", "Heading")
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit()
        self.details.setTabChangesFocus(True)  # Tab moves on: never a keyboard trap
        self.details.setReadOnly(True)
        self.details.setAccessibleName(translate("ui.settings.your_data", "What the import holds"))
        self.details.setVisible(False)
        layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = button(translate("ui.settings.your_data", "Close"))
        self.close_button.clicked.connect(self.reject)
        self.import_button = button(translate("ui.settings.your_data", "Import"), primary=True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        row.addWidget(self.close_button)
        row.addWidget(self.import_button)
        layout.addLayout(row)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        tall_enough(self)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, dialogs.TITLE, "", "Exports (*.zip *.json);;All files (*)"
        )
        if chosen:
            self.path = Path(chosen)
            self.password.clear()
            self.password.setVisible(False)
            self._read()

    def _read(self) -> None:
        if self.path is None:
            return
        session, path, password = self.session, self.path, self.password.text() or None
        self.import_button.setEnabled(False)
        self.summary.setText(translate("ui.settings.your_data", "Reading…"))
        self.details.setVisible(False)
        run_in_background(
            lambda: read_import(session, path, password), self._planned, self._refused, owner=self
        )

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.password.setVisible(False)
        # The kinds' words come from opendata's import plan.
        counts = ", ".join(f"{format_number(n)} {label}" for label, n in plan.counts.items() if n)
        if plan.total:
            self.summary.setText(
                translate("ui.settings.your_data", "From {source}: {counts} to add.").format(
                    source=plan.source, counts=counts
                )
            )
        else:
            self.summary.setText(
                translate("ui.settings.your_data", "Nothing new to add from {source}.").format(
                    source=plan.source
                )
            )
        lines = [f"{format_date_time(line.when, 'medium')}  {line.title}" for line in plan.first]
        if plan.first:
            lines.insert(0, translate("ui.settings.your_data", "First entries:"))
        if plan.skipped:
            skipped = len(plan.skipped)
            lines += [
                "",
                translate("ui.settings.your_data", "Will be left out (%n):", None, skipped),
            ]
            lines += [f"  {s.line()}" for s in plan.skipped]
        if plan.notes:
            lines += ["", translate("ui.settings.your_data", "Remarks:")] + [
                f"  {s.line()}" for s in plan.notes
            ]
        self._show_details(lines)
        self.import_button.setEnabled(plan.total > 0)

    def _refused(self, exc: Exception) -> None:
        self.plan = None
        if isinstance(exc, NeedsPassword):
            self.password.setVisible(True)
            self.password.setFocus()
        self.summary.setText(describe(exc))

    def start_import(self) -> None:
        if self.plan is None:
            return
        plan = self.plan
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.summary.setText(translate("ui.settings.your_data", "Importing…"))
        run_in_background(plan.apply, self._imported, self._import_failed, owner=self)

    def _imported(self, report: ImportReport) -> None:
        self.plan = None
        self.choose_button.setEnabled(True)
        self.summary.setText(translate("ui.settings.your_data", "Done."))
        self._show_details(report.lines())
        self.close_button.setText(translate("ui.settings.your_data", "Done"))

    def _import_failed(self, exc: Exception) -> None:
        self.choose_button.setEnabled(True)
        self.summary.setText(describe(exc))

    def _show_details(self, lines: list[str]) -> None:
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
