"""GUI-thread lag with the officer's store on a slow disk (issue 11, "Performance"), run by
`make bench` after the start-up benchmark.

Opens the real window offscreen over the shipped catalogue, with every commit of the user store
and every os.fsync (the window settings' too) delayed by 50 ms (a USB stick in portable mode;
injected in this process only), and installs an event-loop lag probe: a 5 ms timer whose
lateness is how long the GUI thread was busy. Once the window has settled (its first page
shown, no background job left), it opens 50 entries in a row, writes notes (saved when the next
entry opens), toggles bookmarks, and searches with "Search My Notes Too". It prints the worst
and the p99 lateness of that run and how many store commits or flushes ran on the GUI thread,
and writes a section at the end of docs/benchmarks.md (replacing an older one; the rows above
it are left alone). The worst tick between "library open" and "settled" is printed too,
without a budget: start-up has its own benchmark (time to interactive, `startup_bench`).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tests.bench.machine_watch import GAP_MS, MachineWatch
from tests.bench.report_file import report_file

REPO = Path(__file__).resolve().parents[2]
CATALOGUE = REPO / "build" / "catalogue" / "catalogue.sqlite"
SECTION = "## GUI-thread lag, user store on a slow disk"
SLOW_DISK_S = 0.050
PROBE_MS = 5
STEP_GAP_MS = 20
ENTRIES = 50
BUDGET_MS = 16.0
QUERIES = ("zebrafinch", "bench note", "migration", "zebra")
Row = tuple[str, str, str, bool | None]  # what, measured, budget, passed (None: no budget)


class SlowDisk:
    """Delays every user-store commit and every os.fsync by 50 ms, and counts where they ran."""

    def __init__(self) -> None:
        self.on_gui = 0
        self.elsewhere = 0
        self.counting = False  # only while the probe runs (not opening the store, not closing)

    def _delay(self) -> None:
        if not self.counting:
            pass
        elif threading.current_thread() is threading.main_thread():
            self.on_gui += 1
        else:
            self.elsewhere += 1
        time.sleep(SLOW_DISK_S)

    def install(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        def commit(conn) -> None:
            if str(conn.engine.url.database or "").endswith("user.sqlite"):
                self._delay()

        event.listen(Engine, "commit", commit)
        real_fsync = os.fsync

        def fsync(fd: int) -> None:
            self._delay()
            real_fsync(fd)

        os.fsync = fsync


class LagProbe:
    """A precise 5 ms timer: each tick records how late it fired (the GUI thread was busy).

    Ticks are kept per phase: "start-up" (the library is open, the tree and the first page are
    still arriving) and "steps" (the officer's run, which the budget is about)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.phase = "start-up"
        self.late_ms: dict[str, list[float]] = {"start-up": [], "steps": []}
        self.over_budget: list[tuple[float, float, float]] = []  # (from, to, late ms) of steps
        self.repaint_ms: dict[str, list[float]] = {}  # the tree's repaints, quiet and loaded
        self.slowest_step: dict[str, float] = {}  # the longest call of each kind of step, ms
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        late = max(0.0, (now - self._last) * 1000 - PROBE_MS)
        self.late_ms[self.phase].append(late)
        if late > BUDGET_MS and self.phase == "steps":
            self.over_budget.append((self._last, now, late))
        self._last = now


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98] if len(values) >= 2 else max(values, default=0)


def _steps(window, slugs: list[str]) -> list[tuple[str, Callable[[], None]]]:
    """The officer's run: open, note, bookmark; then searches that include the notes."""
    from desktop_app.reading.navigation import Location

    steps: list[tuple[str, Callable[[], None]]] = []
    for i, slug in enumerate(slugs):
        steps.append(("open", lambda s=slug: window.open_location(Location("entry", s))))
        if i % 5 == 0:  # saved when the next entry opens (or by the autosave timer)
            text = f"bench note {i} about the zebrafinch delegation"
            steps.append(("note", lambda t=text: window.user.notes.editor.setPlainText(t)))
        if i % 3 == 0:
            steps.append(("bookmark", window.actions_.action("toggle_bookmark").trigger))
    steps.append(("notes on", lambda: window.actions_.action("search_notes").setChecked(True)))
    for query in QUERIES:
        steps.append(("search", lambda q=query: window.search_box.setText(q)))
    return steps


def _busy_lanes(window) -> dict[int, bool]:
    """Whether each of the window's `Operations` has work in flight, kept up to date."""
    from desktop_app.operations import Operations

    busy: dict[int, bool] = {}
    for number, ops in enumerate(window.findChildren(Operations)):
        busy[number] = ops.busy()
        ops.sig_busy.connect(lambda on, key=number: busy.__setitem__(key, on))
    return busy


def _run(app, window, slugs: list[str], probe: LagProbe, disk: SlowDisk) -> None:
    """Run the steps from the event loop, 20 ms apart; a search waits for its results."""
    from PySide6.QtCore import QTimer

    steps = _steps(window, slugs)
    slowest = probe.slowest_step
    busy = _busy_lanes(window)
    deadline = time.perf_counter() + 120

    def settle() -> None:  # the writes queued on a worker land, then the probe stops
        if any(busy.values()) and time.perf_counter() < deadline:
            QTimer.singleShot(50, settle)
            return
        # before quitting: quit() closes the window, which waits on purpose until the last
        # note is stored (docs/architecture.md §8, flow 3), and that is no step of this run
        QTimer.singleShot(300, finish)

    def finish() -> None:
        probe.stop()
        disk.counting = False  # the close's own last write is on the GUI thread on purpose
        probe.repaint_ms = _tree_repaints(window)  # after the probe: it blocks on purpose
        app.quit()

    def step(index: int = 0) -> None:
        if index >= len(steps):
            settle()
            return
        kind, act = steps[index]
        if kind == "search":  # the next step waits for the results (at most 10 s)
            moved: list[bool] = []

            def done(*_args: object) -> None:
                if not moved:
                    moved.append(True)
                    window.sig_search_done.disconnect(done)
                    QTimer.singleShot(STEP_GAP_MS, lambda: step(index + 1))

            window.sig_search_done.connect(done)
            QTimer.singleShot(10_000, done)
        started = time.perf_counter()
        act()
        spent = (time.perf_counter() - started) * 1000
        slowest[kind] = max(slowest.get(kind, 0.0), spent)
        if kind != "search":
            QTimer.singleShot(STEP_GAP_MS, lambda: step(index + 1))

    def settled() -> None:  # the first page is shown and no job runs: the steps begin
        waiting = window.reading.current() is None or any(busy.values())
        if waiting and time.perf_counter() < deadline:
            QTimer.singleShot(50, settled)
            return
        probe.phase = "steps"
        QTimer.singleShot(100, step)

    probe.start()
    settled()
    app.exec()
    probe.stop()


def _tree_repaints(window, times: int = 30) -> dict[str, list[float]]:
    """The tree's repaint alone, then with a worker thread busy in Python (as an index rebuild
    or a pack import is): each call from the repaint into Python waits for the interpreter."""
    viewport = window.tree.viewport()
    stop = threading.Event()

    def busy() -> None:
        count = 0
        while not stop.is_set():
            count += 1

    def repaints() -> list[float]:
        spent = []
        for _ in range(times):
            started = time.perf_counter()
            viewport.repaint()
            spent.append((time.perf_counter() - started) * 1000)
        return spent

    quiet = repaints()
    worker = threading.Thread(target=busy, daemon=True)
    worker.start()
    try:
        loaded = repaints()
    finally:
        stop.set()
        worker.join()
    return {"quiet": quiet, "worker busy": loaded}


def _counts(user_dir: Path) -> tuple[int, int, int]:
    from db.userstore import UserStore

    with UserStore.open(user_dir) as store:
        return len(store.notes()), len(store.bookmarks()), len(store.history())


def _write_docs(rows: list[Row], before: str | None) -> None:
    lines = [
        SECTION,
        "",
        "`python -m tests.bench.lag_bench`: the real window offscreen, every user-store commit "
        f"and fsync delayed by {SLOW_DISK_S * 1000:.0f} ms; a {PROBE_MS} ms timer measures how "
        f"late the event loop runs it while {ENTRIES} entries are opened, notes saved, bookmarks "
        "toggled and notes searched.",
        "",
        "| what | measured | budget | result |",
        "|---|---|---|---|",
    ]
    for label, value, budget, ok in rows:
        verdict = "—" if ok is None else ("pass" if ok else "FAIL")
        lines.append(f"| {label} | {value} | {budget} | {verdict} |")
    if before:
        lines += ["", before]
    doc = report_file()
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
    head, _sep, tail = text.partition(SECTION)
    rest = tail.partition("\n## ")[2]  # a section written after ours stays
    text = head.rstrip() + "\n\n" + "\n".join(lines) + "\n" + (f"\n## {rest}" if rest else "")
    doc.write_text(text, encoding="utf-8")


def _rows(
    probe: LagProbe, watch: MachineWatch, disk: SlowDisk, counts: tuple[int, int, int]
) -> list[Row]:
    late, tail = probe.late_ms["steps"], probe.late_ms["start-up"]
    machine = sum(watch.explains(*tick) for tick in probe.over_budget)
    p99, worst = _p99(late), max(late, default=0.0)
    rows: list[Row] = [
        ("GUI thread blocked, max", f"{worst:.1f} ms", f"≤ {BUDGET_MS:.0f} ms", worst <= BUDGET_MS),
        ("GUI thread blocked, p99", f"{p99:.1f} ms", f"≤ {BUDGET_MS:.0f} ms", p99 <= BUDGET_MS),
        (
            "probe ticks later than 16 ms",
            f"{sum(v > BUDGET_MS for v in late)} of {len(late)}",
            "0",
            None,
        ),
        (
            "of those, while a CPU stood still (pinned watchers)",
            f"{machine} (CPU stalls ≥ {GAP_MS:.0f} ms: {len(watch.stalls)})",
            "—",
            None,
        ),
        (
            "store commits and fsyncs (settings too) on the GUI thread",
            f"{disk.on_gui} of {disk.on_gui + disk.elsewhere}",
            "0",
            disk.on_gui == 0,
        ),
        ("stored afterwards (notes, bookmarks, visits)", ", ".join(map(str, counts)), "—", None),
        *(
            (
                f"tree repaint, {label}, median / p90",
                f"{statistics.median(ms):.1f} / {statistics.quantiles(ms, n=10)[8]:.1f} ms",
                "—",
                None,
            )
            for label, ms in probe.repaint_ms.items()
        ),
        (
            "start-up tail before the run, max",
            f"{max(tail, default=0.0):.1f} ms",
            "—",
            None,
        ),
    ]
    return rows


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not CATALOGUE.exists():
        print(f"lag_bench: {CATALOGUE} is missing (run 'make build')", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="fieldref-lag-") as tmp:
        root = Path(tmp)
        (root / "data").mkdir()
        shutil.copy(CATALOGUE, root / "data" / "catalogue.sqlite")
        os.environ["FIELDREF_USER_DIR"] = str(root / "user")
        result = _measure(root)
    rows = _rows(*result)
    for label, value, budget, ok in rows:
        verdict = "—" if ok is None else ("pass" if ok else "FAIL")
        print(f"{label:46} {value:>14}  {budget:>8}  {verdict}")
    if "--no-docs" not in args:
        before = next((a.split("=", 1)[1] for a in args if a.startswith("--note=")), None)
        _write_docs(rows, before)
    return 0


def _measure(root: Path) -> tuple[LagProbe, MachineWatch, SlowDisk, tuple[int, int, int]]:
    from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import compose
    from desktop_app.operations import Operations
    from desktop_app.paths import resolve_paths

    app = QApplication.instance() or QApplication(["lag_bench"])
    qInstallMessageHandler(  # offscreen says this at every show(): noise in a report
        lambda _kind, _context, message: (
            None if "propagateSizeHints" in message else print(message, file=sys.stderr)
        )
    )
    paths = resolve_paths(data_dir=root / "data")
    disk = SlowDisk()
    disk.install()
    window, controller, _problems = compose(app, paths, Operations())
    window.show()
    wait = QEventLoop()  # the app's own start-up path: open_library on the "library" lane
    controller.sig_started.connect(wait.quit)
    QTimer.singleShot(120_000, wait.quit)
    controller.start()
    wait.exec()
    library = controller.library
    if library is None:
        print("lag_bench: the library did not open", file=sys.stderr)
        return LagProbe(), MachineWatch(), disk, (0, 0, 0)
    every = [e.slug for e in library.catalogue.entries()]
    slugs = [every[i % len(every)] for i in range(ENTRIES)]  # 50 opens, over and over again
    probe, watch = LagProbe(), MachineWatch()
    disk.counting = True
    watch.start()
    try:
        _run(app, window, slugs, probe, disk)
    finally:
        watch.stop()
    disk.counting = False
    window.close()
    library.close()
    print(
        "slowest call per step (ms): "
        + ", ".join(f"{kind} {ms:.1f}" for kind, ms in sorted(probe.slowest_step.items()))
    )
    return probe, watch, disk, _counts(paths.user_dir)


if __name__ == "__main__":
    sys.exit(main())
