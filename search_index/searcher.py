"""The search API the GUI and the CLI call: open once, search on every keystroke.

`SearchIndex.open` verifies the index stamp and rebuilds the index from the catalogue when it is
missing, stale, corrupt or not built here — reporting why, never crashing. `search` reuses one
searcher (the index never changes while open), holds a lock so worker threads can share it, and
never raises on user text.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh import index as whoosh_index
from whoosh.query import And, Query, Term
from whoosh.searching import Searcher

from db.catalogue_view import CatalogueView
from db.errors import CatalogueError
from db.snapshot import CatalogueSnapshot
from search_index.correction import Corrector
from search_index.errors import IndexProblem, SearchIndexError
from search_index.gazetteer import Gazetteer, name_key
from search_index.lexicon import Lexicon
from search_index.places import Place, Places, region_snippet
from search_index.query import (
    MAX_QUERY_CHARS,
    Unit,
    attach_synonyms,
    build_query,
    clean,
    expand_prefixes,
    parse,
    unit_terms,
)
from search_index.results import Hit, SearchResult
from search_index.schema import SCHEMA_VERSION
from search_index.short_prefixes import STORED_HITS, StoredAnswer, load_short_prefixes
from search_index.snippets import snippet
from search_index.stamp import load_or_create_key, verify_stamp
from search_index.synonyms import SynonymTable

if TYPE_CHECKING:  # the builder imports SQLAlchemy: only a rebuild pays for it
    from search_index.builder import Progress

logger = logging.getLogger(__name__)
DEFAULT_LIMIT = 20
CACHE_SIZE = 512
MAX_LIMIT = 500


class SearchIndex:
    def __init__(
        self,
        catalogue: CatalogueView,
        ix: whoosh_index.Index,
        lexicon: Lexicon,
        synonyms: SynonymTable,
        rebuilt_because: str | None,
        short: dict[str, StoredAnswer] | None = None,
        folder: Path | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.folder = folder
        # set when the index could not be kept where it belongs (read-only stick, full disk)
        self.temporary_because: str | None = None
        self._temporary_root: Path | None = None
        self._short = short or {}
        self.rebuilt_because = rebuilt_because
        self._ix = ix
        self._searcher: Searcher = ix.searcher()
        self._lexicon = lexicon
        self._synonyms = synonyms
        self._places = Places(gazetteer or Gazetteer(), catalogue)
        self._corrector = Corrector(lexicon, synonyms, self._places.words)
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[object, ...], SearchResult] = OrderedDict()

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        index_dir: Path,
        catalogue: CatalogueView,
        key_file: Path,
        synonyms_file: Path | None = None,
        progress: Progress | None = None,
        rebuild: bool = True,
        on_rebuild: Callable[[str], None] | None = None,
    ) -> SearchIndex:
        """The verified index in index_dir, rebuilt there when it must be. When it cannot be
        kept there (index.key unusable, folder read-only or full), search still works: the index
        is built in a temporary folder for this session and `temporary_because` says why."""
        from search_index.builder import build_index

        index_dir = Path(index_dir)
        synonyms = SynonymTable.load(synonyms_file)
        try:
            key = load_or_create_key(key_file)
        except SearchIndexError as exc:
            if not rebuild:
                raise
            return cls._temporary(catalogue, synonyms, str(exc), progress)
        reason: str | None = None
        try:
            ix, lexicon, short, gazetteer = _open_verified(index_dir, key, catalogue)
        except IndexProblem as problem:
            if not rebuild:
                raise SearchIndexError(f"{problem}; run 'fieldref build'") from None
            reason = str(problem)
            if on_rebuild is not None:
                on_rebuild(reason)
            try:
                build_index(catalogue, index_dir, key_file, progress, key=key)
            except SearchIndexError as exc:
                return cls._temporary(catalogue, synonyms, str(exc), progress, reason)
            try:
                ix, lexicon, short, gazetteer = _open_verified(index_dir, key, catalogue)
            except IndexProblem as again:
                raise SearchIndexError(f"the rebuilt search index is unusable: {again}") from None
        return cls(catalogue, ix, lexicon, synonyms, reason, short, index_dir, gazetteer)

    @classmethod
    def open_ready(
        cls,
        index_dir: Path,
        catalogue_file: Path,
        key_file: Path,
        synonyms_file: Path | None = None,
    ) -> SearchIndex | None:
        """The verified index over the catalogue copy it keeps (db.snapshot), opened without
        SQLAlchemy; None when the copy or the index cannot be used as they are now. The caller
        then opens the SQLite catalogue and `open`, which rebuilds what must be rebuilt, and
        still checks this index's catalogue against the SQLite one before trusting it further."""
        index_dir = Path(index_dir)
        try:
            key = load_or_create_key(key_file)
            snapshot = CatalogueSnapshot.load(index_dir, Path(catalogue_file))
            ix, lexicon, short, gazetteer = _open_verified(index_dir, key, snapshot)
        except (SearchIndexError, IndexProblem, CatalogueError) as exc:
            logger.info("the index cannot answer before the catalogue opens: %s", exc)
            return None
        synonyms = SynonymTable.load(synonyms_file)
        return cls(snapshot, ix, lexicon, synonyms, None, short, index_dir, gazetteer)

    @classmethod
    def _temporary(
        cls,
        catalogue: CatalogueView,
        synonyms: SynonymTable,
        why: str,
        progress: Progress | None,
        reason: str | None = None,
    ) -> SearchIndex:
        """An index built under a one-off key in a temp folder that close() removes."""
        from search_index.builder import build_temporary_index

        root: Path | None = None
        try:
            root, key = build_temporary_index(catalogue, progress)
            ix, lexicon, short, gazetteer = _open_verified(root / "index", key, catalogue)
        except (SearchIndexError, IndexProblem) as exc:
            if root is not None:
                shutil.rmtree(root, ignore_errors=True)
            raise SearchIndexError(f"{why}; a temporary index failed too ({exc})") from None
        except BaseException:
            if root is not None:
                shutil.rmtree(root, ignore_errors=True)
            raise
        index = cls(
            catalogue, ix, lexicon, synonyms, reason or why, short, root / "index", gazetteer
        )
        index.temporary_because = f"{why}; searching with a temporary index for this session"
        index._temporary_root = root
        logger.info("%s", index.temporary_because)
        return index

    def close(self) -> None:
        with self._lock:
            self._searcher.close()
            self._ix.close()
            if self._temporary_root is not None:
                shutil.rmtree(self._temporary_root, ignore_errors=True)
                self._temporary_root = None

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- searching -------------------------------------------------------------------------

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()

    def search(
        self,
        text: str,
        limit: int = DEFAULT_LIMIT,
        kind: str | None = None,
        region: str | None = None,
        field: str | None = None,
        facets: bool = False,
        correct: bool = True,
    ) -> SearchResult:
        """Never raises on what was typed. Results are cached per exact request: the index
        cannot change while open, and officers retype the same first letters all day.
        correct=False searches the words as typed ("search instead for …")."""
        started = time.perf_counter()
        query_text = text[: MAX_QUERY_CHARS * 4] if isinstance(text, str) else ""
        limit = max(1, min(int(limit), MAX_LIMIT))
        key = (query_text, limit, kind, region, field, facets, correct)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
        if cached is not None:
            return replace(cached, elapsed_ms=(time.perf_counter() - started) * 1000)
        try:
            filters = (kind, region, field)
            result = self._search(query_text, limit, filters, facets, correct, started)
        except Exception as exc:  # last line of defence: typing must never surface an exception
            logger.exception("search failed for %r", query_text[:80])
            return SearchResult.empty(query_text, error=f"search failed ({type(exc).__name__})")
        with self._lock:
            self._cache[key] = result
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return result

    def _search(
        self,
        text: str,
        limit: int,
        filters: tuple[str | None, str | None, str | None],
        facets: bool,
        correct: bool,
        started: float,
    ) -> SearchResult:
        query_text = clean(text)
        flt = _filter(*filters)
        place = self._places.match(query_text) if flt is None else None
        country = place.country if place is not None else None
        # a country is a whole word, searched by its English name whatever language was typed
        wanted = query_text if country is None else f"{country.name} "
        units = self._prepare(parse(wanted))
        if not units:
            return SearchResult.empty(query_text)
        stored = self._stored_answer(units, limit, flt)
        if stored is not None:
            hits = stored.hits[:limit]
            found = (stored.total, hits, stored.facets if facets else {})
            result = self._result(query_text, None, units, found, started)
        else:
            # a named country is searched as that name alone: no look-alikes, no single words
            whole = country is not None
            result = self._search_units(
                query_text, units, limit, flt, facets, started, (correct and not whole, not whole)
            )
        return result if place is None else self._with_place(result, place, limit)

    def _search_units(
        self,
        query_text: str,
        units: list[Unit],
        limit: int,
        flt: Query | None,
        facets: bool,
        started: float,
        loosen: tuple[bool, bool],
    ) -> SearchResult:
        """Run the query; widen short prefixes when little matched; when nothing matched,
        correct the whole query and then accept any of its words, as `loosen` allows."""
        correct, any_word = loosen
        with self._lock:
            total, hits_raw, counts = self._run(units, limit, flt, facets)
            if total < limit and any(u.prefix and not u.expansions for u in units):
                # the completion field found little: widen short prefixes into the body text
                expand_prefixes(units, self._lexicon, short_too=True)
                total, hits_raw, counts = self._run(units, limit, flt, facets)
            corrected = None
            if total == 0 and correct:
                fixed = self._corrector.correct(units, self._searcher.reader())
                if fixed is not None:
                    units, corrected = fixed
                    total, hits_raw, counts = self._run(units, limit, flt, facets)
            if total == 0 and len(units) > 1 and any_word:
                total, hits_raw, counts = self._run(units, limit, flt, facets, any_unit=True)
        return self._result(query_text, corrected, units, (total, hits_raw, counts), started)

    def _with_place(self, result: SearchResult, place: Place, limit: int) -> SearchResult:
        """A named region's page comes first; a country no entry names answers with its
        region and a notice instead of look-alike words; one they name gets its region last."""
        hit = None
        if place.region is not None:
            title = self._places.region_name(place.region)
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
        hits = [hit, *result.hits] if place.first else [*result.hits, hit]
        return replace(result, total=result.total + 1, hits=tuple(hits[:limit]), facets=facets)

    def _stored_answer(
        self, units: list[Unit], limit: int, flt: Query | None
    ) -> StoredAnswer | None:
        """The build-time answer for a lone 1–2 letter prefix, when it is exactly that query."""
        if len(units) != 1 or flt is not None or limit > STORED_HITS:
            return None
        unit = units[0]
        if not unit.prefix or unit.is_phrase or unit.alternatives or unit.expansions:
            return None
        return self._short.get(unit.surface)

    def _result(
        self,
        query_text: str,
        corrected: str | None,
        units: list[Unit],
        found: tuple[int, Sequence[tuple[str, str, str, float]], dict[str, int]],
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

    def _prepare(self, units: list[Unit]) -> list[Unit]:
        units = attach_synonyms(units, self._synonyms)
        expand_prefixes(units, self._lexicon)
        return units

    def _run(
        self, units: list[Unit], limit: int, flt: Query | None, facets: bool, any_unit: bool = False
    ) -> tuple[int, list[tuple[str, str, str, float]], dict]:
        query = build_query(units, any_unit=any_unit)
        if query is None:
            return 0, [], {}
        kwargs = {"groupedby": "kind"} if facets else {}
        results = self._searcher.search(query, limit=limit, filter=flt, **kwargs)
        # grouping makes Whoosh collect every match: keep only the top `limit`
        hits = [(h["slug"], h["kind"], h["title"], float(h.score)) for h in results[:limit]]
        counts = {k: len(v) for k, v in results.groups("kind").items()} if facets else {}
        total = len(hits) if len(hits) < limit else len(results)
        return total, hits, counts

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


def _filter(kind: str | None, region: str | None, field: str | None) -> Query | None:
    parts = [
        Term(name, value)
        for name, value in (("kind", kind), ("regions", region), ("fields", field))
        if value
    ]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def _open_verified(
    index_dir: Path, key: bytes, catalogue: CatalogueView
) -> tuple[whoosh_index.Index, Lexicon, dict[str, StoredAnswer], Gazetteer]:
    verify_stamp(index_dir, key, catalogue.info.content_sha256, SCHEMA_VERSION)
    try:
        gazetteer = Gazetteer.load(index_dir)
        ix = whoosh_index.open_dir(str(index_dir))
        lexicon = Lexicon.load(index_dir)
        short = load_short_prefixes(index_dir)
        if ix.doc_count() != len(catalogue.entries()):
            ix.close()
            raise IndexProblem("the search index does not match the catalogue")
    except IndexProblem:
        raise
    except Exception as exc:  # Whoosh raises many types on damaged files
        raise IndexProblem(f"the search index is damaged ({type(exc).__name__})") from None
    return ix, lexicon, short, gazetteer


__all__ = ["Hit", "SearchIndex", "SearchResult"]
