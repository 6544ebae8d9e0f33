"""Every surface word of the catalogue with its stem and document frequency.

Prefix expansion and spelling correction work on surface words ("trafficking"), not stems
("traffick"): a half-typed word longer than its stem still completes, and a correction reads like
a word. Sorted arrays make a prefix a bisect; prefixes with very many words (one or two letters)
get their best expansions precomputed at build time, which keeps those keystrokes cheap.
"""

from __future__ import annotations

import bisect
import heapq
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Self

from db.safe_files import loads_json, read_regular_text
from search_index.analysis import stem_word, word_set
from search_index.spelling import common_prefix, edit_distance

LEXICON_FILE = "lexicon.json"
LEXICON_LIMIT = 1 << 30  # far above a 100k-entry catalogue's; the file is stamped, so trusted
TOP_EXPANSIONS = 12
SCAN_LIMIT = 4_000  # prefixes matching more surface words than this use the precomputed table


class WordList:
    """Sorted surface words with parallel stems and frequencies; read-only after construction."""

    def __init__(
        self,
        words: tuple[str, ...],
        freqs: tuple[int, ...],
        top: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.words = words
        self.freqs = freqs
        self.stems = tuple(stem_word(w) for w in words)
        self.top = self._precompute() if top is None else top
        self._by_stem: dict[str, list[int]] | None = None
        self._stem_set: frozenset[str] | None = None

    @classmethod
    def from_counts(cls, counts: Counter[str]) -> Self:
        ordered = tuple(sorted(counts))
        return cls(ordered, tuple(counts[w] for w in ordered))

    def _span(self, prefix: str) -> tuple[int, int]:
        lo = bisect.bisect_left(self.words, prefix)
        hi = bisect.bisect_left(self.words, prefix + "\U0010ffff", lo)
        return lo, hi

    def _best(self, lo: int, hi: int, limit: int) -> tuple[str, ...]:
        by_stem: dict[str, int] = {}
        for i in range(lo, hi):
            by_stem[self.stems[i]] = by_stem.get(self.stems[i], 0) + self.freqs[i]
        best = heapq.nlargest(limit, by_stem.items(), key=lambda item: (item[1], item[0]))
        return tuple(stem for stem, _ in best)

    def _precompute(self) -> dict[str, tuple[str, ...]]:
        table: dict[str, tuple[str, ...]] = {}
        prefixes = {w[:n] for w in self.words for n in (1, 2, 3)}
        for prefix in prefixes:
            lo, hi = self._span(prefix)
            if hi - lo > SCAN_LIMIT:
                table[prefix] = self._best(lo, hi, TOP_EXPANSIONS)
        return table

    def expand(self, prefix: str, limit: int = TOP_EXPANSIONS) -> tuple[str, ...]:
        """The stems of the most frequent words starting with prefix, best first."""
        if prefix in self.top:
            return self.top[prefix][:limit]
        lo, hi = self._span(prefix)
        if hi - lo > SCAN_LIMIT:
            hi = lo + SCAN_LIMIT
        return self._best(lo, hi, limit)

    def near(
        self, word: str, max_distance: int, fixed_prefix: int, as_prefix: bool = False
    ) -> list[tuple[int, int, int, int]]:
        """Indexes of words within max_distance edits that share the first `fixed_prefix`
        letters, as (distance, -shared prefix, -frequency, index) sort keys. With as_prefix the
        word is still being typed, so it is compared with the start of each candidate ("trafic"
        is one edit from "traffic…", not five from "trafficking")."""
        lo, hi = self._span(word[:fixed_prefix])
        found = []
        cap = max_distance + 1
        for i in range(lo, hi):
            candidate = self.words[i]
            if candidate == word or len(candidate) < len(word) - max_distance:
                continue
            if as_prefix:
                sizes = range(max(1, len(word) - 1), min(len(candidate), len(word) + 2) + 1)
                distance = min(
                    (edit_distance(word, candidate[:size], cap=cap) for size in sizes), default=cap
                )
            elif abs(len(candidate) - len(word)) > max_distance:
                continue
            else:
                distance = edit_distance(word, candidate, cap=cap)
            if distance <= max_distance:
                found.append((distance, -common_prefix(word, candidate), -self.freqs[i], i))
        return sorted(found)

    @property
    def stem_set(self) -> frozenset[str]:
        """Every stem the catalogue has (a label with another word cannot match)."""
        if self._stem_set is None:
            self._stem_set = frozenset(self.stems)
        return self._stem_set

    def surface(self, stem: str) -> str | None:
        """The most frequent word with this stem (for 'did you mean')."""
        best, best_freq = None, -1
        for i in self._stem_index().get(stem, ()):
            if self.freqs[i] > best_freq:
                best, best_freq = self.words[i], self.freqs[i]
        return best

    def _stem_index(self) -> dict[str, list[int]]:
        if self._by_stem is None:
            index: dict[str, list[int]] = {}
            for i, stem in enumerate(self.stems):
                index.setdefault(stem, []).append(i)
            self._by_stem = index
        return self._by_stem

    def to_json(self) -> dict[str, object]:
        return {
            "words": list(self.words),
            "freqs": list(self.freqs),
            "top": {k: list(v) for k, v in sorted(self.top.items())},
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Self:
        words_ = tuple(data["words"])  # type: ignore[arg-type]
        freqs = tuple(int(f) for f in data["freqs"])  # type: ignore[union-attr]
        if len(words_) != len(freqs):
            raise ValueError("lexicon arrays differ in length")
        top = {str(k): tuple(v) for k, v in data["top"].items()}  # type: ignore[union-attr]
        return cls(words_, freqs, top)


class Lexicon(WordList):
    """Every word of every field of the catalogue; saved beside the index and stamped with it."""

    def save(self, folder: Path) -> None:
        text = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))
        (folder / LEXICON_FILE).write_text(text, encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Lexicon:
        path = folder / LEXICON_FILE
        return cls.from_json(loads_json(read_regular_text(path, LEXICON_LIMIT), str(path)))


class LexiconBuilder:
    """Counts document frequencies of surface words while documents stream past."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()

    def add(self, texts: Iterable[str]) -> None:
        self._counts.update(word_set(texts))

    def build(self) -> Lexicon:
        return Lexicon.from_counts(self._counts)
