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
