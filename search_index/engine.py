"""One search, from the typed text to ranked hits (docs/architecture.md §5).

The order of what comes back is the promise to the officer:
1. the page of a place the whole query names (a region, or a country's region), and the page of
   a thesaurus concept that IS an entry or region ("asylum", "Balkans occidentaux");
2. entries that contain the typed words themselves, all of them, ranked by BM25F with title and
   summary above body and a boost when the words stand side by side or near each other;
   entries a matched concept links to rank higher within this tier;
3. the concept tier, always below literal matches of the same words: entries a matched concept
   links to (the entry it is, then broader, then related) and entries found only through its
   English labels (a French, Arabic or Russian query, an acronym, a former name);
4. when nothing contains every word: entries with some of them, the most words first.
Corrections run only when all of that found nothing (correction.py).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from whoosh.query import NullQuery, Or, Query, Term
from whoosh.searching import Searcher

from db.catalogue_view import CatalogueView
from db.errors import CatalogueError
from search_index.concepts import ConceptIndex
from search_index.correction import Corrector
from search_index.lexicon import Lexicon
from search_index.pages import Pages
from search_index.places import Place, Places
from search_index.query import (
    Understanding,
    Unit,
    attach_concepts,
    build_query,
    clean,
    expand_prefixes,
    prune,
    understand,
    unit_terms,
    with_links,
)
from search_index.ranking import (
    RawHit,
    literal_sets,
    merged,
    required,
    reranked,
    unit_phrases,
)
from search_index.results import Hit, SearchResult
from search_index.short_prefixes import STORED_HITS, StoredAnswer
from search_index.snippets import snippet

Found = tuple[int, list[RawHit], dict[str, int]]
SMALL_CATALOGUE = 1_000  # entries; below this short prefixes are widened at once
SOME_WORDS_POOL = 60  # any-word fallback: how many candidates are re-ranked by words matched
MAX_ALTERNATIVES = 8  # English labels of a unit's concepts searched, at most


@dataclass(frozen=True, slots=True)
class Plan:
    """What the engine made of a query before running it (also what --explain prints)."""

    text: str
    understood: Understanding
    place: Place | None
    filtered: bool


class Engine:
    """Runs queries against one open index; the caller holds the lock around `search`."""

    def __init__(
        self,
        catalogue: CatalogueView,
        searcher: Searcher,
        lexicon: Lexicon,
        concepts: ConceptIndex | Future[ConceptIndex],
        places: Places,
        short: dict[str, StoredAnswer],
    ) -> None:
        self.catalogue = catalogue
        self.searcher = searcher
        self.lexicon = lexicon
        self.pages = Pages(catalogue, searcher, places, lambda: self.concepts, self._hit)
        self._pending = concepts
        self._concepts: ConceptIndex | None = None
        self._corrector: Corrector | None = None
        self.places = places
        self.short = short
        self.small = searcher.doc_count() < SMALL_CATALOGUE
        self.field_terms: frozenset[tuple[str, str]] | None = None
        if self.small:
            terms = searcher.reader().all_terms()
            self.field_terms = frozenset((f, t.decode("utf-8", "replace")) for f, t in terms)

    @property
    def concepts(self) -> ConceptIndex:
        """The thesaurus's label index (waits once for its background build)."""
        if self._concepts is None:
            pending = self._pending
            self._concepts = pending.result() if isinstance(pending, Future) else pending
        return self._concepts

    def concepts_if_built(self) -> ConceptIndex | None:
        """The label index if it is already there; never waits for its build."""
        pending = self._pending
        if self._concepts is not None:
            return self._concepts
        if isinstance(pending, Future):
            return pending.result() if pending.done() else None
        return pending

    @property
    def corrector(self) -> Corrector:
        if self._corrector is None:
            known = self.places.words | self.concepts.words
            self._corrector = Corrector(self.lexicon, self.concepts, known)
        return self._corrector

    def plan(self, text: str, flt: Query | None) -> Plan:
        query_text = clean(text)
        place = self.places.match(query_text) if flt is None else None
        country = place.country if place is not None else None
        # a country is a whole word, searched by its English name whatever language was typed
        wanted = query_text if country is None else f"{country.name} "
        understood = understand(wanted)
        if country is None:  # countries belong to the gazetteer, never to a concept
            understood = attach_concepts(understood, self.concepts)
            self._prune(understood.units)
        # a small catalogue widens short prefixes at once: its every search is cheap, and it
        # would otherwise search twice (the completion field nearly always finds too little)
        expand_prefixes(understood.units, self.lexicon, short_too=self.small)
        return Plan(query_text, understood, place, flt is not None)

    def _prune(self, units: list[Unit]) -> None:
        """Drop English labels with a word no entry contains: they cannot match, and every
        phrase costs a matcher per field on each keystroke."""
        known = self.lexicon.stem_set
        for unit in units:
            kept = [a for a in unit.alternatives if all(t in known for t in a)]
            unit.alternatives = kept[:MAX_ALTERNATIVES]

    def search(
        self, plan: Plan, limit: int, flt: Query | None, facets: bool, correct: bool
    ) -> SearchResult:
        started = time.perf_counter()
        units = plan.understood.units
        if not units:
            return SearchResult.empty(plan.text)
        stored = self._stored_answer(units, limit, flt)
        if stored is not None:
            found = (stored.total, list(stored.hits[:limit]), stored.facets if facets else {})
            result = self._result(plan.text, None, units, found, started)
        else:
            # a named country is searched as that name alone: no look-alikes, no single words
            whole = plan.place is not None and plan.place.country is not None
            # only English words are corrected, towards the catalogue's (English) words:
            # "asile" must not become "asia"
            correct = correct and plan.understood.language == "en"
            result = self._search_units(
                plan.text, units, (limit, flt, facets), started, (correct and not whole, not whole)
            )
        result = self.pages.with_concept_pages(result, plan.understood.units, limit, flt)
        return result if plan.place is None else self.pages.with_place(result, plan.place, limit)

    def _search_units(
        self,
        query_text: str,
        units: list[Unit],
        request: tuple[int, Query | None, bool],
        started: float,
        loosen: tuple[bool, bool],
    ) -> SearchResult:
        """Run the query; widen short prefixes when little matched; when nothing matched,
        correct the whole query and then accept any of its words, as `loosen` allows."""
        correct, any_word = loosen
        limit, flt, facets = request
        total, hits_raw, counts = self._tiers(units, limit, flt, facets)
        if not self.small and total < limit and any(u.prefix and not u.expansions for u in units):
            # the completion field found little: widen short prefixes into the body text
            expand_prefixes(units, self.lexicon, short_too=True)
            total, hits_raw, counts = self._tiers(units, limit, flt, facets)
        corrected = None
        if total == 0 and correct:
            fixed = self.corrector.correct(units, self.searcher.reader())
            if fixed is not None:
                units, corrected = fixed
                total, hits_raw, counts = self._tiers(units, limit, flt, facets)
        if total == 0 and len(units) > 1 and any_word:
            total, hits_raw, counts = self._some_words(units, limit, flt, facets)
        if len(hits_raw) < limit:
            total, hits_raw, counts = self._linked_only(units, (total, hits_raw, counts), request)
        return self._result(query_text, corrected, units, (total, hits_raw, counts), started)

    def _links(self, units: list[Unit]) -> dict[str, float]:
        """Linked slugs and their weight, summed over the query's concepts: an entry two
        concepts of the query point to is the likelier answer."""
        links: dict[str, float] = {}
        for concept in dict.fromkeys(c for u in units for c in u.concepts):
            for slug, weight in self.concepts.link_weights(concept).items():
                links[slug] = weight + links.get(slug, 0.0)
        return links

    def _tiers(self, units: list[Unit], limit: int, flt: Query | None, facets: bool) -> Found:
        """Literal matches first (a linked entry's score grows within them); then the entries
        only the concepts' English labels find, the concept's own links first."""
        links = self._links(units)
        if self.small and any(u.alternatives for u in units):
            return self._tiers_at_once(units, limit, (flt, facets), links)
        literal = build_query(units, expanded=False)
        if literal is None:
            return 0, [], {}
        total, hits, counts = self._run(with_links(literal, links), limit, flt, facets)
        hits = reranked(hits, links)
        if (len(hits) >= limit and not facets) or not any(u.alternatives for u in units):
            return total, hits, counts
        expanded = build_query(units, expanded=True)
        assert expanded is not None
        wider, more, more_counts = self._run(
            with_links(expanded, links), limit + len(hits), flt, facets
        )
        counts = more_counts if facets else counts
        if all(u.concepts for u in units):  # the query is its concepts: their links lead
            found = (wider, more, counts)
            wider, more, counts = self._linked_only(units, found, (limit + len(hits), flt, facets))
        more.sort(key=lambda h: (-links.get(h[0], 0.0), -h[3]))
        return max(total, wider), merged(hits, more, limit), counts

    def _tiers_at_once(
        self,
        units: list[Unit],
        limit: int,
        filters: tuple[Query | None, bool],
        links: dict[str, float],
    ) -> Found:
        """The same two tiers from one search, for a small catalogue: every match of the
        expanded query, split by whether its matched terms hold the typed words themselves."""
        flt, facets = filters
        query = build_query(units, expanded=True)
        if query is None:
            return 0, [], {}
        kwargs = {"groupedby": "kind"} if facets else {}
        results = self._whoosh(with_links(query, links), None, flt, terms=True, **kwargs)
        wanted = [literal_sets(u) for u in required(units)]
        literal: list[RawHit] = []
        concept: list[RawHit] = []
        for hit in results:
            matched = {text.decode("utf-8", "replace") for _f, text in hit.matched_terms()}
            raw = (hit["slug"], hit["kind"], hit["title"], float(hit.score))
            is_literal = all(any(s <= matched for s in sets) for sets in wanted)
            (literal if is_literal else concept).append(raw)
        counts = {k: len(v) for k, v in results.groups("kind").items()} if facets else {}
        total = len(results)
        if all(u.concepts for u in units):  # the query is its concepts: their links lead
            found = (total, concept, counts)
            total, concept, counts = self._linked_only(units, found, (limit * 2, flt, facets))
        concept.sort(key=lambda h: (-links.get(h[0], 0.0), -h[3]))
        return total, merged(reranked(literal, links), concept, limit), counts

    def _linked_only(
        self, units: list[Unit], found: Found, request: tuple[int, Query | None, bool]
    ) -> Found:
        """Last: entries a matched concept links to that no word found ("statelessness" is
        a concept of Asylum and Protection, which never says the word)."""
        links = self._links(units)
        total, hits, counts = found
        limit, flt, facets = request
        if not links:
            return found
        if flt is None:  # no filter to check: the catalogue in memory knows them
            more = [
                (s, e.kind, e.title, 0.0)
                for s in links
                if self.catalogue.has_entry(s) and (e := self.catalogue.entry(s))
            ]
        else:
            linked = Or([Term("slug", s) for s in links])
            more = self._run(linked, limit + len(hits), flt, False)[1]
        seen = {h[0] for h in hits}
        extra = sorted(
            ((*h[:3], 0.0) for h in more if h[0] not in seen), key=lambda h: -links.get(h[0], 0.0)
        )[: max(0, limit - len(hits))]
        counts = dict(counts)
        for hit in extra if facets else ():
            counts[hit[1]] = counts.get(hit[1], 0) + 1
        return total + len(extra), [*hits, *extra], counts

    def _some_words(self, units: list[Unit], limit: int, flt: Query | None, facets: bool) -> Found:
        """Entries with some of the words, those with more of them first."""
        query = build_query(units, any_unit=True)
        if query is None:
            return 0, [], {}
        kwargs = {"groupedby": "kind"} if facets else {}
        pool = max(limit, SOME_WORDS_POOL)
        results = self._whoosh(query, pool, flt, terms=True, **kwargs)
        wanted = [unit_phrases(u) for u in units]
        links = self._links(units)
        ranked = []
        for hit in results[:pool]:
            matched = {text.decode("utf-8", "replace") for _f, text in hit.matched_terms()}
            words = sum(1 for phrases in wanted if any(p <= matched for p in phrases))
            link = -links.get(hit["slug"], 0.0)
            ranked.append((-words, link, -hit.score, hit["slug"], hit["kind"], hit["title"]))
        ranked.sort()
        hits = [(slug, kind, title, -score) for _w, _l, score, slug, kind, title in ranked[:limit]]
        counts = {k: len(v) for k, v in results.groups("kind").items()} if facets else {}
        total = len(hits) if len(hits) < limit else len(results)
        return total, hits, counts

    def _whoosh(self, query: Query, limit: int | None, flt: Query | None, **kwargs: Any) -> Any:
        """Every search goes through here: on a small catalogue, terms the index lacks are cut
        from the query first (each costs a term lookup per field on every keystroke)."""
        if self.field_terms is not None:
            query = prune(query, self.field_terms) or NullQuery
        return self.searcher.search(query, limit=limit, filter=flt, **kwargs)

    def _run(self, query: Query, limit: int, flt: Query | None, facets: bool) -> Found:
        kwargs = {"groupedby": "kind"} if facets else {}
        results = self._whoosh(query, limit, flt, **kwargs)
        # grouping makes Whoosh collect every match: keep only the top `limit`
        hits = [(h["slug"], h["kind"], h["title"], float(h.score)) for h in results[:limit]]
        counts = {k: len(v) for k, v in results.groups("kind").items()} if facets else {}
        total = len(hits) if len(hits) < limit else len(results)
        return total, hits, counts

    def _stored_answer(
        self, units: list[Unit], limit: int, flt: Query | None
    ) -> StoredAnswer | None:
        """The build-time answer for a lone 1–2 letter prefix, when it is exactly that query."""
        if len(units) != 1 or flt is not None or limit > STORED_HITS:
            return None
        unit = units[0]
        if not unit.prefix or unit.is_phrase or unit.alternatives or unit.expansions:
            return None
        return self.short.get(unit.surface)

    def _result(
        self,
        query_text: str,
        corrected: str | None,
        units: list[Unit],
        found: tuple[int, Sequence[RawHit], dict[str, int]],
        started: float,
    ) -> SearchResult:
        total, hits_raw, counts = found
        terms = unit_terms(units)
        hits = tuple(
            self._hit(slug, kind_, title, score, terms) for slug, kind_, title, score in hits_raw
        )
        return SearchResult(
            query=query_text,
            total=total,
            corrected=corrected,
            hits=hits,
            terms=tuple(sorted(terms)),
            facets=dict(counts),
            elapsed_ms=(time.perf_counter() - started) * 1000,
        )

    def _hit(self, slug: str, kind: str, title: str, score: float, terms: set[str]) -> Hit:
        try:
            entry = self.catalogue.entry(slug)
        except CatalogueError:
            return Hit(slug, kind, title, score, "")
        text, matched = snippet(entry.body, terms)
        if not matched:
            summary_text, matched_summary = snippet(entry.summary, terms)
            if matched_summary:
                text, matched = summary_text, matched_summary
        return Hit(slug, kind, title, round(score, 4), text, tuple(sorted(matched)), entry.regions)
