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
    query_word,
    stem_word,
    strip_controls,
)
from search_index.concepts import ConceptIndex, ConceptMatch
from search_index.concepts import Phrase as StemPhrase
from search_index.languages import candidate_languages, detect, vocabulary
from search_index.lexicon import Lexicon
from search_index.normalize import word_script
from search_index.schema import SEARCH_FIELDS

MAX_QUERY_CHARS = 256
MAX_UNITS = 12
OPTIONAL_PREFIX = 2  # a trailing prefix this short ranks but does not filter
TEXT_EXPANSIONS = 8  # words a longer prefix expands to in the body text
COMPLETION_WEIGHT = 4.0  # a title word starting with what was typed beats body matches
PHRASE_BOOST = 3.0  # the typed words side by side, in this order
NEAR_BOOST = 1.5  # the typed words within a few words of each other
NEAR_SLOP = 6
LINK_BOOST = 2.0  # an entry a matched concept links to, within its tier
_QUOTED = re.compile(r'"([^"]*)"')
_SCRIPT_LANGUAGE = {"arabic": "ar", "cyrillic": "ru"}


@dataclass(slots=True)
class Unit:
    """One thing the officer asked for: a word, a word being typed, or a quoted phrase."""

    surface: str  # normalised text as typed (for corrections)
    stems: tuple[str, ...]
    prefix: bool = False
    alternatives: list[StemPhrase] = field(default_factory=list)
    expansions: tuple[str, ...] = ()
    quoted: bool = False
    concepts: tuple[str, ...] = ()  # thesaurus concepts whose label this unit is

    @property
    def is_phrase(self) -> bool:
        return len(self.stems) > 1


@dataclass(slots=True)
class Understanding:
    """A query as search reads it: its units, language and script, and the small words dropped."""

    units: list[Unit]
    language: str = "en"
    script: str = "none"
    dropped: tuple[str, ...] = ()
    matches: list[ConceptMatch] = field(default_factory=list)


def clean(text: str) -> str:
    return " ".join(strip_controls(text[:MAX_QUERY_CHARS]).split())


def parse(text: str) -> list[Unit]:
    """Words and closed quoted phrases; the last bare word is a prefix unless followed by space."""
    return understand(text).units


def understand(text: str) -> Understanding:
    """Units of a query, with question and stop words of its language dropped (six languages)."""
    raw = strip_controls(text[:MAX_QUERY_CHARS])
    if raw.rstrip().endswith("*"):  # "traf*": the one wildcard people expect, as a prefix
        raw = raw.rstrip().rstrip("*")
    typing = bool(raw) and not raw[-1].isspace() and raw[-1] != '"'
    pieces: list[tuple[str, bool]] = []  # (text, quoted)
    cursor = 0
    for match in _QUOTED.finditer(raw):
        pieces += [(raw[cursor : match.start()], False), (match.group(1), True)]
        cursor = match.end()
    pieces.append((raw[cursor:].replace('"', " "), False))
    every = [w for piece, _ in pieces for w, _ in _words(piece)]
    language, script = detect(raw, every)
    dropped: list[str] = []
    units: list[Unit] = []
    for number, (piece, quoted) in enumerate(pieces):
        last = number == len(pieces) - 1
        kept = _kept_words(piece, language, typing and last and not quoted, dropped)
        if quoted and kept:
            units.append(Unit(" ".join(kept), tuple(stem_word(w) for w in kept), quoted=True))
        elif not quoted:
            units += [Unit(surface=w, stems=(stem_word(w),)) for w in kept]
    if typing and units and not units[-1].quoted and _ends_in_word(pieces[-1][0]):
        units[-1].prefix = True
    return Understanding(units[:MAX_UNITS], language, script, tuple(dropped))


def _words(text: str) -> list[tuple[str, int]]:
    """(normalised word, end offset); a compound stays whole (the index holds it whole too)."""
    return [(query_word(m.group()), m.end()) for m in WORD_RE.finditer(text)]


def _ends_in_word(text: str) -> bool:
    matches = list(WORD_RE.finditer(text))
    return bool(matches) and matches[-1].end() == len(text)


def _small(word: str, language: str) -> bool:
    words = vocabulary()
    own = _SCRIPT_LANGUAGE.get(word_script(word), "en")
    return word in STOP_WORDS or word in words.small(own) or word in words.small(language)


def _kept_words(text: str, language: str, typing: bool, dropped: list[str]) -> list[str]:
    """Drop stop and question words of English, of the word's script and of the query's
    language; a non-English small word stays when nothing else would ("comment" alone). While
    typing, the last word is kept even when short or small: it is the start of a longer one."""
    found = _words(text)
    kept: list[str] = []
    for number, (word, end) in enumerate(found, start=1):
        growing = typing and number == len(found) and end == len(text)
        if growing or (len(word) >= MIN_LENGTH and not _small(word, language)):
            kept.append(word)
        elif word:
            dropped.append(word)
    if not kept and dropped and language != "en":
        kept = [w for w in dropped if len(w) >= MIN_LENGTH and w not in vocabulary().small("en")]
        dropped[:] = [w for w in dropped if w not in kept]
    return kept


def attach_concepts(understood: Understanding, concepts: ConceptIndex) -> Understanding:
    """Merge runs of units that spell a thesaurus label into one unit carrying its concepts and
    their English labels; a word being typed also offers the acronyms it starts. A query that
    spells no label at all links each word to the concepts whose labels (other than English:
    the index has the English words) contain it: a lone "اللجوء" or "fronteiras" is a word of
    many asylum or border labels, and the entries they point to most come first."""
    units = understood.units
    matches = concepts.match([None if u.quoted or u.is_phrase else u.surface for u in units])
    merged: list[Unit] = []
    i = 0
    while i < len(units):
        here = [m for m in matches if m.start == i]
        if not here:
            unit = units[i]
            if not matches and not unit.is_phrase:
                languages = candidate_languages(word_script(unit.surface))
                unit.concepts = tuple(concepts.by_word(unit.surface, languages))
            if unit.prefix and len(unit.surface) >= 2:
                unit.alternatives += [(stem_word(a),) for a in concepts.completions(unit.surface)]
            merged.append(unit)
            i += 1
            continue
        end = here[0].end
        run = units[i:end]
        ids = tuple(dict.fromkeys(m.concept for m in here))
        stems = tuple(s for u in run for s in u.stems)
        alternatives = [p for cid in ids for p in concepts.english(cid) if p != stems]
        merged.append(
            Unit(
                surface=" ".join(u.surface for u in run),
                stems=stems,
                prefix=run[-1].prefix,
                alternatives=list(dict.fromkeys(alternatives)),
                concepts=ids,
            )
        )
        i = end
    understood.units = merged
    understood.matches = matches
    understood.language = _refined(understood.language, matches)
    return understood


def _refined(language: str, matches: list[ConceptMatch]) -> str:
    """Labels tell a Latin-script language better than small words: "salud y migración" has
    the "y" of French and Spanish, but only Spanish labels."""
    if language not in ("en", "fr", "es", "pt") or not matches:
        return language
    counts: dict[str, int] = {}
    for match in matches:
        counts[match.language] = counts.get(match.language, 0) + (match.end - match.start)
    best = max(counts, key=lambda lang: (counts[lang], lang == language))
    return (
        best if best in ("fr", "es", "pt") and counts[best] > counts.get(language, 0) else language
    )


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


def _all_words(stems: tuple[str, ...]) -> Query:
    """Every word of a label the query spelled, anywhere in the entry (a literal match)."""
    return And([Or([Term(f, s) for f in SEARCH_FIELDS]) for s in stems])


def unit_query(unit: Unit, expanded: bool = True) -> Query:
    """The unit's literal words (a quoted phrase as a phrase), its completions and, when
    expanded, the English labels of its concepts and the acronyms it starts."""
    # one typed letter is only ever the start of a word: its exact term would be noise
    single = unit.prefix and len(unit.surface) == 1 and not unit.expansions
    if single:
        parts: list[Query] = []
    elif unit.quoted or len(unit.stems) == 1:
        parts = _phrase_query(unit.stems, SEARCH_FIELDS)
    else:
        parts = [_all_words(unit.stems)]
    if is_short(unit):
        parts.append(Term("complete", unit.surface, boost=COMPLETION_WEIGHT))
    if unit.expansions:
        parts += [Term(f, s) for s in unit.expansions for f in SEARCH_FIELDS]
    if expanded:
        parts += [_label_query(a, f) for a in unit.alternatives for f in SEARCH_FIELDS]
    return Or(parts) if len(parts) > 1 else parts[0]


def _label_query(stems: tuple[str, ...], field: str) -> Query:
    """A concept's English label in one field: every word of it, not necessarily side by side
    (a phrase needs a positions reader per field and label: ten times the cost per keystroke,
    and the concept tier ranks below literal matches anyway)."""
    if len(stems) == 1:
        return Term(field, stems[0])
    return And([Term(field, s) for s in stems])


def _closeness(units: list[Unit]) -> Query | None:
    """Phrase and proximity boosts: the typed words side by side (title or text), or near."""
    stems = [s for u in units if not u.prefix and not u.quoted for s in u.stems]
    if len(stems) < 2 or len(stems) > MAX_UNITS:
        return None
    return Or(
        [Phrase(f, stems, boost=PHRASE_BOOST) for f in ("title", "summary", "text")]
        + [Phrase("text", stems, slop=NEAR_SLOP, boost=NEAR_BOOST)]
    )


def build_query(units: list[Unit], any_unit: bool = False, expanded: bool = True) -> Query | None:
    if not units:
        return None
    queries = [unit_query(u, expanded) for u in units]
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
    closeness = _closeness(units)
    return And(queries) if closeness is None else AndMaybe(And(queries), closeness)


def prune(query: Query, known: frozenset[tuple[str, str]]) -> Query | None:
    """The query without the terms an index lacks (None: it cannot match). Whoosh's own
    normalize() would turn And(a, missing) into a, which matches more, not less."""
    if isinstance(query, Term):
        return query if (query.fieldname, query.text) in known else None
    if isinstance(query, Phrase):
        return query if all((query.fieldname, w) in known for w in query.words) else None
    if isinstance(query, AndMaybe):
        required = prune(query.a, known)
        if required is None:
            return None
        optional = prune(query.b, known)
        return required if optional is None else AndMaybe(required, optional)
    if isinstance(query, And):
        kids = [prune(q, known) for q in query.subqueries]
        if any(k is None for k in kids):
            return None
        return And(kids, boost=query.boost)  # type: ignore[arg-type]
    if isinstance(query, Or):
        kept = [k for k in (prune(q, known) for q in query.subqueries) if k is not None]
        if not kept:
            return None
        return Or(kept, boost=query.boost) if len(kept) > 1 or query.boost != 1 else kept[0]
    return query


def with_links(query: Query, links: dict[str, float]) -> Query:
    """Entries a matched concept links to rank higher, among what the query already found."""
    if not links:
        return query
    return AndMaybe(query, Or([Term("slug", s, boost=LINK_BOOST * w) for s, w in links.items()]))


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
