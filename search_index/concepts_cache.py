"""The label index of a thesaurus, kept between runs so the first search need not build it.

Building the index analyses ~8,000 labels in six languages: 130–180 ms, longer while the
SQLite catalogue opens beside it, and the first search waits for it — most of the time the
window would otherwise take to answer at start-up. The index built at one start is therefore
kept beside the search index (`<index folder>.concepts`), signed with this machine's index key
like the index stamp, and named after what it was built from (the compiled thesaurus's digest,
the catalogue's content hash, the index schema); the next start reads it in a few
milliseconds. Anything else — missing, unsigned, from another thesaurus or schema, malformed —
means building it again in the background, as without a copy, and keeping the new one.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from db.safe_files import UnsafeFileError, read_regular_bytes, write_file_atomically
from search_index.concepts import ConceptIndex, build_in_background
from search_index.schema import SCHEMA_VERSION

logger = logging.getLogger(__name__)
CACHE_FORMAT = 3  # 3: rows once, tables keyed by joined stems, one row as a bare int
MAX_CACHE_BYTES = 32 << 20


def cache_file(index_dir: Path) -> Path:
    """Beside the index folder, not in it: the folder's stamp lists exactly what a build wrote."""
    return Path(index_dir).with_name(f"{Path(index_dir).name}.concepts")


def concept_index(
    thesaurus: Any, catalogue_sha256: str, cache: Path, key: bytes
) -> ConceptIndex | Future[ConceptIndex]:
    """The kept index if it is this machine's copy for this thesaurus and catalogue; else the
    index being built in the background, kept once built."""
    if thesaurus is None:
        return ConceptIndex()
    identity = _identity(thesaurus, catalogue_sha256)
    kept = _read(cache, key, identity)
    if kept is not None:
        return kept

    def keep(built: ConceptIndex) -> None:
        # its own thread, not a daemon: a `fieldref search` that ends at once still finishes
        # the write (and leaves no temp file) instead of being cut off mid-file
        with contextlib.suppress(RuntimeError):  # shutting down already: no copy this time
            threading.Thread(target=_keep, args=(cache, key, identity, built), daemon=False).start()

    return build_in_background(thesaurus, keep)


def _identity(thesaurus: Any, catalogue_sha256: str) -> str:
    """What the index is a function of. A thesaurus narrowed to a catalogue keeps its digest,
    so its concepts' links count as well."""
    links = sum(len(c.linked_slugs()) for c in getattr(thesaurus, "concepts", ()))
    digest = getattr(thesaurus, "digest", "") or "no-digest"
    return f"{CACHE_FORMAT}:{SCHEMA_VERSION}:{digest}:{catalogue_sha256}:{links}"


def _mac(key: bytes, body: bytes) -> bytes:
    return hmac.new(key, body, hashlib.sha256).hexdigest().encode("ascii")


def _read(cache: Path, key: bytes, identity: str) -> ConceptIndex | None:
    try:
        data = read_regular_bytes(cache, MAX_CACHE_BYTES)
    except FileNotFoundError:
        return None
    except (OSError, UnsafeFileError) as exc:
        logger.info("thesaurus index copy not read: %s", exc)
        return None
    mac, _, body = data.partition(b"\n")
    if not hmac.compare_digest(mac, _mac(key, body)):
        logger.info("thesaurus index copy %s is not this machine's: rebuilt", cache.name)
        return None
    try:
        plain = json.loads(body)
        if plain.get("identity") != identity:
            return None
        return ConceptIndex.from_plain(plain["index"])
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        logger.info("thesaurus index copy %s is malformed: rebuilt", cache.name)
        return None


def _keep(cache: Path, key: bytes, identity: str, index: ConceptIndex) -> None:
    """Runs on the builder's thread; a read-only or full disk only means no copy."""
    try:
        body = json.dumps(
            {"identity": identity, "index": index.to_plain()},
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8")
        write_file_atomically(cache, _mac(key, body) + b"\n" + body)
    except (OSError, UnsafeFileError) as exc:
        logger.info("thesaurus index copy not kept: %s", exc)
