"""Read-only access to a compiled catalogue, validated before anything is read from it.

The file is opened with `mode=ro&immutable=1`: the app can never write to the shipped catalogue,
and SQLite skips locking, which keeps reads cheap from any thread. Because the file cannot change
while open, whole-table reads are cached after the first call.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import defaultdict
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from db.catalogue_view import CatalogueView
from db.constants import SQLITE_MAGIC
from db.errors import CatalogueError
from db.models import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    entry_link_table,
    entry_region_table,
    entry_table,
    meta_table,
    metadata,
    region_table,
)
from db.records import CatalogueInfo, Entry, Region

REQUIRED_META = ("title", "version", "data_as_of", "content_sha256", "built")


class Catalogue(CatalogueView):
    """An open, validated catalogue. Use `Catalogue.open(path)`; close it (or use `with`)."""

    def __init__(self, path: Path, engine: Engine, info: CatalogueInfo) -> None:
        super().__init__(path, info)
        self._engine = engine
        self._lock = threading.Lock()
        self._entries: dict[str, Entry] | None = None
        self._regions: dict[str, Region] | None = None

    @classmethod
    def open(cls, path: Path | str) -> Catalogue:
        path = Path(path)
        _check_file(path)
        engine = _reader_engine(path)
        try:
            info = _validate(engine, path)
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine, info)

    def close(self) -> None:
        self._engine.dispose()

    # -- loading -------------------------------------------------------------------------------

    def _all_regions(self) -> dict[str, Region]:
        with self._lock:
            if self._regions is None:
                r = region_table.c
                with self._engine.connect() as conn:
                    rows = conn.execute(
                        select(r.slug, r.name, r.parent, r.aliases).order_by(r.position)
                    )
                    self._regions = {
                        slug: Region(slug, name, parent, _split(aliases))
                        for slug, name, parent, aliases in rows
                    }
            return self._regions

    def _all_entries(self) -> dict[str, Entry]:
        with self._lock:
            if self._entries is None:
                self._entries = self._load_entries()
            return self._entries

    def _load_entries(self) -> dict[str, Entry]:
        er, el, e = entry_region_table.c, entry_link_table.c, entry_table.c
        with self._engine.connect() as conn:
            regions: dict[str, list[str]] = defaultdict(list)
            for entry, region in conn.execute(
                select(er.entry, er.region).order_by(er.entry, er.position)
            ):
                regions[entry].append(region)
            links: dict[str, list[str]] = defaultdict(list)
            for source, target in conn.execute(
                select(el.source, el.target).order_by(el.source, el.position)
            ):
                links[source].append(target)
            rows = conn.execute(
                select(e.slug, e.kind, e.title, e.summary, e.body, e.aliases, e.position).order_by(
                    e.position
                )
            )
            return {
                slug: Entry(
                    slug=slug,
                    kind=kind,
                    title=title,
                    summary=summary,
                    body=body,
                    regions=tuple(regions.get(slug, ())),
                    related=tuple(links.get(slug, ())),
                    aliases=_split(aliases),
                    order=position,
                )
                for slug, kind, title, summary, body, aliases, position in rows
            }


def _split(joined: str) -> tuple[str, ...]:
    return tuple(part for part in joined.split("\n") if part)


def _check_file(path: Path) -> None:
    if not path.exists():
        raise CatalogueError(f"catalogue not found at {path}; run 'fieldref build' to create it")
    if not path.is_file():
        raise CatalogueError(f"{path} is not a file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise CatalogueError(f"cannot read {path}: {exc.strerror}") from None
    if header != SQLITE_MAGIC:
        raise CatalogueError(f"{path} is not a Field Reference catalogue (not an SQLite database)")


def _reader_engine(path: Path) -> Engine:
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    # One shared read-only connection: immutable files need no locking and no second handle.
    return create_engine("sqlite://", creator=connect, poolclass=StaticPool)


def _check_schema(conn: Connection, path: Path) -> None:
    """Every table and column the reader selects must exist: quick_check passes a file whose
    entry table was dropped, and the first query would then fail on a worker thread."""
    for table in metadata.sorted_tables:
        rows = conn.execute(text(f'PRAGMA table_info("{table.name}")')).all()
        if not rows:
            raise CatalogueError(
                f"{path} is damaged (table '{table.name}' is missing); rebuild or reinstall it"
            )
        present = {row[1] for row in rows}
        missing = [c.name for c in table.columns if c.name not in present]
        if missing:
            names = ", ".join(f"{table.name}.{name}" for name in missing)
            raise CatalogueError(
                f"{path} is damaged (column {names} missing); rebuild or reinstall it"
            )


def _validate(engine: Engine, path: Path) -> CatalogueInfo:
    try:
        with engine.connect() as conn:
            app_id = conn.execute(text("PRAGMA application_id")).scalar_one()
            if app_id != APPLICATION_ID:
                raise CatalogueError(
                    f"{path} is an SQLite database but not a Field Reference catalogue"
                )
            version = conn.execute(text("PRAGMA user_version")).scalar_one()
            if version != SCHEMA_VERSION:
                raise CatalogueError(
                    f"{path} has catalogue schema {version}, this app reads {SCHEMA_VERSION};"
                    " rebuild it with 'fieldref build'"
                )
            check = conn.execute(text("PRAGMA quick_check")).scalars().all()
            if check != ["ok"]:
                raise CatalogueError(f"{path} is damaged ({check[0]}); rebuild or reinstall it")
            _check_schema(conn, path)
            meta = {k: v for k, v in conn.execute(select(meta_table.c.key, meta_table.c.value))}
    except DBAPIError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else "unreadable"
        raise CatalogueError(f"{path} is damaged or not a catalogue ({reason})") from None
    missing = [k for k in REQUIRED_META if k not in meta]
    if missing:
        raise CatalogueError(f"{path} is missing its stamps ({', '.join(missing)}); rebuild it")
    return CatalogueInfo(**{k: meta[k] for k in REQUIRED_META})
