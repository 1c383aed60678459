"""Every page and dialog as a screen reader meets it, in both partners' views.

The scenes of the layout test (tests/ui/layout/scenes.py) are played on the demo household;
at each, the accessibility tree of the window and of every open dialog is walked. Every
focusable control must have a name, every input a label of its own (not its value or its
placeholder), every chart its numbers in words, and the states a page shows by colour
(private or shared, sealed, late, kept) must be in what is read out as well.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCharts import QChartView
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.accessibility.tree import Node, is_input, labelled, walk
from tests.ui.helpers import flush_deletes
from tests.ui.layout.scenes import SCENES, Scene
from tests.ui.layout.test_layout import settle
from toward import Household, Session
from toward.ui.main_view import MainView
from toward.ui.sections import default_sections
from toward.ui.shell import Shell

Role = QAccessible.Role

# Words a scene must say, for states shown by colour or by place too. Checked in Maya's
# view, where the demo household has each of them.
STATE_WORDS = {
    "journal, prompt of the day": ["private"],
    "journal, shared": ["shared"],
    "money, late": ["late"],
    "promises": ["kept"],
    "talks": ["sealed"],
    "bids": ["private", "shared"],
}
DIGIT = re.compile(r"\d")
# On Linux Qt names a combo box by its current choice and gives its label as a relation
# (a buddy), so only typed fields are held to a name of their own in the tree; every
# input, combos included, is held to an accessible name or a buddy below.
TYPED_INTO = {Role.EditableText, Role.SpinBox}


@dataclass
class Seen:
    """What one partner's walk through every scene found."""

    problems: list[str] = field(default_factory=list)
    spoken: dict[str, str] = field(default_factory=dict)  # by scene: all that is read out
    not_played: list[str] = field(default_factory=list)  # scenes this partner has no data for
    alike: list[str] = field(default_factory=list)  # buttons a screen reader cannot tell apart


def test_every_scene_is_walked_in_mayas_view(qtbot: QtBot, demo: dict[str, Session]) -> None:
    seen = visit(qtbot, demo["Maya"])
    assert not seen.not_played
    missing = [
        f"{scene}: {word!r} is never read out"
        for scene, words in STATE_WORDS.items()
        for word in words
        if word not in seen.spoken[scene].lower()
    ]
    problems = seen.problems + missing
    assert not problems, "\n".join([f"{len(problems)} accessibility problems:", *problems])


def test_every_button_says_what_it_is_for(qtbot: QtBot, demo: dict[str, Session]) -> None:
    seen = visit(qtbot, demo["Maya"])
    assert not seen.alike, "\n".join(sorted(set(seen.alike)))


def test_every_scene_in_sams_view(qtbot: QtBot, demo: dict[str, Session]) -> None:
    seen = visit(qtbot, demo["Sam"])
    assert len(seen.not_played) < 3, seen.not_played  # the demo's drafts are Maya's
    assert not seen.problems, "\n".join(
        [f"{len(seen.problems)} accessibility problems:", *seen.problems]
    )


def visit(qtbot: QtBot, session: Session) -> Seen:
    """Show `session`'s view at a laptop's size and walk every scene's windows."""
    shell = Shell()
    view = MainView([session], default_sections())
    shell.show_content(view)
    shell.resize(1280, 720)
    shell.show()
    qtbot.waitExposed(shell)
    seen = Seen()
    try:
        for scene in SCENES:
            play(view, scene, seen)
    finally:
        shiboken6.delete(shell)
        flush_deletes()
    return seen


def play(view: MainView, scene: Scene, seen: Seen) -> None:
    if scene.section is not None:
        view.show_section(scene.section)
    try:
        steps = scene.act(view.current_page(), view)
    except (IndexError, LookupError):  # nothing of that kind in this partner's view
        seen.not_played.append(scene.name)
        return
    if isinstance(steps, Iterator):
        next(steps)  # one version of a card is enough: its widgets are the same
    spoken = []
    for window in [view.window(), *_open_dialogs(view)]:
        settle(window)
        nodes = list(walk(window))
        spoken += [node.spoken for node in nodes]
        seen.problems += [f"{scene.name}: {problem}" for problem in problems_of(window, nodes)]
        seen.alike += [f"{scene.name}: {problem}" for problem in alike(nodes)]
    seen.spoken[scene.name] = "\n".join(spoken)
    for dialog in _open_dialogs(view):
        dialog.reject()
        dialog.deleteLater()
    flush_deletes()


def alike(nodes: list[Node]) -> list[str]:
    """Buttons of one window with the same name: heard one after another, 'Open', 'Open',
    'Open', they say nothing of what each is for."""
    names = Counter(node.name for node in nodes if node.role == Role.Button and node.name)
    return [f"{n} buttons are all called {name!r}" for name, n in names.items() if n > 1]


def problems_of(window: QWidget, nodes: list[Node]) -> list[str]:
    """Names, labels and charts' numbers missing in one window."""
    found = []
    for node in nodes:
        if node.focusable and not node.name:
            found.append(f"{node.describe()}: focusable, with no name")
        elif node.role in TYPED_INTO and node.name == node.value and node.value:
            found.append(f"{node.describe()}: named only by what is typed in it")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        inner = isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)
        if is_input(widget) and not inner and not labelled(widget):
            found.append(f"{type(widget).__name__} {widget.accessibleName()!r}: no label")
        if isinstance(widget, QComboBox) and not inner and not _combo_says_its_purpose(widget):
            found.append(f"QComboBox at {widget.currentText()!r}: named only by its choice")
        if isinstance(widget, QChartView):
            found += _chart_problems(widget)
    return found


def _combo_says_its_purpose(combo: QComboBox) -> bool:
    """A combo's label is heard before its choice: a buddy label (as a QFormLayout row and
    a label beside it give), or an accessible name that is not its current text, which on
    Linux is all a screen reader would otherwise hear."""
    if any(label.buddy() is combo for label in combo.window().findChildren(QLabel)):
        return True
    name = combo.accessibleName().strip()
    return bool(name) and name != combo.currentText().strip()


def _chart_problems(view: QChartView) -> list[str]:
    """A chart's numbers are read out with it, and a focusable button shows them as a table."""
    found = []
    if not DIGIT.search(view.accessibleDescription()):
        found.append(f"chart {view.accessibleName()!r} gives no numbers in its description")
    holder = view.parentWidget().parentWidget()  # the ChartWithTable
    toggle = getattr(holder, "toggle", None)
    if toggle is None or not toggle.isVisible() or not toggle.focusPolicy():
        found.append(f"chart {view.accessibleName()!r} has no button to show its table")
    return found


def _open_dialogs(view: MainView) -> list[QDialog]:
    return [dialog for dialog in view.findChildren(QDialog) if dialog.isVisible()]


def test_the_lock_screen_and_every_step_of_setup(
    qtbot: QtBot, demo_folder: Path, tmp_path: Path
) -> None:
    """Before anyone is unlocked: the lock screen as the demo shows it, and setting up."""
    from toward.cli.demo import DEMO_PASSWORDS
    from toward.ui.lock_screen import LockScreen
    from toward.ui.setup_wizard import SetupWizard
    from toward.vault.kdf import FLOOR_COST

    shell = Shell()
    shell.resize(1280, 720)
    shell.show()
    qtbot.waitExposed(shell)
    problems = []
    try:
        shell.show_content(LockScreen(Household.open(demo_folder), demo_passwords=DEMO_PASSWORDS))
        settle(shell)
        problems += [f"lock screen: {p}" for p in problems_of(shell, list(walk(shell)))]
        wizard = SetupWizard(tmp_path / "new", kdf_cost=FLOOR_COST)
        shell.show_content(wizard)
        for step in range(wizard.pages.count()):
            wizard.pages.setCurrentIndex(step)
            settle(shell)
            problems += [
                f"setup, step {step + 1}: {p}" for p in problems_of(shell, list(walk(shell)))
            ]
    finally:
        shiboken6.delete(shell)
        flush_deletes()
    assert not problems, "\n".join([f"{len(problems)} accessibility problems:", *problems])
