"""Full-text search over the catalogue with Whoosh. Never imports Qt.

The public names load on first use (PEP 562): opening a verified index at start-up must not
import the builder, which pulls in SQLAlchemy (db.catalogue) for a rebuild.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.lazy import lazy_exports

if TYPE_CHECKING:
    from search_index.builder import IndexInfo, build_index
    from search_index.errors import SearchIndexError
    from search_index.explain import ConceptNote, Explanation
    from search_index.query import MAX_QUERY_CHARS
    from search_index.searcher import Hit, SearchIndex, SearchResult
    from search_index.snippets import highlight_spans

_HOMES = {
    "IndexInfo": "search_index.builder",
    "build_index": "search_index.builder",
    "SearchIndexError": "search_index.errors",
    "MAX_QUERY_CHARS": "search_index.query",
    "Hit": "search_index.searcher",
    "SearchIndex": "search_index.searcher",
    "SearchResult": "search_index.searcher",
    "highlight_spans": "search_index.snippets",
    "ConceptNote": "search_index.explain",
    "Explanation": "search_index.explain",
}

__all__ = [
    "MAX_QUERY_CHARS",
    "ConceptNote",
    "Explanation",
    "Hit",
    "IndexInfo",
    "SearchIndex",
    "SearchIndexError",
    "SearchResult",
    "build_index",
    "highlight_spans",
]

__getattr__ = lazy_exports("search_index", _HOMES, globals())
