"""Plain data the library hands to the GUI and the CLI: frozen, Qt-free, safe to pass between
threads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Stamp:
    """What a printout or citation says about the data it came from."""

    catalogue_version: str
    data_as_of: str
    created: str  # UTC, "YYYY-MM-DD HH:MM:SS UTC"


@dataclass(frozen=True, slots=True)
class BriefingItem:
    """One entry as a briefing prints it: names resolved, the officer's note if asked for."""

    title: str
    kind: str
    summary: str
    body: str
    regions: tuple[str, ...]
    links: tuple[str, ...]  # titles of the related entries
    note: str | None = None


@dataclass(frozen=True, slots=True)
class NoteHit:
    """An entry whose private note matches a search: shown under the catalogue's own hits."""

    slug: str
    kind: str
    title: str
    excerpt: str  # plain text, the note's first words
    regions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TrailRow:
    """A row of the Bookmarks, History or My Notes panel."""

    slug: str
    title: str
    detail: str  # folder, visit time or note date, already in words
    orphaned: bool = False  # a note whose entry is no longer in the catalogue
