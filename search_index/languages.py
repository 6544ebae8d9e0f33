"""The officers' six languages: their small words, their stemmers, and which one a query is in.

The catalogue is English, so the index is English (Snowball English stems). Queries and thesaurus
labels in French, Spanish, Portuguese and Russian are stemmed with their own Snowball stemmer
(PyStemmer: 25–150× faster than whoosh.lang's pure-Python Snowball, figures in
docs/benchmarks.md), Arabic with a light prefix and suffix strip after normalisation. The small
words (stop and question words) are data: resources/search/words.toml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import Stemmer

from db.safe_files import UnsafeFileError, read_toml_file
from search_index.errors import SearchIndexError
from search_index.normalize import normalize_word, strip_arabic_prefix, word_script

LANGUAGES = ("en", "fr", "es", "pt", "ar", "ru")
LATIN = ("en", "fr", "es", "pt")
SNOWBALL = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
    "ru": "russian",
}
WORDS_FILE = "words.toml"
_ARABIC_SUFFIXES = ("ات", "ون", "ين", "ان", "يه", "ها", "ه", "ي")
_ARABIC_SHORTEST_STEM = 3
# letters that only some Latin languages write: a hint for the query's language
_LETTER_HINTS = {"ç": ("fr", "pt"), "ã": ("pt",), "õ": ("pt",), "ñ": ("es",), "¿": ("es",)}
_LETTER_HINTS |= dict.fromkeys("èêëàâîïôûùœ", ("fr",))
_LETTER_HINTS |= {"¡": ("es",)}


def source_dir() -> Path:
    """resources/search beside the packages (also in the frozen app). Never FIELDREF_RESOURCES:
    these words define the index's analysis (SCHEMA_VERSION), not content an editor swaps."""
    return Path(__file__).resolve().parents[1] / "resources" / "search"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Normalised small words per language (see resources/search/words.toml)."""

    index_stops: frozenset[str]
    stops: dict[str, frozenset[str]]
    questions: dict[str, frozenset[str]]
    elisions: frozenset[str]
    arabic_prefixes: tuple[str, ...]
    arabic_shortest: int

    def small(self, language: str) -> frozenset[str]:
        """Stop and question words of one language: never a reason for a result."""
        if self is not vocabulary():
            return self.stops.get(language, frozenset()) | self.questions.get(language, frozenset())
        return _small_words(language)


@cache
def _small_words(language: str) -> frozenset[str]:
    vocab = vocabulary()
    return vocab.stops.get(language, frozenset()) | vocab.questions.get(language, frozenset())


def _words(values: Iterable[object]) -> frozenset[str]:
    found: set[str] = set()
    for value in values:
        if isinstance(value, str):
            found.update(normalize_word(w) for w in value.split())
    return frozenset(found)


def _table(data: dict[str, object], name: str) -> dict[str, frozenset[str]]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise SearchIndexError(f"{WORDS_FILE}: [{name}] must be a table of word lists")
    return {str(k): _words(v) for k, v in table.items() if isinstance(v, list)}


@cache
def vocabulary() -> Vocabulary:
    """Loaded once per process; a damaged file is one line, never a traceback."""
    path = source_dir() / WORDS_FILE
    try:
        data = read_toml_file(path)
    except (OSError, UnsafeFileError) as exc:
        raise SearchIndexError(f"cannot read {path}: {exc}") from None
    arabic = data.get("arabic", {})
    prefixes = sorted(
        {normalize_word(p) for p in arabic.get("prefixes", []) if isinstance(p, str)},
        key=len,
        reverse=True,
    )
    return Vocabulary(
        index_stops=_table(data, "index").get("en", frozenset()),
        stops=_table(data, "stop"),
        questions=_table(data, "question"),
        elisions=_table(data, "elision").get("fr", frozenset()),
        arabic_prefixes=tuple(prefixes),
        arabic_shortest=int(arabic.get("shortest", 2)),
    )


@cache
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(SNOWBALL[language])


@lru_cache(maxsize=500_000)
def english_stem(word: str) -> str:
    """The index's stem (Snowball English): every index term and every literal query term."""
    return _stemmer("en").stemWord(word)


@lru_cache(maxsize=200_000)
def stem(language: str, word: str) -> str:
    """A normalised word's stem in one language (for matching thesaurus labels)."""
    if language == "en":
        return english_stem(word)
    if language == "ar":
        return _arabic_stem(word)
    if language not in SNOWBALL:
        return word
    found = _stemmer(language).stemWord(word)
    if language == "ru" and found.endswith("ец") and len(found) > 4:
        found = found[:-2] + "ц"  # беженец / беженцы: the fleeting vowel
    return found


def _arabic_stem(word: str) -> str:
    """Prefix strip (data), then up to two light suffix strips: لاجئين = لاجئ, الهجرة = هجرة."""
    words = vocabulary()
    word = strip_arabic_prefix(word, words.arabic_prefixes, words.arabic_shortest)
    for _ in range(2):
        for suffix in _ARABIC_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _ARABIC_SHORTEST_STEM:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


def arabic_prefix_strip(word: str) -> str:
    words = vocabulary()
    return strip_arabic_prefix(word, words.arabic_prefixes, words.arabic_shortest)


def candidate_languages(script: str) -> tuple[str, ...]:
    """The languages a word of this script may be in."""
    if script == "arabic":
        return ("ar",)
    if script == "cyrillic":
        return ("ru",)
    return LATIN


def detect(raw: str, words: Iterable[str]) -> tuple[str, str]:
    """(language, script) of a query: the script of most words; for Latin text, the language
    whose small words and letters it uses most (English when nothing tells)."""
    words = list(words)
    scripts: dict[str, int] = {}
    for word in words:
        script = word_script(word)
        scripts[script] = scripts.get(script, 0) + 1
    scripts.pop("other", None)
    if not scripts:
        return "en", "none"
    script = max(scripts, key=lambda s: (scripts[s], s))
    script_name = "mixed" if len(scripts) > 1 else script
    if script != "latin":
        return candidate_languages(script)[0], script_name
    vocab = vocabulary()
    score = dict.fromkeys(LATIN, 0)
    for word in words:
        if len(word) < 2:  # a lone letter ("m" being typed, French m') tells nothing
            continue
        for language in LATIN:
            if word in vocab.small(language):
                score[language] += 2
    for char in raw.casefold():
        for language in _LETTER_HINTS.get(char, ()):
            score[language] += 3
    if re.search(r"\b(?:" + "|".join(sorted(vocab.elisions)) + r")['’]\w", raw.casefold()):
        score["fr"] += 3
    best = max(LATIN, key=lambda lang: (score[lang], lang == "en"))
    return (best if score[best] > score["en"] else "en"), script_name
