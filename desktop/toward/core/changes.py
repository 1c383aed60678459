"""Change notices: which features a partner's action changed, so views refresh themselves.

A notice names features, never tables: a page knows what it shows, not where it is
stored. One action a person takes (a save, disclosing a batch, submitting an answer that
publishes two more) is one notice, however many writes it took.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from enum import StrEnum
from functools import wraps
from typing import Concatenate, ParamSpec, Protocol, TypeVar


class Change(StrEnum):
    """A feature whose records changed."""

    JOURNAL = "journal"  # entries, their pictures and replies
    READ = "read"  # a partner opened a shared record: unread counts, no record content
    BIDS = "bids"
    LEDGER = "ledger"  # drafts, disclosures, responses and the money agreement
    PROMISES = "promises"  # promises, standing agreements and their moments
    REPAIRS = "repairs"  # conversations, sealed answers, marks and plan items
    TALKS = "talks"  # planned conversations, their private preparation and their notes
    CONSENT = "consent"  # what each partner lets the other quote in a therapy summary
    EXPORTS = "exports"  # the export log
    PRACTICES = "practices"  # practices from therapy and the times they were practised
    QUESTIONS = "questions"  # questions for the therapist
    CHECKINS = "checkins"  # weekly check-ins on one's own experience


Listener = Callable[[frozenset[Change]], None]


class Notices:
    """Who hears about changes, and the changes held back until an action is complete."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._depth = 0
        self._held: set[Change] = set()

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(changes)` once after every action that changed something."""
        self._listeners.append(listener)

    def announce(self, change: Change) -> None:
        """Tell listeners that `change`'s records changed (at the end of an action)."""
        if self._depth:
            self._held.add(change)
        else:
            self._send(frozenset({change}))

    @contextmanager
    def one_notice(self) -> Iterator[None]:
        """Everything announced inside reaches listeners as one notice, at the end.

        Sent even when the action fails halfway: what was written is announced.
        """
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth and self._held:
                held, self._held = frozenset(self._held), set()
                self._send(held)

    def clear(self) -> None:
        self._listeners.clear()

    def _send(self, changes: frozenset[Change]) -> None:
        for listener in list(self._listeners):
            listener(changes)


class _Spaces(Protocol):
    def one_notice(self) -> AbstractContextManager[None]: ...


class _Feature(Protocol):
    @property
    def _spaces(self) -> _Spaces: ...


F = TypeVar("F", bound=_Feature)
P = ParamSpec("P")
T = TypeVar("T")


def one_action(method: Callable[Concatenate[F, P], T]) -> Callable[Concatenate[F, P], T]:
    """Mark a feature's method whose several writes are one action: one notice, at its end."""

    @wraps(method)
    def run(self: F, /, *args: P.args, **kwargs: P.kwargs) -> T:
        with self._spaces.one_notice():
            return method(self, *args, **kwargs)

    return run
