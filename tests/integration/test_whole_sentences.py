"""What the core hands the pages is whole sentences in the person's language: no English
word glued into Spanish (seen on the lock screen and the Today page in Spanish)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from tests.conftest import Couple
from toward import Household
from toward.core import clock
from toward.core.formatting import format_date
from toward.core.i18n import translate
from toward.core.ledger import DraftFields, Money
from toward.core.promises import MISSED_REMINDER
from toward.session import Session
from toward.translations import use_language
from toward.ui.kit.errors import describe
from toward.vault.errors import WrongPassword


@pytest.fixture
def spanish() -> Iterator[None]:
    use_language("es")
    yield
    use_language("en")


@pytest.mark.usefixtures("spanish")
def test_a_wrong_password_is_one_spanish_sentence(couple: Couple) -> None:
    with pytest.raises(WrongPassword) as caught:
        Household.open(couple.folder).unlock("Maya", "not her password")
    assert describe(caught.value) == "Esa contraseña no abre el espacio de Maya."


@pytest.mark.usefixtures("spanish")
def test_todays_practice_and_money_cards_speak_spanish(maya: Session, sam: Session) -> None:
    maya.practices.add("Un paseo juntos", 2)
    card = maya.practices.attention()
    assert card is not None and card.title == "Prácticas de terapia"
    assert card.lines == ("Un paseo juntos · 2 veces a la semana, aún sin practicar esta semana",)
    day = clock.today() - timedelta(days=1)
    sam.ledger.add_draft(DraftFields(day, Money.of("86.30", "USD"), payee="Green Market"))
    sam.ledger.disclose(sam.ledger.drafts())
    card = maya.ledger.attention()
    assert card is not None and card.title == "Compras que te han contado"
    short_day = format_date(day, "short_weekday")
    assert card.lines == (f"86,30\xa0USD en Green Market, {short_day}",)


@pytest.mark.usefixtures("spanish")
def test_the_reminder_under_a_missed_promise_is_translated() -> None:
    """Marked for the catalogs where it is defined, translated where the pages show it."""
    said = translate("core.promises.model", MISSED_REMINDER)
    assert said.startswith("Una promesa no cumplida es un momento para reparar")
