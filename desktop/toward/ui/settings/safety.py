"""Settings card: when else Toward locks, the quick exit, and what this computer allows."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.session import Session
from toward.ui.kit.check_box import WrappingCheckBox
from toward.ui.kit.widgets import Card, text_label
from toward.ui.platform.capture import capture_note
from toward.ui.platform.clipboard import CLEAR_AFTER_MS
from toward.ui.platform.system_events import platform_limits

# (setting on core.settings.Settings, check box label)
LOCK_MOMENTS = (
    (
        "lock_on_screen_lock",
        QT_TRANSLATE_NOOP("ui.settings.safety", "Lock Toward when the screen locks"),
    ),
    (
        "lock_on_suspend",
        QT_TRANSLATE_NOOP("ui.settings.safety", "Lock Toward when the computer goes to sleep"),
    ),
    (
        "lock_on_minimise",
        QT_TRANSLATE_NOOP("ui.settings.safety", "Lock Toward when its window is minimised"),
    ),
)


class SafetySettings(Card):
    """One partner's choices, saved as they are ticked; the other partner has their own."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.settings = session.settings
        self.body.addWidget(
            text_label(translate("ui.settings.safety", "On a shared computer"), "Heading")
        )
        self.boxes: dict[str, QCheckBox] = {}
        for setting, label in LOCK_MOMENTS:
            box = WrappingCheckBox(translate("ui.settings.safety", label))
            box.setChecked(getattr(self.settings, setting))
            box.toggled.connect(lambda on, name=setting: setattr(self.settings, name, on))
            self.boxes[setting] = box
            self.body.addWidget(box)
        self.body.addWidget(text_label(platform_limits(), "Muted"))
        self.body.addWidget(
            text_label(
                translate(
                    "ui.settings.safety",
                    "Quick exit: the Quick exit button, or Shift pressed three times, locks "
                    "Toward at once (for both of you in together mode) and hides its window.",
                ),
                "Muted",
            )
        )
        seconds = CLEAR_AFTER_MS // 1000
        self.body.addWidget(
            text_label(
                translate(
                    "ui.settings.safety",
                    "Text you copy from Toward is marked to stay out of clipboard history where "
                    "the system respects that, and is cleared after %n seconds or when Toward "
                    "locks.",
                    None,
                    seconds,
                ),
                "Muted",
            )
        )
        self.capture = text_label(capture_note(), "Muted")
        self.capture.setAccessibleName(translate("ui.settings.safety", "Screenshots"))
        self.body.addWidget(self.capture)
