"""Backups in Settings (back up now, daily backups into a folder) and the daily run itself."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QSpinBox,
    QWidget,
)

from toward import KnownError
from toward.backup import (
    BackupPlan,
    BackupReport,
    create_backup,
    load_backup_plan,
    rolling_backups,
    save_backup_plan,
    session_keys,
)
from toward.core import clock
from toward.core.i18n import translate
from toward.session import Session
from toward.ui.kit import dialogs
from toward.ui.kit.check_box import WrappingCheckBox
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import Card, button, text_label
from toward.ui.main_view import MainView
from toward.ui.platform.background import run_in_background

log = logging.getLogger("toward.ui")


class BackupCard(Card):
    """The Backups section of a partner's Settings."""

    # Emitted from the backup's thread; Qt delivers it on the UI thread.
    progressed = Signal(int, int)

    def __init__(self, session: Session, view: MainView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.body.addWidget(text_label(translate("ui.settings.backup", "Backups"), "Heading"))
        self.body.addWidget(
            text_label(
                translate(
                    "ui.settings.backup",
                    "A backup is one file holding your household exactly as it is stored here: "
                    "still encrypted, so it is safe on a USB stick or in a cloud folder. Restoring "
                    "it needs your password or your partner's.",
                ),
                "Muted",
            )
        )
        self.now_button = button(translate("ui.settings.backup", "Back up now…"))
        self.now_button.clicked.connect(self.back_up_now)
        self.body.addWidget(self.now_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("ui.settings.backup", "Backup progress"))
        self.progress.hide()
        self.body.addWidget(self.progress)
        self.progressed.connect(self._show_progress)

        plan = load_backup_plan(session.settings)
        self.plan_folder = plan.folder
        self.daily_box = WrappingCheckBox(
            translate("ui.settings.backup", "Back up every day into a folder, keeping the last")
        )
        self.daily_box.setChecked(plan.folder is not None)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(plan.keep)
        self.keep.setAccessibleName(translate("ui.settings.backup", "Backups to keep"))
        row = QHBoxLayout()
        row.addWidget(self.daily_box)
        row.addWidget(self.keep)
        row.addStretch(1)
        self.body.addLayout(row)
        folder_row = QHBoxLayout()
        self.folder_label = text_label("", "Muted")
        self.folder_label.setAccessibleName(translate("ui.settings.backup", "Backup folder"))
        self.folder_button = button(translate("ui.settings.backup", "Choose folder…"), flat=True)
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        self.body.addLayout(folder_row)
        self.status = text_label("", "Muted")
        self.status.setAccessibleName(translate("ui.settings.backup", "Backup status"))
        self.body.addWidget(self.status)
        self.daily_box.toggled.connect(self._daily_toggled)
        self.keep.valueChanged.connect(self._save_plan)
        self._refresh()

    # -- back up now -----------------------------------------------------------------

    def back_up_now(self) -> None:
        today = clock.today().isoformat()
        name, _ = QFileDialog.getSaveFileName(
            self, dialogs.TITLE, str(Path.home() / f"toward-backup-{today}.zip"), "*.zip"
        )
        if name:
            self.back_up_to(Path(name))

    def back_up_to(self, out: Path) -> None:
        folder = self.session.household.folder
        keys = session_keys(self.view.sessions)
        self._set_busy(True)
        run_in_background(
            lambda: create_backup(folder, out, keys=keys, progress=self._report_progress),
            self._done,
            self._failed,
            owner=self,
        )

    def _report_progress(self, done: int, total: int) -> None:
        """Called on the backup's thread: the card may be gone (locked) by now."""
        with contextlib.suppress(RuntimeError):
            self.progressed.emit(done, total)

    def _done(self, report: BackupReport) -> None:
        self._set_busy(False)
        self._say(
            translate("ui.settings.backup", "Saved and checked: {path}").format(path=report.path)
        )

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._say(
            translate("ui.settings.backup", "The backup was not made. {reason}").format(
                reason=describe(exc)
            )
        )

    def _set_busy(self, on: bool) -> None:
        self.now_button.setEnabled(not on)
        self.progress.setVisible(on)
        self.progress.setRange(0, 0)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- daily backups ---------------------------------------------------------------

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, dialogs.TITLE)
        if name:
            self.set_folder(Path(name))

    def set_folder(self, folder: Path) -> None:
        self.plan_folder = folder
        self.daily_box.setChecked(True)
        self._save_plan()

    def _daily_toggled(self, on: bool) -> None:
        if on and self.plan_folder is None:
            self.daily_box.setChecked(False)
            self.choose_folder()
            return
        self._save_plan()

    def _save_plan(self) -> None:
        folder = self.plan_folder if self.daily_box.isChecked() else None
        save_backup_plan(self.session.settings, BackupPlan(folder, self.keep.value()))
        self._refresh()

    def _refresh(self) -> None:
        on = self.daily_box.isChecked() and self.plan_folder is not None
        self.keep.setEnabled(on)
        if self.plan_folder is None:
            self.folder_label.setText(translate("ui.settings.backup", "No folder chosen yet."))
            self._say("")
            return
        self.folder_label.setText(
            translate("ui.settings.backup", "Folder: {folder}").format(folder=self.plan_folder)
        )
        if not on:
            self._say(translate("ui.settings.backup", "Daily backups are off."))
            return
        try:
            made = rolling_backups(self.plan_folder, self.session.household.id)
        except KnownError as exc:  # a folder that went away: say so, the plan stays
            self._say(describe(exc))
            return
        if made:
            count = len(made)
            self._say(
                translate(
                    "ui.settings.backup", "Latest daily backup: {name} (%n kept).", None, count
                ).format(name=made[-1].name)
            )
        else:
            self._say(
                translate("ui.settings.backup", "The first daily backup is made within the hour.")
            )


__all__ = ["BackupCard"]
