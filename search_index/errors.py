"""Errors of the search layer that reach a person as one line."""

from __future__ import annotations


class SearchIndexError(Exception):
    """The index could not be built or opened, and rebuilding did not help."""


class IndexProblem(Exception):
    """Why an existing index may not be used (missing, stale, corrupt, not built here)."""
