"""A real main window over a real (copied) catalogue, built and loaded the way app.py does it:
`compose()` (window + start-up controller + one Operations) and the controller's own start."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.app import compose
from desktop_app.boot.startup_controller import StartupController, open_in_background
from desktop_app.library import Library
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.operations import Operations
from desktop_app.paths import AppPaths, resolve_paths

LOAD_TIMEOUT_MS = 60_000


def compose_window(qtbot, paths: AppPaths) -> tuple[MainWindow, StartupController, list[str]]:
    """The app's composition, not started; the window's close ends its Operations."""
    ops = Operations()
    window, controller, problems = compose(QApplication.instance(), paths, ops)
    qtbot.addWidget(window)
    return window, controller, problems


def load(
    qtbot, paths: AppPaths, progress: Callable[[str, int, int], None] | None = None
) -> Library | str:
    """Open the library exactly as the start-up controller does: the Library, or the one line
    saying why it could not be opened."""
    ops = Operations()
    outcome: list[Library | str] = []
    try:
        open_in_background(ops, paths, outcome.append, outcome.append, progress)
        qtbot.waitUntil(lambda: bool(outcome), timeout=LOAD_TIMEOUT_MS)
    finally:
        ops.close()
    return outcome[0]


def load_backend(qtbot, paths: AppPaths) -> Library:
    library = load(qtbot, paths)
    assert isinstance(library, Library), library
    return library


def open_window(qtbot, paths: AppPaths) -> tuple[MainWindow, Library]:
    window, controller, _problems = compose_window(qtbot, paths)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(controller.sig_started, timeout=LOAD_TIMEOUT_MS):
        controller.start()
    qtbot.waitUntil(lambda: window.tree_model.rowCount() > 0, timeout=10_000)
    library = controller.library
    assert library is not None
    # a quick start (an index already built) opens the store behind the window: tests of notes,
    # bookmarks and history start once it is open (tests/gui/test_quick_start.py covers before)
    qtbot.waitUntil(lambda: not library.completing, timeout=LOAD_TIMEOUT_MS)
    return window, library


@pytest.fixture
def gui_paths(shipped_catalogue: Path, tmp_path: Path) -> AppPaths:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(shipped_catalogue, data / "catalogue.sqlite")
    return resolve_paths(data_dir=data)


@pytest.fixture
def window(qtbot, gui_paths: AppPaths) -> Iterator[MainWindow]:
    win, backend = open_window(qtbot, gui_paths)
    yield win
    win.close()
    backend.close()
