"""`fieldref notes …` / `fieldref bookmarks …` for scripting and recovery."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from db.userstore import UserStore
from tests.e2e.test_cli import assert_user_error, fieldref


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-notes")
    assert fieldref("build", "--out", str(data)).returncode == 0
    return data


def test_add_list_export_import(built: Path, tmp_path: Path):
    assert fieldref("notes", "add", "research", "first thought", data_dir=built).returncode == 0
    assert fieldref("notes", "add", "vanished-entry", "kept", data_dir=built).returncode == 0
    listed = json.loads(fieldref("notes", "list", "--json", data_dir=built).stdout)
    by_slug = {n["slug"]: n for n in listed}
    assert by_slug["research"]["text"] == "first thought"
    assert by_slug["research"]["orphaned"] is False
    assert by_slug["vanished-entry"]["orphaned"] is True  # listed, never dropped
    handover = tmp_path / "handover.json"
    assert fieldref("notes", "export", str(handover), data_dir=built).returncode == 0
    with UserStore.open(Path(os.environ["FIELDREF_USER_DIR"])) as store:
        store.set_bookmark("integration", True)
        store.save_note("research", "edited later")
    result = fieldref("notes", "import", str(handover), data_dir=built)
    assert result.returncode == 0 and "1 merged" in result.stdout
    marks = json.loads(fieldref("bookmarks", "list", "--json", data_dir=built).stdout)
    assert [m["slug"] for m in marks] == ["integration"]


def test_bad_handover_and_bad_slug_are_one_line_errors(built: Path, tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2")
    assert_user_error(fieldref("notes", "import", str(bad), data_dir=built), "handover")
    assert_user_error(
        fieldref("notes", "add", "../../etc", "x", data_dir=built), "not an entry name"
    )
    assert_user_error(
        fieldref("notes", "import", str(tmp_path / "absent.json"), data_dir=built), "not found"
    )


def _user_dir() -> Path:
    return Path(os.environ["FIELDREF_USER_DIR"])


def test_damaged_notes_file_is_reported_with_where_it_went(built: Path):
    _user_dir().mkdir(parents=True, exist_ok=True)
    (_user_dir() / "user.sqlite").write_bytes(b"not a database" * 100)
    result = fieldref("notes", "list", data_dir=built)
    assert result.returncode == 0, result.stderr
    assert "moved aside to" in result.stderr and "damaged" in result.stderr
    moved = next(_user_dir().glob("user.damaged-*.sqlite"))
    assert str(moved) in result.stderr and moved.read_bytes() == b"not a database" * 100


def test_escape_sequences_in_notes_are_printed_inert(built: Path):
    with UserStore.open(_user_dir()) as store:
        store.save_note("research", "\x1b]0;pwned\x07\x1b[2J\x9b31mred\rhidden")
        store.set_bookmark("integration", True, folder="\x1b[8mfolder")
    listed = fieldref("notes", "list", data_dir=built)
    marks = fieldref("bookmarks", "list", data_dir=built)
    as_json = fieldref("notes", "list", "--json", data_dir=built)
    for result in (listed, marks, as_json):
        assert result.returncode == 0, result.stderr
        assert not any(ch in result.stdout for ch in "\x1b\x07\x9b\r"), repr(result.stdout)
    assert "\\x1b]0;pwned" in listed.stdout and "\\x1b[8mfolder" in marks.stdout
    assert json.loads(as_json.stdout)[0]["text"].startswith("\x1b]0;pwned")  # exact as data


def test_blank_add_says_nothing_was_saved(built: Path):
    assert_user_error(
        fieldref("notes", "add", "research", "   ", data_dir=built), "empty", "nothing was saved"
    )
    assert json.loads(fieldref("notes", "list", "--json", data_dir=built).stdout) == []


def test_lone_surrogate_in_add_is_one_line(built: Path):
    result = fieldref("notes", "add", "research", "broken \udcff byte", data_dir=built)
    assert_user_error(result, "lone surrogate", "nothing was saved")


def test_read_only_store_lists_and_refuses_to_add(built: Path):
    assert fieldref("notes", "add", "research", "kept", data_dir=built).returncode == 0
    os.chmod(_user_dir(), 0o555)
    try:
        listed = fieldref("notes", "list", data_dir=built)
        added = fieldref("notes", "add", "research", "more", data_dir=built)
    finally:
        os.chmod(_user_dir(), 0o755)
    assert listed.returncode == 0 and "kept" in listed.stdout
    assert "read-only" in listed.stderr
    assert_user_error(added, "read-only", "nothing was saved")
