"""`fieldref search` as scripts use it (docs/architecture.md §4)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.paths import resolve_paths
from tests.e2e.test_cli import assert_user_error, fieldref
from tests.helpers import REPO


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-search")
    result = fieldref("build", "--out", str(data))
    assert result.returncode == 0, result.stderr
    assert "search index: 31 entries" in result.stdout
    return data


def test_search_json_contract(built: Path):
    result = fieldref("search", "trafiking", "--json", data_dir=built)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"query", "total", "corrected", "notice", "hits"}
    assert data["corrected"] == "trafficking"
    assert data["hits"][0]["slug"] == "trafficking-human-beings"
    assert set(data["hits"][0]) == {"slug", "kind", "title", "score", "snippet"}
    assert "<mark>" in data["hits"][0]["snippet"]


def test_search_filters(built: Path):
    result = fieldref(
        "search", "process", "--json", "--kind", "dialogue", "--limit", "2", data_dir=built
    )
    hits = json.loads(result.stdout)["hits"]
    assert len(hits) == 2 and all(h["kind"] == "dialogue" for h in hits)
    result = fieldref("search", "young", "--json", "--region", "africa", data_dir=built)
    in_africa = {h["slug"] for h in json.loads(result.stdout)["hits"]}
    assert in_africa == {"private-sector", "college-of-practical-skills"}
    result = fieldref("search", "young", "--json", "--region", "europe", data_dir=built)
    assert json.loads(result.stdout)["hits"] == []


def test_stdin_mode_answers_line_by_line(built: Path):
    result = fieldref("search", "--json", data_dir=built, stdin="asyl\nTHB\nM&D\n\n")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["query"] for d in lines] == ["asyl", "THB", "M&D", ""]
    assert lines[0]["hits"][0]["slug"] == "asylum-protection"
    assert lines[1]["hits"][0]["slug"] == "trafficking-human-beings"
    assert lines[2]["hits"][0]["slug"] == "migration-development"
    assert lines[3]["total"] == 0


def test_stdin_mode_flushes_each_answer(built: Path):
    env = dict(os.environ, FIELDREF_DATA_DIR=str(built))
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app.cli.main", "search", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
        encoding="utf-8",
    )
    try:
        assert proc.stdin and proc.stdout
        for query, slug in (("border", "border-management"), ("rabat", "rabat-process")):
            proc.stdin.write(query + "\n")
            proc.stdin.flush()
            answer = json.loads(proc.stdout.readline())  # blocks until that line is flushed
            assert answer["hits"][0]["slug"] == slug
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
        proc.stdout.close()
    assert proc.returncode == 0


def test_search_errors_are_one_line(built: Path):
    assert_user_error(fieldref("search", "x", "--kind", "poem", data_dir=built), "poem")
    assert_user_error(fieldref("search", "x", "--region", "atlantis", data_dir=built), "atlantis")
    assert_user_error(fieldref("search", "x", "--limit", "0", data_dir=built), "--limit")


def test_corrupt_index_is_rebuilt_with_a_message(built: Path, tmp_path: Path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(built, data)
    fieldref("search", "border", data_dir=data)  # builds this user's index for the copy
    index_dir = resolve_paths(data_dir=data).index_dir
    segments = list(index_dir.glob("*.seg"))
    assert segments
    for seg in segments:
        seg.write_bytes(b"junk")
    result = fieldref("search", "border", "--json", data_dir=data)
    assert result.returncode == 0
    assert "rebuilding" in result.stderr and "Traceback" not in result.stderr
    assert json.loads(result.stdout)["hits"][0]["slug"] == "border-management"


def test_search_with_index_key_a_folder_still_answers(built: Path, tmp_path: Path):
    """Issue 10: `index.key` being a folder gave a traceback; search now runs on a temporary
    index and says why, in one line."""
    user = tmp_path / "user"
    (user / "index.key").mkdir(parents=True)
    env = dict(os.environ, FIELDREF_USER_DIR=str(user), FIELDREF_DATA_DIR=str(built))
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli.main", "search", "border", "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["hits"][0]["slug"] == "border-management"
    assert "Traceback" not in result.stderr
    notes = [line for line in result.stderr.splitlines() if "temporary" in line]
    assert len(notes) == 1 and "index.key" in notes[0]


def test_search_prints_the_notice_and_the_correction(built: Path):
    result = fieldref("search", "Syria", data_dir=built)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "No entry names Syria"
    assert "Middle East  [region]  middle-east" in result.stdout
    result = fieldref("search", "bordr managment", data_dir=built)
    first = result.stdout.splitlines()[0]
    assert first == "Showing results for border management — search instead for bordr managment"


def test_explain_prints_how_the_query_was_understood(built: Path):
    result = fieldref("search", "--explain", "comment gérer les frontières", data_dir=built)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line[:12])
    assert lines["language"].strip() == "fr (script: latin)"
    assert "comment" in lines["dropped"]
    result = fieldref("search", "--explain", "--json", "Syria", data_dir=built)
    data = json.loads(result.stdout)
    assert data["notice"] == "No entry names Syria" and data["language"] == "en"
    assert data["top"][0] == ["region", "middle-east", "Middle East"]
