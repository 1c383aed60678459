"""Words in the person's language: one `translate` for every layer (issue 21).

Core may not import Qt, yet its labels, messages and the therapy summary are read by
people in their own language. So every layer calls `translate(context, text)` from here,
and the app (or the command line, or the tests) installs Qt's translator at start:
`toward.translations.use_language`. Until then the English source text is returned, with
`%n` replaced by the count.

pyside6-lupdate extracts calls of a function named `translate` and of
`QT_TRANSLATE_NOOP` whose context and text are string literals; see README's
"Adding a language".

A plural is written `translate(context, "%n entries", None, PLURAL, count)`. lupdate's
Python reader takes a bare name in fourth place for Qt's old encoding argument, so
`translate(context, "%n entries", None, count)` would be extracted as a message with one
form; the name PLURAL fills that place and the count after it marks the message plural.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _untranslated(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _untranslated

# The fourth argument of a plural call (see the module's docstring); the count follows it.
PLURAL = -1


def install(translator: Translator | None) -> None:
    """Use `translator` for every later `translate` call (None: the English source)."""
    global _translator
    _translator = translator or _untranslated


def translate(
    context: str,
    text: str,
    disambiguation: str | None = None,
    n: int = -1,
    count: int | None = None,
) -> str:
    """`text` in the person's language; `%n` in it becomes the count with its plural form.

    The count is `count` when given (the `PLURAL, count` form lupdate reads), else `n`.
    """
    return _translator(context, text, disambiguation, n if count is None else count)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark `text` for translation where it is defined; translate it where it is shown."""
    return text
