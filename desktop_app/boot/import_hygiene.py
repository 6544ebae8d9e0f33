"""Keeps PySide6's import hook from caching the source of every module in memory.

After `import PySide6`, shiboken checks each newly imported module for the text "PySide6" with
`inspect.getsource`, which loads the whole file into `linecache` and keeps it there: importing
SQLAlchemy and Whoosh after Qt cost about 18 MB of cached source lines (measured here), which
broke the idle-memory budget. The same question is answered by scanning the file's bytes, which
caches nothing. The hook is private to PySide6; if it is absent or changes shape, nothing is done.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def _uses_pyside(original: object) -> object:
    def check(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # type: ignore[operator]
        try:
            with open(path, "rb") as handle:
                return b"PySide6" in handle.read()
        except OSError:
            return False

    check.field_reference = True  # type: ignore[attr-defined]
    return check


def stop_source_caching() -> bool:
    """Install the byte-scanning check; True when it was installed (or already was).

    Importing PySide6 already ran the original check over every module loaded before it
    (typing, argparse, enum, threading…): ~20,000 cached lines, 1.7 MB at idle. Nothing reads
    them back — a traceback reloads what it shows — so the cache is emptied here too."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "field_reference", False):
        return True
    feature._mod_uses_pyside = _uses_pyside(original)  # type: ignore[attr-defined]
    linecache.clearcache()
    return True
