from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from db import Catalogue, CatalogueError, EntryNotFound, build_catalogue


@pytest.fixture
def catalogue(tiny_source: Path, tmp_path: Path):
    build_catalogue(tiny_source, tmp_path / "out")
    with Catalogue.open(tmp_path / "out" / "catalogue.sqlite") as cat:
        yield cat


def test_entries_are_frozen_values(catalogue: Catalogue):
    entry = catalogue.entry("border-management")
    assert entry.aliases == ("IBM",)
    assert entry.regions == ("africa",)
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.title = "x"  # type: ignore[misc]


def test_entries_filter_by_kind(catalogue: Catalogue):
    assert [e.slug for e in catalogue.entries("initiative")] == ["college"]
    assert len(catalogue.entries()) == 3


def test_unknown_slug(catalogue: Catalogue):
    with pytest.raises(EntryNotFound, match="no entry named 'nope'"):
        catalogue.entry("nope")


def test_region_tree_and_subregions(catalogue: Catalogue):
    roots = catalogue.region_tree()
    assert [r.region.slug for r in roots] == ["global", "africa"]
    africa = roots[1]
    assert [n.region.slug for n in africa.walk()] == ["africa", "west-africa", "nigeria"]
    assert catalogue.ancestors("nigeria") == ("africa", "west-africa")


def test_entries_in_region(catalogue: Catalogue):
    assert [e.slug for e in catalogue.entries_in_region("africa")] == ["border-management"]
    deep = catalogue.entries_in_region("africa", include_subregions=True)
    assert [e.slug for e in deep] == ["border-management", "trafficking-human-beings", "college"]


def test_opened_read_only(catalogue: Catalogue):
    with catalogue._engine.connect() as conn, pytest.raises(Exception, match="readonly"):
        conn.exec_driver_sql("DELETE FROM entry")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not an SQLite database"),
        (b"hello world, definitely not sqlite" * 10, "not an SQLite database"),
        (bytes(range(256)) * 20, "not an SQLite database"),
    ],
)
def test_not_a_catalogue(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "catalogue.sqlite"
    path.write_bytes(content)
    with pytest.raises(CatalogueError, match=message):
        Catalogue.open(path)


def test_other_sqlite_database_refused(tmp_path: Path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(CatalogueError, match="SQLite database but not a Field Reference"):
        Catalogue.open(path)


def test_truncated_catalogue_refused(catalogue: Catalogue, tmp_path: Path):
    data = catalogue.path.read_bytes()
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(CatalogueError, match="damaged"):
        Catalogue.open(cut)


def test_garbled_pages_refused(catalogue: Catalogue, tmp_path: Path):
    data = bytearray(catalogue.path.read_bytes())
    for i in range(4096, len(data), 7):
        data[i] ^= 0x5A
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(bytes(data))
    with pytest.raises(CatalogueError, match=r"damaged|not a catalogue|not a Field Reference"):
        Catalogue.open(bad)


def test_missing_file(tmp_path: Path):
    with pytest.raises(CatalogueError, match="run 'fieldref build'"):
        Catalogue.open(tmp_path / "absent.sqlite")


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        ("DROP TABLE entry", "entry"),
        ("DROP TABLE entry_link", "entry_link"),
        ("ALTER TABLE region DROP COLUMN aliases", "region.aliases"),
        ("ALTER TABLE entry RENAME COLUMN body TO text", "entry.body"),
    ],
    ids=["no-entry-table", "no-link-table", "no-region-column", "renamed-column"],
)
def test_missing_tables_or_columns_refused_on_open(
    catalogue: Catalogue, tmp_path: Path, damage: str, named: str
):
    """Issue 10: a catalogue whose entry table was dropped passed quick_check, and the GUI
    never finished loading; the schema is checked on open, with one line naming what is gone."""
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(catalogue.path.read_bytes())
    conn = sqlite3.connect(broken)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(damage)
    conn.commit()
    conn.close()
    with pytest.raises(CatalogueError) as caught:
        Catalogue.open(broken)
    assert named in str(caught.value) and "\n" not in str(caught.value)
