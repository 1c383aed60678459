"""Settings card: Toward on two computers, through a folder a sync service carries (SYNC.md)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QVBoxLayout, QWidget

from toward import sync
from toward.core.i18n import translate
from toward.session import Session
from toward.sync import SyncStatus
from toward.ui.kit import dialogs
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import Card, breakable_path, button, clear_layout, text_label
from toward.ui.platform.background import run_in_background
from toward.ui.sync.exchanges import hold_while_linking
from toward.ui.sync.words import computer_name, private_folder_away, since
from toward.vault.errors import KnownError


class TwoComputersCard(Card):
    """Link to a folder, the linked computers, inviting the partner, and the honest limits."""

    linked = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.progress: QProgressDialog | None = None
        self.body.addWidget(
            text_label(translate("ui.settings.two_computers", "Two computers"), "Heading")
        )
        self.body.addWidget(
            text_label(
                translate(
                    "ui.settings.two_computers",
                    "Toward can keep this household the same on two computers through a "
                    "folder that a sync service you already use carries between them "
                    "(Syncthing, a cloud drive, a shared disk). The folder holds only "
                    "encrypted files: the service cannot read what you write.",
                ),
                "Muted",
            )
        )
        self.state_box = QWidget()
        self.state_layout = QVBoxLayout(self.state_box)
        self.state_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.state_box)
        self.message = text_label("", "Notice")
        self.message.setAccessibleName(
            translate("ui.settings.two_computers", "Two computers: what happened")
        )
        self.message.hide()
        self.body.addWidget(self.message)
        self.body.addWidget(
            text_label(translate("ui.settings.two_computers", "Honest limits"), "Heading")
        )
        self.body.addWidget(text_label(limits_text(), "Muted"))
        self.refresh()

    # -- what is shown -------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the folder and the computers as they stand now."""
        clear_layout(self.state_layout)
        state = sync.status(self.session)
        if state.linked:
            self._linked(state)
        else:
            self._not_linked()

    def _not_linked(self) -> None:
        self.state_layout.addWidget(
            text_label(
                translate("ui.settings.two_computers", "This household is on this computer only.")
            )
        )
        self.link_button = button(translate("ui.settings.two_computers", "Link to a sync folder…"))
        self.link_button.clicked.connect(self.choose_folder)
        self.state_layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _linked(self, state: SyncStatus) -> None:
        folder = text_label(
            translate("ui.settings.two_computers", "Linked to {folder}").format(
                folder=breakable_path(state.folder)
            )
        )
        folder.setAccessibleName(translate("ui.settings.two_computers", "Sync folder"))
        self.state_layout.addWidget(folder)
        self.computers = text_label(computers_text(state), "Muted")
        self.computers.setAccessibleName(translate("ui.settings.two_computers", "Linked computers"))
        self.state_layout.addWidget(self.computers)
        for problem in state.problems:
            self.state_layout.addWidget(text_label(problem, "Notice"))
        if len(self.session.household.partners) < 2:
            self.invite_button = button(
                translate(
                    "ui.settings.two_computers",
                    "Invite your partner to join from their own computer…",
                )
            )
            self.invite_button.clicked.connect(self.invite)
            self.state_layout.addWidget(self.invite_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.code_box = QWidget()
        self.code_layout = QVBoxLayout(self.code_box)
        self.code_layout.setContentsMargins(0, 0, 0, 0)
        self.state_layout.addWidget(self.code_box)
        self.own_button = button(
            translate("ui.settings.two_computers", "Use a second computer of my own")
        )
        self.own_button.clicked.connect(self.show_own_steps)
        self.state_layout.addWidget(self.own_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.own_steps = text_label(
            translate(
                "ui.settings.two_computers",
                "On your other computer, once this folder has arrived there: install Toward, "
                "choose “Join from a sync folder”, pick the folder, your name, and type your "
                "password. Your entries there are the same as here.",
            ),
            "Muted",
        )
        self.own_steps.hide()
        self.state_layout.addWidget(self.own_steps)
        self._private(state)

    def _private(self, state: SyncStatus) -> None:
        """Where this partner's private changes travel, said plainly, and the choice."""
        self.state_layout.addWidget(
            text_label(translate("ui.settings.two_computers", "Your private space"), "Heading")
        )
        if state.private_folder is not None and state.private_folder_away:
            words = private_folder_away(state.private_folder)
        elif state.private_folder is not None:
            words = translate(
                "ui.settings.two_computers",
                "Your private changes travel through {folder}, a folder only your own "
                "computers share. On your other computer, choose the same folder here.",
            ).format(folder=breakable_path(state.private_folder))
        else:
            words = translate(
                "ui.settings.two_computers",
                "Your private changes travel through the sync folder too, encrypted with a "
                "key only you hold. If your partner's computer shares that folder, it holds "
                "them and cannot read them. With a second computer of your own, you can keep "
                "them in a folder only your own computers share instead.",
            )
        self.private_words = text_label(words, "Muted")
        self.private_words.setAccessibleName(
            translate("ui.settings.two_computers", "Where your private changes travel")
        )
        self.state_layout.addWidget(self.private_words)
        for computer in state.private_folder_unread_by:
            self.state_layout.addWidget(text_label(private_folder_unread_by(computer), "Notice"))
        if state.private_folder is None:
            self.private_button = button(
                translate(
                    "ui.settings.two_computers", "Keep my private changes in a folder of my own…"
                )
            )
            self.private_button.clicked.connect(self.choose_private_folder)
            self.state_layout.addWidget(self.private_button, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self.stop_private_button = button(
                translate("ui.settings.two_computers", "Stop using this folder…")
            )
            self.stop_private_button.setAccessibleName(
                translate("ui.settings.two_computers", "Stop using your private folder…")
            )
            self.stop_private_button.clicked.connect(self.stop_private_folder)
            self.state_layout.addWidget(self.stop_private_button, 0, Qt.AlignmentFlag.AlignLeft)

    # -- actions -------------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, dialogs.TITLE)
        if chosen:
            self.link_to(Path(chosen))

    def choose_private_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, dialogs.TITLE)
        if chosen:
            self.keep_private_in(Path(chosen))

    def keep_private_in(self, folder: Path) -> None:
        """From now on this partner's private changes travel through `folder` only.

        On this thread, like every exchange: it writes through the session's connections.
        """
        self._move_private(
            lambda: sync.link_private(self.session, folder),
            translate(
                "ui.settings.two_computers",
                "Your private changes now travel through that folder only; this computer's "
                "earlier ones have left the sync folder.",
            ),
        )

    def stop_private_folder(self) -> None:
        """After a calm word on what happens, private changes go through the sync folder."""
        heading = translate("ui.settings.two_computers", "Stop using your private folder?")
        text = translate(
            "ui.settings.two_computers",
            "This computer moves its own private changes from that folder back to the sync "
            "folder, and sends your private changes there from now on, encrypted with a key "
            "only you hold: if your partner's computer shares the sync folder, it holds them "
            "and cannot read them.\n\nYour other computers that use the private folder still "
            "receive everything from this one. What they write there reaches this computer "
            "once you stop using the folder on them too. Nothing is deleted.",
        )
        yes = translate("ui.settings.two_computers", "Stop using it")
        if not dialogs.ask(self, heading, text, yes=yes):
            return
        self._move_private(
            lambda: sync.unlink_private(self.session),
            translate(
                "ui.settings.two_computers",
                "Your private changes travel through the sync folder again. On your other "
                "computers, stop using the private folder too.",
            ),
        )

    def _move_private(self, move: Callable[[], object], done: str) -> None:
        """Change where private changes travel; say `done`, or why nothing changed."""
        try:
            move()
        except KnownError as exc:
            self._say(describe(exc))
            return
        self.refresh()
        self._say(done)

    def link_to(self, folder: Path) -> None:
        """Link in the background: the first exchange writes every record out once.

        A modal progress dialog keeps the screen from saving meanwhile (the link writes
        through the session's connections); the sync exchanges wait for it too.
        """
        session = self.session
        self.link_button.setEnabled(False)
        words = translate(
            "ui.settings.two_computers", "Linking… this can take a moment the first time."
        )
        self._say(words)
        self.progress = QProgressDialog(words, "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        hold_while_linking(True)
        run_in_background(
            lambda: sync.link(session.household.folder, folder, session),
            self._linked_done,
            self._failed,
            owner=self,
        )

    def _linked_done(self, _result: object) -> None:
        self._end_progress()
        self._say(
            translate("ui.settings.two_computers", "Linked. Changes now travel through the folder.")
        )
        self.refresh()
        self.linked.emit()

    def invite(self) -> None:
        try:
            code = sync.invite(self.session)
        except sync.SyncError as exc:
            self._say(describe(exc))
            return
        self.invite_button.setEnabled(False)
        self.show_code(code)

    def show_code(self, code: str) -> None:
        """The code, this once, with how long it is valid and what the partner does."""
        clear_layout(self.code_layout)
        self.code_layout.addWidget(
            text_label(
                translate(
                    "ui.settings.two_computers",
                    "Read this code to your partner, in person or by voice:",
                )
            )
        )
        self.code = text_label(code, "Code")  # grouped in fours by the engine
        self.code.setAccessibleName(translate("ui.settings.two_computers", "One-time code"))
        self.code_layout.addWidget(self.code)
        self.code_layout.addWidget(
            text_label(
                translate(
                    "ui.settings.two_computers",
                    "It is shown only this once, works once, and is valid for 7 days. On "
                    "their own computer, once this folder has arrived there, your partner "
                    "installs Toward, chooses “Join from a sync folder”, picks the folder, "
                    "types this code, and then sets their own password, out of your sight.",
                ),
                "Muted",
            )
        )

    def show_own_steps(self) -> None:
        self.own_steps.show()

    def _end_progress(self) -> None:
        if self.progress is not None:
            hold_while_linking(False)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, exc: Exception) -> None:
        self._end_progress()
        self._say(describe(exc))
        self.refresh()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def computers_text(state: SyncStatus) -> str:
    """The other computers, one a line: name, whose, and when this one last heard from it."""
    if not state.devices:
        return translate("ui.settings.two_computers", "No other computer has joined yet.")
    lines = [
        translate("ui.settings.two_computers", "This computer: {name}").format(
            name=state.device_name or ""
        )
    ]
    for device in state.devices:
        if device.bad_since is not None:
            heard = translate(
                "ui.settings.two_computers", "a change file from it cannot be read, since {when}"
            ).format(when=since(device.bad_since))
        elif device.last_heard is None:
            heard = translate("ui.settings.two_computers", "not heard from yet")
        else:
            heard = translate("ui.settings.two_computers", "last heard from {when}").format(
                when=since(device.last_heard)
            )
        lines.append(
            translate("ui.settings.two_computers", "{computer}: {heard}").format(
                computer=computer_name(device), heard=heard
            )
        )
    return "\n".join(lines)


def private_folder_unread_by(computer: str) -> str:
    """One of one's own computers that the private folder does not reach, and what to do."""
    return translate(
        "ui.settings.two_computers",
        "{computer} sends your private changes through the sync folder, not your private "
        "folder: what this computer sends there reaches {computer} once you choose the same "
        "folder on it, or stop using the folder here.",
    ).format(computer=computer)


def limits_text() -> str:
    return translate(
        "ui.settings.two_computers",
        "The sync service sees how many files there are, their sizes and when they change, "
        "never what they say. A computer you stop using keeps what it had until you delete "
        "Toward's folder there. Anyone who gets a copy of the sync folder can try to guess "
        "your passwords on their own computer, so choose long ones. If you each link your "
        "own private space through one folder, your partner's computer holds your private "
        "changes encrypted, and cannot read them.",
    )
