"""`toward export` as a script runs it: passwords on stdin, a file written, the log noted."""

from __future__ import annotations

import io
import os
from datetime import timedelta

from pypdf import PdfReader

from tests.conftest import PASSWORDS, make_couple
from tests.e2e.conftest import run_toward
from toward.core import clock
from toward.core.journal import EntryFields
from toward.core.spaces import Space

TODAY = clock.today()
FROM, TO = (TODAY - timedelta(days=30)).isoformat(), TODAY.isoformat()


def _pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def test_a_protected_pdf_and_a_markdown_file(tmp_path):
    couple = make_couple(tmp_path / "household")
    maya = couple.unlock("Maya")
    maya.journal.write(Space.SHARED, EntryFields(title="Shared", body="MARKER-SHARED"))
    maya.journal.write(Space.PRIVATE, EntryFields(title="Private", body="MARKER-PRIVATE"))
    maya.bids.log(Space.SHARED, by_me=True)
    maya.lock()
    note = tmp_path / "note.txt"
    note.write_text("MARKER-NOTE: the evenings", "utf-8")
    out = tmp_path / "out"
    out.mkdir()

    result = run_toward(
        ["export", "--data-dir", str(couple.folder), "--partner", "Maya", "--from", FROM,
         "--to", TO, "--sections", "note,bids", "journal", "--out", str(out / "s.pdf"),
         "--paper", "letter", "--protect", "--note-file", str(note)],
        stdin=f"{PASSWORDS['Maya']}\npdf-secret\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Wrote the summary" in result.stdout
    assert "Anyone who gets this file" not in result.stdout
    data = (out / "s.pdf").read_bytes()
    assert PdfReader(io.BytesIO(data)).is_encrypted
    text = _pdf_text(data, "pdf-secret")
    assert "MARKER-SHARED" in text and "MARKER-NOTE" in text and "1 bid in this period" in text
    assert "MARKER-PRIVATE" not in text
    assert PASSWORDS["Maya"] not in result.stdout + result.stderr

    md = run_toward(
        ["export", "--data-dir", str(couple.folder), "--partner", "Sam", "--from", FROM,
         "--to", TO, "--out", str(out / "s.md")],
        stdin=f"{PASSWORDS['Sam']}\n",
    )  # fmt: skip
    assert md.returncode == 0, md.stdout + md.stderr
    assert "Anyone who gets this file can read it" in md.stdout
    markdown = (out / "s.md").read_text("utf-8")
    assert "MARKER-SHARED" not in markdown  # Maya has not let her words go to therapy
    assert "Maya wrote 1 more shared entry" in markdown
    assert sorted(os.listdir(out)) == ["s.md", "s.pdf"]  # no temporary file left

    sam = couple.unlock("Sam")
    history = sam.exports.history()
    sam.lock()
    assert [(r.file_format, r.protected) for r in history] == [("md", False), ("pdf", True)]
    # The shared history says who, when and whether the partner's words are in it, never
    # what the summary covers.
    assert (history[1].sections, history[1].period_start) == ((), None)
    assert [r.partner_words for r in history] == [False, False]


def test_an_individual_summary_holds_only_its_makers_words_and_is_not_noted(tmp_path):
    couple = make_couple(tmp_path / "household")
    maya = couple.unlock("Maya")
    maya.therapy_consent.set_default(True)
    maya.journal.write(Space.SHARED, EntryFields(title="Hers", body="MARKER-MAYA-SHARED"))
    maya.lock()
    sam = couple.unlock("Sam")
    sam.journal.write(Space.SHARED, EntryFields(title="His", body="MARKER-SAM-SHARED"))
    sam.lock()
    out = tmp_path / "s.md"

    result = run_toward(
        ["export", "--data-dir", str(couple.folder), "--partner", "Sam", "--from", FROM,
         "--to", TO, "--out", str(out), "--individual"],
        stdin=f"{PASSWORDS['Sam']}\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "not noted in the export history" in result.stdout
    markdown = out.read_text("utf-8")
    assert "MARKER-SAM-SHARED" in markdown
    assert "MARKER-MAYA-SHARED" not in markdown
    maya = couple.unlock("Maya")
    assert maya.exports.count() == 0
    maya.lock()


def test_bad_input_gets_a_clear_message_and_writes_nothing(tmp_path):
    couple = make_couple(tmp_path / "household")
    out = tmp_path / "s.pdf"
    base = ["export", "--data-dir", str(couple.folder), "--partner", "Maya"]
    md = str(tmp_path / "s.md")
    cases = [
        (["--from", "last week", "--to", TO, "--out", str(out)], "--from is a date like", 2),
        (["--from", TO, "--to", FROM, "--out", str(out)], "ends before it starts", 2),
        (["--from", FROM, "--to", TO, "--sections", "x", "--out", str(out)], "not a section", 2),
        (["--from", FROM, "--to", TO, "--out", str(tmp_path / "s.docx")], ".pdf or .md", 2),
        (["--from", FROM, "--to", TO, "--out", md, "--protect"], "Only a PDF", 2),
        (["--from", "0001-01-01", "--to", TO, "--out", md], "from 1900 to 2200", 2),
        (["--from", FROM, "--to", "9999-12-31", "--out", md], "from 1900 to 2200", 2),
    ]  # fmt: skip
    for args, message, code in cases:
        result = run_toward(base + args, stdin=PASSWORDS["Maya"] + "\n")
        assert result.returncode == code, result.stdout + result.stderr
        assert message in result.stdout + result.stderr
        assert "Traceback" not in result.stdout + result.stderr
    wrong = run_toward(
        [*base, "--from", FROM, "--to", TO, "--out", str(out)], stdin="not-her-password\n"
    )
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["household"]
    two = run_toward(
        ["export", "--data-dir", str(couple.folder), "--from", FROM, "--to", TO, "--out", str(out)]
    )
    assert two.returncode == 2 and "--partner NAME (Maya, Sam)" in two.stdout
