"""The index's copy of a small catalogue answers every read exactly as the SQLite catalogue does,
and is refused when it was not made from the catalogue file as it is now."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from db import Catalogue, build_catalogue
from db import snapshot as snapshot_module
from db.snapshot import SNAPSHOT_FILE, CatalogueSnapshot, SnapshotUnusable, write_snapshot


@pytest.fixture
def catalogue(shipped_catalogue: Path, tmp_path: Path):
    copy = tmp_path / "catalogue.sqlite"
    copy.write_bytes(shipped_catalogue.read_bytes())
    with Catalogue.open(copy) as opened:
        yield opened


def test_the_copy_answers_every_read_like_the_catalogue(catalogue: Catalogue, tmp_path: Path):
    assert write_snapshot(catalogue, tmp_path)
    copy = CatalogueSnapshot.load(tmp_path, catalogue.path)
    assert copy.info == catalogue.info
    assert copy.entries() == catalogue.entries()
    assert copy.entries("dialogue") == catalogue.entries("dialogue")
    assert copy.kinds() == catalogue.kinds()
    assert copy.regions() == catalogue.regions()
    assert copy.region_tree() == catalogue.region_tree()
    for region in catalogue.regions():
        assert copy.subregions(region.slug) == catalogue.subregions(region.slug)
        assert copy.ancestors(region.slug) == catalogue.ancestors(region.slug)
        assert copy.entries_in_region(region.slug, True) == catalogue.entries_in_region(
            region.slug, True
        )
    assert copy.entry("border-management") == catalogue.entry("border-management")
    assert not copy.has_entry("no-such-entry")


def test_a_catalogue_replaced_in_place_is_noticed(catalogue: Catalogue, tmp_path: Path):
    write_snapshot(catalogue, tmp_path)
    info = os.stat(catalogue.path)
    os.utime(catalogue.path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
    with pytest.raises(SnapshotUnusable, match="changed since the index was built"):
        CatalogueSnapshot.load(tmp_path, catalogue.path)


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"{not json", "cannot be read"),
        (b'{"format": 99}', "another format"),
        (b"[1, 2, 3]", "another format"),
    ],
)
def test_a_damaged_copy_is_refused_in_one_line(
    catalogue: Catalogue, tmp_path: Path, content: bytes, reason: str
):
    (tmp_path / SNAPSHOT_FILE).write_bytes(content)
    with pytest.raises(SnapshotUnusable, match=reason) as caught:
        CatalogueSnapshot.load(tmp_path, catalogue.path)
    assert "\n" not in str(caught.value)


def test_a_copy_with_wrong_rows_is_refused(catalogue: Catalogue, tmp_path: Path):
    write_snapshot(catalogue, tmp_path)
    path = tmp_path / SNAPSHOT_FILE
    path.write_text(path.read_text(encoding="utf-8").replace('"entries":[[', '"entries":[[1,'))
    with pytest.raises(SnapshotUnusable, match="malformed"):
        CatalogueSnapshot.load(tmp_path, catalogue.path)


def test_a_fifo_in_place_of_the_copy_does_not_block(catalogue: Catalogue, tmp_path: Path):
    os.mkfifo(tmp_path / SNAPSHOT_FILE)
    with pytest.raises(SnapshotUnusable, match="cannot be read"):
        CatalogueSnapshot.load(tmp_path, catalogue.path)


def test_a_missing_copy_says_so(catalogue: Catalogue, tmp_path: Path):
    with pytest.raises(SnapshotUnusable, match="missing"):
        CatalogueSnapshot.load(tmp_path, catalogue.path)


def test_a_big_catalogue_gets_no_copy(
    tiny_source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    build_catalogue(tiny_source, tmp_path / "out")
    monkeypatch.setattr(snapshot_module, "SNAPSHOT_MAX_ENTRIES", 1)
    with Catalogue.open(tmp_path / "out" / "catalogue.sqlite") as tiny:
        assert not write_snapshot(tiny, tmp_path)
    assert not (tmp_path / SNAPSHOT_FILE).exists()
