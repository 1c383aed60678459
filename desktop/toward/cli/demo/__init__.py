"""A throwaway sample household for `toward --demo`: Maya and Sam, and a few weeks of life.

Each feature adds its own sample data as one function taking both unlocked sessions, and
lists it in SAMPLES. The household's words are written in the language the demo runs in:
each text goes through `translate("cli.demo.<feature>", …)`, so the story keeps one structure
here (who wrote what, when, shared or not) and its words live in the catalogs beside every
other message, translated there in the app's voice rather than word for word. A new
language gets a demo in its own words by the same work as the rest of the app, and any
text not yet translated stays English. Names, shops and amounts stay as they are.

Everything goes through the sessions' public APIs, as a person's typing would, with
records dated over the past few weeks. The KDF runs at the floor cost so the demo opens
quickly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from toward.cli.demo.bids import add_bids
from toward.cli.demo.journal import add_journal
from toward.cli.demo.ledger import add_ledger
from toward.cli.demo.moments import ago
from toward.cli.demo.promises import add_promises
from toward.cli.demo.repairs import add_repairs
from toward.cli.demo.talks import add_talks
from toward.cli.demo.therapy import (
    add_checkins,
    add_exports,
    add_practices,
    add_therapist_questions,
)
from toward.core import clock
from toward.household import Household
from toward.session import Session
from toward.vault.kdf import FLOOR_COST

# Shown on the demo's lock screen; this household holds nothing worth protecting.
DEMO_PASSWORDS = {"Maya": "maya-demo", "Sam": "sam-demo"}

# One function per feature; later features add theirs here.
SAMPLES: tuple[Callable[[Session, Session], None], ...] = (
    add_journal,
    add_bids,
    add_ledger,
    add_promises,
    add_repairs,
    add_practices,
    add_therapist_questions,
    add_checkins,
    add_talks,
    add_exports,
)


def create_demo_household(folder: Path) -> dict[str, str]:
    """Make the sample couple in `folder` (which must hold no household); name → password."""
    household = Household.create(folder, kdf_cost=FLOOR_COST)
    household.add_partner("Maya", DEMO_PASSWORDS["Maya"])
    maya = Session.start(household.unlock("Maya", DEMO_PASSWORDS["Maya"]))
    try:
        maya.add_partner("Sam", DEMO_PASSWORDS["Sam"])
        sam = Session.start(household.unlock("Sam", DEMO_PASSWORDS["Sam"]))
        try:
            for add_samples in SAMPLES:
                add_samples(maya, sam)
            # Making the samples unlocked both spaces just now; the story's last visit was
            # last night, so the welcome line does not say "last opened today".
            for session in (maya, sam):
                session.settings.set_text("last_opened_at", clock.to_text(ago(1, 21)))
        finally:
            sam.lock()
    finally:
        maya.lock()
    return dict(DEMO_PASSWORDS)
