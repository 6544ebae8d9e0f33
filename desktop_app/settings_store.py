"""The window's remembered state (geometry, splitters, zoom, theme, grouping, last page).

One typed schema, `Settings`: a frozen dataclass of every remembered value with its default, and
one validation point, `validated()`, that every value passes through — whether it was read from
the file or set by the window — so a hand-edited or stale file (zoom 9000, grouping "foo", a
location that is not a link) gives defaults or clamped values, never an exception or a broken
view.

Kept in `settings.json` in the user folder rather than the platform registry, so a portable
install carries it and tests can point it at a temp folder (`settings_file` reads and writes it,
and reads an earlier version's `settings.ini` once). A file that cannot be used (a FIFO, a
device, a huge or malformed file) is left in place, untouched; the window then starts from
defaults and remembers changes for this session only.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QByteArray

from db.safe_files import UnsafeFileError
from desktop_app.i18n.languages import CHOICES as LANGUAGES
from desktop_app.i18n.languages import SYSTEM as FOLLOW_SYSTEM
from desktop_app.reading.navigation import Location
from desktop_app.settings_file import SettingsFileError, read_settings, write_settings

log = logging.getLogger(__name__)

ZOOM_DEFAULT = 100
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 60, 250, 10
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


# field -> key in the file; the keys earlier versions wrote in their INI file, so an old
# settings.ini is read as it is
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


WriteLater = Callable[[Callable[[], None]], None]
"""Runs a write off the GUI thread: the app passes its Operations' "settings" lane."""


class SettingsStore:
    """`values` is the current, validated Settings; `update(...)` changes and writes them.

    With `write_later` (the app), a change is written by a job on a worker thread, with every
    change made until that job runs: the page, zoom or grouping changes with nearly every
    click, and the file is rewritten and flushed to the disk each time (a few ms on a laptop's
    disk, far more on a USB stick). `sync()` writes what is still pending on the calling thread
    (the window's close). Without it (tests, tools), changes are written at once."""

    def __init__(self, path: Path, write_later: WriteLater | None = None) -> None:
        self._path = Path(path)
        self.problem: str | None = None
        """Why the settings file was not used (shown once in the status bar), or None."""
        try:
            found = read_settings(self._path)
        except SettingsFileError as exc:
            self.problem, found = str(exc), {}
        raw = {name: found.get(key) for name, key in KEYS.items()}
        self.values = validated({name: value for name, value in raw.items() if value is not None})
        self._stored = {key: _stored(getattr(self.values, name)) for name, key in KEYS.items()}
        self._write_later = write_later
        self._dirty = False  # changes not on disk yet
        self._scheduled = False  # a write job is waiting
        self._pending_lock = threading.Lock()
        self._write_lock = threading.Lock()  # one write at a time, in the order changes came
        self._failed = False  # a failed write is said once, not at every page

    def update(self, **changes: object) -> Settings:
        """Validate the changed values and write them; returns the new Settings."""
        unknown = set(changes) - set(KEYS)
        if unknown:
            raise TypeError(f"unknown settings: {sorted(unknown)}")
        current = {f.name: getattr(self.values, f.name) for f in fields(Settings)}
        new = validated({**current, **changes})
        self.values = new
        with self._pending_lock:
            self._stored.update({KEYS[name]: _stored(getattr(new, name)) for name in changes})
            self._dirty = True
            schedule, self._scheduled = not self._scheduled, True
        if self.problem is not None:  # a file left alone: this session only
            return new
        if self._write_later is None:
            self._write_pending()
        elif schedule:  # a job already waiting takes this change too
            self._write_later(self._write_pending)
        return new

    def sync(self) -> None:
        """Everything changed so far is on disk when this returns, if the disk lets it (the
        window's close, which must not fail for its layout: a failure is logged)."""
        if self.problem is None:
            try:
                self._write_pending()
            except SettingsFileError as exc:
                log.warning("%s", exc)

    def _write_pending(self) -> None:
        """Write the whole file if anything changed since the last write (in Python, so the
        interpreter is free for the GUI thread while the disk works)."""
        with self._write_lock:
            with self._pending_lock:
                self._scheduled = False
                if not self._dirty:
                    return
                snapshot, self._dirty = dict(self._stored), False
            try:
                write_settings(self._path, snapshot)
            except (OSError, UnsafeFileError) as exc:
                with self._pending_lock:
                    self._dirty = True  # the next change, or the close, writes it again
                if not self._failed:
                    self._failed = True
                    said = (
                        str(exc)
                        if isinstance(exc, UnsafeFileError)
                        else f"{self._path}: {exc.strerror or exc}"
                    )
                    raise SettingsFileError(f"{said}; the window settings were not saved") from exc
