"""Agreeing a time to talk, for a repair conversation or a planned one: whoever proposed
waits (and may withdraw); the other partner accepts the time or suggests another."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QPushButton

from toward.core import clock
from toward.core.formatting import format_date, format_time
from toward.core.i18n import translate
from toward.ui.kit.flow import FlowLayout
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
        self.body.addWidget(
            text_label(translate("ui.repair.time_card", "Finding a time to talk"), "Heading")
        )
        day = format_date(proposed_time, "weekday_day_month")
        at = format_time(proposed_time)
        if proposer is None:
            self.body.addWidget(
                text_label(
                    translate("ui.repair.time_card", "You proposed {day} at {time}.").format(
                        day=day, time=at
                    )
                )
            )
            waiting = translate(
                "ui.repair.time_card", "Waiting for {partner} to accept or suggest another time."
            )
            self.body.addWidget(text_label(waiting.format(partner=other), "Muted"))
            if withdraw is not None:
                self.withdraw_button = button(
                    translate("ui.repair.time_card", "Withdraw this proposal"), flat=True
                )
                self.withdraw_button.clicked.connect(withdraw)
                self.body.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignRight)
            return
        proposed = translate("ui.repair.time_card", "{partner} proposed {day} at {time}.")
        self.body.addWidget(text_label(proposed.format(partner=proposer, day=day, time=at)))
        row = FlowLayout()  # wrapped in a narrow window or a longer language
        self.accept_button = button(
            translate("ui.repair.time_card", "Accept this time"), primary=True
        )
        self.accept_button.clicked.connect(accept)
        row.addWidget(self.accept_button)
        other_time = time_picker(max(proposed_time, clock.now()) + timedelta(hours=1))
        other_time.setAccessibleName(translate("ui.repair.time_card", "Another time"))
        row.addWidget(other_time)
        self.other_time = other_time
        self.counter_button = button(translate("ui.repair.time_card", "Suggest this time instead"))
        self.counter_button.clicked.connect(lambda: suggest(picked_time(other_time)))
        row.addWidget(self.counter_button)
        self.body.addLayout(row)
