from __future__ import annotations

from search_index.analysis import fold, index_analyzer, split_compound, terms, words


def analysed(text: str) -> list[str]:
    return [t.text for t in index_analyzer()(text)]


def test_accents_are_folded():
    assert fold("Türkiye") == "turkiye"
    assert analysed("Türkiye") == analysed("Turkiye") == ["turkiy"]  # Snowball English stem


def test_compounds_survive_whole_and_as_parts():
    assert analysed("M&D") == ["m&d"]  # the one-letter parts are too short to index
    assert analysed("COVID-19") == ["covid-19", "covid", "19"]
    assert split_compound("icmpd’s") == ["icmpd"]


def test_stemming_joins_word_forms():
    assert analysed("trafficking") == analysed("trafficked") == ["traffick"]
    assert terms("governance policies") == ["govern", "polici"]


def test_stop_words_dropped_but_not_operators():
    assert analysed("the and of") == []
    assert analysed("NOT") == ["not"]


def test_positions_skip_stop_words_and_share_compounds():
    tokens = [
        (t.text, t.pos) for t in index_analyzer()("the anti-trafficking programme", positions=True)
    ]
    assert tokens == [("anti-traffick", 0), ("anti", 0), ("traffick", 0), ("programm", 1)]


def test_fast_word_path_matches_the_analyzer():
    text = "ICMPD’s Anti-Trafficking Programme in Türkiye, COVID-19 and M&D."
    assert [w for w, _, _ in words(text)] == [
        "icmpd",
        "anti-trafficking",
        "anti",
        "trafficking",
        "programme",
        "turkiye",
        "covid-19",
        "covid",
        "19",
        "m&d",
    ]
    assert terms(text) == analysed(text)
