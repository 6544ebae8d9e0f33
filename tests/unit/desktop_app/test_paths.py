"""Portable mode: a `portable` file beside the executable keeps user data beside it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from desktop_app.paths import prune_stale_indexes, resolve_paths


@pytest.fixture
def frozen_at(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "usb-stick" / "field-reference"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "field-reference"))
    monkeypatch.setattr(sys, "_MEIPASS", str(folder / "_internal"), raising=False)
    monkeypatch.delenv("FIELDREF_USER_DIR", raising=False)
    monkeypatch.delenv("FIELDREF_DATA_DIR", raising=False)
    return folder


def test_marker_file_switches_to_portable(frozen_at: Path):
    (frozen_at / "portable").write_text("")
    paths = resolve_paths()
    assert paths.portable
    assert paths.user_dir == frozen_at / "field-reference-data"


def test_flag_switches_to_portable(frozen_at: Path):
    paths = resolve_paths(portable=True)
    assert paths.user_dir == frozen_at / "field-reference-data"


def test_without_marker_user_data_goes_to_the_platform_folder(frozen_at: Path):
    paths = resolve_paths()
    assert not paths.portable
    assert frozen_at not in paths.user_dir.parents


def test_bundle_catalogue_lives_inside_the_bundle(frozen_at: Path):
    paths = resolve_paths()
    assert paths.catalogue_file == frozen_at / "_internal" / "catalogue" / "catalogue.sqlite"


def _stick_at(root: Path, monkeypatch: pytest.MonkeyPatch):
    folder = root / "field-reference"
    folder.mkdir(parents=True)
    (folder / "portable").write_text("")
    monkeypatch.setattr(sys, "executable", str(folder / "field-reference"))
    monkeypatch.setattr(sys, "_MEIPASS", str(folder / "_internal"), raising=False)
    return resolve_paths()


def test_portable_index_folder_survives_a_new_drive_letter(frozen_at, tmp_path, monkeypatch):
    """Issue 10: the index folder was named after the mount path, so every new drive letter
    rebuilt it and left the old folder behind."""
    first = _stick_at(tmp_path / "E-drive", monkeypatch)
    second = _stick_at(tmp_path / "F-drive", monkeypatch)
    assert first.portable and second.portable
    assert first.index_dir.relative_to(first.user_dir) == second.index_dir.relative_to(
        second.user_dir
    )


def test_installed_index_folders_stay_apart_per_data_folder(tmp_path: Path):
    one = resolve_paths(data_dir=tmp_path / "one", portable=False)
    two = resolve_paths(data_dir=tmp_path / "two", portable=False)
    assert one.index_dir != two.index_dir


def _stamped(folder: Path, content: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "stamp.json").write_text(json.dumps({"content_sha256": content}))
    (folder / "seg").write_bytes(b"x")
    return folder


def test_stale_copies_of_the_same_index_are_pruned_and_nothing_else(tmp_path: Path):
    root = tmp_path / "index"
    live = _stamped(root / "aaaaaaaaaaaa", "same")
    old_mount = _stamped(root / "bbbbbbbbbbbb", "same")
    other_catalogue = _stamped(root / "cccccccccccc", "other")
    not_ours = _stamped(root / "notes-backup", "same")
    (root / "dddddddddddd").mkdir()  # no stamp: a build may be under way, leave it
    removed = prune_stale_indexes(live, "same")
    assert removed == [old_mount]
    assert live.exists() and other_catalogue.exists() and not_ours.exists()
    assert (root / "dddddddddddd").exists() and not old_mount.exists()
