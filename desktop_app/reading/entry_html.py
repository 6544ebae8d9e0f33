"""The HTML the entry view shows, built from catalogue values with every piece escaped.

Catalogue text is data, never markup: it is escaped here and only our own tags are added, so a
body containing `<img src="file:///dev/urandom">` or `<script>` shows those characters and does
nothing. Links use only the internal `entry:` scheme (see navigation.Location).
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.reading.labels_html import also_called_html, other_languages_html, title_html

if TYPE_CHECKING:  # the window imports this before the catalogue is open: stay light
    from db import Entry, Region
    from desktop_app.library import EntryLabels


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for pyside6-lupdate; `translate` looks it up at run time."""
    return text


def _label_with(label: str, markup: str) -> str:
    """A translated "Label: %1" (the translator places the colon and the value, "Régions : …")
    around markup made here: only the label's own text is escaped."""
    before, _, after = label.partition("%1")
    return f"{html.escape(before)}{markup}{html.escape(after)}"


def translate(context: str, text: str) -> str:
    """Our labels on a page, in the "EntryHtml" context (literal calls: lupdate extracts them)."""
    return QCoreApplication.translate(context, text)


KIND_NAMES = {
    "about": QT_TRANSLATE_NOOP("EntryHtml", "Introduction"),
    "field": QT_TRANSLATE_NOOP("EntryHtml", "Field of expertise"),
    "initiative": QT_TRANSLATE_NOOP("EntryHtml", "Initiative"),
    "dialogue": QT_TRANSLATE_NOOP("EntryHtml", "Migration dialogue"),
}
LTR = ' dir="ltr"'  # catalogue text is English: left to right even in an Arabic interface


@dataclass(frozen=True, slots=True)
class LinkTarget:
    slug: str
    title: str
    kind: str


def kind_name(kind: str) -> str:
    return translate("EntryHtml", KIND_NAMES.get(kind, kind.replace("-", " ").capitalize()))


def highlighted(text: str, terms: Collection[str]) -> str:
    """Escaped text with the words matching the search wrapped in <span class="hl">."""
    if not terms:
        return html.escape(text)
    from search_index import highlight_spans

    pieces, cursor = [], 0
    for start, end in highlight_spans(text, terms):
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(f'<span class="hl">{html.escape(text[start:end])}</span>')
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


def _link(href: str, label: str) -> str:
    return f'<a href="{html.escape(href)}">{html.escape(label)}</a>'


def _section(title: str, items: Sequence[str]) -> str:
    if not items:
        return ""
    return (
        f'<p class="section">{html.escape(title)}</p><p class="links"{LTR}>{" · ".join(items)}</p>'
    )


def render_entry(
    entry: Entry,
    regions: Sequence[Region],
    links: Sequence[LinkTarget],
    terms: Collection[str] = (),
    bookmarked: bool = False,
    noted: bool = False,
    labels: EntryLabels | None = None,
    ui_language: str = "en",
) -> str:
    """The entry page; `bookmarked` adds "★ Bookmarked" to the kind line, so the page itself
    says what Ctrl+D did, and `noted` "✎ Your note" (the note pane may be closed). `labels`
    (the thesaurus's) add "Also called", "In other languages" and, when `ui_language` is not
    English, the entry's name in it beside the title."""
    chips = " ".join(
        f'<a class="chip" href="entry:region/{html.escape(r.slug)}">&nbsp;'
        f"{html.escape(r.name).replace(' ', '&nbsp;')}"
        "&nbsp;</a>"
        for r in regions
    )
    by_kind: dict[str, list[str]] = {}
    for link in links:
        by_kind.setdefault(link.kind, []).append(_link(f"entry:{link.slug}", link.title))
    # the briefing's message, already translated with each language's punctuation; outside
    # f-strings, where pyside6-lupdate would not see it
    regions_label = translate("Briefing", "Regions: %1")
    parts = [
        title_html(entry.title, labels, ui_language, terms, highlighted),
        _meta_line(
            kind_name(entry.kind),
            "  ·  ".join(
                mark
                for mark, on in (
                    (translate("EntryHtml", "★ Bookmarked"), bookmarked),
                    (translate("EntryHtml", "✎ Your note"), noted),
                )
                if on
            ),
            _label_with(regions_label, chips) if chips else "",
        ),
        also_called_html(entry.title, entry.aliases, labels, terms, highlighted, ui_language),
    ]
    parts.append(f'<p class="summary"{LTR}>{highlighted(entry.summary, terms)}</p>')
    for paragraph in entry.body.split("\n\n"):
        parts.append(f"<p{LTR}>{highlighted(paragraph, terms)}</p>")
    # after the text, before the links: a short screen keeps its first rows for the body
    parts.append(other_languages_html(labels, terms, highlighted, ui_language))
    heading = (
        translate("EntryHtml", "The fields of expertise")
        if entry.kind == "about"
        else translate("EntryHtml", "Related fields")
    )
    parts.append(_section(heading, by_kind.pop("field", [])))
    parts.append(_section(translate("EntryHtml", "Initiatives"), by_kind.pop("initiative", [])))
    parts.append(
        _section(translate("EntryHtml", "Migration dialogues"), by_kind.pop("dialogue", []))
    )
    for kind, items in sorted(by_kind.items()):
        parts.append(_section(kind_name(kind), items))
    return "".join(parts)


def _meta_line(kind: str, mark: str, regions_html: str) -> str:
    """Kind, bookmark and region chips on one line under the title (a short screen keeps its
    rows for the body); `regions_html` is already escaped."""
    text = f"{kind}  ·  {mark}" if mark else kind
    regions = f' &nbsp;&nbsp; <span class="regions">{regions_html}</span>' if regions_html else ""
    return f'<p class="meta"><span class="kind">{html.escape(text)}</span>{regions}</p>'


def render_region(
    region: Region,
    ancestors: Sequence[Region],
    children: Sequence[Region],
    own: Sequence[LinkTarget],
    below: Sequence[LinkTarget],
    labels: EntryLabels | None = None,
    ui_language: str = "en",
) -> str:
    """The 'Regions' page: which fields and initiatives work in a region, and what the
    thesaurus calls it."""
    kind, part_of = translate("EntryHtml", "Region"), translate("EntryHtml", "Part of")
    parts = [
        title_html(region.name, labels, ui_language, (), highlighted),
        f'<p class="kind">{html.escape(kind)}</p>',
        also_called_html(region.name, region.aliases, labels, (), highlighted, ui_language),
    ]
    if ancestors:
        parent = ancestors[-1]
        parts.append(
            f'<p class="muted">{html.escape(part_of)}: '
            f"{_link(f'entry:region/{parent.slug}', parent.name)}</p>"
        )
    parts.append(other_languages_html(labels, (), highlighted, ui_language))  # before the links
    fields = [_link(f"entry:{t.slug}", t.title) for t in own if t.kind == "field"]
    others = [_link(f"entry:{t.slug}", t.title) for t in own if t.kind != "field"]
    parts.append(_section(translate("EntryHtml", "Fields of expertise working here"), fields))
    parts.append(_section(translate("EntryHtml", "Initiatives and dialogues here"), others))
    parts.append(
        _section(
            translate("EntryHtml", "Sub-regions"),
            [_link(f"entry:region/{c.slug}", c.name) for c in children],
        )
    )
    parts.append(
        _section(
            translate("EntryHtml", "Also in its sub-regions"),
            [_link(f"entry:{t.slug}", t.title) for t in below],
        )
    )
    if not own and not below:
        nothing = translate("EntryHtml", "No entries name this region.")
        parts.append(f'<p class="muted">{html.escape(nothing)}</p>')
    return "".join(parts)
