"""Highlights that do not break the page (issue 13): a searched word highlighted in the title
keeps the title's size (Qt gave the highlight span the body size)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.look.theme import DARK, LIGHT
from desktop_app.mainwindow.main_window import MainWindow
from tests.gui.test_main_window import type_search


def title_fragments(window: MainWindow) -> list[tuple[str, float, bool]]:
    """(text, point size, highlighted) for each fragment of the title block."""
    marks = {QColor(theme.mark_bg).name() for theme in (LIGHT, DARK)}
    block = window.entry_view.document().begin()
    found = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        fmt = fragment.charFormat()
        found.append(
            (fragment.text(), fmt.fontPointSize(), fmt.background().color().name() in marks)
        )
        it += 1
    return found


@pytest.mark.parametrize(
    ("query", "title"),
    [("health", "Migration and Health"), ("border management", "Border Management")],
)
def test_highlighted_title_word_keeps_the_title_size(
    qtbot, window: MainWindow, query: str, title: str
):
    window.focus_search()
    type_search(qtbot, window, query)
    with qtbot.waitSignal(window.sig_entry_shown):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    fragments = title_fragments(window)
    assert "".join(text for text, _, _ in fragments) == title
    sizes = {size for _, size, _ in fragments}
    assert any(marked for _, _, marked in fragments), fragments
    assert len(sizes) == 1, fragments
    assert sizes.pop() > 15  # the title's size (1.75 × 11 pt), not the body's 11 pt


def test_esc_clearing_the_search_clears_the_highlights(qtbot, window: MainWindow):
    window.focus_search()
    type_search(qtbot, window, "health")
    with qtbot.waitSignal(window.sig_entry_shown):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert any(marked for _, _, marked in title_fragments(window))
    window.focus_search()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert not any(marked for _, _, marked in title_fragments(window))
    assert window.reading.current() is not None  # the page stays, only the marks go
