"""The thesaurus loader: the data contract's rules, file:line errors, hostile files, and the
compiled form the app loads at start."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.errors import CatalogueError, FieldReferenceError
from search_index.thesaurus import (
    LANGUAGES,
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


def test_a_compiled_file_is_known_by_its_digest_before_it_is_loaded(tmp_path: Path):
    """Search names its kept label index after this digest: it must be the loaded one's."""
    from search_index.thesaurus import CompiledThesaurus

    write(tmp_path / "src", "a.toml", READMISSION)
    thesaurus = Thesaurus.load(tmp_path / "src", KNOWN)
    compiled = CompiledThesaurus(_compile(thesaurus, tmp_path))
    assert compiled.digest == thesaurus.digest == compiled.load().digest
    missing = CompiledThesaurus(tmp_path / "nowhere.json")
    assert missing.digest == ""
    with pytest.raises(FileNotFoundError):
        missing.load()


def test_narrowing_to_a_catalogue_changes_the_digest_only_when_links_go(tmp_path: Path):
    write(tmp_path / "src", "a.toml", READMISSION)
    thesaurus = Thesaurus.load(tmp_path / "src", KNOWN)
    assert thesaurus.restricted_to(KNOWN).digest == thesaurus.digest
    narrowed = thesaurus.restricted_to(KNOWN - {"legal-labour-migration"})
    assert narrowed.digest != thesaurus.digest
    assert narrowed.digest == thesaurus.restricted_to(KNOWN - {"legal-labour-migration"}).digest
