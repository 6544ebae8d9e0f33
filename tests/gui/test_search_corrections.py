"""The correction line tells the truth and hands the typed words back, from the keyboard:
"Showing results for … — search instead for …" (Tab + Space, or Alt+I), "No entry names Syria"
with its region offered first, and a region hit opens the region page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location


def type_search(qtbot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.sig_search_done, timeout=10_000):
        qtbot.keyClicks(window.search_box, text)


def test_search_instead_runs_the_typed_words_from_the_keyboard(qtbot, window: MainWindow):
    window.focus_search()
    type_search(qtbot, window, "bordr managment")
    line = window.searching.correction
    assert line.isVisible()
    assert line.text() == (
        "Showing results for “border management” — search instead for “bordr managment”"
    )
    assert window.results_model.hit(0).slug == "border-management"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Tab)
    assert line.instead.hasFocus()
    with qtbot.waitSignal(window.sig_search_done, timeout=10_000) as done:
        qtbot.keyClick(line.instead, Qt.Key.Key_Space)
    assert done.args[0].corrected is None
    assert not line.isVisible()  # the typed words found entries of their own: nothing to say
    assert window.search_box.text() == "bordr managment"
    assert window.search_box.hasFocus()  # back in the box, ready to edit the words


def test_alt_i_is_the_buttons_shortcut(qtbot, window: MainWindow):
    window.focus_search()
    type_search(qtbot, window, "asylm")
    line = window.searching.correction
    assert line.instead.isVisible()
    assert line.instead.shortcut().toString() == "Alt+I"


def test_editing_the_words_after_search_instead_corrects_again(qtbot, window: MainWindow):
    window.focus_search()
    type_search(qtbot, window, "trafiking")
    with qtbot.waitSignal(window.sig_search_done, timeout=10_000):
        window.searching.correction.instead.click()
    assert not window.searching.correction.instead.isVisible()
    with qtbot.waitSignal(window.sig_search_done, timeout=10_000) as done:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)
    assert done.args[0].corrected == "trafficking"  # "trafikin": a new query, corrected again
    assert window.searching.correction.instead.isVisible()


def test_a_country_no_entry_names_says_so_and_offers_its_region(qtbot, window: MainWindow):
    window.focus_search()
    type_search(qtbot, window, "Syria")
    line = window.searching.correction
    assert line.text() == "No entry names “Syria”. The region that contains it:"
    assert not line.instead.isVisible()
    first = window.results_model.hit(0)
    assert (first.kind, first.slug) == ("region", "middle-east")
    with qtbot.waitSignal(window.reading.sig_shown, timeout=10_000) as shown:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert shown.args[0] == Location("region", "middle-east")
