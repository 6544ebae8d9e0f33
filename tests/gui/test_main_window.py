"""The officer's path through the window, driven with real keys (issue: keyboard-first GUI)."""

from __future__ import annotations

import string
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.look.theme import DARK, LIGHT
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.paths import AppPaths
from desktop_app.reading.navigation import Location
from desktop_app.tree.tree_builders import NodeKind
from tests.gui.conftest import compose_window, load, open_window

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def type_search(qtbot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.sig_search_done, timeout=10_000):
        qtbot.keyClicks(window.search_box, text)


def test_title_before_anything_is_shown(qtbot, gui_paths: AppPaths):
    win, _controller, _ = compose_window(qtbot, gui_paths)
    assert win.windowTitle() == "Field Reference"


def test_ctrl_k_type_down_enter_opens_the_field(qtbot, window: MainWindow):
    window.entry_view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    assert window.search_box.hasFocus()
    type_search(qtbot, window, "traf")
    assert window.results.isVisible()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.search_box.hasFocus()  # the caret stays in the search box
    with qtbot.waitSignal(window.sig_entry_shown):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.windowTitle() == "Trafficking in Human Beings — Field Reference"
    marked = highlighted_fragments(window.entry_view)
    assert marked and all("traf" in text.lower() for text in marked), marked


def highlighted_fragments(view) -> list[str]:
    """The words the reading pane paints in the search-mark colour (Qt drops class="hl")."""
    marks = {QColor(theme.mark_bg).name() for theme in (LIGHT, DARK)}
    found = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().color().name() in marks:
                found.append(fragment.text())
            it += 1
        block = block.next()
    return found


def test_enter_without_moving_opens_the_first_result(qtbot, window: MainWindow):
    window.focus_search()
    type_search(qtbot, window, "asyl")
    with qtbot.waitSignal(window.sig_entry_shown):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.windowTitle() == "Asylum and Protection — Field Reference"


def test_alt_left_and_right_walk_history(qtbot, window: MainWindow):
    window.open_location(Location("entry", "research"))
    window.open_location(Location("entry", "integration"))
    assert window.windowTitle().startswith("Integration —")
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    assert window.windowTitle().startswith("Research —")
    qtbot.keyClick(window, Qt.Key.Key_Right, ALT)
    assert window.windowTitle().startswith("Integration —")


def test_escape_clears_then_returns_to_tree(qtbot, window: MainWindow):
    window.focus_search()
    type_search(qtbot, window, "border")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert not window.results.isVisible()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.tree.hasFocus()


def test_slash_and_escape_focus_search_from_the_entry(qtbot, window: MainWindow):
    for key in (Qt.Key.Key_Slash, Qt.Key.Key_Escape):  # F6 is the pane cycle (test_reading_flow)
        window.entry_view.setFocus()
        qtbot.keyClick(window.entry_view, key)
        assert window.search_box.hasFocus()


def test_palette_runs_an_action(qtbot, window: MainWindow):
    before = window.zoom()
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    edit = QApplication.focusWidget()
    assert isinstance(edit, QLineEdit) and edit is not window.search_box
    qtbot.keyClicks(edit, "zoom in")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.zoom() == before + 10)


def test_zoom_shortcuts(qtbot, window: MainWindow):
    window.open_location(Location("entry", "about"))
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert window.zoom() == 110
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert window.zoom() == 90
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert window.zoom() == 100


def test_ctrl_b_hides_and_shows_the_tree(qtbot, window: MainWindow):
    assert window.tree_panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    assert not window.tree_panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    assert window.tree_panel.isVisible()


def test_find_in_entry(qtbot, window: MainWindow):
    window.open_location(Location("entry", "border-management"))
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(QApplication.focusWidget(), "border")
    assert window.entry_view.textCursor().selectedText().lower() == "border"
    first = window.entry_view.textCursor().position()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.entry_view.textCursor().position() > first
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.entry_view.textCursor().position() == first


def test_tree_selection_opens_entries_and_regions(qtbot, window: MainWindow):
    window.tree.setFocus()
    index = window.tree_model.first_index_of("nigeria", NodeKind.REGION)
    window.tree.setCurrentIndex(index)
    assert window.windowTitle() == "Nigeria — Field Reference"
    assert "College of Practical Skills" in window.entry_view.toPlainText()
    assert "Nigeria" in window.breadcrumb.text()


def test_internal_links_navigate(qtbot, window: MainWindow):
    window.open_location(Location("entry", "private-sector"))
    with qtbot.waitSignal(window.sig_entry_shown):
        window.entry_view.anchorClicked.emit(QUrl("entry:suprem"))
    assert window.windowTitle() == "SUPREM — Field Reference"


def test_punctuation_storm_never_breaks_search(qtbot, window: MainWindow):
    window.focus_search()
    storm = (string.punctuation * 10)[:300]
    qtbot.keyClicks(window.search_box, storm)
    assert window.search_box.text() == storm[: len(window.search_box.text())]
    qtbot.wait(50)
    window.search_box.setText("border")
    qtbot.waitUntil(lambda: window.results_model.rowCount() > 0, timeout=10_000)


def test_tab_order_reaches_every_pane(qtbot, window: MainWindow):
    window.focus_search()
    type_search(qtbot, window, "border")
    seen = []
    for _ in range(7):
        seen.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    # the documented cycle (mainwindow/room.py), back to the search box
    assert seen == [
        "searchBox",
        "results",
        "entryView",
        "notesEditor",
        "grouping",
        "tree",
        "searchBox",
    ]


def test_state_is_restored_on_next_start(qtbot, gui_paths: AppPaths):
    first, backend = open_window(qtbot, gui_paths)
    first.open_location(Location("entry", "migration-health"))
    first.set_zoom(130)
    first.set_grouping("az")
    first.close()
    backend.close()
    second, backend2 = open_window(qtbot, gui_paths)
    try:
        qtbot.waitUntil(lambda: second.windowTitle().startswith("Migration and Health"))
        assert second.zoom() == 130
        assert second.grouping.currentData() == "az"
    finally:
        second.close()
        backend2.close()


def test_shortcut_overrides_from_the_settings_file(qtbot, gui_paths: AppPaths):
    gui_paths.user_dir.mkdir(parents=True, exist_ok=True)
    gui_paths.shortcuts_file.write_text('[shortcuts]\nfocus_search = ["Ctrl+E"]\n')
    window, backend = open_window(qtbot, gui_paths)
    try:
        window.entry_view.setFocus()
        qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
        assert window.search_box.hasFocus()
        assert "Ctrl+E" in window.actions_.action("focus_search").toolTip()
    finally:
        window.close()
        backend.close()


def test_every_interactive_widget_has_an_accessible_name(window: MainWindow):
    for widget in (
        window.search_box,
        window.results,
        window.tree,
        window.grouping,
        window.entry_view,
        window.breadcrumb,
        window.progress,
    ):
        assert widget.accessibleName(), widget.objectName()


def test_missing_catalogue_fails_with_one_clear_line(qtbot, tmp_path: Path):
    from desktop_app.app import how_to_fix
    from desktop_app.paths import resolve_paths

    paths = resolve_paths(data_dir=tmp_path / "empty")
    message = load(qtbot, paths)
    assert isinstance(message, str)
    assert "catalogue not found" in message and "\n" not in message
    assert "make build" in how_to_fix(message)
