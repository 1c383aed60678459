"""Earlier versions opened from promises, agreements, the ledger and bids, as from entries:
the one calm link of ui/sync/earlier.py, for the record's author only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.integration.sync.support import Computer, own_computers
from tests.ui.helpers import click, show, widget_texts
from toward.core.bids import Answer, BidKind
from toward.core.ledger import DraftFields, Money
from toward.core.spaces import Space
from toward.session import Session
from toward.ui.bids.page import BidsPage
from toward.ui.main_view import MainView, Section
from toward.ui.money.detail import LineDetail
from toward.ui.promises.agreements import AgreementRow
from toward.ui.promises.rows import PromiseRow
from toward.ui.sync.earlier import EarlierVersionDialog, EarlierVersionLinks
from toward.vault.database import transaction

W = TypeVar("W", bound=QWidget)


@dataclass(frozen=True)
class Apart:
    """Maya's and Sam's sessions on the home computer, and the ids of Maya's records."""

    maya: Session
    sam: Session
    promise: str
    agreement: str
    bid: str
    draft: str


@pytest.fixture
def edited_apart(couple: Couple, tmp_path: Path) -> Iterator[Apart]:
    """Maya's records, each changed at home and on her laptop while the two were apart."""
    (home, laptop), _folder = own_computers(couple, tmp_path)
    sam = Computer("home", couple.folder, "Sam", PASSWORDS["Sam"])
    maya = home.session
    sam_id = sam.session.partner.id
    promise = maya.promises.make("walk on Sunday", to_partner_id=sam_id)
    agreement = maya.promises.add_agreement("call if late")
    bid = maya.bids.log(Space.SHARED, by_me=True, description="a wave", note="first")
    draft = maya.ledger.add_draft(DraftFields(date(2026, 3, 1), Money.of("12", "EUR"), why="v1"))
    home.exchange()
    laptop.exchange()
    for computer, words in ((home, "home's"), (laptop, "laptop's")):
        session = computer.session
        session.promises.ask_new_terms(session.promises.get(promise.id), f"{words} terms")
        # No screen edits an agreement's words yet; the sync keeps any such edit apart.
        conn = session.spaces.conn(Space.SHARED)
        with transaction(conn):
            conn.execute(
                "UPDATE agreements SET text = ? WHERE id = ?", (f"{words} text", agreement.id)
            )
        mine = session.bids.get(Space.SHARED, bid.id)
        session.bids.edit(
            mine,
            description="a wave",
            kind=BidKind.COMMENT,
            answer=Answer.TOWARD,
            note=f"{words} note",
        )
        fields = DraftFields(date(2026, 3, 1), Money.of("12", "EUR"), why=f"{words} why")
        session.ledger.edit_draft(session.ledger.draft(draft.id), fields)
    home.exchange()
    laptop.exchange()  # the laptop's later edits are shown everywhere
    home.exchange()
    yield Apart(home.session, sam.session, promise.id, agreement.id, bid.id, draft.id)
    for computer in (home, laptop, sam):
        computer.close()


def opens_home_words(qtbot: QtBot, links: EarlierVersionLinks | None, words: str) -> None:
    """One keyboard-reachable link, named as it reads, opening what was written at home."""
    assert links is not None and links.isVisibleTo(links.window())
    (link,) = links.findChildren(QPushButton)
    assert link.text().startswith("Earlier version from Home, ")
    assert link.accessibleName() == link.text()
    assert link.focusPolicy() & Qt.FocusPolicy.TabFocus
    click(qtbot, link)
    assert isinstance(links.dialog, EarlierVersionDialog)
    assert words in widget_texts(links.dialog)
    links.dialog.close()


def shown(qtbot: QtBot, widget: W) -> W:
    show(qtbot, widget)
    return widget


def name(_partner_id: str) -> str:
    return "someone"


def test_promises_and_agreements_offer_their_earlier_versions_to_their_author(
    qtbot: QtBot, edited_apart: Apart
):
    maya, sam = edited_apart.maya, edited_apart.sam
    promise = maya.promises.get(edited_apart.promise)
    assert promise.asked.what == "laptop's terms"
    row = shown(qtbot, PromiseRow(maya, promise, name))
    opens_home_words(qtbot, row.earlier, "home's terms")
    agreement = maya.promises.agreement(edited_apart.agreement)
    assert agreement.text == "laptop's text"
    opens_home_words(
        qtbot, shown(qtbot, AgreementRow(maya, agreement, name)).earlier, "home's text"
    )

    # Sam, on the same computer, sees the records and no earlier version of them.
    his = shown(qtbot, PromiseRow(sam, sam.promises.get(promise.id), name))
    assert his.earlier is None and his.findChildren(EarlierVersionLinks) == []
    theirs = AgreementRow(sam, sam.promises.agreement(agreement.id), name)
    assert theirs.earlier is None


def test_a_ledger_line_and_a_bid_offer_their_earlier_versions_to_their_author(
    qtbot: QtBot, edited_apart: Apart
):
    maya, sam = edited_apart.maya, edited_apart.sam
    names = {p.id: p.name for p in maya.household.partners}
    detail = shown(qtbot, LineDetail(maya.ledger, names, "Sam", session=maya))
    detail.show_line(maya.ledger.draft(edited_apart.draft))
    (links,) = detail.findChildren(EarlierVersionLinks)
    opens_home_words(qtbot, links, "home's why")

    view = MainView([maya], [Section("bids", "Bids", "bids", BidsPage)])
    show(qtbot, view)
    page = view.current_page()
    (links,) = page.findChildren(EarlierVersionLinks)
    opens_home_words(qtbot, links, "home's note")

    his = MainView([sam], [Section("bids", "Bids", "bids", BidsPage)])
    show(qtbot, his)
    assert his.current_page().findChildren(EarlierVersionLinks) == []
    for window in (view, his):
        window.close()
        window.deleteLater()
