"""Bids for connection: who reached out, how it was answered, and the pattern over weeks.

model: the bid, its kinds and answers, and the checks on what is logged; logbook: logging,
sharing and answering (`Bids`, the feature's door); weeks and patterns: weekly rates, the
bank account, time of day and kind; waiting: the bids Today offers to turn toward late.
A constant is read where it is defined: a test changes it there (waiting.WAITING_DAYS).
"""

from toward.core.bids.logbook import Bids
from toward.core.bids.model import (
    CONTENT_COLUMNS,
    MAX_TEXT,
    TABLE,
    UNKNOWN_PARTNER,
    Answer,
    Bid,
    BidKind,
    InvalidBid,
)
from toward.core.bids.patterns import (
    RESEARCH_CONTEXT,
    TIMES_OF_DAY,
    AnswerCounts,
    BankPoint,
    BidPatterns,
    WeekOfBids,
)
from toward.core.bids.weeks import local_spans, week_start

__all__ = [
    "CONTENT_COLUMNS",
    "MAX_TEXT",
    "RESEARCH_CONTEXT",
    "TABLE",
    "TIMES_OF_DAY",
    "UNKNOWN_PARTNER",
    "Answer",
    "AnswerCounts",
    "BankPoint",
    "Bid",
    "BidKind",
    "BidPatterns",
    "Bids",
    "InvalidBid",
    "WeekOfBids",
    "local_spans",
    "week_start",
]
