"""Thesaurus labels found in a query, in any of six languages (docs/architecture.md §5).

The thesaurus (resources/thesaurus/, loaded by search_index.thesaurus) gives each concept a
preferred label in English, French, Spanish, Portuguese, Arabic and Russian, alternative labels
(acronyms, former names) and hidden ones (misspellings). Here every label is analysed the way a
query is — normalised, small words of its language dropped, stemmed in its language — so
"accords de réadmission", "readmission agreement" and "اتفاقيات إعادة القبول" meet the same
concept. A matched concept gives the query its English labels (the catalogue is English) and the
entries it links to; the searcher ranks those below literal matches of the typed words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from search_index.analysis import MIN_LENGTH, STOP_WORDS, WORD_RE, normalize, query_word
from search_index.analysis import terms as english_terms
from search_index.languages import LANGUAGES, LATIN, candidate_languages, stem, vocabulary
from search_index.normalize import normalize_word, word_script

Phrase = tuple[str, ...]  # English index terms
Row = tuple[str, str, str, str]  # concept id, label as written, kind, language
KINDS = ("pref", "alt", "hidden")
RowIds = int | list[int]  # where a table key's labels are in the rows: one, or several
ACRONYM_MAX = 6  # typing "ib" offers IBM; longer labels join once typed in full
MAX_LABEL_WORDS = 8  # a longer label is matched on its first words only (none is that long)
MAX_WORD_CONCEPTS = 40  # a word in more labels than this says nothing about any of them


class ThesaurusLike(Protocol):
    """What search needs of search_index.thesaurus.Thesaurus."""

    def labels(self) -> Iterator[tuple[str, str, str, Any]]: ...


@dataclass(frozen=True, slots=True)
class ConceptMatch:
    """A label found in the query: which concept, which units it covers, in which language."""

    concept: str
    start: int  # first unit
    end: int  # one past the last unit
    language: str
    label: str  # as written in the thesaurus
    kind: str  # pref, alt or hidden


LINK_WEIGHTS = {"entry": 1.0, "broader": 0.6, "related": 0.3}


@dataclass(slots=True)
class _Concept:
    entry: str | None
    linked: dict[str, float]  # slug -> weight: the entry it is, then broader, then related
    broader: list[str] = field(default_factory=list)  # as the thesaurus lists them (pages)
    related: list[str] = field(default_factory=list)
    english: list[Phrase] = field(default_factory=list)
    english_labels: list[str] = field(default_factory=list)
    pref_en: str = ""


def label_words(label: str) -> list[str]:
    """The words of a label as a query keeps them: normalised, compounds whole."""
    return [query_word(m.group()) for m in WORD_RE.finditer(label)]


def keeps(word: str, language: str) -> bool:
    """Whether a word takes part in matching labels of this language."""
    return (
        len(word) >= MIN_LENGTH
        and word not in STOP_WORDS
        and word not in vocabulary().small(language)
        and (language in candidate_languages(word_script(word)))
    )


def _forget_label_words() -> None:
    """The word caches filled by ~8,000 labels hold ~3 MB an officer's queries mostly never
    ask for again (idle memory is budgeted): they refill with what is actually typed."""
    for cached in (normalize_word, normalize, query_word, stem):
        cached.cache_clear()


def _linked(concept: Any) -> dict[str, float]:
    """Linked slugs and how strongly: what a concept is, falls under, relates to."""
    weights: dict[str, float] = {}
    entry = getattr(concept, "entry", None)
    for relation, slugs in (
        ("entry", [entry] if entry else []),
        ("broader", getattr(concept, "broader", ()) or ()),
        ("related", getattr(concept, "related", ()) or ()),
    ):
        for slug in slugs:
            weights.setdefault(slug, LINK_WEIGHTS[relation])
    found = getattr(concept, "linked_slugs", None)
    for slug in found() if callable(found) else ():
        weights.setdefault(slug, LINK_WEIGHTS["related"])
    return weights


class ConceptIndex:
    """Every label of a thesaurus, keyed by its stems per language; read-only once built."""

    def __init__(self, thesaurus: ThesaurusLike | None = None) -> None:
        # Plain JSON shapes throughout (str keys, lists), so the copy kept between runs
        # (search_index/concepts_cache.py) is used exactly as json.loads returns it.
        # Every (concept, label, kind, language) once; the tables point into it by position.
        self._rows: list[Row] = []
        # label key (its stems joined by spaces) -> rows, per language
        self._tables: dict[str, dict[str, RowIds]] = {language: {} for language in LANGUAGES}
        # the same keys as sorted bags: "salud y migración" finds "migración y salud"
        self._bags: dict[str, dict[str, RowIds]] = {language: {} for language in LANGUAGES}
        self._concepts: dict[str, _Concept] = {}
        # stem -> concepts with a (non-hidden) label containing it, outside English: a lone
        # "اللجوء" or "убежище" is no label, but a word of many asylum labels
        self._words: dict[str, dict[str, list[str]]] = {language: {} for language in LANGUAGES}
        self._acronyms: list[tuple[str, str]] = []
        self.label_counts: dict[str, int] = dict.fromkeys(LANGUAGES, 0)
        words: set[str] = set()
        for language, kind, label, concept in thesaurus.labels() if thesaurus else ():
            info = self._concepts.get(concept.id)
            if info is None:
                info = _Concept(
                    getattr(concept, "entry", None) or None,
                    _linked(concept),
                    list(getattr(concept, "broader", ()) or ()),
                    list(getattr(concept, "related", ()) or ()),
                )
                self._concepts[concept.id] = info
            self._add(language, kind, label, concept.id, info, words)
        self._acronyms.sort()
        self.words: frozenset[str] = frozenset(words)
        _forget_label_words()

    def _add(
        self, language: str, kind: str, label: str, cid: str, info: _Concept, words: set[str]
    ) -> None:
        if language not in self._tables or not isinstance(label, str):
            return
        self.label_counts[language] += 1
        found = label_words(label)
        if kind != "hidden":  # a misspelling is known only as part of its whole label
            words.update(found)
        kept = [w for w in found if keeps(w, language)][:MAX_LABEL_WORDS]
        # A name ("Nigéria", "Rabat Process") is matched as written: a stemmer would make the
        # Portuguese "Nigéria" and the English "Niger" one word. Vocabulary is stemmed.
        named = language in LATIN and any(m.group()[:1].isupper() for m in WORD_RE.finditer(label))
        key = [w if named else stem(language, w) for w in kept]
        if kind != "hidden" and language != "en":
            for part in set(key):
                ids = self._words[language].setdefault(part, [])
                if cid not in ids:
                    ids.append(cid)
        self._rows.append((cid, label, kind, language))  # every label: entry pages list them
        row = len(self._rows) - 1
        if key:
            tables = [(self._tables[language], _key(key))]
            if len(key) > 1:
                tables.append((self._bags[language], _key(sorted(key))))
            for table, where in tables:
                rows = _row_ids(table.get(where))
                if all(self._rows[other][0] != cid for other in rows):
                    # one row as a bare int: nearly every key has one (~0.7 MB less idle)
                    table[where] = row if not rows else [*rows, row]
        if language == "en" and kind != "hidden":
            phrase = tuple(english_terms(label))
            if phrase and phrase not in info.english:
                info.english.append(phrase)
                info.english_labels.append(label)
            if kind == "pref":
                info.pref_en = label
        compact = label.strip()
        if compact.isalnum() and compact.isupper() and len(compact) <= ACRONYM_MAX:
            self._acronyms.append((normalize(compact), cid))

    def __len__(self) -> int:
        return len(self._concepts)

    # -- kept between runs (search_index/concepts_cache.py) -------------------------------------

    def to_plain(self) -> dict[str, Any]:
        """Everything built from the labels, as JSON values."""
        return {
            "rows": self._rows,
            "tables": self._tables,
            "bags": self._bags,
            "concepts": {
                cid: [
                    c.entry,
                    c.linked,
                    c.broader,
                    c.related,
                    [list(p) for p in c.english],
                    c.english_labels,
                    c.pref_en,
                ]
                for cid, c in self._concepts.items()
            },
            "words": self._words,
            "acronyms": self._acronyms,
            "label_counts": self.label_counts,
            "known": sorted(self.words),
        }

    @classmethod
    def from_plain(cls, plain: dict[str, Any]) -> ConceptIndex:
        """The index `to_plain` described, taken as json.loads gave it (the copy is signed: only
        this machine wrote it); raises KeyError/TypeError/ValueError if its shape is not that."""
        index = cls()
        rows = plain["rows"]
        # json.loads makes a new string for every repeated concept id, kind and language:
        # share one each (~1.5 MB of idle memory), as the index built from the labels does
        shared = {cid: cid for cid in plain["concepts"]} | {k: k for k in (*KINDS, *LANGUAGES)}
        index._rows = [(shared[c], label, shared[k], shared[lang]) for c, label, k, lang in rows]
        index._tables = _per_language(plain["tables"], len(rows))
        index._bags = _per_language(plain["bags"], len(rows))
        index._concepts = {
            shared[cid]: _Concept(
                entry,
                dict(linked),
                list(broader),
                list(related),
                [tuple(p) for p in english],
                list(labels),
                pref,
            )
            for cid, (entry, linked, broader, related, english, labels, pref) in plain[
                "concepts"
            ].items()
        }
        index._words = {
            lang: {word: [shared[cid] for cid in ids] for word, ids in plain["words"][lang].items()}
            for lang in LANGUAGES
        }
        index._acronyms = [(str(a), str(c)) for a, c in plain["acronyms"]]
        index.label_counts = {lang: int(plain["label_counts"][lang]) for lang in LANGUAGES}
        index.words = frozenset(plain["known"])
        return index

    def entry(self, concept: str) -> str | None:
        """The catalogue entry or region this concept IS, if any."""
        info = self._concepts.get(concept)
        return None if info is None else info.entry

    def linked(self, concept: str) -> tuple[str, ...]:
        info = self._concepts.get(concept)
        return () if info is None else tuple(info.linked)

    def link_weights(self, concept: str) -> dict[str, float]:
        info = self._concepts.get(concept)
        return {} if info is None else info.linked

    def english(self, concept: str) -> list[Phrase]:
        info = self._concepts.get(concept)
        return [] if info is None else info.english

    def english_labels(self, concept: str) -> list[str]:
        info = self._concepts.get(concept)
        return [] if info is None else info.english_labels

    def pref_en(self, concept: str) -> str:
        info = self._concepts.get(concept)
        return concept if info is None or not info.pref_en else info.pref_en

    def match(self, words: Sequence[str | None]) -> list[ConceptMatch]:
        """Labels found in a sequence of query words (None: a quoted phrase, never matched),
        longest first and without overlaps; one span may carry several concepts."""
        found: list[ConceptMatch] = []
        for language in LANGUAGES:
            found += self._match_language(words, language)
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        taken: list[tuple[int, int]] = []
        kept: list[ConceptMatch] = []
        for item in found:
            span = (item.start, item.end)
            overlaps = any(s < item.end and item.start < e for s, e in taken if (s, e) != span)
            if overlaps or any(
                k.concept == item.concept and (k.start, k.end) == span for k in kept
            ):
                continue
            taken.append(span)
            kept.append(item)
        return sorted(kept, key=lambda m: (m.start, -m.end))

    def _match_language(self, words: Sequence[str | None], language: str) -> list[ConceptMatch]:
        table = self._tables[language]
        if not table:
            return []
        seq = [(i, w, stem(language, w)) for i, w in enumerate(words) if w and keeps(w, language)]
        found: list[ConceptMatch] = []
        i = 0
        while i < len(seq):
            for n in range(min(MAX_LABEL_WORDS, len(seq) - i), 0, -1):
                window = seq[i : i + n]
                rows = _row_ids(table.get(_key(s for _, _, s in window)))
                if not rows and language in LATIN:
                    rows = _row_ids(table.get(_key(w for _, w, _ in window)))
                if not rows and n > 1:
                    bag = _key(sorted(s for _, _, s in window))
                    rows = _row_ids(self._bags[language].get(bag))
                if rows:
                    start, end = seq[i][0], seq[i + n - 1][0] + 1
                    found += [
                        ConceptMatch(c, start, end, language, lab, k)
                        for c, lab, k, _ in (self._rows[r] for r in rows)
                    ]
                    i += n
                    break
            else:
                i += 1
        return found

    def by_word(self, word: str, languages: Iterable[str]) -> list[str]:
        """Concepts whose labels contain this word (not English: the index has English words),
        when it names few enough to mean something."""
        found: list[str] = []
        for language in languages:
            if language != "en" and keeps(word, language):
                found += self._words[language].get(stem(language, word), [])
        found = list(dict.fromkeys(found))
        return found if len(found) <= MAX_WORD_CONCEPTS else []

    def completions(self, prefix: str) -> list[str]:
        """Acronym labels that start with what is being typed ("ib" → ibm), as normalised words."""
        found: list[str] = []
        for surface, _cid in self._acronyms:
            if surface.startswith(prefix) and surface != prefix and surface not in found:
                found.append(surface)
        return found

    # -- what entry pages show (desktop_app/library/thesaurus_data.py) ---------------------------

    def concept_of(self, slug: str) -> str | None:
        """The concept that IS this entry or region (the thesaurus's first), if any."""
        return next((cid for cid, c in self._concepts.items() if c.entry == slug), None)

    def labels_of(self, concept: str) -> dict[str, tuple[tuple[str, str], ...]]:
        """Its (language, label) pairs per kind, in thesaurus order: 8,000 rows scanned on a
        page open (~0.5 ms) rather than a second copy of every label kept in memory."""
        found: dict[str, list[tuple[str, str]]] = {kind: [] for kind in KINDS}
        for cid, label, kind, language in self._rows:
            if cid == concept:
                found[kind].append((language, label))
        return {kind: tuple(pairs) for kind, pairs in found.items()}

    def linking(self, slug: str) -> list[tuple[str, str]]:
        """(concept, "broader" or "related") for concepts that name this slug so, in order."""
        return [
            (cid, "broader" if slug in c.broader else "related")
            for cid, c in self._concepts.items()
            if slug in c.broader or slug in c.related
        ]

    def knows(self, word: str) -> bool:
        """A word of some label, in any language: never "corrected"."""
        return word in self.words


def _key(words: Iterable[str]) -> str:
    """A label's or a query window's words as one table key (words never hold a space)."""
    return " ".join(words)


def _row_ids(found: RowIds | None) -> Sequence[int]:
    """A table value as row positions: none, one bare int, or a list of several."""
    if found is None:
        return ()
    return (found,) if isinstance(found, int) else found


def _per_language(tables: dict[str, Any], row_count: int) -> dict[str, dict[str, RowIds]]:
    """Tables from a kept copy, checked to point inside its rows (a cheap pass, no copying)."""
    found = {language: tables[language] for language in LANGUAGES}
    for table in found.values():
        if not isinstance(table, dict):
            raise TypeError("a table is not a mapping")
        for value in table.values():
            rows = _row_ids(value)
            if any(type(r) is not int or not 0 <= r < row_count for r in rows):
                raise ValueError("a table points outside the rows")
    return found


def concept_ids(matches: Iterable[ConceptMatch]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.concept for m in matches))
