"""Statement readers: what is written is read back (Hypothesis), and a fuzz pass over random
and mutated files: never a crash or a hang, always a clear error naming the line and why."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.integration.ledger.statements import (
    CARD_DEBIT_CREDIT,
    GERMAN_BANK,
    OFX_V1,
    OFX_V2,
    US_BANK,
)
from toward.core.i18n import in_words
from toward.core.ledger import CsvLayout, Money, StatementError, read_csv, read_ofx
from toward.core.ledger.csv_statement import DATE_FORMATS, DELIMITERS, guess_layout
from toward.translations import use_language

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))
payees = (
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40)
    .map(lambda t: " ".join(t.split()))
    .filter(bool)
)
ascii_payees = st.text(
    st.characters(min_codepoint=33, max_codepoint=126, blacklist_characters="<&"),
    min_size=1,
    max_size=30,
)
cents = st.integers(min_value=-(10**9), max_value=10**9)


@FAST
@given(
    st.lists(st.tuples(days, payees, cents), min_size=1, max_size=15),
    st.sampled_from(sorted(DELIMITERS)),
    st.sampled_from(sorted(DATE_FORMATS)),
    st.sampled_from([".", ","]),
)
def test_a_csv_reads_back_what_was_written(rows, delimiter, date_format, separator):
    if separator == delimiter:
        separator = "."
    layout = CsvLayout(date_format=date_format, decimal_separator=separator, delimiter=delimiter)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["Date", "Payee", "Amount"])
    for day, payee, minor in rows:
        amount = f"{Money.from_minor(minor, 'USD').amount:.2f}".replace(".", separator)
        writer.writerow([day.strftime(DATE_FORMATS[date_format]), payee, amount])
    read = read_csv(out.getvalue().encode(), layout, "Card")
    two_digit_year = "YY" in date_format and "YYYY" not in date_format
    assert [(r.payee, r.money.minor) for r in read] == [(p, m) for _d, p, m in rows]
    if not two_digit_year:
        assert [r.occurred_on for r in read] == [d for d, _p, _m in rows]
    assert len({r.import_key for r in read}) == len(rows)


def _ofx(transactions) -> str:
    body = "".join(
        f"<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>{day:%Y%m%d}\n"
        f"<TRNAMT>{Money.from_minor(-minor, 'USD').amount}\n<FITID>{index}\n"
        f"<NAME>{payee}\n</STMTTRN>\n"
        for index, (day, payee, minor) in enumerate(transactions)
    )
    head, _, tail = OFX_V1.partition("<STMTTRN>")
    tail = tail[tail.rindex("</STMTTRN>") + len("</STMTTRN>\n") :]
    return head + body + tail


@FAST
@given(st.lists(st.tuples(days, ascii_payees, cents), min_size=1, max_size=10))
def test_an_ofx_statement_reads_back_what_was_written(transactions):
    read = read_ofx(_ofx(transactions).encode("ascii"))
    assert [(r.occurred_on, r.payee, r.money.minor) for r in read] == transactions


# -- fuzzing ---------------------------------------------------------------------------

SAMPLES = [US_BANK.encode(), GERMAN_BANK, CARD_DEBIT_CREDIT.encode()]
OFX_SAMPLES = [OFX_V1.encode(), OFX_V2.encode()]


@st.composite
def mutated(draw: st.DrawFn, samples: list[bytes]) -> bytes:
    """A real file with a few bytes flipped, cut, dropped or repeated."""
    data = bytearray(draw(st.sampled_from(samples)))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "drop", "insert", "repeat"]))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at:]
        elif action == "drop":
            del data[at : at + draw(st.integers(1, 20))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        else:
            data[at:at] = bytes(data[at : at + 40]) * draw(st.integers(1, 50))
    return bytes(data)


def _refused_clearly(exc: StatementError) -> None:
    assert exc.line is not None and exc.line >= 1
    said = f"Line {exc.line}: "
    assert str(exc).startswith(said) and len(str(exc)) > len(said) + 10


@settings(max_examples=150, deadline=2000)
@given(st.one_of(st.binary(max_size=400), mutated(SAMPLES)))
def test_fuzzed_csv_is_read_or_refused_clearly(data: bytes):
    layout = guess_layout(data)
    try:
        rows = read_csv(data, layout, "Card")
    except StatementError as exc:
        _refused_clearly(exc)
    else:
        assert rows and all(r.line >= 1 for r in rows)


@settings(max_examples=150, deadline=2000)
@given(st.one_of(st.binary(max_size=400), mutated(OFX_SAMPLES)))
def test_fuzzed_ofx_is_read_or_refused_clearly(data: bytes):
    try:
        rows = read_ofx(data)
    except StatementError as exc:
        _refused_clearly(exc)
    else:
        assert rows and all(r.line >= 1 for r in rows)


def test_an_unclosed_cdata_is_refused_before_the_parser_searches_it_again_and_again():
    head = OFX_V1.split("<OFX>")[0]
    data = (head + "<OFX>" + "<A><![CDATA[x" * 20_000 + "</OFX>").encode()
    try:
        read_ofx(data)
    except StatementError as exc:
        assert str(exc) == "Line 11: a <![CDATA[ section is not closed on its line."
    else:
        raise AssertionError("refused")


def test_a_row_of_thousands_of_columns_is_refused_like_any_other_bad_layout():
    data = b",".join([b"1"] * 100_000) + b"\n"
    try:
        read_csv(data, guess_layout(data), "Card")
    except StatementError as exc:
        _refused_clearly(exc)
    else:
        raise AssertionError("refused")


def test_a_refused_statement_is_told_whole_in_the_readers_language():
    data = US_BANK.replace("-54.99", "lots").replace("01/07/2026", "13/45/2026").encode()
    layout = guess_layout(US_BANK.encode())
    with pytest.raises(StatementError) as refused:
        read_csv(data, layout, "Card")
    english = str(refused.value)
    assert english.startswith("Line 3: 'lots' is not an amount (")
    use_language("es")
    try:
        said = in_words(refused.value)
        nested = in_words(refused.value.fields["problem"])  # type: ignore[arg-type]
    finally:
        use_language("en")
    assert said == f"Línea 3: 'lots' no es un importe ({nested})."
    assert nested != str(refused.value.fields["problem"])  # the amount's reason, in Spanish too
