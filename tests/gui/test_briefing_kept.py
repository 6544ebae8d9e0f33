"""The composer as a new user met it (issue 13): its source tabs fit a 1024-wide netbook and a
1366×768 laptop at 150 % without scroll arrows, and closing it keeps the chosen entries for the
session (the next Ctrl+Shift+E shows them again) instead of throwing them away silently."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel

from desktop_app.mainwindow import room
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location
from tests.gui.test_briefing_composer import open_composer, press

NETBOOK = QRect(0, 27, 1024, 573)
LAPTOP_150 = QRect(0, 0, 910, 485)  # 1366×768 at 150 %, in scaled pixels


@pytest.mark.parametrize("screen", [NETBOOK, LAPTOP_150], ids=["1024x600", "1366x768@150"])
def test_the_source_tabs_fit_without_scroll_arrows(qtbot, window: MainWindow, monkeypatch, screen):
    monkeypatch.setattr(room, "available_area", lambda _widget: QRect(screen))
    window.open_location(Location("entry", "research"))
    dialog = open_composer(qtbot, window)
    tabs = dialog.picker.tabs
    qtbot.waitUntil(lambda: tabs.width() > 0)
    assert all(tabs.tabRect(i).right() < tabs.width() for i in range(tabs.count()))
    assert dialog.width() <= screen.width()  # the whole composer is on screen
    assert dialog.picker.width() <= dialog.width() * 0.4  # the preview keeps its room
    dialog.close()


def test_closing_keeps_the_chosen_entries_for_the_session(qtbot, window: MainWindow):
    window.open_location(Location("entry", "research"))
    dialog = open_composer(qtbot, window)
    qtbot.waitUntil(lambda: dialog.chosen.slugs() == ["research"])
    hints = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("unsaved list is kept until you quit" in text for text in hints)
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # All entries
    qtbot.keyClicks(dialog.picker.filter, "integration")
    press(qtbot, dialog, dialog.picker.filter, Qt.Key.Key_Return)
    assert dialog.chosen.slugs() == ["research", "integration"]
    qtbot.keyClick(dialog.chosen, Qt.Key.Key_Escape)  # closed, not saved
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.open_location(Location("entry", "border-management"))
    again = open_composer(qtbot, window)
    qtbot.waitUntil(lambda: again.chosen.count() > 0)
    assert again.chosen.slugs() == ["research", "integration"]
    again.close()
