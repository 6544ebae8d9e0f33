"""Watchers that notice when the machine, or one of its virtual CPUs, stalls (for the GUI-lag
benchmark).

This machine is a shared virtual one: now and then the hypervisor takes a virtual CPU away for
tens of milliseconds (the "steal" column of /proc/stat grows), and a GUI-thread probe cannot
tell such a stall from its own work. So one small process per CPU, pinned to it, sleeps 1 ms at
a time and writes down every gap longer than `GAP_MS` on the same monotonic clock
(`time.perf_counter` is CLOCK_MONOTONIC on Linux). A late probe tick that overlaps such a gap
may have been the machine's, not the app's.
"""

from __future__ import annotations

import os
import subprocess
import sys

GAP_MS = 8.0
_WATCH = """
import os, sys, time
os.sched_setaffinity(0, {{int(sys.argv[1])}})
last = time.perf_counter()
while True:
    time.sleep(0.001)
    now = time.perf_counter()
    if (now - last) * 1000 > {gap}:
        print(f"{{last:.6f}} {{now:.6f}}", flush=True)
    last = now
"""


def _cpus() -> list[int]:
    return sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else [0]


class MachineWatch:
    """Started before the probe, stopped after it; `stalls` holds (start, end) in seconds."""

    def __init__(self) -> None:
        self.stalls: list[tuple[float, float]] = []
        self._processes: list[subprocess.Popen[str]] = []

    def start(self) -> None:
        code = _WATCH.format(gap=GAP_MS)
        self._processes = [
            subprocess.Popen(
                [sys.executable, "-c", code, str(cpu)], stdout=subprocess.PIPE, text=True
            )
            for cpu in _cpus()
        ]

    def stop(self) -> None:
        for process in self._processes:
            process.terminate()
            out, _err = process.communicate(timeout=10)
            for line in out.splitlines():
                start, _sep, end = line.partition(" ")
                try:
                    self.stalls.append((float(start), float(end)))
                except ValueError:
                    continue
        self._processes = []

    def explains(self, start: float, end: float, late_ms: float) -> bool:
        """Whether a CPU stood still for at least half of this late tick."""
        return any((min(end, b) - max(start, a)) * 1000 >= late_ms / 2 for a, b in self.stalls)
