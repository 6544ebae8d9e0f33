"""Shared fixtures. Qt runs offscreen for every test: CI machines have no display."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.helpers import SHIPPED_SOURCE, SYNONYMS, write_source


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test may read or write the developer's real user data or build folder."""
    base = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv("FIELDREF_USER_DIR", str(base / "user"))
    monkeypatch.setenv("FIELDREF_DATA_DIR", str(base / "data"))


@pytest.fixture
def tiny_source(tmp_path: Path) -> Path:
    """A three-entry catalogue source: enough to exercise every code path quickly."""
    return write_source(tmp_path / "src")


@pytest.fixture(scope="session")
def shipped_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real catalogue compiled once per session."""
    from db import build_catalogue

    out = tmp_path_factory.mktemp("shipped")
    build_catalogue(SHIPPED_SOURCE, out)
    return out / "catalogue.sqlite"


@pytest.fixture(scope="session")
def shipped_index(shipped_catalogue: Path, tmp_path_factory: pytest.TempPathFactory):
    """The real catalogue's search index, built once per session and shared read-only."""
    from db import Catalogue
    from search_index import SearchIndex

    folder = tmp_path_factory.mktemp("shipped-index")
    catalogue = Catalogue.open(shipped_catalogue)
    index = SearchIndex.open(
        folder / "index", catalogue, folder / "index.key", synonyms_file=SYNONYMS
    )
    yield index
    index.close()
    catalogue.close()
