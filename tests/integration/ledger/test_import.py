"""Statement import: three real-world CSV layouts and OFX, preview, duplicates, bad files."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.integration.ledger.statements import (
    CARD_DEBIT_CREDIT,
    GERMAN_BANK,
    OFX_V1,
    OFX_V2,
    US_BANK,
)
from toward.core.ledger import (
    CsvLayout,
    Money,
    Purpose,
    StatementError,
    guess_layout,
    read_csv,
    read_ofx,
)
from toward.session import Session

US_LAYOUT = CsvLayout(
    date_column=0,
    payee_column=1,
    amount_column=2,
    date_format="MM/DD/YYYY",
    purchases_negative=True,
)
GERMAN_LAYOUT = CsvLayout(
    delimiter=";",
    date_format="DD.MM.YYYY",
    decimal_separator=",",
    payee_column=1,
    amount_column=3,
    purchases_negative=True,
    encoding="cp1252",
    currency="EUR",
)
CARD_LAYOUT = CsvLayout(
    date_column=0,
    payee_column=3,
    amount_column=None,
    debit_column=5,
    credit_column=6,
    account_column=2,
)


def summary(rows) -> list[tuple[int, date, str, str]]:
    return [(r.line, r.occurred_on, str(r.money), r.payee) for r in rows]


def test_a_us_bank_csv_with_negative_purchases():
    rows = read_csv(US_BANK.encode(), US_LAYOUT, "Checking")
    assert summary(rows) == [
        (2, date(2026, 1, 3), "USD 45.20", "STAPLES #1123 SAN JOSE"),
        (3, date(2026, 1, 5), "USD 54.99", "ADOBE *CREATIVE CLOUD"),
        (4, date(2026, 1, 7), "-USD 2,000.00", "PAYROLL DEPOSIT"),
        (5, date(2026, 1, 9), "USD 1,249.00", "DELL MARKETING LP"),
    ]
    assert {r.account for r in rows} == {"Checking"}


def test_a_german_bank_csv_in_windows_1252_with_decimal_commas():
    rows = read_csv(GERMAN_BANK, GERMAN_LAYOUT, "Girokonto")
    assert summary(rows) == [
        (2, date(2026, 1, 2), "EUR 89.90", "Bürobedarf Müller"),
        (3, date(2026, 1, 15), "EUR 12.40", "Café Größe"),
        (4, date(2026, 1, 28), "EUR 1,150.00", "Miete Büro"),
    ]


def test_a_card_csv_with_debit_and_credit_columns_and_the_card_per_row():
    rows = read_csv(CARD_DEBIT_CREDIT.encode(), CARD_LAYOUT, "Business card")
    assert [(str(r.money), r.account) for r in rows] == [
        ("USD 212.45", "4417"),
        ("USD 212.45", "4417"),
        ("-USD 35.00", "4417"),
        ("USD 450.00", "8812"),
    ]
    assert rows[0].import_key != rows[1].import_key  # two equal purchases are two rows


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (US_BANK.encode(), US_LAYOUT),
        (GERMAN_BANK, GERMAN_LAYOUT),
        (CARD_DEBIT_CREDIT.encode(), CARD_LAYOUT),
    ],
)
def test_the_layout_is_guessed_from_the_header_and_rows(data: bytes, expected: CsvLayout):
    guessed = guess_layout(data, expected.currency)
    assert guessed == expected


def test_ofx_version_1_card_statement():
    rows = read_ofx(OFX_V1.encode("ascii"))
    assert summary(rows) == [
        (18, date(2026, 1, 6), "USD 349.99", "BEST BUY 00012"),
        (25, date(2026, 1, 12), "USD 18.75", "UBER TRIP"),
        (33, date(2026, 1, 20), "-USD 500.00", "PAYMENT THANK YOU"),
    ]
    assert {r.account for r in rows} == {"Account …4417"}
    assert read_ofx(OFX_V1.encode("ascii"), "Visa")[0].account == "Visa"


def test_ofx_version_2_xml_bank_statement():
    (row,) = read_ofx(OFX_V2.encode("utf-8"))
    assert (row.occurred_on, row.money, row.payee) == (
        date(2026, 1, 3),
        Money.of("23.40", "EUR"),
        "Bäckerei Schön",
    )


def test_import_previews_skips_duplicates_and_lands_as_private_drafts(maya: Session, sam: Session):
    rows = read_csv(CARD_DEBIT_CREDIT.encode(), CARD_LAYOUT, "Business card")
    preview = maya.ledger.preview_import(rows)
    assert [p.duplicate for p in preview] == [False] * 4
    result = maya.ledger.import_statement(rows, purpose=Purpose.BUSINESS)
    assert (result.added, result.skipped) == (4, 0)
    drafts = maya.ledger.drafts()
    assert len(drafts) == 4 and {d.purpose for d in drafts} == {Purpose.BUSINESS}
    assert maya.ledger.disclosures() == [] and sam.ledger.drafts() == []

    maya.ledger.disclose(drafts[:2])  # disclosed rows still count as already imported
    again = read_csv(CARD_DEBIT_CREDIT.encode(), CARD_LAYOUT, "Business card")
    assert [p.duplicate for p in maya.ledger.preview_import(again)] == [True] * 4
    result = maya.ledger.import_statement(again)
    assert (result.added, result.skipped) == (0, 4)
    # Sam importing the same statement is his own import, not a duplicate of Maya's.
    assert sam.ledger.import_statement(again).added == 4


def test_ofx_imported_twice_is_matched_by_the_banks_id(maya: Session):
    assert maya.ledger.import_statement(read_ofx(OFX_V1.encode())).added == 3
    assert maya.ledger.import_statement(read_ofx(OFX_V1.encode())).skipped == 3


def test_the_layout_is_remembered_per_account(maya: Session, sam: Session):
    assert maya.ledger.remembered_layout("Girokonto") is None
    maya.ledger.remember_layout("Girokonto", GERMAN_LAYOUT)
    assert maya.ledger.remembered_layout("girokonto") == GERMAN_LAYOUT
    assert sam.ledger.remembered_layout("Girokonto") is None


@pytest.mark.parametrize(
    ("data", "layout", "message"),
    [
        (GERMAN_BANK, replace(GERMAN_LAYOUT, encoding="utf-8"),
         "Line 1: this is not UTF-8 text"),
        (b"Date,Description\n2026-01-01,Shop\n", CsvLayout(), "Line 2: it has 2 columns"),
        (b"Date,Description,Amount\n2026-01-01,Shop,12.x\n", CsvLayout(),
         "Line 2: '12.x' is not an amount"),
        (b"Date,Description,Amount\n2026-01-01,Shop,1\n2026-13-01,Shop,2\n", CsvLayout(),
         "Line 3: '2026-13-01' is not a date written as YYYY-MM-DD"),
        (b"Date,Description,Amount\n2026-01-01,Shop,\n", CsvLayout(), "Line 2: the amount is"),
        (b"Date,Description,Amount\n", CsvLayout(), "Line 1: the file ends with no statement rows"),
        (b"", CsvLayout(), "Line 1: the file is empty"),
        (b'Date,Description,Amount\n2026-01-01,"Shop,1\n', CsvLayout(), "Line 2: the file cannot"),
    ],
)  # fmt: skip
def test_bad_csv_files_are_refused_with_the_line_and_why(
    maya: Session, data: bytes, layout: CsvLayout, message: str
):
    with pytest.raises(StatementError) as caught:
        read_csv(data, layout, "Card")
    assert message in str(caught.value)
    assert maya.ledger.drafts() == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not an ofx file at all\n", "Line 1: the file does not start like an OFX"),
        (OFX_V1.replace("<TRNAMT>-18.75", "<TRNAMT>abc"), "Line 28: the amount 'abc'"),
        (OFX_V1.replace("20260112", "2026011"), "Line 27: the date '2026011'"),
        (OFX_V1.replace("<CURDEF>USD", "<CURDEF>XYZ"), "'XYZ' is not one Toward knows"),
        (
            OFX_V1.split("<STMTTRN>")[0] + "</BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></OFX>",
            "Line 17: the statement has no transactions",
        ),
        (OFX_V1.replace("<NAME>UBER TRIP", "<NAME>UBER</NAME> TRIP"), "Line 30: a tag here"),
        (OFX_V1.replace("</OFX>", ""), "Line 42: the file ends early"),
        (OFX_V1[: OFX_V1.index("<NAME>UBER")], "Line 29: the file ends early"),
    ],
)
def test_bad_ofx_files_are_refused_with_the_line_and_why(text: str, message: str):
    with pytest.raises(StatementError) as caught:
        read_ofx(text.encode("latin-1"))
    assert message in str(caught.value)


def test_a_row_dated_in_the_future_is_named_before_anything_is_imported(maya: Session):
    data = b"Date,Description,Amount\n2026-01-02,Shop,1.00\n2099-01-01,Later,2.00\n"
    rows = read_csv(data, CsvLayout(), "Card")
    with pytest.raises(StatementError) as caught:
        maya.ledger.preview_import(rows)
    assert str(caught.value) == "Line 3: A purchase date cannot be in the future."
    with pytest.raises(StatementError):
        maya.ledger.import_statement(rows)
    assert maya.ledger.drafts() == []


def test_a_row_dated_before_1900_is_named_before_anything_is_imported(maya: Session):
    data = b"Date,Description,Amount\n2026-01-02,Shop,1.00\n0001-01-01,Typo,2.00\n"
    rows = read_csv(data, CsvLayout(), "Card")
    with pytest.raises(StatementError, match=r"^Line 3: A purchase date before 1900 \(0001"):
        maya.ledger.preview_import(rows)
    with pytest.raises(StatementError, match=r"^Line 3: "):
        maya.ledger.import_statement(rows)
    assert maya.ledger.drafts() == []


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_unicode_csv_from_a_spreadsheet_reads_like_utf_8(codec: str):
    text = "Date,Description,Amount\n2026-01-02,Café Größe,1.50\n2026-01-03,Shop,2.00\n"
    data = text.encode(codec)  # "utf-16" and "utf-32" write a byte order mark
    expected = summary(read_csv(text.encode(), CsvLayout(), "Card"))
    assert summary(read_csv(data, CsvLayout(), "Card")) == expected
    assert summary(read_csv(data, CsvLayout(encoding="cp1252"), "Card")) == expected
    assert guess_layout(data) == CsvLayout()


def test_a_broken_utf_16_file_names_its_line():
    data = "Date,Description,Amount\n2026-01-02,Shop,1.00\n".encode("utf-16") + b"\x00"
    with pytest.raises(StatementError, match="this is not UTF-16 text; a character is cut short"):
        read_csv(data, CsvLayout(), "Card")
