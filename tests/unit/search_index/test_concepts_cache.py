"""The thesaurus's label index is kept between runs, signed with the machine key, and used
only when it was built from the same thesaurus, catalogue and schema."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import Future
from pathlib import Path

import pytest

from search_index.concepts import ConceptIndex
from search_index.concepts_cache import cache_file, concept_index
from tests.unit.search_index.thesaurus_fixture import load_thesaurus, write_thesaurus

KNOWN = {"border-management", "trafficking-human-beings", "college", "west-africa", "africa"}
KEY = b"k" * 32
SHA = "c" * 64
QUERIES = ("accords de réadmission", "trata de personas", "IBM", "التهريب", "border")


@pytest.fixture
def thesaurus(tmp_path: Path):
    return load_thesaurus(write_thesaurus(tmp_path / "thesaurus"), KNOWN)


def index_for(thesaurus, sha: str, cache: Path, key: bytes):
    return concept_index(thesaurus.digest, lambda: thesaurus, sha, cache, key)


def built(found: ConceptIndex | Future[ConceptIndex]) -> ConceptIndex:
    return found.result(timeout=30) if isinstance(found, Future) else found


def kept_after_build(thesaurus, cache: Path) -> ConceptIndex:
    first = index_for(thesaurus, SHA, cache, KEY)
    assert isinstance(first, Future)  # nothing kept yet: built in the background
    fresh = built(first)
    for _ in range(300):  # the copy is written on a thread of its own
        if cache.exists():
            break
        __import__("time").sleep(0.01)
    return fresh


def same_answers(one: ConceptIndex, other: ConceptIndex) -> None:
    from search_index.query import attach_concepts, understand

    for text in QUERIES:
        a = attach_concepts(understand(text), one)
        b = attach_concepts(understand(text), other)
        assert [u.concepts for u in a.units] == [u.concepts for u in b.units], text
    assert one.words == other.words and one.label_counts == other.label_counts


def test_the_kept_index_answers_like_a_fresh_one(thesaurus, tmp_path: Path):
    cache = cache_file(tmp_path / "index" / "abc")
    cache.parent.mkdir()
    fresh = kept_after_build(thesaurus, cache)
    kept = index_for(thesaurus, SHA, cache, KEY)
    assert isinstance(kept, ConceptIndex)  # read at once, no build
    same_answers(kept, fresh)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda data: data.replace(b"border", b"bordex", 1), id="tampered"),
        pytest.param(lambda data: b"0" * 64 + data[64:], id="unsigned"),
        pytest.param(lambda data: b"garbage", id="malformed"),
    ],
)
def test_a_copy_that_is_not_ours_is_rebuilt(thesaurus, tmp_path: Path, change):
    cache = tmp_path / "x.concepts"
    kept_after_build(thesaurus, cache)
    cache.write_bytes(change(cache.read_bytes()))
    assert isinstance(index_for(thesaurus, SHA, cache, KEY), Future)


def resigned(cache: Path, change) -> None:
    """The copy changed and signed again with the right key: only its shape can tell."""
    import hashlib
    import hmac
    import json

    plain = json.loads(cache.read_bytes().partition(b"\n")[2])
    change(plain["index"])
    body = json.dumps(plain, ensure_ascii=False).encode("utf-8")
    mac = hmac.new(KEY, body, hashlib.sha256).hexdigest().encode("ascii")
    cache.write_bytes(mac + b"\n" + body)


def point_outside(index: dict) -> None:
    table = index["tables"]["fr"]
    table[next(iter(table))] = len(index["rows"])


def unknown_concept(index: dict) -> None:
    index["rows"][0][0] = "no-such-concept"


def a_bool_for_a_row(index: dict) -> None:
    table = index["bags"]["en"]
    table[next(iter(table))] = [True]


@pytest.mark.parametrize("change", [point_outside, unknown_concept, a_bool_for_a_row])
def test_a_signed_copy_of_the_wrong_shape_is_rebuilt(thesaurus, tmp_path: Path, change):
    cache = tmp_path / "x.concepts"
    kept_after_build(thesaurus, cache)
    resigned(cache, lambda index: None)
    assert isinstance(index_for(thesaurus, SHA, cache, KEY), ConceptIndex)  # re-signing works
    resigned(cache, change)
    assert isinstance(index_for(thesaurus, SHA, cache, KEY), Future)


def test_another_catalogue_or_key_means_a_new_build(thesaurus, tmp_path: Path):
    cache = tmp_path / "x.concepts"
    kept_after_build(thesaurus, cache)
    assert isinstance(index_for(thesaurus, "d" * 64, cache, KEY), Future)
    assert isinstance(index_for(thesaurus, SHA, cache, b"o" * 32), Future)


def test_a_fifo_in_place_of_the_copy_does_not_block(thesaurus, tmp_path: Path):
    cache = tmp_path / "x.concepts"
    os.mkfifo(cache)
    found = index_for(thesaurus, SHA, cache, KEY)
    assert isinstance(found, Future) and len(built(found)) > 0


def test_a_process_that_ends_at_once_leaves_a_whole_copy_and_no_temp_file(tmp_path: Path):
    folder = write_thesaurus(tmp_path / "thesaurus")
    cache = tmp_path / "x.concepts"
    script = (
        "from concurrent.futures import Future\n"
        "from search_index.concepts_cache import concept_index\n"
        "from tests.unit.search_index.thesaurus_fixture import load_thesaurus\n"
        f"t = load_thesaurus({str(folder)!r}, {sorted(KNOWN)!r})\n"
        f"found = concept_index(t.digest, lambda: t, {SHA!r},"
        f" __import__('pathlib').Path({str(cache)!r}), {KEY!r})\n"
        "found.result(timeout=30)\n"
    )
    repo = Path(__file__).resolve().parents[3]
    env = dict(os.environ, PYTHONPATH=str(repo))
    subprocess.run([sys.executable, "-c", script], env=env, cwd=repo, check=True, timeout=120)
    assert cache.is_file()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_a_kept_index_is_used_without_loading_the_thesaurus(thesaurus, tmp_path: Path):
    cache = tmp_path / "x.concepts"
    kept_after_build(thesaurus, cache)

    def never() -> None:
        raise AssertionError("the thesaurus was loaded")

    assert isinstance(concept_index(thesaurus.digest, never, SHA, cache, KEY), ConceptIndex)
    other = concept_index("another thesaurus", never, SHA, cache, KEY)
    assert isinstance(other, Future) and len(built(other)) == 0  # a failed load: no concepts
    assert isinstance(concept_index(None, never, SHA, cache, KEY), ConceptIndex)
