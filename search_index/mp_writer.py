"""Whoosh's two-process writer, made safe to leave: workers die with the builder and stay quiet.

Whoosh's MpWriter starts plain child processes that wait on a job queue. Killed with -9 during a
build, the parent left them waiting forever (orphans holding the index folder); a full disk made
each of them print its own traceback into the officer's terminal (~40 lines), and a worker that
died left the parent blocked on a full job queue. Here every worker asks the kernel to kill it
when the builder goes (Linux), or watches for that itself (other POSIX systems), sends its failure
home as one (errno, line) pair instead of printing it, and the parent checks that its workers
are alive whenever it would otherwise wait on them.

One writer process is simpler, but on the 2-core reference machine the second process cuts the
100k-entry build noticeably (figures in the issue 10 report); the guard keeps that speed-up.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import pickle
import queue
import signal
import sys
import threading
from multiprocessing import Queue
from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.util import random_name
from whoosh.writing import SegmentWriter

PR_SET_PDEATHSIG = 1
PUT_WAIT_S = 0.5
STOP_WAIT_S = 5.0


class WorkerFailed(OSError):
    """An indexing worker stopped; carries its errno (a full disk reads as a full disk)."""


def _die_with_parent(parent: int) -> None:
    """Make this worker end when the builder process ends, however it ends (kill -9 included)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    elif hasattr(os, "getppid"):

        def watch() -> None:
            while os.getppid() == parent:
                threading.Event().wait(1.0)
            os._exit(1)

        threading.Thread(target=watch, name="parent-watch", daemon=True).start()
    if hasattr(os, "getppid") and os.getppid() != parent:  # the builder died before prctl
        os._exit(1)


def _silence() -> None:
    """Nothing a worker prints may reach the terminal: its failure travels home as one line."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as we do


class _GuardedTask(SubWriterTask):
    def __init__(self, *args: Any, errors: Queue, parent: int) -> None:
        super().__init__(*args)
        self.daemon = True  # ended by the builder's own exit, too
        self._errors = errors
        self._parent = parent

    def run(self) -> None:
        _die_with_parent(self._parent)
        _silence()
        try:
            super().run()
        except BaseException as exc:  # every failure goes home as one line
            code = exc.errno if isinstance(exc, OSError) else None
            text = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            with contextlib.suppress(Exception):
                self._errors.put((code, text), timeout=STOP_WAIT_S)
            sys.exit(1)


class GuardedMpWriter(MpWriter):
    """MpWriter whose workers cannot outlive it, print, or leave it waiting for ever."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        # one segment per worker: _commit below implements only that (whoosh's merge path waits
        # on the workers' run files, which a dead worker never writes)
        super().__init__(ix, **dict(kwargs, multisegment=True))
        self._errors: Queue = Queue()

    def _new_task(self) -> _GuardedTask:
        task = _GuardedTask(
            self.storage,
            self.indexname,
            self.jobqueue,
            self.resultqueue,
            self.subargs,
            self.multisegment,
            errors=self._errors,
            parent=os.getpid(),
        )
        self.tasks.append(task)
        task.start()
        return task

    def _check_workers(self) -> None:
        """Raise the first worker failure; whoosh would wait for, or silently drop, its work."""
        dead = [task.exitcode for task in self.tasks if task.exitcode not in (None, 0)]
        try:  # a dead worker sent its reason before exiting: give the pipe a moment to show it
            code, text = (
                self._errors.get(timeout=STOP_WAIT_S) if dead else self._errors.get_nowait()
            )
        except queue.Empty:
            if dead:
                raise WorkerFailed(
                    None, f"an indexing worker stopped (exit code {dead[0]})"
                ) from None
        else:
            raise WorkerFailed(code, f"indexing worker failed: {text}")

    def _put(self, item: object) -> None:
        while True:
            self._check_workers()
            try:
                self.jobqueue.put(item, timeout=PUT_WAIT_S)
                return
            except queue.Full:
                continue

    def _enqueue(self) -> None:
        filename = f"{random_name()}.doclist"
        with self.temp_storage().create_file(filename).raw_file() as handle:
            for item in self.docbuffer:
                pickle.dump(item, handle, 2)
        length = len(self.docbuffer)
        if len(self.tasks) < self.procs:
            self._new_task()
        self._put((filename, length))
        self.docbuffer = []

    def _commit(self, mergetype: Any, optimize: Any, merge: Any) -> None:
        if self.docbuffer:
            self._enqueue()
        for _task in self.tasks:
            self._put(None)
        finalsegments = self._merge_segments(mergetype, optimize, merge)
        results = [self._result() for _task in self.tasks]  # read before join: no pipe deadlock
        for task in self.tasks:
            task.join()
        finalsegments += [segment for _run, _names, segment in results]
        if self._added:
            finalsegments.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(finalsegments)
        self._finish()

    def _result(self) -> Any:
        """The next worker's finished segment, checking between waits that none has died."""
        while True:
            self._check_workers()
            try:
                return self.resultqueue.get(timeout=PUT_WAIT_S)
            except queue.Empty:
                continue

    def cancel(self) -> None:
        """Stop the workers now: whoosh's cancel only flips a flag in the parent's copy."""
        try:
            for task in self.tasks:
                if task.is_alive():
                    task.terminate()
            for task in self.tasks:
                task.join(STOP_WAIT_S)
        finally:
            self._release_queues()
            SegmentWriter.cancel(self)

    def _release_queues(self) -> None:
        """Jobs queued for a worker that is gone will never be read: without this, the
        queue's feeder thread keeps the whole process from exiting (it hung a test run)."""
        for pending in (self.jobqueue, self.resultqueue, self._errors):
            with contextlib.suppress(Exception):
                pending.cancel_join_thread()
                pending.close()
