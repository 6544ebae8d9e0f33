"""How long since this process started — the honest base for start-up timings.

On Linux the kernel knows when the process was created, so interpreter start-up and imports are
included; elsewhere we fall back to the moment this module was imported (the launcher imports it
first thing).
"""

from __future__ import annotations

import os
import time

_IMPORTED = time.perf_counter()


def process_age_ms() -> float:
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])
        ticks = os.sysconf("SC_CLK_TCK")
        uptime = time.clock_gettime(time.CLOCK_BOOTTIME)
        return max(0.0, (uptime - started_ticks / ticks) * 1000)
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED) * 1000
