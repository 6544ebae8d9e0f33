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
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from db.safe_files import UnsafeFileError, read_regular_bytes, write_file_atomically
from search_index.concepts import ConceptIndex
from search_index.schema import SCHEMA_VERSION

logger = logging.getLogger(__name__)
CACHE_FORMAT = 4  # 4: every label a row with its language; broader and related kept
MAX_CACHE_BYTES = 32 << 20


def cache_file(index_dir: Path) -> Path:
    """Beside the index folder, not in it: the folder's stamp lists exactly what a build wrote."""
    return Path(index_dir).with_name(f"{Path(index_dir).name}.concepts")


ThesaurusLoader = Callable[[], Any]
"""Loads the thesaurus when the index must be built (a Thesaurus, or None for no concepts)."""


def concept_index(
    digest: str | None, load: ThesaurusLoader, catalogue_sha256: str, cache: Path, key: bytes
) -> ConceptIndex | Future[ConceptIndex]:
    """The kept index if it is this machine's copy for the thesaurus with this digest and this
    catalogue; else the index being built in the background from `load()`, kept once built.
    None (no thesaurus): an empty index; "" (a thesaurus nobody can name): built, not kept."""
    if digest is None:
        return ConceptIndex()
    if not digest:
        return build_in_background(load)
    identity = f"{CACHE_FORMAT}:{SCHEMA_VERSION}:{digest}:{catalogue_sha256}"
    kept = _read(cache, key, identity)
    if kept is not None:
        return kept

    def keep(built: ConceptIndex) -> None:
        # its own thread, not a daemon: a `fieldref search` that ends at once still finishes
        # the write (and leaves no temp file) instead of being cut off mid-file
        with contextlib.suppress(RuntimeError):  # shutting down already: no copy this time
            threading.Thread(target=_keep, args=(cache, key, identity, built), daemon=False).start()

    return build_in_background(load, keep)


def build_in_background(
    load: ThesaurusLoader, on_built: Callable[[ConceptIndex], None] | None = None
) -> Future[ConceptIndex]:
    """The label index, built on a thread of its own: loading the thesaurus and analysing its
    ~8,000 labels take 60–160 ms, which would otherwise add to the time before the window
    answers a search. The first search waits for it; a failure leaves search without concepts
    (logged), never without search."""
    future: Future[ConceptIndex] = Future()

    def build() -> None:
        try:
            index = ConceptIndex(load())
        except Exception:  # a hostile or damaged thesaurus must not take search down with it
            logger.exception("the thesaurus could not be indexed for search")
            future.set_result(ConceptIndex())
            return
        if on_built is not None:  # before the result: a caller that then exits lets it finish
            on_built(index)
        future.set_result(index)

    threading.Thread(target=build, name="thesaurus-index", daemon=True).start()
    return future


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
