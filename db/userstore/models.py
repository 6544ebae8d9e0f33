"""Tables of the officer's own store (user.sqlite): never part of the catalogue.

Everything is keyed by entry slug, not by a catalogue row id, so notes and bookmarks survive
catalogue updates and content packs; an entry that disappears leaves an orphaned note behind,
which is listed, never dropped.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

USER_APPLICATION_ID = 0x46525553  # "FRUS"


class UserBase(DeclarativeBase):
    pass


class NoteRow(UserBase):
    __tablename__ = "note"
    slug: Mapped[str] = mapped_column(String(100), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated: Mapped[str] = mapped_column(String(40))


class BookmarkRow(UserBase):
    __tablename__ = "bookmark"
    slug: Mapped[str] = mapped_column(String(100), primary_key=True)
    folder: Mapped[str] = mapped_column(String(200), default="")
    created: Mapped[str] = mapped_column(String(40))


class HistoryRow(UserBase):
    __tablename__ = "history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    slug: Mapped[str] = mapped_column(String(100), index=True)
    opened: Mapped[str] = mapped_column(String(40))


class RecentSearchRow(UserBase):
    __tablename__ = "recent_search"
    text: Mapped[str] = mapped_column(String(256), primary_key=True)
    used: Mapped[str] = mapped_column(String(40), index=True)
    count: Mapped[int] = mapped_column(Integer, default=1)
