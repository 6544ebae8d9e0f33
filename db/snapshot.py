"""A small catalogue's copy inside its search index, so the window can answer before SQLAlchemy.

Importing SQLAlchemy costs about 0.3 s on the officers' laptops, more than the whole start-up
budget leaves once Qt has painted. The index builder therefore writes the catalogue it indexed
(when it is small) into the index folder as `catalogue.json`; the folder's stamp, signed with
this machine's key, covers it like every index file. At start-up the app reads it with no
SQLAlchemy, searches and shows entries from it, and opens the SQLite catalogue behind it; when
that catalogue's content hash differs from the copy's, the copy is dropped and the index rebuilt.

The copy also records the size and modification time of the file it was made from: a catalogue
replaced in place (a reinstall) is noticed before anything from the old copy is shown.
"""

from __future__ import annotations

import json
import os
from dataclasses import astuple
from pathlib import Path
from typing import Any

from db.catalogue_view import CatalogueView
from db.errors import CatalogueError
from db.records import CatalogueInfo, Entry, Region
from db.safe_files import UnsafeFileError, loads_json, read_regular_bytes, write_file_atomically

SNAPSHOT_FILE = "catalogue.json"
SNAPSHOT_FORMAT = 1
#: above this a JSON copy loads slower than SQLAlchemy imports, and doubles the disk used
SNAPSHOT_MAX_ENTRIES = 2_000
SNAPSHOT_MAX_BYTES = 16 << 20


class SnapshotUnusable(CatalogueError):
    """The copy is missing, damaged or was made from another catalogue file (one line why)."""


def fingerprint(catalogue_file: Path) -> list[int]:
    """Size and modification time: cheap, and enough to notice a file replaced in place."""
    info = os.stat(catalogue_file)
    return [info.st_size, info.st_mtime_ns]


def write_snapshot(catalogue: CatalogueView, folder: Path) -> bool:
    """Write the copy into the index folder being built; False when the catalogue is too big."""
    entries = catalogue.entries()
    if len(entries) > SNAPSHOT_MAX_ENTRIES:
        return False
    body = {
        "format": SNAPSHOT_FORMAT,
        "source": fingerprint(catalogue.path),
        "info": list(astuple(catalogue.info)),
        "regions": [[r.slug, r.name, r.parent, list(r.aliases)] for r in catalogue.regions()],
        "entries": [_entry_row(e) for e in entries],
    }
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(data) > SNAPSHOT_MAX_BYTES:
        return False
    write_file_atomically(Path(folder) / SNAPSHOT_FILE, data)
    return True


class CatalogueSnapshot(CatalogueView):
    """A read-only catalogue loaded from the index's copy. Load it only from a verified folder."""

    def __init__(
        self, path: Path, info: CatalogueInfo, entries: dict[str, Entry], regions: dict[str, Region]
    ) -> None:
        super().__init__(path, info)
        self._entries = entries
        self._regions = regions

    @classmethod
    def load(cls, folder: Path, catalogue_file: Path) -> CatalogueSnapshot:
        """The copy in `folder`, if it was made from `catalogue_file` as it is now."""
        where = Path(folder) / SNAPSHOT_FILE
        try:
            body = loads_json(read_regular_bytes(where, SNAPSHOT_MAX_BYTES), str(where))
            current = fingerprint(catalogue_file)
        except FileNotFoundError:
            raise SnapshotUnusable(f"{where.name} or the catalogue is missing") from None
        except (OSError, UnsafeFileError) as exc:
            raise SnapshotUnusable(f"{where.name} cannot be read ({exc})") from None
        if not isinstance(body, dict) or body.get("format") != SNAPSHOT_FORMAT:
            raise SnapshotUnusable(f"{where.name} has another format")
        if body.get("source") != current:
            raise SnapshotUnusable(f"{catalogue_file.name} changed since the index was built")
        try:
            info = CatalogueInfo(*(str(value) for value in body["info"]))
            regions = {r[0]: Region(r[0], r[1], r[2], tuple(r[3])) for r in body["regions"]}
            entries = {e[0]: _entry(e) for e in body["entries"]}
        except (KeyError, IndexError, TypeError, ValueError):
            raise SnapshotUnusable(f"{where.name} is malformed") from None
        return cls(Path(catalogue_file), info, entries, regions)

    def _all_entries(self) -> dict[str, Entry]:
        return self._entries

    def _all_regions(self) -> dict[str, Region]:
        return self._regions


def _entry_row(entry: Entry) -> list[Any]:
    return [
        entry.slug,
        entry.kind,
        entry.title,
        entry.summary,
        entry.body,
        list(entry.regions),
        list(entry.related),
        list(entry.aliases),
        entry.order,
    ]


def _entry(row: list[Any]) -> Entry:
    slug, kind, title, summary, body, regions, related, aliases, order = row
    return Entry(
        slug, kind, title, summary, body, tuple(regions), tuple(related), tuple(aliases), int(order)
    )
