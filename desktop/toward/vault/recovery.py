"""Recovery codes: 125 random bits, written so a person can copy them by hand."""

from __future__ import annotations

import unicodedata

# Crockford's base32: no I, L, O or U, so a handwritten code reads back unambiguously.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 5
GROUP_LEN = 5
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def new_recovery_code() -> str:
    """A fresh code such as ``K7QX2-9MWPD-...`` (five groups of five)."""
    import secrets  # here: it loads OpenSSL, which the lock screen need not wait for

    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN))
    return "-".join(chars[i : i + GROUP_LEN] for i in range(0, len(chars), GROUP_LEN))


def normalize_recovery_code(text: str) -> bytes:
    """The canonical bytes of a typed code: case, spaces, dashes and look-alikes forgiven."""
    # NFKC first: full-width letters and digits from an input method become plain ASCII.
    text = unicodedata.normalize("NFKC", text).upper()
    cleaned = "".join(ch for ch in text if ch.isalnum()).translate(_CONFUSABLE)
    return cleaned.encode("ascii", errors="replace")
