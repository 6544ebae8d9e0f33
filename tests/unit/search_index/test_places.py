"""Issue 12, honest answers: the judged places set, the gazetteer's coverage, and the rules a
correction must keep (docs/architecture.md §5)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pycountry
import pytest

from search_index import SearchIndex
from search_index.concepts import ConceptIndex
from search_index.correction import Corrector
from search_index.gazetteer import Gazetteer, name_key, source_dir, write_gazetteer
from search_index.query import parse
from tests.unit.search_index.judged_places import PLACES
from tests.unit.search_index.thesaurus_fixture import load_thesaurus, write_thesaurus

ROOT = Path(__file__).resolve().parents[3]
KNOWN = {"border-management", "trafficking-human-beings", "college", "west-africa"}


def test_the_judged_places_set_is_large_enough():
    assert len(PLACES) >= 30
    assert len({q for q, *_ in PLACES}) == len(PLACES)


@pytest.mark.parametrize(
    ("query", "first", "corrected", "notice"), PLACES, ids=[q for q, *_ in PLACES]
)
def test_judged_place(shipped_index: SearchIndex, query, first, corrected, notice):
    result = shipped_index.search(query, limit=50)
    got = (result.hits[0].kind, result.hits[0].slug) if result.hits else None
    assert (got, result.corrected, result.notice) == (first, corrected, notice)


def test_a_country_is_never_corrected_even_without_its_region(shipped_index: SearchIndex):
    for query in ("Syria", "Mali", "Chad", "Oman", "Togo", "Fiji"):
        assert shipped_index.search(query).corrected is None, query


def test_a_country_named_alongside_other_words_is_left_alone(shipped_index: SearchIndex):
    result = shipped_index.search("asylum syria")
    assert result.corrected is None
    assert result.hits[0].slug == "asylum-protection"


def test_a_filtered_search_offers_no_region(shipped_index: SearchIndex):
    result = shipped_index.search("Nigeria", kind="initiative")
    assert all(h.kind == "initiative" for h in result.hits)


def test_search_instead_means_no_correction(shipped_index: SearchIndex):
    assert shipped_index.search("trafiking").corrected == "trafficking"
    assert shipped_index.search("trafiking", correct=False).corrected is None


# -- the gazetteer -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder = tmp_path_factory.mktemp("gazetteer")
    write_gazetteer(folder)
    return Gazetteer.load(folder)


def test_every_iso_country_is_in_the_gazetteer(gazetteer: Gazetteer):
    codes = {c.code for c in gazetteer.countries}
    assert codes == {c.alpha_3 for c in pycountry.countries}
    placed = [c for c in gazetteer.countries if c.subregion]
    assert len(placed) == len(gazetteer.countries) - 2  # Antarctica and Taiwan: no M49 row


def test_names_in_six_languages_meet(gazetteer: Gazetteer):
    for name in ("Morocco", "Maroc", "Marruecos", "Marrocos", "Марокко", "المغرب"):
        country = gazetteer.country(name_key(name))
        assert country is not None and country.code == "MAR", name


def test_arabic_vowel_marks_do_not_matter():
    assert name_key("السّوريّة") == name_key("السورية")


def test_the_m49_table_lists_each_country_once():
    table = tomllib.loads((source_dir() / "m49.toml").read_text(encoding="utf-8"))
    members = [m for sub in table["subregion"] for m in sub["members"]]
    assert len(members) == len(set(members))


def test_every_mapped_slug_is_a_catalogue_region():
    regions = tomllib.loads(
        (ROOT / "resources" / "catalogue" / "regions.toml").read_text(encoding="utf-8")
    )
    slugs = {r["slug"] for r in regions["region"]}
    mapping = tomllib.loads((source_dir() / "catalogue_regions.toml").read_text("utf-8"))
    assert set(mapping["m49"].values()) <= slugs
    assert set(mapping["countries"].values()) <= slugs


def test_a_country_missing_from_the_m49_table_fails_the_build(tmp_path: Path):
    from search_index.errors import SearchIndexError

    source = tmp_path / "gazetteer"
    source.mkdir()
    text = (source_dir() / "m49.toml").read_text(encoding="utf-8")
    (source / "m49.toml").write_text(text.replace('"SYR", ', ""), encoding="utf-8")
    (source / "catalogue_regions.toml").write_text("", encoding="utf-8")
    with pytest.raises(SearchIndexError, match="SYR"):
        write_gazetteer(tmp_path, source)


# -- the correction rules ------------------------------------------------------------------


def corrector(shipped_index: SearchIndex) -> Corrector:
    return shipped_index._engine.corrector


@pytest.mark.parametrize("word", ["nrm", "nrm ", "mai", "xyz"])
def test_three_letter_words_are_never_guessed_at(shipped_index: SearchIndex, word):
    unit = parse(word)[0]  # "nrm" while typing once became "numerous"
    assert corrector(shipped_index).nearest(unit) is None


def test_a_short_word_being_typed_is_not_matched_to_word_starts(shipped_index: SearchIndex):
    unit = parse("syri")[0]  # once "strives", by comparing with the start of longer words
    assert unit.prefix
    assert corrector(shipped_index).nearest(unit) is None


def test_the_first_letter_is_kept(shipped_index: SearchIndex):
    unit = parse("vorder ")[0]  # one edit from "border", but at the first letter
    assert corrector(shipped_index).nearest(unit) is None


def test_a_four_letter_word_moves_one_edit_at_most(shipped_index: SearchIndex):
    assert corrector(shipped_index).nearest(parse("risc ")[0]) == ("risk", "risk")
    assert corrector(shipped_index).nearest(parse("rxxk ")[0]) is None


def test_a_query_is_corrected_whole_or_not_at_all(shipped_index: SearchIndex):
    result = shipped_index.search("bordr qqqqqqq")
    assert result.corrected is None


def test_a_thesaurus_word_is_known(tmp_path: Path):
    folder = write_thesaurus(tmp_path / "thesaurus")
    concepts = ConceptIndex(load_thesaurus(folder, KNOWN))
    assert concepts.knows("nrm") and concepts.knows("перенаправления")
    assert not concepts.knows("numer")


def test_the_committed_gazetteer_is_what_pycountry_and_the_tables_give():
    """resources/gazetteer/gazetteer.json ships in place of pycountry: after a pycountry update
    or a table edit, `make gazetteer` must be run and its output committed."""
    from search_index.gazetteer import GAZETTEER_FILE, generate

    committed = (source_dir() / GAZETTEER_FILE).read_text(encoding="utf-8")
    assert committed == generate(), "stale gazetteer: run 'make gazetteer' and commit the result"


def test_building_an_index_never_needs_pycountry(tmp_path: Path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pycountry", None)  # import pycountry -> ImportError
    assert write_gazetteer(tmp_path) == len(pycountry.countries)
    assert Gazetteer.load(tmp_path).country(name_key("Maroc")).code == "MAR"


def test_the_index_copy_carries_the_names_normalised_as_a_start_would(tmp_path: Path):
    """Normalising ~1,600 names at every start took ~7 ms: the index build does it once."""
    import json

    from search_index.gazetteer import GAZETTEER_FILE

    write_gazetteer(tmp_path)
    copy = tmp_path / GAZETTEER_FILE
    data = json.loads(copy.read_text(encoding="utf-8"))
    assert len(data["normal"]) > 1000 and "سوريه" in " ".join(data["normal"])
    kept = Gazetteer.load(tmp_path)
    del data["normal"], data["normal_words"]
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    computed = Gazetteer.load(tmp_path)
    assert kept.normal_names == computed.normal_names
    assert kept.normal_words == computed.normal_words and len(kept.normal_words) > 1000
