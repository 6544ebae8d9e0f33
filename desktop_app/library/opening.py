"""The one way to open "the library": active catalogue, packs, search index and user store.

The GUI loader, every CLI command and the tests call `open_library`; nothing else opens those
files, so the rules between them (which content-pack version is active, where its index lives,
when a temporary index is used, what the officer is told about a damaged notes file) live here
once. Qt-free: it runs on the GUI's worker thread and in the CLI alike.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.library.library import Library
from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from db import Catalogue
    from db.userstore import UserStore
    from search_index import SearchIndex

logger = logging.getLogger(__name__)

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
    from db.packs.store import active_version

    content = active_version(
        paths.content_dir, paths.catalogue_file, paths.index_dir, key_dirs=_key_dirs(paths)
    )
    catalogue = Catalogue.open(content.catalogue_file)
    index = None
    try:
        if options.index:
            index = _open_index(paths, catalogue, content.index_dir, progress)
        catalogue.entries()  # warm the cache here rather than on the first keystroke
    except BaseException:
        if index is not None:
            index.close()
        catalogue.close()
        raise
    if options.long_lived:
        # The catalogue and index live as long as the window: move them out of the collector's
        # view, or each full collection over a 100k-entry heap freezes typing for ~100 ms.
        gc.collect()
        gc.freeze()
    store, message = _open_store(paths) if options.store else (None, None)
    return Library(paths, catalogue, index, store, message, content)


def open_store_only(paths: AppPaths) -> UserStore:
    """The notes store alone (`fieldref notes …`); raises UserStoreError with one line."""
    from db.userstore import UserStore

    paths.user_dir.mkdir(parents=True, exist_ok=True)
    return UserStore.open(paths.user_dir)


def _key_dirs(paths: AppPaths) -> tuple[tuple[str, Path], ...]:
    """So each installed pack says whether its publisher key is still trusted (About shows it)."""
    return (("shipped", paths.shipped_keys_dir), ("user", paths.user_keys_dir))


def _open_index(
    paths: AppPaths, catalogue: Catalogue, index_dir: Path, progress: Progress | None
) -> SearchIndex:
    from desktop_app.paths import prune_stale_indexes
    from search_index import SearchIndex

    reason = [""]

    def on_rebuild(why: str) -> None:
        reason[0] = why
        if progress is not None:
            progress(why, 0, 0)

    def on_progress(done: int, total: int) -> None:
        if progress is not None:
            progress(reason[0], done, total)

    index = SearchIndex.open(
        index_dir,
        catalogue,
        paths.index_key_file,
        synonyms_file=paths.synonyms_file,
        on_rebuild=on_rebuild,
        progress=on_progress,
    )
    if paths.portable and index_dir == paths.index_dir and not index.temporary_because:
        try:
            prune_stale_indexes(index_dir, catalogue.info.content_sha256)
        except Exception:  # tidying up must never stop the app opening
            logger.exception("could not prune old index folders beside %s", index_dir)
    return index


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
