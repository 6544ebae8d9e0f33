"""The one way the GUI does disk work: run a plain function on a worker, deliver on the GUI thread.

In the spirit of Anki's `CollectionOp`/`QueryOp`: a call site is one line,

    ops.run(lambda: library.save_note(slug, text), on_success=pane.saved, lane="store")

and the function runs on a pool thread while the officer keeps typing. Its return value reaches
`on_success` on the GUI thread; an exception reaches `on_failure` (if given and it returns True
the failure is handled) or else the one user-facing error path, `sig_failed`, which the
composition root connects to the window. Nothing here knows what the work is.

Lanes keep order where order matters: every job of one lane runs on that lane's single thread, in
submission order (all user-store writes share the "store" lane, so a note saved twice is saved in
order). `run_latest` is for work where only the newest request matters (search as you type): a
job still waiting in its lane is replaced by a newer one with the same key, and a result that
arrives after a newer request was made is dropped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.i18n.errors import said

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


@dataclass(eq=False)
class _Job:
    fn: Callable[..., Any]
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], bool] | None
    progress: Progress | None
    key: str | None = None
    generation: int = 0
    cancelled: bool = False
    result: Any = None
    error: BaseException | None = None
    lane: str = "default"


class _Bridge(QObject):
    """Lives on the GUI thread: queued emissions from workers land here."""

    finished = Signal(object)
    progressed = Signal(object, str, int, int)


class _Runnable(QRunnable):
    def __init__(self, job: _Job, bridge: _Bridge) -> None:
        super().__init__()
        self._job = job
        self._bridge = bridge

    def run(self) -> None:
        job = self._job
        if job.cancelled:  # superseded while waiting: skip the work, still report back
            self._bridge.finished.emit(job)
            return
        try:
            if job.progress is not None:
                job.result = job.fn(
                    lambda message, done, total: self._bridge.progressed.emit(
                        job, message, done, total
                    )
                )
            else:
                job.result = job.fn()
        except BaseException as exc:  # delivered to the GUI thread; never lost on a worker
            job.error = exc
        self._bridge.finished.emit(job)


class Operations(QObject):
    """Runs jobs in named lanes on worker threads and hands results back on the GUI thread.

    Signals:
        sig_failed(str): a job failed and its caller did not handle it: one line for the officer.
        sig_busy(bool): some lane has work running or waiting (for a busy indicator).
    """

    sig_failed = Signal(str)
    """A failure nobody handled: one line for the one user-facing error path."""
    sig_busy = Signal(bool)
    """True when the first job starts, False when the last one has been delivered."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Not a child: a worker still running when this object is deleted (a dialog closed with
        # its own Operations) emits on the bridge; as a child it would already be gone (a
        # "Signal source has been deleted" error, or a crash in a race). Every runnable holds a
        # reference, so it lives until the last one has reported; its slot here is then gone.
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver)
        self._bridge.progressed.connect(self._progress)
        self._lanes: dict[str, QThreadPool] = {}
        self._latest: dict[tuple[str, str], _Job] = {}
        self._lock = threading.Lock()
        self._outstanding = 0
        self._closed = False

    def run(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None = None,
        *,
        on_failure: Callable[[BaseException], bool] | None = None,
        progress: Progress | None = None,
        lane: str = "default",
    ) -> None:
        """Run `fn()` (or `fn(report)` when `progress` is given) on `lane`'s worker thread."""
        self._submit(_Job(fn, on_success, on_failure, progress, lane=lane))

    def run_latest(
        self,
        key: str,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        *,
        lane: str = "latest",
    ) -> None:
        """Like `run`, but only the newest job per key counts: an older one still waiting is
        skipped, and an older one already running is delivered to nobody."""
        job = _Job(fn, on_success, None, None, key=key, lane=lane)
        with self._lock:
            previous = self._latest.get((lane, key))
            if previous is not None:
                previous.cancelled = True
                job.generation = previous.generation + 1
            self._latest[(lane, key)] = job
        self._submit(job)

    def busy(self) -> bool:
        """Whether a job is running, waiting, or not yet delivered (what `sig_busy` last said)."""
        return self._outstanding > 0

    def wait(self, msecs: int = -1) -> bool:
        """Block until every lane is idle (tests, shutdown); delivery needs the event loop."""
        return all(pool.waitForDone(msecs) for pool in self._lanes.values())

    def close(self, msecs: int = 30_000) -> None:
        """Drop waiting jobs, let running ones finish, deliver nothing more."""
        self._closed = True
        for pool in self._lanes.values():
            pool.clear()
            pool.waitForDone(msecs)

    def _submit(self, job: _Job) -> None:
        if self._closed:
            return
        pool = self._lanes.get(job.lane)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
            pool.setObjectName(f"ops-{job.lane}")
            self._lanes[job.lane] = pool
        self._outstanding += 1
        if self._outstanding == 1:
            self.sig_busy.emit(True)
        pool.start(_Runnable(job, self._bridge))

    @Slot(object, str, int, int)
    def _progress(self, job: _Job, message: str, done: int, total: int) -> None:
        if not (self._closed or job.cancelled) and job.progress is not None:
            job.progress(message, done, total)

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        self._outstanding -= 1
        if self._outstanding == 0:
            self.sig_busy.emit(False)
        if self._closed or job.cancelled:
            return
        if job.key is not None:
            with self._lock:
                if self._latest.get((job.lane, job.key)) is job:
                    del self._latest[(job.lane, job.key)]
        if job.error is None:
            if job.on_success is not None:
                job.on_success(job.result)
            return
        if job.on_failure is not None and job.on_failure(job.error):
            return
        self.sig_failed.emit(said(job.error))
