"""How many examples the reliability property tests run: TOWARD_EXAMPLES scales them all.

The default keeps the suite quick on a small machine; a nightly run can raise it, e.g.
TOWARD_EXAMPLES=10 runs ten times as many examples.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

SCALE = float(os.environ.get("TOWARD_EXAMPLES", "1"))


def examples(count: int) -> settings:
    """Settings for a property test: `count` examples at scale 1, no deadline (shared CPUs)."""
    return settings(
        max_examples=max(1, int(count * SCALE)),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
