"""No plaintext on disk: unique markers written through every path never reach a file.

Each writer puts a unique marker through one way of storing text (DESIGN §1: a private
entry is readable by its author alone, "not with file access ... not through a temp file").
The test then reads every byte of every file in the data folder and in the redirected
temp, home and XDG folders, while the sessions are open and again after locking, looking
for the marker as UTF-8 and UTF-16 in any letter case.

To cover a new feature, add a writer below:

    @writer()
    def bids(maya: Session, sam: Session, marker: str) -> None:
        maya.bids.log(..., note=marker)

`stored=False` marks a writer whose text must be gone even from the decrypted pages (it
deletes what it wrote); by default the marker must be found there, which proves the writer
really stored it and the file reader could have seen it.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, Couple
from tests.integration.journal.pictures import png
from tests.integration.ledger.statements import OFX_V1
from tests.integration.support import decrypted_pages
from toward.core.bids import BidKind
from toward.core.export_log import ExportKind
from toward.core.journal import EntryFields, JournalFilter
from toward.core.ledger import (
    CsvLayout,
    DraftFields,
    Money,
    ResponseKind,
    read_csv,
    read_ofx,
)
from toward.core.period import Period
from toward.core.promises import MomentKind
from toward.core.repairs import SEALED_STEPS, Repair, Step, Topic
from toward.core.spaces import Space
from toward.core.talks import TalkTopic
from toward.export import summary as therapy
from toward.export.markdown import render_markdown
from toward.export.pdf import render_pdf
from toward.export.save import save_summary
from toward.household import SHARED_DB, private_db_name
from toward.opendata.archive import EncryptedZipSink
from toward.opendata.export import export_data
from toward.opendata.imports.source import read_import
from toward.session import Session
from toward.vault.recovery import normalize_recovery_code

Write = Callable[[Session, Session, str], None]
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


@dataclass(frozen=True)
class Writer:
    write: Write
    stored: bool

    @property
    def name(self) -> str:
        return self.write.__name__


WRITERS: list[Writer] = []


def writer(*, stored: bool = True) -> Callable[[Write], Write]:
    """Register a way of putting text into Toward."""

    def register(write: Write) -> Write:
        WRITERS.append(Writer(write, stored))
        return write

    return register


# -- the writers ---------------------------------------------------------------------------


@writer()
def private_entry(maya: Session, sam: Session, marker: str) -> None:
    maya.journal.write(
        Space.PRIVATE,
        EntryFields(title=f"title {marker}", body=f"body {marker}", tags=[f"tag {marker}"]),
    )


@writer()
def private_tag_only(maya: Session, sam: Session, marker: str) -> None:
    maya.journal.write(Space.PRIVATE, EntryFields(title="no marker here", tags=[marker]))


@writer()
def shared_entry_read_by_the_partner(maya: Session, sam: Session, marker: str) -> None:
    entry = sam.journal.write(
        Space.SHARED, EntryFields(title=f"to Maya {marker}", body=f"{marker} body")
    )
    maya.journal.mark_read(maya.journal.get(Space.SHARED, entry.id))


@writer()
def edited_entry(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title=f"draft {marker}", body=f"draft {marker}")
    )
    maya.journal.edit(
        entry, EntryFields(title=f"final {marker}", body=f"final {marker}", tags=[marker])
    )


@writer()
def shared_from_private(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title=f"shared {marker}", body=f"{marker}")
    )
    maya.journal.share(entry)
    sam.journal.mark_read(sam.journal.entries(Space.SHARED)[0])


@writer()
def partial_share(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(body=f"the part {marker}. the rest {marker}")
    )
    maya.journal.share(entry, body=f"only the part {marker}")


@writer()
def share_then_unshare(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title=f"second thoughts {marker}"))
    copy = maya.journal.share(entry)
    sam.journal.mark_read(sam.journal.get(Space.SHARED, copy.id))
    maya.journal.unshare(entry)


@writer()
def operation_pending_between_the_files(maya: Session, sam: Session, marker: str) -> None:
    # A share stopped after it was recorded: its payload, holding the text, waits in the
    # private file until the next unlock finishes it.
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title=f"on its way {marker}", body=marker)
    )

    def stop(step: str, op: object) -> None:
        if step == "recorded":
            raise InterruptedError

    maya.spaces.ops.on_step = stop
    with pytest.raises(InterruptedError):
        maya.journal.share(entry)
    maya.spaces.ops.on_step = None
    assert maya.spaces.ops.pending()


@writer(stored=False)
def deleted_everywhere(maya: Session, sam: Session, marker: str) -> None:
    private = maya.journal.write(
        Space.PRIVATE, EntryFields(title=f"gone {marker}", body=marker * 30)
    )
    maya.journal.delete(private)
    shared = sam.journal.write(Space.SHARED, EntryFields(title=f"gone {marker}", tags=[marker]))
    sam.journal.delete(shared)
    given = maya.journal.write(Space.PRIVATE, EntryFields(title=f"given {marker}"))
    maya.journal.delete(maya.journal.share(given))
    maya.journal.delete(maya.journal.get(Space.PRIVATE, given.id))


@writer()
def settings_value(maya: Session, sam: Session, marker: str) -> None:
    maya.settings.auto_lock_minutes = 15
    # No text setting exists yet: write through the settings table itself.
    maya.settings.set_text(f"note-{marker}", marker)


# -- journal paths: pictures, replies, drafts, search, filters, backdating ----------------


@writer()
def picture_in_a_private_entry(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="a screenshot"))
    maya.journal.images.attach(entry, f"{marker}.png", png(marker))


@writer()
def picture_shared_with_its_entry(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="a photo"))
    maya.journal.images.attach(entry, "photo.png", png(marker))
    copy = maya.journal.share(entry)
    sam.journal.images.of(sam.journal.get(Space.SHARED, copy.id))


@writer(stored=False)
def pictures_removed_or_deleted(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="pictures"))
    image = maya.journal.images.attach(entry, f"{marker}.png", png(marker))
    maya.journal.images.remove(entry, image)
    shared = maya.journal.write(Space.SHARED, EntryFields(title="ours"))
    maya.journal.images.attach(shared, "x.png", png(marker))
    maya.journal.delete(shared)
    given = maya.journal.write(Space.PRIVATE, EntryFields(title="given"))
    maya.journal.images.attach(given, "y.png", png(marker))
    maya.journal.share(given)
    maya.journal.unshare(given)
    maya.journal.delete(maya.journal.get(Space.PRIVATE, given.id))


@writer()
def replies_from_both(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(Space.SHARED, EntryFields(title="how Sunday felt"))
    sam.journal.replies.add(sam.journal.get(Space.SHARED, entry.id), f"I hear you {marker}")
    maya.journal.replies.add(entry, f"thank you {marker}")


@writer(stored=False)
def replies_taken_back_or_unshared(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(Space.SHARED, EntryFields(title="ours"))
    reply = sam.journal.replies.add(sam.journal.get(Space.SHARED, entry.id), f"oops {marker}")
    sam.journal.replies.delete(reply)
    private = maya.journal.write(Space.PRIVATE, EntryFields(title="brief"))
    copy = maya.journal.share(private)
    sam.journal.replies.add(sam.journal.get(Space.SHARED, copy.id), f"{marker} " * 20)
    maya.journal.unshare(private)


@writer()
def unshared_with_pictures_and_replies(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title=f"mine again {marker}"))
    maya.journal.images.attach(entry, "p.png", png(marker))
    copy = maya.journal.share(entry)
    seen = sam.journal.get(Space.SHARED, copy.id)
    sam.journal.mark_read(seen)
    sam.journal.replies.add(seen, f"reply {marker}")
    maya.journal.unshare(copy)


@writer()
def drafts_for_new_and_shared_entries(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(Space.SHARED, EntryFields(title="ours"))
    for step in range(3):  # autosave, again and again
        maya.journal.drafts.save(
            Space.SHARED,
            entry.id,
            EntryFields(title=f"t {marker}", body=f"{marker} {step}", tags=[marker]),
        )
    maya.journal.drafts.save(Space.PRIVATE, None, EntryFields(title="new", body=f"typing {marker}"))
    maya.journal.drafts.all()


@writer(stored=False)
def drafts_discarded(maya: Session, sam: Session, marker: str) -> None:
    maya.journal.drafts.save(Space.PRIVATE, None, EntryFields(title=marker, body=marker * 40))
    maya.journal.drafts.discard(Space.PRIVATE, None)


@writer()
def kept_back_part_of_a_share(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(body=f"shared part.\n\nkept back {marker}")
    )
    maya.journal.share(entry, body="shared part.")


@writer()
def search_queries(maya: Session, sam: Session, marker: str) -> None:
    for i in range(30):
        maya.journal.write(
            Space.PRIVATE if i % 2 else Space.SHARED, EntryFields(body=f"{marker} note {i}")
        )
    for text in (marker, marker[:12], f"{marker} note", f'"{marker}" NEAR(x'):
        maya.journal.search(text)
        sam.journal.search(text)


@writer(stored=False)
def search_for_text_never_written(maya: Session, sam: Session, marker: str) -> None:
    maya.journal.write(Space.PRIVATE, EntryFields(body="something else entirely"))
    for text in (marker, marker[:-3], f"{marker} AND ("):
        maya.journal.search(text)


@writer()
def browsing_by_tag(maya: Session, sam: Session, marker: str) -> None:
    maya.journal.write(Space.PRIVATE, EntryFields(title="tagged", tags=[marker]))
    tag_filter = JournalFilter(tag=marker, since="2000-01-01", mood=None)
    maya.journal.entries(Space.PRIVATE, filter=tag_filter)
    maya.journal.count(Space.PRIVATE, filter=tag_filter)
    maya.journal.tags(Space.PRIVATE)


@writer(stored=False)
def browsing_by_a_tag_never_written(maya: Session, sam: Session, marker: str) -> None:
    maya.journal.write(Space.PRIVATE, EntryFields(title="tagged", tags=["other"]))
    maya.journal.entries(Space.SHARED, filter=JournalFilter(tag=marker))


@writer()
def backdated_entries(maya: Session, sam: Session, marker: str) -> None:
    then = datetime(2016, 2, 29, 23, 59, tzinfo=UTC)
    maya.journal.write(Space.PRIVATE, EntryFields(title=f"from paper {marker}"), written_at=then)
    sam.journal.write(Space.SHARED, EntryFields(body=f"remembered {marker}"), written_at=then)
    maya.journal.months(Space.PRIVATE)


# -- bids for connection: descriptions, notes, late notes ----------------------------------


@writer()
def private_bid(maya: Session, sam: Session, marker: str) -> None:
    maya.bids.log(
        Space.PRIVATE, by_me=False, description=f"asked {marker}", note=f"{marker}", mood_after=3
    )
    maya.bids.patterns(weeks=52)
    maya.today()


@writer()
def shared_bid_seen_by_the_partner(maya: Session, sam: Session, marker: str) -> None:
    sam.bids.log(Space.SHARED, by_me=True, description=marker, answer="missed", note=marker)
    maya.bids.unanswered_for_me()
    maya.today()


@writer()
def late_note_on_a_shared_bid(maya: Session, sam: Session, marker: str) -> None:
    bid = sam.bids.log(Space.SHARED, by_me=True, answer="away")
    maya.bids.turn_toward_late(maya.bids.get(Space.SHARED, bid.id), f"sorry {marker}")


@writer()
def bid_shared_answered_late_edited_and_shared_again(
    maya: Session, sam: Session, marker: str
) -> None:
    bid = maya.bids.log(Space.PRIVATE, by_me=True, description=f"draft {marker}", answer="missed")
    copy = maya.bids.share(bid)
    sam.bids.turn_toward_late(sam.bids.get(Space.SHARED, copy.id), f"late {marker}")
    edited = maya.bids.edit(
        bid, description=f"final {marker}", kind=BidKind.QUESTION, answer="missed", note=marker
    )
    maya.bids.share(edited)
    sam.today()


@writer(stored=False)
def bids_deleted_or_unshared(maya: Session, sam: Session, marker: str) -> None:
    private = maya.bids.log(Space.PRIVATE, by_me=True, description=marker * 20, note=marker)
    maya.bids.delete(private)
    shared = sam.bids.log(Space.SHARED, by_me=True, description=marker, answer="missed")
    maya.bids.turn_toward_late(maya.bids.get(Space.SHARED, shared.id), f"late {marker}")
    sam.bids.delete(shared)
    given = maya.bids.log(Space.PRIVATE, by_me=True, description="given", answer="away")
    copy = maya.bids.share(given)
    sam.bids.turn_toward_late(sam.bids.get(Space.SHARED, copy.id), f"late {marker}")
    maya.bids.unshare(given)


@writer()
def export_as_encrypted_archive(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title=f"title {marker}", body=f"body {marker}")
    )
    maya.journal.images.attach(entry, f"picture {marker}", png(marker))
    shared = sam.journal.write(Space.SHARED, EntryFields(body=f"shared {marker}"))
    maya.journal.replies.add(maya.journal.get(Space.SHARED, shared.id), f"reply {marker}")
    maya.bids.log(Space.SHARED, by_me=True, description=marker, note=marker)
    archive = Path(tempfile.gettempdir()) / "export.zip"
    export_data(maya, EncryptedZipSink(archive, "archive password"))
    read_import(maya, archive, "archive password").apply()  # reading it back, too


@writer()
def imported_from_day_one(maya: Session, sam: Session, marker: str) -> None:
    source = Path(tempfile.gettempdir()) / "dayone.zip"
    with zipfile.ZipFile(source, "w") as archive:
        entry = {"uuid": "X", "creationDate": "2024-01-01T10:00:00Z", "text": f"# {marker}"}
        archive.writestr("Journal.json", json.dumps({"entries": [entry]}))
    read_import(maya, source).apply()
    source.unlink()  # the person's own file; only what Toward wrote is checked


def therapy_summary_made_in_memory(maya: Session, sam: Session, marker: str) -> None:
    mine = maya.journal.write(
        Space.PRIVATE, EntryFields(title=f"title {marker}", body=f"body {marker}")
    )
    his = sam.journal.write(Space.SHARED, EntryFields(body=f"shared {marker}"))
    sam.therapy_consent.set("journal_entries", his.id, True)
    request = therapy.SummaryRequest(Period.last_days(7), tuple(therapy.Section))
    summary = therapy.build_summary(
        request, [therapy.Contribution(maya, frozenset({mine.id}), note=f"note {marker}")]
    )
    assert f"note {marker}" in render_markdown(summary)
    assert render_pdf(summary).startswith(b"%PDF")
    maya.exports.record(ExportKind.THERAPY_SUMMARY, file_format="pdf", sections=request.sections)


def ledger_draft(maya: Session, sam: Session, marker: str) -> None:
    maya.ledger.add_draft(_ledger_fields(marker))


@writer()
def ledger_disclosed_with_a_withheld_why_and_responses(
    maya: Session, sam: Session, marker: str
) -> None:
    kept = maya.ledger.add_draft(_ledger_fields(marker, keep_why_private=True))
    told = maya.ledger.add_draft(_ledger_fields(marker))
    withheld, shared = maya.ledger.disclose([kept, told])
    sam.ledger.respond(shared, ResponseKind.QUESTION, f"asked {marker}")
    maya.ledger.respond(shared, ResponseKind.ANSWER, f"answered {marker}")
    sam.ledger.respond(withheld, ResponseKind.DISCUSSED, f"talked {marker}")
    sam.ledger.summary(Period.everything())


@writer()
def ledger_correction(maya: Session, sam: Session, marker: str) -> None:
    (disclosure,) = maya.ledger.disclose([maya.ledger.add_draft(_ledger_fields("first"))])
    maya.ledger.correct(disclosure, _ledger_fields(marker), f"because {marker}")


@writer()
def ledger_imported_rows(maya: Session, sam: Session, marker: str) -> None:
    csv_text = f"Date,Description,Amount\n2026-01-02,{marker},12.00\n"
    rows = read_csv(csv_text.encode(), CsvLayout(), f"card {marker}")
    maya.ledger.preview_import(rows)
    maya.ledger.import_statement(rows)
    maya.ledger.remember_layout(f"card {marker}", CsvLayout())
    ofx = OFX_V1.replace("BEST BUY 00012", f"shop {marker}")
    maya.ledger.import_statement(read_ofx(ofx.encode(), f"visa {marker}"))


@writer(stored=False)
def ledger_draft_deleted(maya: Session, sam: Session, marker: str) -> None:
    draft = maya.ledger.add_draft(_ledger_fields(marker))
    maya.ledger.delete_draft(draft)


def _ledger_fields(marker: str, *, keep_why_private: bool = False) -> DraftFields:
    return DraftFields(
        date(2026, 1, 2),
        Money.of("12.50", "USD"),
        account=f"account {marker}",
        payee=f"payee {marker}",
        category=f"category {marker}",
        why=f"why {marker}",
        keep_why_private=keep_why_private,
    )


# -- repair conversations: topics, sealed and revealed answers, apologies, plans -----------


def _agreed_repair(maya: Session, sam: Session, topic: str = "a talk") -> Repair:
    repair = maya.repairs.start(topic, Topic.ARGUMENT, datetime.now(UTC) + timedelta(hours=1))
    return sam.repairs.accept_time(repair)


@writer()
def repair_topic_with_a_counter_proposal(maya: Session, sam: Session, marker: str) -> None:
    repair = maya.repairs.start(f"topic {marker}", Topic.SECRET, datetime.now(UTC) + timedelta(1))
    sam.repairs.propose_time(repair, datetime.now(UTC) + timedelta(days=2))
    sam.repairs.take_break(repair)
    sam.today()


@writer()
def sealed_repair_answer_and_draft(maya: Session, sam: Session, marker: str) -> None:
    repair = _agreed_repair(maya, sam)
    maya.repairs.submit(repair, Step.FEELINGS, f"sealed {marker}")
    sam.repairs.save_draft(repair, Step.FEELINGS, f"draft {marker}")
    maya.repairs.publish_ready()
    sam.repairs.record(repair)


@writer()
def revealed_repair_answers_and_apologies(maya: Session, sam: Session, marker: str) -> None:
    repair = _agreed_repair(maya, sam)
    for step in SEALED_STEPS:
        maya.repairs.submit(repair, step, f"{step.value} {marker}")
        sam.repairs.submit(repair, step, f"{step.value} {marker}")
        maya.repairs.publish_ready()
    sam.repairs.accept_apology(repair)
    maya.repairs.in_period(datetime.now().date(), datetime.now().date())


@writer()
def repair_plan_into_promises_and_agreements(maya: Session, sam: Session, marker: str) -> None:
    repair = _agreed_repair(maya, sam)
    for step in SEALED_STEPS:
        maya.repairs.submit(repair, step, "mine")
        sam.repairs.submit(repair, step, "mine")
        maya.repairs.publish_ready()
    maya.repairs.make_promise(maya.repairs.add_plan_item(repair, f"promise {marker}"))
    sam.repairs.make_agreement(sam.repairs.add_plan_item(repair, f"agreement {marker}"))
    sam.repairs.add_plan_item(repair, f"plain {marker}")
    maya.repairs.save_plan_draft(repair, f"plan draft {marker}")
    maya.repairs.finish(repair)
    sam.repairs.finish(repair)


@writer()
def planned_talk_notes_and_agreement(maya: Session, sam: Session, marker: str) -> None:
    talk = maya.talks.plan(TalkTopic.FAMILY, datetime.now(UTC) + timedelta(hours=1))
    sam.talks.accept_time(talk)
    sam.talks.save_notes(talk, f"first notes {marker}")
    maya.talks.finish(talk, f"agreement {marker}", notes=f"notes {marker}")


@writer()
def planned_talk_private_preparation(maya: Session, sam: Session, marker: str) -> None:
    talk = maya.talks.plan(TalkTopic.DREAMS, datetime.now(UTC) + timedelta(hours=1))
    sam.talks.prepare(talk, {"pt-dreams-1": f"first {marker}"})
    sam.talks.prepare(talk, {"pt-dreams-1": f"thoughts {marker}", "pt-dreams-2": marker})


@writer()
def knowing_answers_revealed_and_sealed(maya: Session, sam: Session, marker: str) -> None:
    played = sam.knowing.start()
    maya.knowing.answer(played, f"mine {marker}", "guess")
    sam.knowing.answer(played, "his", f"guess {marker}")
    maya.knowing.publish_ready()
    waiting = sam.knowing.start()  # Maya's answer stays sealed in her space
    maya.knowing.answer(waiting, f"sealed {marker}", f"sealed guess {marker}")


@writer()
def promise_settled_with_a_note(maya: Session, sam: Session, marker: str) -> None:
    promise = maya.promises.make(f"promise {marker}", to_partner_id=sam.partner.id)
    sam.promises.mark_missed(promise, f"note {marker}")


@writer()
def promise_renegotiated(maya: Session, sam: Session, marker: str) -> None:
    promise = maya.promises.make("the old terms", to_partner_id=sam.partner.id)
    maya.promises.ask_new_terms(promise, f"new terms {marker}", note=f"why {marker}")
    sam.promises.accept_new_terms(sam.promises.get(promise.id))


@writer()
def agreement_and_its_moments(maya: Session, sam: Session, marker: str) -> None:
    agreement = maya.promises.add_agreement(f"agreement {marker}")
    sam.promises.log_moment(agreement, MomentKind.BROKEN, note=f"moment {marker}")
    maya.promises.set_agreement_aside(agreement)


@writer()
def practice_and_its_log(maya: Session, sam: Session, marker: str) -> None:
    practice = maya.practices.add(f"practice {marker}", 3)
    sam.practices.log(practice, note=f"note {marker}")
    maya.practices.set_aside(practice)


@writer()
def questions_for_the_therapist(maya: Session, sam: Session, marker: str) -> None:
    kept = maya.therapist_questions.add(f"private question {marker}")
    shared = maya.therapist_questions.add(f"shared question {marker}")
    maya.therapist_questions.share(shared)
    maya.therapist_questions.edit(shared, f"edited question {marker}")
    maya.therapist_questions.mark_talked_about(kept)


@writer(stored=False)
def question_shared_then_deleted(maya: Session, sam: Session, marker: str) -> None:
    question = maya.therapist_questions.add(f"second thoughts {marker}")
    maya.therapist_questions.share(question)
    maya.therapist_questions.delete(question)


@writer()
def weekly_checkin(maya: Session, sam: Session, marker: str) -> None:
    maya.checkins.answer({"close": 2}, note=f"first {marker}")
    maya.checkins.answer({"close": 3, "hopeful": 4}, note=f"changed {marker}")


# -- backups: a manual one and a daily one, both taken while writing ---------------------


@writer()
def backups(maya: Session, sam: Session, marker: str) -> None:
    from datetime import date

    from toward.backup import BackupPlan, create_backup, run_rolling_backup, session_keys

    maya.journal.write(Space.PRIVATE, EntryFields(title=f"backed up {marker}", body=marker))
    sam.journal.write(Space.SHARED, EntryFields(title=f"shared {marker}"))
    folder, keys = maya.household.folder, session_keys([maya, sam])
    create_backup(folder, Path(os.environ["HOME"]) / "backup.zip", keys=keys)
    plan = BackupPlan(Path(os.environ["HOME"]) / "daily", keep=2)
    run_rolling_backup(folder, plan, today=date(2026, 3, 1), keys=keys)


# -- the checker ---------------------------------------------------------------------------


def new_marker() -> str:
    return f"MARKER-{uuid.uuid4().hex}"


def needles(text: str) -> list[bytes]:
    return [text.lower().encode(encoding) for encoding in ENCODINGS]


def files_under(roots: Iterable[Path]) -> list[Path]:
    found = []
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            found.extend(Path(folder) / name for name in names)
    return sorted(set(found))


def leaks(roots: Iterable[Path], texts: Iterable[str], raw: Iterable[bytes] = ()) -> list[str]:
    """Where any text (any case, UTF-8 or UTF-16) or raw byte string appears on disk."""
    texts, raw = list(texts), list(raw)
    problems = []
    for path in files_under(roots):
        data = path.read_bytes()
        lowered = data.lower()
        for text in texts:
            if text.lower() in str(path).lower():
                problems.append(f"{path}: in the file name: {text}")
            if any(needle in lowered for needle in needles(text)):
                problems.append(f"{path}: {text}")
        problems.extend(f"{path}: a raw secret" for secret in raw if secret in data)
    return problems


def secrets_of(couple: Couple, maya: Session, sam: Session) -> tuple[list[str], list[bytes]]:
    """Passwords, recovery codes and database keys: none of them may be on disk either."""
    codes = list(couple.recovery_codes.values())
    texts = [*PASSWORDS.values(), *codes]
    texts += [normalize_recovery_code(code).decode() for code in codes]
    keys = [s.key(name) for s in (maya, sam) for name in ("private", "shared")]
    texts += [key.hex() for key in keys] + [base64.b64encode(key).decode() for key in keys]
    return texts, keys


def checkpoint_and_decrypt(couple: Couple, maya: Session, sam: Session) -> bytes:
    """The decrypted pages of all three databases, in lower case."""
    pages = []
    for session, space, name in (
        (maya, Space.PRIVATE, private_db_name(maya.partner.id)),
        (sam, Space.PRIVATE, private_db_name(sam.partner.id)),
        (maya, Space.SHARED, SHARED_DB),
    ):
        session.spaces.conn(space).execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages.append(decrypted_pages(couple.folder / name, session.key(space.value)))
    return b"".join(pages).lower()


@pytest.fixture
def roots(couple: Couple, tmp_path: Path, private_dirs: Path) -> list[Path]:
    """The data folder and everything beside it, and the redirected TMPDIR/HOME/XDG."""
    assert couple.folder.is_relative_to(tmp_path)
    return [tmp_path, private_dirs]


# -- the tests -----------------------------------------------------------------------------


@pytest.mark.parametrize("entry", WRITERS, ids=lambda w: w.name)
def test_no_marker_reaches_any_file(couple: Couple, roots: list[Path], entry: Writer):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    marker = new_marker()
    entry.write(maya, sam, marker)
    secret_texts, raw_keys = secrets_of(couple, maya, sam)

    assert leaks(roots, [marker, *secret_texts], raw_keys) == []
    found = marker.lower().encode() in checkpoint_and_decrypt(couple, maya, sam)
    assert found is entry.stored
    assert leaks(roots, [marker, *secret_texts], raw_keys) == []

    maya.lock()
    sam.lock()
    assert leaks(roots, [marker, *secret_texts], raw_keys) == []
    assert any(p.name == SHARED_DB for p in files_under(roots))


def test_every_writer_together_leaves_no_marker(couple: Couple, roots: list[Path]):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    markers = []
    for entry in WRITERS:
        markers.append(new_marker())
        entry.write(maya, sam, markers[-1])
    secret_texts, raw_keys = secrets_of(couple, maya, sam)
    maya.lock()
    sam.lock()
    # Reopening runs migrations and the unlock bookkeeping over the same files.
    couple.unlock("Maya").lock()
    couple.unlock("Sam").lock()
    assert leaks(roots, [*markers, *secret_texts], raw_keys) == []


def test_a_saved_summary_is_the_only_file_and_the_log_holds_no_content(
    couple: Couple, roots: list[Path], tmp_path_factory: pytest.TempPathFactory
):
    maya = couple.unlock("Maya")
    marker = new_marker()
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title=f"title {marker}", body=f"body {marker}")
    )
    request = therapy.SummaryRequest(Period.last_days(7), tuple(therapy.Section))
    summary = therapy.build_summary(
        request, [therapy.Contribution(maya, frozenset({entry.id}), note=marker)]
    )
    outside = tmp_path_factory.mktemp("chosen-by-the-partner")
    assert not any(outside.is_relative_to(root) for root in roots)
    saved = save_summary(
        summary, outside / "summary.pdf", file_format="pdf", password="for-the-therapist"
    )
    saved.record(maya.exports)
    assert os.listdir(outside) == ["summary.pdf"]
    protected = (outside / "summary.pdf").read_bytes()
    assert not any(needle in protected.lower() for needle in needles(marker))
    rows = maya.spaces.conn(Space.SHARED).execute("SELECT * FROM export_log").fetchall()
    assert len(rows) == 1 and marker.lower() not in repr(tuple(rows[0])).lower()
    maya.lock()
    assert leaks(roots, [marker]) == []


# -- the checker itself can fail -----------------------------------------------------------


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_the_checker_finds_a_marker_written_in_plaintext(
    couple: Couple, roots: list[Path], private_dirs: Path, encoding: str
):
    marker = new_marker()
    assert leaks(roots, [marker]) == []
    (private_dirs / "tmp" / "leak.txt").write_bytes(
        f"some text around it {marker.lower()} and after".encode(encoding)
    )
    assert len(leaks(roots, [marker])) == 1


def test_the_checker_looks_in_the_data_folder_names_and_nested_folders(
    couple: Couple, roots: list[Path], private_dirs: Path
):
    marker, another, third = new_marker(), new_marker(), new_marker()
    (couple.folder / "export.md").write_text(f"# {another}")
    nested = private_dirs / "cache" / "toward" / "deep"
    nested.mkdir(parents=True)
    (nested / f"{marker}.tmp").write_bytes(b"")
    key = os.urandom(32)
    (private_dirs / "home" / "key.bin").write_bytes(b"prefix" + key)
    (private_dirs / "config" / "settings.ini").write_text(f"x={third.upper()}")
    found = leaks(roots, [marker, another, third], [key])
    assert len(found) == 4
    assert any("in the file name" in f for f in found)


# -- two computers (SYNC.md): the sync folder and the other computers ----------------------


def test_no_marker_reaches_the_sync_folder_or_the_other_computers(
    couple: Couple, roots: list[Path], tmp_path: Path
):
    from toward import sync
    from toward.household import Household

    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    folder = tmp_path / "sync"
    sync.link(couple.folder, folder, maya)
    # Maya's private changes go through a folder of her own computers; Sam's through the
    # one folder: both ways are scanned (the private folder lies under tmp_path too).
    private_folder = tmp_path / "maya-private"
    sync.link_private(maya, private_folder)
    markers = []
    for entry in WRITERS:
        markers.append(new_marker())
        entry.write(maya, sam, markers[-1])
    sync.exchange(maya)
    sync.exchange(sam)
    secret_texts, raw_keys = secrets_of(couple, maya, sam)
    readable = {"Maya": checkpoint_and_decrypt(couple, maya, sam)}
    readable["Sam"] = readable["Maya"]  # narrowed below: what Sam can read at home
    sam.spaces.conn(Space.PRIVATE).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    readable["Sam"] = (
        decrypted_pages(couple.folder / SHARED_DB, sam.key("shared")).lower()
        + decrypted_pages(
            couple.folder / private_db_name(sam.partner.id), sam.key("private")
        ).lower()
    )
    maya_id = maya.partner.id
    maya.lock()
    sam.lock()
    # Each partner's other computer joins from the folder.
    for name in ("Maya", "Sam"):
        laptop = tmp_path / f"{name}-laptop"
        sync.join_own(folder, laptop, name, PASSWORDS[name])
        session = Session.start(Household.open(laptop).unlock(name, PASSWORDS[name]))
        if name == "Maya":
            sync.link_private(session, private_folder)
        pages = b""
        for space, file in (
            (Space.SHARED, SHARED_DB),
            (Space.PRIVATE, private_db_name(session.partner.id)),
        ):
            session.spaces.conn(space).execute("PRAGMA wal_checkpoint(TRUNCATE)")
            pages += decrypted_pages(laptop / file, session.key(space.value)).lower()
        session.lock()
        # The laptop holds nothing its owner could not read at home: the partner's
        # private words never arrive there. (Settings, unsaved drafts and the cross-file
        # log stay on the computer they were written on.)
        arrived = [m for m in markers if m.lower().encode() in pages]
        assert [m for m in arrived if m.lower().encode() not in readable[name]] == []
        assert len(arrived) > len(markers) // 2
    assert any(folder.rglob("*.op")) and any(private_folder.rglob("*.op"))
    assert not (folder / "private" / maya_id).exists()
    assert leaks(roots, [*markers, *secret_texts], raw_keys) == []
