"""File › Import Notes and Bookmarks, run off the GUI thread with a progress bar.

A 100k-note handover took 44 s in one transaction and froze the window for all of it. The import
now runs on a TaskRunner pool thread; the status bar shows a busy bar, with numbers when the core
`import_handover` accepts a `progress` callback (it is called with or without one, so this works
before and after the core gains it). The result, or the exception, arrives on the GUI thread.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar

from desktop_app.workers import TaskRunner

if TYPE_CHECKING:
    from db.userstore import UserStore

Step = Callable[..., None]


def accepts_progress(function: Callable[..., object]) -> bool:
    """True when the core import takes a `progress` keyword (added by a later core change)."""
    try:
        return "progress" in inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False


def run_import(store: UserStore, path: Path, step: Step) -> object:
    """The core import, on the worker thread; looked up at call time so tests can replace it."""
    from db import userstore

    function = userstore.import_handover
    if accepts_progress(function):
        return function(store, path, progress=step)
    return function(store, path)


class _Steps(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    sig_step = Signal(int, int)

    def throttled(self) -> Step:
        """A callback for the worker that emits only when the shown percentage changes, so a
        100k-item import queues about a hundred events rather than a hundred thousand."""
        last = [-1]

        def step(done: int = 0, total: int = 0, *_rest: object) -> None:
            if total <= 0:
                return  # no numbers to show: the bar stays busy
            shown = done * 100 // total
            if shown != last[0]:
                last[0] = shown
                self.sig_step.emit(int(done), int(total))

        return step


class HandoverImporter(QObject):
    """Signals:
    sig_finished(object): the ImportReport, or the exception the import raised.
    """

    sig_finished = Signal(object)
    """The import ended: an ImportReport or the exception (shown by the caller)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = TaskRunner(self)
        self._busy = False
        self._steps = _Steps(self)
        self._steps.sig_step.connect(self._on_step)
        self.bar = QProgressBar(window)
        self.bar.setObjectName("handoverImportProgress")
        self.bar.setMaximumWidth(200)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.hide()
        window.statusBar().addPermanentWidget(self.bar)

    def busy(self) -> bool:
        return self._busy

    def start(self, store: UserStore, path: Path) -> None:
        """Begin importing path into store; sig_finished follows on the GUI thread."""
        self._busy = True
        self.bar.setRange(0, 0)  # busy until the core reports numbers (if it ever does)
        self.bar.show()
        self._window.statusBar().showMessage(
            self.tr("Importing notes and bookmarks from %s…") % path
        )
        step = self._steps.throttled()
        self._tasks.submit(lambda: run_import(store, path, step), self._done)

    def wait(self) -> None:
        """Let a running import finish (on close): it is one transaction, and the officer
        asked for it; closing the store under it would throw the work away."""
        self._tasks.wait()

    def _on_step(self, done: int, total: int) -> None:
        if self._busy and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _done(self, result: object) -> None:
        self._busy = False
        self.bar.hide()
        self._window.statusBar().clearMessage()
        self.sig_finished.emit(result)
