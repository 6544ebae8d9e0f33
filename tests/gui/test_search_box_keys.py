"""The window's commands keep their keys in the search box (issue 13): QLineEdit claims Ctrl+Home
for its cursor, but Go › Introduction wins there, while Home, End and "/" stay the box's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.mainwindow.main_window import MainWindow
from tests.gui.test_reading_flow import open_first_result

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_home_in_the_search_box_opens_the_introduction(qtbot, window: MainWindow):
    open_first_result(qtbot, window, "border management")
    assert window.reading.current().slug != "about"
    qtbot.keyClick(window.entry_view, Qt.Key.Key_Escape)  # back in the box, the query kept
    box = window.search_box
    assert box.hasFocus()
    with qtbot.waitSignal(window.sig_entry_shown):
        qtbot.keyClick(box, Qt.Key.Key_Home, CTRL)
    assert window.reading.current().slug == "about"
    assert box.text() == "border management"


def test_home_end_and_slash_stay_the_search_boxs(qtbot, window: MainWindow):
    window.focus_search()
    qtbot.keyClicks(window.search_box, "border")
    box = window.search_box
    shown = window.reading.current()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    assert box.cursorPosition() == 0 and not box.hasSelectedText()
    qtbot.keyClick(box, Qt.Key.Key_End)
    assert box.cursorPosition() == len("border")
    qtbot.keyClicks(box, "/")
    assert box.text() == "border/"
    qtbot.keyClick(box, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert box.selectedText() == "border/"  # Shift+Home still selects
    assert window.reading.current() == shown
