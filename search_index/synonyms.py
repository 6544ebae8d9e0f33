"""The synonym and acronym table (resources/synonyms.toml), analysed once at load time.

Editors add rows to the TOML file; queries expand through it at search time, so no code change
and no index rebuild is needed for a new synonym.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from db.safe_files import UnsafeFileError, read_toml_file
from search_index.analysis import fold, split_compound, stem_word, terms
from search_index.errors import SearchIndexError

Phrase = tuple[str, ...]  # analysed (stemmed) terms
ACRONYM_MAX = 6  # typing "ib" completes towards IBM; "migration" must not pull in M&D


@dataclass(frozen=True, slots=True)
class SynonymTable:
    groups: tuple[tuple[Phrase, ...], ...] = ()
    # short one-word members (acronyms), for prefix matches while typing
    surfaces: tuple[tuple[str, int], ...] = ()

    @classmethod
    def from_groups(cls, groups: Iterable[Iterable[str]]) -> SynonymTable:
        analysed: list[tuple[Phrase, ...]] = []
        surfaces: list[tuple[str, int]] = []
        for raw in groups:
            members = tuple(dict.fromkeys(p for p in (_phrase(m) for m in raw) if p))
            if len(members) < 2:
                continue
            index = len(analysed)
            analysed.append(members)
            for member in raw:
                folded = fold(member.strip())
                if folded.isalnum() and len(folded) <= ACRONYM_MAX:
                    surfaces.append((folded, index))
        return cls(tuple(analysed), tuple(sorted(surfaces)))

    @classmethod
    def load(cls, path: Path | None) -> SynonymTable:
        if path is None:
            return cls()
        try:
            data = read_toml_file(Path(path))
        except FileNotFoundError:
            return cls()
        except UnsafeFileError as exc:  # a FIFO, too large, not TOML, nested ten thousand deep
            raise SearchIndexError(f"cannot read synonyms: {exc}") from None
        groups = data.get("group", [])
        if not isinstance(groups, list):
            raise SearchIndexError(f"{path}: expected [[group]] tables")
        cleaned = []
        for number, group in enumerate(groups, start=1):
            members = group.get("terms") if isinstance(group, dict) else None
            if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
                raise SearchIndexError(f'{path}: group {number} needs terms = ["...", ...]')
            cleaned.append(members)
        return cls.from_groups(cleaned)

    def knows(self, stem: str) -> bool:
        """Whether a word is part of some synonym or acronym (never "corrected" then)."""
        return any(stem in member for members in self.groups for member in members)

    def alternatives(self, phrase: Phrase) -> list[Phrase]:
        """Other members of every group that contains exactly this phrase."""
        found: list[Phrase] = []
        for members in self.groups:
            if phrase in members:
                found.extend(m for m in members if m != phrase and m not in found)
        return found

    def completions(self, prefix: str) -> list[Phrase]:
        """The acronyms that start with the typed prefix ("ib" -> IBM). Only the acronym itself:
        its group's long forms join once it is typed in full, which keeps each keystroke to a
        few terms instead of a handful of phrase queries."""
        found: list[Phrase] = []
        for surface, _index in self.surfaces:
            if surface.startswith(prefix) and surface != prefix:
                phrase = (stem_word(surface),)
                if phrase not in found:
                    found.append(phrase)
        return found


def _phrase(member: str) -> Phrase:
    whole = fold(member.strip())
    if whole and " " not in whole:
        # keep compounds such as m&d whole: that is how the index stores them first
        first = split_compound(whole)[0]
        return (stem_word(first),)
    return tuple(terms(member))
