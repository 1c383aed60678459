"""A calm notice, after unlock, of the person's own changes that were kept aside.

Unlock finishes every change a crash interrupted (the operation log). One whose rule no
longer held by then, say a disclosure corrected meanwhile, is not applied but kept aside
whole; its author is told here, in plain words, what it was, why it could not be applied,
and that nothing was half applied. The notice stays above every page until dismissed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QHBoxLayout, QWidget

from toward.core.i18n import translate
from toward.core.operations import KeptAside, nothing_half_applied
from toward.session import Session
from toward.ui.kit.widgets import button, text_label


class KeptAsideNotice(QWidget):
    """The changes unlock kept aside for the partner whose view is shown, until dismissed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dismissed: set[str] = set()
        self._partner_id = ""
        line = QHBoxLayout(self)
        line.setContentsMargins(32, 16, 32, 0)
        self.text = text_label("", "Notice")
        self.text.setAccessibleName(translate("ui.kit.kept_aside", "Changes kept aside"))
        line.addWidget(self.text, 1)
        self.dismiss_button = button(translate("ui.kit.kept_aside", "Dismiss"), flat=True)
        self.dismiss_button.setAccessibleName(
            translate("ui.kit.kept_aside", "Dismiss the changes kept aside")
        )
        self.dismiss_button.clicked.connect(self.dismiss)
        line.addWidget(self.dismiss_button)
        self.hide()

    def show_for(self, session: Session) -> None:
        """Show `session`'s partner what their unlock kept aside, unless they dismissed it."""
        self._partner_id = session.partner.id
        items = session.report.kept_aside
        if not items or self._partner_id in self._dismissed:
            self.hide()
            return
        self.text.setText(kept_aside_text(items))
        self.show()

    def dismiss(self) -> None:
        self._dismissed.add(self._partner_id)
        self.hide()


def kept_aside_text(items: Sequence[KeptAside]) -> str:
    """The notice's words: each change, when it was asked and why it waits, then reassurance."""
    if len(items) == 1:
        opening = translate(
            "ui.kit.kept_aside", "Toward could not apply a change you had asked for:"
        )
    else:
        opening = translate("ui.kit.kept_aside", "Toward could not apply these changes of yours:")
    locale = QLocale()
    lines = [opening]
    for item in items:
        moment = QDateTime.fromMSecsSinceEpoch(int(item.asked_at.timestamp() * 1000))
        when = locale.toString(moment, QLocale.FormatType.ShortFormat)
        lines.append(
            translate("ui.kit.kept_aside", "• {what} (asked {when}). {why}").format(
                what=item.what, when=when, why=item.why
            )
        )
    lines.append(nothing_half_applied())
    lines.append(
        translate("ui.kit.kept_aside", "If you still want it, you can make the change again.")
    )
    return "\n".join(lines)
