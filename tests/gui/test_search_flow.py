"""Search as you type on the one background helper: failures reach the one error path, notes are
searched on the worker, stale results never land, and the empty box offers recent searches."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from desktop_app.library import Library
from desktop_app.mainwindow.main_window import MainWindow
from search_index import SearchIndex


def type_search(qtbot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.sig_search_done, timeout=10_000):
        qtbot.keyClicks(window.search_box, text)


def test_a_search_engine_failure_is_shown_as_a_failure_not_as_no_results(
    qtbot, window: MainWindow, monkeypatch, caplog
):
    def broken(self, *args, **kwargs):
        raise RuntimeError("the engine broke")

    monkeypatch.setattr(SearchIndex, "_search", broken)
    window.focus_search()
    type_search(qtbot, window, "nothing-cached-yet")
    assert "Search failed" in window.statusBar().currentMessage()
    assert "RuntimeError" in window.statusBar().currentMessage()
    assert "No results" not in window.status_results.text()
    assert window.correction.isHidden()  # never "No entries match …"
    caplog.clear()  # the engine logged the traceback on purpose


def test_an_unhandled_background_failure_reaches_the_status_bar(qtbot, window: MainWindow):
    with qtbot.waitSignal(window.ops.sig_failed):
        window.ops.run(lambda: 1 / 0)
    assert "ZeroDivisionError" in window.statusBar().currentMessage()


def test_my_notes_are_searched_on_the_worker_thread(qtbot, window: MainWindow, monkeypatch):
    library = window.library
    assert isinstance(library, Library) and library.store is not None
    library.store.save_note("research", "met the <b>zebrafinch</b> delegation")
    threads: list[bool] = []
    original = Library.note_hits

    def spy(self, query, known):
        threads.append(threading.current_thread() is threading.main_thread())
        return original(self, query, known)

    monkeypatch.setattr(Library, "note_hits", spy)
    window.actions_.action("search_notes").trigger()
    assert window.actions_.action("search_notes").isChecked()
    window.focus_search()
    type_search(qtbot, window, "zebrafinch")
    assert threads and not any(threads)
    hit = window.results_model.hit(0)
    assert hit.slug == "research"
    assert hit.snippet.startswith("My note: ")
    # the note's text is escaped, never markup; only the matched word is marked
    assert "&lt;b&gt;<mark>zebrafinch</mark>&lt;/b&gt;" in hit.snippet


def test_toggling_my_notes_searches_again(qtbot, window: MainWindow):
    window.library.store.save_note("research", "zebrafinch")
    window.focus_search()
    type_search(qtbot, window, "zebrafinch")
    assert window.results_model.rowCount() == 0
    with qtbot.waitSignal(window.sig_search_done, timeout=10_000):
        window.actions_.action("search_notes").trigger()
    assert window.results_model.rowCount() == 1


def test_a_result_for_a_cleared_box_is_dropped(qtbot, window: MainWindow):
    window.focus_search()
    window.search_box.setText("border")
    window.search_box.clear()  # before the search's result is delivered
    window.ops.wait()
    qtbot.wait(50)  # deliveries are queued: let them arrive
    assert window.results_model.rowCount() == 0
    assert not window.results.isVisible()


def _search_and_open(qtbot, window: MainWindow, text: str) -> None:
    window.search_box.clear()
    type_search(qtbot, window, text)
    with qtbot.waitSignal(window.sig_entry_shown):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)


def test_the_empty_box_offers_recent_searches(qtbot, window: MainWindow):
    window.focus_search()
    for text in ("asyl", "border"):
        _search_and_open(qtbot, window, text)
    window.focus_search()
    window.search_box.clear()
    popup = window.searching.recent.completer.popup()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    qtbot.waitUntil(popup.isVisible, timeout=10_000)
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["border", "asyl"]  # newest first
    assert popup.currentIndex().row() == 0
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.sig_search_done, timeout=10_000):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.search_box.text() == "asyl"
    assert not popup.isVisible()
    assert window.results_model.hit(0).slug == "asylum-protection"


def test_typing_never_pops_up_recent_searches(qtbot, window: MainWindow):
    window.focus_search()
    _search_and_open(qtbot, window, "asyl")
    window.focus_search()
    window.search_box.clear()
    popup = window.searching.recent.completer.popup()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    qtbot.waitUntil(popup.isVisible, timeout=10_000)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and window.search_box.text() == ""
    type_search(qtbot, window, "as")
    window.ops.wait()
    qtbot.wait(50)
    assert not window.searching.recent.completer.popup().isVisible()
