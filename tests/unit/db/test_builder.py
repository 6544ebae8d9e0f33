from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db import Catalogue, SourceError, build_catalogue
from db.models import APPLICATION_ID, SCHEMA_VERSION


def test_build_stamps_identity_and_hash(tiny_source: Path, tmp_path: Path):
    info = build_catalogue(tiny_source, tmp_path / "out")
    conn = sqlite3.connect(tmp_path / "out" / "catalogue.sqlite")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    conn.close()
    assert meta["content_sha256"] == info.content_sha256
    assert len(info.content_sha256) == 64
    assert meta["version"] == "1.0"


def test_same_sources_same_hash_even_at_other_times(
    tiny_source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1000000000")
    first = build_catalogue(tiny_source, tmp_path / "a")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "2000000000")
    second = build_catalogue(tiny_source, tmp_path / "b")
    assert first.content_sha256 == second.content_sha256
    assert first.built == "2001-09-09T01:46:40Z"
    assert second.built != first.built


def test_reproducible_file_with_fixed_epoch(
    tiny_source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build_catalogue(tiny_source, tmp_path / "a")
    build_catalogue(tiny_source, tmp_path / "b")
    a = (tmp_path / "a" / "catalogue.sqlite").read_bytes()
    b = (tmp_path / "b" / "catalogue.sqlite").read_bytes()
    assert a == b


def test_changed_body_changes_hash(tiny_source: Path, tmp_path: Path):
    first = build_catalogue(tiny_source, tmp_path / "a")
    path = tiny_source / "entries" / "college.md"
    path.write_text(path.read_text(encoding="utf-8").replace("young", "old"), encoding="utf-8")
    second = build_catalogue(tiny_source, tmp_path / "b")
    assert first.content_sha256 != second.content_sha256


def test_failed_build_leaves_previous_catalogue_untouched(tiny_source: Path, tmp_path: Path):
    out = tmp_path / "out"
    build_catalogue(tiny_source, out)
    before = (out / "catalogue.sqlite").read_bytes()
    (tiny_source / "entries" / "college.md").write_text("+++\nbroken = \n+++\nx\n")
    with pytest.raises(SourceError):
        build_catalogue(tiny_source, out)
    assert (out / "catalogue.sqlite").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["catalogue.sqlite"]
    with Catalogue.open(out / "catalogue.sqlite") as cat:
        assert cat.entry("college").title == "College of Practical Skills"


def test_links_are_made_two_way(tmp_path: Path):
    from tests.helpers import TINY_ENTRIES, write_source

    entries = {k: dict(v) for k, v in TINY_ENTRIES.items()}
    entries["college"]["related"] = []  # only border-management names the link
    build_catalogue(write_source(tmp_path / "src", entries), tmp_path / "out")
    with Catalogue.open(tmp_path / "out" / "catalogue.sqlite") as cat:
        assert cat.entry("college").related == ("border-management",)
        assert cat.entry("border-management").related == ("college",)
