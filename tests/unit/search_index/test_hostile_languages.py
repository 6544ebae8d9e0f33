"""Issue 12, hostile input in six languages: mixed scripts, direction marks, combining
characters, 10k-character queries and thesaurus labels. Search returns a result, never raises,
and normalisation is stable (normalising twice changes nothing)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import Catalogue, FieldReferenceError, build_catalogue
from search_index import SearchIndex, SearchResult
from search_index.analysis import normalize, words
from search_index.concepts import ConceptIndex
from search_index.normalize import normalize_word
from search_index.query import attach_concepts, understand
from tests.unit.search_index.thesaurus_fixture import TINY_CONCEPTS, load_thesaurus, write_thesaurus

MARKS = [
    "\u200e",  # LRM
    "\u200f",  # RLM
    "\u061c",  # Arabic letter mark
    "\u202b",  # RLE
    "\u202e",  # RLO
    "\u2066",  # LRI
    "\u2069",  # PDI
    "\u200c",  # ZWNJ
    "\u200d",  # ZWJ
    "\u00ad",  # soft hyphen
    "\ufeff",  # BOM
    "\u0640",  # tatweel
]
COMBINING = [chr(c) for c in (*range(0x0300, 0x0370), *range(0x064B, 0x0660), 0x0670, 0x0483)]
WORDS = [
    "réfugiés",
    "беженцы",
    "الهجرة",
    "إِدَارَةُ",
    "gestión",
    "tráfico",
    "Ёлка",
    "ﬁnance",
    "Straße",
    "İstanbul",
    "l'asile",
    "¿cómo",
    "COVID-19",
    "M&D",
    "中文",
    "עברית",
    "٣",
]
pieces = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(COMBINING),
    st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=12),
    st.text(alphabet=st.characters(min_codepoint=0x0400, max_codepoint=0x04FF), max_size=12),
    st.text(alphabet=st.characters(codec=None), max_size=12),
)
mixed = st.lists(pieces, max_size=20).map("".join) | st.lists(pieces, max_size=20).map(" ".join)


@settings(
    max_examples=1_500,
    deadline=dt.timedelta(seconds=5),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)
@given(text=mixed, correct=st.booleans())
def test_mixed_scripts_and_marks_give_a_result(shipped_index: SearchIndex, text, correct):
    result = shipped_index.search(text, correct=correct)
    assert isinstance(result, SearchResult) and result.error is None, result.error
    explained = shipped_index.explain(text)
    assert explained.query == result.query


@settings(max_examples=1_000, deadline=None, derandomize=True)
@given(word=mixed)
def test_normalising_is_stable(word: str):
    once = normalize_word(word)
    assert normalize_word(once) == once
    for found, _start, _end in words(word):
        assert normalize(found) == found


def test_marks_inside_a_word_do_not_split_it():
    assert [w for w, _, _ in words("ref\u00adugee r\u200ce\u200dfugee")] == ["refugee", "refugee"]
    assert normalize_word("e\u0301") == "e" and normalize_word("й") == "й"
    # an RLM typed before an Arabic word, vowel marks on it: the same word
    assert understand("\u200fالْهِجْرَة").units[0].surface == understand("الهجرة").units[0].surface


def test_ten_thousand_character_queries(shipped_index: SearchIndex):
    for text in (
        "é" * 10_000,
        "ال" * 5_000,
        "\u0301" * 10_000,
        "беженцы " * 1_250,
        "\u200f" * 10_000,
    ):
        result = shipped_index.search(text)
        assert result.error is None and len(result.query) <= 256


HOSTILE = {
    "id": "hostile",
    "related": ["college"],
    "pref": {
        "en": "border " * 1_428,
        "fr": "é\u0301" * 5_000,
        "es": "a\u200fb " * 2_500,
        "pt": "ção" * 3_333,
        "ar": "الْهِجْرَة " * 1_000,
        "ru": "ё" * 10_000,
    },
    "alt": {"en": ["x" * 10_000]},
}
KNOWN = {"border-management", "trafficking-human-beings", "college", "west-africa"}


class _InMemory:
    """A thesaurus as search sees it (labels()), holding what no loader would let through."""

    def __init__(self, concepts: list[dict]) -> None:
        self._rows = []
        for raw in concepts:
            concept = type("C", (), {"id": raw["id"], "entry": raw.get("entry")})()
            concept.broader = tuple(raw.get("broader", ()))
            concept.related = tuple(raw.get("related", ()))
            for language, label in raw["pref"].items():
                self._rows.append((language, "pref", label, concept))
            for kind in ("alt", "hidden"):
                for language, labels in raw.get(kind, {}).items():
                    self._rows += [(language, kind, label, concept) for label in labels]

    def labels(self):
        return iter(self._rows)


@pytest.fixture(scope="module")
def long_label_index(tmp_path_factory: pytest.TempPathFactory):
    """An index whose thesaurus has 10k-character labels, in several scripts, with marks."""
    root = tmp_path_factory.mktemp("long-labels")
    from tests.helpers import write_source

    build_catalogue(write_source(root / "src"), root / "out")
    thesaurus = _InMemory([*TINY_CONCEPTS, HOSTILE])
    catalogue = Catalogue.open(root / "out" / "catalogue.sqlite")
    index = SearchIndex.open(root / "ix", catalogue, root / "key", thesaurus=thesaurus)
    yield index, thesaurus
    index.close()
    catalogue.close()


def test_ten_thousand_character_labels_in_a_file_are_one_line_or_searched(tmp_path: Path):
    """The loader may refuse such a file (one line naming file and line); what it accepts,
    search takes."""
    folder = write_thesaurus(tmp_path / "th", [*TINY_CONCEPTS, HOSTILE])
    try:
        thesaurus = load_thesaurus(folder, KNOWN)
    except FieldReferenceError as exc:
        assert "concepts.toml" in str(exc) and "\n" not in str(exc)
        return
    assert len(ConceptIndex(thesaurus)) == len(TINY_CONCEPTS) + 1


def test_ten_thousand_character_labels(long_label_index):
    index, thesaurus = long_label_index
    concepts = ConceptIndex(thesaurus)
    assert len(concepts) == len(TINY_CONCEPTS) + 1
    for text in ("border border border", "ё" * 300, "الهجرة", "x" * 300, "gestion des frontières"):
        result = index.search(text)
        assert result.error is None, (text[:10], result.error)
    # the ordinary labels still work beside the hostile ones
    units = attach_concepts(understand("gestion des frontières"), concepts).units
    assert units[0].concepts == ("border-management",)
