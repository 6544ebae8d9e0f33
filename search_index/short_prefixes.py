"""Answers for the heaviest keystrokes — a lone one- or two-letter prefix — computed at build.

On a large catalogue "c" matches a fifth of all entries, and ranking them costs Whoosh tens of
milliseconds on every visit. These few queries are known in advance, so the index builder runs
each one once, with exactly the query the searcher would build, and stores the top hits, the
total and the per-kind counts beside the index (covered by the index stamp). Small catalogues
store nothing: their prefixes are cheap, and there the searcher widens short prefixes into body
text, which a stored answer would not do.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from whoosh.index import Index

from db.safe_files import loads_json, read_regular_text
from search_index.lexicon import Lexicon
from search_index.query import Unit, unit_query

SHORT_FILE = "short_prefixes.json"
SHORT_LIMIT = 256 << 20
STORED_HITS = 50  # enough for any list the GUI or CLI asks for by default
MIN_DOCS = 1_000  # below this many matches Whoosh answers fast enough on its own
MAX_LENGTH = 2


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    total: int
    hits: tuple[tuple[str, str, str, float], ...]  # slug, kind, title, score
    facets: dict[str, int]


def _candidates(lexicon: Lexicon) -> list[str]:
    found: dict[str, None] = {}
    for word in lexicon.words:
        for size in range(1, MAX_LENGTH + 1):
            if len(word) >= size:
                found[word[:size]] = None
    return sorted(found)


def build_short_prefixes(ix: Index, lexicon: Lexicon, folder: Path) -> int:
    """Store answers for the prefixes that match at least MIN_DOCS entries; returns how many."""
    table: dict[str, dict[str, object]] = {}
    with ix.searcher() as searcher:
        reader = searcher.reader()
        for prefix in _candidates(lexicon):
            if reader.doc_frequency("complete", prefix) < MIN_DOCS:
                continue
            unit = Unit(surface=prefix, stems=(prefix,), prefix=True)
            results = searcher.search(unit_query(unit), limit=STORED_HITS, groupedby="kind")
            table[prefix] = {
                "total": len(results),
                "hits": [
                    [h["slug"], h["kind"], h["title"], round(float(h.score), 4)]
                    for h in results[:STORED_HITS]
                ],
                "facets": {k: len(v) for k, v in results.groups("kind").items()},
            }
    text = json.dumps(table, ensure_ascii=False, separators=(",", ":"))
    (folder / SHORT_FILE).write_text(text, encoding="utf-8")
    return len(table)


def load_short_prefixes(folder: Path) -> dict[str, StoredAnswer]:
    path = folder / SHORT_FILE
    if not path.exists():
        return {}
    data = loads_json(read_regular_text(path, SHORT_LIMIT), str(path))
    return {
        prefix: StoredAnswer(
            int(item["total"]),
            tuple((str(s), str(k), str(t), float(sc)) for s, k, t, sc in item["hits"]),
            {str(k): int(v) for k, v in item["facets"].items()},
        )
        for prefix, item in data.items()
    }
