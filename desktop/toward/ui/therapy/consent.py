"""Letting the partner bring your shared words to therapy: a default and per-item choices."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from toward.core.i18n import translate
from toward.session import Session
from toward.ui.kit.check_box import WrappingCheckBox
from toward.ui.kit.widgets import Card, text_label


def other_name(session: Session) -> str:
    others = [p.name for p in session.household.partners if p.id != session.partner.id]
    return others[0] if others else translate("ui.therapy.consent", "your partner")


class ConsentBox(WrappingCheckBox):  # wraps beside the answer it is about
    """One of the partner's own shared texts: may the other partner quote it in full?"""

    def __init__(
        self, session: Session, table: str, record_id: str, parent: QWidget | None = None
    ) -> None:
        other = other_name(session)
        super().__init__(
            translate(
                "ui.therapy.consent", "{partner} may quote this in a summary for therapy"
            ).format(partner=other),
            parent,
        )
        self._consent = session.therapy_consent
        self._table, self._record_id = table, record_id
        choice = self._consent.choice(record_id)
        self.setChecked(self._consent.default_for(session.partner.id) if choice is None else choice)
        self.setToolTip(
            translate(
                "ui.therapy.consent",
                "Without this, {partner}'s summary only counts it. Your default is in Settings.",
            ).format(partner=other)
        )
        self.toggled.connect(lambda on: self._consent.set(self._table, self._record_id, on))


class TherapyConsentCard(Card):
    """The default for shared texts the partner has not decided on one by one."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        other = other_name(session)
        consent = self._consent = session.therapy_consent  # kept: Qt holds slots weakly
        self.body.addWidget(
            text_label(translate("ui.therapy.consent", "Summaries for therapy"), "Heading")
        )
        self.default_box = WrappingCheckBox(
            translate(
                "ui.therapy.consent",
                "Let {partner} quote my shared entries, replies and repair answers in full",
            ).format(partner=other)
        )
        self.default_box.setChecked(consent.default_for(session.partner.id))
        self.default_box.toggled.connect(self._consent.set_default)
        self.body.addWidget(self.default_box)
        self.body.addWidget(
            text_label(
                translate(
                    "ui.therapy.consent",
                    "When this is off, {partner}'s summary shows only how many you wrote. You "
                    "can still decide for each shared entry and reply where you read it.",
                ).format(partner=other),
                "Muted",
            )
        )
