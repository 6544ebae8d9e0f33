"""The thesaurus's labels on an entry or region page: "Also called", "In other languages", and
the entry's name in the interface language beside its English title (issues 12 and 14).

Officers read these aloud in multilingual meetings, so each label is shown as the thesaurus
writes it, escaped (a label is data, never markup), and direction-isolated: an Arabic label sits
in a right-to-left isolate (RLI … PDI) and every other one in a left-to-right isolate, so a
label never reorders the punctuation or the language name around it, whatever the interface
direction. Language names are endonyms ("Français", "العربية"), never translated: an officer
looks for their own language's name.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop_app.library import EntryLabels

Highlight = Callable[[str, Collection[str]], str]
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
    "ar": "العربية",
    "ru": "Русский",
}
RIGHT_TO_LEFT = frozenset({"ar"})
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"
LRM, RLM = "\u200e", "\u200f"
NBSP = "\u00a0"
UNBROKEN_CHARS = 40  # longer labels may wrap: a 1024-pixel window still holds 40 characters


def isolated(markup: str, language: str) -> str:
    """Escaped text wrapped in the bidi isolate of its language's direction."""
    return f"{RLI if language in RIGHT_TO_LEFT else LRI}{markup}{PDI}"


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def native_title(title: str, labels: EntryLabels | None, ui_language: str) -> str | None:
    """The entry's preferred label in the interface language, when that is not English and
    the thesaurus has one that differs from the English title."""
    if labels is None or ui_language == "en":
        return None
    name = labels.name_in(ui_language)
    return name if name and not _same(name, title) else None


def title_html(
    title: str,
    labels: EntryLabels | None,
    ui_language: str,
    terms: Collection[str],
    highlight: Highlight,
) -> str:
    """The title paragraph: "Border Management · Gestion des frontières" in a French UI."""
    own = highlight(title, terms)
    native = native_title(title, labels, ui_language)
    if native:
        own += (
            f' <span class="native">·&nbsp;{isolated(highlight(native, terms), ui_language)}</span>'
        )
    return f'<p class="title" dir="ltr">{own}</p>'  # the English title, even in Arabic


def also_called_html(
    title: str,
    aliases: Sequence[str],
    labels: EntryLabels | None,
    terms: Collection[str],
    highlight: Highlight,
    ui_language: str = "en",
) -> str:
    """One line: the catalogue's aliases, then the thesaurus's English alternative labels
    (acronyms, former names), each once, never the title again; in the interface's direction
    (see other_languages_html for the marks)."""
    names: list[str] = []
    for name in (*aliases, *(labels.also_called() if labels else ())):
        if not _same(name, title) and not any(_same(name, n) for n in names):
            names.append(name)
    if not names:
        return ""
    direction, mark = _direction(ui_language)
    shown = ", ".join(f"{isolated(highlight(n, terms), 'en')}{mark}" for n in names)
    heading = QCoreApplication.translate("EntryHtml", "Also called")
    return f'<p class="muted" dir="{direction}">{html.escape(heading)}: {shown}</p>'


def _direction(ui_language: str) -> tuple[str, str]:
    """The `dir` of a line of labels and the mark that keeps its items apart in Qt's layout."""
    return ("rtl", RLM) if ui_language in RIGHT_TO_LEFT else ("ltr", LRM)


def _unbroken(label: str) -> str:
    """A short label kept on one line: an Arabic label broken across two lines reads from the
    right end of one line to the start of the next, which looks like two labels."""
    return label.replace(" ", NBSP) if len(label) <= UNBROKEN_CHARS else label


def other_languages_html(
    labels: EntryLabels | None,
    terms: Collection[str],
    highlight: Highlight,
    ui_language: str = "en",
) -> str:
    """One paragraph after the entry's text: each language's own name, then the preferred
    label. A flowing line rather than a table: two lines instead of six on a small screen. The
    paragraph takes the interface's direction (an Arabic interface reads it right to left, even
    while its heading is untranslated); each name and label is isolated, so neither reorders
    the other. Qt's layout does not honour isolates (it lays "العربية" and its Arabic label out
    as one right-to-left run, name last), so a mark of the paragraph's direction after each
    keeps them apart there too."""
    rows = labels.other_languages() if labels else ()
    if not rows:
        return ""
    direction, mark = _direction(ui_language)
    items = " · ".join(
        f'<span class="muted">{isolated(html.escape(LANGUAGE_NAMES.get(lang, lang)), lang)}'
        f"</span>{mark}&nbsp;{isolated(highlight(_unbroken(text), terms), lang)}{mark}"
        for lang, text in rows
    )
    heading = html.escape(QCoreApplication.translate("EntryHtml", "In other languages"))
    return (
        f'<p class="languages" dir="{direction}"><span class="muted">{heading}:</span> {items}</p>'
    )
