"""Ranking of the fuzzy matcher behind the command palette and the shortcut sheet."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop_app.commands.actions import ACTIONS
from desktop_app.commands.fuzzy import fuzzy_filter, fuzzy_score, strip_mnemonics
from tests.helpers import REPO

# The real action table: the palette ranks exactly these texts.
ACTION_TEXTS = {a.id: a.text for a in ACTIONS}


def rank(query: str) -> list[str]:
    return fuzzy_filter(query, ACTION_TEXTS.items())


@pytest.mark.parametrize(
    ("query", "best"),
    [
        ("zoin", "zoom_in"),
        ("zoom in", "zoom_in"),
        ("ZOOMIN", "zoom_in"),
        ("tree", "toggle_tree"),
        ("sht", "toggle_tree"),
        ("td", "theme_dark"),
        ("cp", "command_palette"),
        ("ks", "shortcut_sheet"),
        ("quit", "quit"),
        ("region", "group_region"),
    ],
)
def test_best_match(query, best):
    assert rank(query)[0] == best


def test_empty_query_returns_everything_in_order():
    assert rank("") == list(ACTION_TEXTS)
    assert rank("   ") == list(ACTION_TEXTS)


def test_no_subsequence_no_match():
    assert rank("xyzq") == []
    assert fuzzy_score("xyzq", "Zoom In") is None
    assert fuzzy_score("ni", "In") is None  # order matters


def test_exact_prefix_beats_word_starts():
    assert fuzzy_score("go", "Go to Tree") > fuzzy_score("go", "Group Options")


def test_word_starts_beat_consecutive_runs():
    assert fuzzy_score("st", "Show Tree") > fuzzy_score("st", "Mast")


def test_consecutive_run_beats_scattered_letters():
    assert fuzzy_score("ent", "Entry Xn Yt") < fuzzy_score("ent", "Entry")
    assert fuzzy_score("abc", "xabcx") > fuzzy_score("abc", "xaxbxcx")


def test_shorter_candidate_wins_a_tie():
    assert rank("zoom")[:2] == ["zoom_in", "zoom_out"]
    assert fuzzy_score("tree", "Show Tree") > fuzzy_score("tree", "Go to Tree")


def test_accents_and_case_are_folded():
    assert fuzzy_score("region", "Région") is not None
    assert fuzzy_score("RÉGION", "region") is not None
    assert fuzzy_score("strasse", "Straße") is not None
    assert fuzzy_filter("regiao", [(1, "Migração"), (2, "Região")]) == [2]


def test_mnemonics_are_stripped():
    assert strip_mnemonics("Find &Next") == "Find Next"
    assert strip_mnemonics("Tom && Jerry") == "Tom & Jerry"
    assert strip_mnemonics("文件(&F)") == "文件"
    assert fuzzy_score("fn", "&Find &Next") is not None
    assert fuzzy_score("&", "&Find") is None


def test_filter_keeps_input_order_on_ties():
    assert fuzzy_filter("a", [("x", "Alpha"), ("y", "Alpha")]) == ["x", "y"]


def test_fuzzy_module_does_not_import_qt():
    code = (
        "import sys, desktop_app.commands.fuzzy\n"
        "print(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "False"
