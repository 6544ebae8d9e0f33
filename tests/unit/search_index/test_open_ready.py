"""A verified index answers over its catalogue copy before SQLAlchemy loads, and only then."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from db import Catalogue
from db.snapshot import SNAPSHOT_FILE
from search_index import SearchIndex, SearchResult, build_index
from tests.helpers import THESAURUS
from tests.unit.search_index.thesaurus_fixture import load_thesaurus

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def built(shipped_catalogue: Path, tmp_path: Path):
    copy = tmp_path / "catalogue.sqlite"
    copy.write_bytes(shipped_catalogue.read_bytes())
    with Catalogue.open(copy) as catalogue:
        build_index(catalogue, tmp_path / "index", tmp_path / "key")
    return copy, tmp_path / "index", tmp_path / "key"


def ready(built: tuple[Path, Path, Path]) -> SearchIndex | None:
    catalogue_file, folder, key = built
    with Catalogue.open(catalogue_file) as catalogue:
        known = slugs(catalogue)
    return SearchIndex.open_ready(folder, catalogue_file, key, thesaurus=thesaurus(known))


def slugs(catalogue: Catalogue) -> set[str]:
    return {e.slug for e in catalogue.entries()} | {r.slug for r in catalogue.regions()}


def thesaurus(known: set[str]) -> object:
    return load_thesaurus(THESAURUS, known)


def untimed(result: SearchResult) -> SearchResult:
    return replace(result, elapsed_ms=0.0)


def test_it_answers_like_the_index_over_the_sqlite_catalogue(built):
    catalogue_file, folder, key = built
    quick = ready(built)
    assert quick is not None
    with (
        quick,
        Catalogue.open(catalogue_file) as catalogue,
        SearchIndex.open(folder, catalogue, key, thesaurus=thesaurus(slugs(catalogue))) as full,
    ):
        for text in ("border managment", "traf", "Syria", "western balkans", "asylum"):
            assert untimed(quick.search(text)) == untimed(full.search(text)), text


def test_it_opens_without_importing_sqlalchemy(built):
    catalogue_file, folder, key = built
    script = (
        "import sys\n"
        "from search_index.searcher import SearchIndex\n"
        f"index = SearchIndex.open_ready({str(folder)!r}, {str(catalogue_file)!r}, {str(key)!r})\n"
        "assert index is not None\n"
        "assert index.search('border').hits[0].slug == 'border-management'\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "[]"


def test_a_changed_copy_fails_the_stamp(built):
    folder = built[1]
    path = folder / SNAPSHOT_FILE
    data = path.read_bytes()
    path.write_bytes(data.replace(b"Border Management", b"Border Managemenx", 1))
    assert ready(built) is None


def test_a_catalogue_replaced_in_place_is_not_answered_for(built):
    catalogue_file = built[0]
    info = os.stat(catalogue_file)
    os.utime(catalogue_file, ns=(info.st_atime_ns, info.st_mtime_ns + 10**9))
    assert ready(built) is None


def test_no_index_yet_means_the_full_open(built, tmp_path: Path):
    catalogue_file, _folder, key = built
    assert SearchIndex.open_ready(tmp_path / "nothing", catalogue_file, key) is None


def test_an_index_signed_elsewhere_is_not_opened(built, tmp_path: Path):
    catalogue_file, folder, _key = built
    assert SearchIndex.open_ready(folder, catalogue_file, tmp_path / "other.key") is None
