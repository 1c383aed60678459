"""The sidebar's line about the other computers, and the details it opens.

"Up to date with Sam's laptop, 2 minutes ago", "Waiting for changes from Sam's laptop since
Monday", or that some changes could not be applied; the details say why, and show the
earlier versions kept when one author edited a record on two computers while apart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toward.core.i18n import translate
from toward.sync import SyncStatus
from toward.ui.kit import dialogs
from toward.ui.kit.widgets import button, text_label
from toward.ui.main_view import MainView
from toward.ui.sync.earlier import earlier_version_view
from toward.ui.sync.exchanges import Exchanges
from toward.ui.sync.words import (
    bad_file_advice,
    device_line,
    private_folder_away,
    status_line,
)


class SyncStatusLine(QWidget):
    """A quiet line in the sidebar, and a way to the details; hidden while not linked."""

    def __init__(self, exchanges: Exchanges, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncStatus")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 4, 16, 0)
        column.setSpacing(2)
        self.line = text_label("", "Muted")  # wraps: the sidebar is narrow
        self.line.setAccessibleName(translate("ui.sync.status_line", "Two computers"))
        column.addWidget(self.line)
        self.details_button = button(translate("ui.sync.status_line", "Details…"), flat=True)
        self.details_button.clicked.connect(self.open_details)
        column.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.state: SyncStatus | None = None
        self.exchanges = exchanges
        exchanges.status_changed.connect(self.show_status)
        self.show_status(exchanges.status)

    def text(self) -> str:
        return self.line.text()

    def show_status(self, state: SyncStatus | None) -> None:
        self.state = state
        text = status_line(state) if state is not None else ""
        self.line.setText(text)
        self.setVisible(bool(text))

    def open_details(self) -> None:
        if self.state is None:
            return
        dialog = SyncDetailsDialog(self.state, self.window())
        dialog.check_now.connect(self.exchanges.exchange_now)
        self.details = dialog
        dialog.open()


class SyncDetailsDialog(QDialog):
    """Each computer, what could not be applied and why, and one's earlier versions."""

    check_now = Signal()  # an exchange now, rather than at the next minute

    def __init__(self, state: SyncStatus, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(dialogs.TITLE)
        self.setMinimumWidth(480)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Only words to read: Tab goes to them and the Close button, not to the frame.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(text_label(translate("ui.sync.status_line", "Two computers"), "Title"))
        for device in state.devices:
            line = text_label(device_line(device), "Notice" if device.bad_since else "")
            column.addWidget(line)
            if device.bad_since is not None:
                column.addWidget(text_label(bad_file_advice(device), "Muted"))
        if not state.devices:
            column.addWidget(
                text_label(translate("ui.sync.status_line", "No other computer has joined yet."))
            )
        if state.private_folder is not None and state.private_folder_away:
            column.addWidget(text_label(private_folder_away(state.private_folder), "Notice"))
        if state.problems:
            column.addWidget(text_label(translate("ui.sync.status_line", "Not applied"), "Heading"))
            column.addWidget(
                text_label(
                    translate(
                        "ui.sync.status_line",
                        "These changes were kept aside, and nothing of yours was lost. They "
                        "usually come from a computer with an older Toward: updating it helps.",
                    ),
                    "Muted",
                )
            )
            for problem in state.problems:
                column.addWidget(text_label(problem, "Notice"))
        if state.earlier_versions:
            column.addWidget(
                text_label(translate("ui.sync.status_line", "Your earlier versions"), "Heading")
            )
            column.addWidget(
                text_label(
                    translate(
                        "ui.sync.status_line",
                        "You changed these on two computers while they were apart. The later "
                        "change is the one shown everywhere; what you wrote before is kept "
                        "here for you to read.",
                    ),
                    "Muted",
                )
            )
            for version in state.earlier_versions:
                column.addWidget(earlier_version_view(version))
        column.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.check_button = button(translate("ui.sync.status_line", "Look for changes now"))
        self.check_button.clicked.connect(self.check_now.emit)
        self.check_button.clicked.connect(self.accept)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        outer.addWidget(buttons)


def install(view: MainView, exchanges: Exchanges) -> SyncStatusLine:
    """Put the line in the sidebar, just above its foot."""
    line = SyncStatusLine(exchanges, view.sidebar)
    side = view.sidebar.layout()
    assert isinstance(side, QBoxLayout)
    side.insertWidget(side.indexOf(view.foot), line)
    view.sync_status = line  # type: ignore[attr-defined]
    return line


__all__ = ["SyncDetailsDialog", "SyncStatusLine", "install"]
