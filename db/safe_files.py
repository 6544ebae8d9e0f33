"""The one place that decides what a trustworthy name and a readable or writable file are.

Every file the app reads may come from a USB stick, an e-mail or another user of a shared machine:
it may be a device (`/dev/zero` never ends), a FIFO (a read blocks forever), a symlink to either,
absurdly large, nested ten thousand levels deep, or not UTF-8. Every name the app stores (slugs,
pack ids) must not carry a trailing newline or control character, which `re.match(...$)` accepts.
These helpers turn each of those into one `UnsafeFileError` line instead of a hang, an OOM kill or
a traceback, and they never replace a device, FIFO or symlink when writing.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from db.constants import MAX_SLUG, SLUG_PATTERN, SMALL_FILE_LIMIT
from db.errors import FieldReferenceError
from db.fsutil import flush_to_disk, fsync_dir


class UnsafeFileError(FieldReferenceError):
    """A file is not something the app may read or replace (special, too large, malformed)."""


class NotRegularFileError(UnsafeFileError):
    """The path is a folder, device, FIFO or socket (or a symlink to one), not a file."""


def is_slug(value: object, limit: int = MAX_SLUG) -> bool:
    """True only for a whole, well-formed slug: no trailing newline, no control character."""
    return isinstance(value, str) and len(value) <= limit and bool(SLUG_PATTERN.fullmatch(value))


def open_regular(path: Path) -> int:
    """A descriptor open for reading, opened without blocking on a FIFO and checked to be a
    regular file through that same descriptor (no swap between check and read). Raises
    FileNotFoundError, or UnsafeFileError for anything else; the caller closes it."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise
    except IsADirectoryError as exc:
        raise NotRegularFileError(f"{path}: is a folder, not a file") from exc
    except OSError as exc:
        raise UnsafeFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(
                f"{path}: not a regular file (device, pipe or folder); refused"
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular_bytes(path: Path | str, limit: int = SMALL_FILE_LIMIT) -> bytes:
    """Read a whole regular file of at most `limit` bytes (symlinks to regular files are fine).

    Raises FileNotFoundError when it does not exist (callers often treat that as "use defaults")
    and UnsafeFileError for everything else that is wrong with it.
    """
    path = Path(path)
    fd = open_regular(path)
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise UnsafeFileError(f"{path}: larger than {_size(limit)}; refused")
    return data


def read_regular_text(path: Path | str, limit: int = SMALL_FILE_LIMIT) -> str:
    """`read_regular_bytes` decoded as strict UTF-8 (a BOM is tolerated)."""
    data = read_regular_bytes(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnsafeFileError(f"{path}: not UTF-8 text (byte {exc.start})") from exc


def loads_json(text: str | bytes, where: str, **kwargs: Any) -> Any:
    """`json.loads` whose every failure, nesting bombs included, is one UnsafeFileError line."""
    try:
        return json.loads(text, **kwargs)
    except RecursionError as exc:
        raise UnsafeFileError(f"{where}: nested too deeply to be a real file; refused") from exc
    except UnicodeDecodeError as exc:
        raise UnsafeFileError(f"{where}: not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise UnsafeFileError(f"{where}:{exc.lineno}: not valid JSON ({exc.msg})") from exc


MAX_TOML_NESTING = 64


def _toml_nesting(text: str) -> int:
    """The deepest bracket nesting outside strings and comments, found without recursion.

    tomllib is pure Python and recursive: a nesting bomb is not just a RecursionError to catch,
    its unwinding also spills "exception ignored" noise from deep frames. So refuse it first."""
    depth = deepest = 0
    quote = ""
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if quote:
            if char == "\\" and quote == '"':
                i += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#":
            newline = text.find("\n", i)
            i = n if newline < 0 else newline
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
        i += 1
    return deepest


def loads_toml(text: str, where: str) -> dict[str, Any]:
    """`tomllib.loads` whose every failure, nesting bombs included, is one UnsafeFileError line."""
    if _toml_nesting(text) > MAX_TOML_NESTING:
        raise UnsafeFileError(f"{where}: nested too deeply to be a real file; refused")
    try:
        return tomllib.loads(text)
    except RecursionError as exc:
        raise UnsafeFileError(f"{where}: nested too deeply to be a real file; refused") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UnsafeFileError(f"{where}: not valid TOML ({exc})") from exc


def read_json_file(path: Path | str, limit: int = SMALL_FILE_LIMIT, **kwargs: Any) -> Any:
    """A small JSON file, checked to be regular, capped and sanely nested."""
    return loads_json(read_regular_text(path, limit), str(path), **kwargs)


def read_toml_file(path: Path | str, limit: int = SMALL_FILE_LIMIT) -> dict[str, Any]:
    """A small TOML file, checked to be regular, capped and sanely nested."""
    return loads_toml(read_regular_text(path, limit), str(path))


def check_replaceable(target: Path) -> None:
    """Refuse to write over anything but a regular file (or nothing): devices, FIFOs, symlinks."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeFileError(f"{target}: is a symbolic link; choose the real file instead")
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeFileError(f"{target}: not a regular file (device, pipe or folder); refused")


def write_file_atomically(target: Path | str, data: bytes, mode: int = 0o644) -> None:
    """Write `data` to a temp file beside `target`, fsync it and swap it in with `os.replace`.

    A reader never sees half a file, a crash leaves the old one, and a device, FIFO or symlink at
    the target is refused rather than replaced. Errors name the target, never the temp file.
    """
    target = Path(target)
    check_replaceable(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UnsafeFileError(f"{target}: cannot write here ({_reason(exc)})") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            flush_to_disk(handle)
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)
        os.replace(tmp, target)
        fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise UnsafeFileError(f"{target}: cannot write ({_reason(exc)})") from exc


def _reason(exc: OSError) -> str:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno in (errno.EROFS,):
        return "the disk is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)


def _size(limit: int) -> str:
    return f"{limit >> 20} MB" if limit >= 1 << 20 else f"{limit >> 10} KB"
