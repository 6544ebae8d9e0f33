"""The window's remembered state (geometry, splitters, zoom, theme, grouping, last page).

One typed schema, `Settings`: a frozen dataclass of every remembered value with its default, and
one validation point, `validated()`, that every value passes through — whether it was read from
the file or set by the window — so a hand-edited or stale file (zoom 9000, grouping "foo", a
location that is not a link) gives defaults or clamped values, never an exception or a broken
view.

Kept in an INI file in the user folder rather than the platform registry, so a portable install
carries it and tests can point it at a temp folder. The file is read at every start before the
first paint, so it is first checked to be a small regular file: QSettings would block for ever on a
FIFO and read /dev/zero until memory runs out. A bad file is left in place, untouched; the window
then starts from defaults and remembers changes for this session only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.i18n.languages import CHOICES as LANGUAGES
from desktop_app.i18n.languages import SYSTEM as FOLLOW_SYSTEM
from desktop_app.reading.navigation import Location

ZOOM_DEFAULT = 100
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 60, 250, 10
SETTINGS_LIMIT = 1 << 20  # a real settings.ini is a few kB
# the values the views accept (tests check they match tree_builders.GROUPINGS and ThemeMode;
# importing those here would put the tree builders on the settings' import path)
GROUPINGS = ("region", "field", "az", "kind")
THEMES = ("system", "light", "dark")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the window remembers. Build it with `validated()`, never by hand from a file."""

    zoom: int = ZOOM_DEFAULT
    grouping: str = "region"
    theme: str = "system"
    language: str = FOLLOW_SYSTEM  # an ISO 639 code of a shipped language, or "system"
    tree_visible: bool = True
    notes_visible: bool = True  # the note pane under the entry (View › Show My Note Pane)
    location: Location | None = None
    geometry: QByteArray | None = None
    window_state: QByteArray | None = None
    main_splitter: QByteArray | None = None
    results_splitter: QByteArray | None = None
    briefing_folder: str = ""  # where the last PDF briefing was saved ("": Documents)


# field -> INI key; the keys are those earlier versions wrote, so nobody's layout is lost
KEYS: dict[str, str] = {
    "zoom": "view/zoom",
    "grouping": "view/grouping",
    "theme": "view/theme",
    "language": "view/language",
    "tree_visible": "view/tree",
    "notes_visible": "view/notes",
    "location": "view/location",
    "geometry": "window/geometry",
    "window_state": "window/state",
    "main_splitter": "window/splitter_main",
    "results_splitter": "window/splitter_results",
    "briefing_folder": "briefing/folder",
}
DEFAULTS = Settings()


def _zoom(value: object) -> int:
    try:
        zoom = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return ZOOM_DEFAULT
    return max(ZOOM_MIN, min(ZOOM_MAX, zoom))


def _choice(value: object, allowed: tuple[str, ...], default: str) -> str:
    return value if isinstance(value, str) and value in allowed else default


def _flag(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    word = value.strip().lower() if isinstance(value, str) else None  # the INI file has text
    if word in ("1", "true", "yes"):
        return True
    if word in ("0", "false", "no"):
        return False
    return default


def _location(value: object) -> Location | None:
    if isinstance(value, Location):
        return value
    return Location.from_link(value) if isinstance(value, str) else None


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _folder(value: object) -> str:
    """An absolute folder path as text; anything else is "" (whether it still exists is asked
    when a save starts)."""
    if isinstance(value, str) and value.isprintable() and Path(value).is_absolute():
        return value
    return ""


def validated(raw: Mapping[str, object]) -> Settings:
    """The one validation point: unknown names are ignored, a missing value is its default, a
    wrong type or an out-of-range value becomes its default or is clamped."""
    return Settings(
        zoom=_zoom(raw.get("zoom", ZOOM_DEFAULT)),
        grouping=_choice(raw.get("grouping"), GROUPINGS, DEFAULTS.grouping),
        theme=_choice(raw.get("theme"), THEMES, DEFAULTS.theme),
        language=_choice(raw.get("language"), LANGUAGES, DEFAULTS.language),
        tree_visible=_flag(raw.get("tree_visible"), DEFAULTS.tree_visible),
        notes_visible=_flag(raw.get("notes_visible"), DEFAULTS.notes_visible),
        location=_location(raw.get("location")),
        geometry=_bytes(raw.get("geometry")),
        window_state=_bytes(raw.get("window_state")),
        main_splitter=_bytes(raw.get("main_splitter")),
        results_splitter=_bytes(raw.get("results_splitter")),
        briefing_folder=_folder(raw.get("briefing_folder")),
    )


def _stored(value: object) -> object:
    """How a validated value is written to the INI file."""
    if isinstance(value, Location):
        return value.to_link()
    return "" if value is None else value


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


WriteLater = Callable[[Callable[[], None]], None]
"""Runs a write off the GUI thread: the app passes its Operations' "settings" lane."""


class SettingsStore:
    """`values` is the current, validated Settings; `update(...)` changes and writes some.

    With `write_later` (the app), a change is written by a job on a worker thread, with every
    change made until that job runs: the page, zoom or grouping changes with nearly every
    click, and QSettings used to rewrite settings.ini on the GUI thread each time (a few ms on
    a laptop's disk, far more on a USB stick). `sync()` writes what is still pending on the
    calling thread (the window's close). Without it (tests, tools), changes are written at
    once, as QSettings does."""

    def __init__(self, path: Path, write_later: WriteLater | None = None) -> None:
        self._path = Path(path)
        self.problem = settings_problem(self._path)
        """Why the settings file was not used (shown once in the status bar), or None."""
        self._settings: QSettings | _SessionSettings = (
            QSettings(str(path), QSettings.Format.IniFormat)
            if self.problem is None
            else _SessionSettings()
        )
        raw = {name: self._settings.value(key) for name, key in KEYS.items()}
        self.values = validated({name: value for name, value in raw.items() if value is not None})
        self._write_later = write_later if self.problem is None else None
        self._pending: dict[str, object] = {}  # INI key -> value not written yet
        self._pending_lock = threading.Lock()
        self._write_lock = threading.Lock()  # one write at a time, in the order changes came

    def update(self, **changes: object) -> Settings:
        """Validate the changed values and write them; returns the new Settings."""
        unknown = set(changes) - set(KEYS)
        if unknown:
            raise TypeError(f"unknown settings: {sorted(unknown)}")
        current = {f.name: getattr(self.values, f.name) for f in fields(Settings)}
        new = validated({**current, **changes})
        stored = {KEYS[name]: _stored(getattr(new, name)) for name in changes}
        self.values = new
        if self._write_later is None:
            for key, value in stored.items():
                self._settings.setValue(key, value)
            return new
        with self._pending_lock:
            first = not self._pending
            self._pending.update(stored)
        if first:  # a job already waiting takes this change too
            self._write_later(self._write_pending)
        return new

    def sync(self) -> None:
        """Everything changed so far is on disk when this returns (the window's close)."""
        if self._write_later is None:
            self._settings.sync()
        else:
            self._write_pending()

    def _write_pending(self) -> None:
        """Write the pending changes through a QSettings of this thread's own (QSettings is
        reentrant, not thread-safe: the reading one stays on the GUI thread, unused)."""
        with self._write_lock:
            with self._pending_lock:
                pending, self._pending = self._pending, {}
            if not pending:
                return
            writer = QSettings(str(self._path), QSettings.Format.IniFormat)
            for key, value in pending.items():
                writer.setValue(key, value)
            writer.sync()
