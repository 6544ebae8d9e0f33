"""Reads the human-edited catalogue sources (resources/catalogue/) into validated records.

Editors change text, not SQL; this module is the one place that decides whether their text is a
catalogue, and it names the file and line of the first thing that is not.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.constants import MAX_BODY, MAX_SUMMARY, MAX_TITLE
from db.errors import SourceError
from db.records import ENTRY_KINDS, Entry, Region
from db.safe_files import UnsafeFileError, is_slug, read_regular_text

FRONT_MATTER_FENCE = "+++"
ENTRY_KEYS = {"slug", "kind", "title", "order", "summary", "aliases", "regions", "related"}
REGION_KEYS = {"slug", "name", "parent", "aliases"}
CATALOGUE_KEYS = {"title", "version", "data_as_of"}
MAX_ENTRY_FILE = 2 << 20  # a 200,000-character body of 4-byte characters, plus front matter
MAX_TOML_FILE = 16 << 20
_TOML_LINE_RE = re.compile(r"at line (\d+)")


@dataclass(frozen=True, slots=True)
class CatalogueSource:
    title: str
    version: str
    data_as_of: str
    entries: tuple[Entry, ...]
    regions: tuple[Region, ...]


def load_source(source_dir: Path) -> CatalogueSource:
    """Parse and cross-check every source file; raise SourceError on the first problem."""
    source_dir = Path(source_dir)
    if not source_dir.is_dir():
        raise SourceError(source_dir, "catalogue source folder not found")
    meta = _load_toml(source_dir / "catalogue.toml")
    _refuse_unknown_keys(source_dir / "catalogue.toml", meta, CATALOGUE_KEYS, "catalogue")
    for key in sorted(CATALOGUE_KEYS):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            raise SourceError(source_dir / "catalogue.toml", f"missing or empty '{key}'")
    regions = _load_regions(source_dir / "regions.toml")
    entries = _load_entries(source_dir / "entries", {r.slug for r in regions})
    return CatalogueSource(
        title=meta["title"],
        version=meta["version"],
        data_as_of=meta["data_as_of"],
        entries=entries,
        regions=regions,
    )


def _read(path: Path, limit: int) -> str:
    """A source file's text: regular (a FIFO would hang the build), capped, strict UTF-8."""
    try:
        text = read_regular_text(path, limit)
    except FileNotFoundError:
        raise SourceError(path, "file not found") from None
    except UnsafeFileError as exc:
        message = str(exc).removeprefix(f"{path}: ").removeprefix(f"{path}:")
        raise SourceError(path, message) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")  # as open() in text mode did


def _load_toml(path: Path, text: str | None = None, line_offset: int = 0) -> dict[str, Any]:
    if text is None:
        text = _read(path, MAX_TOML_FILE)
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise SourceError(path, "nested too deeply to be a real file; refused") from None
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE_RE.search(str(exc))
        line = int(found.group(1)) + line_offset if found else None
        reason = str(exc).split(" (at ")[0]
        raise SourceError(path, f"TOML syntax error: {reason}", line) from None


def _refuse_unknown_keys(path: Path, table: dict[str, Any], allowed: set[str], what: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise SourceError(path, f"unknown key(s) in {what}: {', '.join(unknown)}")


def _load_regions(path: Path) -> tuple[Region, ...]:
    text = _read(path, MAX_TOML_FILE)
    data = _load_toml(path, text)
    rows = data.get("region")
    if not isinstance(rows, list) or not rows:
        raise SourceError(path, "expected one or more [[region]] tables")
    seen: dict[str, Region] = {}
    text_lines = text.splitlines()
    for row in rows:
        if not isinstance(row, dict):
            raise SourceError(path, "expected one or more [[region]] tables")
        slug = row.get("slug")
        line = _line_of(text_lines, "slug", slug)
        _refuse_unknown_keys(path, row, REGION_KEYS, f"region {slug!r}")
        if not is_slug(slug):
            raise SourceError(path, f"region slug {slug!r} is not lower-case-with-hyphens", line)
        if slug in seen:
            raise SourceError(path, f"duplicate region slug '{slug}'", line)
        name = row.get("name")
        if not isinstance(name, str) or not name.strip():
            raise SourceError(path, f"region '{slug}' has no name", line)
        parent = row.get("parent")
        if parent is not None and parent not in seen:
            raise SourceError(
                path, f"region '{slug}' names unknown parent '{parent}' (list parents first)", line
            )
        aliases = _string_list(path, row.get("aliases", []), f"region '{slug}' aliases", line)
        seen[slug] = Region(slug=slug, name=name.strip(), parent=parent, aliases=aliases)
    return tuple(seen.values())


def _line_of(lines: list[str], key: str, value: object, offset: int = 0) -> int | None:
    pattern = re.compile(rf"^\s*{key}\s*=\s*\"{re.escape(str(value))}\"")
    for number, text in enumerate(lines, start=1):
        if pattern.match(text):
            return number + offset
    return None


def _string_list(path: Path, value: object, what: str, line: int | None) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SourceError(path, f"{what} must be a list of non-empty strings", line)
    return tuple(value)


def _load_entries(folder: Path, region_slugs: set[str]) -> tuple[Entry, ...]:
    if not folder.is_dir():
        raise SourceError(folder, "entries folder not found")
    # A slug must equal its file's name (_parse_entry), so one folder cannot hold a slug twice.
    entries: dict[str, Entry] = {}
    where: dict[str, Path] = {}
    for path in sorted(folder.glob("*.md")):
        entry = _parse_entry(path, region_slugs)
        entries[entry.slug] = entry
        where[entry.slug] = path
    if not entries:
        raise SourceError(folder, "no entries (*.md) found")
    for slug, entry in entries.items():
        for other in entry.related:
            if other not in entries:
                raise SourceError(where[slug], f"related link to unknown entry '{other}'")
    return tuple(sorted(entries.values(), key=lambda e: (e.order, e.slug)))


def _parse_entry(path: Path, region_slugs: set[str]) -> Entry:
    text = _read(path, MAX_ENTRY_FILE)
    lines = text.split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        raise SourceError(path, "must start with a '+++' front matter line", 1)
    try:
        close = next(i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER_FENCE)
    except StopIteration:
        raise SourceError(path, "front matter is not closed with '+++'", 1) from None
    front = "\n".join(lines[1:close])
    meta = _load_toml(path, front, line_offset=1)
    front_lines = lines[: close + 1]
    _refuse_unknown_keys(path, meta, ENTRY_KEYS, "front matter")

    def at(key: str) -> int | None:
        return _key_line(front_lines, key)

    def need_text(key: str, limit: int) -> str:
        value = meta.get(key)
        if not isinstance(value, str) or not value.strip():
            raise SourceError(path, f"missing or empty '{key}'", at(key))
        if len(value) > limit:
            raise SourceError(path, f"'{key}' longer than {limit} characters", at(key))
        return value.strip()

    slug = need_text("slug", 100)
    if not is_slug(slug):
        raise SourceError(path, f"slug '{slug}' is not lower-case-with-hyphens", at("slug"))
    if slug != path.stem:
        raise SourceError(path, f"slug '{slug}' does not match the file name", at("slug"))
    kind = need_text("kind", 40)
    if kind not in ENTRY_KINDS:
        raise SourceError(path, f"kind '{kind}' is not one of {', '.join(ENTRY_KINDS)}", at("kind"))
    order = meta.get("order", 0)
    if not isinstance(order, int) or isinstance(order, bool):
        raise SourceError(path, "'order' must be an integer", at("order"))
    regions = _string_list(path, meta.get("regions", []), "'regions'", at("regions"))
    for region in regions:
        if region not in region_slugs:
            raise SourceError(path, f"unknown region '{region}'", at("regions"))
    body = "\n".join(lines[close + 1 :]).strip()
    if not body:
        raise SourceError(path, "empty body", close + 2)
    if len(body) > MAX_BODY:
        raise SourceError(path, f"body longer than {MAX_BODY} characters", close + 2)
    return Entry(
        slug=slug,
        kind=kind,
        title=need_text("title", MAX_TITLE),
        summary=need_text("summary", MAX_SUMMARY),
        body=body,
        regions=regions,
        related=_string_list(path, meta.get("related", []), "'related'", at("related")),
        aliases=_string_list(path, meta.get("aliases", []), "'aliases'", at("aliases")),
        order=order,
    )


def _key_line(lines: list[str], key: str) -> int | None:
    pattern = re.compile(rf"^\s*{key}\s*=")
    for number, text in enumerate(lines, start=1):
        if pattern.match(text):
            return number
    return None
