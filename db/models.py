"""SQLAlchemy 2 tables of the compiled catalogue (catalogue.sqlite).

The schema is versioned by SCHEMA_VERSION (stored in PRAGMA user_version) and identified by
APPLICATION_ID (PRAGMA application_id), so the opener can tell our file from any other SQLite file.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

APPLICATION_ID = 0x46524546  # "FREF"
SCHEMA_VERSION = 1


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    """Key/value stamps: version, data_as_of, content_sha256, built, title."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RegionRow(Base):
    __tablename__ = "region"
    slug: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    parent: Mapped[str | None] = mapped_column(ForeignKey("region.slug"))
    position: Mapped[int] = mapped_column(Integer)
    aliases: Mapped[str] = mapped_column(Text, default="")  # newline-separated


class EntryRow(Base):
    __tablename__ = "entry"
    slug: Mapped[str] = mapped_column(String(100), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, index=True)
    aliases: Mapped[str] = mapped_column(Text, default="")  # newline-separated


class EntryRegionRow(Base):
    __tablename__ = "entry_region"
    entry: Mapped[str] = mapped_column(ForeignKey("entry.slug"), primary_key=True)
    region: Mapped[str] = mapped_column(ForeignKey("region.slug"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("ix_entry_region_region", "region"),)


class EntryLinkRow(Base):
    """An undirected link, stored once per direction so either end reads it with one index."""

    __tablename__ = "entry_link"
    source: Mapped[str] = mapped_column(ForeignKey("entry.slug"), primary_key=True)
    target: Mapped[str] = mapped_column(ForeignKey("entry.slug"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
