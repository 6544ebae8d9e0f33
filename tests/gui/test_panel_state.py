"""State you can see and undo in the officer's panels (issue 13): Delete in Bookmarks can be
undone (Ctrl+Z or the status bar's Undo), empty panels say how to fill them, My Notes shows the
note's first words and a date that is not clipped."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_delete_in_bookmarks_then_ctrl_z_restores(qtbot, window: MainWindow):
    store = window.user.library.store
    store.set_bookmark("research", True, "Lagos trip")
    panel = window.user.bookmarks
    with qtbot.waitSignal(panel.model.modelReset):
        qtbot.keyClick(window, Qt.Key.Key_B, CTRL | SHIFT)
    assert panel.model.rowCount() == 1 and panel.list.hasFocus()
    with qtbot.waitSignal(panel.model.modelReset):
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.model.rowCount() == 0 and not store.is_bookmarked("research")
    undo = window.findChild(type(window.user.panels._undo), "undoBookmarkRemoval")
    assert undo is not None and undo.isVisible()
    with qtbot.waitSignal(panel.model.modelReset):
        qtbot.keyClick(panel.list, Qt.Key.Key_Z, CTRL)
    assert store.is_bookmarked("research")
    assert [b.folder for b in store.bookmarks()] == ["Lagos trip"]  # its folder came back
    assert panel.model.rowCount() == 1 and not undo.isVisible()


def test_the_status_bar_undo_button_restores(qtbot, window: MainWindow):
    window.open_location(Location("entry", "integration"))
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: "integration" in window.user.marked().bookmarked)
    panel = window.user.bookmarks
    with qtbot.waitSignal(panel.model.modelReset):
        qtbot.keyClick(window, Qt.Key.Key_B, CTRL | SHIFT)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "integration" not in window.user.marked().bookmarked)
    assert not window.actions_.action("toggle_bookmark").isChecked()
    window.user.panels._undo.click()
    qtbot.waitUntil(lambda: "integration" in window.user.marked().bookmarked)
    assert window.actions_.action("toggle_bookmark").isChecked()
    assert "★ Bookmarked" in window.entry_view.toPlainText()


def test_empty_panels_say_how_to_fill_them(qtbot, window: MainWindow):
    user = window.user
    for panel, key, mods in (
        (user.bookmarks, Qt.Key.Key_B, CTRL | SHIFT),
        (user.history, Qt.Key.Key_H, CTRL),
        (user.my_notes, Qt.Key.Key_M, CTRL | SHIFT),
    ):
        with qtbot.waitSignal(panel.model.modelReset):
            qtbot.keyClick(window, key, mods)
        assert panel.model.rowCount() == 0
        assert panel.list.empty_hint().startswith("No "), panel.objectName()
    assert "Ctrl+D" in user.bookmarks.list.empty_hint()
    assert "Ctrl+Shift+N" in user.my_notes.list.empty_hint()


def test_my_notes_shows_the_first_words_after_the_date(qtbot, window: MainWindow):
    words = "Ask the desk in Abuja about the new return form " * 4
    window.user.library.store.save_note("research", words)
    panel = window.user.my_notes
    with qtbot.waitSignal(panel.model.modelReset):
        qtbot.keyClick(window, Qt.Key.Key_M, CTRL | SHIFT)
    title, second = panel.model.index(0, 0).data().split("\n")
    assert title == "Research"
    date, preview = second.split("  ·  ", 1)
    assert ":" in date and "-" not in date  # today: the time as the language writes it
    assert preview.startswith("Ask the desk in Abuja") and preview.endswith("…")
