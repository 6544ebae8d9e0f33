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


@dataclass(frozen=True, slots=True)
class LinkingConcept:
    """A thesaurus concept that names an entry as broader or related ("readmission" under
    Return and Reintegration): `fieldref terms` lists them."""

    id: str
    label: str  # its English preferred label
    relation: str  # "broader" or "related"


@dataclass(frozen=True, slots=True)
class EntryLabels:
    """What the thesaurus calls an entry or region, per language: the entry page's "Also
    called" and "In other languages", the title in the interface language, `fieldref terms`.

    Labels are (language, text) pairs in the thesaurus's language order; all empty when no
    concept is this entry."""

    slug: str
    concept: str | None = None  # the id of the concept that IS this entry
    pref: tuple[tuple[str, str], ...] = ()
    alt: tuple[tuple[str, str], ...] = ()
    hidden: tuple[tuple[str, str], ...] = ()
    linked_by: tuple[LinkingConcept, ...] = ()

    def name_in(self, language: str) -> str | None:
        """The preferred label in one language (the title beside the English one)."""
        return next((text for lang, text in self.pref if lang == language), None)

    def also_called(self) -> tuple[str, ...]:
        """English alternative labels: acronyms, former names, established synonyms."""
        return tuple(text for lang, text in self.alt if lang == "en")

    def other_languages(self) -> tuple[tuple[str, str], ...]:
        """The preferred label in every language but English."""
        return tuple((lang, text) for lang, text in self.pref if lang != "en")
