"""Standing agreements: either partner writes one, logs moments, or sets it aside."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from toward.core import clock
from toward.core.promises import InvalidPromise, MomentKind
from toward.session import Session


def test_either_partner_logs_moments_of_an_agreement(maya: Session, sam: Session):
    agreement = maya.promises.add_agreement("I call if I'll be more than 30 minutes late")
    assert [a.text for a in sam.promises.agreements()] == [agreement.text]
    earlier = clock.now() - timedelta(days=2)
    sam.promises.log_moment(agreement, MomentKind.HONOURED, note="called from the bus")
    maya.promises.log_moment(agreement, MomentKind.BROKEN, happened_at=earlier)
    moments = maya.promises.moments(agreement)
    assert [(m.kind, m.note) for m in moments] == [
        (MomentKind.HONOURED, "called from the bus"),
        (MomentKind.BROKEN, ""),
    ]
    assert [m.logged_by for m in moments] == [sam.partner.id, maya.partner.id]
    assert moments[1].happened_at == earlier
    assert sam.promises.moment_tally(agreement) == {
        MomentKind.HONOURED: 1,
        MomentKind.BROKEN: 1,
    }


def test_a_set_aside_agreement_stays_as_history(maya: Session, sam: Session):
    agreement = maya.promises.add_agreement("Phones away at dinner")
    maya.promises.log_moment(agreement, MomentKind.HONOURED)
    ended = sam.promises.set_agreement_aside(agreement)
    assert ended.ended_at is not None
    assert maya.promises.agreements() == []
    assert [a.id for a in maya.promises.agreements(include_ended=True)] == [agreement.id]
    assert len(maya.promises.moments(agreement)) == 1
    with pytest.raises(InvalidPromise, match="set aside"):
        maya.promises.log_moment(agreement, MomentKind.BROKEN)


@pytest.mark.parametrize(
    ("kind", "when", "message"),
    [
        ("sometimes", None, "not a kind"),
        (MomentKind.HONOURED, datetime(2099, 1, 1, tzinfo=UTC), "future"),
        (MomentKind.HONOURED, datetime(2020, 1, 1), "time zone"),
    ],
)
def test_bad_moments_are_refused(
    maya: Session, kind: MomentKind, when: datetime | None, message: str
):
    agreement = maya.promises.add_agreement("Phones away at dinner")
    with pytest.raises(InvalidPromise, match=message):
        maya.promises.log_moment(agreement, kind, happened_at=when)
    assert maya.promises.moments(agreement) == []


def test_an_agreement_needs_words(maya: Session):
    with pytest.raises(InvalidPromise, match="Write what"):
        maya.promises.add_agreement("  \n ")
    assert maya.promises.agreements() == []
