"""The `fieldref` contract (docs/architecture.md §4), run as a subprocess as scripts run it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

from tests.helpers import REPO, SHIPPED_SOURCE


def fieldref(
    *args: str,
    data_dir: Path | None = None,
    stdin: str | None = None,
    **variables: str,
) -> subprocess.CompletedProcess[str]:
    """`fieldref args` in a child process; keyword arguments set environment variables."""
    env = {**os.environ, **variables}
    if data_dir is not None:
        env["FIELDREF_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli.main", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        input=stdin,
        timeout=120,
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-data")
    result = fieldref("build", "--out", str(data))
    assert result.returncode == 0, result.stderr
    return data


def assert_user_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_export_json_contract(built: Path):
    result = fieldref("export", "--json", data_dir=built)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["catalogue"]) >= {"version", "content_sha256", "built"}
    assert len(data["entries"]) >= 31
    entry = next(e for e in data["entries"] if e["slug"] == "border-management")
    assert set(entry) == {"slug", "kind", "title", "summary", "body", "regions", "related"}
    assert "european-union" in entry["regions"]
    region = next(r for r in data["regions"] if r["slug"] == "nigeria")
    assert region == {"slug": "nigeria", "name": "Nigeria", "parent": "west-africa"}
    assert next(r for r in data["regions"] if r["slug"] == "global")["parent"] is None


def test_show_and_regions(built: Path):
    shown = fieldref("show", "trafficking-human-beings", data_dir=built)
    assert shown.returncode == 0
    assert shown.stdout.startswith("Trafficking in Human Beings\n")
    assert "West Africa (ECOWAS)" in shown.stdout
    tree = fieldref("regions", data_dir=built)
    assert "    Nigeria (nigeria)" in tree.stdout
    assert tree.stdout.splitlines()[0].startswith("Global (global)")


def test_paths_names_every_location(built: Path):
    result = fieldref("paths", data_dir=built)
    assert result.returncode == 0
    for label in ("catalogue:", "index:", "user data:", "version:"):
        assert label in result.stdout
    assert str(built) in result.stdout


def test_show_unknown_slug(built: Path):
    assert_user_error(fieldref("show", "no-such-slug", data_dir=built), "no-such-slug")


def test_unknown_command_is_one_line():
    assert_user_error(fieldref("frobnicate"), "invalid choice")


@pytest.mark.parametrize("content", [b"", b"garbage" * 100, b"SQLite format 3\x00" + b"\0" * 50])
def test_opening_a_non_catalogue(tmp_path: Path, content: bytes):
    (tmp_path / "catalogue.sqlite").write_bytes(content)
    assert_user_error(fieldref("export", "--json", data_dir=tmp_path), "catalogue")


def test_missing_catalogue(tmp_path: Path):
    assert_user_error(fieldref("show", "about", data_dir=tmp_path), "fieldref build")


@pytest.mark.parametrize(
    ("file", "old", "new", "fragment"),
    [
        ("entries/research.md", 'title = "Research"', 'title = "Research', "research.md:4"),
        ("entries/research.md", 'title = "Research"\n', "", "missing or empty 'title'"),
        (
            "entries/research.md",
            'slug = "research"',
            'slug = "integration"',
            "does not match the file name",
        ),
        ("entries/research.md", "related = [", 'related = ["ghost", ', "unknown entry 'ghost'"),
        (
            "entries/research.md",
            'regions = ["global"]',
            'regions = ["atlantis"]',
            "unknown region 'atlantis'",
        ),
    ],
)
def test_bad_source_keeps_previous_build(tmp_path: Path, file, old, new, fragment):
    source = tmp_path / "src"
    shutil.copytree(SHIPPED_SOURCE, source)
    out = tmp_path / "out"
    assert fieldref("build", "--source", str(source), "--out", str(out)).returncode == 0
    before = (out / "catalogue.sqlite").read_bytes()
    path = source / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert_user_error(fieldref("build", "--source", str(source), "--out", str(out)), fragment)
    assert (out / "catalogue.sqlite").read_bytes() == before


def test_a_copied_entry_file_is_refused_naming_the_copy(tmp_path: Path):
    source = tmp_path / "src"
    shutil.copytree(SHIPPED_SOURCE, source)
    shutil.copy(source / "entries" / "research.md", source / "entries" / "research-copy.md")
    assert_user_error(
        fieldref("build", "--source", str(source), "--out", str(tmp_path / "o")), "research-copy.md"
    )


def _export_with(built: Path, **popen: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, FIELDREF_DATA_DIR=str(built))
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli.main", "export"],
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
        **popen,
    )


def test_export_with_stdout_closed_is_one_line(built: Path):
    """Issue 10: `fieldref export >&-` raised AttributeError."""
    result = _export_with(built, preexec_fn=lambda: os.close(1))
    assert_user_error(result, "output")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_export_to_a_full_disk_is_one_line(built: Path):
    with open("/dev/full", "w") as full:
        result = _export_with(built, stdout=full)
    assert_user_error(result, "full")


def test_export_into_a_closed_pipe_is_quiet(built: Path):
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = _export_with(built, stdout=writer)
    finally:
        os.close(writer)
    assert result.stderr == "" and result.returncode == 0


def test_unexpected_error_is_one_line_with_details_on_request(monkeypatch, capsys):
    from desktop_app.cli import main as cli

    def configure(name: str, parser: object) -> None:
        parser.set_defaults(run=lambda *a: {}["no such key"])  # type: ignore[attr-defined]

    boom = types.ModuleType("desktop_app.cli.boom_cmds")
    boom.configure = configure  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, boom.__name__, boom)
    monkeypatch.setitem(cli.COMMANDS, "boom", cli.Command("boom_cmds", "fails like a bug"))
    monkeypatch.delenv("FIELDREF_DEBUG", raising=False)
    assert cli.main(["boom"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "FIELDREF_DEBUG=1" in err
    monkeypatch.setenv("FIELDREF_DEBUG", "1")
    assert cli.main(["boom"]) == 2
    assert "Traceback" in capsys.readouterr().err
