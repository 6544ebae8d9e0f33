"""Tables of the officer's own store (user.sqlite): never part of the catalogue.

Everything is keyed by entry slug, not by a catalogue row id, so notes and bookmarks survive
catalogue updates and content packs; an entry that disappears leaves an orphaned note behind,
which is listed, never dropped. SQLAlchemy Core `Table`s, not ORM classes (see db/models.py):
the DDL they emit is pinned by tests/unit/db/test_schema_sql.py, so existing files open unchanged.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table, Text

USER_APPLICATION_ID = 0x46525553  # "FRUS"

user_metadata = MetaData()

note_table = Table(
    "note",
    user_metadata,
    Column("slug", String(100), primary_key=True),
    Column("text", Text, nullable=False),
    Column("updated", String(40), nullable=False),
)

bookmark_table = Table(
    "bookmark",
    user_metadata,
    Column("slug", String(100), primary_key=True),
    Column("folder", String(200), nullable=False, default=""),
    Column("created", String(40), nullable=False),
)

history_table = Table(
    "history",
    user_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("slug", String(100), nullable=False, index=True),
    Column("opened", String(40), nullable=False),
)

recent_search_table = Table(
    "recent_search",
    user_metadata,
    Column("text", String(256), primary_key=True),
    Column("used", String(40), nullable=False, index=True),
    Column("count", Integer, nullable=False, default=1),
)
