"""A large, real, reproducible corpus for the search benchmarks: WordNet 3.0 as packaged by dictd.

The budgets (architecture.md §6) are set for a 100k-entry catalogue, which the shipped one (a few
dozen entries) cannot exercise. Synthetic text would flatter or punish an engine in ways real
language does not (term-frequency skew, very common short prefixes), so we use Debian's `dict-wn`:
real English, ~147k headwords, one short definition each, available offline from the distribution
mirror and identical on every machine that installs the same package version.

The corpus is found in the system dictd folder, else in build/corpus/, else fetched there with
`apt-get download` + `dpkg-deb -x` — neither needs root, so a developer machine or CI runner can
run `make bench` without installing anything system-wide.
"""

from __future__ import annotations

import contextlib
import gzip
import re
import shutil
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

from db import Entry, Region
from db.builder import write_catalogue
from db.source import CatalogueSource

REPO = Path(__file__).resolve().parents[2]
SYSTEM_DICTD = Path("/usr/share/dictd")
LOCAL_CORPUS = REPO / "build" / "corpus"
LOCAL_DICTD = LOCAL_CORPUS / "usr" / "share" / "dictd"
PACKAGE = "dict-wn"
INDEX_FILE = "wn.index"
DICT_FILE = "wn.dict.dz"
DEFAULT_LIMIT = 100_000
MAX_SUMMARY = 300
MAX_SLUG = 90
GLOBAL_REGION = Region("global", "Global", None)

# dictd writes offsets and lengths as base-64 numbers, most significant digit first.
B64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {char: value for value, char in enumerate(B64_ALPHABET)}

_SPACE_RE = re.compile(r"\s+")
_SLUG_JUNK_RE = re.compile(r"[^a-z0-9]+")
# The first sense starts with a part of speech and usually a sense number: "n 1: ", "adj 1: ".
_SENSE_HEAD_RE = re.compile(r"^(?:n|v|adj|adv)\b\s*(?:1:\s*)?")
# A gloss ends at the first ';' (examples follow), a cross-reference block, or the next sense.
_GLOSS_END_RE = re.compile(r";|\s\[(?:syn|ant|also):|\s2:\s|\s(?:n|v|adj|adv) 1:\s")


class CorpusUnavailable(RuntimeError):
    """The WordNet files are not here and could not be fetched; the message is one line."""


def decode_b64(text: str) -> int:
    """Decode one dictd base-64 number (e.g. 'B' -> 1, 'BA' -> 64); ValueError on a bad digit."""
    if not text:
        raise ValueError("empty dictd number")
    value = 0
    for char in text:
        try:
            value = value * 64 + _B64_VALUE[char]
        except KeyError:
            raise ValueError(f"not a dictd base-64 digit: {char!r} in {text!r}") from None
    return value


def _has_corpus(folder: Path) -> bool:
    return (folder / INDEX_FILE).is_file() and (folder / DICT_FILE).is_file()


def find_corpus(fetch: bool = True) -> Path:
    """The folder holding wn.index and wn.dict.dz; fetch into build/corpus/ if needed and allowed.

    The system copy wins so a machine with dict-wn installed never touches the network.
    """
    for folder in (SYSTEM_DICTD, LOCAL_DICTD):
        if _has_corpus(folder):
            return folder
    if not fetch:
        raise CorpusUnavailable(
            f"WordNet corpus not found in {SYSTEM_DICTD} or {LOCAL_DICTD} (fetching disabled)"
        )
    _fetch_package(LOCAL_CORPUS)
    if not _has_corpus(LOCAL_DICTD):
        raise CorpusUnavailable(f"{PACKAGE} was unpacked but {LOCAL_DICTD / INDEX_FILE} is missing")
    return LOCAL_DICTD


def _fetch_package(target: Path) -> None:
    """`apt-get download` needs no root (it writes to the current folder); dpkg-deb -x neither."""
    for tool in ("apt-get", "dpkg-deb"):
        if shutil.which(tool) is None:
            raise CorpusUnavailable(
                f"WordNet corpus not installed and '{tool}' is not available to fetch {PACKAGE}"
            )
    target.mkdir(parents=True, exist_ok=True)
    _run(["apt-get", "download", PACKAGE], target)
    debs = sorted(target.glob(f"{PACKAGE}_*.deb"))
    if not debs:
        raise CorpusUnavailable(f"apt-get download {PACKAGE} produced no .deb in {target}")
    _run(["dpkg-deb", "-x", str(debs[-1]), str(target)], target)


def _run(command: list[str], cwd: Path) -> None:
    try:
        result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CorpusUnavailable(f"'{' '.join(command)}' failed: {exc}") from None
    if result.returncode != 0:
        lines = (result.stderr or result.stdout).strip().splitlines()
        reason = lines[-1] if lines else f"exit status {result.returncode}"
        raise CorpusUnavailable(f"'{' '.join(command)}' failed: {reason}")


def read_index(index_path: Path) -> list[tuple[str, int, int]]:
    """(headword, offset, length) for every real headword, in file order (dictd's sort order)."""
    rows: list[tuple[str, int, int]] = []
    with index_path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[0].startswith("00-database-"):
                continue
            rows.append((parts[0], decode_b64(parts[1]), decode_b64(parts[2])))
    return rows


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens, as db.source requires of catalogue slugs."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_JUNK_RE.sub("-", folded.lower()).strip("-")
    return slug[:MAX_SLUG].rstrip("-") or "term"


def first_gloss(definition: str) -> str:
    """The first sense's gloss: what a results list shows under the title."""
    text = _SENSE_HEAD_RE.sub("", definition, count=1)
    end = _GLOSS_END_RE.search(text)
    gloss = (text[: end.start()] if end else text).strip()
    if len(gloss) > MAX_SUMMARY:
        gloss = gloss[: MAX_SUMMARY - 1].rstrip() + "…"
    return gloss


def load_wordnet(limit: int = DEFAULT_LIMIT, corpus_dir: Path | None = None) -> list[Entry]:
    """The first `limit` WordNet headwords (index order) as catalogue entries; deterministic."""
    folder = corpus_dir or find_corpus()
    rows = read_index(folder / INDEX_FILE)
    with gzip.open(folder / DICT_FILE, "rb") as handle:
        blob = handle.read()
    entries: list[Entry] = []
    taken: set[str] = set()
    suffixes: dict[str, int] = {}
    for headword, offset, length in rows:
        if len(entries) >= limit:
            break
        raw = blob[offset : offset + length].decode("utf-8", "replace")
        _head, _, definition = raw.partition("\n")
        body = _SPACE_RE.sub(" ", definition).strip()
        if not body:
            continue
        base = slugify(headword)
        slug, suffix = base, suffixes.get(base, 1)
        while slug in taken:  # "a-2" may itself be another headword's slug: keep counting
            suffix += 1
            slug = f"{base}-{suffix}"
        suffixes[base] = suffix
        taken.add(slug)
        entries.append(
            Entry(
                slug=slug,
                kind="term",
                title=headword,
                summary=first_gloss(body) or body[:MAX_SUMMARY],
                body=body,
                regions=(GLOBAL_REGION.slug,),
                order=len(entries),
            )
        )
    return entries


def catalogue_version(limit: int) -> str:
    """Stamped into the catalogue so a cached file built for another size is never reused."""
    return f"wordnet-3.0-first-{limit}"


def write_wordnet_catalogue(out_dir: Path, limit: int = DEFAULT_LIMIT) -> Path:
    """Write out_dir/catalogue.sqlite with the project's own builder; reuse a fresh cached copy.

    Going through db.builder (not a hand-made SQLite file) means the benchmark indexes exactly
    what the app would open, and Catalogue.open validates it the same way.
    """
    folder = find_corpus()
    out_path = Path(out_dir) / "catalogue.sqlite"
    newest_input = max((folder / name).stat().st_mtime for name in (INDEX_FILE, DICT_FILE))
    if (
        out_path.is_file()
        and out_path.stat().st_mtime > newest_input
        and _stamped_version(out_path) == catalogue_version(limit)
    ):
        return out_path
    entries = load_wordnet(limit, folder)
    source = CatalogueSource(
        title=f"WordNet 3.0 (first {len(entries)} headwords)",
        version=catalogue_version(limit),
        data_as_of="2006-12-01",
        entries=tuple(entries),
        regions=(GLOBAL_REGION,),
    )
    write_catalogue(source, out_path)
    return out_path


def _stamped_version(path: Path) -> str | None:
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None
