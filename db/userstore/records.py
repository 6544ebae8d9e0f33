"""Frozen values the user store hands out (the GUI never sees rows)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Note:
    slug: str
    text: str
    updated: str


@dataclass(frozen=True, slots=True)
class Bookmark:
    slug: str
    folder: str
    created: str


@dataclass(frozen=True, slots=True)
class Visit:
    slug: str
    opened: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    notes_added: int
    notes_merged: int  # conflicting versions kept side by side in one note
    notes_unchanged: int
    bookmarks_added: int
    bookmarks_unchanged: int


@dataclass(frozen=True, slots=True)
class Recovery:
    """A damaged store was moved aside and a fresh one created; tell the officer where."""

    moved_to: Path
    reason: str


@dataclass(frozen=True, slots=True)
class NoteSave:
    """What an editor's save stored; conflict: the note had changed elsewhere since the editor
    loaded it, so both versions were kept and the editor must show `note` now."""

    note: Note | None
    conflict: bool
