"""Errors the catalogue layer raises for things a user or editor can fix.

Every message is one line meant for a person: the CLI prints it as-is and the GUI shows it in a
dialog, so none of them may depend on a traceback for context.
"""

from __future__ import annotations

from pathlib import Path


class CatalogueError(Exception):
    """A catalogue could not be built or opened; the message says why and what to do."""


class SourceError(CatalogueError):
    """A file under resources/catalogue/ is wrong; names the file (and line when known)."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {message}")
        self.path = Path(path)
        self.line = line
