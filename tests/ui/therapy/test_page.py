"""For therapy: the page, its export history, the dialog with its preview, saving, printing."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QListWidget
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.conftest import ViewOf
from tests.ui.helpers import click, show, texts_containing, tick
from toward.core.export_log import ExportKind
from toward.core.journal import TABLE, EntryFields
from toward.core.spaces import Space
from toward.session import Session
from toward.ui.main_view import MainView, Section
from toward.ui.settings.page import SettingsPage
from toward.ui.therapy import summary_dialog
from toward.ui.therapy.consent import ConsentBox, TherapyConsentCard
from toward.ui.therapy.page import SummaryPage
from toward.ui.therapy.summary_dialog import SummaryDialog

SECTIONS = [Section("summary", "For therapy", "summary", SummaryPage)]
SummaryOf = Callable[[str], SummaryPage]


@pytest.fixture
def summary_of(view_of: ViewOf) -> SummaryOf:
    def build(name: str) -> SummaryPage:
        page = view_of(name, sections=SECTIONS).current_page()
        assert isinstance(page, SummaryPage)
        return page

    return build


def pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def open_dialog(qtbot: QtBot, page: SummaryPage) -> SummaryDialog:
    dialog = page.make_summary()
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=20_000)
    return dialog


def preview_after(qtbot: QtBot, dialog: SummaryDialog, change: Callable[[], None]) -> str:
    """Make a change and wait for the preview that follows it; the preview's text."""
    before = dialog._generation
    change()
    qtbot.waitUntil(lambda: dialog._generation > before, timeout=5_000)
    wanted = dialog._generation
    qtbot.waitUntil(
        lambda: dialog._generation == wanted and "Preparing" not in dialog.status.text(),
        timeout=20_000,
    )
    assert dialog._pdf is not None
    return pdf_text(dialog._pdf)


def check_item(checklist: QListWidget, needle: str) -> None:
    for row in range(checklist.count()):
        item = checklist.item(row)
        if needle in item.text():
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"no {needle!r} in {checklist.accessibleName()}")


def test_an_empty_history_invites(summary_of: SummaryOf) -> None:
    page = summary_of("Maya")
    assert texts_containing(page, "No exports yet")
    assert texts_containing(page, "Make a summary")


def test_both_partners_see_the_history(summary_of: SummaryOf, couple: Couple) -> None:
    sam = couple.unlock("Sam")
    sam.exports.record(
        ExportKind.THERAPY_SUMMARY, file_format="pdf", sections=("bids", "journal"), protected=True
    )
    sam.lock()
    page = summary_of("Maya")
    assert texts_containing(page, "Sam · Therapy summary")
    assert texts_containing(page, "Bids for connection, Journal · PDF, protected with a password")
    assert not texts_containing(page, "No exports yet")


def test_preview_private_entries_only_when_ticked(
    qtbot: QtBot, summary_of: SummaryOf, couple: Couple
) -> None:
    sam = couple.unlock("Sam")
    sam.journal.write(Space.PRIVATE, EntryFields(title="His", body="MARKER-SAM-PRIVATE"))
    sam.journal.write(Space.SHARED, EntryFields(title="His shared", body="MARKER-SAM-SHARED"))
    sam.lock()
    page = summary_of("Maya")
    page.session.journal.write(
        Space.PRIVATE, EntryFields(title="Mine to tick", body="MARKER-MAYA-PRIVATE")
    )
    page.session.journal.write(Space.SHARED, EntryFields(title="Ours", body="MARKER-MAYA-SHARED"))
    dialog = open_dialog(qtbot, page)
    first = pdf_text(dialog._pdf or b"")
    assert "MARKER-MAYA-SHARED" in first
    assert "MARKER-MAYA-PRIVATE" not in first and "MARKER-SAM" not in first
    assert "Sam wrote 1 more shared entry" in first
    assert texts_containing(dialog, "counted, not quoted")
    assert texts_containing(dialog, "unless you protect it with a password")

    ticked = preview_after(
        qtbot,
        dialog,
        lambda: check_item(dialog.choices.private_lists[page.session.partner.id], "Mine"),
    )
    assert "MARKER-MAYA-PRIVATE" in ticked and "MARKER-SAM-PRIVATE" not in ticked
    noted = preview_after(
        qtbot,
        dialog,
        lambda: dialog.choices.notes[page.session.partner.id].setPlainText("MARKER-NOTE"),
    )
    assert "MARKER-NOTE" in noted
    bids_only = preview_after(
        qtbot,
        dialog,
        lambda: dialog.choices.section_boxes[next(iter(dialog.choices.section_boxes))].setChecked(
            False
        ),
    )
    assert "MARKER-NOTE" not in bids_only
    assert dialog.document.pageCount() >= 1


def test_save_a_protected_pdf(
    qtbot: QtBot, summary_of: SummaryOf, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = summary_of("Maya")
    page.session.journal.write(Space.SHARED, EntryFields(title="Ours", body="MARKER-SAVED"))
    dialog = open_dialog(qtbot, page)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "summary"  # the suffix is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)")
    )
    tick(qtbot, dialog.choices.protect_box)
    assert dialog.choices.password.isVisible()
    qtbot.keyClicks(dialog.choices.password, "for-the-therapist")
    qtbot.keyClicks(dialog.choices.password_again, "for-the-therapisT")
    click(qtbot, dialog.save_pdf_button)
    assert "same password twice" in dialog.status.text()
    assert os.listdir(folder) == []

    dialog.choices.password_again.clear()
    qtbot.keyClicks(dialog.choices.password_again, "for-the-therapist")
    click(qtbot, dialog.save_pdf_button)
    qtbot.waitUntil(lambda: "Saved to" in dialog.status.text(), timeout=20_000)
    assert os.listdir(folder) == ["summary.pdf"]  # nothing temporary left beside it
    data = (folder / "summary.pdf").read_bytes()
    assert PdfReader(io.BytesIO(data)).is_encrypted
    assert "MARKER-SAVED" in pdf_text(data, "for-the-therapist")
    (record,) = page.session.exports.history()
    assert record.protected and record.file_format == "pdf"
    qtbot.waitUntil(lambda: bool(texts_containing(page, "Maya · Therapy summary")))


def test_save_markdown_and_print(
    qtbot: QtBot, summary_of: SummaryOf, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = summary_of("Maya")
    page.session.journal.write(Space.SHARED, EntryFields(title="Ours", body="MARKER-MD"))
    dialog = open_dialog(qtbot, page)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "s.md"), "")
    )
    click(qtbot, dialog.save_md_button)
    qtbot.waitUntil(lambda: "Saved to" in dialog.status.text(), timeout=20_000)
    assert "MARKER-MD" in (tmp_path / "s.md").read_text("utf-8")

    printed = tmp_path / "printed.pdf"

    def printer(_parent: object) -> QPrinter:
        chosen = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(printed))
        return chosen

    monkeypatch.setattr(summary_dialog, "choose_printer", printer)
    click(qtbot, dialog.print_button)
    assert "Sent to the printer" in dialog.status.text()
    assert len(PdfReader(printed).pages) == dialog.document.pageCount()
    assert [r.file_format for r in page.session.exports.history()] == ["print", "md"]

    monkeypatch.setattr(summary_dialog, "choose_printer", lambda _parent: None)
    click(qtbot, dialog.print_button)  # cancelled: nothing recorded
    assert page.session.exports.count() == 2


def test_just_me_holds_only_my_words_and_is_not_in_the_history(
    qtbot: QtBot,
    summary_of: SummaryOf,
    couple: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sam = couple.unlock("Sam")
    sam.therapy_consent.set_default(True)
    sam.journal.write(Space.SHARED, EntryFields(title="His shared", body="MARKER-SAM-SHARED"))
    sam.lock()
    page = summary_of("Maya")
    page.session.journal.write(Space.SHARED, EntryFields(title="Ours", body="MARKER-MAYA-SHARED"))
    dialog = open_dialog(qtbot, page)
    assert "MARKER-SAM-SHARED" in pdf_text(dialog._pdf or b"")
    assert texts_containing(dialog, "whether your partner's words are in it")

    alone = preview_after(
        qtbot, dialog, lambda: click(qtbot, dialog.choices.session_kind.button(1))
    )
    assert "MARKER-MAYA-SHARED" in alone and "MARKER-SAM-SHARED" not in alone
    assert "Summary for an individual session" in alone
    assert texts_containing(dialog, "not noted in the export history your partner sees")
    shared = [
        dialog.choices.shared_list.item(i).text() for i in range(dialog.choices.shared_list.count())
    ]
    assert not any("His shared" in text for text in shared)

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "mine.md"), "")
    )
    click(qtbot, dialog.save_md_button)
    qtbot.waitUntil(lambda: "Saved to" in dialog.status.text(), timeout=20_000)
    assert "not noted in the shared export history" in dialog.status.text()
    assert "MARKER-SAM-SHARED" not in (tmp_path / "mine.md").read_text("utf-8")
    assert page.session.exports.count() == 0

    click(qtbot, dialog.choices.session_kind.button(0))
    click(qtbot, dialog.save_md_button)
    qtbot.waitUntil(lambda: page.session.exports.count() == 1, timeout=20_000)
    (record,) = page.session.exports.history()
    assert record.partner_words is True
    qtbot.waitUntil(lambda: bool(texts_containing(page, "holds words Sam wrote")))


def test_print_waits_for_the_preview_of_the_current_choices(
    qtbot: QtBot, summary_of: SummaryOf, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = summary_of("Maya")
    page.session.journal.write(
        Space.PRIVATE, EntryFields(title="Mine to tick", body="MARKER-MAYA-PRIVATE")
    )
    dialog = open_dialog(qtbot, page)
    checklist = dialog.choices.private_lists[page.session.partner.id]
    assert "MARKER-MAYA-PRIVATE" in preview_after(
        qtbot, dialog, lambda: check_item(checklist, "Mine")
    )
    assert dialog.print_button.isEnabled()
    printed: list[bytes | None] = []

    def printer(_parent: object) -> QPrinter:
        printed.append(dialog._pdf)
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(tmp_path / "printed.pdf"))
        return chosen

    monkeypatch.setattr(summary_dialog, "choose_printer", printer)
    before = dialog._generation
    checklist.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.print_button.isEnabled()
    dialog.print_summary()  # pressed before the new preview: nothing is printed
    assert printed == []
    assert "not ready" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog._generation > before, timeout=5_000)
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=20_000)
    click(qtbot, dialog.print_button)
    assert len(printed) == 1 and printed[0] is not None
    assert "MARKER-MAYA-PRIVATE" not in pdf_text(printed[0])
    assert "Sent to the printer" in dialog.status.text()


def test_a_backwards_custom_period_is_explained(qtbot: QtBot, summary_of: SummaryOf) -> None:
    dialog = open_dialog(qtbot, summary_of("Maya"))
    assert dialog.choices.period_choice.findData("since") == -1  # no summary made yet
    dialog.choices.period_choice.setCurrentIndex(dialog.choices.period_choice.findData("custom"))
    today = dialog.choices.end_edit.date()
    dialog.choices.start_edit.setDate(today.addDays(-10))
    dialog.choices.end_edit.setDate(today.addDays(-12))
    assert dialog.choices.period_error.text() == "The period ends before it starts."
    assert dialog.choices.request() is None
    dialog.choices.start_edit.setDate(QDate(1, 1, 1))  # the widget keeps to the supported days
    dialog.choices.end_edit.setDate(today)
    assert dialog.choices.start_edit.date() == QDate(1900, 1, 1)
    request = dialog.choices.request()
    assert request is not None and request.period.start.year == 1900


def test_together_each_partner_ticks_their_own(qtbot: QtBot, couple: Couple) -> None:
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    maya.journal.write(Space.PRIVATE, EntryFields(title="Hers", body="MARKER-HERS"))
    sam.journal.write(Space.PRIVATE, EntryFields(title="His", body="MARKER-HIS"))
    view = MainView([maya], SECTIONS)
    show(qtbot, view)
    view.add_session(sam)
    try:
        page = view.current_page()
        assert isinstance(page, SummaryPage) and page.session is sam
        dialog = open_dialog(qtbot, page)
        assert set(dialog.choices.private_lists) == {maya.partner.id, sam.partner.id}
        assert texts_containing(dialog, "Maya's private entries (Maya ticks their own)")

        def tick_both() -> None:
            check_item(dialog.choices.private_lists[maya.partner.id], "Hers")
            check_item(dialog.choices.private_lists[sam.partner.id], "His")

        text = preview_after(qtbot, dialog, tick_both)
        assert "MARKER-HERS" in text and "MARKER-HIS" in text
        assert "Prepared by Sam and Maya" in text
    finally:
        view.close()
        maya.lock()
        sam.lock()


def test_consent_in_the_reader_and_the_default_in_settings(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
) -> None:
    view = view_of("Sam", sections=[Section("settings", "Settings", "settings", SettingsPage)])
    sam: Session = view.active
    card = view.current_page().findChild(TherapyConsentCard)
    assert card is not None and not card.default_box.isChecked()
    entry = sam.journal.write(Space.SHARED, EntryFields(title="t", body="b"))
    box = ConsentBox(sam, TABLE, entry.id)
    assert not box.isChecked()
    card.default_box.click()  # below the fold of the settings page
    assert sam.therapy_consent.default_for(sam.partner.id)
    box = ConsentBox(sam, TABLE, entry.id)
    assert box.isChecked()  # the default now says yes
    box.setChecked(False)  # but not for this one
    assert sam.therapy_consent.choice(entry.id) is False
    maya = couple.unlock("Maya")
    try:
        assert not maya.therapy_consent.allowed(entry.id, sam.partner.id)
        assert maya.therapy_consent.default_for(sam.partner.id)
    finally:
        maya.lock()


def test_since_the_last_summary_is_offered_once_there_is_one(
    qtbot: QtBot, summary_of: SummaryOf
) -> None:
    page = summary_of("Maya")
    page.session.exports.record(ExportKind.THERAPY_SUMMARY, file_format="pdf")
    dialog = open_dialog(qtbot, page)
    index = dialog.choices.period_choice.findData("since")
    assert index >= 0 and "Since the last summary (" in dialog.choices.period_choice.itemText(index)
    assert dialog.choices.period_choice.currentIndex() == index  # where a session picks up
    period = dialog.choices.period()
    assert period is not None and period.start == period.end  # made today
    assert not dialog.choices.start_edit.isEnabled()


def test_the_reader_offers_consent_on_your_own_shared_words_only(
    qtbot: QtBot, couple: Couple
) -> None:
    from toward.ui.journal.reader import EntryReader

    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    try:
        partners = {p.id: p for p in maya.household.partners}
        mine = maya.journal.write(Space.SHARED, EntryFields(title="Mine", body="b"))
        private = maya.journal.write(Space.PRIVATE, EntryFields(title="Private", body="b"))
        his = sam.journal.write(Space.SHARED, EntryFields(title="His", body="b"))
        sam.journal.replies.add(mine, "his reply")
        maya.journal.replies.add(mine, "my reply")
        reader = EntryReader(maya, partners)
        show(qtbot, reader)
        reader.show_entry(mine)
        boxes = reader.findChildren(ConsentBox)
        assert len(boxes) == 2  # the entry and Maya's own reply, not Sam's
        assert all("Sam may quote this" in box.text() for box in boxes)
        reader.consent_box.click()
        assert maya.therapy_consent.choice(mine.id) is True
        assert sam.therapy_consent.allowed(mine.id, maya.partner.id)
        reader.show_entry(his)
        assert reader.findChildren(ConsentBox) == [] or not any(
            b.isVisible() for b in reader.findChildren(ConsentBox)
        )
        reader.show_entry(private)  # private and not shared: nothing to consent to
        assert not any(b.isVisible() for b in reader.findChildren(ConsentBox))
    finally:
        maya.lock()
        sam.lock()


def test_a_revealed_repair_answer_offers_consent_to_its_author(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
) -> None:
    from tests.integration.repairs.support import agreed
    from toward.core.repairs import Step
    from toward.ui.repair.conversation import ConversationView
    from toward.ui.repair.page import RepairPage

    sam = couple.unlock("Sam")
    try:
        view = view_of("Maya", sections=[Section("repair", "Repair", "repair", RepairPage)])
        maya: Session = view.active
        repair = agreed(maya, sam, "The missed dinner")
        maya.repairs.submit(repair, Step.FEELINGS, "I felt alone")
        sam.repairs.submit(repair, Step.FEELINGS, "I felt rushed")
        maya.repairs.publish_ready()
        conversation = ConversationView(maya, view, maya.repairs.get(repair.id))
        show(qtbot, conversation)
        (box,) = conversation.findChildren(ConsentBox)  # under Maya's answer, not Sam's
        box.click()
        answer = next(
            a
            for a in sam.therapy_consent.repair_answers([repair.id])
            if a.author_id != sam.partner.id
        )
        assert answer.body == "I felt alone"  # Sam's summary may now quote it
    finally:
        sam.lock()
