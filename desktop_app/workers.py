"""Background work with results delivered to the GUI thread by queued signals.

Opening the catalogue and the index (which may mean rebuilding it) and every search run off the
GUI thread, so the window paints at once and typing never waits for Whoosh. Only the newest
search request is ever run: a request that was superseded before the worker reached it is
dropped, and a result that arrives after a newer request was made is ignored by its generation.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

if TYPE_CHECKING:  # imported by run() on the worker thread: SQLAlchemy and Whoosh cost
    # about half a second, which must not come before the window's first paint
    from db import Catalogue
    from db.packs import ActiveCatalogue
    from db.userstore import UserStore
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


@dataclass(frozen=True, slots=True)
class Backend:
    catalogue: Catalogue
    index: SearchIndex
    store: UserStore | None = None
    store_message: str | None = None  # the officer must be told (moved-aside file, failure)
    # which installed content-pack version (if any) is open, its packs, and any fall-back reason
    content: ActiveCatalogue | None = None

    def close(self) -> None:
        self.index.close()
        self.catalogue.close()
        if self.store is not None:
            self.store.close()


class LoadWorker(QObject):
    """Opens the catalogue and the search index, rebuilding the index if it must.

    Signals:
        sig_progress(str, int, int): a message and done/total while the index is rebuilt.
        sig_ready(object): the Backend, ready to use.
        sig_failed(str): one line saying what is wrong and how to fix it.
    """

    sig_progress = Signal(str, int, int)
    """Rebuild progress: (message, done, total)."""
    sig_ready = Signal(object)
    """Everything is open: the Backend."""
    sig_failed = Signal(str)
    """Opening failed: a one-line message for a dialog."""

    def __init__(
        self,
        catalogue_file: Path,
        index_dir: Path,
        key_file: Path,
        synonyms_file: Path,
        user_dir: Path | None = None,
        *,
        content_dir: Path | None = None,
        prune_siblings: bool = False,
    ) -> None:
        """With `content_dir`, the active content-pack version is opened instead of the given
        (shipped) catalogue_file/index_dir when one is installed and passes its checks. With
        `prune_siblings` (portable mode), copies of the shipped index left under other tags
        (old drive letters) are removed once the current one is open."""
        super().__init__()
        self._prune_siblings = prune_siblings
        self._user_dir = user_dir
        self._content_dir = content_dir
        self._catalogue_file = catalogue_file
        self._index_dir = index_dir
        self._key_file = key_file
        self._synonyms_file = synonyms_file
        self._reason = ""

    @Slot()
    def run(self) -> None:
        """Every failure ends in sig_failed with one line: a loader that raised would leave the
        window waiting for ever (the self-test timed out on a catalogue missing a table)."""
        try:
            backend = self._load()
        except Exception as exc:  # the last line of defence for the window
            self.sig_failed.emit(_one_line(exc))
            return
        if backend is not None:
            self.sig_ready.emit(backend)

    def _load(self) -> Backend | None:
        from db import Catalogue, CatalogueError
        from search_index import SearchIndex

        content = None
        catalogue_file, index_dir = self._catalogue_file, self._index_dir
        if self._content_dir is not None:
            from db.packs import active_version

            content = active_version(self._content_dir, catalogue_file, index_dir)
            catalogue_file, index_dir = content.catalogue_file, content.index_dir
        try:
            catalogue = Catalogue.open(catalogue_file)
        except CatalogueError as exc:
            self.sig_failed.emit(str(exc))
            return None
        try:
            index = SearchIndex.open(
                index_dir,
                catalogue,
                self._key_file,
                synonyms_file=self._synonyms_file,
                on_rebuild=self._on_rebuild,
                progress=self._on_progress,
            )
        except BaseException:
            catalogue.close()
            raise
        try:
            catalogue.entries()  # warm the cache here rather than on the first keystroke
        except BaseException:
            index.close()
            catalogue.close()
            raise
        if self._prune_siblings and index_dir == self._index_dir and not index.temporary_because:
            from desktop_app.paths import prune_stale_indexes

            try:
                prune_stale_indexes(index_dir, catalogue.info.content_sha256)
            except Exception:  # tidying up must never stop the app opening
                logger.exception("could not prune old index folders beside %s", index_dir)
        # The catalogue and index live as long as the window: move them out of the collector's
        # view, or each full collection over a 100k-entry heap freezes typing for ~100 ms.
        gc.collect()
        gc.freeze()
        store, message = self._open_store()
        return Backend(catalogue, index, store, message, content)

    def _open_store(self) -> tuple[UserStore | None, str | None]:
        """The officer's notes; a failure here must not stop them reading the catalogue."""
        if self._user_dir is None:
            return None, None
        from db.userstore import UserStore

        try:
            store = UserStore.open(self._user_dir, shared_across_threads=True)
        except Exception as exc:  # UserStoreError, or anything a foreign file provokes
            return None, f"Your notes and bookmarks are unavailable: {_one_line(exc)}"
        if store.recovery is not None:
            return store, (
                f"Your notes file was damaged ({store.recovery.reason}). It was moved "
                f"to {store.recovery.moved_to} and a new one was started."
            )
        return store, None

    def _on_rebuild(self, reason: str) -> None:
        self._reason = reason
        self.sig_progress.emit(reason, 0, 0)

    def _on_progress(self, done: int, total: int) -> None:
        self.sig_progress.emit(self._reason, done, total)


def _one_line(exc: BaseException) -> str:
    """A person-readable line: our own errors as they are; anything else named by its type,
    with the traceback in the log (stderr by default) for whoever investigates."""
    from db import CatalogueError

    lines = str(exc).strip().splitlines()
    first = lines[0] if lines else ""
    if isinstance(exc, CatalogueError) and first:
        return first
    if isinstance(exc, OSError) and exc.strerror:  # the environment, not a bug: no traceback
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    logger.error("unexpected failure while opening the catalogue", exc_info=exc)
    detail = f": {first}" if first else ""
    return f"unexpected {type(exc).__name__}{detail} (details in the log)"


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
