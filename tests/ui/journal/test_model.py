"""The journal list model: a correct Qt model, fetched a page at a time.

The model tester runs its Python implementation (force_py): Qt's C++ tester, as PySide6
wraps it, lets values of the wrong type through.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from toward import Session
from toward.core.journal import EntryFields, TrustKind
from toward.core.spaces import Space
from toward.ui.journal.model import PAGE_SIZE, EntryRole, JournalListModel, UnreadRole


def test_the_model_passes_the_model_tester(
    qtmodeltester: ModelTester, maya: Session, sam: Session
) -> None:
    for number in range(5):
        maya.journal.write(
            Space.PRIVATE,
            EntryFields(
                title=f"Private {number}" if number % 2 else "",
                body=f"Body {number}\nsecond line",
                mood=number or None,
                trust_kinds=[TrustKind.MENTAL],
                tags=["one", "two"],
            ),
        )
    shared = maya.journal.write(Space.SHARED, EntryFields(title="Ours", body="both of us"))
    sam.journal.write(Space.SHARED, EntryFields(title="From Sam", body="hello"))

    private = JournalListModel(maya.journal, Space.PRIVATE, maya.partner.id)
    qtmodeltester.check(private, force_py=True)

    model = JournalListModel(maya.journal, Space.SHARED, maya.partner.id)
    qtmodeltester.check(model, force_py=True)
    assert [model.index(row).data() for row in range(model.rowCount())] == ["From Sam", "Ours"]
    assert model.index(0).data(UnreadRole) is True
    assert model.index(1).data(UnreadRole) is False, "your own entries are never unread"
    assert model.index(1).data(EntryRole).id == shared.id
    assert model.index(0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("From Sam, shared")

    model.set_space(Space.PRIVATE)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    assert model.index(0).data() == "Body 4"  # no title: the first words instead


def test_long_journals_are_fetched_a_page_at_a_time(maya: Session) -> None:
    for number in range(450):
        maya.journal.write(Space.PRIVATE, EntryFields(title=f"Entry {number:03}", body=""))
    model = JournalListModel(maya.journal, Space.PRIVATE, maya.partner.id)
    root = QModelIndex()

    assert PAGE_SIZE == 200
    assert model.rowCount() == 200
    assert model.index(0).data() == "Entry 449"
    assert model.canFetchMore(root)

    model.fetchMore(root)
    assert model.rowCount() == 400
    assert model.canFetchMore(root)

    model.fetchMore(root)
    assert model.rowCount() == 450
    assert not model.canFetchMore(root)
    titles = [model.index(row).data() for row in range(450)]
    assert titles == [f"Entry {n:03}" for n in reversed(range(450))]

    model.refresh()
    assert model.rowCount() == 200, "a refresh starts again from the first page"


def test_the_model_tester_walks_a_long_journal(qtmodeltester: ModelTester, maya: Session) -> None:
    for number in range(PAGE_SIZE + 5):
        maya.journal.write(Space.PRIVATE, EntryFields(title=f"Entry {number}", body=""))
    model = JournalListModel(maya.journal, Space.PRIVATE, maya.partner.id)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == PAGE_SIZE + 5


def test_the_model_tester_on_an_empty_journal(qtmodeltester: ModelTester, maya: Session) -> None:
    model = JournalListModel(maya.journal, Space.SHARED, maya.partner.id)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_a_private_entry_with_a_shared_copy_says_so_to_a_screen_reader(maya: Session) -> None:
    """The card reads 'shared' under the title; its accessible text says it too."""
    kept = maya.journal.write(Space.PRIVATE, EntryFields(title="Kept", body="mine"))
    told = maya.journal.write(Space.PRIVATE, EntryFields(title="Told", body="ours now"))
    maya.journal.share(told)
    model = JournalListModel(maya.journal, Space.PRIVATE, maya.partner.id)
    said = {
        model.index(row).data(EntryRole).id: model.index(row).data(
            Qt.ItemDataRole.AccessibleTextRole
        )
        for row in range(model.rowCount())
    }
    assert said[kept.id].startswith("Kept, private, ")
    assert said[told.id].startswith("Told, private, a copy shared, ")
