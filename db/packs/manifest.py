"""manifest.json: what a pack claims to be and hold, signed byte for byte by its publisher.

The manifest is parsed only after its signature verified (archive.py), and even then strictly:
unknown keys, wrong types and out-of-range values are refused, so nothing a publisher's tool
did by accident is half-understood.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from db.packs.errors import PackError, pack_json
from db.safe_files import is_slug

PACK_FORMAT = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
ENTRIES_NAME = "entries.jsonl"
REGIONS_NAME = "regions.json"
PAYLOAD_NAMES = (ENTRIES_NAME, REGIONS_NAME)
MODES = ("add", "replace")
# The first app version that reads pack format 1; packs need at least this by default.
FORMAT_MIN_APP_VERSION = "0.1.0"
MAX_ID = 64
MAX_TITLE = 200
MAX_DESCRIPTION = 2_000
MAX_SEQUENCE = 2**53
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_KEY_ID_RE = re.compile(r"[0-9a-f]{16}")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIMESTAMP_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_VERSION_RE = re.compile(r"\d{1,6}(?:\.\d{1,6}){0,3}")
MANIFEST_KEYS = {
    "format",
    "id",
    "title",
    "description",
    "mode",
    "sequence",
    "created",
    "data_as_of",
    "min_app_version",
    "publisher_key",
    "files",
    "entry_count",
    "region_count",
}
FILE_KEYS = {"path", "size", "sha256"}


@dataclass(frozen=True, slots=True)
class PayloadFile:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest:
    id: str
    title: str
    description: str
    mode: str
    sequence: int
    created: str
    data_as_of: str
    min_app_version: str
    publisher_key: str
    files: tuple[PayloadFile, ...]
    entry_count: int
    region_count: int
    format: int = PACK_FORMAT

    def file(self, path: str) -> PayloadFile | None:
        return next((f for f in self.files if f.path == path), None)

    @property
    def payload_bytes(self) -> int:
        return sum(f.size for f in self.files)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "mode": self.mode,
            "sequence": self.sequence,
            "created": self.created,
            "data_as_of": self.data_as_of,
            "min_app_version": self.min_app_version,
            "publisher_key": self.publisher_key,
            "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in self.files],
            "entry_count": self.entry_count,
            "region_count": self.region_count,
        }


def manifest_bytes(manifest: Manifest) -> bytes:
    """The exact bytes a publisher signs (and the importer verifies before parsing)."""
    text = json.dumps(manifest.to_json(), ensure_ascii=False, indent=1, sort_keys=True)
    return (text + "\n").encode("utf-8")


def version_tuple(version: str) -> tuple[int, ...]:
    if not _VERSION_RE.fullmatch(version):
        raise PackError(f"'{version}' is not a version number like 1.2.3")
    return tuple(int(part) for part in version.split("."))


def check_app_version(manifest: Manifest, app_version: str) -> None:
    try:
        running = version_tuple(app_version)
    except PackError:
        return  # a development build with an odd version string reads every format-1 pack
    if version_tuple(manifest.min_app_version) > running:
        raise PackError(
            f"pack '{manifest.id}' needs Field Reference {manifest.min_app_version} or newer"
            f" (this is {app_version})"
        )


def parse_manifest(blob: bytes) -> Manifest:
    data = pack_json(blob, "the pack's manifest", object_pairs_hook=_no_duplicate_keys)
    if not isinstance(data, dict):
        raise PackError("the pack's manifest is not a JSON object")
    unknown = sorted(set(data) - MANIFEST_KEYS)
    missing = sorted(MANIFEST_KEYS - set(data) - {"description"})
    if unknown:
        raise PackError(f"the pack's manifest has unknown key(s): {', '.join(unknown)}")
    if missing:
        raise PackError(f"the pack's manifest lacks: {', '.join(missing)}")
    if data["format"] != PACK_FORMAT or isinstance(data["format"], bool):
        raise PackError(
            f"the pack has format {data['format']!r}; this app reads format {PACK_FORMAT}"
        )
    return Manifest(
        id=_slug(data, "id"),
        title=_text(data, "title", MAX_TITLE),
        description=_text(data, "description", MAX_DESCRIPTION, required=False),
        mode=_choice(data, "mode", MODES),
        sequence=_int(data, "sequence", 1, MAX_SEQUENCE),
        created=_pattern(data, "created", _TIMESTAMP_RE, "a UTC time like 2026-01-31T12:00:00Z"),
        data_as_of=_pattern(data, "data_as_of", _DATE_RE, "a date like 2026-01-31"),
        min_app_version=_pattern(data, "min_app_version", _VERSION_RE, "a version like 1.2.3"),
        publisher_key=_pattern(data, "publisher_key", _KEY_ID_RE, "a 16-hex-digit key id"),
        files=_files(data.get("files")),
        entry_count=_int(data, "entry_count", 1, MAX_SEQUENCE),
        region_count=_int(data, "region_count", 0, MAX_SEQUENCE),
    )


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _bad(key: str, what: str) -> PackError:
    return PackError(f"the pack's manifest '{key}' must be {what}")


def _text(data: Mapping[str, Any], key: str, limit: int, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()) or len(value) > limit:
        raise _bad(key, f"{'non-empty ' if required else ''}text of at most {limit} characters")
    return value


def _slug(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not is_slug(value, MAX_ID):
        raise _bad(key, f"lower-case-with-hyphens, at most {MAX_ID} characters")
    return value


def _choice(data: Mapping[str, Any], key: str, choices: tuple[str, ...]) -> str:
    value = data.get(key)
    if value not in choices:
        raise _bad(key, f"one of {', '.join(choices)}")
    return str(value)


def _int(data: Mapping[str, Any], key: str, low: int, high: int) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _bad(key, f"a whole number from {low}")
    return value


def _pattern(data: Mapping[str, Any], key: str, pattern: re.Pattern[str], what: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise _bad(key, what)
    return value


def _files(value: object) -> tuple[PayloadFile, ...]:
    if not isinstance(value, list) or not value:
        raise _bad("files", "a non-empty list")
    files: list[PayloadFile] = []
    for item in value:
        if not isinstance(item, dict) or set(item) != FILE_KEYS:
            raise _bad("files", f"a list of objects with exactly {', '.join(sorted(FILE_KEYS))}")
        path = item["path"]
        if path not in PAYLOAD_NAMES:
            raise PackError(f"the pack's manifest lists an unknown payload file {path!r}")
        if any(f.path == path for f in files):
            raise PackError(f"the pack's manifest lists {path} twice")
        size = _int(item, "size", 0, MAX_SEQUENCE)
        sha = _pattern(item, "sha256", _SHA256_RE, "64 lower-case hex digits")
        files.append(PayloadFile(path, size, sha))
    if not any(f.path == ENTRIES_NAME for f in files):
        raise PackError(f"the pack's manifest does not list {ENTRIES_NAME}")
    return tuple(files)
