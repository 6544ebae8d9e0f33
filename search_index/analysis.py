"""Text analysis shared by indexing, querying, snippets and the spelling lexicon.

One definition of "a word" for everything: tokens keep inner `&` and `-` (M&D, COVID-19) and are
also split into their parts; words are normalised by `normalize.normalize_word` (NFKC, case,
Latin accents, Arabic letter forms: Türkiye = turkiye); a French elided article goes (l'asile =
asile); Snowball English stemming makes trafficking ≈ traffick. The fast path (`words`,
`stem_word`) mirrors the Whoosh analyzer with plain regexes and caches, because snippets and
the lexicon run it on every keystroke.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from whoosh.analysis import Token, Tokenizer
from whoosh.support.charset import accent_map

from search_index.languages import arabic_prefix_strip, english_stem, vocabulary
from search_index.normalize import MARK_CLASS, normalize_word, remove_invisible

_LETTERS = rf"[\w{MARK_CLASS}]+"
WORD_PATTERN = rf"{_LETTERS}(?:[&'’\-]{_LETTERS})*"
WORD_RE = re.compile(WORD_PATTERN)
_JOINERS_RE = re.compile(r"[&'’\-]")
STOP_WORDS = vocabulary().index_stops  # English: the catalogue's language
MIN_LENGTH = 2


def fold(text: str) -> str:
    """Lower-case and strip Latin accents: the gazetteer's name keys (its compiled file is keyed
    this way; words of the index and of queries go through `normalize`)."""
    return text.lower().translate(accent_map)


@lru_cache(maxsize=500_000)
def normalize(word: str) -> str:
    """One word as index and queries compare it: normalised, a French elided article dropped
    (l'asile = asile), Arabic prefixes such as ال stripped."""
    word = normalize_word(word)
    head, apostrophe, rest = word.replace("’", "'").partition("'")
    if apostrophe and rest and head in vocabulary().elisions:
        word = rest
    if word and "\u0600" <= word[0] <= "\u06ff":
        word = arabic_prefix_strip(word)
    return word


@lru_cache(maxsize=500_000)
def query_word(raw: str) -> str:
    """A raw word as a query (or a thesaurus label) keeps it: normalised, compounds whole."""
    return split_compound(normalize(raw))[0]


def split_compound(word: str) -> list[str]:
    """`m&d` → [`m&d`, `m`, `d`]; `icmpd’s` → [`icmpd`]; plain words → [word]."""
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if not _JOINERS_RE.search(word):
        return [word]
    parts = [p for p in _JOINERS_RE.split(word) if p]
    whole = word.replace("'", "") if "'" in word and not re.search(r"[&-]", word) else word
    return [whole, *(p for p in parts if p != whole)]


@lru_cache(maxsize=500_000)
def stem_word(word: str) -> str:
    return english_stem(word)


@lru_cache(maxsize=500_000)
def surfaces(raw: str) -> tuple[str, ...]:
    """The indexable folded words of one raw token (compound parts included, stops dropped).

    Cached per distinct raw token: a corpus repeats the same few thousand words, so analysis
    becomes one regex scan and a dictionary lookup per word.
    """
    return tuple(
        part
        for part in split_compound(normalize(raw))
        if len(part) >= MIN_LENGTH and part not in STOP_WORDS
    )


@lru_cache(maxsize=500_000)
def _raw_terms(raw: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(stem_word(part) for part in surfaces(raw)))


def words(text: str) -> Iterator[tuple[str, int, int]]:
    """(folded surface word, start, end) for every indexable word, compound parts included."""
    for match in WORD_RE.finditer(text):
        for part in surfaces(match.group()):
            yield part, match.start(), match.end()


def word_set(texts: Iterable[str]) -> set[str]:
    """The distinct surface words of some texts (for document frequencies)."""
    raws = {raw for text in texts for raw in WORD_RE.findall(text)}
    return {part for raw in raws for part in surfaces(raw)}


def terms(text: str) -> list[str]:
    """The index terms of a text, in order (stemmed)."""
    return [stem_word(word) for word, _, _ in words(text)]


class _CachedTokenizer(Tokenizer):
    """Whoosh tokenizer protocol over a cached per-raw-word function (`pieces`): the one regex
    scan shared by the index terms and the completion grams. Stateless, so instances are equal."""

    pieces: staticmethod

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = value
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        pos = start_pos
        for match in WORD_RE.finditer(value):
            found = self.pieces(match.group())
            if not found:
                continue
            for piece in found:
                token.text = piece
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = match.group()
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar = start_char + match.start()
                    token.endchar = start_char + match.end()
                yield token
            pos += 1


class WordTokenizer(_CachedTokenizer):
    """The whole analysis chain in one pass: words, folding, compounds, stops, stems.

    Equivalent to RegexTokenizer | Lowercase | Charset(accents) | Compound | Stop | Stem, but
    about three times faster at index time because each distinct raw word is analysed once.
    Compound parts share their word's position; stop words take none, so phrases built from
    the same rules line up.
    """

    pieces = staticmethod(_raw_terms)


def index_analyzer() -> WordTokenizer:
    return WordTokenizer()


MAX_COMPLETION = 4


@lru_cache(maxsize=500_000)
def _raw_prefixes(raw: str) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for part in surfaces(raw):
        for n in range(1, min(len(part), MAX_COMPLETION) + 1):
            found[part[:n]] = None
    return tuple(found)


class PrefixTokenizer(_CachedTokenizer):
    """Edge n-grams (1–4 letters) of every word, for the completion field.

    A one-to-four letter prefix then costs one posting list instead of an OR over thousands of
    words that start with it — the difference between milliseconds and seconds at 100k entries.
    """

    pieces = staticmethod(_raw_prefixes)


def strip_controls(text: str) -> str:
    """Drop control and unpaired-surrogate characters that no catalogue word contains; marks
    that never separate words (RLM, zero-width joiner, soft hyphen) vanish without a space."""
    return "".join(
        ch if unicodedata.category(ch) not in ("Cc", "Cs", "Cf", "Co", "Cn") else " "
        for ch in remove_invisible(text)
    )
