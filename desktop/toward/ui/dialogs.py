"""Questions and notes in small modal boxes, through one door so tests can answer them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, yes: str = "Yes") -> bool:
    """Ask a yes/no question; the safe answer (No) is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    confirm = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is confirm


def tell(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
