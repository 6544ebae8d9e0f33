"""Issue 12's judged set: every query's expected entry or region first among its kind, and the
score per category (printed with -s; the closing note quotes it)."""

from __future__ import annotations

import pytest

from search_index import SearchIndex
from tests.unit.search_index.judged_languages import JUDGED_BY_CATEGORY, JUDGED_MULTILINGUAL

CATEGORIES = ("concepts", "questions", "multi-word", "acronyms", "countries")
LANGUAGES = ("fr", "es", "pt", "ar", "ru")


def first_of_kind(index: SearchIndex, query: str, slug: str) -> str | None:
    """The first hit of the expected slug's kind (a region page, or an entry's kind)."""
    catalogue = index.catalogue
    kind = catalogue.entry(slug).kind if catalogue.has_entry(slug) else "region"
    return next((h.slug for h in index.search(query, limit=50).hits if h.kind == kind), None)


def test_the_judged_set_is_large_enough():
    assert len(JUDGED_MULTILINGUAL) >= 120
    for category in (*CATEGORIES, *LANGUAGES):
        assert len(JUDGED_BY_CATEGORY[category]) >= 15, category
    for rows in JUDGED_BY_CATEGORY.values():
        assert len({q for q, _ in rows}) == len(rows)


def test_every_expected_slug_exists(shipped_index: SearchIndex):
    regions = {r.slug for r in shipped_index.catalogue.regions()}
    for _category, _query, slug in JUDGED_MULTILINGUAL:
        assert shipped_index.catalogue.has_entry(slug) or slug in regions, slug


@pytest.mark.parametrize(
    ("category", "query", "expected"),
    JUDGED_MULTILINGUAL,
    ids=[f"{c}:{q}" for c, q, _ in JUDGED_MULTILINGUAL],
)
def test_judged_query_first_among_its_kind(shipped_index: SearchIndex, category, query, expected):
    assert first_of_kind(shipped_index, query, expected) == expected


def test_score_per_category(shipped_index: SearchIndex):
    """The table for the closing note: right answers at rank 1 among their kind."""
    lines = []
    total = right = 0
    for category, rows in JUDGED_BY_CATEGORY.items():
        hits = sum(first_of_kind(shipped_index, q, s) == s for q, s in rows)
        lines.append(f"{category:12s} {hits:3d}/{len(rows):3d}")
        total, right = total + len(rows), right + hits
    lines.append(f"{'all':12s} {right:3d}/{total:3d}")
    print("\njudged set, rank 1 among its kind:\n" + "\n".join(lines))
    assert right == total
