"""The window's remembered state (geometry, splitters, zoom, theme, grouping, last page).

Kept in an INI file in the user folder rather than the platform registry, so a portable install
carries it and tests can point it at a temp folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.navigation import Location

ZOOM_DEFAULT = 100
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 60, 250, 10


class SettingsStore:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

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
