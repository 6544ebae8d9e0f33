"""A new user's second look (issue 13): reading mode hides the open panels too and brings back
exactly those; a panel opens no wider than the screen allows; the breadcrumb names the entry's
first region unless the officer came through a tree row; marks are spaced and the tree cuts the
name, never the mark."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QWidget

from desktop_app.mainwindow import room
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location
from desktop_app.tree.mark_delegate import MarkDelegate
from desktop_app.tree.tree_builders import NodeKind
from desktop_app.tree.tree_model import TreeRole
from desktop_app.userdata.marks import Marks
from tests.gui.test_reading_flow import open_first_result

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NETBOOK = QRect(0, 27, 1024, 573)


def key(qtbot, window: MainWindow, code: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, code, modifier)


def in_front(panel: QWidget) -> bool:
    """Shown as the front tab: Qt moves the tabs behind off the window, still "visible"."""
    return panel.isVisible() and not panel.visibleRegion().isEmpty()


def test_reading_mode_hides_open_panels_and_brings_back_exactly_those(qtbot, window: MainWindow):
    user = window.user
    open_first_result(qtbot, window, "migration")
    key(qtbot, window, Qt.Key.Key_B, CTRL | SHIFT)  # Bookmarks
    key(qtbot, window, Qt.Key.Key_H, CTRL)  # History, tabbed with it, in front
    qtbot.waitUntil(lambda: user.history.isVisible())
    assert not user.bookmarks.isHidden() and user.my_notes.isHidden()
    window.entry_view.setFocus()
    key(qtbot, window, Qt.Key.Key_F11)
    assert not any(p.isVisible() for p in (user.bookmarks, user.history, user.my_notes))
    key(qtbot, window, Qt.Key.Key_F11)
    # the tab that was in front is in front again (tab groups settle on the next layout)
    qtbot.waitUntil(lambda: in_front(user.history) and not in_front(user.bookmarks))
    assert not user.bookmarks.isHidden()  # still open behind it
    assert user.my_notes.isHidden()  # never was open: stays closed
    window.entry_view.setFocus()
    key(qtbot, window, Qt.Key.Key_F11)
    key(qtbot, window, Qt.Key.Key_M, CTRL | SHIFT)  # My Notes asked for while reading
    qtbot.waitUntil(lambda: user.my_notes.isVisible())
    window.entry_view.setFocus()
    key(qtbot, window, Qt.Key.Key_F11)
    # what was asked for last stays in front
    qtbot.waitUntil(lambda: in_front(user.my_notes) and not in_front(user.history))
    assert not user.history.isHidden() and not user.bookmarks.isHidden()


def test_a_panel_opens_no_wider_than_a_netbook_allows(qtbot, window: MainWindow, monkeypatch):
    monkeypatch.setattr(room, "available_area", lambda _widget: QRect(NETBOOK))
    window.resize(1008, 533)
    qtbot.waitUntil(lambda: window.width() == 1008)
    tree_before = window.tree_panel.width()
    window.entry_view.setFocus()
    key(qtbot, window, Qt.Key.Key_H, CTRL)
    panel = window.user.history
    qtbot.waitUntil(lambda: panel.isVisible() and panel.width() <= room.panel_width(NETBOOK))
    assert room.panel_width(NETBOOK) < 255
    assert abs(window.tree_panel.width() - tree_before) <= 2  # the entry gives way, not the tree
    assert room.tree_width(NETBOOK) == 256  # a first run's tree on this screen


def _first_region_row(window: MainWindow, slug: str):
    library = window.library
    assert library is not None
    first = library.catalogue.entry(slug).regions[0]
    for index in window.tree_model.indexes_of(slug):
        parent = index.parent()
        while parent.isValid() and parent.data(TreeRole.NODE_KIND) != NodeKind.REGION.value:
            parent = parent.parent()
        if parent.data(TreeRole.SLUG) == first:
            return index
    raise AssertionError(first)


def test_the_breadcrumb_names_the_first_region_unless_reached_through_a_row(
    qtbot, window: MainWindow
):
    slug = "border-management"
    open_first_result(qtbot, window, "border management")
    assert window.reading.current() == Location("entry", slug)
    expected = _first_region_row(window, slug)
    path = window.tree_model.breadcrumb(expected)
    assert window.breadcrumb.text() == " › ".join(path)
    # the tree follows the page in the next turn of the event loop (after the page is painted)
    qtbot.waitUntil(lambda: window.tree.currentIndex() == expected, timeout=2000)
    other = next(i for i in window.tree_model.indexes_of(slug) if i != expected)
    parent = other.parent()
    while parent.isValid():  # the officer opens the next region's branch…
        window.tree.expand(parent)
        parent = parent.parent()
    window.tree.setFocus()
    for _ in range(200):  # …and walks down to the entry's row there with the arrow key
        if window.tree.currentIndex() == other:
            break
        qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.tree.currentIndex() == other
    assert window.breadcrumb.text() == " › ".join(window.tree_model.breadcrumb(other))
    assert window.breadcrumb.text() != " › ".join(path)


def test_marks_are_spaced_and_the_tree_cuts_the_name_not_the_mark(qtbot, window: MainWindow):
    assert Marks.of(["a"], ["a"]).symbols("a") == "★ ✎"
    window.open_location(Location("entry", "border-management"))
    window.entry_view.setFocus()
    qtbot.keyClick(window.entry_view, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: "border-management" in window.user.marked().bookmarked)
    index = window.tree.currentIndex()
    assert index.data(TreeRole.SLUG) == "border-management"
    delegate = window.tree.itemDelegate()
    assert isinstance(delegate, MarkDelegate)
    name = index.data()

    def option() -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem()
        window.tree.initViewItemOption(opt)  # as the view paints: its font, style and widget
        opt.rect = window.tree.visualRect(index)
        return opt

    # a tree just wide enough for the name alone: the mark's column is taken from the name
    probe = option()
    needed = probe.fontMetrics.horizontalAdvance(name) + 4
    width = window.tree_panel.width() + needed - delegate.text_width(option(), index)
    window.tree_panel.setFixedWidth(width)
    qtbot.waitUntil(lambda: delegate.text_width(option(), index) == needed)
    option = option()
    shown = delegate.shown_name(option, index)
    where = delegate.mark_rect(option, index)
    assert shown.endswith("…") and shown != name
    assert window.tree.viewport().rect().contains(where)  # the ★ is whole, at the row's end
