"""The window settings on disk: `settings.json` in the user folder, read and written in Python.

They used to be an INI file written through QSettings. PySide keeps the interpreter lock
while QSettings writes and syncs the file, so a slow disk (a USB stick in portable mode; this
machine's disk now and then) froze the GUI thread for as long as the write took, 40–130 ms,
although the write ran on a worker: every call into Python waits for that lock. Python's own
file calls release it (`db.safe_files.write_file_atomically`). A `settings.ini` from an earlier
version is read once, when there is no `settings.json` yet, so nobody's layout is lost; it is
never written again.

Every file is first checked to be a small regular file: a FIFO would block the start for ever
and /dev/zero would be read until memory ran out. A bad file is left in place, untouched.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QByteArray

from db.errors import FieldReferenceError

SETTINGS_LIMIT = 1 << 20  # a real settings file is a few kB
LEGACY_SUFFIX = ".ini"
BYTES_PREFIX = "base64:"  # how a layout blob (window geometry, splitters) is kept in JSON
LEFT_ALONE = "Window settings start from defaults and are not saved; the file was left in place."


class SettingsFileError(FieldReferenceError):
    """One line: why the settings file cannot be used."""


def legacy_file(path: Path) -> Path:
    """The INI file earlier versions wrote beside `path`."""
    return path.with_suffix(LEGACY_SUFFIX)


def read_settings(path: Path) -> dict[str, object]:
    """The stored values by key ({} when there is no file yet); raises SettingsFileError."""
    from db.safe_files import UnsafeFileError, loads_json, read_regular_bytes  # no SQLAlchemy

    try:
        data = read_regular_bytes(path, SETTINGS_LIMIT)
    except FileNotFoundError:
        return _read_legacy(legacy_file(path))
    except UnsafeFileError as exc:
        raise SettingsFileError(f"{exc}. {LEFT_ALONE}") from exc
    try:
        stored = loads_json(data, str(path))
    except UnsafeFileError as exc:
        raise SettingsFileError(f"{exc}. {LEFT_ALONE}") from exc
    if not isinstance(stored, dict):
        raise SettingsFileError(f"{path}: not a settings file. {LEFT_ALONE}")
    return {str(key): _from_json(value) for key, value in stored.items()}


def _read_legacy(path: Path) -> dict[str, object]:
    """An earlier version's INI file, read through QSettings (once: it is never written)."""
    from db.safe_files import UnsafeFileError, read_regular_bytes

    try:
        read_regular_bytes(path, SETTINGS_LIMIT)
    except FileNotFoundError:
        return {}
    except UnsafeFileError:
        return {}  # an old file gone bad: start from defaults, write the new one
    from PySide6.QtCore import QSettings

    legacy = QSettings(str(path), QSettings.Format.IniFormat)
    return {key: legacy.value(key) for key in legacy.allKeys()}


def write_settings(path: Path, stored: Mapping[str, object]) -> None:
    """Replace the file with `stored` whole, atomically and flushed to the disk (a crash or a
    pulled stick leaves the old file or the new one); raises UnsafeFileError or OSError."""
    from db.safe_files import write_file_atomically

    text = json.dumps({key: _to_json(value) for key, value in stored.items()}, indent=1)
    write_file_atomically(path, text.encode("utf-8"))


def _to_json(value: object) -> object:
    if isinstance(value, QByteArray):
        return BYTES_PREFIX + bytes(value.toBase64().data()).decode("ascii")
    return value


def _from_json(value: object) -> object:
    if isinstance(value, str) and value.startswith(BYTES_PREFIX):
        return QByteArray.fromBase64(value[len(BYTES_PREFIX) :].encode("ascii", "replace"))
    return value
