"""The result rows as painted (issue 13): the kind badge keeps a background of its own on the
selected (accent-coloured) row, in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop_app.look.theme import ThemeMode, contrast_ratio
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.search.results_view import ResultDelegate
from tests.gui.test_search_flow import type_search


def badge_and_row(window: MainWindow, row: int) -> tuple[QColor, QColor]:
    """The colour inside the kind badge (left of its text) and of the row beside it."""
    view = window.results
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.rect, option.font, option.fontMetrics = (
        view.visualRect(index),
        view.font(),
        view.fontMetrics(),
    )
    delegate = view.itemDelegate()
    assert isinstance(delegate, ResultDelegate)
    badge = delegate.badge_rect(option, index)
    image = view.viewport().grab().toImage()
    y = round(badge.center().y())
    return image.pixelColor(round(badge.left()) + 3, y), image.pixelColor(
        option.rect.right() - 4, y
    )


@pytest.mark.parametrize("mode", [ThemeMode.LIGHT, ThemeMode.DARK])
def test_the_kind_badge_keeps_its_background_on_a_selected_row(
    qtbot, window: MainWindow, mode: ThemeMode
):
    window._theme.set_mode(mode)
    window.focus_search()
    type_search(qtbot, window, "migration")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)  # the second row is selected
    assert window.results.selected_row() == 1
    badge, row = badge_and_row(window, 1)
    assert contrast_ratio(badge, row) >= 3, (badge.name(), row.name())
    badge, row = badge_and_row(window, 0)  # a plain row: a light tint, still a badge
    assert badge != row
