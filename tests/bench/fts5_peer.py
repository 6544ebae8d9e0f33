"""The benchmark's yardstick: SQLite FTS5 over the same documents and the same keystrokes.

architecture.md §6 asks every benchmark to print a ratio against a peer measured in the same run: a
slow machine or a noisy CI runner shifts both numbers instead of failing a fixed threshold. FTS5
is the natural peer: it ships inside Python's sqlite3, is written in C, and answers prefix queries
from a dedicated prefix index — about as fast as as-you-type search over a local file gets.

The query is built from tokens, never from the user's raw text, so no input can reach the FTS5
query parser as syntax ('NOT', 'NEAR(', unbalanced quotes, NUL bytes): search() never raises.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from db import Entry

MAX_QUERY_CHARS = 256  # docs/architecture.md §5: user text is capped before it is parsed
MAX_TOKENS = 16
TOKENIZER = "unicode61 remove_diacritics 2"
PREFIXES = "1 2 3"  # extra prefix indexes, so 1-3 letter prefixes never scan the term list
# bm25 weights per column, in declaration order: slug (unindexed), title, summary, body.
RANK = "bm25(0.0, 10.0, 2.0, 1.0)"
# unicode61 splits on everything but letters and digits, so these are exactly its tokens.
_TOKEN_RE = re.compile(r"[^\W_]+")


def match_expression(text: str) -> str | None:
    """An FTS5 MATCH string for `text`: quoted tokens ANDed, the last one a prefix; None if empty.

    Every token is wrapped in double quotes (it contains none: only letters and digits survive),
    so words like NOT / OR / NEAR are searched as words, never read as operators.
    """
    tokens = _TOKEN_RE.findall(text[:MAX_QUERY_CHARS].lower())[:MAX_TOKENS]
    if not tokens:
        return None
    quoted = [f'"{token}"' for token in tokens]
    quoted[-1] += "*"
    return " AND ".join(quoted)


class Fts5Peer:
    """An FTS5 table of (slug, title, summary, body) in its own SQLite file. Build with build()."""

    def __init__(self, path: Path, build_seconds: float) -> None:
        self.path = Path(path)
        self.build_seconds = build_seconds
        self.name = "fts5"
        self._conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)

    @classmethod
    def build(cls, entries: Iterable[Entry], path: Path) -> Fts5Peer:
        """Write a fresh index at `path` and time it, including the final merge ('optimize').

        Optimising is part of the build because a search index shipped to a user would be; an
        unmerged FTS5 table is slower to query and the comparison would flatter our engine.
        """
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in (path, path.with_name(path.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        started = time.perf_counter()
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute(
                "CREATE VIRTUAL TABLE doc USING fts5("
                f"slug UNINDEXED, title, summary, body, tokenize = '{TOKENIZER}',"
                f" prefix = '{PREFIXES}')"
            )
            conn.execute("INSERT INTO doc(doc, rank) VALUES ('rank', ?)", (RANK,))
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT INTO doc(slug, title, summary, body) VALUES (?, ?, ?, ?)",
                ((e.slug, e.title, e.summary, e.body) for e in entries),
            )
            conn.execute("COMMIT")
            conn.execute("INSERT INTO doc(doc) VALUES ('optimize')")
            conn.execute("VACUUM")
        finally:
            conn.close()
        return cls(path, time.perf_counter() - started)

    @property
    def size_bytes(self) -> int:
        """On-disk size of the index file (the whole database: it holds nothing else)."""
        return self.path.stat().st_size

    def search(self, text: str, limit: int = 20) -> list[str]:
        """Slugs of the best `limit` matches, best first; [] for empty or unusable input."""
        try:
            expression = match_expression(text)
            if expression is None:
                return []
            rows = self._conn.execute(
                "SELECT slug FROM doc WHERE doc MATCH ? ORDER BY rank LIMIT ?",
                (expression, max(0, int(limit))),
            ).fetchall()
        except (sqlite3.Error, ValueError, TypeError, AttributeError):
            return []
        return [slug for (slug,) in rows]

    def forget(self) -> None:
        """Nothing cached above SQLite's own page cache."""

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Fts5Peer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
