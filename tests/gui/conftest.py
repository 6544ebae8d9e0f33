"""A real main window over a real (copied) catalogue, loaded the way app.py loads it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.app import make_window
from desktop_app.library import Library
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.paths import AppPaths, resolve_paths
from desktop_app.workers import LoadWorker


def load_backend(qtbot, paths: AppPaths) -> Library:
    loader = LoadWorker(paths)
    with qtbot.waitSignal(loader.sig_ready, timeout=60_000) as blocker:
        loader.run()
    return blocker.args[0]


def open_window(qtbot, paths: AppPaths) -> tuple[MainWindow, Library]:
    window, _problems = make_window(QApplication.instance(), paths)
    qtbot.addWidget(window)
    backend = load_backend(qtbot, paths)
    window.show()
    qtbot.waitExposed(window)
    window.set_backend(backend)
    qtbot.waitUntil(lambda: window.tree_model.rowCount() > 0, timeout=10_000)
    return window, backend


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
