"""A missing, stale, corrupt or foreign index is rebuilt with a message, never a crash."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from db import Catalogue, build_catalogue
from search_index import SearchIndex, SearchIndexError, build_index
from tests.helpers import TINY_ENTRIES, write_source


@pytest.fixture
def built(tiny_source: Path, tmp_path: Path):
    build_catalogue(tiny_source, tmp_path / "out")
    catalogue = Catalogue.open(tmp_path / "out" / "catalogue.sqlite")
    build_index(catalogue, tmp_path / "out" / "index", tmp_path / "key")
    yield catalogue, tmp_path / "out" / "index", tmp_path / "key"
    catalogue.close()


def reopen(catalogue: Catalogue, folder: Path, key: Path) -> tuple[SearchIndex, list[str]]:
    messages: list[str] = []
    index = SearchIndex.open(folder, catalogue, key, on_rebuild=messages.append)
    assert index.search("border").hits[0].slug == "border-management"
    return index, messages


def _segment(folder: Path) -> Path:
    return next(p for p in folder.iterdir() if p.suffix == ".seg")


def test_healthy_index_is_reused(built):
    index, messages = reopen(*built)
    index.close()
    assert messages == [] and index.rebuilt_because is None


def test_missing_index_is_built(built):
    catalogue, folder, key = built
    shutil.rmtree(folder)
    index, messages = reopen(catalogue, folder, key)
    index.close()
    assert messages == ["the search index is missing"]


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda f: _segment(f).write_bytes(_segment(f).read_bytes()[:100]), "damaged"),
        (lambda f: _segment(f).write_bytes(b"garbage" * 1000), "damaged"),
        (lambda f: (f / "MAIN_WRITELOCK").write_text("stale"), "damaged"),
        (lambda f: (f / "stamp.json").unlink(), "no stamp"),
        (lambda f: (f / "stamp.json").write_text("{not json"), "unreadable"),
        (lambda f: (f / "lexicon.json").write_text("[]"), "damaged"),
        (lambda f: [p.unlink() for p in f.iterdir() if p.name.endswith(".toc")], "damaged"),
    ],
    ids=["truncated", "garbage", "stale-lock", "no-stamp", "bad-stamp", "lexicon", "no-toc"],
)
def test_damaged_index_is_rebuilt(built, damage, reason):
    catalogue, folder, key = built
    damage(folder)
    index, messages = reopen(catalogue, folder, key)
    index.close()
    assert len(messages) == 1 and reason in messages[0]


def test_index_from_another_machine_is_never_opened(built, tmp_path: Path):
    catalogue, folder, _key = built
    other_key = tmp_path / "other-machine.key"
    index, messages = reopen(catalogue, folder, other_key)
    index.close()
    assert messages == ["the search index was not built on this machine"]


def test_forged_stamp_is_refused(built):
    catalogue, folder, key = built
    stamp = json.loads((folder / "stamp.json").read_text())
    stamp["content_sha256"] = "0" * 64
    (folder / "stamp.json").write_text(json.dumps(stamp))
    index, messages = reopen(catalogue, folder, key)
    index.close()
    assert messages == ["the search index was not built on this machine"]


def test_stale_index_after_catalogue_change(built, tmp_path: Path):
    _catalogue, folder, key = built
    entries = {k: dict(v) for k, v in TINY_ENTRIES.items()}
    entries["college"]["title"] = "College of Skills"
    build_catalogue(write_source(tmp_path / "src2", entries), tmp_path / "out2")
    with Catalogue.open(tmp_path / "out2" / "catalogue.sqlite") as changed:
        index, messages = reopen(changed, folder, key)
        assert index.search("college").hits[0].title == "College of Skills"
        index.close()
    assert messages == ["the search index is stale (the catalogue changed)"]


def test_without_rebuild_a_problem_is_one_clear_error(built):
    catalogue, folder, key = built
    shutil.rmtree(folder)
    with pytest.raises(SearchIndexError, match=r"missing; run 'fieldref build'"):
        SearchIndex.open(folder, catalogue, key, rebuild=False)


def test_build_swaps_in_whole_and_leaves_no_temp_folders(built):
    catalogue, folder, key = built
    build_index(catalogue, folder, key)
    siblings = sorted(p.name for p in folder.parent.iterdir())
    assert siblings == ["catalogue.sqlite", "index"]
    assert not (folder / "MAIN_WRITELOCK").exists()


def test_progress_is_reported(built, tmp_path: Path):
    catalogue, _folder, key = built
    seen: list[tuple[int, int]] = []
    build_index(catalogue, tmp_path / "fresh", key, progress=lambda n, t: seen.append((n, t)))
    assert seen[-1] == (3, 3)


def test_malformed_key_file_is_replaced(built):
    catalogue, folder, key = built
    key.write_text("short")
    index, messages = reopen(catalogue, folder, key)
    index.close()
    assert messages == ["the search index was not built on this machine"]
    assert len(key.read_text()) == 64
