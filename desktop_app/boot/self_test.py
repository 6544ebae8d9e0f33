"""`field-reference --self-test`: search, open the top hit, print one JSON line, exit 0.

Packaging and smoke tests run it on a built bundle, so it drives the real window exactly as an
officer would and reports the timings docs/architecture.md §6 budgets:

- `startup_ms`: process start -> the window answers a search (time to interactive): the query is
  typed as soon as the library is open, and the clock stops when its results are on screen;
- `ready_ms`: process start -> the library is open and shown (the window could answer);
- `first_paint_ms`: process start -> the window's first paint;
- `search_ms`: the query typed -> its results on screen;
- `gc_enabled`: whether the cyclic collector, paused during start-up, is collecting again.
"""

from __future__ import annotations

import gc
import json
import sys
import time

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desktop_app.boot.paint_probe import PaintProbe
from desktop_app.boot.startup import process_age_ms
from desktop_app.mainwindow.main_window import MainWindow


class SelfTest(QObject):
    def __init__(self, window: MainWindow, probe: PaintProbe, query: str) -> None:
        super().__init__(window)
        self._window = window
        self._probe = probe
        self._query = query
        self._startup_ms = 0.0
        self._ready_ms = 0.0
        self._search_started = 0.0
        self._search_ms = 0.0
        self._opening = False

    def start(self) -> None:
        self._ready_ms = process_age_ms()
        self._window.sig_search_done.connect(self._searched)
        self._window.sig_entry_shown.connect(self._shown)
        self._search_started = time.perf_counter()
        self._window.focus_search()
        self._window.search_box.setText(self._query)

    def _searched(self, _result: object) -> None:
        self._startup_ms = process_age_ms()
        self._search_ms = (time.perf_counter() - self._search_started) * 1000
        self._window.sig_search_done.disconnect(self._searched)
        self._opening = True
        self._window.open_result(0)

    def _shown(self, _title: str) -> None:
        if not self._opening:
            return  # the page restored at start-up, not the one we searched for
        report = {
            "startup_ms": round(self._startup_ms, 1),
            "ready_ms": round(self._ready_ms, 1),
            "first_paint_ms": round(self._probe.first_paint_ms or -1.0, 1),
            "search_ms": round(self._search_ms, 1),
            # start-up pauses the cyclic collector; it must be back once the window answers
            "gc_enabled": gc.isenabled(),
            "entry": self._window.windowTitle(),
        }
        print(json.dumps(report, ensure_ascii=False), flush=True)
        sys.stdout.flush()
        app = QApplication.instance()
        if app is not None:
            app.exit(0)
