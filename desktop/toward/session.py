"""An unlocked partner: the only door to records (DESIGN §5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from toward.core import clock
from toward.core.bids import Bids
from toward.core.checkins import Checkins
from toward.core.export_log import ExportLog
from toward.core.journal import Journal
from toward.core.ledger import Ledger
from toward.core.ledger.operations import settle_older_disclosures
from toward.core.operations import KeptAside, kept_aside
from toward.core.practices import Practices
from toward.core.promises import Promises
from toward.core.prompts import PromptLibrary, Prompts
from toward.core.repairs import Repairs
from toward.core.settings import Settings
from toward.core.spaces import SessionLocked, Space, Spaces
from toward.core.talks import Talks
from toward.core.talks.knowing import Knowing
from toward.core.therapist_questions import TherapistQuestions
from toward.core.therapy_consent import TherapyConsent
from toward.core.today import TodayView, build_today
from toward.vault.oplog import Refusal

if TYPE_CHECKING:
    from toward.household import AddedPartner, Household, Partner, Unlocked


__all__ = ["Session", "SessionLocked", "UnlockReport"]


@dataclass(frozen=True)
class UnlockReport:
    """What a partner is told right after unlocking."""

    previous_opened_at: datetime | None
    failed_attempts: int
    # Their changes that unlock could not finish, kept aside whole (see core.operations).
    kept_aside: tuple[KeptAside, ...] = ()


class Session:
    """One unlocked partner, holding their private space and the shared one open."""

    def __init__(
        self,
        household: Household,
        partner: Partner,
        spaces: Spaces,
        keys: dict[str, bytearray],
        report: UnlockReport,
    ) -> None:
        self.household = household
        self.partner = partner
        self.report = report
        self._spaces: Spaces | None = spaces
        self._keys = keys
        self._journal = Journal(spaces)
        self._settings = Settings(spaces.conn(Space.PRIVATE))

    @classmethod
    def start(cls, unlocked: Unlocked) -> Session:
        """Begin a session on spaces the household just opened.

        session = Session.start(household.unlock("Maya", "maya's password"))
        """
        try:
            session = cls(
                unlocked.household,
                unlocked.partner,
                unlocked.spaces,
                unlocked.keys,
                UnlockReport(previous_opened_at=None, failed_attempts=unlocked.failed_attempts),
            )
            refusals: list[Refusal] = []
            if unlocked.household.read_only:
                previous = clock.from_text(session.settings.get_text("last_opened_at"))
            else:
                # Changes across files a crash interrupted are finished before any page reads.
                refusals = unlocked.spaces.ops.finish_pending()
                settle_older_disclosures(
                    unlocked.spaces.conn(Space.PRIVATE),
                    unlocked.spaces.conn(Space.SHARED),
                    unlocked.partner.id,
                )
                previous = session.settings.swap_last_opened(clock.now())
                # Sealed repair answers go out at their author's unlock once both have answered.
                session.repairs.publish_ready()
                session.knowing.publish_ready()
        except BaseException:
            unlocked.spaces.close()
            raise
        session.report = UnlockReport(
            previous_opened_at=previous,
            failed_attempts=unlocked.failed_attempts,
            kept_aside=tuple(kept_aside(r) for r in refusals),
        )
        return session

    def kept_aside(self) -> list[KeptAside]:
        """Every change of this partner's ever kept aside, oldest first (for `doctor`)."""
        return [kept_aside(r) for r in self.spaces.ops.refused()]

    @property
    def locked(self) -> bool:
        return self._spaces is None

    @property
    def spaces(self) -> Spaces:
        if self._spaces is None:
            raise SessionLocked("This session is locked.")
        return self._spaces

    @property
    def journal(self) -> Journal:
        self.spaces  # noqa: B018 - raises SessionLocked once locked
        return self._journal

    @property
    def settings(self) -> Settings:
        self.spaces  # noqa: B018 - raises SessionLocked once locked
        return self._settings

    @property
    def bids(self) -> Bids:
        """Bids for connection in this partner's private space and the shared one."""
        return Bids(self.spaces, [p.id for p in self.household.partners])

    @property
    def exports(self) -> ExportLog:
        """The shared history of what either partner exported (never the content)."""
        return ExportLog(self.spaces)

    @property
    def therapy_consent(self) -> TherapyConsent:
        """Which of their shared texts each partner lets the other bring to therapy."""
        return TherapyConsent(self.spaces)

    @property
    def ledger(self) -> Ledger:
        """The money ledger: this partner's drafts and the shared disclosures."""
        return Ledger(self.spaces, [p.id for p in self.household.partners])

    @property
    def promises(self) -> Promises:
        """Promises between the partners and their standing agreements (shared space)."""
        return Promises(self.spaces, [p.id for p in self.household.partners])

    @property
    def practices(self) -> Practices:
        """Practices from therapy and the log of times practised (shared space)."""
        return Practices(self.spaces)

    @property
    def therapist_questions(self) -> TherapistQuestions:
        """This partner's questions for the therapist (private) and the shared ones."""
        return TherapistQuestions(self.spaces)

    @property
    def checkins(self) -> Checkins:
        """This partner's weekly check-ins on their own experience (private only)."""
        return Checkins(self.spaces)

    @property
    def repairs(self) -> Repairs:
        """Repair conversations (shared) and this partner's sealed answers (private)."""
        return Repairs(self.spaces, [p.id for p in self.household.partners], self.promises)

    @property
    def talks(self) -> Talks:
        """Planned conversations (shared) and this partner's preparation for them (private)."""
        return Talks(self.spaces, self.promises)

    @property
    def knowing(self) -> Knowing:
        """Rounds of "how well do we know each other", answers sealed until both are in."""
        return Knowing(self.spaces, PromptLibrary.bundled())

    def today(self, *, today: date | None = None) -> TodayView:
        """The Today page as plain data: this week's bids and what needs attention."""
        ledger = self.ledger
        sources = (
            self.journal.attention,
            self.bids.attention,
            ledger.attention,
            ledger.agreement_attention,
            self.promises.attention,
            self.promises.requests_attention,
            self.repairs.attention,
            self.practices.attention,
            self.checkins.attention,
        )
        return build_today(self.bids, sources, today=today)

    @property
    def prompts(self) -> Prompts:
        """The prompt decks as this partner sees them (minus the ones they hid)."""
        self.spaces  # noqa: B018 - raises SessionLocked once locked
        return Prompts(PromptLibrary.bundled(), self._settings, self.partner.id)

    def key(self, name: str) -> bytes:
        """A database key, for re-wrapping it (password change, a new partner)."""
        if self._spaces is None:
            raise SessionLocked("This session is locked.")
        return bytes(self._keys[name])

    def lock(self) -> None:
        """Close both databases and forget the keys; safe to call twice."""
        if self._spaces is None:
            return
        self._spaces.close()
        self._spaces = None
        for key in self._keys.values():
            key[:] = bytes(len(key))
        self._keys.clear()

    def change_password(self, current: str, new: str) -> None:
        """Set a new password; the current one is asked again, out of caution."""
        self.household.change_password(self, current, new)

    def add_partner(self, name: str, password: str, colour: str | None = None) -> AddedPartner:
        """Bring the second partner in; they type their own password."""
        return self.household.add_partner(name, password, sponsor=self, colour=colour)

    def set_device_binding(self, password: str, bound: bool) -> None:
        """Bind (or unbind) this partner's password slot to this computer's keyring."""
        self.household.set_device_binding(self, password, bound)

    @property
    def device_bound(self) -> bool:
        return self.household.is_device_bound(self.partner.id)
