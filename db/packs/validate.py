"""Reads a pack's payload (entries.jsonl, regions.json) into catalogue records, strictly.

Only called on files whose size and sha256 matched a verified manifest. Every refusal names the
file, the line and the entry, so a publisher can fix the source. Entries carry exactly the keys
of `fieldref export --json` entries; kinds are any lower-case-with-hyphens word (packs may add
kinds such as `document`, `country` or `term`). Whether regions and related entries exist is a
question about the catalogue the pack lands in, answered in compose.py.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from db.constants import MAX_BODY, MAX_SLUG, MAX_SUMMARY, MAX_TITLE
from db.packs.errors import PackError, pack_json, read_pack_file
from db.packs.manifest import ENTRIES_NAME, REGIONS_NAME, Manifest
from db.records import Entry, Region
from db.safe_files import UnsafeFileError, is_slug, open_regular

ENTRY_KEYS = ("slug", "kind", "title", "summary", "body", "regions", "related")
REQUIRED_ENTRY_KEYS = ("slug", "kind", "title", "summary", "body")
REGION_KEYS = ("slug", "name", "parent")
MAX_KIND = 40
MAX_NAME = 200
MAX_LINKS = 500
MAX_LINE_BYTES = 2 * 1024**2
MAX_REGIONS_FILE = 16 * 1024**2
MAX_ENTRIES_FILE = 1024**3  # the importer's cap on a whole payload (archive.Limits)
READ_BUFFER = 8 * 1024**2
# C0 controls other than tab, line feed and carriage return have no place in catalogue text.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class PackPayload:
    """A pack's entries and regions in file order, with the line each entry came from."""

    entries: tuple[Entry, ...]
    regions: tuple[Region, ...]
    lines: Mapping[str, int] = field(default_factory=dict, compare=False)

    def where(self, slug: str) -> str:
        """Where an entry came from, for messages: "entries.jsonl line 7 (entry 'x')"."""
        line = self.lines.get(slug)
        return f"{ENTRIES_NAME} line {line} (entry '{slug}')" if line else f"entry '{slug}'"


def load_payload(folder: Path, manifest: Manifest) -> PackPayload:
    folder = Path(folder)
    regions = load_regions(folder / REGIONS_NAME) if manifest.file(REGIONS_NAME) else ()
    payload = load_entries(folder / ENTRIES_NAME, regions)
    if len(payload.entries) != manifest.entry_count:
        raise PackError(
            f"{ENTRIES_NAME} holds {len(payload.entries)} entries; the manifest says"
            f" {manifest.entry_count}"
        )
    if len(regions) != manifest.region_count:
        raise PackError(
            f"{REGIONS_NAME} holds {len(regions)} regions; the manifest says"
            f" {manifest.region_count}"
        )
    return payload


def load_entries(path: Path, regions: tuple[Region, ...] = ()) -> PackPayload:
    """Every line of an entries.jsonl as an Entry (with `regions`, already read, alongside)."""
    entries: dict[str, Entry] = {}
    lines: dict[str, int] = {}
    for number, text in _lines(path):
        entry = parse_entry(text, f"{path.name} line {number}", len(entries))
        if entry.slug in entries:
            raise PackError(
                f"{path.name} line {number}: entry '{entry.slug}' already appears on line"
                f" {lines[entry.slug]}"
            )
        entries[entry.slug] = entry
        lines[entry.slug] = number
    if not entries:
        raise PackError(f"{path.name} holds no entries")
    return PackPayload(tuple(entries.values()), regions, lines)


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        # A large buffer means a read (which releases the GIL) every few MB, not every 8 KB:
        # frequent releases starve other threads (CPython's GIL convoy), i.e. the GUI thread.
        with _open_regular(path) as handle:
            number = 0
            while True:
                raw = handle.readline(MAX_LINE_BYTES + 1)
                if not raw:
                    return
                number += 1
                if len(raw) > MAX_LINE_BYTES:
                    raise PackError(f"{path.name} line {number}: line longer than allowed")
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise PackError(f"{path.name} line {number}: not UTF-8 text") from None
                if not text.strip():
                    raise PackError(f"{path.name} line {number}: empty line")
                yield number, text
    except FileNotFoundError:
        raise PackError(f"{path.name} is missing") from None
    except OSError as exc:
        raise PackError(f"cannot read {path.name}: {exc.strerror or exc}") from None


def _open_regular(path: Path) -> BinaryIO:
    """A regular file of sane size, opened without blocking on a FIFO (a publisher's source
    folder is read here too, before anything verified it)."""
    try:
        fd = open_regular(path)
    except UnsafeFileError as exc:
        raise PackError(str(exc)) from None
    try:
        if os.fstat(fd).st_size > MAX_ENTRIES_FILE:
            raise PackError(f"{path.name} is larger than any content pack may hold")
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb", buffering=READ_BUFFER)


def parse_entry(text: str, where: str, order: int) -> Entry:
    """One JSON Lines entry; PackError naming `where` (and the slug, once known)."""
    data = pack_json(text, where, object_pairs_hook=_no_duplicate_keys)
    if not isinstance(data, dict):
        raise PackError(f"{where}: expected a JSON object")
    slug = data.get("slug")
    if is_slug(slug):
        where = f"{where} (entry '{slug}')"
    unknown = sorted(set(data) - set(ENTRY_KEYS))
    if unknown:
        raise PackError(f"{where}: unknown key(s): {', '.join(unknown)}")
    for key in REQUIRED_ENTRY_KEYS:
        if key not in data:
            raise PackError(f"{where}: missing '{key}'")
    slug = _slug(data, "slug", MAX_SLUG, where)
    kind = _slug(data, "kind", MAX_KIND, where)
    regions = _slug_list(data, "regions", where)
    related = _slug_list(data, "related", where)
    if slug in related:
        raise PackError(f"{where}: an entry cannot be related to itself")
    return Entry(
        slug=slug,
        kind=kind,
        title=_text(data, "title", MAX_TITLE, where),
        summary=_text(data, "summary", MAX_SUMMARY, where),
        body=_text(data, "body", MAX_BODY, where),
        regions=regions,
        related=related,
        order=order,
    )


def load_regions(path: Path) -> tuple[Region, ...]:
    blob = read_pack_file(path, MAX_REGIONS_FILE, missing=f"{path.name} is missing")
    data = pack_json(blob, path.name, object_pairs_hook=_no_duplicate_keys)
    if not isinstance(data, list):
        raise PackError(f"{path.name}: expected a JSON list of regions")
    regions: dict[str, Region] = {}
    for number, item in enumerate(data, start=1):
        where = f"{path.name} region {number}"
        if not isinstance(item, dict):
            raise PackError(f"{where}: expected a JSON object")
        unknown = sorted(set(item) - set(REGION_KEYS))
        if unknown:
            raise PackError(f"{where}: unknown key(s): {', '.join(unknown)}")
        slug = _slug(item, "slug", MAX_SLUG, where)
        where = f"{path.name} region '{slug}'"
        if slug in regions:
            raise PackError(f"{where}: listed twice")
        parent = item.get("parent")
        if parent is not None:
            parent = _slug(item, "parent", MAX_SLUG, where)
        regions[slug] = Region(slug, _text(item, "name", MAX_NAME, where), parent)
    return tuple(regions.values())


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _slug(data: Mapping[str, Any], key: str, limit: int, where: str) -> str:
    value = data.get(key)
    if not is_slug(value, limit):
        raise PackError(f"{where}: '{key}' must be lower-case-with-hyphens, at most {limit} long")
    return value


def _text(data: Mapping[str, Any], key: str, limit: int, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise PackError(f"{where}: '{key}' must be non-empty text")
    if len(value) > limit:
        raise PackError(f"{where}: '{key}' is longer than {limit} characters")
    if _CONTROL_RE.search(value):
        raise PackError(f"{where}: '{key}' contains control characters")
    return value.strip()


def _slug_list(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or len(value) > MAX_LINKS:
        raise PackError(f"{where}: '{key}' must be a list of at most {MAX_LINKS} slugs")
    items = tuple(value)
    for item in items:
        if not is_slug(item):
            raise PackError(f"{where}: '{key}' must list lower-case-with-hyphens slugs")
    if len(set(items)) != len(items):
        raise PackError(f"{where}: '{key}' lists a slug twice")
    return items
