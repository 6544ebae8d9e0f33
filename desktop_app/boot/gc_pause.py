"""Pausing Python's cyclic garbage collector around big, short-lived allocations.

Building a 100k-entry tree or importing a 100k-entry pack creates hundreds of thousands of
objects; each full collection over that heap holds the GIL long enough to freeze the window.
Reference counting still frees almost everything. Nesting and threads share one counter, so the
collector resumes only when the last pause ends. No Qt here: the tree builder uses it too.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
