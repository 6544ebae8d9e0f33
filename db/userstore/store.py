"""The officer's own store: notes, bookmarks, history and recent searches in user.sqlite.

Durability is the point: WAL with synchronous=FULL, so a save that returned is on disk and
survives a kill -9 or power loss. Every logical write is one `BEGIN IMMEDIATE` transaction
(read-modify-write inside it), so parallel writers (the CLI, a second window) queue behind a busy
timeout instead of overwriting each other; schema migrations run under the same lock. Only a truly
damaged or foreign file is moved aside (see opening.py); a read-only one opens read-only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.engine import Connection, Engine, Row
from sqlalchemy.exc import SQLAlchemyError

from db.clock import iso_utc
from db.safe_files import is_slug
from db.userstore.models import (
    USER_APPLICATION_ID,
    bookmark_table,
    history_table,
    note_table,
    recent_search_table,
    user_metadata,
)
from db.userstore.opening import (
    BUSY_TIMEOUT_MS,
    UserStoreError,
    describe,
    make_folder,
    open_engine,
    os_reason,
    read_only_reason,
    recover,
)
from db.userstore.records import Bookmark, Note, NoteSave, Recovery, Visit
from db.userstore.texts import check_text, keep_both, write_rescue_file

__all__ = [
    "BUSY_TIMEOUT_MS",
    "UserStore",
    "UserStoreError",
    "check_text",
    "keep_both",
    "write_rescue_file",
]

USER_FILE = "user.sqlite"
NOTE, BOOKMARK, HISTORY, RECENT = note_table, bookmark_table, history_table, recent_search_table
MAX_NOTE_CHARS = 100_000
MAX_HISTORY = 500
MAX_RECENT_SEARCHES = 50
EDIT_CONFLICT_MARK = "— Another version, from an editor window ({when}) —"


def now(precise: bool = False) -> str:
    """The stored form of this moment (db/clock.py), for every row the store writes."""
    return iso_utc(precise=precise)


def _migration_1(conn: Connection) -> None:
    user_metadata.create_all(conn)


# Append, never edit: each step takes the store from version i to i + 1.
MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_migration_1,)
SCHEMA_VERSION = len(MIGRATIONS)


class UserStore:
    """Open with `UserStore.open(folder)`; `recovery` says if a damaged file was moved aside,
    `read_only` says why the store can only be read (None when it can be written)."""

    def __init__(
        self, path: Path, engine: Engine, recovery: Recovery | None, read_only: str | None = None
    ) -> None:
        self.path = path
        self.recovery = recovery
        self.read_only = read_only
        self._engine = engine
        self._writer = engine.execution_options(fieldref_begin="IMMEDIATE")

    @classmethod
    def open(cls, folder: Path, shared_across_threads: bool = False) -> UserStore:
        """shared_across_threads: opened on one thread, then used only on another (the GUI opens
        it on its loader thread); calls must never overlap."""
        folder = Path(folder)
        path = folder / USER_FILE
        try:
            make_folder(folder)
        except OSError as exc:
            raise UserStoreError(f"cannot open your notes at {path}: {os_reason(exc)}") from None
        return cls._open(path, shared_across_threads, read_only_reason(path))

    @classmethod
    def _open(cls, path: Path, shared_across_threads: bool, read_only: str | None) -> UserStore:
        try:
            recovery = recover(path, read_only, SCHEMA_VERSION)
            engine = open_engine(path, shared_across_threads, read_only is not None)
            try:
                _migrate(engine, path, read_only)
            except BaseException:
                engine.dispose()
                raise
        except OSError as exc:
            raise UserStoreError(f"cannot open your notes at {path}: {os_reason(exc)}") from None
        except SQLAlchemyError as exc:
            raise UserStoreError(f"cannot open your notes at {path}: {_why(exc, path)}") from None
        return cls(path, engine, recovery, read_only)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> UserStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, what: str, work: Callable[[Connection], object]) -> object:
        """Run work in one BEGIN IMMEDIATE transaction: it reads what it changes under the write
        lock, so a parallel writer can never slip in between. Failures are one line."""
        if self.read_only is not None:
            raise UserStoreError(
                f"could not save {what}: your notes are read-only ({self.read_only}); "
                "nothing was saved"
            )
        try:
            with self._writer.begin() as conn:  # commits when work returns, else rolls back
                return work(conn)
        except SQLAlchemyError as exc:
            raise UserStoreError(f"could not save {what}: {_why(exc, self.path)}") from None

    def _read(self, work: Callable[[Connection], object]) -> object:
        try:
            with self._engine.connect() as conn:
                return work(conn)
        except SQLAlchemyError as exc:
            raise UserStoreError(f"could not read your notes: {_why(exc, self.path)}") from None

    # -- notes ---------------------------------------------------------------------------------

    def note(self, slug: str) -> Note | None:
        row = self._read(lambda conn: _note_row(conn, slug))
        return Note(row.slug, row.text, row.updated) if row else None  # type: ignore[union-attr]

    def save_note(self, slug: str, body: str) -> Note | None:
        """Save (or, when empty, delete) the note; returns what is stored. Raises on failure —
        the caller keeps the text and tries again. Overwrites: editors use save_edit."""
        _check_note(slug, body)
        stamp = now()
        return self.write(  # type: ignore[return-value]
            "your note", lambda conn: _store_note(conn, slug, body, stamp)
        )

    def save_edit(self, slug: str, body: str, base: str) -> NoteSave:
        """Save what an editor shows, which it loaded as `base` (\"\" for no note).

        If the stored note changed since (the CLI, another window or a handover import added
        text), nothing is overwritten: both versions are kept in the note, marked, as the
        handover merge does, and `conflict` tells the editor to show the merged text.
        """
        _check_note(slug, body)
        stamp = now()

        def work(conn: Connection) -> NoteSave:
            row = _note_row(conn, slug)
            stored = row.text if row is not None else ""
            if stored in (base, body):
                return NoteSave(_store_note(conn, slug, body, stamp), False)
            merged = keep_both(stored, body, EDIT_CONFLICT_MARK.format(when=stamp))
            if merged is None:  # nothing of ours is missing there: keep what is stored
                return NoteSave(Note(slug, stored, row.updated) if row else None, True)
            if len(merged) > MAX_NOTE_CHARS:
                raise UserStoreError(
                    "this note was also changed elsewhere, and both versions together exceed "
                    f"{MAX_NOTE_CHARS} characters; shorten your text"
                )
            return NoteSave(_store_note(conn, slug, merged, stamp), True)

        return self.write("your note", work)  # type: ignore[return-value]

    def append_note(self, slug: str, addition: str) -> Note:
        """Add text below the note in one transaction (`fieldref notes add`): a parallel writer
        waits for the lock instead of reading the same old text and overwriting our addition."""
        _check_note(slug, addition)
        if not addition.strip():
            raise UserStoreError("the text is empty; nothing was saved")
        stamp = now()

        def work(conn: Connection) -> Note:
            row = _note_row(conn, slug)
            body = addition if row is None else f"{row.text.rstrip()}\n\n{addition}"
            if len(body) > MAX_NOTE_CHARS:
                raise UserStoreError(f"the note would grow past {MAX_NOTE_CHARS} characters")
            return _store_note(conn, slug, body, stamp)  # type: ignore[return-value]

        return self.write("your note", work)  # type: ignore[return-value]

    def notes(self) -> list[Note]:
        rows = self._read(lambda conn: conn.execute(select(NOTE).order_by(NOTE.c.slug)).all())
        return [Note(r.slug, r.text, r.updated) for r in rows]  # type: ignore[union-attr]

    def orphaned_notes(self, known: Iterable[str]) -> list[Note]:
        """Notes whose entry is not in the current catalogue: kept, and listed for the officer."""
        present = set(known)
        return [n for n in self.notes() if n.slug not in present]

    def search_notes(self, query: str, limit: int = 20) -> list[Note]:
        words = [w for w in query.lower().split() if w][:8]
        if not words:
            return []
        matches = [n for n in self.notes() if all(w in n.text.lower() for w in words)]
        return matches[:limit]

    # -- bookmarks -----------------------------------------------------------------------------

    def is_bookmarked(self, slug: str) -> bool:
        return self._read(lambda conn: _bookmark_row(conn, slug)) is not None

    def set_bookmark(self, slug: str, on: bool, folder: str = "") -> None:
        _check_slug(slug)
        stamp = now()

        def work(conn: Connection) -> None:
            row = _bookmark_row(conn, slug)
            named = folder.strip()[:200]
            if on and row is None:
                conn.execute(insert(BOOKMARK).values(slug=slug, folder=named, created=stamp))
            elif on and row is not None:
                conn.execute(update(BOOKMARK).where(BOOKMARK.c.slug == slug).values(folder=named))
            elif row is not None:
                conn.execute(delete(BOOKMARK).where(BOOKMARK.c.slug == slug))

        self.write("the bookmark", work)

    def toggle_bookmark(self, slug: str) -> bool:
        """Returns the new state; read and flip in one transaction, so two windows (or a double
        press) cannot both decide from the same old state."""
        _check_slug(slug)
        stamp = now()

        def work(conn: Connection) -> bool:
            if _bookmark_row(conn, slug) is None:
                conn.execute(insert(BOOKMARK).values(slug=slug, folder="", created=stamp))
                return True
            conn.execute(delete(BOOKMARK).where(BOOKMARK.c.slug == slug))
            return False

        return bool(self.write("the bookmark", work))

    def bookmarks(self) -> list[Bookmark]:
        rows = self._read(
            lambda conn: conn.execute(
                select(BOOKMARK).order_by(BOOKMARK.c.folder, BOOKMARK.c.created)
            ).all()
        )
        return [Bookmark(r.slug, r.folder, r.created) for r in rows]  # type: ignore[union-attr]

    def note_slugs(self) -> set[str]:
        """Entries with a note, without loading any note's text (marks refresh after every save)."""
        return set(self._read(lambda conn: conn.scalars(select(NOTE.c.slug)).all()))  # type: ignore[arg-type]

    def bookmark_slugs(self) -> set[str]:
        return set(self._read(lambda conn: conn.scalars(select(BOOKMARK.c.slug)).all()))  # type: ignore[arg-type]

    def marked_slugs(self) -> set[str]:
        """Entries the officer has made their own (a note or a bookmark): marked in the tree."""
        return self.note_slugs() | self.bookmark_slugs()

    # -- history and recent searches -----------------------------------------------------------

    def add_visit(self, slug: str) -> None:
        """Best effort: a read-only store keeps no history rather than failing every click."""
        if self.read_only is not None:
            return
        stamp = now()

        def work(conn: Connection) -> None:
            conn.execute(insert(HISTORY).values(slug=slug, opened=stamp))
            keep = select(HISTORY.c.id).order_by(HISTORY.c.id.desc()).limit(MAX_HISTORY)
            conn.execute(delete(HISTORY).where(HISTORY.c.id.not_in(keep)))

        self.write("history", work)

    def history(self, limit: int = 100) -> list[Visit]:
        rows = self._read(
            lambda conn: conn.execute(
                select(HISTORY.c.slug, HISTORY.c.opened).order_by(HISTORY.c.id.desc()).limit(limit)
            ).all()
        )
        return [Visit(r.slug, r.opened) for r in rows]  # type: ignore[union-attr]

    def add_recent_search(self, query: str) -> None:
        query = " ".join(query.split())[:256]
        if not query or self.read_only is not None:
            return
        stamp = now(precise=True)  # two searches in one second must still order

        def work(conn: Connection) -> None:
            changed = conn.execute(
                update(RECENT)
                .where(RECENT.c.text == query)
                .values(used=stamp, count=RECENT.c.count + 1)
            ).rowcount
            if not changed:
                conn.execute(insert(RECENT).values(text=query, used=stamp, count=1))
            total = conn.scalar(select(func.count()).select_from(RECENT)) or 0
            if total > MAX_RECENT_SEARCHES:
                oldest = (
                    select(RECENT.c.text).order_by(RECENT.c.used).limit(total - MAX_RECENT_SEARCHES)
                )
                conn.execute(delete(RECENT).where(RECENT.c.text.in_(oldest)))

        self.write("recent searches", work)

    def recent_searches(self, limit: int = 20) -> list[str]:
        rows = self._read(
            lambda conn: conn.scalars(
                select(RECENT.c.text).order_by(RECENT.c.used.desc()).limit(limit)
            ).all()
        )
        return list(rows)  # type: ignore[arg-type]

    def integrity_ok(self) -> bool:
        with self._engine.connect() as conn:
            return conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"

    @property
    def engine(self) -> Engine:
        return self._engine


def _check_slug(slug: str) -> None:
    if not is_slug(slug):
        raise UserStoreError(f"{slug!r} is not an entry name")


def _check_note(slug: str, body: str) -> None:
    _check_slug(slug)
    check_text(body)
    if len(body) > MAX_NOTE_CHARS:
        raise UserStoreError(f"note longer than {MAX_NOTE_CHARS} characters")


def _note_row(conn: Connection, slug: str) -> Row | None:
    return conn.execute(select(NOTE).where(NOTE.c.slug == slug)).first()


def _bookmark_row(conn: Connection, slug: str) -> Row | None:
    return conn.execute(select(BOOKMARK.c.slug).where(BOOKMARK.c.slug == slug)).first()


def _store_note(conn: Connection, slug: str, body: str, stamp: str) -> Note | None:
    """Write body as the note (delete it when blank), inside the caller's transaction."""
    if not body.strip():
        conn.execute(delete(NOTE).where(NOTE.c.slug == slug))
        return None
    changed = conn.execute(
        update(NOTE).where(NOTE.c.slug == slug).values(text=body, updated=stamp)
    ).rowcount
    if not changed:
        conn.execute(insert(NOTE).values(slug=slug, text=body, updated=stamp))
    return Note(slug, body, stamp)


def _why(exc: SQLAlchemyError, path: Path) -> str:
    orig = getattr(exc, "orig", None)
    if isinstance(orig, sqlite3.Error):
        return describe(orig, path)
    return str(orig if orig is not None else exc).splitlines()[0]


def _migrate(engine: Engine, path: Path, read_only: str | None) -> None:
    """Create or upgrade the schema under the write lock: simultaneous first opens (two
    windows, a script) queue here, and the second finds the work done."""
    if read_only is not None:
        with engine.connect() as conn:
            version = conn.execute(text("PRAGMA user_version")).scalar_one()
        if version != SCHEMA_VERSION:
            raise UserStoreError(
                f"your notes at {path} need an update the app cannot write: {read_only}"
            )
        return
    with engine.execution_options(fieldref_begin="IMMEDIATE").begin() as conn:
        version = conn.execute(text("PRAGMA user_version")).scalar_one()
        for step in range(version, SCHEMA_VERSION):
            MIGRATIONS[step](conn)
        if version != SCHEMA_VERSION:
            conn.execute(text(f"PRAGMA user_version = {SCHEMA_VERSION}"))
            conn.execute(text(f"PRAGMA application_id = {USER_APPLICATION_ID}"))
