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

from db.errors import CatalogueError
from desktop_app.library.library import Library
from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from db import Catalogue
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


def open_library_quickly(paths: AppPaths) -> Library | None:
    """A library that searches and reads before SQLAlchemy has even loaded, or None.

    It answers from the copy of the catalogue its verified index keeps (db.snapshot); the store
    is not open yet (`completing` is True). `complete_library` opens the SQLite catalogue and
    the store behind it. None when the copy cannot serve: content packs installed (their
    versions are checked by the pack machinery), no index yet, or a catalogue file changed —
    then `open_library` does the whole work, rebuilding the index if it must."""
    if paths.content_dir.exists():
        return None
    from search_index.whoosh_imports import load_whoosh

    load_whoosh()  # before anything imports Whoosh: ~25 ms less on the way to the first search
    from search_index.searcher import SearchIndex
    from search_index.thesaurus import THESAURUS_FILE, CompiledThesaurus

    # no packs here: the shipped thesaurus, loaded only if its label index must be rebuilt
    # (entry pages read their labels from that index: Library.entry_labels)
    index = SearchIndex.open_ready(
        paths.index_dir,
        paths.catalogue_file,
        paths.index_key_file,
        thesaurus=CompiledThesaurus(Path(paths.data_dir) / THESAURUS_FILE),
    )
    if index is None:
        return None
    gc.freeze()  # as in open_library(long_lived=True): the index lives as long as the window
    library = Library(paths, index.catalogue, index, None, None, None)
    library.completing = True
    return library


class CatalogueChanged(CatalogueError):
    """The SQLite catalogue is not the one the index's copy was made from: open it afresh."""


@dataclass(frozen=True, slots=True)
class Completion:
    """What a quick library lacked, opened on a worker; `Library.adopt` takes it on the GUI
    thread."""

    catalogue: Catalogue
    store: UserStore | None
    store_message: str | None
    content: ActiveCatalogue


def complete_library(library: Library) -> Completion:
    """Open and verify the SQLite catalogue behind a quick library, and the officer's store.

    Raises CatalogueChanged when the verified catalogue is not the one the copy was made from
    (the caller then opens the library afresh, which rebuilds the index), or a CatalogueError
    (one line) when it cannot be opened at all."""
    from db import Catalogue

    paths = library.paths
    content = active_content(paths)
    catalogue = Catalogue.open(content.catalogue_file)
    if (
        content.catalogue_file != paths.catalogue_file
        or catalogue.info.content_sha256 != library.catalogue.info.content_sha256
    ):
        catalogue.close()
        raise CatalogueChanged("the catalogue changed while its index was opening")
    catalogue.entries()  # warm the cache on this worker, not on a later click
    gc.freeze()
    store, message = _open_store(paths)
    return Completion(catalogue, store, message, content)


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
