"""The thesaurus as the library hands it out: compiled by the build beside the catalogue, loaded
with the index, narrowed to the active catalogue, read as EntryLabels; never a failed start."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.library import EntryLabels, LinkingConcept, OpenOptions, open_library
from desktop_app.library.thesaurus_data import build_catalogue_data, thesaurus_source_for
from desktop_app.paths import AppPaths, resolve_paths
from search_index.thesaurus import THESAURUS_FILE, Thesaurus, ThesaurusError
from tests.helpers import SHIPPED_SOURCE

CATALOGUE_ONLY = OpenOptions(index=False, store=False)
CONCEPTS = """\
[[concept]]
id = "border-management"
entry = "border-management"
[concept.pref]
en = "border management"
fr = "gestion des frontières"
es = "gestión de fronteras"
pt = "gestão de fronteiras"
ar = "إدارة الحدود"
ru = "управление границами"
[concept.alt]
en = ["IBM"]
fr = ["GIF"]

[[concept]]
id = "border-crossing-point"
broader = ["border-management"]
related = ["western-balkans"]
[concept.pref]
en = "border crossing point"
fr = "point de passage frontalier"
es = "paso fronterizo"
pt = "ponto de passagem de fronteira"
ar = "معبر حدودي"
ru = "пункт пропуска через границу"
"""


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """A resources tree (shipped catalogue, two concepts) built the way `fieldref build` does."""
    source = tmp_path / "resources" / "catalogue"
    shutil.copytree(SHIPPED_SOURCE, source)
    thesaurus = thesaurus_source_for(source)
    thesaurus.mkdir()
    (thesaurus / "borders.toml").write_text(CONCEPTS, encoding="utf-8")
    info, built = build_catalogue_data(source, tmp_path / "data")
    assert len(built) == 2 and info.version
    return resolve_paths(data_dir=tmp_path / "data")


def test_entry_labels_of_a_concept_and_of_what_it_links(paths: AppPaths):
    with open_library(paths, CATALOGUE_ONLY) as library:
        labels = library.entry_labels("border-management")
        region = library.entry_labels("western-balkans")
        nothing = library.entry_labels("research")
        assert library.thesaurus_problem is None
    assert labels.concept == "border-management"
    assert labels.name_in("ru") == "управление границами" and labels.name_in("de") is None
    assert labels.also_called() == ("IBM",)  # English alternatives only
    assert [lang for lang, _ in labels.other_languages()] == ["fr", "es", "pt", "ar", "ru"]
    assert labels.linked_by == (
        LinkingConcept("border-crossing-point", "border crossing point", "broader"),
    )
    assert region.concept is None and region.linked_by[0].relation == "related"
    assert nothing == EntryLabels("research")


def test_the_thesaurus_loads_with_the_index(paths: AppPaths):
    with open_library(paths, OpenOptions(store=False)) as library:
        assert library._thesaurus is not None  # loaded off the GUI thread
        assert len(library.thesaurus) == 2


def test_links_to_slugs_the_active_catalogue_lacks_are_dropped(paths: AppPaths, tmp_path: Path):
    """A content pack may remove an entry the shipped thesaurus names: search must not boost it
    and no page may link to it."""
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "t.toml").write_text(
        CONCEPTS.replace('"western-balkans"', '"atlantis"').replace(
            'entry = "border-management"', 'entry = "gone"'
        ),
        encoding="utf-8",
    )
    compiled = Thesaurus.load(folder, None).compiled_bytes()  # as another catalogue's build
    (paths.data_dir / THESAURUS_FILE).write_bytes(compiled)
    with open_library(paths, CATALOGUE_ONLY) as library:
        crossing = library.thesaurus.concept("border-crossing-point")
        assert crossing is not None and crossing.related == ()
        assert crossing.broader == ("border-management",)
        assert library.thesaurus.concept("border-management").entry is None


@pytest.mark.parametrize("damage", ["missing", "damaged"])
def test_no_usable_thesaurus_is_an_empty_one_never_a_failed_open(paths: AppPaths, damage: str):
    compiled = paths.data_dir / THESAURUS_FILE
    if damage == "missing":
        compiled.unlink()
    else:
        compiled.write_text('{"format": 1, "concepts": [["x"]]}', encoding="utf-8")
    with open_library(paths, CATALOGUE_ONLY) as library:
        assert len(library.thesaurus) == 0
        assert library.entry_labels("border-management") == EntryLabels("border-management")
        if damage == "damaged":
            assert "thesaurus.json: damaged" in (library.thesaurus_problem or "")


def test_a_bad_thesaurus_leaves_the_old_catalogue(paths: AppPaths, tmp_path: Path):
    before = (paths.data_dir / "catalogue.sqlite").read_bytes()
    source = tmp_path / "resources" / "catalogue"
    (tmp_path / "resources" / "thesaurus" / "borders.toml").write_text(
        CONCEPTS.replace('"western-balkans"', '"atlantis"'), encoding="utf-8"
    )
    with pytest.raises(ThesaurusError, match=r"borders\.toml:18: .*unknown slug 'atlantis'"):
        build_catalogue_data(source, paths.data_dir)
    assert (paths.data_dir / "catalogue.sqlite").read_bytes() == before


def test_a_quick_start_reads_labels_without_loading_the_thesaurus(paths: AppPaths):
    """The window answers from the index's catalogue copy first, and its pages read their
    labels from search's label index: the thesaurus itself (~2 MB) is never loaded."""
    from desktop_app.library import build_search_index, open_library_quickly

    build_search_index(paths, paths.data_dir)
    for start in ("first", "kept"):  # the first builds the label index; the next reads its copy
        library = open_library_quickly(paths)
        assert library is not None and library.completing
        try:
            if start == "kept":
                assert library.index.label_index() is not None  # there at once
            library.search("border")  # waits for a label index still being built
            labels = library.entry_labels("border-management")
            assert labels.name_in("fr") == "gestion des frontières"
            assert [c.id for c in library.entry_labels("western-balkans").linked_by] == [
                "border-crossing-point"
            ]
            assert library._thesaurus is None
        finally:
            library.close()
        wait_for_the_kept_copy(paths)


def wait_for_the_kept_copy(paths: AppPaths) -> None:
    import time

    from search_index.concepts_cache import cache_file

    for _ in range(500):
        if cache_file(paths.index_dir).exists():
            return
        time.sleep(0.01)
    raise AssertionError("the label index was not kept")


def test_the_label_index_says_what_the_thesaurus_says_of_every_entry(tmp_path: Path):
    """Entry pages read labels from search's label index (kept between runs) once it is
    built, from the thesaurus before: the two must never disagree, on the shipped data."""
    import json

    from desktop_app.library.thesaurus_data import entry_labels, labels_from_index
    from search_index.concepts import ConceptIndex

    _info, thesaurus = build_catalogue_data(SHIPPED_SOURCE, tmp_path)
    assert len(thesaurus) > 300
    compiled = Thesaurus.load_compiled(tmp_path / THESAURUS_FILE)
    kept = ConceptIndex.from_plain(json.loads(json.dumps(ConceptIndex(compiled).to_plain())))
    library = open_library(resolve_paths(data_dir=tmp_path), CATALOGUE_ONLY)
    try:
        slugs = [e.slug for e in library.catalogue.entries()]
        slugs += [r.slug for r in library.catalogue.regions()]
    finally:
        library.close()
    with_labels = 0
    for slug in [*slugs, "no-such-slug"]:
        expected = entry_labels(compiled, slug)
        assert labels_from_index(kept, slug) == expected, slug
        with_labels += bool(expected.pref)
    assert with_labels == len(slugs)  # every entry and region has a concept
