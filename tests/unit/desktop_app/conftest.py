"""The shipped catalogue copied into a per-test data folder, as the library tests open it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.paths import AppPaths, resolve_paths


@pytest.fixture
def paths(shipped_catalogue: Path, tmp_path: Path) -> AppPaths:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(shipped_catalogue, data / "catalogue.sqlite")
    return resolve_paths(data_dir=data)
