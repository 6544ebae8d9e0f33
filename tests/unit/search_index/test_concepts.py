"""Issue 12: thesaurus concepts in six languages, on a three-entry catalogue and a tiny thesaurus.

A label matches as a phrase in any language; the concept's English labels find entries the typed
words cannot; its linked entries rank higher, always below literal matches of the same words;
a concept that IS an entry or region brings that page first (docs/architecture.md §5).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from db import Catalogue, build_catalogue
from search_index import SearchIndex, SearchResult
from search_index.concepts import ConceptIndex
from search_index.query import attach_concepts, understand
from tests.unit.search_index.thesaurus_fixture import load_thesaurus, write_thesaurus

KNOWN = {"border-management", "trafficking-human-beings", "college", "west-africa", "africa"}


@pytest.fixture(scope="module")
def concepts(tmp_path_factory: pytest.TempPathFactory) -> ConceptIndex:
    folder = write_thesaurus(tmp_path_factory.mktemp("thes") / "thesaurus")
    return ConceptIndex(load_thesaurus(folder, KNOWN))


@pytest.fixture
def index(tiny_source: Path, tmp_path: Path):
    build_catalogue(tiny_source, tmp_path / "out")
    catalogue = Catalogue.open(tmp_path / "out" / "catalogue.sqlite")
    thesaurus = load_thesaurus(write_thesaurus(tmp_path / "thesaurus"), KNOWN)
    found = SearchIndex.open(
        tmp_path / "out" / "index", catalogue, tmp_path / "key", thesaurus=thesaurus
    )
    yield found
    found.close()
    catalogue.close()


def matched(concepts: ConceptIndex, text: str) -> list[str]:
    understood = attach_concepts(understand(text), concepts)
    return [c for unit in understood.units for c in unit.concepts]


def slugs(result: SearchResult) -> list[str]:
    return [h.slug for h in result.hits]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("border management ", "border-management"),
        ("Gestion des frontières", "border-management"),
        ("gestion des frontieres", "border-management"),  # typed without accents
        ("gestión de fronteras", "border-management"),
        ("إدارة الحدود", "border-management"),
        ("إِدَارَةُ الْحُدُودِ", "border-management"),  # with vowel marks
        ("управление границами", "border-management"),
        ("traite des êtres humains", "trafficking"),
        ("la traite des etres humains", "trafficking"),
        ("trata de personas", "trafficking"),
        ("tráfico de pessoas", "trafficking"),
        ("الاتجار بالبشر", "trafficking"),
        ("торговля людьми", "trafficking"),
        ("border crossing points", "border-crossing-point"),  # plural: stems meet
        ("points de passage frontaliers", "border-crossing-point"),
        ("молодежь", "youth"),  # ё typed as е
        ("jovens", "youth"),
        ("Afrique de l'Ouest", "west-africa"),
        ("trafficing ", "trafficking"),  # a hidden label
    ],
)
def test_labels_match_as_phrases_in_six_languages(concepts: ConceptIndex, text, concept):
    assert matched(concepts, text) == [concept]


def test_the_longest_label_wins(concepts: ConceptIndex):
    # "border management" is inside "integrated border management": one concept, not two
    assert matched(concepts, "integrated border management ") == ["border-management"]


def test_words_apart_are_not_a_label(concepts: ConceptIndex):
    assert matched(concepts, "border risk management ") == []
    # adjacent words in another order still spell it ("salud y migración", "migración y salud")
    assert matched(concepts, "management border ") == ["border-management"]


def test_question_words_in_six_languages_are_dropped():
    for text in (
        "how do I find border management",
        "comment trouver la gestion des frontières",
        "¿cómo encontrar la gestión de fronteras?",
        "como encontrar a gestão de fronteiras",
        "كيف إدارة الحدود",
        "как найти управление границами",
    ):
        understood = understand(text)
        assert not {"how", "comment", "como", "كيف", "как"} & {u.surface for u in understood.units}
        assert understood.dropped, text


def test_a_concept_page_comes_first(index: SearchIndex):
    result = index.search("gestion des frontières")
    assert slugs(result)[0] == "border-management"
    assert index.search("Afrique de l'Ouest").hits[0].kind == "region"


def test_a_concept_finds_what_its_english_labels_find(index: SearchIndex):
    # nothing says "jóvenes": the concept's English label "young people" finds the college
    assert slugs(index.search("jóvenes")) == ["college"]
    assert slugs(index.search("молодёжь")) == ["college"]


def test_expansions_rank_below_literal_matches(index: SearchIndex):
    # "trafficking" literally: the THB field and the border field (its body does not say it)
    literal = slugs(index.search("anti-trafficking programme"))
    assert literal[0] == "trafficking-human-beings"
    # "checkpoint" (a BCP label) is in no entry; its concept links to border management
    result = index.search("checkpoint")
    assert slugs(result)[:1] == ["border-management"]


def test_linked_entries_never_beat_literal_matches(tmp_path: Path):
    """A concept linked to entry A, typed as words only entry B contains: B first."""
    entries = {
        "a": dict(
            kind="field",
            title="Alpha",
            order=1,
            summary="Nothing here.",
            aliases=[],
            regions=[],
            related=[],
            body="Quiet text about other matters.",
        ),
        "b": dict(
            kind="field",
            title="Beta",
            order=2,
            summary="Young people.",
            aliases=[],
            regions=[],
            related=[],
            body="Young people and their skills.",
        ),
    }
    from tests.helpers import write_source

    build_catalogue(write_source(tmp_path / "src", entries), tmp_path / "out")
    concept = {
        "id": "youth",
        "related": ["a"],
        "pref": {lang: "young people" for lang in ("en", "fr", "es", "pt", "ar", "ru")},
    }
    thesaurus = load_thesaurus(write_thesaurus(tmp_path / "th", [concept]), {"a", "b"})
    with (
        Catalogue.open(tmp_path / "out" / "catalogue.sqlite") as catalogue,
        SearchIndex.open(tmp_path / "ix", catalogue, tmp_path / "key", thesaurus=thesaurus) as ix,
    ):
        # b says it; a is only linked: after it, never before
        assert slugs(ix.search("young people")) == ["b", "a"]


def test_a_thesaurus_word_is_never_corrected(index: SearchIndex):
    for text in ("NRM", "перенаправления", "derivación"):
        assert index.search(text).corrected is None, text


def test_an_acronym_label_completes_while_typing(index: SearchIndex):
    assert "border-management" in slugs(index.search("ib"))


def test_explain_says_how_a_query_was_understood(index: SearchIndex):
    explained = index.explain("comment gérer la traite des êtres humains")
    assert explained.language == "fr" and explained.script == "latin"
    assert "comment" in explained.dropped
    assert [n.concept for n in explained.concepts] == ["trafficking"]
    assert "trafficking in human beings" in explained.expansions
    assert explained.top[0][1] == "trafficking-human-beings"
    text = "\n".join(explained.lines())
    assert "concept:" in text and "language:   fr" in text


def test_an_expansion_never_beats_the_typed_word(tmp_path: Path):
    """Entry a says "youth" (typed); entry b says "young people" (the concept's other English
    label) and is linked to the concept: a first, however the scores fall."""
    from tests.helpers import write_source

    def entry(order: int, text: str) -> dict:
        return dict(
            kind="field",
            title=f"Entry {order}",
            order=order,
            summary=text,
            aliases=[],
            regions=[],
            related=[],
            body=text,
        )

    entries = {"a": entry(1, "Work with youth."), "b": entry(2, "Young people, young people.")}
    build_catalogue(write_source(tmp_path / "src", entries), tmp_path / "out")
    concept = {
        "id": "youth",
        "related": ["b"],
        "pref": {lang: "young people" for lang in ("en", "fr", "es", "pt", "ar", "ru")},
        "alt": {"en": ["youth"]},
    }
    thesaurus = load_thesaurus(write_thesaurus(tmp_path / "th", [concept]), {"a", "b"})
    with (
        Catalogue.open(tmp_path / "out" / "catalogue.sqlite") as catalogue,
        SearchIndex.open(tmp_path / "ix", catalogue, tmp_path / "key", thesaurus=thesaurus) as ix,
    ):
        assert slugs(ix.search("youth")) == ["a", "b"]
        assert slugs(ix.search("young people")) == ["b", "a"]
