"""Reads and checks the thesaurus sources (resources/thesaurus/*.toml) into Concepts.

The rules are the data contract's (a slug the catalogue does not have, a duplicate id, the same
label twice in one language, an empty label, a missing preferred language, an unknown language,
a wrong type); each failure is the first one found, as one line naming the file and line.
tomllib reports no positions for valid TOML, so `_Source` finds the line in the raw text: the
concept's `[[concept]]` block, then the key, section or quoted label inside it.

Files may be hostile (a FIFO, a symlink to a device, a nesting bomb, 10,000-character labels,
bidi overrides): db.safe_files refuses the file-level ones, `_label_problem` the label-level ones.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.safe_files import UnsafeFileError, is_slug, loads_toml, read_regular_text
from search_index.thesaurus import (
    ALLOWED_FORMAT,
    CONCEPT_KEYS,
    LANGUAGES,
    MAX_FILE_BYTES,
    MAX_FILES,
    MAX_LABEL,
    Concept,
    Label,
    ThesaurusError,
    label_key,
)

_HEADER_RE = re.compile(r"\s*\[\[\s*concept\s*\]\]")
_ANY_HEADER_RE = re.compile(r"\s*\[")
_TOML_LINE_RE = re.compile(r"at line (\d+)")
_SHOWN_CHARS = 40
Span = tuple[int, int]  # 0-based [start, end) line indexes


def load_concepts(folder: Path, known_slugs: Collection[str] | None) -> list[Concept]:
    """All concepts of folder/*.toml (files in name order), checked across files."""
    if not folder.exists():
        return []
    if not folder.is_dir():
        raise ThesaurusError(folder, "not a folder")
    try:
        files = sorted(p for p in folder.glob("*.toml") if not p.name.startswith("."))
    except OSError as exc:
        raise ThesaurusError(folder, f"cannot be listed ({exc.strerror or exc})") from None
    if len(files) > MAX_FILES:
        raise ThesaurusError(folder, f"more than {MAX_FILES} thesaurus files; refused")
    checker = _Checker(known_slugs)
    for path in files:
        checker.add_file(path)
    return checker.concepts


class _Source:
    """One file's raw lines, for finding where a parsed value was written."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.split("\n")
        self.headers = [i for i, line in enumerate(self.lines) if _HEADER_RE.match(line)]
        self.concepts = 0

    def error(self, line: int | None, message: str) -> ThesaurusError:
        return ThesaurusError(self.path, message, None if line is None else line + 1)

    def span(self, number: int, concept_id: object) -> Span:
        """The lines of the number-th concept: its [[concept]] block, or (inline tables) the
        lines from its id to the next id."""
        if len(self.headers) == self.concepts and number < len(self.headers):
            end = self.headers[number + 1] if number + 1 < len(self.headers) else len(self.lines)
            return self.headers[number], end
        if isinstance(concept_id, str) and is_slug(concept_id):
            pattern = re.compile(rf"""(^|[\s{{,])id\s*=\s*["']{concept_id}["']""")
            starts = [i for i, line in enumerate(self.lines) if pattern.search(line)]
            if starts:
                return starts[0], len(self.lines)
        return 0, len(self.lines)

    def key_line(self, span: Span, key: str) -> int:
        """The line assigning `key` (or opening its [concept.key] table) inside span."""
        pattern = re.compile(
            rf"""(^|[\s{{,.]){re.escape(key)}\s*=|\[\s*concept\.{re.escape(key)}\s*\]"""
        )
        return self._first(span, pattern.search, span[0])

    def section(self, span: Span, kind: str) -> Span:
        """The lines of [concept.<kind>] (or of the line `kind = {...}`) inside span."""
        start = self.key_line(span, kind)
        end = start + 1
        while end < span[1] and not _ANY_HEADER_RE.match(self.lines[end]):
            end += 1
        return start, end

    def label_line(self, span: Span, kind: str, language: str, label: str) -> int:
        """Where a label was typed: its quoted text in the kind's section, on the language's
        line if it is there; else the language key; else the section."""
        section = self.section(span, kind)
        quoted = (f'"{json.dumps(label, ensure_ascii=False)[1:-1]}"', f"'{label}'")
        lang = re.compile(rf"(^|[\s{{,]){language}\s*=")

        def has_label(line: str) -> bool:
            return any(q in line for q in quoted)

        on_lang = self._first(section, lambda t: lang.search(t) and has_label(t), -1)
        if on_lang >= 0:
            return on_lang
        found = self._first(section, has_label, -1)
        return found if found >= 0 else self._first(section, lang.search, section[0])

    def _first(self, span: Span, test: Any, default: int) -> int:
        for index in range(span[0], min(span[1], len(self.lines))):
            if test(self.lines[index]):
                return index
        return default


class _Checker:
    """Collects concepts file by file and remembers where each id, entry and label was seen."""

    def __init__(self, known_slugs: Collection[str] | None) -> None:
        self.known = None if known_slugs is None else frozenset(known_slugs)
        self.concepts: list[Concept] = []
        self.ids: dict[str, str] = {}  # id -> "file:line"
        self.entries: dict[str, tuple[str, str]] = {}  # entry slug -> (concept id, "file:line")
        # (language, key) -> (concept id, and where it was typed, found only for an error)
        self.labels: dict[tuple[str, str], tuple[str, _LabelAt]] = {}

    def add_file(self, path: Path) -> None:
        try:
            text = read_regular_text(path, MAX_FILE_BYTES)
        except FileNotFoundError:
            raise ThesaurusError(path, "file not found (removed while reading?)") from None
        except UnsafeFileError as exc:
            raise ThesaurusError(path, _without_path(exc, path)) from None
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        try:
            data = loads_toml(text, str(path))
        except UnsafeFileError as exc:
            found = _TOML_LINE_RE.search(str(exc))
            line = int(found.group(1)) if found else None
            raise ThesaurusError(path, _without_path(exc, path), line) from None
        source = _Source(path, text)
        for key in data:
            if key != "concept":
                line = source.key_line((0, len(source.lines)), key)
                raise source.error(line, f"unknown key {_shown(key)} (only [[concept]] tables)")
        tables = data.get("concept", [])
        if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
            raise source.error(None, "'concept' must be [[concept]] tables")
        source.concepts = len(tables)
        for number, table in enumerate(tables):
            self.concepts.append(self._concept(source, number, table))

    def _concept(self, source: _Source, number: int, table: dict[str, Any]) -> Concept:
        span = source.span(number, table.get("id"))
        for key in table:
            if key not in CONCEPT_KEYS:
                raise source.error(source.key_line(span, key), f"unknown key {_shown(key)}")
        cid = table.get("id")
        if not is_slug(cid):
            what = "has no id" if cid is None else "has an id that is not a slug (a-z, 0-9, -)"
            raise source.error(source.key_line(span, "id"), f"concept {number + 1} {what}")
        where = f"{source.path}:{source.key_line(span, 'id') + 1}"
        if cid in self.ids:
            raise source.error(
                source.key_line(span, "id"),
                f"duplicate concept id '{cid}' (first at {self.ids[cid]})",
            )
        self.ids[cid] = where
        entry = self._slugs(source, span, table, "entry", cid)
        concept = Concept(
            cid,
            entry[0] if entry else None,
            self._slugs(source, span, table, "broader", cid),
            self._slugs(source, span, table, "related", cid),
            self._labels(source, span, table, "pref", cid),
            self._labels(source, span, table, "alt", cid),
            self._labels(source, span, table, "hidden", cid),
        )
        if concept.entry:
            if concept.entry in self.entries:
                other, at = self.entries[concept.entry]
                raise source.error(
                    source.key_line(span, "entry"),
                    f"concept '{cid}': entry '{concept.entry}' is already concept '{other}' ({at})",
                )
            self.entries[concept.entry] = (cid, where)
        return concept

    def _slugs(
        self, source: _Source, span: Span, table: dict[str, Any], key: str, cid: str
    ) -> tuple[str, ...]:
        value = table.get(key)
        if value is None:
            return ()
        line = source.key_line(span, key)
        values = [value] if key == "entry" else value
        if (key == "entry" and not isinstance(value, str)) or not isinstance(values, list):
            shape = "a slug" if key == "entry" else "a list of slugs"
            raise source.error(line, f"concept '{cid}': {key} must be {shape}")
        for slug in values:
            if not is_slug(slug):
                raise source.error(line, f"concept '{cid}': {key} holds {_shown(slug)}, not a slug")
            if self.known is not None and slug not in self.known:
                raise source.error(
                    line,
                    f"concept '{cid}': unknown slug '{slug}' in {key} "
                    "(no catalogue entry or region has it)",
                )
        return tuple(dict.fromkeys(values))

    def _labels(
        self, source: _Source, span: Span, table: dict[str, Any], kind: str, cid: str
    ) -> tuple[Label, ...]:
        value = table.get(kind)
        if value is None and kind != "pref":
            return ()
        line = source.key_line(span, kind)
        if not isinstance(value, dict):
            what = "has no [concept.pref] labels" if value is None else f"{kind} must be a table"
            raise source.error(line, f"concept '{cid}' {what}")
        for language in value:
            if language not in LANGUAGES:
                raise source.error(
                    source.key_line(source.section(span, kind), language),
                    f"concept '{cid}': unknown language {_shown(language)} in {kind} "
                    f"(only {', '.join(LANGUAGES)})",
                )
        found: list[Label] = []
        for language in LANGUAGES:
            if language not in value:
                if kind == "pref":
                    raise source.error(line, f"concept '{cid}' has no pref label in {language}")
                continue
            texts = value[language]
            if kind == "pref" and not isinstance(texts, str):
                raise source.error(line, f"concept '{cid}': pref.{language} must be one string")
            texts = [texts] if kind == "pref" else texts
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                raise source.error(
                    line, f"concept '{cid}': {kind}.{language} must be a list of strings"
                )
            found += [(language, self._label(source, span, kind, language, t, cid)) for t in texts]
        return tuple(found)

    def _label(
        self, source: _Source, span: Span, kind: str, language: str, text: str, cid: str
    ) -> str:
        def fail(problem: str) -> ThesaurusError:
            line = source.label_line(span, kind, language, text)
            return source.error(line, f"concept '{cid}': the {kind}.{language} label {problem}")

        problem = _label_problem(text)
        if problem:
            raise fail(problem)
        label = " ".join(text.split())
        key = (language, label_key(label))
        if key in self.labels:
            other, at = self.labels[key]
            whose = "this concept" if other == cid else f"concept '{other}' ({at.where()})"
            raise fail(f"{_shown(label)} is already used in {language} by {whose}")
        self.labels[key] = (cid, _LabelAt(source, span, kind, language, text))
        return label


@dataclass(frozen=True, slots=True)
class _LabelAt:
    """Where a label was typed, worked out only when an error quotes it: searching the raw
    lines for every label would make validation several times slower than parsing."""

    source: _Source
    span: Span
    kind: str
    language: str
    text: str

    def where(self) -> str:
        line = self.source.label_line(self.span, self.kind, self.language, self.text)
        return f"{self.source.path}:{line + 1}"


def _label_problem(text: str) -> str | None:
    if not text.strip():
        return "is empty"
    if len(text) > MAX_LABEL:
        return f"{_shown(text)} is longer than {MAX_LABEL} characters"
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co") or (category == "Cf" and char not in ALLOWED_FORMAT):
            return (
                f"{_shown(text)} holds an invisible or control character "
                f"(U+{ord(char):04X}); type it without"
            )
    return None


def _shown(value: object) -> str:
    """A value as an error line may quote it: short, one line, invisible characters spelled."""
    text = value if isinstance(value, str) else repr(value)
    short = text[:_SHOWN_CHARS] + ("…" if len(text) > _SHOWN_CHARS else "")
    spelled = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in short)
    return f'"{spelled}"'


def _without_path(exc: Exception, path: Path) -> str:
    return str(exc).removeprefix(f"{path}: ").removeprefix(f"{path}:")
