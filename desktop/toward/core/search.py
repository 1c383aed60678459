"""Turning what a person types into a safe FTS5 query."""

from __future__ import annotations

import re
from itertools import islice

MAX_TERMS = 32
_WORD = re.compile(r"\w+", re.UNICODE)
# Private-use characters mark the matched words in snippets; the UI turns them into bold.
HIT_START, HIT_END = "\ue000", "\ue001"


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for plain words, or None when there is nothing to find.

    Every word is quoted, so FTS syntax typed by a person (quotes, `*`, NEAR, AND, OR,
    parentheses, column filters) is searched for as words, never parsed. The last word
    also matches as a prefix while the person is still typing it (nothing after it).
    """
    matches = list(islice(_WORD.finditer(text), MAX_TERMS))
    if not matches:
        return None
    quoted = ['"' + m.group().replace('"', '""') + '"' for m in matches]
    if matches[-1].end() == len(text):  # still typing it: not followed by a space or a mark
        quoted[-1] += "*"
    return " ".join(quoted)


def strip_hit_marks(text: str) -> str:
    return text.replace(HIT_START, "").replace(HIT_END, "")
