"""`fieldref pack build`: turns a publisher's pack source folder into a signed .frpack.

    SRC_DIR/pack.json      {"id", "title", "mode": "add" | "replace", "description"}
    SRC_DIR/entries.jsonl  one entry per line, with the keys of `fieldref export --json` entries
    SRC_DIR/regions.json   optional: a list of {"slug", "name", "parent"} as in the export

The source is checked with the importer's own validator, so a pack that builds is a pack whose
payload an app will accept (whether its regions and links resolve depends on the catalogue it
lands in, and is checked at import). The payload files go into the zip byte for byte.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from db.clock import iso_utc, utc_now
from db.packs.errors import PackError, pack_json, read_pack_file
from db.packs.keys import key_id_of, load_private_key, sign_manifest
from db.packs.manifest import (
    ENTRIES_NAME,
    FORMAT_MIN_APP_VERSION,
    MANIFEST_NAME,
    MAX_DESCRIPTION,
    MAX_ID,
    MAX_SEQUENCE,
    MAX_TITLE,
    MODES,
    REGIONS_NAME,
    SIGNATURE_NAME,
    Manifest,
    PayloadFile,
    manifest_bytes,
    parse_manifest,
    version_tuple,
)
from db.packs.validate import load_entries, load_regions
from db.safe_files import is_slug

PACK_SOURCE_FILE = "pack.json"
PACK_SOURCE_KEYS = ("id", "title", "mode", "description")
MAX_PACK_JSON = 64 * 1024
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class BuiltPack:
    path: Path
    manifest: Manifest


def build_pack(
    src_dir: Path,
    private_key_file: Path,
    sequence: int,
    out_file: Path,
    data_as_of: str | None = None,
    min_app_version: str = FORMAT_MIN_APP_VERSION,
    created: dt.datetime | None = None,
) -> BuiltPack:
    src_dir, out_file = Path(src_dir), Path(out_file)
    if not src_dir.is_dir():
        raise PackError(f"pack source folder not found: {src_dir}")
    if isinstance(sequence, bool) or not 1 <= sequence <= MAX_SEQUENCE:
        raise PackError("--sequence must be a whole number from 1")
    version_tuple(min_app_version)
    meta = _read_pack_json(src_dir / PACK_SOURCE_FILE)
    private = load_private_key(private_key_file)
    regions_file = src_dir / REGIONS_NAME
    regions = load_regions(regions_file) if regions_file.exists() else ()
    entries = load_entries(src_dir / ENTRIES_NAME, regions).entries
    moment = (created or utc_now()).astimezone(dt.UTC).replace(microsecond=0)
    if data_as_of is not None and not _DATE_RE.fullmatch(data_as_of):
        raise PackError("--data-as-of must be a date like 2026-01-31")
    payload = [src_dir / ENTRIES_NAME] + ([regions_file] if regions_file.exists() else [])
    manifest = Manifest(
        id=meta["id"],
        title=meta["title"],
        description=meta.get("description", ""),
        mode=meta["mode"],
        sequence=sequence,
        created=iso_utc(moment),
        data_as_of=data_as_of or moment.date().isoformat(),
        min_app_version=min_app_version,
        publisher_key=key_id_of(_raw_public(private)),
        files=tuple(_describe(path) for path in payload),
        entry_count=len(entries),
        region_count=len(regions),
    )
    blob = manifest_bytes(manifest)
    parse_manifest(blob)  # the importer's reading of what we are about to sign
    _write_zip(out_file, blob, sign_manifest(blob, private), payload, moment)
    return BuiltPack(out_file, manifest)


def _read_pack_json(path: Path) -> dict[str, str]:
    data = pack_json(read_pack_file(path, MAX_PACK_JSON, missing=f"{path} not found"), str(path))
    if not isinstance(data, dict):
        raise PackError(f"{path}: expected a JSON object")
    unknown = sorted(set(data) - set(PACK_SOURCE_KEYS))
    if unknown:
        raise PackError(f"{path}: unknown key(s): {', '.join(unknown)}")
    for key in PACK_SOURCE_KEYS:
        if key != "description" and key not in data:
            raise PackError(f"{path}: missing '{key}'")
        if key in data and not isinstance(data[key], str):
            raise PackError(f"{path}: '{key}' must be text")
    if not is_slug(data["id"], MAX_ID):
        raise PackError(f"{path}: 'id' must be lower-case-with-hyphens, at most {MAX_ID} long")
    if not data["title"].strip() or len(data["title"]) > MAX_TITLE:
        raise PackError(f"{path}: 'title' must be non-empty, at most {MAX_TITLE} characters")
    if data["mode"] not in MODES:
        raise PackError(f"{path}: 'mode' must be one of {', '.join(MODES)}")
    if len(data.get("description", "")) > MAX_DESCRIPTION:
        raise PackError(f"{path}: 'description' is longer than {MAX_DESCRIPTION} characters")
    return data


def _raw_public(private: object) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return private.public_key().public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def _describe(path: Path) -> PayloadFile:
    sha = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
            size += len(block)
    return PayloadFile(path.name, size, sha.hexdigest())


def _write_zip(
    out_file: Path, manifest: bytes, signature: bytes, payload: list[Path], moment: dt.datetime
) -> None:
    stamp = moment.timetuple()[:6]
    tmp = out_file.with_name(f".{out_file.name}.{os.getpid()}.tmp")
    try:
        out_file.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(tmp, "w") as archive:
            for name, data in ((MANIFEST_NAME, manifest), (SIGNATURE_NAME, signature)):
                info = zipfile.ZipInfo(name, stamp)
                info.external_attr = 0o100644 << 16
                archive.writestr(info, data, zipfile.ZIP_STORED)
            for path in payload:
                info = zipfile.ZipInfo(path.name, stamp)
                info.external_attr = 0o100644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                info.file_size = path.stat().st_size
                with path.open("rb") as source, archive.open(info, "w") as sink:
                    for block in iter(lambda src=source: src.read(1 << 20), b""):
                        sink.write(block)
        os.replace(tmp, out_file)
    except OSError as exc:
        raise PackError(f"cannot write {out_file}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
