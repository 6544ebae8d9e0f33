"""Pausing Python's cyclic garbage collector around big, short-lived allocations.

Building a 100k-entry tree or importing a 100k-entry pack creates hundreds of thousands of
objects; each full collection over that heap holds the GIL long enough to freeze the window.
Reference counting still frees almost everything. Nesting and threads share one counter, so the
collector resumes only when the last pause ends. No Qt here: the tree builder uses it too.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    release = pause_until_released()
    try:
        yield
    finally:
        release()


def pause_until_released() -> Callable[[], None]:
    """Pause the collector until the returned function is called (later calls do nothing).

    Start-up allocates what lives as long as the window (modules, widgets, the index, the
    catalogue), and every collection over it finds nothing to free: about a dozen milliseconds
    of the time before the window answers its first search. The app releases the pause once
    the library is shown; opening it has `gc.freeze()`d all of that out of the collector's
    view by then."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    released = False

    def release() -> None:
        nonlocal released
        global _depth
        with _lock:
            if released:
                return
            released = True
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()

    return release
