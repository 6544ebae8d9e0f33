"""'Showing results for …' only when it is honest (docs/architecture.md §5).

A word the catalogue, the gazetteer (a country in any of six languages), the regions or the
thesaurus (a label in any of six languages) knows is never corrected: "Syria" must not become
"strives", nor "NRM" "numerous".
A correction is close and plausible: the first letter is kept, words of three letters or fewer
(acronyms, mostly) are left alone, four-letter words move by one edit only, and a word still being
typed is compared with the start of longer words only from five letters on. Either every unknown
word of a query is corrected or none is: half a correction reads like an answer it is not.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection

from whoosh.reading import IndexReader

from search_index.concepts import ConceptIndex
from search_index.lexicon import Lexicon
from search_index.query import Understanding, Unit, attach_concepts

MAX_DISTANCE = 2
SHORTEST_CORRECTED = 4  # acronyms (NRM, THB) and short words are never guessed at
ONE_EDIT_UP_TO = 4  # words this short move by one edit at most
PREFIX_FROM = 5  # a word being typed is matched against word starts only from this length


class Corrector:
    """Corrects whole queries against one index's lexicon; shared, read-only."""

    def __init__(
        self, lexicon: Lexicon, concepts: ConceptIndex, known_words: Collection[str]
    ) -> None:
        self._lexicon = lexicon
        self._concepts = concepts
        self._known_words = known_words

    def correct(self, units: list[Unit], reader: IndexReader) -> tuple[list[Unit], str] | None:
        """The corrected units and how they read, or None: nothing to correct, or some unknown
        word has no close and plausible match (then the query stands as typed)."""
        changed = False
        fixed: list[Unit] = []
        for unit in units:
            if self._known(unit, reader):
                fixed.append(self._spelled(unit))
                continue
            best = self.nearest(unit)
            if best is None:
                return None
            stem, surface = best
            fixed.append(Unit(surface=surface, stems=(stem,)))
            changed = True
        if not changed:
            return None
        fixed = attach_concepts(Understanding(fixed), self._concepts).units
        return fixed, " ".join(u.surface for u in fixed)

    def _known(self, unit: Unit, reader: IndexReader) -> bool:
        if unit.is_phrase or unit.expansions or unit.alternatives or unit.concepts:
            return True
        if len(unit.surface) < SHORTEST_CORRECTED or unit.surface in self._known_words:
            return True
        stem = unit.stems[0]
        if any(reader.doc_frequency(f, stem) for f in ("title", "summary", "text")):
            return True
        return self._concepts.knows(unit.surface)

    def _spelled(self, unit: Unit) -> Unit:
        """A known unit as the correction line shows it: a misspelling that shares its stem
        with a catalogue word ("managment") reads as that word, so the line is all corrected."""
        if unit.is_phrase or self._has_word(unit.surface):
            return unit
        surface = self._lexicon.surface(unit.stems[0])
        if surface is None:
            return unit
        return Unit(
            surface=surface,
            stems=unit.stems,
            prefix=unit.prefix,
            alternatives=unit.alternatives,
            expansions=unit.expansions,
        )

    def _has_word(self, word: str) -> bool:
        words = self._lexicon.words
        i = bisect.bisect_left(words, word)
        return i < len(words) and words[i] == word

    def nearest(self, unit: Unit) -> tuple[str, str] | None:
        """The known word closest to what was typed, as (stem, surface): fewest edits (a swap is
        one), then the longest agreement at the start (typos come late), then the most used.
        Works on surface words, so 'migratoin' finds 'migration' although their stems differ."""
        word = unit.surface
        if len(word) < SHORTEST_CORRECTED:
            return None
        max_distance = 1 if len(word) <= ONE_EDIT_UP_TO else MAX_DISTANCE
        # the first letter (two, for long words) is rarely the typo; fixing it bounds the scan
        fixed_prefix = 1 if len(word) <= 6 else 2
        as_prefix = unit.prefix and len(word) >= PREFIX_FROM
        candidates = self._lexicon.near(word, max_distance, fixed_prefix, as_prefix=as_prefix)
        if not candidates:
            return None
        index = candidates[0][3]
        return self._lexicon.stems[index], self._lexicon.words[index]
