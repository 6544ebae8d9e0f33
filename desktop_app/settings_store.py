"""The window's remembered state (geometry, splitters, zoom, theme, grouping, last page).

Kept in an INI file in the user folder rather than the platform registry, so a portable install
carries it and tests can point it at a temp folder. The file is read at every start before the
first paint, so it is first checked to be a small regular file: QSettings would block for ever on a
FIFO and read /dev/zero until memory runs out. A bad file is left in place, untouched; the window
then starts from defaults and remembers changes for this session only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.reading.navigation import Location

ZOOM_DEFAULT = 100
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 60, 250, 10
SETTINGS_LIMIT = 1 << 20  # a real settings.ini is a few kB


def settings_problem(path: Path) -> str | None:
    """One line saying why the settings file must not be read, or None when it is fine (or new)."""
    from db.safe_files import UnsafeFileError, read_regular_bytes  # cheap: no SQLAlchemy

    try:
        read_regular_bytes(path, SETTINGS_LIMIT)
    except FileNotFoundError:
        return None
    except UnsafeFileError as exc:
        return (
            f"{exc}. Window settings start from defaults and are not saved; "
            "the file was left in place."
        )
    return None


class _SessionSettings:
    """The part of QSettings the store uses, kept in memory: nothing is written anywhere."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}

    def value(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def setValue(self, key: str, value: Any) -> None:
        self._values[key] = value

    def sync(self) -> None:
        pass


class SettingsStore:
    def __init__(self, path: Path) -> None:
        self.problem = settings_problem(Path(path))
        """Why the settings file was not used (shown once in the status bar), or None."""
        self._settings: QSettings | _SessionSettings = (
            QSettings(str(path), QSettings.Format.IniFormat)
            if self.problem is None
            else _SessionSettings()
        )

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"window/splitter_{name}")

    def save_window(
        self, geometry: QByteArray, state: QByteArray, splitters: dict[str, QByteArray]
    ) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)
        for name, value in splitters.items():
            self._settings.setValue(f"window/splitter_{name}", value)

    def zoom(self) -> int:
        try:
            value = int(self._settings.value("view/zoom", ZOOM_DEFAULT))
        except (TypeError, ValueError):
            return ZOOM_DEFAULT
        return max(ZOOM_MIN, min(ZOOM_MAX, value))

    def set_zoom(self, zoom: int) -> None:
        self._settings.setValue("view/zoom", zoom)

    def text(self, key: str, default: str) -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def flag(self, key: str, default: bool) -> bool:
        value = self._settings.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)

    def set_flag(self, key: str, value: bool) -> None:
        self._settings.setValue(key, value)

    def last_location(self) -> Location | None:
        return Location.from_link(self.text("view/location", ""))

    def set_last_location(self, location: Location | None) -> None:
        self._settings.setValue("view/location", location.to_link() if location else "")

    def sync(self) -> None:
        self._settings.sync()
