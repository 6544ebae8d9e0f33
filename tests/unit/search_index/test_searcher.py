from __future__ import annotations

import threading
from pathlib import Path

import pytest

from db import Catalogue, build_catalogue
from search_index import SearchIndex, SearchResult, highlight_spans
from tests.helpers import TINY_ENTRIES, write_source


@pytest.fixture
def tiny_index(tiny_source: Path, tmp_path: Path):
    build_catalogue(tiny_source, tmp_path / "out")
    catalogue = Catalogue.open(tmp_path / "out" / "catalogue.sqlite")
    index = SearchIndex.open(tmp_path / "out" / "index", catalogue, tmp_path / "key")
    yield index
    index.close()
    catalogue.close()


def slugs(result: SearchResult) -> list[str]:
    return [h.slug for h in result.hits]


def test_finds_by_title_body_and_acronym(tiny_index: SearchIndex):
    assert slugs(tiny_index.search("border"))[0] == "border-management"
    assert slugs(tiny_index.search("IBM")) == ["border-management"]
    assert slugs(tiny_index.search("young people")) == ["college"]


def test_prefix_while_typing(tiny_index: SearchIndex):
    assert slugs(tiny_index.search("traf"))[0] == "trafficking-human-beings"
    assert slugs(tiny_index.search("t"))[0] == "trafficking-human-beings"


def test_kind_region_and_field_filters(tiny_index: SearchIndex):
    assert slugs(tiny_index.search("nigeria", kind="initiative")) == ["college"]
    assert slugs(tiny_index.search("nigeria", kind="field")) == []
    # the region filter includes sub-regions: Nigeria sits under Africa
    in_africa = slugs(tiny_index.search("the", region="africa"))
    assert in_africa == []  # a stop word alone finds nothing, filtered or not
    africa = set(slugs(tiny_index.search("b", region="africa")))
    assert "border-management" in africa
    assert set(slugs(tiny_index.search("c", region="nigeria"))) == {"college"}
    assert slugs(tiny_index.search("college", field="border-management")) == ["college"]


def test_facets_count_kinds(tiny_index: SearchIndex):
    result = tiny_index.search("africa nigeria", facets=True)  # no entry has both: any-word
    assert result.facets == {"field": 2, "initiative": 1}
    assert sum(result.facets.values()) == result.total == 3


def test_fuzzy_retry_reports_correction(tiny_index: SearchIndex):
    result = tiny_index.search("nigria")
    assert result.corrected == "nigeria"
    assert slugs(result) == ["college"]


def test_snippet_marks_matches_and_escapes_text(tmp_path: Path):
    entries = {k: dict(v) for k, v in TINY_ENTRIES.items()}
    entries["college"]["body"] = 'Young <b>people</b> & "skills" <script>alert(1)</script>'
    build_catalogue(write_source(tmp_path / "src", entries), tmp_path / "out")
    with (
        Catalogue.open(tmp_path / "out" / "catalogue.sqlite") as cat,
        SearchIndex.open(tmp_path / "out" / "index", cat, tmp_path / "key") as index,
    ):
        hit = index.search("people").hits[0]
    assert "<script>" not in hit.snippet and "<b>" not in hit.snippet
    assert "&lt;b&gt;<mark>people</mark>&lt;/b&gt;" in hit.snippet
    assert hit.matched_terms == ("peopl",)


def test_highlight_spans_find_word_forms():
    text = "Trafficked people; anti-trafficking work."
    spans = highlight_spans(text, {"traffick"})
    assert [text[s:e] for s, e in spans] == ["Trafficked", "anti-trafficking"]


def test_result_is_cached_and_identical(tiny_index: SearchIndex):
    first = tiny_index.search("border")
    second = tiny_index.search("border")
    assert second.hits is first.hits  # served from the cache, not searched again
    tiny_index.clear_cache()
    third = tiny_index.search("border")
    assert third.hits == first.hits and third.hits is not first.hits


def test_safe_from_many_threads(tiny_index: SearchIndex):
    errors: list[BaseException] = []

    def worker(word: str) -> None:
        try:
            for i in range(30):
                tiny_index.search(f"{word}{'x' * (i % 3)}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(w,)) for w in ("bor", "traf", "col", "n")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_empty_and_silly_queries_return_empty_results(tiny_index: SearchIndex):
    for text in ("", "   ", "***", '"', "\x00", "((((", "NOT", "AND OR"):
        result = tiny_index.search(text)
        assert result.error is None, (text, result.error)
        assert result.hits == () and result.total == 0, (text, slugs(result))


def test_an_engine_failure_is_reported_not_passed_off_as_no_results(tiny_index, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(tiny_index, "_search", broken)
    result = tiny_index.search("border")
    assert result.hits == () and result.error == "search failed (RuntimeError)"
