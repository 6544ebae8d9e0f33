"""At a start with a built index the window answers from the index's catalogue copy at once;
the store opens behind it and nothing the officer did meanwhile is lost."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

import desktop_app.library as library_module
from desktop_app.library import build_search_index
from desktop_app.paths import AppPaths
from desktop_app.reading.navigation import Location
from tests.gui.conftest import LOAD_TIMEOUT_MS, compose_window, open_window


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Holds the SQLite catalogue and the store back until the test lets them open."""
    opened = threading.Event()
    real = library_module.complete_library

    def held(library):
        opened.wait(30)
        return real(library)

    monkeypatch.setattr(library_module, "complete_library", held)
    return opened


def test_the_window_answers_before_the_store_opens_and_keeps_the_visit(
    qtbot, gui_paths: AppPaths, gate: threading.Event
):
    build_search_index(gui_paths, gui_paths.data_dir)
    window, controller, _ = compose_window(qtbot, gui_paths)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(controller.sig_started, timeout=LOAD_TIMEOUT_MS):
        controller.start()
    library = controller.library
    assert library is not None and library.completing and library.store is None
    assert not window.actions_.action("toggle_bookmark").isEnabled()

    window.focus_search()
    with qtbot.waitSignal(window.sig_search_done, timeout=10_000):
        qtbot.keyClicks(window.search_box, "border management")
    assert window.results_model.hit(0).slug == "border-management"
    with qtbot.waitSignal(window.sig_entry_shown, timeout=10_000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)

    gate.set()
    qtbot.waitUntil(lambda: not library.completing, timeout=LOAD_TIMEOUT_MS)
    assert library.store is not None
    assert window.actions_.action("toggle_bookmark").isEnabled()
    qtbot.waitUntil(lambda: bool(library.history_rows()), timeout=10_000)
    assert [row.slug for row in library.history_rows()] == ["border-management"]
    window.close()
    library.close()


def test_the_page_restored_at_start_gets_its_note_and_star_once_the_store_opens(
    qtbot, gui_paths: AppPaths, gate: threading.Event
):
    first, library = open_window(qtbot, gui_paths)  # builds the index; the gate is not used
    with qtbot.waitSignal(first.reading.sig_visited):
        first.open_location(Location("entry", "integration"))
    assert library.store is not None
    library.store.save_note("integration", "Ask the desk in Rabat first.")
    library.store.toggle_bookmark("integration")
    first.close()
    library.close()

    window, controller, _ = compose_window(qtbot, gui_paths)
    window.show()
    with qtbot.waitSignal(controller.sig_started, timeout=LOAD_TIMEOUT_MS):
        controller.start()
    qtbot.waitUntil(lambda: window.reading.current() == Location("entry", "integration"))
    assert not window.user.notes_controller.pane.isEnabled()  # nothing typed can be lost
    gate.set()
    qtbot.waitUntil(
        lambda: window.user.notes_controller.pane.text() == "Ask the desk in Rabat first.",
        timeout=LOAD_TIMEOUT_MS,
    )
    assert window.user.notes_controller.pane.isEnabled()
    qtbot.waitUntil(lambda: window.actions_.action("toggle_bookmark").isChecked())
    window.close()
    assert controller.library is not None
    controller.library.close()


def test_without_an_index_the_window_opens_everything_at_once(qtbot, gui_paths: AppPaths):
    window, controller, _ = compose_window(qtbot, gui_paths)
    window.show()
    with qtbot.waitSignal(controller.sig_started, timeout=LOAD_TIMEOUT_MS):
        controller.start()
    library = controller.library
    assert library is not None and not library.completing and library.store is not None
    window.close()
    library.close()
