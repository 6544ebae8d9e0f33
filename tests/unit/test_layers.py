"""The core packages must never pull in Qt (docs/architecture.md §2)."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import REPO


def test_core_packages_do_not_import_qt():
    code = (
        "import sys, db, search_index, desktop_app.paths, desktop_app.library\n"
        "import importlib, desktop_app.cli.main as cli\n"
        "for c in cli.COMMANDS.values(): importlib.import_module(f'desktop_app.cli.{c.module}')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == ""


def test_core_packages_declare_public_api():
    import db
    import search_index

    for module in (db, search_index):
        assert module.__all__, module.__name__
        for name in module.__all__:
            assert hasattr(module, name), f"{module.__name__}.{name}"
