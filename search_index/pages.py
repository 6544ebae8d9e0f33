"""The pages a query names, placed among its hits (docs/architecture.md §5).

A region or a country (the gazetteer) and a thesaurus concept that IS an entry or a region
answer with that page: first when the whole query names it, last when a longer query merely
mentions a region. Filters (kind, region, field) keep region pages out, since a region page is
not an entry the filter could admit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from whoosh.query import Query, Term
from whoosh.searching import Searcher

from db.catalogue_view import CatalogueView
from search_index.concepts import ConceptIndex
from search_index.gazetteer import name_key
from search_index.places import Place, Places, region_snippet
from search_index.query import Unit
from search_index.results import Hit, SearchResult


class Pages:
    """Puts place and concept pages into a result; shares the engine's catalogue and searcher."""

    def __init__(
        self,
        catalogue: CatalogueView,
        searcher: Searcher,
        places: Places,
        concepts: Callable[[], ConceptIndex],
        hit: Callable[[str, str, str, float, set[str]], Hit],
    ) -> None:
        self.catalogue = catalogue
        self.searcher = searcher
        self.places = places
        self.concepts = concepts
        self.hit = hit

    def with_concept_pages(
        self, result: SearchResult, units: list[Unit], limit: int, flt: Query | None
    ) -> SearchResult:
        """The entry or region a concept IS comes first when the query is that concept's label
        (a region only unfiltered); named inside a longer query, its region page comes last
        (its entry already ranks through the concept's links)."""
        if units and not all(u.concepts for u in units):
            return self._region_pages_last(result, units, limit, flt)
        pages: list[Hit] = []
        for cid in dict.fromkeys(c for u in units for c in u.concepts):
            slug = self.concepts().entry(cid)
            if slug is None or any(h.slug == slug for h in pages):
                continue
            hit = self._page(slug, flt, result.terms)
            if hit is not None:
                pages.append(hit)
        if not pages:
            return result
        slugs = {h.slug for h in pages}
        rest = [h for h in result.hits if h.slug not in slugs]
        added = sum(1 for h in pages if h.slug not in {r.slug for r in result.hits})
        facets = dict(result.facets)
        if facets:
            for hit in pages:
                if hit.slug not in {r.slug for r in result.hits}:
                    facets[hit.kind] = facets.get(hit.kind, 0) + 1
        hits = tuple([*pages, *rest][:limit])
        return replace(result, hits=hits, total=result.total + added, facets=facets)

    def _region_pages_last(
        self, result: SearchResult, units: list[Unit], limit: int, flt: Query | None
    ) -> SearchResult:
        if flt is not None:
            return result
        slugs = dict.fromkeys(
            s
            for u in units
            for c in u.concepts
            if (s := self.concepts().entry(c)) in self.places.region_slugs
        )
        present = {h.slug for h in result.hits}
        pages = [
            Hit(s, "region", self.places.region_name(s), 0.0, "") for s in slugs if s not in present
        ]
        if not pages:
            return result
        hits = (*result.hits[: max(0, limit - len(pages))], *pages)
        return replace(result, hits=hits, total=result.total + len(pages))

    def _page(self, slug: str, flt: Query | None, terms: Sequence[str]) -> Hit | None:
        if self.catalogue.has_entry(slug):
            if flt is not None and not self.searcher.search(Term("slug", slug), filter=flt):
                return None
            entry = self.catalogue.entry(slug)
            return self.hit(slug, entry.kind, entry.title, 0.0, set(terms))
        if flt is None and slug in self.places.region_slugs:
            return Hit(slug, "region", self.places.region_name(slug), 0.0, "")
        return None

    def with_place(self, result: SearchResult, place: Place, limit: int) -> SearchResult:
        """A named region's page comes first; a country no entry names answers with its
        region and a notice instead of look-alike words; one they name gets its region last."""
        hit = None
        if place.region is not None:
            title = self.places.region_name(place.region)
            hit = Hit(place.region, "region", title, 0.0, region_snippet(place))
        facets = {**result.facets, "region": 1} if result.facets and hit else result.facets
        if place.country is not None and result.total == 0:
            same = name_key(result.query) == name_key(place.name)
            label = result.query if same else f"{result.query} ({place.name})"
            hits = (hit,) if hit is not None else ()
            return replace(
                result,
                total=len(hits),
                hits=hits,
                facets=facets,
                notice=f"No entry names {label}",
                unnamed=label,
            )
        if hit is None:
            return result
        others = [h for h in result.hits if h.slug != hit.slug]
        hits = [hit, *others] if place.first else [*others, hit]
        added = len(others) == len(result.hits)
        return replace(result, total=result.total + added, hits=tuple(hits[:limit]), facets=facets)
