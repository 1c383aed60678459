"""Every window and dialog is titled "Toward": a title bar is read by anyone passing by.

README promises it. Each dialog class the app defines is built here with real data and
its title checked (a new dialog class with no builder below fails the walk); message boxes
and file dialogs go through kit/dialogs, checked by reading the code that opens them.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import toward.ui
from tests.conftest import Couple
from tests.ui.journal.support import tiny_png
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.session import Session
from toward.ui.kit import dialogs

UI = Path(toward.ui.__file__).parent
NEUTRAL = "Toward"


def dialog_classes() -> set[type[QDialog]]:
    """Every QDialog subclass the app defines (every ui module imported)."""
    for module in pkgutil.walk_packages([str(UI)], "toward.ui."):
        importlib.import_module(module.name)
    found: set[type[QDialog]] = set()
    pending = [QDialog]
    while pending:
        for sub in pending.pop().__subclasses__():
            pending.append(sub)
            if sub.__module__.startswith("toward."):
                found.add(sub)
    return found


Builder = Callable[[Session, QWidget, Couple], QDialog]


def _builders() -> dict[str, Builder]:
    from toward.core import clock
    from toward.sync import EarlierVersion, SyncStatus
    from toward.ui.bids.quick_log import QuickLogDialog
    from toward.ui.journal.prompts import PromptBrowser
    from toward.ui.journal.share import ShareDialog
    from toward.ui.kit.pictures import PictureViewer
    from toward.ui.money.draft_form import DraftForm
    from toward.ui.money.statement_import import ImportDialog as StatementImport
    from toward.ui.settings.page import (
        AddPartnerDialog,
        ChangePasswordDialog,
        ConfirmPasswordDialog,
    )
    from toward.ui.settings.password import RecoveryDialog
    from toward.ui.settings.restore import RestoreDialog
    from toward.ui.settings.your_data import ImportDialog as DataImport
    from toward.ui.sync.earlier import EarlierVersionDialog
    from toward.ui.sync.status_line import SyncDetailsDialog
    from toward.ui.therapy.summary_dialog import SummaryDialog

    def entry(session: Session):
        return session.journal.write(Space.PRIVATE, EntryFields(title="A walk", body="Along"))

    def picture(session: Session):
        return session.journal.images.attach(entry(session), "photo.png", tiny_png())

    builders: dict[type[QDialog], Builder] = {
        QuickLogDialog: lambda s, p, c: QuickLogDialog(s, p),
        PromptBrowser: lambda s, p, c: PromptBrowser(s.prompts, p),
        ShareDialog: lambda s, p, c: ShareDialog(entry(s), 0, "Sam", p),
        PictureViewer: lambda s, p, c: PictureViewer(picture(s), p),
        DraftForm: lambda s, p, c: DraftForm(p, "Write down a purchase", lambda *_: None),
        StatementImport: lambda s, p, c: StatementImport(p, s.ledger),
        ConfirmPasswordDialog: lambda s, p, c: ConfirmPasswordDialog("Stop sharing?", p),
        ChangePasswordDialog: lambda s, p, c: ChangePasswordDialog(s, p),
        AddPartnerDialog: lambda s, p, c: AddPartnerDialog(s, p),
        RecoveryDialog: lambda s, p, c: RecoveryDialog(c.household, s.partner, p),
        RestoreDialog: lambda s, p, c: RestoreDialog(c.folder, p),
        DataImport: lambda s, p, c: DataImport(s, p),
        SummaryDialog: lambda s, p, c: SummaryDialog([s], p),
        SyncDetailsDialog: lambda s, p, c: SyncDetailsDialog(
            SyncStatus(folder=c.folder, device_id="a", device_name="Desk"), p
        ),
        EarlierVersionDialog: lambda s, p, c: EarlierVersionDialog(
            EarlierVersion("journal_entries", "e", "s", clock.now(), {"body": "b"}, "Desk"), p
        ),
    }
    return {f"{kind.__module__}.{kind.__qualname__}": build for kind, build in builders.items()}


def test_every_dialog_is_titled_toward(qtbot: QtBot, couple: Couple) -> None:
    builders = _builders()
    classes = {f"{kind.__module__}.{kind.__qualname__}" for kind in dialog_classes()}
    # Base classes only ever shown through a subclass need no builder of their own.
    classes.discard("toward.ui.settings.password.NewPasswordDialog")
    assert classes == set(builders), "a dialog class with no builder here, or one gone"

    session = couple.unlock("Maya")
    parent = QWidget()
    qtbot.addWidget(parent)
    titles = {}
    try:
        for name, build in sorted(builders.items()):
            dialog = build(session, parent, couple)
            titles[name] = dialog.windowTitle()
            dialog.deleteLater()
    finally:
        session.lock()
    assert {name: title for name, title in titles.items() if title != NEUTRAL} == {}


def test_a_message_box_is_titled_toward_and_says_what_it_is_about_inside() -> None:
    box = dialogs.message_box(None, "Disclose", "Disclose 2 purchases to Sam?")
    try:
        assert box.windowTitle() == NEUTRAL
        assert "Disclose" in box.text()
        assert box.icon() is QMessageBox.Icon.NoIcon  # the app's look, not a stock icon
        assert box.informativeText() == "Disclose 2 purchases to Sam?"
    finally:
        box.deleteLater()


def _calls(tree: ast.AST, names: set[str]) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in names
    ]


def _neutral(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return node.value == NEUTRAL
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")
    return name in ("TITLE", "WINDOW_TITLE")


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(UI)))
def test_titles_in_the_code_are_neutral(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for call in _calls(tree, {"setWindowTitle"}):
        assert _neutral(call.args[0]), f"line {call.lineno}: a window title other than Toward"
    file_dialogs = {
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
    }
    for call in _calls(tree, file_dialogs):
        assert len(call.args) > 1 and _neutral(call.args[1]), (
            f"line {call.lineno}: a file dialog's caption is its window title"
        )
    if path.name != "dialogs.py":  # message boxes only through kit/dialogs (titled there)
        boxes = _calls(tree, {"information", "warning", "critical", "question"})
        assert not [c for c in boxes if getattr(c.func.value, "id", "") == "QMessageBox"]
