"""Shared fixtures. Qt runs offscreen for every test: CI machines have no display."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.helpers import SHIPPED_SOURCE, THESAURUS, write_source

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface follows the desktop's language (View › Language › Follow System): tests assert
# English text, so the desktop they see has no language, whatever the developer's LANG is.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

# Before anything resolves a path (module- and session-scoped fixtures run before the per-test
# isolation below, and subprocesses inherit the environment): point HOME and the XDG folders at a
# temp folder, so no code path can reach the developer's real ~/.local/share/field-reference.
REAL_HOME = Path(os.path.expanduser("~"))
TEST_HOME = Path(tempfile.mkdtemp(prefix="fieldref-test-home-"))
atexit.register(shutil.rmtree, TEST_HOME, True)
for _name, _sub in (
    ("HOME", ""),
    ("USERPROFILE", ""),
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_CACHE_HOME", ".cache"),
    ("XDG_STATE_HOME", ".local/state"),
):
    os.environ[_name] = str(TEST_HOME / _sub) if _sub else str(TEST_HOME)
os.environ["FIELDREF_USER_DIR"] = str(TEST_HOME / "session-user")
os.environ["FIELDREF_DATA_DIR"] = str(TEST_HOME / "session-data")


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
    from tests.unit.search_index.thesaurus_fixture import load_thesaurus

    folder = tmp_path_factory.mktemp("shipped-index")
    catalogue = Catalogue.open(shipped_catalogue)
    known = {e.slug for e in catalogue.entries()} | {r.slug for r in catalogue.regions()}
    thesaurus = load_thesaurus(THESAURUS, known)
    index = SearchIndex.open(folder / "index", catalogue, folder / "index.key", thesaurus=thesaurus)
    yield index
    index.close()
    catalogue.close()
