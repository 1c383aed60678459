"""What every feature's record reads from its bookkeeping, written once."""

from __future__ import annotations

from toward.core.spaces import RecordInfo, Space


class Recorded:
    """A base for a feature's record dataclass, which holds its bookkeeping as `info`."""

    info: RecordInfo

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def author_id(self) -> str:
        return self.info.author_id

    @property
    def space(self) -> Space:
        return self.info.space
