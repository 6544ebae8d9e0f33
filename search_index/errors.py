"""Errors of the search layer that reach a person as one line."""

from __future__ import annotations

from db.errors import CatalogueError


class SearchIndexError(CatalogueError):
    """The index could not be built or opened, and rebuilding did not help.

    A CatalogueError, so the CLI and the GUI loader, which turn every CatalogueError into one
    line, never show a traceback for it (a bad synonyms.toml or an unwritable index folder)."""


class IndexProblem(Exception):
    """Why an existing index may not be used (missing, stale, corrupt, not built here)."""
