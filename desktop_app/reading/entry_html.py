"""The HTML the entry view shows, built from catalogue values with every piece escaped.

Catalogue text is data, never markup: it is escaped here and only our own tags are added, so a
body containing `<img src="file:///dev/urandom">` or `<script>` shows those characters and does
nothing. Links use only the internal `entry:` scheme (see navigation.Location).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports this before the catalogue is open: stay light
    from db import Entry, Region

Translate = Callable[[str], str]
KIND_NAMES = {
    "about": "Introduction",
    "field": "Field of expertise",
    "initiative": "Initiative",
    "dialogue": "Migration dialogue",
}


@dataclass(frozen=True, slots=True)
class LinkTarget:
    slug: str
    title: str
    kind: str


def kind_name(kind: str, tr: Translate = str) -> str:
    return tr(KIND_NAMES.get(kind, kind.replace("-", " ").capitalize()))


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
    return f'<p class="section">{html.escape(title)}</p><p class="links">{" · ".join(items)}</p>'


def render_entry(
    entry: Entry,
    regions: Sequence[Region],
    links: Sequence[LinkTarget],
    terms: Collection[str] = (),
    tr: Translate = str,
    bookmarked: bool = False,
    noted: bool = False,
) -> str:
    """The entry page; `bookmarked` adds "★ Bookmarked" to the kind line, so the page itself
    says what Ctrl+D did, and `noted` "✎ Your note" (the note pane may be closed)."""
    chips = " ".join(
        f'<a class="chip" href="entry:region/{html.escape(r.slug)}">&nbsp;'
        f"{html.escape(r.name).replace(' ', '&nbsp;')}"
        "&nbsp;</a>"
        for r in regions
    )
    by_kind: dict[str, list[str]] = {}
    for link in links:
        by_kind.setdefault(link.kind, []).append(_link(f"entry:{link.slug}", link.title))
    parts = [
        f'<p class="title">{highlighted(entry.title, terms)}</p>',
        _meta_line(
            kind_name(entry.kind, tr),
            "  ·  ".join(
                mark
                for mark, on in ((tr("★ Bookmarked"), bookmarked), (tr("✎ Your note"), noted))
                if on
            ),
            f"{html.escape(tr('Regions'))}: {chips}" if chips else "",
        ),
    ]
    if entry.aliases:
        also = ", ".join(highlighted(a, terms) for a in entry.aliases)
        parts.append(f'<p class="muted">{html.escape(tr("Also known as"))}: {also}</p>')
    parts.append(f'<p class="summary">{highlighted(entry.summary, terms)}</p>')
    for paragraph in entry.body.split("\n\n"):
        parts.append(f"<p>{highlighted(paragraph, terms)}</p>")
    heading = tr("The fields of expertise") if entry.kind == "about" else tr("Related fields")
    parts.append(_section(heading, by_kind.pop("field", [])))
    parts.append(_section(tr("Initiatives"), by_kind.pop("initiative", [])))
    parts.append(_section(tr("Migration dialogues"), by_kind.pop("dialogue", [])))
    for kind, items in sorted(by_kind.items()):
        parts.append(_section(kind_name(kind, tr), items))
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
    tr: Translate = str,
) -> str:
    """The 'Regions' page: which fields and initiatives work in a region."""
    parts = [
        f'<p class="title">{html.escape(region.name)}</p>',
        f'<p class="kind">{html.escape(tr("Region"))}</p>',
    ]
    if ancestors:
        parent = ancestors[-1]
        parts.append(
            f'<p class="muted">{html.escape(tr("Part of"))}: '
            f"{_link(f'entry:region/{parent.slug}', parent.name)}</p>"
        )
    fields = [_link(f"entry:{t.slug}", t.title) for t in own if t.kind == "field"]
    others = [_link(f"entry:{t.slug}", t.title) for t in own if t.kind != "field"]
    parts.append(_section(tr("Fields of expertise working here"), fields))
    parts.append(_section(tr("Initiatives and dialogues here"), others))
    parts.append(
        _section(tr("Sub-regions"), [_link(f"entry:region/{c.slug}", c.name) for c in children])
    )
    parts.append(
        _section(tr("Also in its sub-regions"), [_link(f"entry:{t.slug}", t.title) for t in below])
    )
    if not own and not below:
        parts.append(f'<p class="muted">{html.escape(tr("No entries name this region."))}</p>')
    return "".join(parts)
