from __future__ import annotations

from search_index.query import MAX_QUERY_CHARS, build_query, clean, parse


def describe(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    return [(u.surface, u.stems, u.prefix) for u in parse(text)]


def test_last_word_is_a_prefix_while_typing():
    assert describe("border man") == [("border", ("border",), False), ("man", ("man",), True)]
    assert describe("border man ") == [("border", ("border",), False), ("man", ("man",), False)]


def test_short_and_stop_words_kept_only_while_being_typed():
    assert describe("in") == [("in", ("in",), True)]
    assert describe("in ") == []
    assert describe("a") == [("a", ("a",), True)]


def test_quoted_phrase_is_one_unit():
    assert describe('"border management" pro') == [
        ("border management", ("border", "manag"), False),
        ("pro", ("pro",), True),
    ]


def test_unclosed_quote_is_plain_words():
    assert describe('"border man') == [("border", ("border",), False), ("man", ("man",), True)]


def test_operators_and_wildcards_are_plain_text():
    assert describe("NOT NOT a") == [
        ("not", ("not",), False),
        ("not", ("not",), False),
        ("a", ("a",), True),
    ]
    assert describe("*a*") == [("a", ("a",), True)]  # a trailing * means "starts with"
    assert describe("traf*") == [("traf", ("traf",), True)]
    assert describe("a*b") == [("b", ("b",), True)]  # inner * is a separator
    assert describe("((((((((((a") == [("a", ("a",), True)]
    assert describe("title:x AND body:y") == [
        ("title", ("titl",), False),
        ("body", ("bodi",), False),
        ("y", ("y",), True),
    ]


def test_input_is_capped_and_cleaned():
    assert len(clean("x" * 10_000)) == MAX_QUERY_CHARS
    assert clean("a\x00b\u202ec") == "a b c"
    assert len(parse("word " * 1_000)) <= 12


def test_build_query_handles_nothing():
    assert build_query([]) is None
