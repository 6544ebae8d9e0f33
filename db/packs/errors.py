"""The one error content packs raise: a line a person can act on, printed by the CLI (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from db.errors import CatalogueError
from db.safe_files import UnsafeFileError, read_regular_bytes


class PackError(CatalogueError):
    """A content pack was refused, or installed content cannot be used; the message says why."""


def pack_json(text: str | bytes, where: str, **kwargs: Any) -> Any:
    """JSON from a pack or the content folder; every failure (nesting bombs, duplicate keys
    raised by a hook, bad UTF-8) is one PackError line, so callers catch a single type.

    Like db.safe_files.loads_json, but the message keeps the "<where>: not valid JSON" form
    publishers already see, and a hook's ValueError is caught too.
    """
    try:
        return json.loads(text, **kwargs)
    except RecursionError:
        raise PackError(f"{where}: nested too deeply to be a real file; refused") from None
    except UnicodeDecodeError as exc:
        raise PackError(f"{where}: not UTF-8 text (byte {exc.start})") from None
    except ValueError as exc:  # JSONDecodeError, or an object_pairs_hook refusing a duplicate
        raise PackError(f"{where}: not valid JSON ({exc})") from None


def read_pack_file(path: Path, limit: int, missing: str | None = None) -> bytes:
    """A regular file of at most `limit` bytes that nothing has verified yet (a key, a pack
    source, state.json): a device, FIFO or oversized file is a PackError, never a hang."""
    try:
        return read_regular_bytes(path, limit)
    except FileNotFoundError:
        if missing is None:
            raise
        raise PackError(missing) from None
    except UnsafeFileError as exc:
        raise PackError(str(exc)) from None
