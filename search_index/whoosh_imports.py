"""Imports Whoosh without the network and asyncio modules it never uses here.

Importing Whoosh costs ~30 ms more than its own modules and ~60 extra modules in memory, for
three lines: `whoosh.compat` imports `urlretrieve` from `urllib.request` (which pulls in
http.client, email, ssl and socket) for a word-list download this app never makes;
`whoosh.reading` takes `cached_property` from the package of that name, which imports asyncio to
support coroutine properties Whoosh does not have; and `whoosh.query.terms` imports the English
morphology tables (~5 ms) for a `Variations` query search never builds. All sit on the start-up
path (the window answers its first search after Whoosh has loaded), so while Whoosh's own
modules load, those names are served by stand-ins: `urlretrieve` and `variations` import the
real ones when called, and `cached_property` is the standard library's, which caches in the
instance dict the same way. The stand-ins leave `sys.modules` before anything else runs, so any
later import gets the real module.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

_lock = threading.Lock()


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _variations(*args: Any, **kwargs: Any) -> Any:
    from whoosh.lang.morph_en import variations

    return variations(*args, **kwargs)


def _stand_ins() -> dict[str, ModuleType]:
    request = ModuleType("urllib.request", "stand-in while Whoosh loads (search_index)")
    request.urlretrieve = _urlretrieve  # type: ignore[attr-defined]
    cached = ModuleType("cached_property", "stand-in while Whoosh loads (search_index)")
    cached.cached_property = functools.cached_property  # type: ignore[attr-defined]
    morphology = ModuleType("whoosh.lang.morph_en", "stand-in while Whoosh loads (search_index)")
    morphology.variations = _variations  # type: ignore[attr-defined]
    return {
        "urllib.request": request,
        "cached_property": cached,
        "whoosh.lang.morph_en": morphology,
    }


@contextmanager
def _standing_in(modules: dict[str, ModuleType]) -> Iterator[None]:
    """The stand-ins in sys.modules for the block, unless the real module is already loaded."""
    placed = [name for name in modules if name not in sys.modules]
    for name in placed:
        sys.modules[name] = modules[name]
    try:
        yield
    finally:
        for name in placed:
            if sys.modules.get(name) is modules[name]:
                del sys.modules[name]


def load_whoosh() -> None:
    """Import the Whoosh modules search uses; a no-op once they are loaded."""
    if all(m in sys.modules for m in ("whoosh.compat", "whoosh.query", "whoosh.reading")):
        return
    with _lock, _standing_in(_stand_ins()):
        import whoosh.compat
        import whoosh.query
        import whoosh.reading  # noqa: F401
