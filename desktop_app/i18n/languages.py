"""The interface languages we ship, each named in its own language (Qt-free: data only).

"system" follows the desktop's language when we ship it, and English otherwise, so Qt's own
dialogs and our strings are never in two languages at once. The names are never translated:
an officer who cannot read the current interface must still find their own language.
"""

from __future__ import annotations

from dataclasses import dataclass

SYSTEM = "system"
ENGLISH = "en"


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # ISO 639-1; the suffix of field_reference_<code>.qm and qtbase_<code>.qm
    name: str  # in the language itself
    rtl: bool = False
    # the locale for numbers and dates when the desktop's is another language, or uses
    # non-Latin digits ("" : Qt's default for the language)
    locale: str = ""


LANGUAGES: tuple[Language, ...] = (
    # Day-month-year and a 24-hour clock, as an international organisation writes English; Qt's
    # default for "en" is the US 11/27/26
    Language(ENGLISH, "English", locale="en_GB"),
    Language("fr", "Français"),
    # Numbers in Latin digits, as in the Maghreb: region names and catalogue text stay English,
    # and a count beside them in Arabic-Indic digits reads as two scripts ("Global (١٤)")
    Language("ar", "العربية", rtl=True, locale="ar_MA"),
    Language("ru", "Русский"),
    Language("es", "Español"),
    Language("pt", "Português"),
)
BY_CODE = {language.code: language for language in LANGUAGES}
CHOICES: tuple[str, ...] = (SYSTEM, *BY_CODE)
"""Every value the language setting may hold."""
TRANSLATED: tuple[str, ...] = tuple(code for code in BY_CODE if code != ENGLISH)
"""The languages with a translation file (English is the source language)."""


def resolve(choice: str, system_language: str) -> str:
    """The language to show for a setting: `system_language` is the desktop's ISO 639 code
    (e.g. "fr" from fr_CA); a language we do not ship gives English everywhere."""
    if choice in BY_CODE:
        return choice
    return system_language if system_language in BY_CODE else ENGLISH


def formats_locale(code: str) -> str:
    """The locale name for numbers and dates in `code` when the desktop's locale is another
    language or writes other digits (see `Language.locale`)."""
    language = BY_CODE.get(code)
    return language.locale if language is not None and language.locale else code


def is_rtl(code: str) -> bool:
    language = BY_CODE.get(code)
    return language is not None and language.rtl


FSI, PDI = "\u2068", "\u2069"
LRI = "\u2066"


def isolate(text: object) -> str:
    """`text` as its own bidi island (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE): an English
    title, a query or a number inserted into an Arabic sentence keeps its order and does not
    drag the sentence's punctuation to the wrong end."""
    return f"{FSI}{text}{PDI}"


def isolate_ltr(text: object) -> str:
    """`text` isolated as left-to-right (LRI … PDI): English catalogue text even when it starts
    with a digit or a symbol."""
    return f"{LRI}{text}{PDI}"
