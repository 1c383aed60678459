"""The app really runs in another language: each partner's own, switched without a restart.

A tiny catalog stands in for a finished translation (the translators fill es and de), so
the words checked here are known; dates and money come from the locale's CLDR patterns.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.conftest import ViewOf
from tests.ui.helpers import flush_deletes, texts_containing
from toward import translations
from toward.core import clock
from toward.core.formatting import format_date
from toward.core.ledger import Money
from toward.ui.main_view import MainView
from toward.ui.sections import default_sections
from toward.ui.settings.language import LanguageCard

WORDS = {
    "es": [
        ("ui.sections", "Today", "Hoy"),
        ("ui.sections", "Money", "Dinero"),
        ("ui.today.page", "This week", "Esta semana"),
        ("ui.settings.language", "Language", "Idioma"),
    ],
    "ar": [("ui.sections", "Today", "اليوم")],
}


def _catalog(language: str, words: list[tuple[str, str, str]]) -> str:
    contexts = "".join(
        f"<context><name>{context}</name><message><source>{source}</source>"
        f"<translation>{target}</translation></message></context>"
        for context, source, target in words
    )
    head = f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="{language}">'
    return f"{head}{contexts}</TS>"


@pytest.fixture
def tiny_catalogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """English as shipped, and small Spanish and Arabic catalogs, in place of the real ones."""
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(Path(translations.catalog_folder()) / "toward_en.qm", folder)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for language, words in WORDS.items():
        source = folder / f"toward_{language}.ts"
        source.write_text(_catalog(language, words), encoding="utf-8")
        subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
            check=True,
        )
    monkeypatch.setattr(translations, "catalog_folder", lambda: str(folder))
    yield folder
    translations.use_language("en")


def nav_words(view: MainView) -> list[str]:
    return [view.nav.item(row).text() for row in range(view.nav.count())]


@pytest.mark.usefixtures("tiny_catalogs")
def test_a_partner_who_chose_spanish_reads_the_sidebar_pages_dates_and_money_in_it(
    view_of: ViewOf, couple: Couple
) -> None:
    maya = couple.unlock("Maya")
    maya.settings.language = "es"
    maya.ledger.agreements.propose(Money.of("1234.5", "USD"), 3)
    maya.lock()
    view = view_of("Maya")
    assert nav_words(view)[0] == "Hoy" and "Dinero" in nav_words(view)
    today = view.pages["today"]
    assert texts_containing(today, "Esta semana")
    assert texts_containing(today, format_date(clock.now(), "weekday_day_month"))
    assert format_date(clock.today(), "month_year").islower(), "Spanish months are lower case"
    view.show_section("ledger:agreement")
    assert texts_containing(view.pages["ledger"], "1.234,50\xa0USD"), "money as Spanish writes it"
    view.show_section("settings")
    assert texts_containing(view.pages["settings"], "Idioma")


@pytest.mark.usefixtures("tiny_catalogs")
def test_choosing_a_language_in_settings_rebuilds_the_window_in_it(
    qtbot: QtBot, view_of: ViewOf
) -> None:
    view = view_of("Maya")
    assert nav_words(view)[0] == "Today"
    view.show_section("settings")
    card = view.pages["settings"].findChild(LanguageCard)
    assert card is not None
    names = [card.choice.itemText(i) for i in range(card.choice.count())]
    assert names[1:] == ["English", "العربية", "Español"], "each language named in itself"
    card.choice.setCurrentIndex(card.choice.findData("es"))
    qtbot.waitUntil(lambda: nav_words(view)[0] == "Hoy")
    assert view.active.settings.language == "es", "kept in Maya's own settings"
    assert view.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "settings", "still there"
    assert texts_containing(view.pages["settings"], "Idioma")


@pytest.mark.usefixtures("tiny_catalogs")
def test_in_together_mode_each_partner_view_is_in_their_own_language(
    qtbot: QtBot, couple: Couple
) -> None:
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    maya.settings.language = "es"  # Sam follows the system: English here
    view = MainView([maya, sam], default_sections())
    try:
        assert nav_words(view)[0] == "Hoy"
        view.set_active(1)
        assert nav_words(view)[0] == "Today"
        assert format_date(clock.today(), "month_year")[0].isupper()
        view.set_active(0)
        assert nav_words(view)[0] == "Hoy"
    finally:
        shiboken6.delete(view)
        flush_deletes()
        maya.lock()
        sam.lock()


@pytest.mark.usefixtures("tiny_catalogs")
def test_a_right_to_left_language_mirrors_the_window(view_of: ViewOf, couple: Couple) -> None:
    maya = couple.unlock("Maya")
    maya.settings.language = "ar"
    maya.lock()
    view = view_of("Maya")
    assert nav_words(view)[0] == "اليوم"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.sidebar.geometry().x() > view.stack.geometry().x(), "the sidebar on the right"
    translations.use_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
