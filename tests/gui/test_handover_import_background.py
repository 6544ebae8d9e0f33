"""File › Import Notes and Bookmarks runs off the GUI thread, with progress (issue 10).

A 100k-note handover import blocked the window for 44 s. The import now runs on a pool thread;
the window keeps painting and navigating, a progress bar shows it is working (with numbers when
the core import reports them), and writes the window would make meanwhile wait for it.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

import db.userstore
from db.userstore.records import ImportReport
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location


def _handover(path: Path, notes: int) -> Path:
    payload = {
        "format": "field-reference-handover",
        "version": 1,
        "notes": [{"slug": f"n{i}", "text": f"note {i}"} for i in range(notes)],
        "bookmarks": [{"slug": "research", "folder": "work"}],
    }
    path.write_text(json.dumps(payload), encoding="utf-8")
    return path


def test_import_runs_off_the_gui_thread_and_shows_progress(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    release = threading.Event()
    threads: list[threading.Thread] = []

    def slow_import(store, path: Path) -> ImportReport:  # the core function without progress
        threads.append(threading.current_thread())
        assert release.wait(60)
        return ImportReport(3, 1, 0, 2, 0)

    monkeypatch.setattr(db.userstore, "import_handover", slow_import)
    action = window.actions_.action("import_handover")
    window.user.import_handover(str(_handover(tmp_path / "h.json", 1)))
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()  # the GUI thread returned at once
    assert window.user.import_progress.isVisible()
    assert not action.isEnabled()
    assert window.user.notes.editor.isReadOnly()  # no edit can collide with the import
    window.open_location(Location("entry", "integration"))  # the window stays usable
    assert window.windowTitle().startswith("Integration")
    with qtbot.waitSignal(window.user.sig_import_finished, timeout=30_000):
        release.set()
    assert not window.user.import_progress.isVisible()
    assert action.isEnabled() and not window.user.notes.editor.isReadOnly()
    assert "3 new notes" in window.statusBar().currentMessage()


def test_progress_numbers_are_shown_when_the_core_reports_them(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    release = threading.Event()

    def reporting_import(store, path: Path, progress=None) -> ImportReport:
        progress(40, 100)
        assert release.wait(60)
        return ImportReport(0, 0, 0, 0, 0)

    monkeypatch.setattr(db.userstore, "import_handover", reporting_import)
    window.user.import_handover(str(_handover(tmp_path / "h.json", 1)))
    bar = window.user.import_progress
    qtbot.waitUntil(lambda: bar.maximum() == 100 and bar.value() == 40)
    with qtbot.waitSignal(window.user.sig_import_finished, timeout=30_000):
        release.set()


def test_a_real_import_lands_and_a_refusal_is_one_dialog(qtbot, window: MainWindow, tmp_path):
    with qtbot.waitSignal(window.user.sig_import_finished, timeout=60_000):
        window.user.import_handover(str(_handover(tmp_path / "big.json", 2_000)))
    store = window.user.library.store
    assert store.note("n1999").text == "note 1999" and store.is_bookmarked("research")
    assert "2000 new notes" in window.statusBar().currentMessage()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "field-reference-handover", "version": 1, "notes": 7}')
    with qtbot.waitSignal(window.user.sig_import_finished, timeout=30_000):
        window.user.import_handover(str(bad))
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    refused = [b for b in boxes if b.isVisible() and b.windowTitle() == "Import refused"]
    assert len(refused) == 1 and "'notes' must be a list" in refused[0].text()
    refused[0].close()
