"""The words for the four kinds of trust an entry can be about.

`TrustKind` stores plain values; the journal shows them as a chip, a filter choice and a
line under the title, so its words live here, each a whole phrase a translator can shape.
"""

from __future__ import annotations

from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.journal import TrustKind

# Per kind: the chip's word, the chip's tooltip, and the phrase under an entry's title.
_WORDS = {
    TrustKind.EMOTIONAL: (
        QT_TRANSLATE_NOOP("ui.journal.trust", "Emotional"),
        QT_TRANSLATE_NOOP("ui.journal.trust", "This is about emotional trust"),
    ),
    TrustKind.PHYSICAL: (
        QT_TRANSLATE_NOOP("ui.journal.trust", "Physical"),
        QT_TRANSLATE_NOOP("ui.journal.trust", "This is about physical trust"),
    ),
    TrustKind.MENTAL: (
        QT_TRANSLATE_NOOP("ui.journal.trust", "Mental"),
        QT_TRANSLATE_NOOP("ui.journal.trust", "This is about mental trust"),
    ),
    TrustKind.SPIRITUAL: (
        QT_TRANSLATE_NOOP("ui.journal.trust", "Spiritual"),
        QT_TRANSLATE_NOOP("ui.journal.trust", "This is about spiritual trust"),
    ),
}


def trust_word(kind: TrustKind) -> str:
    """'Emotional', in the person's language."""
    return translate("ui.journal.trust", _WORDS[kind][0])


def trust_tooltip(kind: TrustKind) -> str:
    """'This is about emotional trust', in the person's language."""
    return translate("ui.journal.trust", _WORDS[kind][1])
