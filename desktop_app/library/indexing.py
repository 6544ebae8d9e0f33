"""Opening and building the search index of the library's catalogue (Qt-free).

search_index (Whoosh) is imported inside each function, only when a caller needs search:
`fieldref paths` and `show` must start without it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from collections.abc import Callable

    from db import Catalogue
    from search_index import IndexInfo, SearchIndex
    from search_index.thesaurus import Thesaurus

    Progress = Callable[[str, int, int], None]

logger = logging.getLogger(__name__)


def open_index(
    paths: AppPaths,
    catalogue: Catalogue,
    index_dir: Path,
    progress: Progress | None,
    thesaurus: Thesaurus | None = None,
) -> SearchIndex:
    """The verified index in index_dir, rebuilt when it must be. progress(reason, 0, 0) says a
    rebuild starts and why; progress(reason, done, total) counts it (done is never 0 then).
    `thesaurus` is the library's (compiled by the build, narrowed to this catalogue)."""
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
        on_rebuild=on_rebuild,
        progress=on_progress,
        thesaurus=thesaurus,
    )
    if paths.portable and index_dir == paths.index_dir and not index.temporary_because:
        try:
            prune_stale_indexes(index_dir, catalogue.info.content_sha256)
        except Exception:  # tidying up must never stop the app opening
            logger.exception("could not prune old index folders beside %s", index_dir)
    return index


def build_search_index(paths: AppPaths, data_dir: Path) -> IndexInfo:
    """Index the catalogue just compiled into data_dir, where the app and `fieldref` will look
    for it (the officer's folder, signed with this machine's key): the second half of a build."""
    from db import CATALOGUE_FILE, Catalogue
    from search_index import build_index

    data_dir = Path(data_dir)
    index_dir = replace(paths, data_dir=data_dir).index_dir
    with Catalogue.open(data_dir / CATALOGUE_FILE) as catalogue:
        return build_index(catalogue, index_dir, paths.index_key_file)
