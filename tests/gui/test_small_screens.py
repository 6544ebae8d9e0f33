"""Room to read on small screens (issue 13): the first window fits the screen's available area, a
remembered one is clamped back onto it, an entry opened at 1024×600 shows its body text, reading
mode hides and restores the side panes, and the note pane's toggle is remembered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QToolBar

from desktop_app.mainwindow import room
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.mainwindow.room import FRAME, clamped_rect, first_run_rect
from desktop_app.paths import AppPaths
from desktop_app.reading.navigation import Location
from tests.gui.conftest import open_window
from tests.gui.test_reading_flow import open_first_result

BODY_LINES = 12
CTRL = Qt.KeyboardModifier.ControlModifier


def framed(rect: QRect) -> QRect:
    """The window with its frame: the title bar above, borders around."""
    side, title, bottom = FRAME
    return rect.adjusted(-side, -title, side, bottom)


@pytest.mark.parametrize(
    "available",
    [
        QRect(0, 0, 1366, 740),  # 1366×768 with a panel
        QRect(0, 27, 1024, 573),  # a netbook with a top bar
        QRect(0, 0, 910, 490),  # 1366×768 at 150 % (scaled pixels)
        QRect(0, 0, 800, 470),  # 1600×1000 with QT_SCALE_FACTOR=2
        QRect(1920, 0, 1600, 1000),  # a second screen to the right
    ],
)
def test_the_first_window_fits_the_available_area(available: QRect):
    rect = first_run_rect(available)
    assert available.contains(framed(rect)), (rect, available)
    assert rect.width() <= 1200 and rect.height() <= 800


def test_a_roomy_screen_gets_the_designed_size_centred():
    rect = first_run_rect(QRect(0, 0, 2560, 1400))
    assert (rect.width(), rect.height()) == (1200, 800)
    assert abs(rect.center().x() - 1280) <= 1


def test_a_remembered_geometry_is_clamped_onto_the_screen():
    available = QRect(0, 0, 1024, 573)
    for remembered in (QRect(1500, 900, 1200, 780), QRect(-300, -50, 900, 500)):
        rect = clamped_rect(remembered, available)
        assert available.contains(framed(rect)), rect
    inside = QRect(40, 60, 700, 400)
    assert clamped_rect(inside, available) == inside  # a window that fits stays where it was


def body_lines(window: MainWindow) -> tuple[int, float]:
    """Lines of the entry's summary and body inside the reader's viewport as the page opens, and
    how many body lines the viewport holds once the header has scrolled away."""
    view = window.entry_view
    entry = window.library.catalogue.entry(window.reading.current().slug)
    layout = view.document().documentLayout()
    bottom = view.verticalScrollBar().value() + view.viewport().height()
    lines, block, in_body, spacing = 0, view.document().begin(), False, 0.0
    while block.isValid():
        in_body = in_body or block.text().startswith(entry.summary[:30])
        if in_body and block.layout().lineCount():
            rect = layout.blockBoundingRect(block)
            spacing = spacing or rect.height() / block.layout().lineCount()
            for i in range(block.layout().lineCount()):
                line = block.layout().lineAt(i)
                lines += rect.top() + line.y() + line.height() <= bottom
        block = block.next()
    return lines, view.viewport().height() / spacing


SCREENS = {
    # QT_SCALE_FACTOR cannot change inside a running QApplication, and it changes nothing else
    # that matters here: Qt lays out in logical pixels (device pixels / 1.5) with the same point
    # sizes at 96 logical dpi, so 1366×768 at 150 % *is* a 910×512 logical screen at 100 %. Each
    # screen is stood in by its available area (a 27 px panel off it) through
    # room.available_area, so the first run chooses geometry, toolbar and note pane itself.
    # Checked once for real: this test under QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1.5 on a
    # 1366×768 Xvfb measures the same figures (netbook 8 lines at open, room for 14.4;
    # 150 %: 7 and 13.6) as offscreen at 100 %.
    # name: (available area, body lines on screen as the entry opens, note pane open at first)
    "laptop 1366x768": (QRect(0, 0, 1366, 740), 8, True),
    "netbook 1024x600": (QRect(0, 27, 1024, 573), 8, True),
    "laptop 1366x768 at 150%": (QRect(0, 0, 910, 485), 6, False),
}


@pytest.fixture
def small_screen(request, qtbot, gui_paths: AppPaths, monkeypatch) -> Iterator[MainWindow]:
    """A first run on the screen named by the parameter."""
    available, _lines, _notes = SCREENS[request.param]
    monkeypatch.setattr(room, "available_area", lambda _widget: QRect(available))
    win, backend = open_window(qtbot, gui_paths)
    assert win.geometry() == first_run_rect(available)
    short = available.height() < 720  # the toolbar gives its row to the reader
    area = Qt.ToolBarArea.LeftToolBarArea if short else Qt.ToolBarArea.TopToolBarArea
    assert win.toolBarArea(win.findChild(QToolBar)) == area
    yield win
    win.close()
    backend.close()


@pytest.mark.parametrize("small_screen", list(SCREENS), indirect=True)
def test_an_entry_opened_on_a_small_screen_shows_twelve_body_lines(
    qtbot, small_screen: MainWindow, request
):
    """Type `migration`, Enter: the reader holds at least 12 lines of body text, and the body
    starts on screen under the compact header (title, then kind and regions on one line)."""
    window = small_screen
    open_first_result(qtbot, window, "migration")
    assert window.entry_view.hasFocus()
    shown, room_for = body_lines(window)
    print(f"{request.node.name}: {shown} body lines at open, room for {room_for:.1f}")
    assert room_for >= BODY_LINES, room_for  # the viewport's height in body lines
    assert shown >= SCREENS[request.node.callspec.params["small_screen"]][1], shown
    if room.available_area(window).height() < 720:  # a short screen: the rest is the reader's
        others = window.results.height() + window.user.notes.height()
        assert window.entry_view.height() > 3 * others
    qtbot.keyClick(window.entry_view, Qt.Key.Key_F11)  # reading mode: nothing but the entry
    assert not window.tree_panel.isVisible() and not window.user.notes.isVisible()
    qtbot.waitUntil(lambda: body_lines(window)[1] >= room_for, timeout=2000)


def test_the_note_pane_starts_closed_only_where_it_would_cost_the_body(
    qtbot, small_screen: MainWindow, request
):
    """1366×768 at 150 % starts with the note pane closed (Ctrl+J, remembered); the entry
    header still says when there is a note; the netbook keeps the pane."""
    window = small_screen
    wide = SCREENS[request.node.callspec.params["small_screen"]][2]
    assert window.user.notes.isVisible() == wide
    assert window.actions_.action("toggle_note_pane").isChecked() == wide
    window.open_location(Location("entry", "research"))
    qtbot.keyClick(window.entry_view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.user.notes.isVisible() != wide
    if not wide:
        qtbot.keyClicks(window.user.notes.editor, "ask the desk")
        qtbot.keyClick(window.user.notes.editor, Qt.Key.Key_J, CTRL)
        assert not window.user.notes.isVisible()
        qtbot.waitUntil(lambda: "✎ Your note" in window.entry_view.toPlainText(), timeout=3000)


test_the_note_pane_starts_closed_only_where_it_would_cost_the_body = pytest.mark.parametrize(
    "small_screen", list(SCREENS), indirect=True
)(test_the_note_pane_starts_closed_only_where_it_would_cost_the_body)


def test_clearing_the_search_gives_the_room_to_the_reader_not_the_note(qtbot, window: MainWindow):
    window.resize(1500, 1100)  # tall: results stay above the entry
    qtbot.waitUntil(lambda: window.height() == 1100)
    open_first_result(qtbot, window, "migration")
    window.focus_search()
    notes, reader, results = (
        window.user.notes.height(),
        window.reading.pane.height(),
        window.results.height(),
    )
    assert results > 0
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    qtbot.waitUntil(lambda: window.reading.pane.height() >= reader + results - 10, timeout=2000)
    assert window.user.notes.height() <= notes


def test_reading_mode_hides_the_side_panes_and_restores_them(qtbot, window: MainWindow):
    open_first_result(qtbot, window, "migration")
    panes = (window.tree_panel, window.results, window.user.notes)
    assert all(p.isVisible() for p in panes)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F11)
    assert not any(p.isVisible() for p in panes)
    assert window.entry_view.hasFocus() and window.actions_.action("reading_mode").isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F11)
    assert all(p.isVisible() for p in panes)
    assert not window.actions_.action("reading_mode").isChecked()


def test_the_note_pane_toggles_and_is_remembered(qtbot, gui_paths: AppPaths):
    first, backend = open_window(qtbot, gui_paths)
    assert first.user.notes.isVisible()
    first.entry_view.setFocus()
    qtbot.keyClick(first.entry_view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert not first.user.notes.isVisible()
    assert not first.actions_.action("toggle_note_pane").isChecked()
    first.close()
    backend.close()
    second, backend2 = open_window(qtbot, gui_paths)
    try:
        assert not second.user.notes.isVisible()
        second.actions_.action("focus_notes").trigger()  # Ctrl+Shift+N brings it back
        assert second.user.notes.isVisible()
        assert second.actions_.action("toggle_note_pane").isChecked()
    finally:
        second.close()
        backend2.close()


def test_leaving_reading_mode_brings_back_no_empty_results(qtbot, window: MainWindow):
    open_first_result(qtbot, window, "migration")
    qtbot.keyClick(window.entry_view, Qt.Key.Key_F11)
    window.focus_search()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)  # clears the search
    qtbot.keyClick(window.search_box, Qt.Key.Key_F11)
    assert window.tree_panel.isVisible() and window.user.notes.isVisible()
    assert not window.results.isVisible()


def test_a_tall_window_keeps_several_results_above_the_entry(qtbot, window: MainWindow):
    window.resize(1500, 1100)
    qtbot.waitUntil(lambda: window.height() == 1100)
    open_first_result(qtbot, window, "migration")
    row = window.results.sizeHintForRow(0)
    assert window.results.height() >= 2 * row  # the list is still there to pick the next one
    assert window.reading.pane.height() >= 480  # READER_ROOM
