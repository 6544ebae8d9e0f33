"""Dark theme (issue 13): the ✕ that closes the Bookmarks, History and My Notes panels is
clearly visible on the dark title bar, and still after switching back and forth."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget

from desktop_app.look.theme import ThemeMode, contrast_ratio
from desktop_app.mainwindow.main_window import MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def distinct_pixels(button: QAbstractButton) -> list[float]:
    """How far each pixel of the button stands out from its background (a corner)."""
    image = button.grab().toImage()
    background = image.pixelColor(0, 0)
    return [
        contrast_ratio(image.pixelColor(x, y), background)
        for y in range(image.height())
        for x in range(image.width())
    ]


@pytest.mark.parametrize(
    ("key", "panel"),
    [(Qt.Key.Key_B, "bookmarks"), (Qt.Key.Key_H, "history"), (Qt.Key.Key_M, "my_notes")],
)
def test_the_panel_close_button_is_visible_in_the_dark_theme(qtbot, window: MainWindow, key, panel):
    window._theme.set_mode(ThemeMode.LIGHT)
    window._theme.set_mode(ThemeMode.DARK)  # a switch, as the officer makes it
    modifiers = CTRL_SHIFT if key != Qt.Key.Key_H else Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)
    dock = getattr(window.user, panel)
    assert isinstance(dock, QDockWidget)
    qtbot.waitUntil(dock.isVisible)
    close = dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    assert close is not None and close.isVisible()
    contrast = distinct_pixels(close)
    assert max(contrast) >= 4.5  # WCAG AA for text, on the dark title bar
    assert sum(c >= 3 for c in contrast) >= 20  # a cross of some size, not a speck
    assert QColor(close.palette().color(close.backgroundRole())).lightness() < 128  # dark bar
