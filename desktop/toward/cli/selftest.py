"""`toward selftest`: prove that this build of Toward works, without anyone at the keyboard.

Meant for the frozen app (packaging/), where a missing hidden import, data file or Qt
plugin shows only at run time: in a temporary folder it creates a household, starts the
real window (offscreen unless a display is asked for), unlocks through the lock screen
as a person would, opens every page, writes and finds a journal entry, locks and quits.
Each step prints one line; the exit code is 0 only if all of them passed.
"""

from __future__ import annotations

import faulthandler
import functools
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from toward.core.journal import EntryFields

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from toward.ui.main_view import MainView

PARTNER, PASSWORD = "Selftest", "selftest-password-1"
SEARCHED = "lighthouse"
TIMEOUT_S = 60.0


class SelftestFailed(Exception):
    """A step did not do what it should."""


def run_selftest(out: TextIO = sys.stdout) -> int:
    """Run every step in order; 0 when all passed, 1 at the first failure."""
    faulthandler.enable()  # a crash in a native library still says where it happened
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="toward-selftest-"))
    started = time.perf_counter()

    def step(label: str, action: Callable[[], object]) -> None:
        began = time.perf_counter()
        action()
        print(f"ok   {label} ({(time.perf_counter() - began) * 1000:.0f} ms)", file=out, flush=True)

    try:
        _steps(folder / "household", step)
    except Exception as exc:
        print(f"FAIL {type(exc).__name__}: {exc}", file=out, flush=True)
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"selftest passed in {time.perf_counter() - started:.1f} s", file=out, flush=True)
    return 0


def _steps(folder: Path, step: Callable[[str, Callable[[], object]], None]) -> None:
    from PySide6.QtWidgets import QApplication

    from toward.household import Household
    from toward.ui.app import AppController
    from toward.ui.lock_screen import LockScreen
    from toward.vault.kdf import FLOOR_COST

    def create() -> None:
        household = Household.create(folder, kdf_cost=FLOOR_COST)
        household.add_partner(PARTNER, PASSWORD)

    step("created a household (SQLCipher, Argon2id, AES-GCM)", create)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    step("loaded the style sheet and icons", lambda: _theme(app))
    step("found the keyring backends", _keyring)
    step("loaded every language's catalogs, Qt's own too", _catalogs)
    controller = AppController(folder, kdf_cost=FLOOR_COST)
    controller.window.show()
    controller.start()
    screen = controller.window.content()
    if not isinstance(screen, LockScreen):
        raise SelftestFailed(f"expected the lock screen, got {type(screen).__name__}")
    step("showed the lock screen", lambda: None)

    def unlock() -> None:
        screen.select(PARTNER)
        screen.password.setText(PASSWORD)
        screen.try_unlock()
        _wait(app, lambda: controller.view is not None, "the unlocked view")

    step("unlocked through the lock screen", unlock)
    view = controller.view
    assert view is not None
    for section in controller.sections:
        step(f"opened the {section.label} page", functools.partial(_open, app, view, section.key))
    step("wrote and found a journal entry", lambda: _journal(view))
    step("loaded the prompt decks", lambda: _prompts(view))
    step("rendered a therapy summary as a protected PDF", lambda: _summary(view))
    step("locked", controller.lock)
    if not isinstance(controller.window.content(), LockScreen):
        raise SelftestFailed("locking did not bring back the lock screen")
    controller.shutdown()
    controller.window.close()
    app.processEvents()


def _theme(app: QApplication) -> None:
    from toward.ui.kit import theme

    theme.apply_theme(app)
    if "QWidget" not in app.styleSheet():
        raise SelftestFailed("the style sheet is empty")
    if theme.icon("heart").isNull():
        raise SelftestFailed("the icons did not load")


def _keyring() -> None:
    from toward.vault.device import DeviceSecrets

    # A headless machine may have no usable backend; what must work is finding out which.
    secrets = DeviceSecrets()
    secrets.available()
    secrets.backend_name()


def _catalogs() -> None:
    # A frozen build finds our catalogs and Qt's (qtbase_xx.qm) only if both were collected.
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from toward.translations import SOURCE_LANGUAGE, available_languages, catalog_folder

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    languages = [code for code in available_languages() if code != SOURCE_LANGUAGE]
    if not languages:
        raise SelftestFailed("no translation catalogs were found")
    for code in languages:
        if not QTranslator().load(f"toward_{code}", catalog_folder()):
            raise SelftestFailed(f"the {code} catalog did not load")
        if not QTranslator().load(f"qtbase_{code}", qt_folder):
            raise SelftestFailed(f"Qt's own {code} catalog is missing from {qt_folder}")


def _open(app: QApplication, view: MainView, key: str) -> None:
    view.show_section(key)
    app.processEvents()
    if view.current_page() is not view.pages[key]:
        raise SelftestFailed(f"the {key} page did not open")


def _journal(view: MainView) -> None:
    from toward.core.spaces import Space

    journal = view.active.journal
    journal.write(
        Space.PRIVATE, EntryFields(title="A walk", body=f"We walked to the {SEARCHED} together.")
    )
    if not journal.search(SEARCHED):
        raise SelftestFailed("the journal search found nothing")


def _prompts(view: MainView) -> None:
    if not view.active.prompts.visible():
        raise SelftestFailed("no prompt was found in the bundled decks")


def _summary(view: MainView) -> None:
    # reportlab, its embedded font and pypdf's AES-256 are found only at run time.
    from toward.core.period import Period
    from toward.export.pdf import protect, render_pdf
    from toward.export.summary import Contribution, Section, SummaryRequest, build_summary

    request = SummaryRequest(Period.last_days(30), tuple(Section))
    summary = build_summary(request, [Contribution(view.active, note="How we talk about money")])
    pdf = protect(render_pdf(summary), "a selftest password")
    if not pdf.startswith(b"%PDF") or b"/AESV3" not in pdf:
        raise SelftestFailed("the summary PDF was not written or not protected")


def _wait(app: QApplication, done: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            raise SelftestFailed(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.01)
