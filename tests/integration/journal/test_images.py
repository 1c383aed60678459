"""Pictures kept inside the encrypted database: accepted by their bytes, limited, the author's."""

from __future__ import annotations

import pytest

from tests.conftest import Couple
from tests.integration.journal.pictures import GIF, JPEG, PNG_SIGNATURE, WEBP, png
from toward.core.journal import EntryFields, InvalidImage
from toward.core.journal.images import MAX_IMAGE_BYTES, MAX_IMAGES_PER_ENTRY
from toward.core.spaces import NotAllowed, Space
from toward.session import Session

PICTURES = [
    ("photo.png", png(), "image/png"),
    ("photo.jpg", JPEG, "image/jpeg"),
    ("anim.gif", GIF, "image/gif"),
    ("old.gif", b"GIF87a" + GIF[6:], "image/gif"),
    ("phone.webp", WEBP, "image/webp"),
    ("misnamed.txt", png(rgb=(9, 9, 9)), "image/png"),  # the bytes decide, not the name
]
NOT_PICTURES = [
    b"just some text, not a picture",
    b"",
    b"<svg xmlns='http://www.w3.org/2000/svg'/>",
    b"%PDF-1.7\n",
    b"PK\x03\x04 a zip",
    b"\x00" * 64,
    b"RIFF\x10\x00\x00\x00WAVEfmt ",
    PNG_SIGNATURE[:-1],
    "a picture, they said".encode("utf-16"),
]


def test_pictures_are_recognised_by_their_bytes(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="pictures"))
    attached = []
    for name, data, mime in PICTURES:
        image = maya.journal.images.attach(entry, name, data)
        assert (image.name, image.mime, image.data, image.space) == (
            name,
            mime,
            data,
            Space.PRIVATE,
        )
        attached.append(image)
    assert maya.journal.images.of(entry) == attached


def test_anything_else_is_refused(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="pictures"))
    for data in NOT_PICTURES:
        with pytest.raises(InvalidImage, match="not a PNG"):
            maya.journal.images.attach(entry, "file.png", data)
    assert maya.journal.images.count(entry) == 0


def test_a_picture_over_25_mb_is_refused(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="big"))
    huge = PNG_SIGNATURE + bytes(MAX_IMAGE_BYTES - len(PNG_SIGNATURE) + 1)
    with pytest.raises(InvalidImage, match="25 MB"):
        maya.journal.images.attach(entry, "huge.png", huge)
    assert maya.journal.images.count(entry) == 0


def test_a_picture_of_exactly_25_mb_is_kept(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="big"))
    largest = PNG_SIGNATURE + bytes(MAX_IMAGE_BYTES - len(PNG_SIGNATURE))
    maya.journal.images.attach(entry, "largest.png", largest)
    assert len(maya.journal.images.of(entry)[0].data) == MAX_IMAGE_BYTES


def test_at_most_twenty_pictures_per_entry(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="album"))
    other = maya.journal.write(Space.PRIVATE, EntryFields(title="another"))
    for i in range(MAX_IMAGES_PER_ENTRY):
        maya.journal.images.attach(entry, f"{i}.png", png(rgb=(i, i, i)))
    with pytest.raises(InvalidImage, match="at most 20"):
        maya.journal.images.attach(entry, "one too many.png", png())
    assert maya.journal.images.count(entry) == MAX_IMAGES_PER_ENTRY
    assert [i.name for i in maya.journal.images.of(entry)] == [
        f"{i}.png" for i in range(MAX_IMAGES_PER_ENTRY)
    ]
    maya.journal.images.attach(other, "fine.png", png())  # the limit is per entry
    first = maya.journal.images.of(entry)[0]
    maya.journal.images.remove(entry, first)
    maya.journal.images.attach(entry, "room again.png", png())
    assert maya.journal.images.count(entry) == MAX_IMAGES_PER_ENTRY


def test_names_are_tidied(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="names"))
    image = maya.journal.images.attach(entry, "  my\nscreen   shot.png ", png())
    assert image.name == "my screen shot.png"
    assert len(maya.journal.images.attach(entry, "n" * 500, png()).name) == 200


def test_only_the_author_attaches_or_removes(maya: Session, sam: Session):
    entry = maya.journal.write(Space.SHARED, EntryFields(title="ours"))
    image = maya.journal.images.attach(entry, "a.png", png())
    seen = sam.journal.get(Space.SHARED, entry.id)
    assert sam.journal.images.of(seen) == [image]
    with pytest.raises(NotAllowed):
        sam.journal.images.attach(seen, "b.png", png())
    with pytest.raises(NotAllowed):
        sam.journal.images.remove(seen, image)
    assert maya.journal.images.count(entry) == 1
    maya.journal.images.remove(entry, image)
    assert sam.journal.images.of(seen) == []


def test_removing_one_picture_keeps_the_others(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="two"))
    first = maya.journal.images.attach(entry, "a.png", png())
    second = maya.journal.images.attach(entry, "b.gif", GIF)
    maya.journal.images.remove(entry, first)
    assert maya.journal.images.of(entry) == [second]


def test_a_picture_is_removed_from_the_entry_it_belongs_to_only(maya: Session):
    one = maya.journal.write(Space.PRIVATE, EntryFields(title="one"))
    two = maya.journal.write(Space.PRIVATE, EntryFields(title="two"))
    image = maya.journal.images.attach(one, "a.png", png())
    maya.journal.images.remove(two, image)
    assert maya.journal.images.of(one) == [image]


def test_pictures_are_inside_the_database_not_loose_files(couple: Couple, maya: Session):
    before = sorted(p.name for p in couple.folder.rglob("*"))
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="photo"))
    maya.journal.images.attach(entry, "holiday.png", png())
    maya.journal.images.attach(
        maya.journal.write(Space.SHARED, EntryFields(title="ours")), "x.gif", GIF
    )
    assert sorted(p.name for p in couple.folder.rglob("*")) == before
    files = [p.read_bytes() for p in couple.folder.rglob("*") if p.is_file()]
    assert not any(PNG_SIGNATURE in data or b"GIF89a" in data for data in files)


def test_pictures_survive_locking(couple: Couple, maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="photo"))
    maya.journal.images.attach(entry, "a.jpg", JPEG)
    maya.lock()
    again = couple.unlock("Maya")
    try:
        (image,) = again.journal.images.of(again.journal.get(Space.PRIVATE, entry.id))
        assert (image.name, image.mime, image.data) == ("a.jpg", "image/jpeg", JPEG)
    finally:
        again.lock()


def test_a_picture_for_an_entry_that_is_gone_is_refused(maya: Session):
    entry = maya.journal.write(Space.SHARED, EntryFields(title="soon deleted"))
    maya.journal.delete(entry)
    with pytest.raises(InvalidImage, match="no longer"):
        maya.journal.images.attach(entry, "late.png", png())


def test_a_new_picture_goes_last_even_after_a_removal(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="order"))
    first = maya.journal.images.attach(entry, "a.png", png(rgb=(1, 1, 1)))
    for name in ("b.png", "c.png", "d.png", "e.png"):
        maya.journal.images.attach(entry, name, png())
    maya.journal.images.remove(entry, first)
    maya.journal.images.attach(entry, "f.png", png())
    assert [i.name for i in maya.journal.images.of(entry)] == [
        "b.png",
        "c.png",
        "d.png",
        "e.png",
        "f.png",
    ]
