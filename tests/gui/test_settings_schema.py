"""Typed settings: one schema with defaults, one validation point for the file and the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from desktop_app.look.theme import ThemeMode
from desktop_app.paths import AppPaths
from desktop_app.reading.navigation import Location
from desktop_app.settings_store import (
    GROUPINGS,
    THEMES,
    ZOOM_MAX,
    ZOOM_MIN,
    Settings,
    SettingsStore,
    validated,
)
from desktop_app.tree.tree_builders import GROUPINGS as TREE_GROUPINGS
from tests.gui.conftest import open_window


def test_the_allowed_values_are_the_views_own():
    assert tuple(TREE_GROUPINGS) == GROUPINGS
    assert tuple(mode.value for mode in ThemeMode) == THEMES


def test_nothing_given_is_the_defaults():
    assert validated({}) == Settings()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"zoom": "130"}, {"zoom": 130}),  # the INI file gives text
        ({"zoom": 9000}, {"zoom": ZOOM_MAX}),
        ({"zoom": -5}, {"zoom": ZOOM_MIN}),
        ({"zoom": "large"}, {"zoom": 100}),
        ({"zoom": [1, 2]}, {"zoom": 100}),
        ({"grouping": "az"}, {"grouping": "az"}),
        ({"grouping": "by-colour"}, {"grouping": "region"}),
        ({"theme": "dark"}, {"theme": "dark"}),
        ({"theme": 3}, {"theme": "system"}),
        ({"tree_visible": "false"}, {"tree_visible": False}),
        ({"tree_visible": "true"}, {"tree_visible": True}),
        ({"tree_visible": None}, {"tree_visible": True}),
        ({"location": "entry:region/nigeria"}, {"location": Location("region", "nigeria")}),
        ({"location": "https://example.org"}, {"location": None}),
        ({"location": 12}, {"location": None}),
        ({"geometry": QByteArray(b"")}, {"geometry": None}),
        ({"geometry": "not bytes"}, {"geometry": None}),
        ({"unknown_key": 1}, {}),
    ],
)
def test_one_validation_point_clamps_and_corrects(raw: dict, expected: dict):
    settings = validated(raw)
    for name, value in expected.items():
        assert getattr(settings, name) == value
    assert isinstance(settings, Settings)


def test_a_hand_edited_file_gives_clamped_values(tmp_path: Path):
    path = tmp_path / "settings.json"
    path.write_text(
        '{"view/zoom": 9000, "view/grouping": "by-colour", "view/theme": "neon",'
        ' "view/tree": "maybe", "view/location": "javascript:x", "window/geometry": 7}'
    )
    store = SettingsStore(path)
    assert store.values == Settings(zoom=ZOOM_MAX) and store.problem is None


def test_an_earlier_versions_ini_file_is_read_once_and_left_alone(tmp_path: Path):
    """settings.ini, written through QSettings by earlier versions: read when there is no
    settings.json yet, layout blobs included; the next write makes settings.json."""
    from PySide6.QtCore import QByteArray, QSettings

    old = tmp_path / "settings.ini"
    legacy = QSettings(str(old), QSettings.Format.IniFormat)
    legacy.setValue("view/zoom", 140)
    legacy.setValue("view/location", "entry:research")
    legacy.setValue("window/geometry", QByteArray(b"\x01\x00layout\xff"))
    legacy.sync()
    before = old.read_bytes()
    store = SettingsStore(tmp_path / "settings.json")
    assert store.values.zoom == 140 and store.values.location == Location("entry", "research")
    assert store.values.geometry == QByteArray(b"\x01\x00layout\xff")
    store.update(grouping="az")
    again = SettingsStore(tmp_path / "settings.json").values
    assert (again.zoom, again.grouping) == (140, "az")
    assert again.geometry == QByteArray(b"\x01\x00layout\xff")  # through JSON and back
    assert old.read_bytes() == before


def test_a_malformed_file_is_said_in_one_line_and_left_in_place(tmp_path: Path):
    path = tmp_path / "settings.json"
    path.write_text('{"view/zoom": 120,')
    store = SettingsStore(path)
    assert store.problem is not None and str(path) in store.problem
    assert "\n" not in store.problem and "left in place" in store.problem
    store.update(zoom=150)  # this session only
    assert store.values.zoom == 150
    assert path.read_text() == '{"view/zoom": 120,'


def test_updates_pass_the_same_validation_and_survive_a_restart(tmp_path: Path):
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    assert store.update(zoom=10_000, grouping="kind").zoom == ZOOM_MAX
    store.update(location=Location("entry", "research"), tree_visible=False)
    store.sync()
    again = SettingsStore(path).values
    assert (again.zoom, again.grouping, again.tree_visible) == (ZOOM_MAX, "kind", False)
    assert again.location == Location("entry", "research")
    with pytest.raises(TypeError):
        store.update(zoom_level=3)


def test_a_hidden_tree_stays_hidden_on_the_next_start(qtbot, gui_paths: AppPaths):
    first, backend = open_window(qtbot, gui_paths)
    first.actions_.action("toggle_tree").trigger()
    assert first.tree_panel.isHidden()
    first.close()
    backend.close()
    second, backend2 = open_window(qtbot, gui_paths)
    try:
        assert second.tree_panel.isHidden()
        assert not second.actions_.action("toggle_tree").isChecked()
    finally:
        second.close()
        backend2.close()


def test_changes_are_written_by_a_later_job_all_at_once(tmp_path: Path):
    """The page, zoom and grouping change with nearly every click: the file used to be
    rewritten on the GUI thread each time. Now a job (the app's "settings" lane) writes every
    change made until it runs; sync() writes what is left at close."""
    import threading

    path = tmp_path / "settings.json"
    jobs: list = []
    store = SettingsStore(path, jobs.append)
    store.update(zoom=120)
    store.update(location=Location("entry", "border-management"))
    store.update(grouping="az")
    assert len(jobs) == 1 and not path.exists()  # nothing on disk from the caller's thread
    worker = threading.Thread(target=jobs[0])
    worker.start()
    worker.join()
    written = SettingsStore(path).values
    assert (written.zoom, written.grouping) == (120, "az")
    assert written.location == Location("entry", "border-management")
    store.update(zoom=90)
    assert len(jobs) == 2
    store.sync()  # the close: written now, on this thread
    assert SettingsStore(path).values.zoom == 90
    jobs[1]()  # the job that was queued finds nothing left to write
    assert SettingsStore(path).values.zoom == 90


def test_opening_entries_writes_no_settings_on_the_gui_thread(qtbot, gui_paths: AppPaths):
    """Written on the "settings" lane, by Python's own file calls (which let the GUI thread
    run meanwhile), never through QSettings (which kept the interpreter for the whole write)."""
    import os
    import threading

    from PySide6.QtCore import QSettings

    window, backend = open_window(qtbot, gui_paths)
    flushed: list[str] = []
    qsettings_syncs: list[str] = []
    real_fsync, real_sync = os.fsync, QSettings.sync

    def fsync(fd: int) -> None:
        flushed.append(threading.current_thread().name)
        real_fsync(fd)

    def sync(self) -> None:
        qsettings_syncs.append(threading.current_thread().name)
        real_sync(self)

    try:
        os.fsync = fsync
        QSettings.sync = sync
        for slug in ("border-management", "trafficking-human-beings", "return-reintegration"):
            window.open_location(Location("entry", slug))
            qtbot.wait(20)
        qtbot.waitUntil(lambda: bool(flushed), timeout=5000)
        assert threading.main_thread().name not in flushed
        assert qsettings_syncs == []
        assert SettingsStore(gui_paths.settings_file).values.location == Location(
            "entry", "return-reintegration"
        )
    finally:
        os.fsync = real_fsync
        QSettings.sync = real_sync
        window.close()
        backend.close()


def test_a_write_that_fails_is_said_once_and_the_values_stay(tmp_path: Path):
    """A full or read-only disk: one line the first time (the app shows it in the status
    bar), nothing at every later page, and the window keeps its values for the session."""
    from desktop_app.settings_file import SettingsFileError

    blocker = tmp_path / "user"
    blocker.mkdir()
    jobs: list = []
    store = SettingsStore(blocker / "settings.json", jobs.append)
    blocker.rmdir()
    blocker.write_text("")  # the folder is gone: every write fails
    store.update(zoom=120)
    with pytest.raises(SettingsFileError) as said:
        jobs[0]()
    assert str(blocker) in str(said.value) and "\n" not in str(said.value)
    store.update(zoom=130)
    assert len(jobs) == 2
    jobs[1]()  # tried again, said no more
    store.sync()  # the close does not fail either
    assert store.values.zoom == 130


def test_a_fifo_where_the_file_is_written_first_is_never_written_through(tmp_path: Path):
    """The write goes to a fresh scratch file beside settings.json, then is renamed over it: a
    FIFO lying beside it is never opened (opening a FIFO blocks) nor touched."""
    import os
    import stat

    os.mkfifo(tmp_path / ".settings.json.tmp")
    store = SettingsStore(tmp_path / "settings.json")
    store.update(zoom=110)
    assert SettingsStore(tmp_path / "settings.json").values.zoom == 110
    assert stat.S_ISFIFO(os.lstat(tmp_path / ".settings.json.tmp").st_mode)
