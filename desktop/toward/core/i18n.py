"""Words in the person's language: one `translate` for every layer (issue 21).

Core may not import Qt, yet its labels, messages and the therapy summary are read by
people in their own language. So every layer calls `translate(context, text)` from here,
and the app (or the command line, or the tests) installs Qt's translator at start:
`toward.translations.use_language`. Until then the English source text is returned, with
`%n` replaced by the count.

pyside6-lupdate extracts calls of a function named `translate` and of
`QT_TRANSLATE_NOOP` whose context and text are string literals; see README's
"Adding a language".
"""

from __future__ import annotations

from collections.abc import Callable

from toward.core.formatting import format_number

Translator = Callable[[str, str, "str | None", int], str]


def with_count(text: str, n: int) -> str:
    """`text` with its `%n` replaced by the count, written as the person's locale writes it.

    Qt's own `%n` gives bare digits ("12480 Einträge"); a count is read like any other
    number, so it gets the locale's grouping ("12.480 Einträge", "12,480 entries").
    """
    if n < 0 or "%n" not in text:
        return text
    return text.replace("%n", format_number(n))


def _untranslated(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return with_count(text, n)


_translator: Translator = _untranslated


def install(translator: Translator | None) -> None:
    """Use `translator` for every later `translate` call (None: the English source)."""
    global _translator
    _translator = translator or _untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the person's language; `%n` in it becomes `n` with the right plural form."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark `text` for translation where it is defined; translate it where it is shown."""
    return text


def in_words(exc: Exception) -> str:
    """A known error's message in the person's language (vault/errors.py): its English
    if it was not marked for translation; numbers (`Number` fields) as the locale writes them,
    and a known error given as a field (why an amount was refused) in words too.
    """
    from toward.vault.errors import ERRORS_CONTEXT, KnownError

    if not isinstance(exc, KnownError) or not exc.template:
        return str(exc)
    fields = exc.fields
    count = fields.get("n")
    words = translate(ERRORS_CONTEXT, exc.template, None, count if isinstance(count, int) else -1)
    if not fields:
        return words
    from toward.core.formatting import upper_first

    shown = {name: _shown(value) for name, value in fields.items()}
    # A translation may start with a field's name ("{what}: …"); a sentence starts with a
    # capital. Names of people, files and folders ({name}, {value}) stay as they are.
    said = words.format(**shown)
    return upper_first(said) if words.startswith(("{what}", "{record}")) else said


def _shown(value: object) -> object:
    from toward.core.formatting import format_number
    from toward.vault.errors import KnownError, Number

    if isinstance(value, Number):
        return format_number(int(value))
    if isinstance(value, KnownError):
        return in_words(value)
    return value
