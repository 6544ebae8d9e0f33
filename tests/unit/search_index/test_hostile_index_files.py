"""Hostile or unwritable index files (issue 10): rebuilt or kept in a temp folder, never a hang."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from db import Catalogue, build_catalogue
from search_index import SearchIndex, SearchIndexError, build_index

NESTED_JSON = "[" * 100_000 + "]" * 100_000
NESTED_TOML = "x = " + "[" * 100_000 + "]" * 100_000
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
not_root = pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores folder permissions"
)


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


@pytest.mark.parametrize("name", ["stamp.json", "lexicon.json", "short_prefixes.json"])
def test_deeply_nested_index_json_is_rebuilt(built, name: str):
    catalogue, folder, key = built
    (folder / name).write_text(NESTED_JSON)
    index, messages = reopen(catalogue, folder, key)
    index.close()
    assert len(messages) == 1


@needs_fifo
@pytest.mark.parametrize("name", ["stamp.json", "lexicon.json", "intruder"])
def test_fifo_in_the_index_folder_is_rebuilt_not_waited_on(built, name: str):
    catalogue, folder, key = built
    (folder / name).unlink(missing_ok=True)
    os.mkfifo(folder / name)
    index, messages = reopen(catalogue, folder, key)
    index.close()
    assert len(messages) == 1
    assert stat.S_ISREG((folder / "stamp.json").stat().st_mode)


def test_index_key_that_is_a_folder_gives_a_temporary_index(built, tmp_path: Path):
    catalogue, folder, _key = built
    key = tmp_path / "index.key"
    key.mkdir()
    index, _messages = reopen(catalogue, folder, key)
    try:
        assert index.temporary_because is not None and "index.key" in index.temporary_because
        temp = index.folder
        assert temp != folder and temp.is_dir()
    finally:
        index.close()
    assert not temp.exists()


@not_root
def test_read_only_index_folder_gives_a_temporary_index(built, tmp_path: Path):
    catalogue, _folder, key = built
    fresh = tmp_path / "ro" / "index"
    fresh.parent.mkdir()
    fresh.parent.chmod(0o555)
    try:
        index, messages = reopen(catalogue, fresh, key)
        try:
            assert messages == ["the search index is missing"]
            assert index.temporary_because is not None
            assert str(fresh) in index.temporary_because
        finally:
            index.close()
    finally:
        fresh.parent.chmod(0o755)


def test_index_folder_that_cannot_be_created_gives_a_temporary_index(built, tmp_path: Path):
    catalogue, _folder, key = built
    (tmp_path / "blocker").write_text("a file where the index folder's parent should be")
    index, messages = reopen(catalogue, tmp_path / "blocker" / "index", key)
    temp = index.folder
    try:
        assert messages == ["the search index is missing"]
        assert "blocker" in (index.temporary_because or "")
    finally:
        index.close()
    assert temp is not None and not temp.exists()


def test_full_disk_during_build_gives_a_temporary_index(built, tmp_path: Path, monkeypatch):
    import errno

    import search_index.builder as builder

    real_write = builder._write
    target = tmp_path / "full" / "index"

    def write(catalogue, folder, progress):
        if folder.parent == target.parent:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(catalogue, folder, progress)

    monkeypatch.setattr(builder, "_write", write)
    index, _messages = reopen(built[0], target, built[2])
    index.close()
    assert "the disk is full" in (index.temporary_because or "")
    assert not any(target.parent.iterdir())  # no half-built folder left behind


def test_build_into_an_unwritable_place_is_one_line_error(built, tmp_path: Path):
    catalogue, _folder, key = built
    (tmp_path / "file").write_text("x")
    with pytest.raises(SearchIndexError) as caught:
        build_index(catalogue, tmp_path / "file" / "index", key)
    assert "\n" not in str(caught.value)
