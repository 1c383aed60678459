"""Agreeing a time to talk, for a repair conversation or a planned one: whoever proposed
waits (and may withdraw); the other partner accepts the time or suggests another."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QPushButton

from toward.core import clock
from toward.ui.kit.widgets import Card, button, text_label
from toward.ui.repair.time_picker import picked_time, time_picker


class TimeToTalkCard(Card):
    """'Finding a time to talk', as the proposer or as the partner asked.

    Only the widgets shown exist: the proposer's card has `withdraw_button` (when
    `withdraw` is given), the other partner's `accept_button`, `other_time` and
    `counter_button`; the rest are None.
    """

    def __init__(
        self,
        *,
        proposed_time: datetime,
        proposer: str | None,
        other: str,
        accept: Callable[[], None],
        suggest: Callable[[datetime], None],
        withdraw: Callable[[], None] | None = None,
    ) -> None:
        """`proposer` is the name of who proposed, or None when it was the reader."""
        super().__init__()
        self.withdraw_button: QPushButton | None = None
        self.accept_button: QPushButton | None = None
        self.counter_button: QPushButton | None = None
        self.other_time: QDateTimeEdit | None = None
        self.body.addWidget(text_label("Finding a time to talk", "Heading"))
        when = f"{proposed_time.astimezone():%A %d %B at %H:%M}"
        if proposer is None:
            self.body.addWidget(text_label(f"You proposed {when}."))
            self.body.addWidget(
                text_label(f"Waiting for {other} to accept or suggest another time.", "Muted")
            )
            if withdraw is not None:
                self.withdraw_button = button("Withdraw this proposal", flat=True)
                self.withdraw_button.clicked.connect(withdraw)
                self.body.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignRight)
            return
        self.body.addWidget(text_label(f"{proposer} proposed {when}."))
        row = QHBoxLayout()
        self.accept_button = button("Accept this time", primary=True)
        self.accept_button.clicked.connect(accept)
        row.addWidget(self.accept_button)
        row.addStretch(1)
        other_time = time_picker(max(proposed_time, clock.now()) + timedelta(hours=1))
        other_time.setAccessibleName("Another time")
        row.addWidget(other_time)
        self.other_time = other_time
        self.counter_button = button("Suggest this time instead")
        self.counter_button.clicked.connect(lambda: suggest(picked_time(other_time)))
        row.addWidget(self.counter_button)
        self.body.addLayout(row)
