"""What a search returns: frozen values the GUI and the CLI read (docs/architecture.md §2)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Hit:
    """One result. kind "region" is a region page (slug is a region id), offered first when the
    query names that region, or a country inside it."""

    slug: str
    kind: str
    title: str
    score: float
    snippet: str  # escaped HTML with <mark> around matched words
    matched_terms: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    total: int
    corrected: str | None
    hits: tuple[Hit, ...]
    terms: tuple[str, ...] = ()  # index terms to highlight in a full entry
    facets: dict[str, int] = field(default_factory=dict)  # kind -> matches
    elapsed_ms: float = 0.0
    # Set when the engine itself failed (a bug, not bad input): typing never raises, but the
    # failure is logged, shown to the officer as such and visible to tests instead of looking
    # like "no results".
    error: str | None = None
    # Set when the query names a country no entry names ("No entry names Syria"): `notice` is
    # that line in English (CLI, logs), `unnamed` the place as typed, for the GUI's own wording.
    notice: str | None = None
    unnamed: str | None = None

    @classmethod
    def empty(cls, query: str = "", error: str | None = None) -> SearchResult:
        return cls(query=query, total=0, corrected=None, hits=(), error=error)
