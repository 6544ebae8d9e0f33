"""Handover files: an officer's notes and bookmarks as JSON, for a colleague or a new laptop.

Import is all-or-nothing: the file is size-capped, parsed, and every field checked before one
transaction merges it. Nothing is ever lost: a note that differs on both sides keeps both versions
in one note, marked; identical notes and bookmarks are not duplicated.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from db.safe_files import is_slug
from db.userstore.models import BookmarkRow, NoteRow
from db.userstore.records import ImportReport
from db.userstore.store import (
    MAX_NOTE_CHARS,
    UserStore,
    UserStoreError,
    now,
)

FORMAT = "field-reference-handover"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 20_000_000
MAX_ITEMS = 100_000
CONFLICT_MARK = "— Another version, from a handover file ({when}) —"


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
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserStoreError(f"cannot write {path}: {exc.strerror}") from None
    return len(notes) + len(bookmarks)


def _load(path: Path) -> dict[str, Any]:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserStoreError(f"{path} is too large to be a handover file")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserStoreError(f"{path} not found") from None
    except OSError as exc:
        raise UserStoreError(f"cannot read {path}: {exc.strerror}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserStoreError(f"{path} is not a handover file (invalid JSON: {exc})") from None
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
        if not is_slug(item["slug"]):
            raise UserStoreError(f"{key} item {number}: {item['slug']!r} is not an entry name")
        clean.append({name: item.get(name, "") for name in fields})
    return clean


def import_handover(store: UserStore, path: Path) -> ImportReport:
    data = _load(path)
    notes = _items(data, "notes", {"slug": 100, "text": MAX_NOTE_CHARS, "updated": 40})
    bookmarks = _items(data, "bookmarks", {"slug": 100, "folder": 200, "created": 40})
    counts = {"added": 0, "merged": 0, "same": 0, "b_added": 0, "b_same": 0}
    stamp = now()

    def work(session: Session) -> None:
        for note in notes:
            if not note["text"].strip():
                continue
            row = session.get(NoteRow, note["slug"])
            if row is None:
                session.add(
                    NoteRow(slug=note["slug"], text=note["text"], updated=note["updated"] or stamp)
                )
                counts["added"] += 1
            elif note["text"].strip() in row.text:
                counts["same"] += 1  # already here, perhaps from an earlier import
            else:
                mark = CONFLICT_MARK.format(when=note["updated"] or stamp)
                merged = f"{row.text.rstrip()}\n\n{mark}\n{note['text']}"
                if len(merged) > MAX_NOTE_CHARS:
                    raise UserStoreError(
                        f"note '{note['slug']}' would grow past {MAX_NOTE_CHARS} characters"
                    )
                row.text, row.updated = merged, stamp
                counts["merged"] += 1
        for mark_ in bookmarks:
            if session.get(BookmarkRow, mark_["slug"]) is None:
                session.add(
                    BookmarkRow(
                        slug=mark_["slug"],
                        folder=mark_["folder"],
                        created=mark_["created"] or stamp,
                    )
                )
                counts["b_added"] += 1
            else:
                counts["b_same"] += 1

    store.write("the handover import", work)
    return ImportReport(
        counts["added"], counts["merged"], counts["same"], counts["b_added"], counts["b_same"]
    )
