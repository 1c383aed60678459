"""Pictures in entries: attaching files, thumbnails, the full view, removing, the partner's view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.helpers import click, destroyed, on_disk
from tests.ui.journal.support import Answers, JournalOf, choose_space, open_titled, tiny_png
from toward import Session
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.ui.journal import reader as journal_reader
from toward.ui.kit.pictures import THUMB, PictureViewer


@pytest.fixture
def png_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.png"
    path.write_bytes(tiny_png(3, 2))
    return path


def test_a_picture_is_attached_and_a_bad_file_is_explained(
    qtbot: QtBot,
    journal_of: JournalOf,
    couple: Couple,
    maya: Session,
    answers: Answers,
    png_file: Path,
    tmp_path: Path,
) -> None:
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title="Beach day", body="Sand everywhere.")
    )
    garbage = tmp_path / "screenshot.png"
    garbage.write_bytes(b"this is not a picture at all")
    page = journal_of(maya)
    open_titled(qtbot, page, "Beach day")
    assert not page.reader.pictures.isVisible()
    assert page.reader.picture_button.isVisible()

    page.reader.attach_files([png_file, garbage])

    assert answers.titles == ["Some pictures were not added"]
    assert answers.told == ["screenshot.png is not a PNG, JPEG, GIF or WebP picture."]
    strip = page.reader.pictures
    assert strip.isVisible()
    (thumb,) = strip.thumbnails
    assert not thumb.icon().isNull()
    assert thumb.toolTip() == "tiny.png"
    assert thumb.accessibleName() == "Picture tiny.png"
    assert thumb.text() == ""
    assert [a.text() for a in thumb.actions()] == ["Remove picture"]
    with on_disk(couple.folder, "Maya") as check:
        (image,) = check.journal.images.of(check.journal.get(Space.PRIVATE, entry.id))
    assert (image.name, image.mime, image.data) == ("tiny.png", "image/png", png_file.read_bytes())


def test_a_missing_file_is_named_in_the_message(
    qtbot: QtBot, journal_of: JournalOf, maya: Session, answers: Answers, tmp_path: Path
) -> None:
    maya.journal.write(Space.PRIVATE, EntryFields(title="Beach day", body="..."))
    page = journal_of(maya)
    open_titled(qtbot, page, "Beach day")

    page.reader.attach_files([tmp_path / "gone.png"])

    assert answers.told == ["gone.png: No such file or directory"]
    assert page.reader.pictures.thumbnails == []


def test_the_add_picture_button_asks_for_files(
    qtbot: QtBot,
    journal_of: JournalOf,
    maya: Session,
    png_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def choose(parent: object, caption: str, folder: str, filters: str) -> tuple[list[str], str]:
        asked.append(filters)
        return [str(png_file)], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="Beach day", body="..."))
    page = journal_of(maya)
    open_titled(qtbot, page, "Beach day")

    click(qtbot, page.reader.picture_button)

    assert asked == [journal_reader.PICTURE_FILTER]
    assert len(page.reader.pictures.thumbnails) == 1
    assert maya.journal.images.count(entry) == 1


def test_a_thumbnail_opens_the_picture_at_full_size(
    qtbot: QtBot, journal_of: JournalOf, maya: Session, png_file: Path
) -> None:
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="Beach day", body="..."))
    maya.journal.images.attach(entry, "tiny.png", png_file.read_bytes())
    page = journal_of(maya)
    open_titled(qtbot, page, "Beach day")
    (thumb,) = page.reader.pictures.thumbnails
    assert thumb.iconSize().width() == THUMB

    click(qtbot, thumb)

    (viewer,) = page.reader.findChildren(PictureViewer)
    assert viewer.isVisible()
    assert viewer.windowTitle() == "Toward"
    assert viewer.label.pixmap().size().toTuple() == (3, 2), "full size, not the thumbnail"
    assert viewer.label.accessibleName() == "tiny.png"
    viewer.close()
    assert destroyed(viewer)


def test_removing_a_picture_asks_first(
    qtbot: QtBot,
    journal_of: JournalOf,
    couple: Couple,
    maya: Session,
    answers: Answers,
    png_file: Path,
) -> None:
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="Beach day", body="..."))
    maya.journal.images.attach(entry, "tiny.png", png_file.read_bytes())
    page = journal_of(maya)
    open_titled(qtbot, page, "Beach day")
    (thumb,) = page.reader.pictures.thumbnails
    (remove,) = thumb.actions()

    answers.answer = False
    remove.trigger()
    assert answers.asked == ["Remove this picture? It will be gone for good."]
    assert maya.journal.images.count(entry) == 1
    assert len(page.reader.pictures.thumbnails) == 1

    answers.answer = True
    (remove,) = page.reader.pictures.thumbnails[0].actions()
    remove.trigger()

    assert page.reader.pictures.thumbnails == []
    assert not page.reader.pictures.isVisible()
    with on_disk(couple.folder, "Maya") as check:
        assert check.journal.images.of(check.journal.get(Space.PRIVATE, entry.id)) == []


def test_the_partner_sees_the_pictures_but_cannot_remove_them(
    qtbot: QtBot, journal_of: JournalOf, maya: Session, sam: Session, png_file: Path
) -> None:
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="Beach day", body="..."))
    maya.journal.images.attach(entry, "tiny.png", png_file.read_bytes())
    maya.journal.share(entry)
    ours = maya.journal.write(Space.SHARED, EntryFields(title="Ours", body="..."))
    maya.journal.images.attach(ours, "ours.png", png_file.read_bytes())

    sams = journal_of(sam)
    choose_space(qtbot, sams, Space.SHARED)
    for title in ("Beach day", "Ours"):
        open_titled(qtbot, sams, title)
        (thumb,) = sams.reader.pictures.thumbnails
        assert not thumb.icon().isNull()
        assert thumb.actions() == [], "no Remove for Sam"
        assert not sams.reader.pictures.removable
        assert not sams.reader.picture_button.isVisible()

    # Maya, on her own shared entry, may remove it.
    page = journal_of(maya)
    choose_space(qtbot, page, Space.SHARED)
    open_titled(qtbot, page, "Ours")
    (thumb,) = page.reader.pictures.thumbnails
    assert [a.text() for a in thumb.actions()] == ["Remove picture"]
