"""After Qt is imported, new modules must not have their source cached (idle-memory budget)."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import PySide6.QtCore  # noqa: F401 - the hook under test is installed by importing PySide6

from desktop_app.boot.import_hygiene import stop_source_caching


def test_imported_modules_leave_no_source_in_linecache(tmp_path: Path, monkeypatch):
    assert stop_source_caching()
    assert stop_source_caching()  # idempotent
    module_file = tmp_path / "fieldref_probe_module.py"
    module_file.write_text("VALUE = 42\n" + "# padding\n" * 1000)
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("fieldref_probe_module")
    try:
        assert module.VALUE == 42
        assert str(module_file) not in linecache.cache
    finally:
        sys.modules.pop("fieldref_probe_module", None)


def test_sources_cached_before_the_hook_was_installed_are_let_go():
    """PySide6's import had already cached typing, argparse, enum… (~1.7 MB at idle)."""
    import os
    import subprocess

    from tests.helpers import REPO

    script = (
        "import argparse, typing, linecache\n"
        "import PySide6.QtCore\n"
        "before = sum(len(v[2]) for v in linecache.cache.values() if len(v) > 2)\n"
        "from desktop_app.boot.import_hygiene import stop_source_caching\n"
        "assert stop_source_caching()\n"
        "after = sum(len(v[2]) for v in linecache.cache.values() if len(v) > 2)\n"
        "print(before > 1000, after)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.split() == ["True", "0"]


def test_the_window_loads_the_briefing_machinery_only_when_used():
    """QPdfWriter, the briefing document and its layout are ~8 ms of start-up nobody waits for."""
    import os
    import subprocess

    from tests.helpers import REPO

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import desktop_app.mainwindow.main_window\n"
        "print(sorted(m for m in ('desktop_app.briefing.document', 'desktop_app.briefing.briefing')"
        " if m in sys.modules))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "[]"
