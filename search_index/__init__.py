"""Full-text search over the catalogue with Whoosh. Never imports Qt."""

from search_index.builder import IndexInfo, build_index
from search_index.errors import SearchIndexError
from search_index.explain import ConceptNote, Explanation
from search_index.query import MAX_QUERY_CHARS
from search_index.searcher import Hit, SearchIndex, SearchResult
from search_index.snippets import highlight_spans

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
