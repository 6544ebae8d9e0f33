"""The thesaurus loader: the data contract's rules, file:line errors, hostile files, and the
compiled form the app loads at start."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.errors import CatalogueError, FieldReferenceError
from search_index.thesaurus import (
    LANGUAGES,
    MAX_LABEL,
    Concept,
    Thesaurus,
    ThesaurusError,
    label_key,
)

KNOWN = {"return-reintegration", "legal-labour-migration", "border-management", "west-africa"}

READMISSION = """\
[[concept]]
id = "readmission"
entry = "return-reintegration"
broader = ["border-management"]
related = ["legal-labour-migration", "border-management"]

[concept.pref]
en = "readmission"
fr = "réadmission"
es = "readmisión"
pt = "readmissão"
ar = "إعادة القبول"
ru = "реадмиссия"

[concept.alt]
en = ["readmission agreement"]
fr = ["accord de réadmission"]

[concept.hidden]
en = ["readmision"]
fr = ["readmission"]
"""


def concept(cid: str, en: str, **extra: str) -> str:
    """A minimal valid concept whose labels are `en` plus a language suffix."""
    lines = ["[[concept]]", f'id = "{cid}"', *extra.get("head", "").splitlines(), "[concept.pref]"]
    lines += [f'{lang} = "{en} {lang}"' if lang != "en" else f'en = "{en}"' for lang in LANGUAGES]
    return "\n".join(lines) + "\n" + extra.get("tail", "") + "\n"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def load_error(folder: Path, known: set[str] | None = KNOWN) -> str:
    with pytest.raises(ThesaurusError) as caught:
        Thesaurus.load(folder, known)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_valid_concept_loads_with_every_look_up(tmp_path: Path):
    write(
        tmp_path,
        "a.toml",
        READMISSION
        + concept("thb", "trafficking in human beings", head='related = ["return-reintegration"]'),
    )
    thesaurus = Thesaurus.load(tmp_path, KNOWN)
    readmission = thesaurus.for_entry("return-reintegration")
    assert isinstance(readmission, Concept) and readmission.id == "readmission"
    assert readmission.pref_label("ar") == "إعادة القبول"
    assert readmission.pref_label("de") is None
    assert [lang for lang, _ in readmission.pref] == list(LANGUAGES)
    assert readmission.alt == (("en", "readmission agreement"), ("fr", "accord de réadmission"))
    assert readmission.labels_of("hidden", "fr") == ("readmission",)
    assert readmission.linked_slugs() == (
        "return-reintegration",
        "border-management",
        "legal-labour-migration",
    )
    assert [c.id for c in thesaurus.about("return-reintegration")] == ["thb"]
    assert [c.id for c in thesaurus.about("border-management")] == ["readmission"]
    assert thesaurus.for_entry("thb") is None and thesaurus.concept("thb") is not None
    labels = list(thesaurus.labels())
    assert labels[0] == ("en", "pref", "readmission", readmission)
    assert ("fr", "hidden", "readmission", readmission) in labels
    assert len(labels) == 6 + 2 + 2 + 6


def test_the_error_family_is_the_catalogue_one():
    assert issubclass(ThesaurusError, CatalogueError)
    assert issubclass(ThesaurusError, FieldReferenceError)


def test_a_missing_folder_is_an_empty_thesaurus(tmp_path: Path):
    assert len(Thesaurus.load(tmp_path / "none", KNOWN)) == 0
    assert list(Thesaurus.empty().labels()) == []


def test_the_same_word_in_two_languages_is_fine(tmp_path: Path):
    write(
        tmp_path,
        "a.toml",
        concept("migration", "migration", tail='[concept.alt]\nfr = ["migration"]'),
    )
    assert Thesaurus.load(tmp_path).concepts[0].alt == (("fr", "migration"),)


# (name, file text, expected words in the message, expected line)
RULES = [
    (
        "unknown slug",
        READMISSION.replace('"legal-labour-migration"', '"nowhere"'),
        "unknown slug 'nowhere' in related",
        5,
    ),
    (
        "unknown entry",
        READMISSION.replace('entry = "return-reintegration"', 'entry = "nowhere"'),
        "unknown slug 'nowhere' in entry",
        3,
    ),
    (
        "missing pref language",
        READMISSION.replace('ar = "إعادة القبول"\n', ""),
        "no pref label in ar",
        7,
    ),
    (
        "unknown language",
        READMISSION.replace('fr = ["accord', 'de = ["accord'),
        'unknown language "de"',
        17,
    ),
    ("empty label", READMISSION.replace('"readmision"', '"  "'), "hidden.en label is empty", 20),
    (
        "empty pref",
        READMISSION.replace('ru = "реадмиссия"', 'ru = ""'),
        "pref.ru label is empty",
        13,
    ),
    (
        "duplicate in one concept",
        READMISSION.replace('"readmision"', '"Readmission Agreement"'),
        "already used in en by this concept",
        20,
    ),
    (
        "wrong type: broader",
        READMISSION.replace('broader = ["border-management"]', 'broader = "border-management"'),
        "broader must be a list of slugs",
        4,
    ),
    (
        "wrong type: pref",
        READMISSION.replace('es = "readmisión"', "es = 3"),
        "pref.es must be one string",
        7,
    ),
    (
        "wrong type: alt",
        READMISSION.replace('fr = ["accord de réadmission"]', 'fr = "accord"'),
        "alt.fr must be a list of strings",
        15,
    ),
    ("bad id", READMISSION.replace('id = "readmission"', 'id = "Readmission!"'), "not a slug", 2),
    ("unknown key", READMISSION.replace("broader =", "boarder ="), 'unknown key "boarder"', 4),
    (
        "not TOML",
        READMISSION.replace('en = "readmission"', 'en = "readmission'),
        "not valid TOML",
        8,
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "line"), [r[1:] for r in RULES], ids=[r[0] for r in RULES]
)
def test_each_rule_names_file_and_line(tmp_path: Path, text: str, words: str, line: int):
    path = write(tmp_path, "rules.toml", text)
    message = load_error(tmp_path)
    assert message.startswith(f"{path}:{line}: "), message
    assert words in message


def test_duplicates_across_files_name_both_places(tmp_path: Path):
    write(tmp_path, "a.toml", READMISSION)
    second = write(tmp_path, "b.toml", "\n" + concept("readmission", "other"))
    message = load_error(tmp_path)
    assert message.startswith(f"{second}:3: duplicate concept id 'readmission'")
    assert f"{tmp_path / 'a.toml'}:2" in message

    write(
        tmp_path,
        "b.toml",
        concept("other", "other", tail='[concept.alt]\nen = ["x", "READMISSION"]'),
    )
    message = load_error(tmp_path)
    assert message.startswith(f"{second}:11: concept 'other': the alt.en label")
    assert f"already used in en by concept 'readmission' ({tmp_path / 'a.toml'}:8)" in message


@pytest.mark.parametrize(
    ("first", "second"),
    [("THB", "ＴＨＢ"), ("réfugié", "re\u0301fugie\u0301"), ("Straße", "STRASSE"), ("a  b", "A b")],
)
def test_labels_compare_case_folded_and_nfkc(tmp_path: Path, first: str, second: str):
    assert label_key(first) == label_key(second)
    write(tmp_path, "a.toml", concept("one", first) + concept("two", second))
    assert "already used in en by concept 'one'" in load_error(tmp_path)


def test_accents_are_kept_when_comparing():
    assert label_key("réfugié") != label_key("refugie")


def test_two_concepts_cannot_be_one_entry(tmp_path: Path):
    head = 'entry = "border-management"'
    write(tmp_path, "a.toml", concept("one", "one", head=head) + concept("two", "two", head=head))
    assert "entry 'border-management' is already concept 'one'" in load_error(tmp_path)


def test_slugs_are_not_checked_without_a_catalogue(tmp_path: Path):
    write(tmp_path, "a.toml", READMISSION.replace('"legal-labour-migration"', '"nowhere"'))
    assert Thesaurus.load(tmp_path, None).concepts[0].related[0] == "nowhere"


# -- hostile files -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("x" * 10_000, f"longer than {MAX_LABEL} characters"),
        ("readmission\u200f", "U+200F"),  # a right-to-left mark
        ("\u202ereadmission", "U+202E"),  # a right-to-left override
        ("read\u0000mission", "U+0000"),
        ("read\nmission", "U+000A"),
        ("read\u00admission", "U+00AD"),  # a soft hyphen
    ],
    ids=["10k characters", "RLM", "RLO", "NUL", "newline", "soft hyphen"],
)
def test_hostile_labels_are_one_line(tmp_path: Path, label: str, words: str):
    write(
        tmp_path, "a.toml", concept("one", "one", tail=f"[concept.alt]\nen = [{json.dumps(label)}]")
    )
    message = load_error(tmp_path)
    assert words in message and len(message) < 400


def test_mixed_scripts_and_combining_marks_are_accepted(tmp_path: Path):
    labels = ["ECOWAS / СЭВ / الإيكواس", "إعادة\u200cالقبول", "Ле\u0301с", "ñ̃ó"]
    write(
        tmp_path,
        "a.toml",
        concept("one", "one", tail=f"[concept.alt]\nen = {json.dumps(labels, ensure_ascii=False)}"),
    )
    assert Thesaurus.load(tmp_path).concepts[0].labels_of("alt", "en") == tuple(labels)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path):
    os.mkfifo(tmp_path / "a.toml")
    assert "not a regular file" in load_error(tmp_path)


def test_symlinks_to_files_are_read_and_to_devices_refused(tmp_path: Path):
    real = write(tmp_path / "elsewhere", "real.toml", READMISSION)
    (tmp_path / "th").mkdir()
    (tmp_path / "th" / "a.toml").symlink_to(real)
    assert len(Thesaurus.load(tmp_path / "th", KNOWN)) == 1
    if Path("/dev/zero").exists():
        (tmp_path / "th" / "b.toml").symlink_to("/dev/zero")
        assert "not a regular file" in load_error(tmp_path / "th")


def test_nesting_bombs_and_foreign_bytes_are_one_line(tmp_path: Path):
    write(tmp_path, "a.toml", "x = " + "[" * 50_000)
    assert "nested too deeply" in load_error(tmp_path)
    (tmp_path / "a.toml").write_bytes(b'[[concept]]\nid = "\xff"\n')
    assert "not UTF-8" in load_error(tmp_path)


_LABEL_CHARS = st.characters(
    blacklist_categories=("Cs",),
)
_SPECIALS = st.sampled_from(
    [
        "\u200f",
        "\u200e",
        "\u202e",
        "\u2067",
        "\u0301",
        "\u0651",
        "\u0640",
        "ё",
        "ﻻ",
        "\u200c",
        "\t",
        "\\",
        '"',
        "'",
    ]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    labels=st.lists(
        st.text(st.one_of(_LABEL_CHARS, _SPECIALS), min_size=0, max_size=30), min_size=1, max_size=4
    ),
    language=st.sampled_from([*LANGUAGES, "xx"]),
)
def test_any_labels_load_or_fail_with_one_line(tmp_path: Path, labels: list[str], language: str):
    """Mixed scripts, bidi marks, combining characters: the loader accepts the label (and
    gives it back, whitespace collapsed) or raises one file:line ThesaurusError; nothing else."""
    folder = tmp_path / "prop"
    alt = json.dumps(labels, ensure_ascii=False)
    path = write(folder, "a.toml", concept("one", "one", tail=f"[concept.alt]\n{language} = {alt}"))
    try:
        thesaurus = Thesaurus.load(folder)
    except ThesaurusError as exc:
        message = str(exc)
        assert message.startswith(f"{path}:") and "\n" not in message
        assert message.split(":", 2)[1].isdigit() or message.startswith(f"{path}: ")
        return
    got = thesaurus.concepts[0].labels_of("alt", language)
    assert got == tuple(" ".join(t.split()) for t in labels)
    assert Thesaurus.load_compiled(_compile(thesaurus, tmp_path)).concepts == thesaurus.concepts


# -- the compiled form ---------------------------------------------------------------------------


def _compile(thesaurus: Thesaurus, folder: Path) -> Path:
    path = folder / "thesaurus.json"
    path.write_bytes(thesaurus.compiled_bytes())
    return path


def test_the_compiled_form_round_trips_byte_for_byte(tmp_path: Path):
    write(tmp_path / "src", "a.toml", READMISSION)
    thesaurus = Thesaurus.load(tmp_path / "src", KNOWN)
    loaded = Thesaurus.load_compiled(_compile(thesaurus, tmp_path))
    assert loaded.concepts == thesaurus.concepts
    assert loaded.compiled_bytes() == thesaurus.compiled_bytes()
    assert loaded.digest == thesaurus.digest and len(loaded.digest) == 64
    assert loaded.for_entry("return-reintegration") == thesaurus.concepts[0]


@pytest.mark.parametrize(
    "text",
    ['{"format": 99, "concepts": []}', '{"format": 1, "concepts": [[1, 2]]}', "[", '{"format": 1}'],
    ids=["other version", "damaged row", "not JSON", "no concepts"],
)
def test_a_damaged_compiled_file_is_one_line(tmp_path: Path, text: str):
    path = tmp_path / "thesaurus.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ThesaurusError) as caught:
        Thesaurus.load_compiled(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_a_missing_compiled_file_says_so(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        Thesaurus.load_compiled(tmp_path / "thesaurus.json")


def test_a_folder_named_like_a_file_and_an_oversized_file_are_one_line(tmp_path: Path):
    (tmp_path / "th" / "a.toml").mkdir(parents=True)
    assert "folder" in load_error(tmp_path / "th")
    (tmp_path / "th" / "a.toml").rmdir()
    write(tmp_path / "th", "a.toml", READMISSION + "#" * (4 << 20))
    assert "larger than 4 MB" in load_error(tmp_path / "th")


_TOML_BITS = st.sampled_from(
    [
        "[[concept]]",
        "[concept.pref]",
        "[concept.alt]",
        "id",
        "entry",
        "broader",
        "pref",
        "alt",
        "en",
        "ar",
        "xx",
        " = ",
        '"',
        "'",
        "[",
        "]",
        "{",
        "}",
        ",",
        ".",
        "\n",
        "#",
        "\\",
        "a-b",
        "é",
        "\u200f",
        "\u0301",
        "1",
        "true",
        '"""',
    ]
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(pieces=st.lists(_TOML_BITS, max_size=60))
def test_any_file_loads_or_fails_with_one_line(tmp_path: Path, pieces: list[str]):
    """Whatever an editor (or an attacker) writes, the loader says one line or loads."""
    folder = tmp_path / "any"
    path = write(folder, "a.toml", READMISSION + "".join(pieces))
    try:
        Thesaurus.load(folder, KNOWN)
    except ThesaurusError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
