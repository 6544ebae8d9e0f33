"""The composer and the print preview take their size from `room.available_area`, the one
place that asks the screen (issue 13): on a 1024×600 netbook both fit its available area."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from desktop_app.mainwindow import room
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location
from tests.gui.test_briefing_composer import open_composer

NETBOOK = QRect(0, 27, 1024, 573)


def test_composer_and_preview_fit_a_netbook(qtbot, window: MainWindow, monkeypatch):
    monkeypatch.setattr(room, "available_area", lambda _widget: QRect(NETBOOK))
    window.open_location(Location("entry", "research"))
    composer = open_composer(qtbot, window)
    assert composer.width() <= NETBOOK.width() and composer.height() <= NETBOOK.height()
    assert composer.height() >= NETBOOK.height() * 0.7  # sized to this screen, not the real one
    composer.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.user.briefing.sig_preview_shown, timeout=10_000) as shown:
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = shown.args[0]
    assert preview.width() <= NETBOOK.width() and preview.height() <= NETBOOK.height()
    assert NETBOOK.contains(preview.geometry().center())
    preview.close()
