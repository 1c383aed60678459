"""Generated hostile input for every importer: each refuses with a reason or reads cleanly,
and whatever it lets in every page can read back.

Examples per importer (max_examples below): Toward export 120, Day One 200, jrnl 200,
bank CSV 200, OFX 150, exported CSV cells 300.
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import make_couple
from toward.core.journal import EntryFields
from toward.core.ledger.csv_statement import guess_layout, read_csv
from toward.core.ledger.ofx_statement import read_ofx
from toward.core.spaces import Space
from toward.opendata.archive import FolderSink
from toward.opendata.export import DOCUMENT_NAME, _cell, export_data
from toward.opendata.imports.plan import ImportRefused
from toward.opendata.imports.source import read_import
from toward.session import Session
from toward.vault.errors import KnownError

FIXTURES = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(["2024-02-30", "2024-13-45T10:00:00Z", "XQZ", "\x00", "=1+1", "\ud800"])
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def every_page_reads(session: Session) -> None:
    """What the pages read, for every feature that an import can fill."""
    for space in (Space.PRIVATE, Space.SHARED):
        session.journal.entries(space)
        session.bids.recent(space, limit=-1)
    session.ledger.drafts()
    session.ledger.disclosures()
    session.ledger.totals_per_currency()
    session.promises.open_promises()
    session.promises.settled()
    session.promises.agreements(include_ended=True)
    session.repairs.conversations()
    session.bids.recent_in_both(limit=-1)
    session.bids.patterns()


@pytest.fixture
def seeded(maya, sam, tmp_path) -> tuple[Path, dict]:
    from tests.integration.opendata.households import the_rest_of_the_household
    from tests.integration.repairs.support import agreed
    from toward.core.bids import Answer, BidKind

    the_rest_of_the_household(maya, sam)
    agreed(maya, sam)
    maya.bids.log(Space.SHARED, by_me=True, kind=BidKind.COMMENT, answer=Answer.TOWARD)
    maya.journal.write(Space.PRIVATE, EntryFields(body="mine", tags=["home"]))
    out = export_data(maya, FolderSink(tmp_path / "out")).path
    return out, json.loads((out / DOCUMENT_NAME).read_text("utf-8"))


@settings(max_examples=120, deadline=None, suppress_health_check=FIXTURES)
@given(data=st.data())
def test_a_toward_export_with_any_value_anywhere_refuses_or_stays_readable(seeded, tmp_path, data):
    out, original = seeded
    document = json.loads(json.dumps(original))
    key = data.draw(st.sampled_from(sorted(k for k, v in document["records"].items() if v)))
    record = data.draw(st.sampled_from(document["records"][key]))
    column = data.draw(st.sampled_from(sorted(record)))
    record[column] = data.draw(json_values)
    if "id" in record and column != "id":
        record["id"] = uuid.uuid4().hex  # a new record each time, never "already there"
    folder = tmp_path / uuid.uuid4().hex
    folder.mkdir()
    for item in out.iterdir():
        if item.is_dir():
            (folder / item.name).symlink_to(item)
    text = json.dumps(document, ensure_ascii=False)
    (folder / DOCUMENT_NAME).write_bytes(text.encode("utf-8", "surrogatepass"))
    fresh = make_couple(tmp_path / uuid.uuid4().hex, second=False).unlock("Maya")
    try:
        try:
            read_import(fresh, folder).apply()
        except ImportRefused as refused:
            assert str(refused)
        every_page_reads(fresh)
    finally:
        fresh.lock()


day_one_entries = st.lists(
    st.fixed_dictionaries(
        {},
        optional={
            "uuid": json_values,
            "creationDate": st.sampled_from(["2024-03-12T20:00:00Z", "2024-02-30T20:00:00Z"])
            | json_values,
            "text": st.text(max_size=200) | json_values,
            "tags": st.lists(st.text(max_size=10), max_size=3) | json_values,
            "starred": json_values,
            "photos": st.lists(
                st.dictionaries(
                    st.sampled_from(["identifier", "md5", "type"]), json_values, max_size=3
                ),
                max_size=2,
            )
            | json_values,
        },
    )
    | json_values,
    min_size=1,
    max_size=4,
)


@settings(max_examples=200, deadline=None, suppress_health_check=FIXTURES)
@given(entries=day_one_entries)
def test_a_day_one_journal_of_any_shape_refuses_or_reads(maya, tmp_path, entries):
    path = tmp_path / "Journal.json"
    path.write_bytes(json.dumps({"entries": entries}).encode("utf-8", "surrogatepass"))
    try:
        plan = read_import(maya, path)
    except ImportRefused as refused:
        assert str(refused)
        return
    plan.apply()
    every_page_reads(maya)


jrnl_entries = st.lists(
    st.fixed_dictionaries(
        {"date": st.sampled_from(["2024-03-12", "2024-02-30", "0001-01-01"]) | json_values},
        optional={
            "time": st.sampled_from(["21:40", "25:61"]) | json_values,
            "title": st.text(max_size=400) | json_values,
            "body": st.text(max_size=200) | json_values,
            "tags": st.lists(st.text(max_size=10), max_size=3) | json_values,
            "starred": json_values,
        },
    ),
    max_size=4,
)


@settings(max_examples=200, deadline=None, suppress_health_check=FIXTURES)
@given(entries=jrnl_entries)
def test_a_jrnl_export_of_any_shape_refuses_or_reads(maya, tmp_path, entries):
    path = tmp_path / "journal.json"
    path.write_bytes(json.dumps({"tags": {}, "entries": entries}).encode("utf-8", "surrogatepass"))
    try:
        plan = read_import(maya, path)
    except ImportRefused as refused:
        assert str(refused)
        return
    plan.apply()
    every_page_reads(maya)


csv_cells = st.sampled_from(
    ["2024-03-12", "03/12/2024", "-12.50", "1,234.56", "=cmd|' /C calc'!A0"]
)
csv_rows = st.lists(
    st.lists(csv_cells | st.text(max_size=12), min_size=1, max_size=5), min_size=1, max_size=6
)


@settings(max_examples=200, deadline=None, suppress_health_check=FIXTURES)
@given(rows=csv_rows, encoding=st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_a_bank_csv_of_any_shape_refuses_or_lands_as_readable_drafts(maya, rows, encoding):
    text = "\r\n".join(",".join(f'"{c}"' for c in row) for row in rows)
    data = text.encode(encoding, "replace")
    try:
        read = read_csv(data, guess_layout(data), "Card")
        maya.ledger.import_statement(read)
    except KnownError as refused:
        assert str(refused)
    every_page_reads(maya)


ofx_amounts = st.sampled_from(["-12.50", "1e400", "99999999999999999999999", "NaN", "-0"])


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURES)
@given(
    amount=ofx_amounts | st.text(max_size=12),
    posted=st.sampled_from(["20240312", "20240230", "20241345120000"]) | st.text(max_size=14),
    currency=st.sampled_from(["USD", "XQZ", ""]) | st.text(max_size=4),
    name=st.text(max_size=40),
)
def test_an_ofx_statement_of_any_values_refuses_or_lands_readable(
    maya, amount, posted, currency, name
):
    def clean(text: str) -> str:
        return text.replace("<", "").replace("&", "").replace("]]>", "")

    ofx = (
        "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
        f"<CURDEF>{clean(currency)}</CURDEF><BANKACCTFROM><ACCTID>1234</ACCTID></BANKACCTFROM>"
        "<BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT</TRNTYPE>"
        f"<DTPOSTED>{clean(posted)}</DTPOSTED><TRNAMT>{clean(amount)}</TRNAMT>"
        f"<FITID>1</FITID><NAME>{clean(name)}</NAME></STMTTRN></BANKTRANLIST>"
        "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>"
    )
    try:
        maya.ledger.import_statement(read_ofx(ofx.encode("utf-8", "replace")))
    except KnownError as refused:
        assert str(refused)
    every_page_reads(maya)


@settings(max_examples=300)
@given(value=st.text(max_size=20) | st.integers() | st.lists(st.text(max_size=5), max_size=3))
def test_an_exported_csv_cell_never_starts_a_formula(value):
    cell = _cell(value)
    first = cell.lstrip(" ")[:1]
    number = cell.lstrip("+-").replace(".", "", 1).isdigit() and cell.isascii()
    assert first not in set("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20") or number


def test_the_dates_a_page_groups_by_are_real_after_a_statement_import(maya):
    data = b"Date,Amount,Payee\r\n2024-02-29,-12.50,Bakery\r\n"
    maya.ledger.import_statement(read_csv(data, guess_layout(data), "Card"))
    assert [d.occurred_on for d in maya.ledger.drafts()] == [date(2024, 2, 29)]
