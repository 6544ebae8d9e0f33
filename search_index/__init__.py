"""Full-text search over the catalogue with Whoosh. Never imports Qt."""

from search_index.builder import IndexInfo, build_index
from search_index.errors import SearchIndexError
from search_index.query import MAX_QUERY_CHARS
from search_index.searcher import Hit, SearchIndex, SearchResult
from search_index.snippets import highlight_spans
from search_index.synonyms import SynonymTable

__all__ = [
    "MAX_QUERY_CHARS",
    "Hit",
    "IndexInfo",
    "SearchIndex",
    "SearchIndexError",
    "SearchResult",
    "SynonymTable",
    "build_index",
    "highlight_spans",
]
