"""A long list shown a page at a time: "Show 10 more" reads the next slice, with its count.

At ten years a list can hold thousands of records; a widget for each made a page take a
third of a second to open. The reader sees how many there are ("Showing 10 of 3,214 open
promises") and opens more as they need them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from toward.core.formatting import format_number
from toward.core.i18n import translate
from toward.ui.kit.widgets import button, text_label

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)

Fetch = Callable[[int, int], list[T]]  # (limit, offset) → the next slice, in list order


class PagedRows(QWidget, Generic[T, W]):
    """Rows made by `make_row` from slices of `fetch`; `total` is how many there are.

    `nouns` names one and several ("open promise", "open promises") for the count, in the
    reader's words: each sentence around them is translated whole, with the noun a field.
    """

    def __init__(
        self,
        nouns: tuple[str, str],
        empty: str,
        fetch: Fetch[T],
        total: int,
        make_row: Callable[[T], W],
        *,
        first: int,
        page: int,
        spacing: int = 4,
    ) -> None:
        super().__init__()
        self.nouns = nouns
        self.fetch = fetch
        self.total = total
        self.make_row = make_row
        self.page = page
        self.rows: list[W] = []
        body = QVBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(spacing)
        self.count = text_label(empty if total == 0 else "", "Muted")
        body.addWidget(self.count)
        self.list = QVBoxLayout()
        self.list.setSpacing(spacing)
        body.addLayout(self.list)
        self.more = button("", flat=True)
        self.more.clicked.connect(self.show_more)
        body.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self._add(fetch(first, 0) if total else [])

    def show_more(self) -> None:
        had_focus = self.more.hasFocus()
        self._add(self.fetch(self.page, len(self.rows)))
        after = self.more.nextInFocusChain()
        if had_focus and self.more.isHidden() and after is not None:
            after.setFocus()  # keep the keyboard where the list ends

    def _add(self, items: list[T]) -> None:
        for item in items:
            row = self.make_row(item)
            self.rows.append(row)
            self.list.addWidget(row)
        shown = len(self.rows)
        total = max(self.total, shown)
        if total:
            noun = self.nouns[total != 1]
            if shown < total:
                counted = translate("ui.kit.paged_rows", "Showing {shown} of {total} {records}")
            else:
                counted = translate("ui.kit.paged_rows", "{total} {records}")
            self.count.setText(
                counted.format(shown=format_number(shown), total=format_number(total), records=noun)
            )
        more = min(self.page, total - shown)
        self.more.setText(translate("ui.kit.paged_rows", "Show %n more", None, more))
        self.more.setAccessibleName(
            translate("ui.kit.paged_rows", "Show {more} more {records}").format(
                more=format_number(more), records=self.nouns[1]
            )
        )
        self.more.setVisible(more > 0)
