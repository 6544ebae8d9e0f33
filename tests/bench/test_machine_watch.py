"""The lag benchmark's second process: it sees a stall of its own and says which late ticks a
stall explains (no timing budget is asserted here)."""

from __future__ import annotations

import os
import signal
import time

from tests.bench.machine_watch import MachineWatch


def test_a_stopped_watcher_reports_the_gap():
    watch = MachineWatch()
    watch.start()
    try:
        time.sleep(0.3)  # the interpreter is up and watching
        assert watch._processes  # one per CPU
        first = watch._processes[0].pid
        os.kill(first, signal.SIGSTOP)  # as if its CPU stood still
        time.sleep(0.15)
        os.kill(first, signal.SIGCONT)
        time.sleep(0.1)
    finally:
        watch.stop()
    assert any(end - start >= 0.1 for start, end in watch.stalls), watch.stalls


def test_a_late_tick_is_the_machines_only_if_the_stall_covers_half_of_it():
    watch = MachineWatch()
    watch.stalls = [(10.000, 10.030)]
    assert watch.explains(10.000, 10.040, late_ms=35.0)  # 30 of 35 ms
    assert not watch.explains(10.025, 10.060, late_ms=30.0)  # 5 of 30 ms
    assert not watch.explains(11.0, 11.05, late_ms=45.0)  # another moment
