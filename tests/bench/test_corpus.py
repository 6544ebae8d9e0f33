"""Correctness of the benchmark's inputs: the WordNet reader, the FTS5 peer, the keystroke lists.

Nothing here is timed. Budgets are judged by `make bench` only; a timed unit test fails on a busy
CI runner for reasons that have nothing to do with the code.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import Entry
from tests.bench.fts5_peer import Fts5Peer, match_expression
from tests.bench.queries import (
    EMBEDDED_QUERIES,
    WORDNET_QUERIES,
    is_short_prefix,
    keystrokes,
)
from tests.bench.wordnet_corpus import (
    B64_ALPHABET,
    DICT_FILE,
    INDEX_FILE,
    CorpusUnavailable,
    decode_b64,
    find_corpus,
    first_gloss,
    load_wordnet,
    slugify,
)

HOSTILE = ['"', "*", "NOT", "a OR", "(((", "NEAR(", "\x00", "", "   ", "AND", '"unclosed', "a:b"]


@pytest.mark.parametrize(
    ("digits", "value"),
    [("A", 0), ("B", 1), ("/", 63), ("BA", 64), ("B/", 127), ("m", 38), ("BOhZM", 20_584_012)],
)
def test_decode_b64_known_values(digits: str, value: int):
    assert decode_b64(digits) == value


@pytest.mark.parametrize("bad", ["", "=", "A-B", "é"])
def test_decode_b64_rejects_non_digits(bad: str):
    with pytest.raises(ValueError):
        decode_b64(bad)


def test_slugify_and_first_gloss():
    assert slugify("'s Gravenhage") == "s-gravenhage"
    assert slugify("Agnus Dei") == "agnus-dei"
    assert slugify("...") == "term"
    definition = 'n 1: a machine for performing calculations; "a fast one" [syn: {computer}] 2: x'
    assert first_gloss(definition) == "a machine for performing calculations"


def _b64(value: int) -> str:
    digits = ""
    while True:
        value, digit = divmod(value, 64)
        digits = B64_ALPHABET[digit] + digits
        if not value:
            return digits


def write_dictd(folder: Path, definitions: list[tuple[str, str]]) -> Path:
    """A tiny dictd pair (wn.index + gzip'd wn.dict.dz) in the real format: no network, no apt."""
    folder.mkdir(parents=True, exist_ok=True)
    data, index = b"", []
    for headword, definition in definitions:
        blob = f"{headword}\n     {definition}\n".encode()
        index.append(f"{headword}\t{_b64(len(data))}\t{_b64(len(blob))}")
        data += blob
    (folder / INDEX_FILE).write_text("\n".join(index) + "\n", encoding="utf-8")
    (folder / DICT_FILE).write_bytes(gzip.compress(data))
    return folder


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """Sixty made-up definitions in dictd's format, plus the header entry the reader must skip."""
    rows = [("00-database-info", "This file was converted by dictfmt")]
    rows.append(("'hood", "n 1: (slang) a neighborhood"))
    gloss = "n 1: gloss number {}; an example [syn: {{x}}]"
    rows += [(f"word {n:02d}", gloss.format(n)) for n in range(60)]
    return write_dictd(tmp_path / "dictd", rows)


def test_load_wordnet_gives_unique_slugs_and_bodies(corpus_dir: Path):
    entries = load_wordnet(limit=50, corpus_dir=corpus_dir)
    assert len(entries) == 50
    assert len({e.slug for e in entries}) == 50
    assert all(e.body.strip() and e.summary.strip() and e.title for e in entries)
    assert all(e.kind == "term" and e.regions == ("global",) for e in entries)
    assert [e.order for e in entries] == list(range(50))
    assert not any(e.title.startswith("00-database") for e in entries)
    # The offsets are base-64 numbers into the gzip'd data: a wrong decoder slices garbage.
    assert entries[0].title == "'hood"
    assert entries[0].body == "n 1: (slang) a neighborhood"
    assert entries[0].summary == "(slang) a neighborhood"
    assert entries[1].summary == "gloss number 0"


def test_find_corpus_never_fetches_when_told_not_to(monkeypatch, tmp_path: Path):
    """`make test` must not download: the bench fetches the real corpus, the suite never does."""
    import tests.bench.wordnet_corpus as corpus

    monkeypatch.setattr(corpus, "SYSTEM_DICTD", tmp_path / "none")
    monkeypatch.setattr(corpus, "LOCAL_DICTD", tmp_path / "none-either")
    monkeypatch.setattr(corpus, "_fetch_package", lambda target: pytest.fail("fetched"))
    with pytest.raises(CorpusUnavailable, match="fetching disabled"):
        find_corpus(fetch=False)


def _entries() -> list[Entry]:
    return [
        Entry("river-bank", "term", "river bank", "sloping land beside a river", "n 1: land"),
        Entry("computer", "term", "computer", "a machine for calculations", "n 1: a machine"),
        Entry("turkiye", "term", "Türkiye", "a country", "n 1: a country in Asia Minor"),
    ]


@pytest.fixture
def peer(tmp_path: Path):
    with Fts5Peer.build(_entries(), tmp_path / "fts5.sqlite") as built:
        yield built


@pytest.mark.parametrize("text", HOSTILE)
def test_fts5_peer_never_raises_on_hostile_input(peer: Fts5Peer, text: str):
    assert isinstance(peer.search(text), list)


def test_fts5_peer_finds_words_and_prefixes(peer: Fts5Peer):
    assert peer.search("computer") == ["computer"]
    assert peer.search("comp") == ["computer"]
    assert peer.search("river b") == ["river-bank"]
    assert peer.search("turkiye") == ["turkiye"]  # diacritics folded
    assert peer.search("") == []
    assert peer.build_seconds >= 0 and peer.size_bytes > 0


def test_match_expression_quotes_every_token():
    assert match_expression("a OR") == '"a" AND "or"*'
    assert match_expression('NEAR( "x') == '"near" AND "x"*'
    assert match_expression("(((") is None


@pytest.fixture(scope="module")
def shared_peer(tmp_path_factory: pytest.TempPathFactory):
    """Module-scoped so Hypothesis can reuse it across examples (it refuses per-test fixtures)."""
    with Fts5Peer.build(_entries(), tmp_path_factory.mktemp("peer") / "fts5.sqlite") as built:
        yield built


@settings(max_examples=200, deadline=None, database=None)
@given(text=st.text(max_size=300))
def test_fts5_peer_never_raises_on_any_text(shared_peer: Fts5Peer, text: str):
    assert isinstance(shared_peer.search(text), list)


def test_keystrokes_and_short_prefixes():
    assert keystrokes("tra") == ["t", "tr", "tra"]
    assert keystrokes("a b")[-2:] == ["a ", "a b"]
    assert is_short_prefix("river b") and is_short_prefix("x")
    assert not is_short_prefix("river ") and not is_short_prefix("riv")


def test_query_lists_are_large_enough_and_cover_short_prefixes():
    assert len(EMBEDDED_QUERIES) >= 30 and len(WORDNET_QUERIES) >= 30
    assert len(set(WORDNET_QUERIES)) == len(WORDNET_QUERIES)
    assert sum(1 for q in WORDNET_QUERIES if len(q) <= 2) >= 4
