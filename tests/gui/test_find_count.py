"""Find (Ctrl+F) says "n of m" and tints the other matches (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location

CTRL = Qt.KeyboardModifier.ControlModifier


def test_find_says_n_of_m_and_marks_every_match(qtbot, window: MainWindow):
    window.open_location(Location("entry", "border-management"))
    text = window.entry_view.toPlainText().lower()
    total = text.count("border")
    assert total > 2
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "border")
    assert window.find_bar.status_text() == f"1 of {total}"
    assert len(window.entry_view.extraSelections()) == total
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.find_bar.status_text() == f"2 of {total}"
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.status_text() == f"{total} of {total}"  # wrapped to the last
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.entry_view.extraSelections() == []


def test_find_says_not_found(qtbot, window: MainWindow):
    window.open_location(Location("entry", "research"))
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "qqzzx")
    assert window.find_bar.status_text() == "Not found"
    assert window.entry_view.extraSelections() == []
