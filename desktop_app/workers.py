"""Background work with results delivered to the GUI thread by queued signals.

Opening the catalogue and the index (which may mean rebuilding it) and every search run off the
GUI thread, so the window paints at once and typing never waits for Whoosh. Only the newest
search request is ever run: a request that was superseded before the worker reached it is
dropped, and a result that arrives after a newer request was made is ignored by its generation.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from desktop_app.paths import AppPaths

if TYPE_CHECKING:  # imported by run() on the worker thread: SQLAlchemy and Whoosh cost
    # about half a second, which must not come before the window's first paint
    from search_index import SearchIndex


logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SearchRequest:
    generation: int
    text: str
    kind: str | None = None
    region: str | None = None
    limit: int = 50


class SearchWorker(QObject):
    """Runs the newest SearchRequest on its own thread.

    Signals:
        sig_result(int, object): generation and SearchResult of a finished search.
    """

    sig_result = Signal(int, object)
    """A search finished: (generation, SearchResult)."""
    _sig_wake = Signal()

    def __init__(self, index: SearchIndex) -> None:
        super().__init__()
        self._index = index
        self._lock = threading.Lock()
        self._pending: SearchRequest | None = None
        self._sig_wake.connect(self._run)

    def submit(self, request: SearchRequest) -> None:
        """Called on the GUI thread; replaces any request still waiting."""
        with self._lock:
            self._pending = request
        self._sig_wake.emit()

    @Slot()
    def _run(self) -> None:
        with self._lock:
            request, self._pending = self._pending, None
        if request is None:
            return
        try:
            result = self._index.search(
                request.text,
                limit=request.limit,
                kind=request.kind,
                region=request.region,
                facets=True,
            )
        except Exception:  # search never raises on text; this guards the thread itself
            from search_index import SearchResult

            result = SearchResult.empty(request.text)
        self.sig_result.emit(request.generation, result)


class LoadWorker(QObject):
    """Opens the library (catalogue, packs, index, user store) off the GUI thread, the same way
    every CLI command and test does (desktop_app.library.open_library).

    Signals:
        sig_progress(str, int, int): a message and done/total while the index is rebuilt.
        sig_ready(object): the open Library.
        sig_failed(str): one line saying what is wrong and how to fix it.
    """

    sig_progress = Signal(str, int, int)
    """Rebuild progress: (message, done, total)."""
    sig_ready = Signal(object)
    """Everything is open: the Library."""
    sig_failed = Signal(str)
    """Opening failed: a one-line message for a dialog."""

    def __init__(self, paths: AppPaths) -> None:
        super().__init__()
        self._paths = paths

    @Slot()
    def run(self) -> None:
        """Every failure ends in sig_failed with one line: a loader that raised would leave the
        window waiting for ever (the self-test timed out on a catalogue missing a table)."""
        from desktop_app.library import OpenOptions, one_line, open_library

        try:
            library = open_library(
                self._paths, OpenOptions(long_lived=True), progress=self.sig_progress.emit
            )
        except Exception as exc:  # the last line of defence for the window
            self.sig_failed.emit(one_line(exc))
            return
        self.sig_ready.emit(library)


def start_in_thread(worker: QObject, name: str) -> QThread:
    """Move worker to a new QThread (owned by the caller) and start it."""
    thread = QThread()
    thread.setObjectName(name)
    worker.moveToThread(thread)
    thread.start()
    return thread


class _TaskSignals(QObject):
    done = Signal(object, object)  # callback, result


class _Task(QRunnable):
    def __init__(
        self, fn: Callable[[], object], callback: Callable[[object], None], signals: _TaskSignals
    ) -> None:
        super().__init__()
        self._fn = fn
        self._callback = callback
        self._signals = signals

    def run(self) -> None:
        try:
            result: object = self._fn()
        except Exception as exc:  # delivered to the callback, which decides what to show
            result = exc
        self._signals.done.emit(self._callback, result)


class TaskRunner(QObject):
    """Runs plain-Python jobs (e.g. building a tree) on a pool thread; the callback runs on the
    GUI thread with the job's return value, or the exception it raised."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _TaskSignals()
        self._signals.done.connect(self._deliver)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def submit(self, fn: Callable[[], object], callback: Callable[[object], None]) -> None:
        self._pool.start(_Task(fn, callback, self._signals))

    def wait(self) -> None:
        self._pool.waitForDone()

    @Slot(object, object)
    def _deliver(self, callback: Callable[[object], None], result: object) -> None:
        callback(result)
