"""No user-store call runs on the GUI thread while the officer reads, writes notes, bookmarks and
opens the panels (issue 11, "All user-store I/O leaves the GUI thread").

A spy wraps every public method of the window's UserStore and records the thread it ran on.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
SPIED = (
    "note",
    "save_note",
    "save_edit",
    "notes",
    "search_notes",
    "is_bookmarked",
    "set_bookmark",
    "toggle_bookmark",
    "bookmarks",
    "marked_slugs",
    "add_visit",
    "history",
    "add_recent_search",
)


def _spy(monkeypatch, store) -> list[tuple[str, bool]]:
    """(method, ran on the GUI thread) for every spied call on store."""
    calls: list[tuple[str, bool]] = []
    for name in SPIED:
        real = getattr(store, name)

        def spy(*args, _name=name, _real=real, **kwargs):
            calls.append((_name, threading.current_thread() is threading.main_thread()))
            return _real(*args, **kwargs)

        monkeypatch.setattr(store, name, spy)
    return calls


def test_reading_writing_and_panels_never_touch_the_store_on_the_gui_thread(
    qtbot, window: MainWindow, monkeypatch, tmp_path
):
    user = window.user
    calls = _spy(monkeypatch, user.library.store)
    with qtbot.waitSignal(user.notes_controller.sig_loaded):
        window.open_location(Location("entry", "research"))
    saved = [user.notes_controller.sig_saved, user.sig_marks_changed]
    with qtbot.waitSignals(saved, timeout=2_000):
        qtbot.keyClicks(user.notes.editor, "a note")
    with qtbot.waitSignal(user.notes_controller.sig_loaded):
        window.open_location(Location("entry", "integration"))
    with qtbot.waitSignal(user.sig_marks_changed):
        qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    user.record_search("integration")
    for panel, key, mods in (
        (user.bookmarks, Qt.Key.Key_B, CTRL | SHIFT),
        (user.history, Qt.Key.Key_H, CTRL),
    ):
        with qtbot.waitSignal(panel.model.modelReset):
            qtbot.keyClick(window, key, mods)
    with qtbot.waitSignal(user.my_notes.model.modelReset):
        window.actions_.action("show_notes").trigger()
    with qtbot.waitSignal(user.bookmarks.model.modelReset):
        qtbot.keyClick(user.bookmarks.list, Qt.Key.Key_Delete)
    with qtbot.waitSignal(user.handover.sig_exported):
        user.export_handover(str(tmp_path / "handover.json"))
    window.user.importer.wait()
    qtbot.wait(50)  # deliveries of the last answers
    ran = {name for name, _gui in calls}
    for expected in ("note", "save_edit", "toggle_bookmark", "is_bookmarked", "add_visit"):
        assert expected in ran, f"{expected} was never called: the spy saw nothing"
    assert {"bookmarks", "history", "notes", "add_recent_search", "set_bookmark"} <= ran
    on_gui = sorted({name for name, gui in calls if gui})
    assert on_gui == [], f"user-store calls on the GUI thread: {on_gui}"
