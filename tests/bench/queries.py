"""What people type, replayed one keystroke at a time.

The search box searches on every keystroke, so the cost that matters is not one finished query but
every prefix of it — and the early ones ("t", "tr") are the expensive ones, because a 1-2 letter
prefix matches a large share of the vocabulary. The lists below mix whole words, acronyms,
two-word phrases and typos, and deliberately include queries whose first letters are very common
in English ("the quick", "con", "ther", "s…", "c…", "p…").
"""

from __future__ import annotations

# Field officers searching the shipped ICMPD catalogue: topics, processes, acronyms, places.
EMBEDDED_QUERIES: tuple[str, ...] = (
    "trafficking",
    "border management",
    "asylum",
    "diaspora",
    "MIEUX",
    "Rabat Process",
    "labour migration",
    "Turkiye",
    "Türkiye",
    "return reintegration",
    "IBM",
    "M&D",
    "climate change",
    "covid",
    "integration policies",
    "Western Balkans",
    "capacity building",
    "migration dialogues",
    "health",
    "research",
    "Budapest",
    "private sector",
    "talent partnerships",
    "irregular",
    "ECOWAS",
    "Nigeria college",
    "Silk Routes",
    "remittances",
    "Khartoum",
    "governance",
    "communication media",
    "Prague Process",
    "mobility partnership",
    "smuggling of migrants",
    "EUROMED",
    "legal pathways",
    "anti-trafficking",
    "environment",
    "trafficing",  # a typo: the fuzzy retry path gets timed too
    "migratoin policy",
    # issue 12: the thesaurus on, six languages, questions
    "readmission agreements",
    "how do I apply for asylum",
    "réfugiés",
    "gestión de fronteras",
    "tráfico de pessoas",
    "беженцы",
    "الهجرة غير النظامية",
    "Syria",
)

# Ordinary English against the 100k WordNet headwords (which run from "'hood" to "picea glauca",
# so some queries only match inside definitions — as real searches often do).
WORDNET_QUERIES: tuple[str, ...] = (
    "con",
    "computer",
    "river bank",
    "government",
    "music instrument",
    "abc",
    "ther",
    "photosynthesis",
    "the quick",
    "water",
    "light",
    "x",
    "a",
    "s",
    "in the",
    "car engine",
    "democracy",
    "blood pressure",
    "mountain",
    "pro",
    "de",
    "bird of prey",
    "language",
    "acid",
    "heart attack",
    "electricity",
    "money",
    "philosophy",
    "chemical element",
    "football",
    "tree",
    "ocean",
    "medicine",
    "king",
    "paint",
    "st",
    "colour",
    "knowlege",  # a typo
    "pre",
    "tra",
)


def keystrokes(query: str) -> list[str]:
    """Every state of the search box while `query` is typed: "t", "tr", "tra", …, query.

    Spaces are keystrokes too ("river ", then "river b"): the box searches after each one.
    """
    return [query[:end] for end in range(1, len(query) + 1)]


def last_token(text: str) -> str:
    """The word being typed (what the engine expands as a prefix); '' if the box holds none."""
    parts = text.split()
    return parts[-1] if parts and not text[-1:].isspace() else ""


def is_short_prefix(text: str) -> bool:
    """True when the word being typed is 1-2 characters: the costliest prefixes to expand."""
    return 1 <= len(last_token(text)) <= 2
