"""From search to reading with the keyboard only (issue 13): Enter opens the result and puts the
cursor in the reader, PageDown scrolls it, Esc goes back to the search box; F6 and Tab visit every
pane in the documented order; the panels close with Esc and toggle with their own shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location
from tests.gui.test_search_flow import type_search


def open_first_result(qtbot, window: MainWindow, text: str) -> None:
    window.focus_search()
    type_search(qtbot, window, text)
    with qtbot.waitSignal(window.sig_entry_shown, timeout=10_000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)


def test_enter_opens_the_result_and_page_down_scrolls_the_reader(qtbot, window: MainWindow):
    window.resize(900, 500)  # short enough that the entry scrolls
    window.set_zoom(200)
    open_first_result(qtbot, window, "border management")
    assert window.entry_view.hasFocus()
    bar = window.entry_view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    selected = window.results.selected_row()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert bar.value() > 0
    down = bar.value()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert bar.value() > down or bar.value() == bar.maximum()
    assert window.results.selected_row() == selected  # the results did not move instead
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
    assert bar.value() < max(down, bar.maximum())


def test_escape_in_the_reader_returns_to_the_search_box(qtbot, window: MainWindow):
    open_first_result(qtbot, window, "migration")
    qtbot.keyClick(window.entry_view, Qt.Key.Key_Escape)
    assert window.search_box.hasFocus()
    assert window.search_box.text() == "migration"  # the query stays for the next choice


def test_f6_visits_every_pane_in_the_documented_order(qtbot, window: MainWindow):
    open_first_result(qtbot, window, "migration")
    window.actions_.action("show_bookmarks").trigger()
    window.focus_search()
    seen = [QApplication.focusWidget().objectName()]
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget().objectName())
    assert seen == [
        "searchBox",
        "results",
        "entryView",
        "notesEditor",
        "tree",
        "bookmarksPanelList",
        "searchBox",
    ]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget().objectName() == "bookmarksPanelList"


def test_tab_leaves_the_reader_for_the_note_and_ctrl_tab_walks_its_links(qtbot, window: MainWindow):
    window.open_location(Location("entry", "about"))  # lists every field: many links
    window.entry_view.setFocus()
    qtbot.keyClick(window.entry_view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.entry_view.hasFocus() and window.entry_view.textCursor().hasSelection()
    qtbot.keyClick(window.entry_view, Qt.Key.Key_Tab)
    assert window.user.notes.editor.hasFocus()


def test_the_views_get_a_border_and_a_focus_ring(qtbot, window: MainWindow):
    """Drawn by look/view_frames.py, not the style sheet (which made repaints slow): a 1 px Mid
    border, and a 2 px Highlight ring on the view that has keyboard focus."""
    from PySide6.QtGui import QPalette

    from desktop_app.look.view_frames import FRAMED

    framed = {view.objectName() for view in window.frames.framed}
    assert framed == set(FRAMED)
    assert "QListView#results:focus" not in QApplication.instance().styleSheet()
    tree = window.navigation.view  # shown from the start (the results list is hidden)
    palette = tree.palette()

    def edge(view) -> tuple[int, int]:
        image = view.grab().toImage()
        y = image.height() // 2
        return image.pixelColor(0, y).rgb(), image.pixelColor(1, y).rgb()

    window.search_box.setFocus()
    qtbot.waitUntil(lambda: window.search_box.hasFocus())
    mid, base = palette.color(QPalette.ColorRole.Mid), palette.color(QPalette.ColorRole.Base)
    assert edge(tree) == (mid.rgb(), base.rgb())
    tree.setFocus()
    qtbot.waitUntil(lambda: tree.hasFocus())
    highlight = palette.color(QPalette.ColorRole.Highlight).rgb()
    assert edge(tree) == (highlight, highlight)


def test_escape_closes_a_panel_and_its_shortcut_toggles_it(qtbot, window: MainWindow):
    window.open_location(Location("entry", "migration-health"))
    window.entry_view.setFocus()
    for panel, keys in (
        (window.user.bookmarks, ("B", Qt.KeyboardModifier.ShiftModifier)),
        (window.user.history, ("H", Qt.KeyboardModifier(0))),
        (window.user.my_notes, ("M", Qt.KeyboardModifier.ShiftModifier)),
    ):
        letter, extra = keys
        key = getattr(Qt.Key, f"Key_{letter}")
        modifiers = Qt.KeyboardModifier.ControlModifier | extra
        qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
        assert panel.isVisible() and panel.list.hasFocus()
        qtbot.keyClick(panel.list, Qt.Key.Key_Escape)
        assert not panel.isVisible()
        assert window.entry_view.hasFocus()
        qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
        assert panel.isVisible()
        qtbot.keyClick(QApplication.focusWidget(), key, modifiers)  # the same shortcut closes
        assert not panel.isVisible()
        assert window.entry_view.hasFocus()


def test_after_esc_down_and_enter_open_the_next_result(qtbot, window: MainWindow):
    """Enter opened the first result without moving; Esc, Down, Enter reads the second."""
    open_first_result(qtbot, window, "migration")
    first = window.reading.current()
    assert window.results.selected_row() == 0  # the list says which result is open
    qtbot.keyClick(window.entry_view, Qt.Key.Key_Escape)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.sig_entry_shown):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    second = window.results.model().hit(1)
    assert window.reading.current() == Location("entry", second.slug) != first


def test_tab_from_the_search_box_chooses_a_result_you_can_see(qtbot, window: MainWindow):
    """Tab lands in the results with the first row chosen (not an invisible cursor); Enter
    opens it and the cursor goes on into the reader."""
    window.focus_search()
    type_search(qtbot, window, "border management")
    assert window.results.selected_row() == -1
    qtbot.keyClick(window.search_box, Qt.Key.Key_Tab)
    assert window.results.hasFocus() and window.results.selected_row() == 0
    assert window.results.selectionModel().isSelected(window.results.currentIndex())  # painted
    with qtbot.waitSignal(window.sig_entry_shown):
        qtbot.keyClick(window.results, Qt.Key.Key_Return)
    assert window.reading.current().slug == window.results.model().hit(0).slug
    assert window.entry_view.hasFocus()
