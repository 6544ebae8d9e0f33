"""Issue 12, query understanding per language (docs/architecture.md §5): normalisation, the
small words of six languages (data, resources/search/words.toml), detection and stemming."""

from __future__ import annotations

import pytest

from search_index.analysis import normalize, terms
from search_index.languages import LANGUAGES, detect, stem, vocabulary
from search_index.normalize import normalize_word
from search_index.query import understand


@pytest.mark.parametrize(
    ("typed", "same_as"),
    [
        ("RÉFUGIÉS", "refugies"),  # case and Latin accents
        ("ﬁnance", "finance"),  # NFKC
        ("Straße", "strasse"),  # case folding
        ("œuvre", "oeuvre"),
        ("Ёлка", "елка"),  # ё = е
        ("йод", "йод"),  # й is a letter of its own
        ("الْهِجْرَةُ", "الهجره"),  # tashkeel, ta marbuta
        ("الهـــجرة", "الهجره"),  # tatweel
        ("أإآٱ", "اااا"),  # alef and hamza forms
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مسؤول", "مسوول"),
        ("ref\u00adugee", "refugee"),  # soft hyphen inside a word
        ("r\u200fefugee", "refugee"),  # a direction mark inside a word
    ],
)
def test_normalisation(typed: str, same_as: str):
    assert normalize_word(typed) == same_as


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("الهجرة", "هجره"),  # ال
        ("والهجرة", "هجره"),  # وال
        ("بالبشر", "بشر"),  # بال
        ("للاجئين", "اجيين"),  # لل
        ("وطن", "وطن"),  # و is also a root letter: a short word keeps it
        ("l'asile", "asile"),  # French elision
        ("d’asile", "asile"),
    ],
)
def test_prefixes_and_elisions(typed: str, word: str):
    assert normalize(typed) == word


def test_small_words_are_data_in_six_languages():
    words = vocabulary()
    for language in LANGUAGES:
        assert words.stops[language] and words.questions[language], language
    assert {"how", "who", "why"} <= words.questions["en"]
    assert {"comment", "pourquoi", "ou"} <= words.questions["fr"]  # où, folded
    assert {"como", "quien", "donde"} <= words.questions["es"]
    assert {"كيف", "لماذا"} <= words.questions["ar"]
    assert {"как", "кто", "почему"} <= words.questions["ru"]


@pytest.mark.parametrize(
    ("query", "language", "script"),
    [
        ("how do I apply for asylum", "en", "latin"),
        ("comment demander l'asile", "fr", "latin"),
        ("¿cómo solicitar asilo?", "es", "latin"),
        ("como pedir asilo no Brasil", "pt", "latin"),
        ("gestão de fronteiras", "pt", "latin"),
        ("كيف أطلب اللجوء", "ar", "arabic"),
        ("как получить убежище", "ru", "cyrillic"),
        ("asylum беженцы", "en", "mixed"),  # a tie: English, the catalogue's language
        ("беженцы asylum убежище", "ru", "mixed"),
        ("12345", "en", "none"),
    ],
)
def test_detection(query: str, language: str, script: str):
    understood = understand(query)
    assert (understood.language, understood.script) == (language, script)
    assert detect(query, query.split()) == (language, script)


def test_question_words_never_drive_a_query():
    assert [u.surface for u in understand("how do I apply for asylum ").units] == [
        "apply",
        "asylum",
    ]
    assert [u.surface for u in understand("¿cómo solicitar asilo? ").units] == [
        "solicitar",
        "asilo",
    ]
    assert [u.surface for u in understand("كيف اللجوء ").units] == ["لجوء"]
    assert [u.surface for u in understand("кто такие беженцы ").units] == ["такие", "беженцы"]
    # a small word of another language alone is still searched ("comment" is English too)
    assert [u.surface for u in understand("comment ").units] == ["comment"]


def test_stemming_per_language():
    assert stem("fr", "réfugiés") == stem("fr", "réfugié")
    assert stem("es", "refugiados") == stem("es", "refugiado")
    assert stem("pt", "refugiados") == stem("pt", "refugiado")
    assert stem("ru", normalize_word("беженцы")) == stem("ru", normalize_word("беженец"))
    assert stem("ar", normalize("اللاجئين")) == stem("ar", normalize("لاجئ"))
    # the index is English: Snowball English, index and query alike
    assert terms("communication community international") == ["communic", "communiti", "internat"]
