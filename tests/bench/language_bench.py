"""Issue 12's figures for `make bench`: the stemmers, the thesaurus and gazetteer load, memory.

- Snowball stemmers: PyStemmer (C) against whoosh.lang's pure-Python Snowball, µs per word, on
  the catalogue's English words and the thesaurus labels' words in French, Spanish, Portuguese
  and Russian (why search_index/languages.py uses PyStemmer).
- Loading: the thesaurus (TOML sources and, when built, the compiled form), its label index
  (search_index.concepts), the gazetteer and the place names: all on the library lane, inside
  the time-to-interactive budget (architecture.md §6).
- Peak RSS of a process that opens the shipped catalogue, its index and the thesaurus and
  replays every embedded keystroke (budget 120 MB).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
THESAURUS = REPO / "resources" / "thesaurus"
RSS_BUDGET_MB = 120.0


def load_thesaurus(folder: Path, known: Iterable[str] | None) -> object:
    """The real loader (search_index.thesaurus) when it is there, else the tests' reader.
    known=None: links are not checked (the WordNet corpus has none of the catalogue's slugs)."""
    slugs = None if known is None else set(known)
    try:
        from search_index.thesaurus import Thesaurus
    except ImportError:
        from tests.unit.search_index.thesaurus_fixture import load_thesaurus as fallback

        return fallback(folder, slugs or set())
    return Thesaurus.load(folder, slugs)


def _per_word_us(stem: Callable[[str], str], words: list[str], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for word in words:
            stem(word)
        best = min(best, time.perf_counter() - started)
    return best / max(1, len(words)) * 1e6


def stemmer_rows(catalogue_words: list[str], thesaurus: object) -> list[list[str]]:
    import Stemmer
    from whoosh.lang import stemmer_for_language

    from search_index.concepts import label_words
    from search_index.languages import SNOWBALL

    by_language: dict[str, set[str]] = {"en": set(catalogue_words)}
    for language, _kind, label, _concept in thesaurus.labels():  # type: ignore[attr-defined]
        by_language.setdefault(language, set()).update(label_words(label))
    rows = []
    for language, algorithm in SNOWBALL.items():
        words = sorted(by_language.get(language, ()))
        fast = Stemmer.Stemmer(algorithm)
        slow = stemmer_for_language(algorithm)
        ours, theirs = _per_word_us(fast.stemWord, words), _per_word_us(slow, words)
        rows.append(
            [language, str(len(words)), f"{ours:.2f}", f"{theirs:.2f}", f"{theirs / ours:.0f}×"]
        )
    return rows


def load_rows(catalogue_path: Path) -> tuple[list[list[str]], dict[str, int], int]:
    """(timings, labels per language, concepts)."""
    from db import Catalogue
    from search_index.concepts import ConceptIndex
    from search_index.gazetteer import Gazetteer, write_gazetteer
    from search_index.places import Places

    rows: list[list[str]] = []

    def timed(what: str, fn: Callable[[], object]) -> object:
        started = time.perf_counter()
        value = fn()
        rows.append([what, f"{(time.perf_counter() - started) * 1000:.1f}"])
        return value

    with Catalogue.open(catalogue_path) as catalogue:
        known = {e.slug for e in catalogue.entries()} | {r.slug for r in catalogue.regions()}
        thesaurus = timed("thesaurus, TOML sources", lambda: load_thesaurus(THESAURUS, known))
        compiled = catalogue_path.parent / "thesaurus.json"
        if compiled.is_file():
            from search_index.thesaurus import Thesaurus

            timed("thesaurus, compiled", lambda: Thesaurus.load_compiled(compiled))
        concepts = timed("label index (concepts.py)", lambda: ConceptIndex(thesaurus))
        folder = Path(catalogue_path).parent / "gazetteer-bench"
        folder.mkdir(exist_ok=True)
        write_gazetteer(folder)
        gazetteer = timed("gazetteer", lambda: Gazetteer.load(folder))
        timed("place names (places.py)", lambda: Places(gazetteer, catalogue))  # type: ignore[arg-type]
    assert isinstance(concepts, ConceptIndex)
    return rows, concepts.label_counts, len(concepts)


# VmHWM, not ru_maxrss: a child's ru_maxrss starts from its parent's at fork (the bench
# process holds the 100k index by then), VmHWM belongs to the new program's own memory
RSS_SCRIPT = """
import sys
from pathlib import Path
from db import Catalogue
from search_index import SearchIndex
from tests.bench.language_bench import load_thesaurus, THESAURUS
from tests.bench.queries import EMBEDDED_QUERIES, keystrokes
catalogue = Catalogue.open(Path(sys.argv[1]))
known = {e.slug for e in catalogue.entries()} | {r.slug for r in catalogue.regions()}
index = SearchIndex.open(Path(sys.argv[2]), catalogue, Path(sys.argv[3]),
                         thesaurus=load_thesaurus(THESAURUS, known))
for query in EMBEDDED_QUERIES:
    for stroke in keystrokes(query):
        index.search(stroke)
status = open("/proc/self/status", encoding="ascii").read().splitlines()
print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024)
"""


def peak_rss_mb(catalogue_path: Path, work: Path) -> float:
    work.mkdir(parents=True, exist_ok=True)
    argv = [
        sys.executable,
        "-c",
        RSS_SCRIPT,
        str(catalogue_path),
        str(work / "ix"),
        str(work / "k"),
    ]
    for _ in range(2):  # the first run may build the index: the second is the one measured
        done = subprocess.run(
            argv, capture_output=True, text=True, cwd=REPO, check=True, timeout=600
        )
    return float(done.stdout.strip().splitlines()[-1])


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def language_report(catalogue_path: Path, work: Path) -> str:
    """The Markdown section `make bench` appends to its report."""
    from db import Catalogue

    with Catalogue.open(catalogue_path) as catalogue:
        text = " ".join(f"{e.title} {e.summary} {e.body}" for e in catalogue.entries())
        known = {e.slug for e in catalogue.entries()} | {r.slug for r in catalogue.regions()}
    english = sorted(set(re.findall(r"[a-z]+", text.lower())))
    thesaurus = load_thesaurus(THESAURUS, known)
    loads, labels, concepts = load_rows(catalogue_path)
    rss = peak_rss_mb(catalogue_path, work)
    lines = ["", "## Languages and thesaurus (issue 12)", ""]
    lines += ["Snowball stemmers, µs per word (best of 3), PyStemmer vs whoosh.lang:", ""]
    lines += _table(
        ["language", "words", "PyStemmer", "whoosh.lang", "speed-up"],
        stemmer_rows(english, thesaurus),
    )
    lines += ["", f"Thesaurus: {concepts} concepts; labels per language: {json.dumps(labels)}", ""]
    lines += _table(["load (once, library lane)", "ms"], loads)
    status = "pass" if rss <= RSS_BUDGET_MB else "FAIL"
    lines += ["", "Peak RSS, embedded catalogue + index + thesaurus, every keystroke replayed:"]
    lines += [f"{rss:.0f} MB (budget ≤ {RSS_BUDGET_MB:.0f} MB): {status}", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    catalogue_file = REPO / "build" / "catalogue" / "catalogue.sqlite"
    print(language_report(catalogue_file, REPO / "build" / "bench" / "languages"))
