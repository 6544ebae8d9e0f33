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
