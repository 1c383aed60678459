"""Every page and dialog fits a laptop's window: no text cut, nothing past an edge.

The real MainView of the demo household is shown at each size with the app's own style
sheet; every scene (tests/ui/layout/scenes.py) is visited and every shown widget checked
(tests/ui/layout/checks.py). All problems of one size are reported together.

150% scaling: Qt lays out in device-independent pixels, so a 1920×1080 screen at 150% is a
1280×720 window to every layout (tested here); what differs is only how the pixels are
drawn. A QT_SCALE_FACTOR run would check the same geometry through slower rendering.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import flush_deletes
from tests.ui.layout.checks import layout_problems, window_problems
from tests.ui.layout.pseudo import Lengthen, lengthen_texts, no_change, pseudo_translate
from tests.ui.layout.scenes import SCENES, Scene
from toward import Household, Session
from toward.cli.demo import create_demo_household
from toward.core import i18n
from toward.translations import use_language
from toward.ui import main_view
from toward.ui.kit import theme
from toward.ui.kit.widgets import PageColumn
from toward.ui.main_view import MainView
from toward.ui.platform.background import wait_for_background
from toward.ui.sections import default_sections
from toward.ui.shell import MINIMUM_SIZE, Shell

# A laptop's window, a 1920×1080 screen at 150% (see above), a desktop's; and the smallest
# the window can be made, which must work as well.
SIZES = [(900, 600), (1280, 720), (1920, 1080), (MINIMUM_SIZE.width(), MINIMUM_SIZE.height())]
# Off by default: rewriting what windows show after the fact previews what the
# pseudo-locale will find in text that does not go through `translate` yet (see pseudo.py).
LENGTHEN = lengthen_texts if os.environ.get("LAYOUT_PSEUDO") else no_change
# The pseudo-locale's runs: a laptop's window and a 150% screen (the longer words), and the
# laptop's right to left (every scene is visited; each run takes about 12 s).
PSEUDO_SIZES = SIZES[:2]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("layout") / "demo"
    create_demo_household(folder)
    return folder


@pytest.fixture
def demo(demo_folder: Path, tmp_path: Path) -> Iterator[dict[str, Session]]:
    """Maya and Sam unlocked in a fresh copy of the demo household."""
    from toward.cli.demo import DEMO_PASSWORDS

    folder = tmp_path / "demo"
    shutil.copytree(demo_folder, folder)
    household = Household.open(folder)
    sessions = {
        name: Session.start(household.unlock(name, password))
        for name, password in DEMO_PASSWORDS.items()
    }
    yield sessions
    for session in sessions.values():
        session.lock()


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    """The app's own style and style sheet, as a person sees it; the suite's plain one after."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    theme.apply_theme(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


def visit(
    qtbot: QtBot, sessions: list[Session], size: tuple[int, int], lengthen: Lengthen
) -> list[str]:
    """Show the view at `size`, play every scene, and return every problem seen."""
    shell = Shell()  # the app's window, with its minimum size
    view = MainView(sessions, default_sections())
    shell.show_content(view)
    shell.resize(*size)
    shell.show()
    qtbot.waitExposed(shell)
    found: list[str] = []
    if (shell.width(), shell.height()) != size:
        found.append(f"the window is {shell.width()}×{shell.height()}, not {size[0]}×{size[1]}")
    found += _mirroring_problems(view)
    try:
        for scene in SCENES:
            found += [f"{scene.name}: {problem}" for problem in play(shell, view, scene, lengthen)]
    finally:
        shiboken6.delete(shell)
        flush_deletes()
    return found


def play(shell: Shell, view: MainView, scene: Scene, lengthen: Lengthen) -> list[str]:
    if scene.section is not None:
        view.show_section(scene.section)
    page = view.current_page()
    steps = scene.act(page, view)
    found = []
    for step in steps if isinstance(steps, Iterator) else [""]:
        windows = [shell, *_open_dialogs(view)]
        for window in windows:
            lengthen(window)
            settle(window)
            found += [
                f"{step}: {problem}" if step else problem for problem in layout_problems(window)
            ]
        for dialog in windows[1:]:
            found += window_problems(dialog, shell.size())
    for dialog in _open_dialogs(view):
        dialog.reject()
        dialog.deleteLater()
    flush_deletes()
    return found


def _mirroring_problems(view: MainView) -> list[str]:
    """Right to left, the window is mirrored: the sidebar on the right of the pages."""
    settle(view)
    sidebar, pages = view.sidebar.geometry(), view.stack.geometry()
    if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft and sidebar.x() < pages.x():
        return ["right to left, the sidebar is still on the left"]
    return []


@pytest.fixture
def pseudo_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[Qt.LayoutDirection], None]]:
    """Install the pseudo-locale, left to right or right to left, for every view built.

    The main view sets each partner's language as it is built; here that language is the
    pseudo-locale, whatever the partner chose.
    """

    def install(direction: Qt.LayoutDirection) -> None:
        def use(_code: str | None = None) -> str:
            i18n.install(pseudo_translate)
            QApplication.setLayoutDirection(direction)
            return "pseudo"

        monkeypatch.setattr(main_view, "use_language", use)
        use()

    yield install
    use_language("en")


def settle(window: QWidget) -> None:
    """Let background work report and layouts finish (they run on posted events, and a
    wrapped line can ask for a second pass), so what is checked is what a person sees."""
    wait_for_background()
    for _ in range(5):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        window.layout() and window.layout().activate()


def _open_dialogs(view: MainView) -> list[QDialog]:
    return [dialog for dialog in view.findChildren(QDialog) if dialog.isVisible()]


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_page_and_dialog_fits(
    qtbot: QtBot, demo: dict[str, Session], size: tuple[int, int]
) -> None:
    problems = visit(qtbot, [demo["Maya"]], size, LENGTHEN)
    assert not problems, "\n".join([f"{len(problems)} layout problems:", *problems])


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_lock_screen_and_setup_fit(
    qtbot: QtBot, demo_folder: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    """Before anyone is unlocked: the lock screen (as the demo shows it) and every step of
    setting up."""
    check_lock_screen_and_setup(qtbot, demo_folder, tmp_path, size)


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("direction", ["longer", "right-to-left"])
def test_the_lock_screen_and_setup_fit_in_the_pseudo_locale(
    qtbot: QtBot,
    demo_folder: Path,
    tmp_path: Path,
    pseudo_locale: Callable[[Qt.LayoutDirection], None],
    direction: str,
) -> None:
    """The pseudo-locale's longer words, and right to left, at a laptop's size."""
    rtl = direction == "right-to-left"
    pseudo_locale(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    check_lock_screen_and_setup(qtbot, demo_folder, tmp_path, SIZES[0])


def check_lock_screen_and_setup(
    qtbot: QtBot, demo_folder: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    """The lock screen and every step of setup at `size`, every problem reported at once."""
    from toward.cli.demo import DEMO_PASSWORDS
    from toward.ui.lock_screen import LockScreen
    from toward.ui.setup_wizard import SetupWizard
    from toward.ui.sync.join_page import JoinPage
    from toward.vault.kdf import FLOOR_COST

    shell = Shell()
    shell.resize(*size)
    shell.show()
    qtbot.waitExposed(shell)
    problems = []
    try:
        shell.show_content(LockScreen(Household.open(demo_folder), demo_passwords=DEMO_PASSWORDS))
        settle(shell)
        problems += [f"lock screen: {problem}" for problem in layout_problems(shell)]
        wizard = SetupWizard(tmp_path / "new", kdf_cost=FLOOR_COST)
        shell.show_content(wizard)
        for step in range(wizard.pages.count()):
            wizard.pages.setCurrentIndex(step)
            settle(shell)
            problems += [f"setup, step {step + 1}: {p}" for p in layout_problems(shell)]
        join = JoinPage(tmp_path / "joining")
        shell.show_content(join)
        for kind in (join.own, join.invited):
            kind.setChecked(True)
            settle(shell)
            problems += [f"join, {kind.text()}: {p}" for p in layout_problems(shell)]
    finally:
        shiboken6.delete(shell)
        flush_deletes()
    assert not problems, "\n".join([f"{len(problems)} layout problems:", *problems])


@pytest.mark.usefixtures("styled")
def test_every_page_column_has_the_same_width(qtbot: QtBot, demo: dict[str, Session]) -> None:
    """Moving between pages on a wide screen, the column does not jump wider or narrower."""
    shell = Shell()
    view = MainView([demo["Maya"]], default_sections())
    shell.show_content(view)
    shell.resize(1920, 1080)
    shell.show()
    qtbot.waitExposed(shell)
    try:
        widths = {}
        for key in view.pages:
            view.show_section(key)
            page = view.current_page()
            if isinstance(page, PageColumn):
                settle(shell)
                widths[key] = page.column.parentWidget().width()
        assert len(widths) >= 6 and len(set(widths.values())) == 1, widths
    finally:
        shiboken6.delete(shell)
        flush_deletes()


@pytest.mark.usefixtures("styled")
def test_together_mode_fits_the_smallest_window(qtbot: QtBot, demo: dict[str, Session]) -> None:
    """Together, pages show both partners side by side: the widest they get."""
    problems = visit(qtbot, [demo["Maya"], demo["Sam"]], SIZES[0], LENGTHEN)
    assert not problems, "\n".join([f"{len(problems)} layout problems:", *problems])


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", PSEUDO_SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_page_and_dialog_fits_in_a_longer_language(
    qtbot: QtBot,
    demo: dict[str, Session],
    pseudo_locale: Callable[[Qt.LayoutDirection], None],
    size: tuple[int, int],
) -> None:
    """Every translated word about 40% longer and accented: still nothing cut or past an edge."""
    pseudo_locale(Qt.LayoutDirection.LeftToRight)
    problems = visit(qtbot, [demo["Maya"]], size, no_change)
    assert not problems, "\n".join([f"{len(problems)} layout problems:", *problems])


@pytest.mark.usefixtures("styled")
def test_every_page_and_dialog_fits_right_to_left_and_is_mirrored(
    qtbot: QtBot, demo: dict[str, Session], pseudo_locale: Callable[[Qt.LayoutDirection], None]
) -> None:
    """As Arabic or Hebrew reads: the window mirrored, nothing cut, overlapping or past an edge."""
    pseudo_locale(Qt.LayoutDirection.RightToLeft)
    problems = visit(qtbot, [demo["Maya"]], SIZES[0], no_change)
    assert not problems, "\n".join([f"{len(problems)} layout problems:", *problems])
