"""A second process that notices when the whole machine stalls (for the GUI-lag benchmark).

This machine is a shared virtual one: now and then every process on it stops for tens of
milliseconds. A GUI-thread probe cannot tell such a stall from its own work, so this watcher
runs beside it in a process of its own, sleeping 1 ms at a time, and writes down every gap
longer than `GAP_MS` on the same monotonic clock (`time.perf_counter` is CLOCK_MONOTONIC on
Linux). A late probe tick that overlaps such a gap was the machine's, not the app's.
"""

from __future__ import annotations

import subprocess
import sys

GAP_MS = 8.0
_WATCH = """
import sys, time
last = time.perf_counter()
while True:
    time.sleep(0.001)
    now = time.perf_counter()
    if (now - last) * 1000 > {gap}:
        print(f"{{last:.6f}} {{now:.6f}}", flush=True)
    last = now
"""


class MachineWatch:
    """Started before the probe, stopped after it; `stalls` holds (start, end) in seconds."""

    def __init__(self) -> None:
        self.stalls: list[tuple[float, float]] = []
        self._process: subprocess.Popen[str] | None = None

    def start(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-c", _WATCH.format(gap=GAP_MS)],
            stdout=subprocess.PIPE,
            text=True,
        )

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        out, _err = self._process.communicate(timeout=10)
        for line in out.splitlines():
            start, _sep, end = line.partition(" ")
            try:
                self.stalls.append((float(start), float(end)))
            except ValueError:
                continue

    def explains(self, start: float, end: float, late_ms: float) -> bool:
        """Whether the machine stood still for at least half of this late tick."""
        overlap = sum(max(0.0, min(end, b) - max(start, a)) for a, b in self.stalls)
        return overlap * 1000 >= late_ms / 2
