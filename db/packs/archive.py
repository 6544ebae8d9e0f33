"""Opens a .frpack zip and proves it is what its publisher signed, before parsing any payload.

Order of checks, each refusing with one line:
1. the zip's directory opens (a truncated or damaged file stops here);
2. every member name is a plain, flat, unique file name (no absolute paths, `..`, drive letters,
   backslashes, folders, symlinks, encryption or exotic compression);
3. manifest.sig verifies over the exact manifest.json bytes with a trusted key — only then is
   the manifest parsed;
4. the members are exactly the manifest's payload files (none missing, none extra);
5. sizes from the zip directory equal the manifest's, the total is capped, the compression ratio
   of large members is capped (zip bombs), and the disk has room before anything is written;
6. each payload is streamed out with a byte cap at its manifest size while hashing it; a size
   or sha256 that differs from the manifest removes what was written.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from db.packs.errors import PackError
from db.packs.keys import Keyring, PublicKey, verify_manifest
from db.packs.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    check_app_version,
    parse_manifest,
)
from db.safe_files import NotRegularFileError, UnsafeFileError, open_regular

CHUNK = 1 << 20
_FLAT_NAME_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_DRIVE_RE = re.compile(r"^[A-Za-z]:")
_ENCRYPTED_FLAG = 0x1


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps applied before a byte is decompressed; generous for real packs, fatal to bombs."""

    max_pack_bytes: int = 2 * 1024**3
    max_members: int = 16
    max_manifest_bytes: int = 1024**2
    max_signature_bytes: int = 1024
    max_total_bytes: int = 1024**3
    max_ratio: int = 100
    # The ratio rule applies only above this size: sizes are signed and capped in total, so a
    # smaller member cannot be a meaningful bomb, while honest repetitive text often deflates
    # beyond 100:1 and was refused as a bomb.
    ratio_floor_bytes: int = 16 * 1024**2
    disk_margin_bytes: int = 32 * 1024**2


@dataclass(frozen=True, slots=True)
class VerifiedPack:
    """A pack whose signature, names, sizes and hashes all checked out; payload in `folder`."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    key: PublicKey
    folder: Path


# Free bytes at a path; a parameter so tests can pretend the disk is full.
DiskFree = Callable[[Path], int]


def disk_free(path: Path) -> int:
    return shutil.disk_usage(path).free


def extract_verified(
    pack_file: Path,
    keyring: Keyring,
    dest: Path,
    app_version: str,
    limits: Limits = Limits(),
    space_factor: float = 1.0,
    free_bytes: DiskFree | None = None,
) -> VerifiedPack:
    """Verify pack_file and write its payload files into dest (created; must be empty).

    `space_factor` scales the payload size into the disk space the caller will need in all
    (an install also writes a catalogue and an index); the check runs before extraction.
    """
    pack_file = Path(pack_file)
    try:
        with _open_pack_file(pack_file, limits) as handle, zipfile.ZipFile(handle) as archive:
            infos = archive.infolist()
            _check_names(infos, limits)
            by_name = {info.filename: info for info in infos}
            for required in (MANIFEST_NAME, SIGNATURE_NAME):
                if required not in by_name:
                    what = "is not signed" if required == SIGNATURE_NAME else "has no manifest"
                    raise PackError(f"the pack {what} ({required} is missing)")
            manifest_blob = _read_small(archive, by_name[MANIFEST_NAME], limits.max_manifest_bytes)
            signature = _read_small(archive, by_name[SIGNATURE_NAME], limits.max_signature_bytes)
            key = verify_manifest(manifest_blob, signature, keyring)
            manifest = parse_manifest(manifest_blob)
            if manifest.publisher_key != key.key_id:
                raise PackError(
                    f"the manifest names publisher key {manifest.publisher_key} but was signed"
                    f" by {key.key_id}"
                )
            check_app_version(manifest, app_version)
            _check_members(manifest, by_name)
            _check_sizes(manifest, by_name, limits)
            needed = manifest.payload_bytes * space_factor
            check_space(dest, needed, limits, free_bytes or disk_free)
            _extract(archive, manifest, by_name, dest)
    except zipfile.BadZipFile as exc:
        raise PackError(f"{pack_file.name} is damaged or not a content pack ({exc})") from None
    except (zlib.error, EOFError) as exc:
        raise PackError(f"{pack_file.name} is damaged (compressed data: {exc})") from None
    except NotImplementedError as exc:
        raise PackError(f"{pack_file.name} uses an unsupported zip feature ({exc})") from None
    return VerifiedPack(manifest, manifest_blob, signature, key, Path(dest))


def _open_pack_file(pack_file: Path, limits: Limits) -> BinaryIO:
    """The pack, opened once without blocking (a FIFO would hang) and checked to be a regular
    file through the very descriptor the zip reader then uses: no swap between check and read."""
    try:
        fd = open_regular(pack_file)
    except FileNotFoundError:
        raise PackError(f"pack file not found: {pack_file}") from None
    except NotRegularFileError:
        raise PackError(f"{pack_file} is not a file (a folder, device or pipe); refused") from None
    except UnsafeFileError as exc:
        raise PackError(str(exc)) from None
    try:
        if os.fstat(fd).st_size > limits.max_pack_bytes:
            raise PackError(f"{pack_file.name} is larger than any content pack may be")
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def name_problem(name: str) -> str | None:
    """Why a member name is unsafe, or None for a plain flat file name."""
    if "\\" in name:
        return "contains a backslash"
    if name.startswith("/"):
        return "is an absolute path"
    if _DRIVE_RE.match(name):
        return "starts with a drive letter"
    if ".." in name.split("/"):
        return "points outside the pack (..)"
    if "/" in name:
        return "is inside a folder"
    if not _FLAT_NAME_RE.fullmatch(name):
        return "is not a plain lower-case file name"
    return None


def _check_names(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_members:
        raise PackError(f"the pack has {len(infos)} files; a content pack has at most a few")
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        shown = name[:80]
        problem = name_problem(name) if info.orig_filename == name else "has a hidden NUL byte"
        if problem:
            raise PackError(f"refused pack member {shown!r}: it {problem}")
        # Zip tools that record no Unix file type (Python's writestr, most Windows tools)
        # write regular files: only a recorded type other than "regular" is refused.
        file_type = stat.S_IFMT(info.external_attr >> 16)
        if file_type == stat.S_IFLNK:
            raise PackError(f"refused pack member {shown!r}: it is a symbolic link")
        if info.is_dir() or (file_type and file_type != stat.S_IFREG):
            raise PackError(f"refused pack member {shown!r}: it is not a regular file")
        if name in seen:
            raise PackError(f"refused pack member {shown!r}: it appears twice")
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise PackError(f"refused pack member {shown!r}: it is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackError(f"refused pack member {shown!r}: unsupported compression")
        seen.add(name)


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    if info.file_size > cap:
        raise PackError(f"the pack's {info.filename} is implausibly large")
    with archive.open(info) as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise PackError(f"the pack's {info.filename} is implausibly large")
    return data


def _check_members(manifest: Manifest, by_name: dict[str, zipfile.ZipInfo]) -> None:
    listed = {f.path for f in manifest.files}
    for name in by_name:
        if name not in listed and name not in (MANIFEST_NAME, SIGNATURE_NAME):
            raise PackError(f"refused pack member {name!r}: it is not listed in the manifest")
    for path in sorted(listed):
        if path not in by_name:
            raise PackError(f"the pack lacks {path}, which its manifest lists")


def _check_sizes(manifest: Manifest, by_name: dict[str, zipfile.ZipInfo], limits: Limits) -> None:
    if manifest.payload_bytes > limits.max_total_bytes:
        raise PackError(
            f"the pack would unpack to {manifest.payload_bytes:,} bytes; the limit is"
            f" {limits.max_total_bytes:,}"
        )
    for payload in manifest.files:
        info = by_name[payload.path]
        if info.file_size != payload.size:
            raise PackError(
                f"the pack's {payload.path} claims {info.file_size:,} bytes in the zip but"
                f" {payload.size:,} in the manifest"
            )
        if info.file_size > limits.ratio_floor_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise PackError(
                    f"the pack's {payload.path} expands {ratio:,.0f}:1 (limit"
                    f" {limits.max_ratio}:1); refusing a possible zip bomb"
                )


def check_space(
    dest: Path,
    needed: float,
    limits: Limits,
    free_bytes: DiskFree | None = None,
    what: str = "import the pack",
) -> None:
    """Refuse, before writing, when `needed` bytes (plus the margin) will not fit at dest."""
    free_bytes = free_bytes or disk_free
    probe = Path(dest)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = free_bytes(probe)
    wanted = int(needed) + limits.disk_margin_bytes
    if free < wanted:
        raise PackError(
            f"not enough free disk space to {what}: {wanted / 1e6:,.0f} MB needed,"
            f" {free / 1e6:,.0f} MB free in {probe}"
        )


def _extract(
    archive: zipfile.ZipFile,
    manifest: Manifest,
    by_name: dict[str, zipfile.ZipInfo],
    dest: Path,
) -> None:
    dest = Path(dest)
    try:
        dest.mkdir(parents=True, exist_ok=True)
        for payload in manifest.files:
            target = dest / payload.path
            digest, size = _stream(archive, by_name[payload.path], target, payload.size)
            if size != payload.size or digest != payload.sha256:
                target.unlink(missing_ok=True)
                what = "size" if size != payload.size else "sha256"
                raise PackError(
                    f"the pack's {payload.path} does not match its manifest ({what} differs):"
                    " the pack was altered or damaged"
                )
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise PackError(f"the disk filled up while unpacking the pack into {dest}") from None
        raise PackError(f"cannot unpack the pack into {dest}: {exc.strerror or exc}") from None


def _stream(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, cap: int
) -> tuple[str, int]:
    """Copy one member to target, reading at most cap + 1 bytes; return (sha256, bytes read)."""
    sha = hashlib.sha256()
    size = 0
    with archive.open(info) as source, target.open("xb") as sink:
        while size <= cap:
            block = source.read(min(CHUNK, cap + 1 - size))
            if not block:
                break
            size += len(block)
            sha.update(block)
            _write_block(sink, block)
    return sha.hexdigest(), size


def _write_block(sink: BinaryIO, block: bytes) -> None:
    """One write of extracted payload (the disk-full test makes it fail with ENOSPC)."""
    sink.write(block)
