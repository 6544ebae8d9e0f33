"""Wires content packs to this app's folders and search index; shared by the CLI and the GUI.

db.packs knows nothing about where the app keeps things or how it indexes; this module is the
one place that says so. No Qt here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from collections.abc import Callable

    from db.packs import IndexBuilder, PackContext


def pack_context(paths: AppPaths) -> PackContext:
    from db.packs import PackContext

    return PackContext(
        content_dir=paths.content_dir,
        shipped_catalogue=paths.catalogue_file,
        shipped_index=paths.index_dir,
        key_dirs=(("shipped", paths.shipped_keys_dir), ("user", paths.user_keys_dir)),
        build_index=index_builder(paths.index_key_file),
        app_version=__version__,
    )


def index_builder(key_file: Path) -> IndexBuilder:
    """Builds a version's search index locally, signed with this machine's index key."""

    def build(
        catalogue_file: Path, index_dir: Path, progress: Callable[[int, int], None] | None
    ) -> None:
        from db import Catalogue
        from db.packs import PackError
        from search_index import SearchIndexError, build_index

        try:
            with Catalogue.open(catalogue_file) as catalogue:
                build_index(catalogue, index_dir, key_file, progress)
        except SearchIndexError as exc:
            raise PackError(str(exc)) from None

    return build
