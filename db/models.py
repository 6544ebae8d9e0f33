"""SQLAlchemy 2 Core tables of the compiled catalogue (catalogue.sqlite).

The schema is versioned by SCHEMA_VERSION (stored in PRAGMA user_version) and identified by
APPLICATION_ID (PRAGMA application_id), so the opener can tell our file from any other SQLite file.
Plain `Table`s, not ORM classes: importing sqlalchemy.orm costs the idle app ~6 MB for a layer
that only ever mapped rows onto the frozen records of db/records.py. The DDL these tables emit
is pinned by tests/unit/db/test_schema_sql.py: shipped files must keep opening.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, String, Table, Text

APPLICATION_ID = 0x46524546  # "FREF"
SCHEMA_VERSION = 1

metadata = MetaData()

meta_table = Table(  # key/value stamps: version, data_as_of, content_sha256, built, title
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

region_table = Table(
    "region",
    metadata,
    Column("slug", String(100), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("parent", ForeignKey("region.slug"), nullable=True),
    Column("position", Integer, nullable=False),
    Column("aliases", Text, nullable=False, default=""),  # newline-separated
)

entry_table = Table(
    "entry",
    metadata,
    Column("slug", String(100), primary_key=True),
    Column("kind", String(40), nullable=False, index=True),
    Column("title", String(200), nullable=False),
    Column("summary", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("position", Integer, nullable=False, index=True),
    Column("aliases", Text, nullable=False, default=""),  # newline-separated
)

entry_region_table = Table(
    "entry_region",
    metadata,
    Column("entry", ForeignKey("entry.slug"), primary_key=True),
    Column("region", ForeignKey("region.slug"), primary_key=True),
    Column("position", Integer, nullable=False),
    Index("ix_entry_region_region", "region"),
)

# An undirected link, stored once per direction so either end reads it with one index.
entry_link_table = Table(
    "entry_link",
    metadata,
    Column("source", ForeignKey("entry.slug"), primary_key=True),
    Column("target", ForeignKey("entry.slug"), primary_key=True),
    Column("position", Integer, nullable=False),
)
