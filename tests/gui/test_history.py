"""History records visits, not re-renders (issue 13): one row per visit, tree browsing
coalesced, nothing on zoom, theme or restart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.paths import AppPaths
from desktop_app.reading.navigation import Location
from tests.gui.conftest import open_window

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def visits(qtbot, window: MainWindow) -> list[str]:
    """The stored History, newest first, once the store lane has written what it was sent."""
    window.ops.wait()
    qtbot.wait(0)  # deliveries queued on the GUI thread land
    window.ops.wait()
    return [v.slug for v in window.user.library.store.history()]


def test_restoring_the_last_page_at_start_is_not_a_visit(qtbot, window: MainWindow):
    assert window.reading.current() is not None  # the first page is on screen
    assert visits(qtbot, window) == []


def test_three_zooms_and_a_theme_change_leave_one_row(qtbot, window: MainWindow):
    with qtbot.waitSignal(window.reading.sig_visited):
        window.open_location(Location("entry", "research"))
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert window.zoom() == 130
    window.reading.rerender()  # what a theme change does
    assert visits(qtbot, window) == ["research"]
    with qtbot.waitSignal(window.user.history.model.modelReset):
        qtbot.keyClick(window, Qt.Key.Key_H, CTRL)
    assert window.user.history.model.rowCount() == 1


def test_arrowing_through_the_tree_records_one_visit(qtbot, window: MainWindow):
    with qtbot.waitSignal(window.reading.sig_visited):
        window.open_location(Location("entry", "research"))
    seen: list[Location] = []
    window.reading.sig_visited.connect(seen.append)
    window.tree.setFocus()
    shown = []
    window.reading.sig_shown.connect(lambda location, _t, _f: shown.append(location))
    for _ in range(5):
        qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert len(shown) >= 3  # the tree showed the pages it passed
    assert seen == []  # none of them is a visit yet
    with qtbot.waitSignal(window.reading.sig_visited, timeout=5000):  # the officer stays
        pass
    assert seen == [window.reading.current()]
    rows = visits(qtbot, window)
    assert len(rows) <= 2 and rows[-1] == "research"
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)  # Back skips the rows passed
    assert window.reading.current() == Location("entry", "research")


def test_enter_in_the_tree_makes_the_page_a_visit_at_once(qtbot, window: MainWindow):
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    target = window.reading.current()
    with qtbot.waitSignal(window.reading.sig_visited, timeout=100) as blocker:
        qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert blocker.args == [target]


def test_restart_records_no_visit(qtbot, gui_paths: AppPaths):
    first, backend = open_window(qtbot, gui_paths)
    with qtbot.waitSignal(first.reading.sig_visited):
        first.open_location(Location("entry", "integration"))
    before = visits(qtbot, first)
    first.close()
    backend.close()
    again, backend = open_window(qtbot, gui_paths)
    qtbot.waitUntil(lambda: again.reading.current() == Location("entry", "integration"))
    assert visits(qtbot, again) == before == ["integration"]
    again.close()
    backend.close()
