"""Snippets and highlight spans, computed from the catalogue text with the index's word rules.

The GUI highlights the searched words in a full entry by calling `highlight_spans`; it never
needs to know how words are analysed. Snippet HTML is escaped text plus <mark> tags only.
"""

from __future__ import annotations

import html
from collections.abc import Collection
from functools import lru_cache

from search_index.analysis import stem_word, words

SNIPPET_CHARS = 180


@lru_cache(maxsize=4096)
def _terms_at(text: str) -> tuple[tuple[str, int, int], ...]:
    """(index term, start, end) of every word; cached because the same entries come back on
    every keystroke and tokenising them again would dominate the cost of a search."""
    return tuple((stem_word(word), start, end) for word, start, end in words(text))


def highlight_spans(text: str, terms: Collection[str]) -> list[tuple[int, int]]:
    """Character spans of the words in text whose index term is one of terms (merged, sorted)."""
    return _matches(text, terms)[0]


def _matches(text: str, terms: Collection[str]) -> tuple[list[tuple[int, int]], set[str]]:
    spans: list[tuple[int, int]] = []
    matched: set[str] = set()
    if not terms:
        return spans, matched
    for term, start, end in _terms_at(text):
        if term in terms:
            matched.add(term)
            if not spans or spans[-1] != (start, end):
                spans.append((start, end))
    return spans, matched


def snippet(text: str, terms: Collection[str], width: int = SNIPPET_CHARS) -> tuple[str, set[str]]:
    """A window of text around the densest run of matches, as escaped HTML with <mark> tags."""
    spans, matched = _matches(text, terms)
    if not spans:
        start, end = 0, min(len(text), width)
    else:
        start, end = _best_window(text, spans, width)
    pieces: list[str] = ["…" if start > 0 else ""]
    cursor = start
    for s, e in spans:
        if s < start or e > end:
            continue
        pieces.append(html.escape(text[cursor:s]))
        pieces.append(f"<mark>{html.escape(text[s:e])}</mark>")
        cursor = e
    pieces.append(html.escape(text[cursor:end]))
    if end < len(text):
        pieces.append("…")
    return "".join(pieces), matched


def _best_window(text: str, spans: list[tuple[int, int]], width: int) -> tuple[int, int]:
    best_start, best_count = spans[0][0], 0
    right = 0
    for left, (s, _) in enumerate(spans):
        right = max(right, left)
        while right + 1 < len(spans) and spans[right + 1][1] - s <= width:
            right += 1
        if right - left + 1 > best_count:
            best_start, best_count = s, right - left + 1
    start = max(0, best_start - width // 4)
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 20 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    return start, end
