"""The one background-operation helper: results on the GUI thread, failures to one path."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from db.errors import CatalogueError
from desktop_app.operations import Operations


@pytest.fixture
def ops(qtbot):
    runner = Operations()
    yield runner
    runner.close()


def test_success_is_delivered_on_the_gui_thread(qtbot, ops: Operations):
    gui = QThread.currentThread()
    seen: list[tuple[int, bool]] = []
    worker_threads: list[bool] = []

    def work() -> int:
        worker_threads.append(QThread.currentThread() is gui)
        return 42

    ops.run(work, lambda value: seen.append((value, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: seen == [(42, True)])
    assert worker_threads == [False]


def test_an_unhandled_failure_reaches_the_one_error_path_as_one_line(qtbot, ops: Operations):
    def fail() -> None:
        raise CatalogueError("notes.sqlite: the disk is full")

    with qtbot.waitSignal(ops.sig_failed) as failed:
        ops.run(fail, lambda _v: pytest.fail("no success expected"))
    assert failed.args == ["notes.sqlite: the disk is full"]


def test_a_bug_is_logged_and_shown_without_a_traceback(qtbot, ops: Operations, caplog):
    with qtbot.waitSignal(ops.sig_failed) as failed:
        ops.run(lambda: {}["missing"])
    assert failed.args[0].startswith("Something went wrong (KeyError: 'missing')")
    assert "\n" not in failed.args[0]
    assert any(r.exc_info for r in caplog.records)
    caplog.clear()  # the suite's strict logging must not count this deliberate error


def test_a_handled_failure_does_not_reach_the_error_path(qtbot, ops: Operations):
    handled: list[str] = []

    def on_failure(exc: BaseException) -> bool:
        handled.append(str(exc))
        return True

    with qtbot.assertNotEmitted(ops.sig_failed, wait=100):
        ops.run(lambda: 1 / 0, on_failure=on_failure)
        qtbot.waitUntil(lambda: handled == ["division by zero"])


def test_one_lane_keeps_submission_order(qtbot, ops: Operations):
    gate = threading.Event()
    order: list[int] = []
    ops.run(gate.wait, lane="store")
    for n in range(5):
        ops.run(lambda n=n: order.append(n), lane="store")
    gate.set()
    qtbot.waitUntil(lambda: order == [0, 1, 2, 3, 4])


def test_run_latest_delivers_only_the_newest(qtbot, ops: Operations):
    gate = threading.Event()
    ran: list[str] = []
    delivered: list[str] = []

    def job(text: str):
        def work() -> str:
            if text == "t":
                gate.wait(5)
            ran.append(text)
            return text

        return work

    for text in ("t", "tr", "tra", "traf"):
        ops.run_latest("search", job(text), delivered.append)
    gate.set()
    qtbot.waitUntil(lambda: delivered == ["traf"])
    assert "tr" not in ran and "tra" not in ran  # superseded while waiting: never run


def test_progress_reaches_the_gui_thread(qtbot, ops: Operations):
    gui = QThread.currentThread()
    steps: list[tuple[str, int, int, bool]] = []

    def work(report) -> str:
        for done in range(3):
            report("importing", done, 2)
        return "ok"

    results: list[str] = []
    ops.run(
        work,
        results.append,
        progress=lambda m, d, t: steps.append((m, d, t, QThread.currentThread() is gui)),
    )
    qtbot.waitUntil(lambda: results == ["ok"])
    assert steps == [("importing", n, 2, True) for n in range(3)]


def test_busy_signal_brackets_the_work(qtbot, ops: Operations):
    states: list[bool] = []
    ops.sig_busy.connect(states.append)
    done: list[int] = []
    ops.run(lambda: 1, done.append)
    ops.run(lambda: 2, done.append)
    qtbot.waitUntil(lambda: done == [1, 2] and states[-1] is False)
    assert states == [True, False]


def test_nothing_is_delivered_after_close(qtbot, ops: Operations):
    gate = threading.Event()
    delivered: list[int] = []
    ops.run(lambda: gate.wait(5) and 1, delivered.append, lane="slow")
    ops.run(lambda: 2, delivered.append, lane="slow")
    gate.set()
    ops.close()
    qtbot.wait(50)
    assert delivered == []


DELETED_WHILE_RUNNING = """
import os, threading
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from desktop_app.operations import Operations
app = QCoreApplication([])
gate, started = threading.Event(), threading.Event()
def work():
    started.set()
    gate.wait(5)
    return 1
ops = Operations()
ops.run(work, print)
started.wait(5)
threading.Timer(0.2, gate.set).start()
shiboken6.delete(ops)
loop = QEventLoop()
QTimer.singleShot(500, loop.quit)
loop.exec()
print("survived")
"""


def test_deleting_it_while_a_job_runs_is_harmless():
    """A dialog closed with its own Operations while a job still ran: the worker reported to a
    deleted bridge ("Signal source has been deleted"; in a race, a crash of the test run)."""
    import subprocess
    import sys

    from tests.helpers import REPO

    done = subprocess.run(
        [sys.executable, "-c", DELETED_WHILE_RUNNING],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.strip() == "survived", done.stderr[-400:]
    assert "deleted" not in done.stderr, done.stderr[-400:]
