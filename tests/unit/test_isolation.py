"""The suite must never write into the developer's real home (issue 10: module-scoped `fieldref
build` fixtures wrote index.key and index folders into ~/.local/share/field-reference)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests import conftest
from tests.helpers import REPO


def test_home_points_at_a_temp_folder_for_the_whole_session():
    home = Path(os.environ["HOME"]).resolve()
    assert home != conftest.REAL_HOME.resolve()
    assert home == conftest.TEST_HOME.resolve()


def test_a_subprocess_without_fieldref_overrides_resolves_inside_the_test_home():
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDREF_")}
    code = "from desktop_app.paths import resolve_paths; print(resolve_paths().user_dir)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env, check=True
    )
    user_dir = Path(result.stdout.strip()).resolve()
    assert user_dir.is_relative_to(conftest.TEST_HOME.resolve())
