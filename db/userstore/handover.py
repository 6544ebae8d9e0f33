"""Handover files: an officer's notes and bookmarks as JSON, for a colleague or a new laptop.

A handover file comes from outside (a USB stick, an e-mail): it is read only when it is a regular
file, with a size cap, parsed with a nesting guard, and every field checked (slugs, lengths, lone
surrogates) before one transaction merges it. Nothing is ever lost: a note that differs on both
sides keeps both versions in one note, marked; identical notes and bookmarks are not duplicated.
Export writes through a temp file beside a regular target and never replaces a device, FIFO,
symlink or read-only file.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from db.constants import HANDOVER_LIMIT
from db.safe_files import (
    UnsafeFileError,
    is_slug,
    loads_json,
    read_regular_bytes,
    write_file_atomically,
)
from db.userstore.models import bookmark_table, note_table
from db.userstore.records import ImportReport
from db.userstore.store import MAX_NOTE_CHARS, UserStore, UserStoreError, now
from db.userstore.texts import SURROGATE, keep_both

FORMAT = "field-reference-handover"
FORMAT_VERSION = 1
MAX_ITEMS = 100_000
CONFLICT_MARK = "— Another version, from a handover file ({when}) —"
PROGRESS_EVERY = 1_000

Progress = Callable[[int, int], None]
"""progress(done, total): called from the importing thread; done == total at the end."""


def export_handover(store: UserStore, path: Path) -> int:
    """Write notes and bookmarks to path (atomically); returns how many items were written."""
    notes = store.notes()
    bookmarks = store.bookmarks()
    payload = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported": now(),
        "notes": [{"slug": n.slug, "text": n.text, "updated": n.updated} for n in notes],
        "bookmarks": [
            {"slug": b.slug, "folder": b.folder, "created": b.created} for b in bookmarks
        ],
    }
    path = Path(path)
    _refuse_read_only(path)
    data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    try:
        write_file_atomically(path, data)
    except UnsafeFileError as exc:
        raise UserStoreError(str(exc)) from None
    return len(notes) + len(bookmarks)


def _refuse_read_only(path: Path) -> None:
    """A file the officer made read-only is not replaced (os.replace would do it silently)."""
    try:
        info = os.lstat(path)
    except OSError:
        return
    if stat.S_ISREG(info.st_mode) and (not info.st_mode & 0o222 or not os.access(path, os.W_OK)):
        raise UserStoreError(f"{path}: the file is read-only; choose another name")


def _load(path: Path) -> dict[str, Any]:
    path = Path(path)
    try:
        raw = read_regular_bytes(path, HANDOVER_LIMIT)
    except FileNotFoundError:
        raise UserStoreError(f"{path} not found") from None
    except UnsafeFileError as exc:
        raise UserStoreError(str(exc)) from None
    try:
        data = loads_json(raw, str(path))
    except UnsafeFileError as exc:
        raise UserStoreError(f"not a handover file: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserStoreError(f"{path} is not a Field Reference handover file")
    if data.get("version") != FORMAT_VERSION:
        raise UserStoreError(
            f"{path} has handover version {data.get('version')!r}; this app reads {FORMAT_VERSION}"
        )
    return data


def _items(data: dict[str, Any], key: str, fields: dict[str, int]) -> list[dict[str, str]]:
    items = data.get(key, [])
    if not isinstance(items, list) or len(items) > MAX_ITEMS:
        raise UserStoreError(f"'{key}' must be a list of at most {MAX_ITEMS} items")
    clean = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or set(item) - set(fields):
            raise UserStoreError(f"{key} item {number}: unexpected shape")
        for name, limit in fields.items():
            value = item.get(name, "" if name != "slug" else None)
            if not isinstance(value, str) or len(value) > limit:
                raise UserStoreError(
                    f"{key} item {number}: '{name}' must be text of at most {limit} characters"
                )
            if SURROGATE.search(value):
                raise UserStoreError(
                    f"{key} item {number}: '{name}' holds a lone surrogate, not text; refused"
                )
        if not is_slug(item["slug"]):
            raise UserStoreError(f"{key} item {number}: {item['slug']!r} is not an entry name")
        clean.append({name: item.get(name, "") for name in fields})
    return clean


def import_handover(store: UserStore, path: Path, progress: Progress | None = None) -> ImportReport:
    """Merge a handover file in one transaction (all or nothing); safe to run on a worker
    thread of its own store connection. progress(done, total) follows the merge."""
    data = _load(path)
    notes = _items(data, "notes", {"slug": 100, "text": MAX_NOTE_CHARS, "updated": 40})
    bookmarks = _items(data, "bookmarks", {"slug": 100, "folder": 200, "created": 40})
    total = len(notes) + len(bookmarks)
    tell = progress or (lambda _done, _total: None)
    stamp = now()

    def work(conn: Connection) -> ImportReport:
        tell(0, total)
        added, merged, same = _merge_notes(conn, notes, stamp, tell, total)
        b_added, b_same = _merge_bookmarks(conn, bookmarks, stamp)
        tell(total, total)
        return ImportReport(added, merged, same, b_added, b_same)

    return store.write("the handover import", work)  # type: ignore[return-value]


def _merge_notes(
    conn: Connection, notes: list[dict[str, str]], stamp: str, tell: Progress, total: int
) -> tuple[int, int, int]:
    """Decide every note in memory against one read of the store, then write in bulk: one
    row-by-row round trip per note made a 100k-note import take most of a minute."""
    col = note_table.c
    current: dict[str, str] = {s: t for s, t in conn.execute(select(col.slug, col.text))}
    inserts: dict[str, dict[str, str]] = {}
    updates: dict[str, str] = {}
    added = merged = same = 0
    for number, note in enumerate(notes, start=1):
        if number % PROGRESS_EVERY == 0:
            tell(number, total)
        slug, body = note["slug"], note["text"]
        if not body.strip():
            continue
        if slug not in current:
            current[slug] = body
            inserts[slug] = {"slug": slug, "text": body, "updated": note["updated"] or stamp}
            added += 1
            continue
        both = keep_both(current[slug], body, CONFLICT_MARK.format(when=note["updated"] or stamp))
        if both is None:
            same += 1  # already here, perhaps from an earlier import
            continue
        if len(both) > MAX_NOTE_CHARS:
            raise UserStoreError(f"note '{slug}' would grow past {MAX_NOTE_CHARS} characters")
        current[slug] = both
        if slug in inserts:
            inserts[slug].update(text=both, updated=stamp)
        else:
            updates[slug] = both
        merged += 1
    if inserts:
        conn.execute(insert(note_table), list(inserts.values()))
    if updates:  # one executemany keyed by slug (bind names must differ from the columns')
        rows = [{"key": s, "new_text": t} for s, t in updates.items()]
        by_slug = (
            update(note_table)
            .where(col.slug == bindparam("key"))
            .values(text=bindparam("new_text"), updated=stamp)
        )
        conn.execute(by_slug, rows)
    return added, merged, same


def _merge_bookmarks(
    conn: Connection, bookmarks: list[dict[str, str]], stamp: str
) -> tuple[int, int]:
    present = set(conn.scalars(select(bookmark_table.c.slug)).all())
    rows = []
    for mark in bookmarks:
        if mark["slug"] in present:
            continue
        present.add(mark["slug"])
        rows.append(
            {"slug": mark["slug"], "folder": mark["folder"], "created": mark["created"] or stamp}
        )
    if rows:
        conn.execute(insert(bookmark_table), rows)
    return len(rows), len(bookmarks) - len(rows)
