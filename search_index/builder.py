"""Builds the Whoosh index from a verified catalogue, in one writer, into a folder swapped in whole.

The index is written to a sibling temp folder, stamped, and only then renamed into place, so the
live index is either the old complete one or the new complete one — never half of each.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index

from db import Catalogue, Entry
from db.snapshot import write_snapshot
from search_index.errors import SearchIndexError
from search_index.gazetteer import write_gazetteer
from search_index.lexicon import LexiconBuilder
from search_index.mp_writer import GuardedMpWriter
from search_index.schema import SCHEMA_VERSION, schema
from search_index.short_prefixes import build_short_prefixes
from search_index.stamp import KEY_BYTES, load_or_create_key, write_stamp

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 1_000
WRITER_PROCS = min(2, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class IndexInfo:
    folder: Path
    documents: int
    seconds: float
    size_bytes: int
    content_sha256: str


def _document(entry: Entry, catalogue: Catalogue) -> dict[str, str]:
    regions: list[str] = []
    for region in entry.regions:
        for slug in (*catalogue.ancestors(region), region):
            if slug not in regions:
                regions.append(slug)
    if entry.kind == "field":
        fields = [entry.slug]
    else:
        fields = [
            s
            for s in entry.related
            if catalogue.has_entry(s) and catalogue.entry(s).kind == "field"
        ]
    return {
        "slug": entry.slug,
        "kind": entry.kind,
        "title": entry.title,
        "aliases": "\n".join(entry.aliases),
        "summary": entry.summary,
        "text": entry.body,
        "complete": "\n".join((entry.title, *entry.aliases)),
        "regions": ",".join(regions),
        "fields": ",".join(fields),
    }


def build_index(
    catalogue: Catalogue,
    index_dir: Path,
    key_file: Path,
    progress: Progress | None = None,
    *,
    key: bytes | None = None,
) -> IndexInfo:
    """Build, stamp and swap in. Every failure (read-only or full disk, a file in the way) is one
    SearchIndexError line; `key` replaces key_file for a one-off index in a temp folder."""
    index_dir = Path(index_dir)
    if key is None:
        key = load_or_create_key(key_file)
    started = time.perf_counter()
    tmp = index_dir.with_name(f".{index_dir.name}.building-{os.getpid()}")
    _remove_orphans(index_dir)
    try:
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir(parents=True)
        count = _write(catalogue, tmp, progress)
        write_gazetteer(tmp)  # stamped with the index: countries are known words
        write_snapshot(catalogue, tmp)  # so a small catalogue can be searched before SQLAlchemy
        write_stamp(tmp, key, catalogue.info.content_sha256, SCHEMA_VERSION)
        _swap_in(tmp, index_dir)
    except OSError as exc:
        raise SearchIndexError(
            f"cannot build the search index in {index_dir}: {_reason(exc)}"
        ) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # Whoosh wraps some disk errors in its own types
        raise SearchIndexError(
            f"cannot build the search index in {index_dir}: {_first_line(exc)}"
        ) from None
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(tmp)
    size = sum(p.stat().st_size for p in index_dir.iterdir())
    return IndexInfo(
        index_dir, count, time.perf_counter() - started, size, catalogue.info.content_sha256
    )


def build_temporary_index(catalogue: Catalogue, progress: Progress | None) -> tuple[Path, bytes]:
    """A one-off index under a one-off key in a new temp folder, for a session whose own index
    folder cannot be written (read-only stick, full disk). The caller removes the folder."""
    try:
        root = Path(tempfile.mkdtemp(prefix="fieldref-index-"))
    except OSError as exc:
        raise SearchIndexError(f"no temporary folder either ({_reason(exc)})") from None
    key = secrets.token_bytes(KEY_BYTES)
    try:
        build_index(catalogue, root / "index", root / "unused.key", progress, key=key)
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return root, key


def _remove_orphans(index_dir: Path) -> None:
    """Delete temp folders of builds whose process is gone (kill -9, power cut): at 100k entries
    each is tens of MB that nothing else would ever remove. A live builder's folder stays."""
    if os.name != "posix":  # os.kill(pid, 0) would terminate the process on Windows
        return
    pattern = re.compile(rf"\.{re.escape(index_dir.name)}\.(?:building|old)-(\d+)")
    try:
        siblings = list(index_dir.parent.iterdir())
    except OSError:
        return
    for folder in siblings:
        found = pattern.fullmatch(folder.name)
        if found is None or int(found.group(1)) == os.getpid():
            continue
        try:
            os.kill(int(found.group(1)), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except (OSError, OverflowError):
            continue  # alive but not ours (EPERM), or not a pid at all


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "the folder is not writable"
    return exc.strerror or str(exc)


def _write(catalogue: Catalogue, folder: Path, progress: Progress | None) -> int:
    entries = catalogue.entries()
    total = len(entries)
    ix = whoosh_index.create_in(str(folder), schema())
    lexicon = LexiconBuilder()
    if WRITER_PROCS > 1:
        writer = GuardedMpWriter(ix, procs=WRITER_PROCS, limitmb=256)
    else:
        writer = ix.writer(limitmb=256)
    try:
        for number, entry in enumerate(entries, start=1):
            doc = _document(entry, catalogue)
            writer.add_document(**doc)
            lexicon.add((entry.title, *entry.aliases, entry.summary, entry.body))
            if progress is not None and (number % PROGRESS_EVERY == 0 or number == total):
                progress(number, total)
        writer.commit(optimize=True)
    except BaseException:
        writer.cancel()
        raise
    finally:
        ix.close()
    (folder / "MAIN_WRITELOCK").unlink(missing_ok=True)  # a lock left behind reads as stale
    built = lexicon.build()
    built.save(folder)
    ix = whoosh_index.open_dir(str(folder))
    try:
        build_short_prefixes(ix, built, folder)
    finally:
        ix.close()
    return total


def _swap_in(fresh: Path, live: Path) -> None:
    """Rename the fresh folder over the live one, keeping the old one until the rename is done."""
    old = live.with_name(f".{live.name}.old-{os.getpid()}")
    if live.exists():
        os.replace(live, old)
    os.replace(fresh, live)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)
