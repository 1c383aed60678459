"""Counts of exported or imported records as a person reads them: "3 journal entries".

Each kind's count is its own plural message (a translator writes a number and its noun
together, in as many forms as the language has), keyed by the kind's English label
(`RecordKind.label`, and "pictures" for a journal import's pictures).
"""

from __future__ import annotations

from collections.abc import Callable

from toward.core.i18n import translate


def counted(label: str, count: int) -> str:
    """'3 journal entries': a count of one kind's records (by its `label`) in the reader's words."""
    words = _COUNTED.get(label)
    if words is None:  # a label this table does not know: the count and the label as given
        return f"{count} {label}"
    return words(count)


# One message per kind, since a translator writes a count and its noun together.
_COUNTED: dict[str, Callable[[int], str]] = {
    "journal entries": lambda n: translate("opendata.counts", "%n journal entries", None, n),
    "pictures": lambda n: translate("opendata.counts", "%n pictures", None, n),
    "replies": lambda n: translate("opendata.counts", "%n replies", None, n),
    "bids": lambda n: translate("opendata.counts", "%n bids", None, n),
    "ledger lines": lambda n: translate("opendata.counts", "%n ledger lines", None, n),
    "ledger responses": lambda n: translate("opendata.counts", "%n ledger responses", None, n),
    "ledger agreements": lambda n: translate("opendata.counts", "%n ledger agreements", None, n),
    "promises": lambda n: translate("opendata.counts", "%n promises", None, n),
    "agreements": lambda n: translate("opendata.counts", "%n agreements", None, n),
    "agreement moments": lambda n: translate("opendata.counts", "%n agreement moments", None, n),
    "repair conversations": lambda n: translate(
        "opendata.kinds", "%n repair conversations", None, n
    ),
    "repair answers": lambda n: translate("opendata.counts", "%n repair answers", None, n),
    "repair plan items": lambda n: translate("opendata.counts", "%n repair plan items", None, n),
    "practices from therapy": lambda n: translate(
        "opendata.kinds", "%n practices from therapy", None, n
    ),
    "times practised": lambda n: translate("opendata.counts", "%n times practised", None, n),
    "questions for the therapist": lambda n: translate(
        "opendata.kinds", "%n questions for the therapist", None, n
    ),
    "weekly check-ins": lambda n: translate("opendata.counts", "%n weekly check-ins", None, n),
    "planned conversations": lambda n: translate(
        "opendata.kinds", "%n planned conversations", None, n
    ),
    "thoughts prepared for planned conversations": lambda n: translate(
        "opendata.kinds", "%n thoughts prepared for planned conversations", None, n
    ),
    "rounds of how well you know each other": lambda n: translate(
        "opendata.kinds", "%n rounds of how well you know each other", None, n
    ),
    "answers and guesses": lambda n: translate(
        "opendata.counts", "%n answers and guesses", None, n
    ),
    "who has answered which round": lambda n: translate(
        "opendata.kinds", "%n marks of who has answered which round", None, n
    ),
    "export history lines": lambda n: translate(
        "opendata.kinds", "%n export history lines", None, n
    ),
    "reasons kept private": lambda n: translate(
        "opendata.kinds", "%n reasons kept private", None, n
    ),
    "repair step marks": lambda n: translate("opendata.counts", "%n repair step marks", None, n),
    "read marks": lambda n: translate("opendata.counts", "%n read marks", None, n),
    "therapy consents": lambda n: translate("opendata.counts", "%n therapy consents", None, n),
}
