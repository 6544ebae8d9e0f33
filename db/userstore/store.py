"""The officer's own store: notes, bookmarks, history and recent searches in user.sqlite.

Durability is the point: WAL with synchronous=FULL, so a save that returned is on disk and
survives a kill -9 or power loss; schema migrations run on open; a damaged or foreign file is
moved aside with a timestamp (never deleted) and a fresh store is created, and the caller is
told where the old file went.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import delete, event, func, insert, select, text, update
from sqlalchemy.engine import Connection, Engine, create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from db.errors import CatalogueError
from db.safe_files import is_slug
from db.userstore.models import (
    USER_APPLICATION_ID,
    BookmarkRow,
    HistoryRow,
    NoteRow,
    RecentSearchRow,
    UserBase,
)
from db.userstore.records import Bookmark, Note, Recovery, Visit

USER_FILE = "user.sqlite"
MAX_NOTE_CHARS = 100_000
MAX_HISTORY = 500
MAX_RECENT_SEARCHES = 50
SQLITE_MAGIC = b"SQLite format 3\x00"


class UserStoreError(CatalogueError):
    """A save or read of the officer's data failed; the message says why in one line."""


def now(precise: bool = False) -> str:
    moment = dt.datetime.now(tz=dt.UTC)
    if not precise:
        moment = moment.replace(microsecond=0)
    return moment.isoformat().replace("+00:00", "Z")


def _migration_1(conn: Connection) -> None:
    UserBase.metadata.create_all(conn)


# Append, never edit: each step takes the store from version i to i + 1.
MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_migration_1,)
SCHEMA_VERSION = len(MIGRATIONS)


def _problem_with(path: Path) -> str | None:
    """Why an existing file cannot be our store, or None when it can."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        return f"unreadable ({exc.strerror})"
    if header == b"" and path.stat().st_size == 0:
        return None  # an empty file is a store that was never written: reuse it
    if header != SQLITE_MAGIC:
        return "not an SQLite database"
    try:
        conn = sqlite3.connect(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"damaged ({exc})"
    if app_id not in (0, USER_APPLICATION_ID) or (app_id == 0 and version != 0):
        return "not a Field Reference user file"
    if check != "ok":
        return f"damaged (integrity check: {check})"
    if version > SCHEMA_VERSION:
        raise UserStoreError(
            f"{path} was written by a newer Field Reference (schema {version}); update the app"
        )
    return None


def _move_aside(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


class UserStore:
    """Open with `UserStore.open(folder)`; `recovery` says if a damaged file was moved aside."""

    def __init__(self, path: Path, engine: Engine, recovery: Recovery | None) -> None:
        self.path = path
        self.recovery = recovery
        self._engine = engine

    @classmethod
    def open(cls, folder: Path, shared_across_threads: bool = False) -> UserStore:
        """shared_across_threads: opened on one thread, then used only on another (the GUI opens
        it on its loader thread); calls must never overlap."""
        folder = Path(folder)
        path = folder / USER_FILE
        try:
            folder.mkdir(parents=True, exist_ok=True)
            recovery = None
            if path.exists():
                reason = _problem_with(path)
                if reason is not None:
                    recovery = Recovery(_move_aside(path), reason)
            engine = _engine(path, shared_across_threads)
            _migrate(engine)
        except OSError as exc:
            raise UserStoreError(f"cannot open your notes at {path}: {exc.strerror}") from None
        except SQLAlchemyError as exc:
            raise UserStoreError(f"cannot open your notes at {path}: {_reason(exc)}") from None
        return cls(path, engine, recovery)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> UserStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, what: str, work: Callable[[Session], object]) -> object:
        """Run work in one transaction; failures become one-line UserStoreErrors."""
        try:
            with Session(self._engine) as session, session.begin():
                return work(session)
        except SQLAlchemyError as exc:
            raise UserStoreError(f"could not save {what}: {_reason(exc)}") from None

    def _read(self, work: Callable[[Session], object]) -> object:
        try:
            with Session(self._engine) as session:
                return work(session)
        except SQLAlchemyError as exc:
            raise UserStoreError(f"could not read your notes: {_reason(exc)}") from None

    # -- notes ---------------------------------------------------------------------------------

    def note(self, slug: str) -> Note | None:
        row = self._read(lambda s: s.get(NoteRow, slug))
        return Note(row.slug, row.text, row.updated) if row else None  # type: ignore[union-attr]

    def save_note(self, slug: str, body: str) -> Note | None:
        """Save (or, when empty, delete) the note; returns what is stored. Raises on failure —
        the caller keeps the text and tries again."""
        _check_slug(slug)
        if len(body) > MAX_NOTE_CHARS:
            raise UserStoreError(f"note longer than {MAX_NOTE_CHARS} characters")
        stamp = now()

        def work(session: Session) -> Note | None:
            if not body.strip():
                session.execute(delete(NoteRow).where(NoteRow.slug == slug))
                return None
            row = session.get(NoteRow, slug)
            if row is None:
                session.add(NoteRow(slug=slug, text=body, updated=stamp))
            else:
                row.text, row.updated = body, stamp
            return Note(slug, body, stamp)

        return self.write("your note", work)  # type: ignore[return-value]

    def notes(self) -> list[Note]:
        rows = self._read(lambda s: s.scalars(select(NoteRow).order_by(NoteRow.slug)).all())
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
        return self._read(lambda s: s.get(BookmarkRow, slug)) is not None

    def set_bookmark(self, slug: str, on: bool, folder: str = "") -> None:
        _check_slug(slug)
        stamp = now()

        def work(session: Session) -> None:
            row = session.get(BookmarkRow, slug)
            if on and row is None:
                session.add(BookmarkRow(slug=slug, folder=folder.strip()[:200], created=stamp))
            elif on and row is not None:
                row.folder = folder.strip()[:200]
            elif row is not None:
                session.delete(row)

        self.write("the bookmark", work)

    def toggle_bookmark(self, slug: str) -> bool:
        """Returns the new state."""
        state = not self.is_bookmarked(slug)
        self.set_bookmark(slug, state)
        return state

    def bookmarks(self) -> list[Bookmark]:
        rows = self._read(
            lambda s: s.scalars(
                select(BookmarkRow).order_by(BookmarkRow.folder, BookmarkRow.created)
            ).all()
        )
        return [Bookmark(r.slug, r.folder, r.created) for r in rows]  # type: ignore[union-attr]

    def marked_slugs(self) -> set[str]:
        """Entries the officer has made their own (a note or a bookmark): marked in the tree."""
        return {n.slug for n in self.notes()} | {b.slug for b in self.bookmarks()}

    # -- history and recent searches -----------------------------------------------------------

    def add_visit(self, slug: str) -> None:
        stamp = now()

        def work(session: Session) -> None:
            session.execute(insert(HistoryRow).values(slug=slug, opened=stamp))
            keep = select(HistoryRow.id).order_by(HistoryRow.id.desc()).limit(MAX_HISTORY)
            session.execute(delete(HistoryRow).where(HistoryRow.id.not_in(keep)))

        self.write("history", work)

    def history(self, limit: int = 100) -> list[Visit]:
        rows = self._read(
            lambda s: s.scalars(
                select(HistoryRow).order_by(HistoryRow.id.desc()).limit(limit)
            ).all()
        )
        return [Visit(r.slug, r.opened) for r in rows]  # type: ignore[union-attr]

    def add_recent_search(self, query: str) -> None:
        query = " ".join(query.split())[:256]
        if not query:
            return
        stamp = now(precise=True)  # two searches in one second must still order

        def work(session: Session) -> None:
            changed = session.execute(
                update(RecentSearchRow)
                .where(RecentSearchRow.text == query)
                .values(used=stamp, count=RecentSearchRow.count + 1)
            ).rowcount
            if not changed:
                session.add(RecentSearchRow(text=query, used=stamp, count=1))
            total = session.scalar(select(func.count()).select_from(RecentSearchRow)) or 0
            if total > MAX_RECENT_SEARCHES:
                oldest = (
                    select(RecentSearchRow.text)
                    .order_by(RecentSearchRow.used)
                    .limit(total - MAX_RECENT_SEARCHES)
                )
                session.execute(delete(RecentSearchRow).where(RecentSearchRow.text.in_(oldest)))

        self.write("recent searches", work)

    def recent_searches(self, limit: int = 20) -> list[str]:
        rows = self._read(
            lambda s: s.scalars(
                select(RecentSearchRow.text).order_by(RecentSearchRow.used.desc()).limit(limit)
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


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    message = str(orig if orig is not None else exc).splitlines()[0]
    if "full" in message:
        return "the disk is full"
    if "readonly" in message or "read-only" in message:
        return "the folder is read-only"
    return message


def _engine(path: Path, shared_across_threads: bool = False) -> Engine:
    args = {"check_same_thread": False} if shared_across_threads else {}
    engine = create_engine(f"sqlite:///{path}", connect_args=args)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")  # an acknowledged save survives power loss
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.close()

    return engine


def _migrate(engine: Engine) -> None:
    with engine.begin() as conn:
        version = conn.execute(text("PRAGMA user_version")).scalar_one()
        for step in range(version, SCHEMA_VERSION):
            MIGRATIONS[step](conn)
        if version != SCHEMA_VERSION:
            conn.execute(text(f"PRAGMA user_version = {SCHEMA_VERSION}"))
            conn.execute(text(f"PRAGMA application_id = {USER_APPLICATION_ID}"))
