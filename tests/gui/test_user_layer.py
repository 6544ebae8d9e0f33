"""Bookmarks, notes, history, print/PDF and handover in the real window (issue: officer's layer)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.paths import AppPaths
from desktop_app.reading.navigation import Location
from desktop_app.tree.tree_builders import NodeKind
from desktop_app.tree.tree_model import TreeRole
from tests.gui.conftest import open_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def store_of(window: MainWindow):
    return window.user.library.store


def test_ctrl_d_toggles_bookmark_and_panel_opens_it(qtbot, window: MainWindow):
    window.open_location(Location("entry", "research"))
    with qtbot.waitSignal(window.user.sig_marks_changed):  # the toggle lands off the GUI thread
        qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert store_of(window).is_bookmarked("research")
    assert window.actions_.action("toggle_bookmark").isChecked()
    window.open_location(Location("entry", "integration"))
    panel = window.user.bookmarks
    with qtbot.waitSignal(panel.model.modelReset):  # rows come from the store lane
        qtbot.keyClick(window, Qt.Key.Key_B, CTRL | SHIFT)
    assert panel.isVisible() and panel.list.hasFocus()
    assert panel.model.rowCount() == 1
    with qtbot.waitSignal(window.sig_entry_shown):
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.windowTitle().startswith("Research —")
    with qtbot.waitSignal(window.user.sig_marks_changed):
        qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert not store_of(window).is_bookmarked("research")


def test_note_autosaves_and_marks_the_tree(qtbot, window: MainWindow):
    window.open_location(Location("entry", "migration-health"))
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    editor = window.user.notes.editor
    assert editor.hasFocus()
    saved = window.user.notes_controller.sig_saved
    with qtbot.waitSignals([saved, window.user.sig_marks_changed], timeout=2_000):  # < 1 s
        qtbot.keyClicks(editor, "Ask the ministry about COVID data")
    assert store_of(window).note("migration-health").text == "Ask the ministry about COVID data"
    index = window.tree_model.first_index_of("migration-health", NodeKind.ENTRY)
    assert index.data(TreeRole.MARKED) is True
    window.open_location(Location("entry", "research"))
    assert editor.toPlainText() == ""
    with qtbot.waitSignal(window.user.notes_controller.sig_loaded):
        window.open_location(Location("entry", "migration-health"))
    assert editor.toPlainText() == "Ask the ministry about COVID data"


def test_note_is_saved_when_switching_entries_before_the_timer(qtbot, window: MainWindow):
    window.open_location(Location("entry", "research"))
    window.user.notes.editor.setPlainText("quick thought")
    with qtbot.waitSignal(window.user.notes_controller.sig_saved):  # sent as the entry changes
        window.open_location(Location("entry", "integration"))
    assert store_of(window).note("research").text == "quick thought"


def test_failed_save_keeps_text_says_so_and_resumes(qtbot, window: MainWindow, monkeypatch):
    from db.userstore import UserStoreError

    store = store_of(window)

    def full_disk(*_args):
        raise UserStoreError("could not save your note: the disk is full")

    monkeypatch.setattr(store, "save_edit", full_disk)  # what the pane calls
    window.open_location(Location("entry", "research"))
    failed = window.user.notes_controller.sig_save_failed
    with qtbot.waitSignal(failed, timeout=2_000):
        qtbot.keyClicks(window.user.notes.editor, "precious words")
    assert "Not saved" in window.user.notes.status.text()
    assert window.user.notes.editor.toPlainText() == "precious words"
    dialog = window.findChild(QMessageBox, "noteNotSavedDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    with qtbot.waitSignal(failed):  # refused: text would be lost (and tried again)
        window.open_location(Location("entry", "integration"))
    assert window.user.notes.editor.toPlainText() == "precious words"
    monkeypatch.undo()
    with qtbot.waitSignal(window.user.notes_controller.sig_saved):
        assert window.user.notes_controller.save_now()
    assert store.note("research").text == "precious words"


def test_history_panel_lists_visits(qtbot, window: MainWindow):
    for slug in ("research", "integration"):
        window.open_location(Location("entry", slug))
    with qtbot.waitSignal(window.user.history.model.modelReset):
        qtbot.keyClick(window, Qt.Key.Key_H, CTRL)
    titles = [
        window.user.history.model.item(r).title for r in range(window.user.history.model.rowCount())
    ]
    assert titles[:2] == ["Integration", "Research"]


def test_search_can_include_my_notes(qtbot, window: MainWindow):
    store_of(window).save_note("research", "meeting with the zebrafinch delegation")
    window.actions_.action("search_notes").setChecked(True)
    window.focus_search()
    with qtbot.waitSignal(window.sig_search_done, timeout=10_000):
        qtbot.keyClicks(window.search_box, "zebrafinch")
    assert window.results_model.rowCount() == 1
    assert window.results_model.hit(0).slug == "research"


def test_copy_citation(qtbot, window: MainWindow):
    window.open_location(Location("entry", "research"))
    with qtbot.waitSignal(window.user.briefing.sig_copied):
        qtbot.keyClick(window, Qt.Key.Key_C, CTRL | SHIFT)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("“Research”.") and "2026.11.0" in text and "data as of" in text


def test_handover_export_and_import_through_the_window(qtbot, window: MainWindow, tmp_path: Path):
    store_of(window).save_note("research", "mine")
    path = tmp_path / "handover.json"
    with qtbot.waitSignal(window.user.handover.sig_exported):
        window.user.export_handover(str(path))
    data = json.loads(path.read_text())
    assert data["notes"][0]["slug"] == "research"
    data["notes"].append({"slug": "integration", "text": "from a colleague", "updated": ""})
    path.write_text(json.dumps(data))
    with qtbot.waitSignal(window.user.sig_import_finished, timeout=30_000):  # off the GUI thread
        window.user.import_handover(str(path))
    assert store_of(window).note("integration").text == "from a colleague"
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    with qtbot.waitSignal(window.user.sig_import_finished, timeout=30_000):
        window.user.import_handover(str(bad))
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert "not a handover file" in box.text()
    box.close()


def test_damaged_user_file_is_moved_aside_and_reported(qtbot, gui_paths: AppPaths):
    gui_paths.user_dir.mkdir(parents=True, exist_ok=True)
    (gui_paths.user_dir / "user.sqlite").write_bytes(b"this is not sqlite" * 100)
    window, backend = open_window(qtbot, gui_paths)
    try:
        assert backend.store is not None and backend.store.recovery is not None
        moved = backend.store.recovery.moved_to
        assert moved.exists() and moved.read_bytes() == b"this is not sqlite" * 100
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        assert str(moved) in box.text()
        box.close()
    finally:
        window.close()
        backend.close()
