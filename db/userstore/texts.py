"""Rules for note text shared by every writer: what may be stored, how two versions are kept
together, and where text goes when it cannot be saved. No Qt, no SQL."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from db.clock import file_stamp
from db.safe_files import write_file_atomically
from db.userstore.opening import UserStoreError

SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(body: str, what: str = "the note") -> None:
    """Refuse text SQLite cannot store (a lone surrogate from a broken terminal or file)."""
    bad = SURROGATE.search(body)
    if bad is not None:
        raise UserStoreError(
            f"{what} holds an invalid character at position {bad.start()} (a lone "
            "surrogate, not text); nothing was saved"
        )


def keep_both(stored: str, incoming: str, mark: str) -> str | None:
    """stored with incoming appended under mark, the way every merge keeps both versions;
    None when incoming adds nothing that is not already there."""
    if not incoming.strip() or incoming.strip() in stored:
        return None
    if not stored.strip():
        return incoming
    return f"{stored.rstrip()}\n\n{mark}\n{incoming}"


def write_rescue_file(folder: Path, slug: str, body: str) -> Path:
    """Keep text that could not be saved in a plain file: beside the store, else in the temp
    folder (a full or read-only store folder must not lose it). Raises UserStoreError."""
    name = f"unsaved-note-{slug}-{file_stamp()}.txt"
    data = body.encode("utf-8", "surrogatepass")
    reasons = []
    for place in (Path(folder), Path(tempfile.gettempdir())):
        try:
            write_file_atomically(place / name, data)
            return place / name
        except Exception as exc:  # UnsafeFileError or OSError: try the next place
            reasons.append(str(exc))
    raise UserStoreError("; ".join(reasons))
