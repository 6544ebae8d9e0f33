"""Every user-facing failure (a FieldReferenceError, db/errors.py) is one line and exit 2, from
whichever family it comes; a bug stays distinguishable ("unexpected …, this is a bug")."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from db.errors import CatalogueError, FieldReferenceError, SourceError
from db.packs import PackError
from db.safe_files import UnsafeFileError
from db.userstore import UserStoreError
from desktop_app.cli import main as cli
from search_index import SearchIndexError
from tests.e2e.test_cli import assert_user_error, fieldref

FAMILIES = [
    CatalogueError("the catalogue says no"),
    SourceError("entries/x.md", "the source says no", 3),
    PackError("the pack says no"),
    UserStoreError("the notes say no"),
    SearchIndexError("the index says no"),
    UnsafeFileError("the file says no"),
]


@pytest.mark.parametrize("error", FAMILIES, ids=lambda e: type(e).__name__)
def test_each_family_is_its_own_one_line(monkeypatch, capsys, error: FieldReferenceError):
    def fail(*args: object) -> int:
        raise error

    def configure(name: str, parser: object) -> None:
        parser.set_defaults(run=fail)  # type: ignore[attr-defined]

    module = types.ModuleType("desktop_app.cli.failing_cmds")
    module.configure = configure  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(cli.COMMANDS, "fail", cli.Command("failing_cmds", "always fails"))
    assert cli.main(["fail"]) == 2
    assert capsys.readouterr().err == f"fieldref: error: {error}\n"


def _fieldref(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return fieldref(*args, **{"FIELDREF_USER_DIR": str(tmp_path / "user"), **env})


def test_malformed_files_are_one_line(tmp_path: Path):
    """A notes folder that is a file, a pack that is not a zip: each one line naming what is
    wrong, exit 2. (A malformed synonyms.toml was the third; the thesaurus replaced that file,
    and `fieldref build` reports a malformed thesaurus as file:line.)"""
    data = tmp_path / "data"
    assert _fieldref(tmp_path, "build", "--out", str(data)).returncode == 0

    (tmp_path / "not-a-folder").write_text("a file where the notes folder should be")
    result = _fieldref(
        tmp_path, "notes", "list", FIELDREF_USER_DIR=str(tmp_path / "not-a-folder" / "user")
    )
    assert_user_error(result, "notes")

    pack = tmp_path / "garbage.frpack"
    pack.write_bytes(b"not a zip at all")
    result = _fieldref(tmp_path, "pack", "verify", str(pack), FIELDREF_DATA_DIR=str(data))
    assert_user_error(result, "garbage.frpack")
