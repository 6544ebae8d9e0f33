"""Handover files are data from outside (issue 10, items 7 and 8, surrogates, 100k imports).

Export never replaces a device, FIFO, symlink or read-only file and names the target when it
fails; import refuses special files, huge and deeply nested files and lone surrogates in one
line, and merges many notes in one transaction with progress.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from db import FieldReferenceError
from db.userstore import UserStore, UserStoreError, export_handover, import_handover
from tests.helpers import REPO


@pytest.fixture
def store(tmp_path: Path):
    with UserStore.open(tmp_path / "user") as opened:
        opened.save_note("research", "mine")
        yield opened


def _special_target(tmp_path: Path, kind: str) -> Path:
    target = tmp_path / f"target-{kind}"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "device":
        try:
            os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
        except PermissionError:
            pytest.skip("creating a device node needs root")
    elif kind == "symlink":
        stick = tmp_path / "stick.json"
        stick.write_text("the file on the stick")
        target.symlink_to(stick)
    elif kind == "read-only":
        target.write_text("keep me")
        os.chmod(target, 0o444)
    return target


@pytest.mark.parametrize("kind", ["fifo", "device", "symlink", "read-only"])
def test_export_never_replaces_special_or_read_only_targets(
    store: UserStore, tmp_path: Path, kind: str
):
    target = _special_target(tmp_path, kind)
    before = os.lstat(target)
    with pytest.raises(FieldReferenceError) as caught:
        export_handover(store, target)
    assert str(target) in str(caught.value) and "\n" not in str(caught.value)
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    if kind == "symlink":
        assert (tmp_path / "stick.json").read_text() == "the file on the stick"
    assert not list(tmp_path.glob(".*tmp"))


def test_export_error_names_the_target_not_the_temp_file(store: UserStore, tmp_path: Path):
    target = tmp_path / "absent-folder" / "handover.json"
    with pytest.raises(FieldReferenceError) as caught:
        export_handover(store, target)
    assert str(target) in str(caught.value) and ".tmp" not in str(caught.value)


def _import_in_child(user: Path, source: Path) -> subprocess.CompletedProcess[str]:
    """A hang or an unbounded read must fail the test, not the machine: run it in a child."""
    code = (
        "import sys; from pathlib import Path; from db.userstore import *\n"
        "s = UserStore.open(Path(sys.argv[1]))\n"
        "try:\n    import_handover(s, Path(sys.argv[2]))\n"
        "except UserStoreError as e:\n    print('refused:', e)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(user), str(source)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
def test_import_refuses_devices_and_fifos_without_hanging(tmp_path: Path, kind: str):
    source = Path("/dev/zero")
    if kind == "fifo":
        source = tmp_path / "handover.json"
        os.mkfifo(source)
    result = _import_in_child(tmp_path / "user", source)
    assert result.stdout.startswith("refused:") and "not a regular file" in result.stdout
    assert result.stderr == ""


def _handover(tmp_path: Path, notes: list, bookmarks: list | None = None) -> Path:
    path = tmp_path / "handover.json"
    payload = {"format": "field-reference-handover", "version": 1, "notes": notes}
    payload["bookmarks"] = bookmarks or []
    path.write_text(json.dumps(payload))
    return path


def test_deeply_nested_handover_is_one_line(store: UserStore, tmp_path: Path):
    path = tmp_path / "nested.json"
    path.write_text('{"format": "field-reference-handover", "notes": ' + "[" * 100_000)
    with pytest.raises(UserStoreError) as caught:
        import_handover(store, path)
    assert "\n" not in str(caught.value) and "handover" in str(caught.value)


def test_lone_surrogate_in_handover_is_refused_in_one_line(store: UserStore, tmp_path: Path):
    path = _handover(tmp_path, [{"slug": "integration", "text": "broken \ud800 text"}])
    assert "\\ud800" in path.read_text()
    with pytest.raises(UserStoreError, match="surrogate") as caught:
        import_handover(store, path)
    assert "\n" not in str(caught.value) and "notes item 1" in str(caught.value)
    assert store.note("integration") is None


def test_large_import_merges_in_one_transaction_with_progress(store: UserStore, tmp_path: Path):
    notes = [{"slug": f"entry-{n}", "text": f"note {n}"} for n in range(3000)]
    notes += [{"slug": "research", "text": "theirs"}, {"slug": "entry-7", "text": "again"}]
    marks = [{"slug": f"entry-{n}", "folder": "F"} for n in range(500)]
    seen: list[tuple[int, int]] = []
    report = import_handover(store, _handover(tmp_path, notes, marks), progress=_record(seen))
    assert (report.notes_added, report.notes_merged, report.bookmarks_added) == (3000, 2, 500)
    assert seen[-1][0] == seen[-1][1] > 0 and seen == sorted(seen)
    assert len(store.notes()) == 3001
    assert "mine" in store.note("research").text and "theirs" in store.note("research").text
    assert "note 7" in store.note("entry-7").text and "again" in store.note("entry-7").text
    again = import_handover(store, _handover(tmp_path, notes, marks))
    assert (again.notes_added, again.notes_merged, again.notes_unchanged) == (0, 0, 3002)


def _record(seen: list[tuple[int, int]]):
    return lambda done, total: seen.append((done, total))
