"""The one error content packs raise: a line a person can act on, printed by the CLI (exit 2)."""

from __future__ import annotations

from db.errors import CatalogueError


class PackError(CatalogueError):
    """A content pack was refused, or installed content cannot be used; the message says why."""
