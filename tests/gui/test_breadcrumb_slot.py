"""The breadcrumb changes at every page without laying the window out again, and a trail too
long for the pane is cut rather than widening the window (a 1024 px netbook)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtWidgets import QApplication

from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location
from desktop_app.tree.tree_builders import NodeKind
from desktop_app.tree.tree_model import TreeRole


class LayoutRequests(QObject):
    """Counts the layout requests the widgets it filters receive."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def entry_slugs(window: MainWindow) -> list[str]:
    model, found, todo = window.tree_model, [], [QModelIndex()]
    while todo:
        parent = todo.pop(0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            todo.append(index)
            if index.data(TreeRole.NODE_KIND) == NodeKind.ENTRY.value:
                found.append(index.data(TreeRole.SLUG))
    return list(dict.fromkeys(found))


def settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.navigation.catching_up(), timeout=2000)
    for _ in range(3):
        QApplication.processEvents()


def test_a_new_trail_is_repainted_not_laid_out(qtbot, window: MainWindow):
    slugs = entry_slugs(window)[:6]
    window.open_location(Location("entry", slugs[0]))
    settle(qtbot, window)
    counter = LayoutRequests()
    for widget in (window.reading.pane, window.centralWidget()):  # the trail's way up
        widget.installEventFilter(counter)
    trails = set()
    for slug in slugs[1:]:
        window.open_location(Location("entry", slug))
        settle(qtbot, window)
        trails.add(window.breadcrumb.text())
    assert len(trails) > 1  # the trail did change
    assert counter.count == 0


def test_a_trail_too_long_for_the_pane_is_cut_and_said_whole(qtbot, window: MainWindow):
    settle(qtbot, window)
    before = window.minimumSizeHint().width()
    parts = [f"Sub-region number {n} of a long way down" for n in range(12)]
    window.reading._set_breadcrumb(parts)
    settle(qtbot, window)
    assert window.minimumSizeHint().width() == before  # the window did not grow for it
    label = window.breadcrumb
    assert label.width() < label.fontMetrics().horizontalAdvance(label.text())
    assert label.width() == window.reading.trail.width()
    assert "Sub-region number 11" in label.toolTip()
