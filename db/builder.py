"""Compiles catalogue sources into catalogue.sqlite, atomically.

The file is written beside its destination under a temporary name and moved into place with
os.replace only when complete, so a failed build (bad source, full disk, kill) never leaves a
half-written catalogue where the app will look for one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import create_engine, event, insert, text
from sqlalchemy.engine import Engine

from db.clock import iso_utc
from db.errors import CatalogueError
from db.fsutil import fsync_dir, fsync_file
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
from db.source import CatalogueSource, load_source

CATALOGUE_FILE = "catalogue.sqlite"


def build_catalogue(source_dir: Path, out_dir: Path) -> CatalogueInfo:
    """Validate the sources and write out_dir/catalogue.sqlite; an old file survives failures."""
    source = load_source(source_dir)
    return write_catalogue(source, Path(out_dir) / CATALOGUE_FILE)


def link_closure(entries: Sequence[Entry]) -> dict[str, tuple[str, ...]]:
    """Make every related link two-way: a link is a fact about a pair, whichever file names it."""
    position = {e.slug: i for i, e in enumerate(entries)}
    links: dict[str, list[str]] = {e.slug: list(dict.fromkeys(e.related)) for e in entries}
    for entry in entries:
        for other in entry.related:
            if entry.slug not in links[other]:
                links[other].append(entry.slug)
    return {
        slug: tuple(declared for declared in targets if declared in position)
        for slug, targets in links.items()
    }


def content_sha256(source: CatalogueSource) -> str:
    """A hash of what the catalogue says, independent of file order, build time or machine.

    The hashed bytes are `json.dumps(canonical, ensure_ascii=False, sort_keys=True,
    separators=(",", ":"))` of {"data_as_of", "entries", "regions", "title", "version"}, written
    one entry at a time: one dump of a 100k-entry catalogue holds the GIL for a quarter of a
    second, which a GUI thread waiting on a background import feels as a frozen window.
    """
    links = link_closure(source.entries)
    sha = hashlib.sha256()

    def put(text: str) -> None:
        sha.update(text.encode("utf-8"))

    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    put(f'{{"data_as_of":{dump(source.data_as_of)},"entries":[')
    for number, e in enumerate(sorted(source.entries, key=lambda e: e.slug)):
        row = [
            e.slug,
            e.kind,
            e.title,
            e.summary,
            e.body,
            list(e.regions),
            sorted(links[e.slug]),
            list(e.aliases),
            e.order,
        ]
        put(("," if number else "") + dump(row))
    regions = [[r.slug, r.name, r.parent, list(r.aliases)] for r in source.regions]
    put(
        f'],"regions":{dump(regions)},"title":{dump(source.title)},'
        f'"version":{dump(source.version)}}}'
    )
    return sha.hexdigest()


def build_timestamp() -> str:
    """SOURCE_DATE_EPOCH when set (reproducible builds), otherwise now, in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC) if epoch and epoch.isdigit() else None
    return iso_utc(moment)


def write_catalogue(source: CatalogueSource, out_path: Path) -> CatalogueInfo:
    out_path = Path(out_path)
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CatalogueError(f"cannot create {out_path.parent}: {exc.strerror}") from None
    info = CatalogueInfo(
        title=source.title,
        version=source.version,
        data_as_of=source.data_as_of,
        content_sha256=content_sha256(source),
        built=build_timestamp(),
    )
    tmp = out_path.with_name(f".{out_path.name}.{os.getpid()}.tmp")
    try:
        _write(tmp, source, info)
        fsync_file(tmp)
        os.replace(tmp, out_path)
        fsync_dir(out_path.parent)
    except OSError as exc:
        raise CatalogueError(f"cannot write {out_path}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return info


def _write(path: Path, source: CatalogueSource, info: CatalogueInfo) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    engine = _writer_engine(path)
    try:
        metadata.create_all(engine)
        links = link_closure(source.entries)
        with engine.begin() as conn:
            conn.execute(insert(meta_table), _meta_rows(info))
            conn.execute(insert(region_table), _region_rows(source.regions))
            conn.execute(insert(entry_table), _entry_rows(source.entries))
            region_rows = [
                {"entry": e.slug, "region": r, "position": i}
                for e in source.entries
                for i, r in enumerate(dict.fromkeys(e.regions))
            ]
            if region_rows:
                conn.execute(insert(entry_region_table), region_rows)
            link_rows = [
                {"source": slug, "target": t, "position": i}
                for slug, targets in links.items()
                for i, t in enumerate(targets)
            ]
            if link_rows:
                conn.execute(insert(entry_link_table), link_rows)
            conn.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
            conn.execute(text(f"PRAGMA user_version = {SCHEMA_VERSION}"))
        with engine.connect() as conn:
            conn.execute(text("VACUUM"))
    finally:
        engine.dispose()


def _writer_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode = OFF")
        cursor.execute("PRAGMA synchronous = OFF")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    return engine


def _meta_rows(info: CatalogueInfo) -> list[dict[str, str]]:
    return [
        {"key": "title", "value": info.title},
        {"key": "version", "value": info.version},
        {"key": "data_as_of", "value": info.data_as_of},
        {"key": "content_sha256", "value": info.content_sha256},
        {"key": "built", "value": info.built},
    ]


def _region_rows(regions: Iterable[Region]) -> list[dict[str, object]]:
    return [
        {
            "slug": r.slug,
            "name": r.name,
            "parent": r.parent,
            "position": i,
            "aliases": "\n".join(r.aliases),
        }
        for i, r in enumerate(regions)
    ]


def _entry_rows(entries: Iterable[Entry]) -> list[dict[str, object]]:
    return [
        {
            "slug": e.slug,
            "kind": e.kind,
            "title": e.title,
            "summary": e.summary,
            "body": e.body,
            "position": i,
            "aliases": "\n".join(e.aliases),
        }
        for i, e in enumerate(entries)
    ]
