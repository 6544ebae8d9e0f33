"""Fuzzy matching of typed queries against command names, for the palette and the shortcut sheet.

Plain Python with no Qt, so the ranking can be tested (and reused by the CLI) without a display.

A query matches when its characters, ignoring case, accents and spaces, appear in order in the
candidate. Among matches the score prefers, in this order of weight: the candidate starting with
the whole query, query characters landing on word starts ("sht" → "Show Tree"), runs of
consecutive characters, and finally shorter candidates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TypeVar

K = TypeVar("K")

# Weights: each tier must outweigh any realistic sum of the tiers below it.
_PREFIX_BONUS = 1000.0
_WORD_START_BONUS = 30.0
_CONSECUTIVE_BONUS = 10.0
_MATCH_SCORE = 1.0
_GAP_PENALTY = 1.0
_LENGTH_PENALTY = 0.1
_UNMATCHED = float("-inf")

_CJK_MNEMONIC = re.compile(r"\s*\(&\w\)")  # "文件(&F)" — the whole "(&F)" is decoration
_MNEMONIC = re.compile(r"&(.)")  # "&File" → "File", "&&" → "&"


def strip_mnemonics(text: str) -> str:
    """Menu text as the user reads it: the '&' that marks an Alt+letter mnemonic is not typed,
    and a shortcut after a tab (right-to-left menus, commands/actions.menu_text) is not a name."""
    return _MNEMONIC.sub(r"\1", _CJK_MNEMONIC.sub("", text.split("\t", 1)[0]))


def _fold_char(char: str) -> str:
    """Lower-case without accents, so "region" finds "Région" and "strasse" finds "Straße"."""
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fold_query(query: str) -> str:
    return "".join(_fold_char(c) for c in query if not c.isspace())


def _fold_candidate(candidate: str) -> tuple[str, list[bool], int]:
    """Folded letters without spaces, for each whether it begins a word, and the shown length.

    Spaces are dropped so "zoomin" runs straight through "Zoom In"; the word starts they mark
    are kept as flags, and the length counts them: "Show Tree" is shorter than "Go to Tree".
    Camel case ("ShowTree") and punctuation ("Theme: Dark") also start words.
    """
    letters: list[str] = []
    starts: list[bool] = []
    previous = ""
    shown = strip_mnemonics(candidate).strip()
    for char in shown:
        if char.isspace():
            previous = " "
            continue
        folded = _fold_char(char)
        starts_word = (
            not previous or not previous.isalnum() or (previous.islower() and char.isupper())
        )
        for index, letter in enumerate(folded):
            letters.append(letter)
            starts.append(starts_word and index == 0)
        previous = char
    return "".join(letters), starts, len(shown)


def fuzzy_score(query: str, candidate: str) -> float | None:
    """How well `candidate` matches `query` (higher is better); None when it does not match.

    Dynamic programming over (query character, candidate position) finds the best-scoring way to
    place the query, so "tree" scores "Go to Tree" on the word "Tree", not on the "t" of "to".
    """
    needle = _fold_query(query)
    text, starts, length = _fold_candidate(candidate)
    if len(needle) > len(text):
        return None
    if not needle:
        return -_LENGTH_PENALTY * length
    previous_row = [_UNMATCHED] * len(text)
    for i, wanted in enumerate(needle):
        row = [_UNMATCHED] * len(text)
        best_before_gap = _UNMATCHED  # best of previous_row[0 .. j-2]
        for j, letter in enumerate(text):
            if j >= 2:
                best_before_gap = max(best_before_gap, previous_row[j - 2])
            if letter != wanted:
                continue
            gain = _MATCH_SCORE + (_WORD_START_BONUS if starts[j] else 0.0)
            if i == 0:
                row[j] = gain - (_GAP_PENALTY if j else 0.0)
                continue
            run = previous_row[j - 1] + _CONSECUTIVE_BONUS if j else _UNMATCHED
            row[j] = gain + max(run, best_before_gap - _GAP_PENALTY)
        previous_row = row
    best = max(previous_row)
    if best == _UNMATCHED:
        return None
    if text.startswith(needle):
        best += _PREFIX_BONUS
    return best - _LENGTH_PENALTY * length


def fuzzy_filter(query: str, items: Iterable[tuple[K, str]]) -> list[K]:
    """Keys of matching items, best first; ties and an empty query keep the input order."""
    pairs = list(items)
    if not _fold_query(query):
        return [key for key, _text in pairs]
    scored: list[tuple[float, int, K]] = []
    for position, (key, text) in enumerate(pairs):
        score = fuzzy_score(query, text)
        if score is not None:
            scored.append((score, position, key))
    scored.sort(key=lambda entry: (-entry[0], entry[1]))
    return [key for _score, _position, key in scored]
