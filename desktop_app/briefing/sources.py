"""Where the composer's entries come from: the search on screen, the bookmarks, the history and
the whole catalogue — read once when the composer opens, as plain data.

Qt-free: `read_sources` reads the officer's store, so the controller runs it on the "store" lane.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.library.records import TrailRow

if TYPE_CHECKING:
    from desktop_app.library import Library


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry the officer may add: its slug, title and kind, and what the source says of it
    (a bookmark's folder, a visit's time), possibly empty."""

    slug: str
    title: str
    kind: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Sources:
    results: tuple[Candidate, ...]
    bookmarks: tuple[Candidate, ...]
    history: tuple[Candidate, ...]
    catalogue: tuple[Candidate, ...]
    current: Candidate | None


def unique(candidates: Iterable[Candidate]) -> tuple[Candidate, ...]:
    """First occurrence of each entry: history lists a visit per row, the composer an entry."""
    seen: set[str] = set()
    out = []
    for candidate in candidates:
        if candidate.slug not in seen:
            seen.add(candidate.slug)
            out.append(candidate)
    return tuple(out)


def read_sources(library: Library, current: str | None, results: tuple[Candidate, ...]) -> Sources:
    """Everything the composer offers; entries that left the catalogue are not offered."""
    catalogue = library.catalogue

    def known(rows: Iterable[TrailRow]) -> tuple[Candidate, ...]:
        return unique(
            Candidate(row.slug, row.title, catalogue.entry(row.slug).kind, row.detail)
            for row in rows
            if catalogue.has_entry(row.slug)
        )

    everything = tuple(
        Candidate(e.slug, e.title, e.kind)
        for e in sorted(catalogue.entries(), key=lambda e: e.title.casefold())
    )
    here = None
    if current and catalogue.has_entry(current):
        here = Candidate(current, catalogue.entry(current).title, catalogue.entry(current).kind)
    return Sources(
        results=unique(c for c in results if catalogue.has_entry(c.slug)),
        bookmarks=known(library.bookmark_rows()),
        history=known(library.history_rows()),
        catalogue=everything,
        current=here,
    )
