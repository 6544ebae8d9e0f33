"""The note's status ("Saved", "Not saved: …") takes no row of its own (issue 13): at 1024×600 the
editor fills the pane while there is nothing to say, and a message floats in the editor's corner
without moving anything, readable in both themes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMessageBox

from desktop_app.look.theme import ThemeMode, contrast_ratio
from desktop_app.mainwindow import room
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.paths import AppPaths
from desktop_app.reading.navigation import Location
from tests.gui.conftest import open_window

NETBOOK = QRect(0, 27, 1024, 573)  # 1024×600 with a top bar


@pytest.fixture
def netbook(qtbot, gui_paths: AppPaths, monkeypatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(room, "available_area", lambda _widget: QRect(NETBOOK))
    win, backend = open_window(qtbot, gui_paths)
    yield win
    win.close()
    backend.close()


def test_the_editor_has_the_whole_pane_and_a_message_moves_nothing(qtbot, netbook: MainWindow):
    window, pane = netbook, netbook.user.notes
    with qtbot.waitSignal(window.user.notes_controller.sig_loaded):
        window.open_location(Location("entry", "research"))
    assert pane.isVisible() and not pane.status.isVisible()
    assert pane.editor.geometry() == pane.rect()  # no empty status row under the editor
    before = (pane.editor.geometry(), pane.geometry(), window.entry_view.geometry())
    with qtbot.waitSignal(window.user.notes_controller.sig_saved, timeout=3000):
        qtbot.keyClicks(pane.editor, "ask the desk")
    assert pane.status.text() == "Saved" and pane.status.isVisible()
    assert (pane.editor.geometry(), pane.geometry(), window.entry_view.geometry()) == before
    assert pane.status.parentWidget() is pane.editor
    in_corner(pane)
    width = pane.editor.width()
    qtbot.keyClick(pane.editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # History
    qtbot.waitUntil(lambda: pane.editor.width() < width)  # the panel took the room
    in_corner(pane)  # the status followed the narrower editor


def in_corner(pane) -> None:
    """The status is shown in the bottom trailing corner of the editor's viewport."""
    corner = pane.status.geometry()
    viewport = pane.editor.viewport().geometry()
    assert pane.status.isVisible() and viewport.contains(corner), (corner, viewport)
    assert corner.right() >= viewport.right() - 8 and corner.bottom() >= viewport.bottom() - 8


def test_a_long_message_wraps_inside_the_editor(qtbot, netbook: MainWindow):
    pane = netbook.user.notes
    pane.say("Not saved: the disk is full. Your text is kept; retrying… " * 3)
    viewport = pane.editor.viewport().geometry()
    assert pane.status.isVisible() and viewport.contains(pane.status.geometry())
    assert pane.status.height() > pane.status.fontMetrics().lineSpacing()  # wrapped, not cut
    pane.say("")
    assert not pane.status.isVisible()
    pane.editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # Arabic: the other corner
    pane.say("Saved")
    assert pane.status.geometry().left() <= pane.editor.viewport().geometry().left() + 8


@pytest.mark.parametrize("mode", [ThemeMode.LIGHT, ThemeMode.DARK])
def test_not_saved_is_readable_in_both_themes(qtbot, window: MainWindow, mode: ThemeMode):
    """The red of "Not saved" against the editor it floats on: at least 4.5:1 (the light
    theme's red was 3.1:1 on the dark editor)."""
    window._theme.set_mode(mode)
    window.open_location(Location("entry", "research"))
    pane = window.user.notes
    pane.say_error("could not save your note: the disk is full")
    window.findChild(QMessageBox, "noteNotSavedDialog").close()
    assert pane.status.isVisible() and pane.status.text().startswith("Not saved")
    ground = pane.status.grab().toImage().pixelColor(1, 1)
    assert ground == pane.editor.palette().color(QPalette.ColorRole.Base)  # the editor's own
    ink = pane.status.palette().color(pane.status.foregroundRole())  # what the label draws with
    ratio = contrast_ratio(ink, ground)
    print(f"{mode}: {ink.name()} on {ground.name()}: {ratio:.2f}:1")
    assert ink.red() > ink.green() + 40 and ratio >= 4.5  # red, and readable
