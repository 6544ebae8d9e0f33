"""The main window's widgets laid out, in the spirit of Qt Designer's `setupUi`: the status bar,
the splitters around search, results, entry, note and tree, the Tab order and the F6 cycle.

The window keeps the wiring (`main_window.py`); the widgets the tests and the other layers
reach by name (`window.search_box`, `window.hsplit`, …) are set on it here.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QSplitter, QTabBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop_app.mainwindow.main_window import MainWindow


def setup_status_bar(window: MainWindow) -> None:
    """The status bar: a line for results and messages, index progress, the catalogue."""
    status = window.statusBar()
    window.status_results = QLabel(window)
    window.status_results.setTextFormat(Qt.TextFormat.PlainText)
    window.status_catalogue = QLabel(window)
    window.status_catalogue.setTextFormat(Qt.TextFormat.PlainText)
    window.progress = QProgressBar(window)
    window.progress.setMaximumWidth(200)
    window.progress.setAccessibleName(
        QCoreApplication.translate("MainWindow", "Search index progress")
    )
    window.progress.hide()
    status.addWidget(window.status_results)
    status.addPermanentWidget(window.progress)
    status.addPermanentWidget(window.status_catalogue)
    window.status_catalogue.setText(
        QCoreApplication.translate("MainWindow", "Opening the catalogue…")
    )


def setup_layout(window: MainWindow) -> None:
    """Search over results, entry and note on the right; the tree on the left; the Tab order.
    The widgets the tests and the other layers reach by name become the window's attributes."""
    search, reading, tree = window.searching, window.reading, window.navigation
    window.search_box, window.results, window.results_model = (
        search.box,
        search.results,
        search.model,
    )
    window.correction = search.correction
    window.tree, window.tree_model, window.grouping = tree.view, tree.model, tree.grouping
    window.tree_panel = tree.panel
    window.entry_view, window.find_bar = reading.view, reading.find_bar
    window.breadcrumb = reading.breadcrumb

    right = QWidget(window)
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    right_layout.setSpacing(4)
    right_layout.addWidget(window.search_box)
    right_layout.addWidget(window.correction)
    window.vsplit = QSplitter(Qt.Orientation.Vertical, window)
    window.vsplit.setObjectName("resultsSplitter")
    window.vsplit.addWidget(window.results)
    window.vsplit.addWidget(reading.pane)
    window.vsplit.addWidget(window.user.notes)
    editor = window.user.notes.editor  # may shrink to two lines when the column is short
    editor.setMinimumHeight(2 * editor.fontMetrics().lineSpacing() + 12)
    for pane, stretch in enumerate((2, 3, 1)):
        window.vsplit.setStretchFactor(pane, stretch)
    right_layout.addWidget(window.vsplit, 1)
    search.set_splitter(window.vsplit)

    window.hsplit = QSplitter(Qt.Orientation.Horizontal, window)
    window.hsplit.setObjectName("mainSplitter")
    window.hsplit.addWidget(window.tree_panel)
    window.hsplit.addWidget(right)
    window.hsplit.setCollapsible(0, False)  # Ctrl+B hides the tree; a drag only narrows it
    window.hsplit.setStretchFactor(0, 0)  # a panel opening or a narrower window: the entry gives
    window.hsplit.setStretchFactor(1, 3)
    window.hsplit.setSizes([300, 900])
    # the margin around the splitter comes from a layout: QSplitter places its panes from its
    # rect, not its contents rect, when right to left (Arabic), so its own margins shift them
    central = QWidget(window)
    margins = QVBoxLayout(central)
    margins.setContentsMargins(6, 6, 6, 0)
    margins.addWidget(window.hsplit)
    window.setCentralWidget(central)

    # Tab follows the documented pane cycle (room.py): search, results, entry, note, tree
    chain = [window.search_box, window.results, window.entry_view, window.user.notes.editor]
    chain += [window.grouping, window.tree]
    chain += [panel.list for panel in (window.user.bookmarks, window.user.history)]
    chain.append(window.user.my_notes.list)
    for first, second in itertools.pairwise(chain):
        window.setTabOrder(first, second)
    for tabs in window.findChildren(QTabBar):  # the panels' tabs: each has its own shortcut
        tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def pane_cycle(window: MainWindow) -> list[QWidget]:
    """The F6 cycle: search box → results → entry → note → tree → open panels."""
    panels = (window.user.bookmarks, window.user.history, window.user.my_notes)
    return [
        window.search_box,
        window.results,
        window.entry_view,
        window.user.notes.editor,
        window.tree,
        *(panel.list for panel in panels),
    ]
