"""Whatever is typed, search returns a result object and never raises (issue: bad input)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search_index import SearchIndex, SearchResult

OPERATORS = [
    "AND",
    "OR",
    "NOT",
    "ANDNOT",
    "ANDMAYBE",
    "(",
    ")",
    "*",
    "?",
    "~",
    "^",
    ":",
    '"',
    "'",
    "[",
    "]",
    "{",
    "}",
    "TO",
    "title:",
    "body:",
    "text:",
    "slug:",
    "<",
    ">",
    "&",
    "-",
    "+",
    "/",
    "\\",
    "<script>",
    "<img src=x>",
    "&amp;",
    "%s",
    "{0}",
    "\x00",
    "\ud800",
    "\udfff",
    "\u202e",
    "\u200b",
    "\n",
    "\t",
    "٣",
    "Ⅻ",
    "ﬁ",
    "İ",
    "ß",
]

fragments = st.one_of(
    st.text(max_size=40),
    st.sampled_from(OPERATORS),
    st.text(alphabet=st.characters(codec=None), max_size=20),
    st.text(alphabet="abcdefghij", min_size=1, max_size=10_000),
    st.from_regex(r"[(*\"]{1,300}", fullmatch=True),
)
queries = st.lists(fragments, max_size=12).map(" ".join) | st.text(max_size=400)


@settings(
    max_examples=2_500,
    deadline=dt.timedelta(seconds=5),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)
@given(text=queries, limit=st.integers(min_value=-5, max_value=1_000), facets=st.booleans())
def test_any_text_gives_a_result(shipped_index: SearchIndex, text: str, limit: int, facets: bool):
    result = shipped_index.search(text, limit=limit, facets=facets)
    assert isinstance(result, SearchResult)
    assert result.error is None, result.error  # handled as text, not caught as a crash
    assert len(result.hits) <= max(1, limit)
    assert result.total >= len(result.hits)


def test_known_parser_killers(shipped_index: SearchIndex):
    for text in (
        "NOT NOT a",
        "(" * 5_000 + "a",
        "*a*",
        "a" * 10_000,
        "title:(((",
        '"' * 301,
        "AND OR NOT",
        "\ud800\udc00\ud800",
        "x" * 255 + "é",
    ):
        result = shipped_index.search(text)
        assert isinstance(result, SearchResult) and result.error is None, (text[:20], result.error)
