"""The tables emit exactly the schema shipped files already have: a user.sqlite or catalogue.sqlite
written by an earlier version (the ORM one included) must open unchanged, with no migration.

The expected SQL was recorded from the ORM-declared tables before they became Core `Table`s.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db import build_catalogue
from db.userstore import UserStore

CATALOGUE_SCHEMA = [
    (
        "table",
        "entry",
        (
            "CREATE TABLE entry (\n"
            "\tslug VARCHAR(100) NOT NULL, \n"
            "\tkind VARCHAR(40) NOT NULL, \n"
            "\ttitle VARCHAR(200) NOT NULL, \n"
            "\tsummary TEXT NOT NULL, \n"
            "\tbody TEXT NOT NULL, \n"
            "\tposition INTEGER NOT NULL, \n"
            "\taliases TEXT NOT NULL, \n"
            "\tPRIMARY KEY (slug)\n"
            ")"
        ),
    ),
    (
        "table",
        "entry_link",
        (
            "CREATE TABLE entry_link (\n"
            "\tsource VARCHAR(100) NOT NULL, \n"
            "\ttarget VARCHAR(100) NOT NULL, \n"
            "\tposition INTEGER NOT NULL, \n"
            "\tPRIMARY KEY (source, target), \n"
            "\tFOREIGN KEY(source) REFERENCES entry (slug), \n"
            "\tFOREIGN KEY(target) REFERENCES entry (slug)\n"
            ")"
        ),
    ),
    (
        "table",
        "entry_region",
        (
            "CREATE TABLE entry_region (\n"
            "\tentry VARCHAR(100) NOT NULL, \n"
            "\tregion VARCHAR(100) NOT NULL, \n"
            "\tposition INTEGER NOT NULL, \n"
            "\tPRIMARY KEY (entry, region), \n"
            "\tFOREIGN KEY(entry) REFERENCES entry (slug), \n"
            "\tFOREIGN KEY(region) REFERENCES region (slug)\n"
            ")"
        ),
    ),
    (
        "index",
        "ix_entry_kind",
        "CREATE INDEX ix_entry_kind ON entry (kind)",
    ),
    (
        "index",
        "ix_entry_position",
        "CREATE INDEX ix_entry_position ON entry (position)",
    ),
    (
        "index",
        "ix_entry_region_region",
        "CREATE INDEX ix_entry_region_region ON entry_region (region)",
    ),
    (
        "table",
        "meta",
        (
            "CREATE TABLE meta (\n"
            '\t"key" VARCHAR(64) NOT NULL, \n'
            "\tvalue TEXT NOT NULL, \n"
            '\tPRIMARY KEY ("key")\n'
            ")"
        ),
    ),
    (
        "table",
        "region",
        (
            "CREATE TABLE region (\n"
            "\tslug VARCHAR(100) NOT NULL, \n"
            "\tname VARCHAR(200) NOT NULL, \n"
            "\tparent VARCHAR(100), \n"
            "\tposition INTEGER NOT NULL, \n"
            "\taliases TEXT NOT NULL, \n"
            "\tPRIMARY KEY (slug), \n"
            "\tFOREIGN KEY(parent) REFERENCES region (slug)\n"
            ")"
        ),
    ),
    (
        "index",
        "sqlite_autoindex_entry_1",
        None,
    ),
    (
        "index",
        "sqlite_autoindex_entry_link_1",
        None,
    ),
    (
        "index",
        "sqlite_autoindex_entry_region_1",
        None,
    ),
    (
        "index",
        "sqlite_autoindex_meta_1",
        None,
    ),
    (
        "index",
        "sqlite_autoindex_region_1",
        None,
    ),
]

USER_SCHEMA = [
    (
        "table",
        "bookmark",
        (
            "CREATE TABLE bookmark (\n"
            "\tslug VARCHAR(100) NOT NULL, \n"
            "\tfolder VARCHAR(200) NOT NULL, \n"
            "\tcreated VARCHAR(40) NOT NULL, \n"
            "\tPRIMARY KEY (slug)\n"
            ")"
        ),
    ),
    (
        "table",
        "history",
        (
            "CREATE TABLE history (\n"
            "\tid INTEGER NOT NULL, \n"
            "\tslug VARCHAR(100) NOT NULL, \n"
            "\topened VARCHAR(40) NOT NULL, \n"
            "\tPRIMARY KEY (id)\n"
            ")"
        ),
    ),
    (
        "index",
        "ix_history_slug",
        "CREATE INDEX ix_history_slug ON history (slug)",
    ),
    (
        "index",
        "ix_recent_search_used",
        "CREATE INDEX ix_recent_search_used ON recent_search (used)",
    ),
    (
        "table",
        "note",
        (
            "CREATE TABLE note (\n"
            "\tslug VARCHAR(100) NOT NULL, \n"
            "\ttext TEXT NOT NULL, \n"
            "\tupdated VARCHAR(40) NOT NULL, \n"
            "\tPRIMARY KEY (slug)\n"
            ")"
        ),
    ),
    (
        "table",
        "recent_search",
        (
            "CREATE TABLE recent_search (\n"
            "\ttext VARCHAR(256) NOT NULL, \n"
            "\tused VARCHAR(40) NOT NULL, \n"
            "\tcount INTEGER NOT NULL, \n"
            "\tPRIMARY KEY (text)\n"
            ")"
        ),
    ),
    (
        "index",
        "sqlite_autoindex_bookmark_1",
        None,
    ),
    (
        "index",
        "sqlite_autoindex_note_1",
        None,
    ),
    (
        "index",
        "sqlite_autoindex_recent_search_1",
        None,
    ),
]


def _schema(path: Path) -> tuple[list[tuple[str, str, str | None]], tuple[int, int, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        stamps = tuple(
            conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("application_id", "user_version", "journal_mode")
        )
    finally:
        conn.close()
    return rows, stamps  # type: ignore[return-value]


def test_a_fresh_catalogue_has_the_recorded_schema(tiny_source: Path, tmp_path: Path):
    build_catalogue(tiny_source, tmp_path / "out")
    rows, stamps = _schema(tmp_path / "out" / "catalogue.sqlite")
    assert rows == CATALOGUE_SCHEMA
    assert stamps == (1179796806, 1, "delete")


def test_a_fresh_user_store_has_the_recorded_schema(tmp_path: Path):
    with UserStore.open(tmp_path / "user"):
        pass
    rows, stamps = _schema(tmp_path / "user" / "user.sqlite")
    assert rows == USER_SCHEMA
    assert stamps == (1179800915, 1, "wal")
