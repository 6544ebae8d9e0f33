"""The migration thesaurus: SKOS-like concepts with labels in six languages (Qt-free, no Whoosh).

Editors write resources/thesaurus/*.toml (concepts with preferred, alternative and hidden labels
in en fr es pt ar ru, and links to catalogue entries and regions; it replaces synonyms.toml).
`fieldref build` validates them (search_index/thesaurus_source.py) against the catalogue's slugs
and compiles them into one compact JSON file beside the catalogue, which the app loads at start:
the shipped 350 concepts / 8,300 labels take ~230 ms as TOML plus the checks, ~12 ms as JSON.
Search (normalisation, matching, expansion) reads the concepts through this module; entry pages
and `fieldref terms` show their labels.

A thesaurus file may come from anyone's hands: every problem is one ThesaurusError line naming
the file and line (tomllib has no positions, so thesaurus_source finds them in the raw text).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from db.errors import SourceError
from db.safe_files import UnsafeFileError, loads_json, read_regular_bytes

LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "pt", "ar", "ru")
KINDS: tuple[str, ...] = ("pref", "alt", "hidden")
THESAURUS_FILE = "thesaurus.json"  # the compiled form, written by `fieldref build`
COMPILED_FORMAT = 1
MAX_FILE_BYTES = 4 << 20  # a few hundred concepts take ~100 KB
MAX_FILES = 200
MAX_LABEL = 200  # characters; the longest official programme names are about 120
CONCEPT_KEYS = frozenset({"id", "entry", "broader", "related", *KINDS})
# Zero-width (non-)joiners are part of how some scripts are spelled; every other invisible
# format character (bidi overrides and isolates, LRM/RLM, soft hyphen, BOM) is refused.
ALLOWED_FORMAT = frozenset({"\u200c", "\u200d"})

Label = tuple[str, str]  # (language, text)


class ThesaurusError(SourceError):
    """A thesaurus file is wrong; the message is "file:line: what is wrong"."""


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    entry: str | None  # the catalogue entry or region this concept IS
    broader: tuple[str, ...]
    related: tuple[str, ...]
    pref: tuple[Label, ...]  # one per language, in LANGUAGES order
    alt: tuple[Label, ...]
    hidden: tuple[Label, ...]

    def pref_label(self, language: str) -> str | None:
        return next((text for lang, text in self.pref if lang == language), None)

    def labels_of(self, kind: str, language: str) -> tuple[str, ...]:
        """The `kind` labels ("pref", "alt", "hidden") in one language, in file order."""
        return tuple(text for lang, text in getattr(self, kind) if lang == language)

    def linked_slugs(self) -> tuple[str, ...]:
        """Every catalogue slug this concept points at: its own entry first, then broader,
        then related (the order search boosts them in)."""
        own = (self.entry,) if self.entry else ()
        return tuple(dict.fromkeys((*own, *self.broader, *self.related)))


def label_key(label: str) -> str:
    """How labels are compared for duplicates: NFKC, case-folded, spaces collapsed; accents
    kept ("réfugié" and "refugie" are different labels; the second is a hidden one)."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", label).casefold())
    return " ".join(folded.split())


class Thesaurus:
    """The loaded concepts with the look-ups entry pages and search need. Immutable in use."""

    __slots__ = ("_about", "_by_entry", "_by_id", "concepts", "digest")

    def __init__(self, concepts: Iterable[Concept], digest: str = "") -> None:
        self.concepts: tuple[Concept, ...] = tuple(concepts)
        self.digest = digest  # sha256 of the compiled form: what an index may stamp itself with
        self._by_id = {c.id: c for c in self.concepts}
        self._by_entry: dict[str, Concept] = {}
        about: dict[str, list[Concept]] = {}
        for concept in self.concepts:
            if concept.entry:
                self._by_entry.setdefault(concept.entry, concept)
            for slug in dict.fromkeys((*concept.broader, *concept.related)):
                about.setdefault(slug, []).append(concept)
        self._about = {slug: tuple(found) for slug, found in about.items()}

    def __len__(self) -> int:
        return len(self.concepts)

    @classmethod
    def empty(cls) -> Thesaurus:
        return cls(())

    @classmethod
    def load(cls, folder: Path, known_slugs: Collection[str] | None = None) -> Thesaurus:
        """Every *.toml in folder, validated (see thesaurus_source); a missing folder is an
        empty thesaurus. Raises ThesaurusError (one line: file, line, what is wrong)."""
        from search_index.thesaurus_source import load_concepts

        concepts = load_concepts(Path(folder), known_slugs)
        return cls(concepts, hashlib.sha256(_compiled(concepts)).hexdigest())

    def restricted_to(self, known_slugs: Collection[str]) -> Thesaurus:
        """The same concepts with links only to slugs in known_slugs: a content pack may have
        removed an entry the shipped thesaurus names, and search must not boost a ghost."""
        known = frozenset(known_slugs)

        def keep(slugs: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(s for s in slugs if s in known)

        concepts = [
            replace(
                c,
                entry=c.entry if c.entry in known else None,
                broader=keep(c.broader),
                related=keep(c.related),
            )
            for c in self.concepts
        ]
        if concepts == list(self.concepts):
            return Thesaurus(concepts, self.digest)
        # another thesaurus than the file's: an index built from it must not pass for one
        # built from the whole file (search_index/concepts_cache.py keys on the digest)
        narrowed = hashlib.sha256(_compiled(concepts)).hexdigest()
        return Thesaurus(concepts, f"{self.digest}/{narrowed}")

    # -- the compiled form -----------------------------------------------------------------------

    def compiled_bytes(self) -> bytes:
        """Compact, deterministic JSON (same concepts, same bytes): what the build writes."""
        return _compiled(self.concepts)

    @classmethod
    def load_compiled(cls, path: Path) -> Thesaurus:
        """The file `fieldref build` wrote. Raises FileNotFoundError when there is none, and
        ThesaurusError when it is unreadable, damaged or from another version."""
        path = Path(path)
        try:
            raw = read_regular_bytes(path, MAX_FILE_BYTES * 2)
            data = loads_json(raw, str(path))
        except UnsafeFileError as exc:
            raise ThesaurusError(path, _without_path(exc, path)) from None
        if not isinstance(data, dict) or data.get("format") != COMPILED_FORMAT:
            raise ThesaurusError(path, "not a thesaurus of this version; run 'fieldref build'")
        try:
            concepts = [_concept_from_row(row) for row in data["concepts"]]
        except (KeyError, TypeError, ValueError):
            raise ThesaurusError(path, "damaged; run 'fieldref build'") from None
        return cls(concepts, hashlib.sha256(raw).hexdigest())

    # -- look-ups -------------------------------------------------------------------------------

    def labels(self) -> Iterator[tuple[str, str, str, Concept]]:
        """(language, kind, label, concept) for every label: what search matches against."""
        for concept in self.concepts:
            for kind in KINDS:
                for language, text in getattr(concept, kind):
                    yield language, kind, text, concept

    def concept(self, concept_id: str) -> Concept | None:
        return self._by_id.get(concept_id)

    def for_entry(self, slug: str) -> Concept | None:
        """The concept that IS this entry or region (`entry = slug`), if any."""
        return self._by_entry.get(slug)

    def about(self, slug: str) -> tuple[Concept, ...]:
        """Concepts that name this slug as broader or related, in file order."""
        return self._about.get(slug, ())


class CompiledThesaurus:
    """The compiled thesaurus file, known by its digest before anyone pays for loading it.

    Search keeps the label index built from a thesaurus between runs (concepts_cache), named
    after that digest; at start-up the kept index answers without the thesaurus, which is only
    loaded (~10 ms, ~2 MB) when the index must be built again."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.digest = hashlib.sha256(
                read_regular_bytes(self.path, MAX_FILE_BYTES * 2)
            ).hexdigest()
        except (OSError, UnsafeFileError):
            self.digest = ""  # load() says why

    def load(self) -> Thesaurus:
        """The thesaurus itself; raises FileNotFoundError or ThesaurusError like load_compiled."""
        return Thesaurus.load_compiled(self.path)


def _compiled(concepts: Iterable[Concept]) -> bytes:
    rows = [
        [
            c.id,
            c.entry or "",
            list(c.broader),
            list(c.related),
            [list(p) for p in c.pref],
            [list(a) for a in c.alt],
            [list(h) for h in c.hidden],
        ]
        for c in concepts
    ]
    data = {"format": COMPILED_FORMAT, "concepts": rows}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _concept_from_row(row: list[Any]) -> Concept:
    cid, entry, broader, related, pref, alt, hidden = row

    def labels(items: list[list[str]]) -> tuple[Label, ...]:
        found = tuple((str(lang), str(text)) for lang, text in items)
        if any(lang not in LANGUAGES for lang, _ in found):
            raise ValueError("unknown language")
        return found

    return Concept(
        str(cid),
        str(entry) or None,
        tuple(map(str, broader)),
        tuple(map(str, related)),
        labels(pref),
        labels(alt),
        labels(hidden),
    )


def _without_path(exc: Exception, path: Path) -> str:
    return str(exc).removeprefix(f"{path}: ").removeprefix(f"{path}:")


__all__ = [
    "COMPILED_FORMAT",
    "KINDS",
    "LANGUAGES",
    "THESAURUS_FILE",
    "CompiledThesaurus",
    "Concept",
    "Thesaurus",
    "ThesaurusError",
    "label_key",
]
