"""The thesaurus loader against hostile files: special files, bidi overrides, control and
combining characters, 10,000-character labels, nesting bombs, and property tests over labels and
whole files. Every outcome is a loaded thesaurus or one file:line ThesaurusError line."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search_index.thesaurus import LANGUAGES, MAX_LABEL, Thesaurus, ThesaurusError
from tests.unit.search_index.test_thesaurus import (
    KNOWN,
    READMISSION,
    _compile,
    concept,
    load_error,
    write,
)


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
