"""The bookmark toggle shows its state (issue 13): the entry header says "★ Bookmarked", the
toolbar action is checked, and the tree and results mark bookmarks (★) apart from notes (✎)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolBar, QToolButton

from desktop_app.look.theme import ThemeMode, colors
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location
from desktop_app.tree.tree_model import TreeRole
from tests.gui.test_reading_flow import open_first_result

CTRL = Qt.KeyboardModifier.ControlModifier


def page_text(window: MainWindow) -> str:
    return window.entry_view.toPlainText()


def test_ctrl_d_puts_the_star_in_the_header_and_checks_the_action(qtbot, window: MainWindow):
    with qtbot.waitSignal(window.reading.sig_visited):
        window.open_location(Location("entry", "research"))
    action = window.actions_.action("toggle_bookmark")
    assert "Bookmarked" not in page_text(window) and not action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: "research" in window.user.marked().bookmarked)
    assert "★ Bookmarked" in page_text(window)
    assert action.isChecked()
    tree_row = window.tree_model.first_index_of("research")
    assert tree_row.data(TreeRole.MARK) == "★"
    assert tree_row.data(Qt.ItemDataRole.FontRole) is None  # not the region-heading bold
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: "research" not in window.user.marked().bookmarked)
    assert "Bookmarked" not in page_text(window) and not action.isChecked()


def test_reopening_a_bookmarked_entry_shows_the_star_at_once(qtbot, window: MainWindow):
    window.open_location(Location("entry", "integration"))
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: "integration" in window.user.marked().bookmarked)
    window.open_location(Location("entry", "research"))
    assert "Bookmarked" not in page_text(window)
    window.open_location(Location("entry", "integration"))
    assert "★ Bookmarked" in page_text(window)  # rendered with the star, not repainted later


def test_a_note_is_marked_with_a_pencil_not_a_star(qtbot, window: MainWindow):
    window.open_location(Location("entry", "research"))
    qtbot.keyClicks(window.user.notes.editor, "call the desk")
    qtbot.waitUntil(lambda: "research" in window.user.marked().noted, timeout=3000)
    assert window.tree_model.first_index_of("research").data(TreeRole.MARK) == "✎"
    assert "Bookmarked" not in page_text(window)


def ink(button: QToolButton) -> int:
    """Pixels of the button drawn in the theme's icon colour: the outline star or the filled."""
    image = button.grab().toImage()
    icon = QColor(colors(False).icon)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if abs(image.pixelColor(x, y).lightness() - icon.lightness()) < 24
    )


def test_ctrl_d_in_the_search_box_fills_the_toolbar_star(qtbot, window: MainWindow):
    """The toolbar shows the state too (a checked button with the filled icon), and Ctrl+D
    works while the cursor is still in the search box after Esc."""
    window._theme.set_mode(ThemeMode.LIGHT)
    open_first_result(qtbot, window, "migration")
    qtbot.keyClick(window.entry_view, Qt.Key.Key_Escape)  # back in the search box
    assert window.search_box.hasFocus()
    toolbar = window.findChild(QToolBar, "navigationToolbar")
    button = toolbar.widgetForAction(window.actions_.action("toggle_bookmark"))
    assert isinstance(button, QToolButton) and button.isVisible()
    outline = ink(button)
    slug = window.reading.current().slug
    qtbot.keyClick(window.search_box, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: slug in window.user.marked().bookmarked)
    assert window.search_box.text() == "migration"  # the box did not take the key
    assert button.isChecked() and "★ Bookmarked" in page_text(window)
    assert ink(button) > 1.5 * outline  # filled, not only a sunken frame
    qtbot.keyClick(window.user.notes.editor, Qt.Key.Key_D, CTRL)  # from the note, too
    qtbot.waitUntil(lambda: slug not in window.user.marked().bookmarked)
    assert not button.isChecked() and ink(button) < 1.2 * outline
