"""How any written word becomes the form search compares: one function for index, query and labels.

Officers type in six languages, on keyboards that may or may not have accents or Arabic vowel
marks, and paste text that carries invisible direction marks. Whatever was typed, a word is
reduced the same way (docs/architecture.md §5):
- Unicode NFKC and case folding (ﬁ = fi, ß = ss);
- Latin accents folded (réfugiés = refugies), but not the Cyrillic letter й, which is a letter of
  its own; Cyrillic ё = е;
- Arabic: vowel marks (tashkeel) and tatweel dropped, alef and hamza forms unified (أ إ آ ٱ = ا,
  ؤ = و, ئ = ي), alef maqsura = ya, ta marbuta = ha, then a light prefix strip (و, ال, بال, وال,
  لل, …: the list is data, resources/search/words.toml);
- invisible marks inside a word (LRM, RLM, zero-width joiners, soft hyphen) vanish.
Every step is cached per distinct word: a corpus repeats the same few thousand words.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Combining marks and in-word format characters a word may contain before it is normalised;
# WORD_PATTERN (analysis.py) keeps them inside the word so decomposed text is not split.
MARK_CLASS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad\u200b-\u200d\u2060\ufeff"
    "\u200e\u200f\u061c"
)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c"))
_ARABIC_MARKS = {*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)}
_ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ئ": "ي",
        "ى": "ي",
        "ة": "ه",
        "ـ": None,  # tatweel
        "ک": "ك",
        "ی": "ي",
    }
)
# Latin letters NFD does not decompose
_LATIN_EXTRA = str.maketrans(
    {"ı": "i", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th"}
)
_CYRILLIC = str.maketrans({"ё": "е"})


def script_of(char: str) -> str:
    """'latin', 'arabic', 'cyrillic' or 'other' for one letter (digits and marks are 'other')."""
    code = ord(char)
    if code < 0x0250 or 0x1E00 <= code < 0x1F00:
        return "latin" if char.isalpha() else "other"
    if 0x0400 <= code < 0x0530:
        return "cyrillic"
    if 0x0600 <= code < 0x0700 or 0x0750 <= code < 0x0780 or 0xFB50 <= code < 0xFF00:
        return "arabic"
    return "other"


def word_script(word: str) -> str:
    """The script of a word: that of its first letter ('other' for digits only)."""
    for char in word:
        found = script_of(char)
        if found != "other":
            return found
    return "other"


def _fold_marks(text: str) -> str:
    """Drop combining marks on Latin and Arabic letters; keep the breve of й and the marks of
    other scripts (Cyrillic й is not и)."""
    out: list[str] = []
    base = ""
    for char in unicodedata.normalize("NFD", text):
        if ord(char) in _ARABIC_MARKS:
            continue
        if not unicodedata.combining(char):
            base = char
        elif not base or script_of(base) == "latin":
            continue  # é → e
        elif base in "еЕ" and char == "\u0308":
            continue  # ё → е
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=500_000)
def normalize_word(word: str) -> str:
    """The compared form of one word (no Arabic prefix strip: see `strip_arabic_prefix`)."""
    text = unicodedata.normalize("NFKC", word.translate(_INVISIBLE)).casefold()
    if text.isascii():
        return text
    text = _fold_marks(text.replace("ـ", "")).translate(_LATIN_EXTRA).translate(_CYRILLIC)
    return text.translate(_ARABIC_LETTERS)


def strip_arabic_prefix(word: str, prefixes: tuple[str, ...], shortest: int) -> str:
    """و, ال, بال, وال, لل …: the first prefix (longest first) that leaves a real word. A
    one-letter prefix needs a longer remainder: و is also the first letter of many words."""
    for prefix in prefixes:
        keep = shortest + 1 if len(prefix) == 1 else shortest
        if word.startswith(prefix) and len(word) - len(prefix) >= keep:
            return word[len(prefix) :]
    return word


def remove_invisible(text: str) -> str:
    """Drop marks that never separate words (RLM, zero-width joiners, soft hyphen)."""
    return text.translate(_INVISIBLE)
