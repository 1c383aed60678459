"""Questions and notes in small modal boxes, through one door so tests can answer them.

Every window's title is TITLE, never what it is about: a title bar shows in the task bar,
the window switcher and screen sharing, where anyone passing can read it. What a box is
about goes in its heading, inside.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toward.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

TITLE = "Toward"

# QMessageBox is imported when a box is shown: its enums take a while to set up, and none
# is needed before the first window appears.


def message_box(parent: QWidget | None, heading: str, text: str) -> QMessageBox:
    """A box in the app's own look: the heading in bold above the text, no stock icon."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setWindowTitle(TITLE)
    box.setIcon(QMessageBox.Icon.NoIcon)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<b>{_escaped(heading)}</b>" if heading and heading != TITLE else "")
    box.setInformativeText(_escaped(text).replace("\n", "<br>"))
    return box


def ask(parent: QWidget | None, title: str, text: str, yes: str = "") -> bool:
    """Ask a yes/no question (`title` is its heading); the safe answer (Cancel) is the default.

    `yes` names the answer that goes ahead ("Delete"); "Yes" if not given.
    """
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, title, text)
    confirm = box.addButton(
        yes or translate("ui.kit.dialogs", "Yes"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(translate("ui.kit.dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is confirm


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A note with one OK button (`title` is its heading)."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, title, text)
    box.addButton("OK", QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
