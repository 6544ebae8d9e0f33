"""Portable mode: a `portable` file beside the executable keeps user data beside it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.paths import resolve_paths


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
