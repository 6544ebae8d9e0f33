"""Warm start of the bundled app against a bare PySide6 window, in one run (architecture.md §6).

    python packaging/startup_compare.py [--bundle dist/field-reference] [--runs 9]

Each round runs, one after the other: the bundle's `field-reference --self-test`, the bare window
of packaging/bare_window.py from source (this Python), and the same bare window frozen with
PyInstaller (built once into build/bare-window/). The first round only warms caches (and builds
the bundle's search index in a temporary user folder); the medians of the others are reported
with the ratios. Exit 1 if the bundle misses its budget: first paint ≤ 600 ms and ≤ 3× the bare
frozen window.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = ROOT / "packaging" / "bare_window.py"
EXE = ".exe" if sys.platform == "win32" else ""
BUDGET_MS = 600.0
BUDGET_RATIO = 3.0


def build_frozen_bare(work: Path) -> Path:
    exe = work / "dist" / "bare-window" / f"bare-window{EXE}"
    if exe.exists():
        return exe
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--onedir",
        "--log-level=WARN",
        "--name=bare-window",
        f"--distpath={work / 'dist'}",
        f"--workpath={work / 'work'}",
        f"--specpath={work}",
        str(BARE),
    ]
    subprocess.run(cmd, check=True, env=dict(os.environ, PYTHONHASHSEED="0"))
    return exe


def run_json(cmd: list[str], env: dict[str, str]) -> tuple[dict[str, object], float]:
    started = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, check=False)
    wall = (time.perf_counter() - started) * 1000
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"{cmd[0]} failed ({out.returncode}): {out.stderr.strip()[-500:]}")
    return json.loads(lines[-1]), wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "field-reference")
    parser.add_argument("--runs", type=int, default=9, help="measured rounds (after one warm-up)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bare-window")
    args = parser.parse_args(argv)

    app = args.bundle / f"field-reference{EXE}"
    if not app.exists():
        print(f"{app} not found: run 'make bundle' first", file=sys.stderr)
        return 2
    frozen_bare = build_frozen_bare(args.work)
    user = tempfile.mkdtemp(prefix="fieldref-startup-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDREF_")}
    env.update(QT_QPA_PLATFORM="offscreen", FIELDREF_USER_DIR=user)
    subjects = {
        "bundle --self-test": [str(app), "--self-test"],
        "bare window, frozen": [str(frozen_bare)],
        "bare window, source": [sys.executable, str(BARE)],
    }
    built = ROOT / "build" / "catalogue" / "catalogue.sqlite"
    if built.exists():  # the same app from source (`make build` made its catalogue), for scale
        data = Path(user) / "source-data"
        data.mkdir()
        shutil.copy2(built, data / built.name)
        env["FIELDREF_SOURCE_DATA"] = str(data)
        subjects["app from source --self-test"] = [
            sys.executable,
            "-c",
            "import os, sys; os.environ['FIELDREF_DATA_DIR'] = os.environ['FIELDREF_SOURCE_DATA'];"
            " sys.argv = ['field-reference', '--self-test']; import runpy;"
            " runpy.run_module('desktop_app', run_name='__main__')",
        ]
    paint: dict[str, list[float]] = {name: [] for name in subjects}
    wall: dict[str, list[float]] = {name: [] for name in subjects}
    for round_no in range(args.runs + 1):
        for name, cmd in subjects.items():
            report, elapsed = run_json(cmd, env)
            if round_no:  # round 0 warms the page cache and builds the index
                paint[name].append(float(report["first_paint_ms"]))  # type: ignore[arg-type]
                wall[name].append(elapsed)

    median = {name: statistics.median(values) for name, values in paint.items()}
    floor = median["bare window, frozen"]
    print(
        f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.platform()}; {args.runs} warm runs each, medians"
    )
    print()
    print("| program | first paint (ms) | process wall time (ms) | vs bare frozen |")
    print("|---|---|---|---|")
    for name in subjects:
        print(
            f"| {name} | {median[name]:.0f} | {statistics.median(wall[name]):.0f} | "
            f"{median[name] / floor:.2f}× |"
        )
    bundle = median["bundle --self-test"]
    ok = bundle <= BUDGET_MS and bundle <= BUDGET_RATIO * floor
    print()
    print(
        f"budget: bundled warm first paint ≤ {BUDGET_MS:.0f} ms and ≤ {BUDGET_RATIO:.0f}× bare "
        f"frozen ({BUDGET_RATIO * floor:.0f} ms): {bundle:.0f} ms -> {'ok' if ok else 'OVER'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
