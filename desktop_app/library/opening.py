"""The one way to open "the library": active catalogue, packs, search index and user store.

The GUI loader, every CLI command and the tests call `open_library`; nothing else opens those
files, so the rules between them (which content-pack version is active, where its index lives,
when a temporary index is used, what the officer is told about a damaged notes file) live here
once. Qt-free: it runs on the GUI's worker thread and in the CLI alike.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.library.library import Library
from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from db.packs import ActiveCatalogue
    from db.userstore import UserStore

#: progress(message, done, total): total 0 means "working, no count yet"
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class OpenOptions:
    """What a caller needs: `fieldref show` needs no index, `notes list` no catalogue index."""

    index: bool = True
    store: bool = True
    # the GUI keeps the catalogue for the whole session: freeze it out of the collector's view
    long_lived: bool = False


def open_library(
    paths: AppPaths, options: OpenOptions = OpenOptions(), progress: Progress | None = None
) -> Library:
    """Open what `options` asks for; raise a CatalogueError (one line) if the catalogue or its
    index cannot be opened. A notes store that cannot be opened never stops the catalogue: the
    library then has no store and `store_message` says why."""
    from db import Catalogue

    content = active_content(paths)
    library = Library(paths, Catalogue.open(content.catalogue_file), None, None, None, content)
    try:
        if options.index:
            library.thesaurus  # noqa: B018 (loaded here, off the GUI thread, before search)
            library.open_index(progress)
            library.catalogue.entries()  # warm the cache here rather than on the first keystroke
    except BaseException:
        library.close()
        raise
    if options.long_lived:
        # The catalogue and index live as long as the window: move them out of the collector's
        # view, or each full collection over a 100k-entry heap freezes typing for ~100 ms.
        # No gc.collect() first: it walks every object of the process (~35 ms on the start
        # path) to spare the few cycles that happen to be garbage right now.
        gc.freeze()
    if options.store:
        library.store, library.store_message = _open_store(paths)
    return library


def active_content(paths: AppPaths) -> ActiveCatalogue:
    """Which catalogue version is active (an installed content-pack version that passes its
    checks, else the shipped one) and its packs, without opening it: `fieldref paths` reports
    this even when the catalogue itself cannot be opened."""
    from db.packs.store import active_version

    return active_version(
        paths.content_dir, paths.catalogue_file, paths.index_dir, key_dirs=_key_dirs(paths)
    )


def open_store_only(paths: AppPaths) -> UserStore:
    """The notes store alone (`fieldref notes …`, which must work when the catalogue cannot
    open); raises UserStoreError with one line. The caller reads `recovery` and `read_only`."""
    from db.userstore import UserStore

    return UserStore.open(paths.user_dir)


def _key_dirs(paths: AppPaths) -> tuple[tuple[str, Path], ...]:
    """So each installed pack says whether its publisher key is still trusted (About shows it)."""
    return (("shipped", paths.shipped_keys_dir), ("user", paths.user_keys_dir))


def _open_store(paths: AppPaths) -> tuple[UserStore | None, str | None]:
    """The officer's notes; a failure here must not stop them reading the catalogue."""
    from db.userstore import UserStore
    from desktop_app.library.failures import one_line

    try:
        store = UserStore.open(paths.user_dir, shared_across_threads=True)
    except Exception as exc:  # UserStoreError, or anything a foreign file provokes
        return None, f"Your notes and bookmarks are unavailable: {one_line(exc)}"
    if store.recovery is not None:
        return store, (
            f"Your notes file was damaged ({store.recovery.reason}). It was moved "
            f"to {store.recovery.moved_to} and a new one was started."
        )
    if store.read_only:
        return store, f"Your notes open read-only: {store.read_only}"
    return store, None
