"""Where the benchmarks write their Markdown report.

`make bench` must leave the tracked tree clean, so it points FIELDREF_BENCH_DIR at build/bench/
(seeded with the committed docs/benchmarks.md, since later benches add sections to it);
`make bench-publish` copies the result over docs/ when the numbers are worth committing. Run by
hand without the variable, a bench writes docs/ directly, as before.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def report_file(name: str = "benchmarks.md") -> Path:
    folder = Path(os.environ.get("FIELDREF_BENCH_DIR") or REPO / "docs")
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name
