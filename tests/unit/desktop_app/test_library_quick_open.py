"""A quick start: the index's catalogue copy answers first, the SQLite catalogue and the store
open behind it and must hold the same content."""

from __future__ import annotations

from dataclasses import replace

import pytest

from db import CatalogueError
from desktop_app.library import (
    CatalogueChanged,
    build_search_index,
    complete_library,
    open_library_quickly,
)
from desktop_app.paths import AppPaths


def test_a_quick_library_searches_then_adopts_the_catalogue_and_store(paths: AppPaths):
    build_search_index(paths, paths.data_dir)
    library = open_library_quickly(paths)
    assert library is not None
    try:
        assert library.completing and library.store is None
        assert library.search("border").hits[0].slug == "border-management"
        completion = complete_library(library)
        library.adopt(completion)
        assert not library.completing and library.store is not None
        assert library.catalogue.info == library.index.catalogue.info  # type: ignore[union-attr]
        assert type(library.catalogue).__name__ == "Catalogue"  # the verified SQLite file
        library.store.add_visit("border-management")
        assert [row.slug for row in library.history_rows()] == ["border-management"]
    finally:
        library.close()


def test_no_index_yet_means_no_quick_start(paths: AppPaths):
    assert open_library_quickly(paths) is None


def test_installed_content_packs_mean_no_quick_start(paths: AppPaths):
    build_search_index(paths, paths.data_dir)
    paths.content_dir.mkdir(parents=True)
    assert open_library_quickly(paths) is None


def test_a_catalogue_other_than_the_copy_is_refused(paths: AppPaths):
    build_search_index(paths, paths.data_dir)
    library = open_library_quickly(paths)
    assert library is not None
    try:
        library.catalogue = replace_info(library.catalogue, content_sha256="0" * 64)
        with pytest.raises(CatalogueChanged):
            complete_library(library)
    finally:
        library.close()


def test_a_damaged_catalogue_behind_the_copy_is_reported_in_one_line(paths: AppPaths):
    build_search_index(paths, paths.data_dir)
    library = open_library_quickly(paths)
    assert library is not None
    try:
        paths.catalogue_file.unlink()
        with pytest.raises(CatalogueError, match="catalogue not found") as caught:
            complete_library(library)
        assert "\n" not in str(caught.value)
    finally:
        library.close()


def replace_info(catalogue, **changes):
    catalogue.info = replace(catalogue.info, **changes)
    return catalogue
