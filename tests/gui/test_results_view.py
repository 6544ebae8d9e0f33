"""The result rows as painted (issue 13): the kind badge keeps a background of its own on the
selected (accent-coloured) row, and the region chips stay readable there, in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop_app.look.theme import ThemeMode, contrast_ratio
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.search.results_view import ResultDelegate, ResultRole
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


def composite(color: QColor, under: QColor) -> QColor:
    """`color` painted over `under` (what the eye sees of a translucent fill or text)."""
    a = color.alphaF()
    return QColor.fromRgbF(
        *(
            a * top + (1 - a) * low
            for top, low in zip(color.getRgbF()[:3], under.getRgbF()[:3], strict=True)
        )
    )


@pytest.mark.parametrize("mode", [ThemeMode.LIGHT, ThemeMode.DARK])
def test_region_chips_are_readable_on_a_selected_row(qtbot, window: MainWindow, mode: ThemeMode):
    """Chip text against chip fill, both laid over the selection colour: at least 4.5:1, from
    the palette the delegate paints with; the painted chip shows that fill."""
    window._theme.set_mode(mode)
    window.focus_search()
    type_search(qtbot, window, "migration")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    view = window.results
    index = view.model().index(0, 0)
    assert view.selected_row() == 0 and index.data(ResultRole.REGIONS)
    palette = view.palette()
    highlight = palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight)
    palette.setCurrentColorGroup(QPalette.ColorGroup.Inactive)  # the list never has focus
    fill, ink = ResultDelegate.chip_colors(palette, selected=True)
    fill = composite(fill, highlight)
    ink = composite(ink, fill)
    ratio = contrast_ratio(ink, fill)
    print(f"{mode}: chip text {ink.name()} on {fill.name()}: {ratio:.2f}:1")
    assert ratio >= 4.5, (ink.name(), fill.name(), ratio)
    plain_fill, plain_ink = ResultDelegate.chip_colors(palette, selected=False)
    assert plain_fill is None  # a plain row's chip: its text at 12 %
    plain_fill = QColor(plain_ink)
    plain_fill.setAlphaF(0.12)
    plain_fill = composite(plain_fill, palette.color(QPalette.ColorRole.Base))
    assert contrast_ratio(composite(plain_ink, plain_fill), plain_fill) >= 4.5

    metrics, padding = view.fontMetrics(), ResultDelegate.PADDING
    row = view.visualRect(index).adjusted(padding, padding, -padding, -padding)
    chip_y = row.y() + metrics.height() * 3 + 6 + metrics.height() // 2
    painted = view.viewport().grab().toImage().pixelColor(row.x() + 4, chip_y)
    gap = max(abs(a - b) for a, b in zip(painted.getRgb()[:3], fill.getRgb()[:3], strict=True))
    assert gap <= 3, (painted.name(), fill.name())
