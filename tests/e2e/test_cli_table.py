"""The lazy command table (desktop_app/cli/main.py): every row parses, the packaging spec sees
every module, and a command loads only what it needs (`fieldref paths` never loads Whoosh)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main as cli
from tests.e2e.test_cli import fieldref
from tests.helpers import REPO

#: one argv per command that must parse to a runnable command (a new row needs a sample here)
SAMPLES = {
    "build": ["build"],
    "export": ["export", "--json"],
    "show": ["show", "about"],
    "regions": ["regions"],
    "terms": ["terms", "border-management", "--json"],
    "paths": ["paths"],
    "search": ["search", "border", "--json"],
    "notes": ["notes", "add", "about", "text"],
    "bookmarks": ["bookmarks", "list"],
    "keys": ["keys", "list"],
    "pack": ["pack", "rollback", "--shipped"],
}

WHOOSH_AND_INDEX = ("whoosh", "search_index")
STORAGE = ("sqlalchemy", "db.catalogue", "db.packs", "db.userstore", "cryptography")


@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_every_row_parses_to_a_runnable_command(name: str):
    assert set(SAMPLES) == set(cli.COMMANDS)
    args = cli.parse_args(SAMPLES[name])
    assert args.command == name and callable(args.run)


def test_the_packaging_spec_lists_every_command_module():
    """PyInstaller cannot see importlib calls: the spec reads the table from the source."""
    spec = REPO / "packaging" / "field-reference.spec"
    tree = ast.parse(spec.read_text("utf-8"))
    func = next(
        n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "cli_command_modules"
    )
    scope: dict[str, object] = {"ROOT": REPO, "Path": Path}
    exec(compile(ast.Module([func], []), str(spec), "exec"), scope)
    listed = scope["cli_command_modules"]()  # type: ignore[operator]
    assert listed == {f"desktop_app.cli.{c.module}" for c in cli.COMMANDS.values()}


def _loaded_after(argv: list[str], data_dir: Path, user_dir: Path) -> tuple[int, set[str]]:
    """Run `fieldref argv` in a fresh interpreter; its exit code and the top modules it loaded."""
    code = (
        "import json, sys\n"
        "from desktop_app.cli.main import main\n"
        "try:\n"
        f"    rc = main({argv!r})\n"
        "except SystemExit as done:\n"
        "    rc = done.code or 0\n"
        "sys.stdout.flush()\n"
        "print(json.dumps([rc, sorted(sys.modules)]), file=sys.stderr)\n"
    )
    env = dict(os.environ, FIELDREF_DATA_DIR=str(data_dir), FIELDREF_USER_DIR=str(user_dir))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    rc, modules = json.loads(result.stderr.strip().splitlines()[-1])
    return rc, set(modules)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-table")
    result = fieldref("build", "--out", str(data))
    assert result.returncode == 0, result.stderr
    return data


def test_help_loads_no_command_and_no_storage(built: Path, tmp_path: Path):
    rc, modules = _loaded_after(["--help"], built, tmp_path)
    assert rc == 0
    loaded = {m for m in modules if m.startswith(("desktop_app.cli.", *STORAGE, *WHOOSH_AND_INDEX))}
    assert loaded <= {"desktop_app.cli.main", "desktop_app.cli.contract"}, loaded


@pytest.mark.parametrize("argv", [["paths"], ["show", "about"], ["export"], ["regions"]])
def test_catalogue_commands_never_load_whoosh(built: Path, tmp_path: Path, argv: list[str]):
    rc, modules = _loaded_after(argv, built, tmp_path)
    assert rc == 0
    assert "db.catalogue" in modules  # the catalogue really was opened
    assert not {m for m in modules if m.split(".")[0] in WHOOSH_AND_INDEX}
    assert "desktop_app.cli.search_cmds" not in modules


def test_search_loads_whoosh(built: Path, tmp_path: Path):
    """The probe above can see Whoosh when it is there."""
    rc, modules = _loaded_after(["search", "border", "--json"], built, tmp_path)
    assert rc == 0 and "whoosh" in modules


def test_python_dash_m_package_is_the_same_cli(built: Path):
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "paths", "--help"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0 and "usage: fieldref paths" in result.stdout
