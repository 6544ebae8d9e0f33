"""Turns what an officer typed into a Whoosh query without ever handing text to a parser.

The stock query parser raises on `NOT NOT a`, recurses on `((((…` and freezes on `*a*`. Here
text is capped, cleaned, split into words and quoted phrases, and each piece becomes a small
query object we build ourselves: there is no syntax left that could go wrong. Operators and
wildcards are plain characters; only a closed pair of double quotes means "phrase".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh.query import And, AndMaybe, Or, Phrase, Query, Term

from search_index.analysis import (
    MAX_COMPLETION,
    MIN_LENGTH,
    STOP_WORDS,
    WORD_RE,
    fold,
    split_compound,
    stem_word,
    strip_controls,
)
from search_index.lexicon import Lexicon
from search_index.schema import SEARCH_FIELDS
from search_index.synonyms import Phrase as StemPhrase
from search_index.synonyms import SynonymTable

MAX_QUERY_CHARS = 256
MAX_UNITS = 12
OPTIONAL_PREFIX = 2  # a trailing prefix this short ranks but does not filter
TEXT_EXPANSIONS = 8  # words a longer prefix expands to in the body text
COMPLETION_WEIGHT = 4.0  # a title word starting with what was typed beats body matches
_QUOTED = re.compile(r'"([^"]*)"')


@dataclass(slots=True)
class Unit:
    """One thing the officer asked for: a word, a word being typed, or a quoted phrase."""

    surface: str  # folded text as typed (for corrections)
    stems: tuple[str, ...]
    prefix: bool = False
    alternatives: list[StemPhrase] = field(default_factory=list)
    expansions: tuple[str, ...] = ()

    @property
    def is_phrase(self) -> bool:
        return len(self.stems) > 1


def clean(text: str) -> str:
    return " ".join(strip_controls(text[:MAX_QUERY_CHARS]).split())


def parse(text: str) -> list[Unit]:
    """Words and closed quoted phrases; the last bare word is a prefix unless followed by space."""
    raw = strip_controls(text[:MAX_QUERY_CHARS])
    if raw.rstrip().endswith("*"):  # "traf*": the one wildcard people expect, as a prefix
        raw = raw.rstrip().rstrip("*")
    typing = bool(raw) and not raw[-1].isspace() and raw[-1] != '"'
    units: list[Unit] = []
    cursor = 0
    for match in _QUOTED.finditer(raw):
        units.extend(_word_units(raw[cursor : match.start()]))
        inner = _query_words(match.group(1))
        if inner:
            units.append(Unit(surface=" ".join(inner), stems=tuple(stem_word(w) for w in inner)))
        cursor = match.end()
    tail = raw[cursor:].replace('"', " ")
    units.extend(_word_units(tail, typing=typing))
    return units[:MAX_UNITS]


def _query_words(text: str, typing: bool = False) -> list[str]:
    """Folded words; a compound stays whole (the index holds it whole too). While typing, the
    last word is kept even when it is short or a stop word: it is the start of a longer one."""
    matches = list(WORD_RE.finditer(text))
    found = []
    for number, match in enumerate(matches, start=1):
        word = split_compound(fold(match.group()))[0]
        growing = typing and number == len(matches) and match.end() == len(text)
        if growing or (len(word) >= MIN_LENGTH and word not in STOP_WORDS):
            found.append(word)
    return found


def _word_units(text: str, typing: bool = False) -> list[Unit]:
    units = [Unit(surface=w, stems=(stem_word(w),)) for w in _query_words(text, typing)]
    if typing and units and WORD_RE.search(text) and text.rstrip() == text:
        last = list(WORD_RE.finditer(text))[-1]
        if last.end() == len(text):
            units[-1].prefix = True
    return units


def attach_synonyms(units: list[Unit], synonyms: SynonymTable) -> list[Unit]:
    """Merge runs of units that spell a synonym-table phrase, and attach the alternatives."""
    merged: list[Unit] = []
    i = 0
    while i < len(units):
        for n in (3, 2):
            run = units[i : i + n]
            if len(run) == n and not any(u.is_phrase for u in run):
                phrase = tuple(u.stems[0] for u in run)
                alternatives = synonyms.alternatives(phrase)
                if alternatives:
                    merged.append(
                        Unit(
                            surface=" ".join(u.surface for u in run),
                            stems=phrase,
                            prefix=run[-1].prefix,
                            alternatives=alternatives,
                        )
                    )
                    i += n
                    break
        else:
            unit = units[i]
            unit.alternatives = synonyms.alternatives(unit.stems)
            if unit.prefix and len(unit.surface) >= 2:
                unit.alternatives += [
                    p
                    for p in synonyms.completions(unit.surface)
                    if p not in unit.alternatives and p != unit.stems
                ]
            merged.append(unit)
            i += 1
    return merged


def is_short(unit: Unit) -> bool:
    """A prefix short enough to be one term of the completion field."""
    return unit.prefix and not unit.is_phrase and len(unit.surface) <= MAX_COMPLETION


def expand_prefixes(units: list[Unit], lexicon: Lexicon, short_too: bool = False) -> None:
    """Expand typed prefixes to the most frequent words they start. Short prefixes are served
    by the completion field; they are expanded only when that found too little."""
    for unit in units:
        if unit.prefix and not unit.is_phrase and (short_too or not is_short(unit)):
            unit.expansions = tuple(
                s for s in lexicon.expand(unit.surface, TEXT_EXPANSIONS) if s != unit.stems[0]
            )


def _phrase_query(stems: tuple[str, ...], fields: tuple[str, ...]) -> list[Query]:
    if len(stems) == 1:
        return [Term(f, stems[0]) for f in fields]
    return [Phrase(f, list(stems)) for f in fields]


def unit_query(unit: Unit) -> Query:
    # one typed letter is only ever the start of a word: its exact term would be noise
    single = unit.prefix and len(unit.surface) == 1 and not unit.expansions
    parts = [] if single else _phrase_query(unit.stems, SEARCH_FIELDS)
    if is_short(unit):
        parts.append(Term("complete", unit.surface, boost=COMPLETION_WEIGHT))
    if unit.expansions:
        parts += [Term(f, s) for s in unit.expansions for f in SEARCH_FIELDS]
    for alternative in unit.alternatives:
        parts += _phrase_query(alternative, SEARCH_FIELDS)
    return Or(parts) if len(parts) > 1 else parts[0]


def build_query(units: list[Unit], any_unit: bool = False) -> Query | None:
    if not units:
        return None
    queries = [unit_query(u) for u in units]
    if len(queries) == 1:
        return queries[0]
    if any_unit:
        return Or(queries)
    last = units[-1]
    if last.prefix and not last.is_phrase and len(last.surface) <= OPTIONAL_PREFIX:
        # One or two letters of the next word rank the results but do not filter them yet:
        # requiring them means intersecting with a huge posting list on every keystroke, and
        # the list would flash empty while the officer is still typing the word.
        required = queries[0] if len(queries) == 2 else And(queries[:-1])
        return AndMaybe(required, queries[-1])
    return And(queries)


def unit_terms(units: list[Unit]) -> set[str]:
    """The index terms to highlight: what was typed, its completions and one-word synonyms.
    Words of multi-word synonyms are left out: highlighting every "state" and "community" for
    ECOWAS would mark words the officer never asked for."""
    found: set[str] = set()
    for unit in units:
        found.update(unit.stems)
        found.update(unit.expansions)
        for alternative in unit.alternatives:
            if len(alternative) == 1:
                found.update(alternative)
    return found
