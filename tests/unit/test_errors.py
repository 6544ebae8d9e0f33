"""Every failure a person can act on is a FieldReferenceError (db/errors.py), so the CLI and the
GUI each need one `except` to turn it into one line; the families stay separately catchable."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import db
import search_index
from db.errors import CatalogueError, FieldReferenceError

#: Exceptions that are deliberately not user-facing errors, and why.
NOT_USER_FACING = {
    # an indexing worker's OSError keeps its errno so a full disk reads as a full disk; the
    # index builder turns every OSError into a SearchIndexError line
    "search_index.mp_writer.WorkerFailed",
}


def _error_classes() -> list[type[BaseException]]:
    found = []
    for package in (db, search_index):
        names = [package.__name__] + [
            m.name for m in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
        ]
        for name in names:
            module = importlib.import_module(name)
            for _, value in inspect.getmembers(module, inspect.isclass):
                if issubclass(value, BaseException) and value.__module__ == name:
                    found.append(value)
    return sorted(set(found), key=lambda c: f"{c.__module__}.{c.__qualname__}")


ERRORS = _error_classes()


def test_the_walk_finds_the_known_families():
    names = {c.__name__ for c in ERRORS}
    assert {"CatalogueError", "UserStoreError", "PackError", "SearchIndexError"} <= names
    assert {"UnsafeFileError", "SourceError", "EntryNotFound", "IndexProblem"} <= names


@pytest.mark.parametrize("error", ERRORS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_every_error_derives_from_the_root(error: type[BaseException]):
    if f"{error.__module__}.{error.__qualname__}" in NOT_USER_FACING:
        assert not issubclass(error, FieldReferenceError)
        return
    assert issubclass(error, FieldReferenceError)


def test_families_say_what_they_are():
    """A notes or search failure is not "a catalogue error"; a pack refusal is (packs are
    catalogue content, and the pack dialog catches CatalogueError for it)."""
    from db.packs import PackError
    from db.safe_files import UnsafeFileError
    from db.userstore import UserStoreError
    from search_index import SearchIndexError

    assert issubclass(PackError, CatalogueError)
    for family in (UserStoreError, SearchIndexError, UnsafeFileError):
        assert not issubclass(family, CatalogueError), family
