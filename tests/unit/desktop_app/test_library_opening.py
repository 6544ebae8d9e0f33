"""What the CLI needs from the library: the index on demand, the active content without opening
it, and the index build that follows a catalogue build."""

from __future__ import annotations

import pytest

from db import CatalogueError
from desktop_app.library import OpenOptions, active_content, build_search_index, open_library
from desktop_app.paths import AppPaths


def test_index_opens_on_demand_once_and_closes_with_the_library(paths: AppPaths):
    said: list[tuple[str, int, int]] = []
    with open_library(paths, OpenOptions(index=False, store=False)) as library:
        assert library.index is None
        index = library.open_index(lambda *step: said.append(step))
        assert library.open_index() is index
        assert library.search("border").hits[0].slug == "border-management"
    assert said[0] == ("the search index is missing", 0, 0)  # the rebuild announces its reason
    assert all(done > 0 for _, done, _ in said[1:])


def test_built_index_is_the_one_the_library_opens(paths: AppPaths):
    info = build_search_index(paths, paths.data_dir)
    assert info.folder == paths.index_dir and info.documents >= 31
    said: list[tuple[str, int, int]] = []
    with open_library(paths, OpenOptions(store=False), progress=lambda *s: said.append(s)):
        pass
    assert said == []  # verified and used as built: no rebuild


def test_active_content_needs_no_openable_catalogue(paths: AppPaths):
    (paths.data_dir / "catalogue.sqlite").write_bytes(b"not a database")
    with pytest.raises(CatalogueError):
        open_library(paths, OpenOptions(index=False, store=False))
    content = active_content(paths)
    assert content.catalogue_file == paths.catalogue_file and content.packs == ()
