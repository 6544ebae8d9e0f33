"""Errors of the search layer that reach a person as one line (the family: db/errors.py)."""

from __future__ import annotations

from db.errors import FieldReferenceError


class SearchIndexError(FieldReferenceError):
    """The index could not be built or opened, and rebuilding did not help.

    A FieldReferenceError, so the CLI and the GUI loader, which turn every one of those into
    one line, never show a traceback for it (a bad synonyms.toml or an unwritable index folder)."""


class IndexProblem(FieldReferenceError):
    """Why an existing index may not be used (missing, stale, corrupt, not built here).

    Caught inside search_index and turned into a rebuild (or a SearchIndexError); its message is
    a person-readable reason all the same, shown as the rebuild's cause."""
