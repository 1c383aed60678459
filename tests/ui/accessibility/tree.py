"""Reading a window's accessibility tree as a screen reader does: names, roles, values."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Role = QAccessible.Role
DEEPEST = 80  # far deeper than any window of ours; a guard against a cycle


@dataclass(frozen=True)
class Node:
    """One shown element of the tree, and what a screen reader says of it."""

    role: QAccessible.Role
    name: str
    description: str
    value: str
    focusable: bool
    target: object  # the QWidget, or None for an item inside a view

    @property
    def spoken(self) -> str:
        """Everything a screen reader reads out for this element."""
        return " ".join(part for part in (self.name, self.value, self.description) if part)

    def describe(self) -> str:
        """The element as a person fixing it would look for it."""
        kind = type(self.target).__name__ if isinstance(self.target, QWidget) else "item"
        where = []
        widget = self.target if isinstance(self.target, QWidget) else None
        while widget is not None and len(where) < 3:
            where.append(type(widget).__name__)
            widget = widget.parentWidget()
        said = self.spoken[:60] or "nothing"
        return f"{self.role.name} {kind} (in {' < '.join(where[1:]) or 'the window'}) says {said!r}"


def walk(window: QWidget) -> Iterator[Node]:
    """Every shown element of `window`'s accessibility tree, depth first."""
    root = QAccessible.queryAccessibleInterface(window)
    if root is not None:
        yield from _walk(root, 0)


def _walk(face: QAccessibleInterface, depth: int) -> Iterator[Node]:
    state = face.state()
    if state.invisible or depth > DEEPEST:
        return
    yield Node(
        face.role(),
        face.text(QAccessible.Text.Name).strip(),
        face.text(QAccessible.Text.Description).strip(),
        face.text(QAccessible.Text.Value).strip(),
        bool(state.focusable),
        face.object(),
    )
    for index in range(face.childCount()):
        child = face.child(index)
        if child is not None and child.isValid():
            yield from _walk(child, depth + 1)


def labelled(widget: QWidget) -> bool:
    """Whether an input has a label of its own: an accessible name, or a QLabel's buddy."""
    if widget.accessibleName().strip():
        return True
    return any(label.buddy() is widget for label in widget.window().findChildren(QLabel))


def is_input(widget: object) -> bool:
    """A field a person types into or chooses a value in (not a read-only text view)."""
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox)
