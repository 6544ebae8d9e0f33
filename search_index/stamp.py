"""Proof that an index folder was built on this machine from a given catalogue.

Whoosh index files contain pickles, so loading one built elsewhere could run foreign code. Every
index we build gets a stamp: the catalogue's content hash and the size and sha256 of every file,
signed with HMAC-SHA256 under a random key that never leaves this machine's user folder. An index
whose stamp does not verify is never opened: it is rebuilt from the verified catalogue.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import stat
from pathlib import Path

from db.safe_files import UnsafeFileError, loads_json, read_regular_bytes, read_regular_text
from search_index.errors import IndexProblem, SearchIndexError

STAMP_FILE = "stamp.json"
STAMP_FORMAT = 1
KEY_BYTES = 32
MAX_STAMP_BYTES = 1_000_000


def load_or_create_key(key_file: Path) -> bytes:
    """The machine key; a missing or malformed one is replaced. A key that cannot be read (a
    folder, a FIFO, no permission) raises rather than being replaced: it may be fine tomorrow."""
    key_file = Path(key_file)
    try:
        data = read_regular_bytes(key_file, limit=KEY_BYTES * 4)
        if len(data) == KEY_BYTES * 2:
            return bytes.fromhex(data.decode("ascii"))
    except (FileNotFoundError, ValueError, UnicodeDecodeError):
        pass
    except UnsafeFileError as exc:
        raise SearchIndexError(f"cannot use the index key: {exc}") from None
    key = secrets.token_bytes(KEY_BYTES)
    try:
        key_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = key_file.with_name(f".{key_file.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key.hex())
        os.replace(tmp, key_file)
    except OSError as exc:
        raise SearchIndexError(f"cannot write the index key {key_file}: {exc.strerror}") from None
    return key


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def _listing(folder: Path) -> dict[str, list[object]]:
    """Size and sha256 of every file; anything that is not a regular file (a FIFO would block
    the read forever, at GUI start) makes the folder unusable, so it is rebuilt."""
    listing: dict[str, list[object]] = {}
    for p in sorted(folder.iterdir()):
        if p.name == STAMP_FILE:
            continue
        info = p.lstat()
        if not stat.S_ISREG(info.st_mode):
            raise IndexProblem(f"the search index holds something that is not a file ({p.name})")
        listing[p.name] = [info.st_size, _digest(p)]
    return listing


def _mac(key: bytes, body: dict[str, object]) -> str:
    blob = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, blob, hashlib.sha256).hexdigest()


def write_stamp(folder: Path, key: bytes, content_sha256: str, schema_version: int) -> None:
    body = {
        "format": STAMP_FORMAT,
        "schema": schema_version,
        "content_sha256": content_sha256,
        "files": _listing(folder),
    }
    stamp = dict(body, mac=_mac(key, body))
    (folder / STAMP_FILE).write_text(json.dumps(stamp, indent=1), encoding="utf-8")


def verify_stamp(folder: Path, key: bytes, content_sha256: str, schema_version: int) -> None:
    """Raise IndexProblem with a one-line reason unless the folder is ours and current."""
    if not folder.is_dir():
        raise IndexProblem("the search index is missing")
    stamp_path = folder / STAMP_FILE
    try:
        stamp = loads_json(read_regular_text(stamp_path, MAX_STAMP_BYTES), str(stamp_path))
    except FileNotFoundError:
        raise IndexProblem("the search index has no stamp (incomplete build?)") from None
    except UnsafeFileError as exc:
        raise IndexProblem(f"the search index stamp is unreadable ({exc})") from None
    if not isinstance(stamp, dict) or not isinstance(stamp.get("mac"), str):
        raise IndexProblem("the search index stamp is malformed")
    body = {k: v for k, v in stamp.items() if k != "mac"}
    if not hmac.compare_digest(stamp["mac"], _mac(key, body)):
        raise IndexProblem("the search index was not built on this machine")
    if body.get("format") != STAMP_FORMAT or body.get("schema") != schema_version:
        raise IndexProblem("the search index is from another version of the app")
    if body.get("content_sha256") != content_sha256:
        raise IndexProblem("the search index is stale (the catalogue changed)")
    try:
        actual = _listing(folder)
    except OSError as exc:
        raise IndexProblem(f"the search index cannot be read ({exc.strerror})") from None
    if actual != body.get("files"):
        raise IndexProblem("the search index files are damaged or were changed")
