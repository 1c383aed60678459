"""Settings card: the language this partner reads Toward in (issue 21).

Kept in the partner's private space like every setting, so in together mode each partner's
view is in their own language. The lock screen and setup, before anyone is known, follow
the system's language.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout

from toward.core.i18n import translate
from toward.session import Session
from toward.translations import available_languages, language_name, system_language
from toward.ui.kit.widgets import Card, fit_combo, text_label
from toward.ui.main_view import MainView


class LanguageCard(Card):
    """A choice of language; choosing one rebuilds the window's pages in it at once."""

    def __init__(self, session: Session, view: MainView) -> None:
        super().__init__()
        self.session = session
        self.view = view
        heading = text_label(translate("ui.settings.language", "Language"), "Heading")
        self.body.addWidget(heading)
        row = QHBoxLayout()
        self.choice = QComboBox()
        heading.setBuddy(self.choice)  # the heading is the choice's label
        self.choice.setAccessibleName(translate("ui.settings.language", "Language"))
        self.choice.addItem(
            translate("ui.settings.language", "Follow the system ({language})").format(
                language=language_name(system_language())
            ),
            None,
        )
        for code in available_languages():
            self.choice.addItem(language_name(code), code)  # each named in itself
        chosen = session.settings.language
        found = self.choice.findData(chosen) if chosen else 0
        self.choice.setCurrentIndex(max(found, 0))
        fit_combo(self.choice)
        self.choice.currentIndexChanged.connect(self._chosen)
        row.addWidget(self.choice)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(
            text_label(
                translate(
                    "ui.settings.language",
                    "Dates and amounts follow the language too. Your partner chooses their own.",
                ),
                "Muted",
            )
        )

    def _chosen(self) -> None:
        self.session.settings.language = self.choice.currentData()
        # After this signal returns: the rebuild destroys this card with the page.
        QTimer.singleShot(0, self.view, self.view.language_changed)
