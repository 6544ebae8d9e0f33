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
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh import index as whoosh_index
from whoosh.query import And, Query, Term
from whoosh.searching import Searcher

from db.catalogue_view import CatalogueView
from db.errors import CatalogueError
from db.snapshot import CatalogueSnapshot
from search_index.concepts import ConceptIndex
from search_index.concepts_cache import build_in_background, cache_file, concept_index
from search_index.engine import Engine
from search_index.errors import IndexProblem, SearchIndexError
from search_index.explain import Explanation, explain_plan
from search_index.gazetteer import Gazetteer
from search_index.lexicon import Lexicon
from search_index.places import Places
from search_index.query import MAX_QUERY_CHARS
from search_index.results import Hit, SearchResult
from search_index.schema import SCHEMA_VERSION
from search_index.short_prefixes import StoredAnswer, load_short_prefixes
from search_index.stamp import load_or_create_key, verify_stamp
from search_index.thesaurus import CompiledThesaurus, Thesaurus

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
        concepts: ConceptIndex | Future[ConceptIndex],
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
        places = Places(gazetteer or Gazetteer(), catalogue)
        self._engine = Engine(catalogue, self._searcher, lexicon, concepts, places, self._short)
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[object, ...], SearchResult] = OrderedDict()

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        index_dir: Path,
        catalogue: CatalogueView,
        key_file: Path,
        progress: Progress | None = None,
        rebuild: bool = True,
        on_rebuild: Callable[[str], None] | None = None,
        thesaurus: Any = None,
    ) -> SearchIndex:
        """The verified index in index_dir, rebuilt there when it must be. When it cannot be
        kept there (index.key unusable, folder read-only or full), search still works: the index
        is built in a temporary folder for this session and `temporary_because` says why.

        `thesaurus` is a loaded search_index.thesaurus.Thesaurus, its folder (loaded here
        against the catalogue's slugs), a CompiledThesaurus (loaded only if the label index
        must be built), or None (no concepts)."""
        from search_index.builder import build_index

        index_dir = Path(index_dir)
        digest, load = label_source(thesaurus, catalogue)
        try:
            key = load_or_create_key(key_file)
        except SearchIndexError as exc:
            if not rebuild:
                raise
            return cls._temporary(catalogue, build_in_background(load), str(exc), progress)
        sha = catalogue.info.content_sha256
        concepts = concept_index(digest, load, sha, cache_file(index_dir), key)
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
                return cls._temporary(catalogue, concepts, str(exc), progress, reason)
            try:
                ix, lexicon, short, gazetteer = _open_verified(index_dir, key, catalogue)
            except IndexProblem as again:
                raise SearchIndexError(f"the rebuilt search index is unusable: {again}") from None
        return cls(catalogue, ix, lexicon, concepts, reason, short, index_dir, gazetteer)

    @classmethod
    def open_ready(
        cls,
        index_dir: Path,
        catalogue_file: Path,
        key_file: Path,
        thesaurus: Any = None,
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
        digest, load = label_source(thesaurus, snapshot)
        sha = snapshot.info.content_sha256
        concepts = concept_index(digest, load, sha, cache_file(index_dir), key)
        return cls(snapshot, ix, lexicon, concepts, None, short, index_dir, gazetteer)

    @classmethod
    def _temporary(
        cls,
        catalogue: CatalogueView,
        concepts: ConceptIndex | Future[ConceptIndex],
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
            catalogue, ix, lexicon, concepts, reason or why, short, root / "index", gazetteer
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

    def label_index(self) -> ConceptIndex | None:
        """The thesaurus's label index once built (entry pages read their labels from it);
        None while it is still being built. Never waits, so the GUI thread may ask."""
        return self._engine.concepts_if_built()

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
        flt = _filter(*filters)
        with self._lock:
            plan = self._engine.plan(text, flt)
            result = self._engine.search(plan, limit, flt, facets, correct)
        return replace(result, elapsed_ms=(time.perf_counter() - started) * 1000)

    def explain(
        self,
        text: str,
        kind: str | None = None,
        region: str | None = None,
        field: str | None = None,
        limit: int = 5,
    ) -> Explanation:
        """How a query is understood and what it finds (`fieldref search --explain`)."""
        query_text = text[: MAX_QUERY_CHARS * 4] if isinstance(text, str) else ""
        flt = _filter(kind, region, field)
        with self._lock:
            plan = self._engine.plan(query_text, flt)
        result = self.search(query_text, limit=limit, kind=kind, region=region, field=field)
        filters = tuple((k, v) for k, v in (("kind", kind), ("region", region), ("field", field)))
        return explain_plan(plan, result, self._engine.concepts, filters)


def label_source(thesaurus: Any, catalogue: CatalogueView) -> tuple[str | None, Callable[[], Any]]:
    """What the label index is built from: the thesaurus's digest, and how to load it when
    the kept index cannot be used. A folder is loaded now (validated against the catalogue's
    slugs); a CompiledThesaurus only if it is needed."""
    if thesaurus is None:
        return None, lambda: None
    if isinstance(thesaurus, CompiledThesaurus):  # no file (or none readable): no concepts
        return thesaurus.digest or None, thesaurus.load
    if isinstance(thesaurus, (str, Path)):
        known = {e.slug for e in catalogue.entries()} | {r.slug for r in catalogue.regions()}
        thesaurus = Thesaurus.load(Path(thesaurus), known)
    loaded = thesaurus
    return getattr(loaded, "digest", "") or "", lambda: loaded


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
