"""The errors the app raises for things a person can fix, rooted in one class.

Every message is one line meant for a person: the CLI prints it as-is (exit 2) and the GUI shows
it in a dialog (desktop_app.library.one_line), so none of them may depend on a traceback for
context. The families, each catchable on its own:

    FieldReferenceError
    ├── CatalogueError       a catalogue (shipped or from content packs) cannot be built or read
    │   ├── SourceError, EntryNotFound, RegionNotFound
    │   └── PackError        (db.packs) a pack was refused or installed content is unusable
    ├── UserStoreError       (db.userstore) the officer's notes and bookmarks
    ├── SearchIndexError     (search_index) the index cannot be built or opened
    ├── IndexProblem         (search_index) why an index must be rebuilt; never reaches a person
    └── UnsafeFileError      (db.safe_files) a file the app may not read or replace
"""

from __future__ import annotations

from pathlib import Path


class FieldReferenceError(Exception):
    """Root of every failure a person can act on; its message is the one line they read."""


class CatalogueError(FieldReferenceError):
    """A catalogue could not be built or opened; the message says why and what to do."""


class SourceError(CatalogueError):
    """A file under resources/catalogue/ is wrong; names the file (and line when known)."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {message}")
        self.path = Path(path)
        self.line = line
