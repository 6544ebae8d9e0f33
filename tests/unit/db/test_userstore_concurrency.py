"""Parallel writers never lose an acknowledged note (issue 10, item 3).

N processes each run `fieldref notes add` M times on one note, all released at once: on a fresh
home (simultaneous first opens race on schema creation) and on an existing store. Every
acknowledged addition must be in the note; none may fail with "table already exists".
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.userstore import UserStore
from tests.helpers import REPO

WRITERS = int(os.environ.get("FIELDREF_TEST_WRITERS", "12"))
ROUNDS = int(os.environ.get("FIELDREF_TEST_ROUNDS", "4"))


def _run_writers(user_dir: Path) -> tuple[set[str], str]:
    """Start every writer, release them together; returns (acknowledged tokens, stderr)."""
    env = dict(os.environ, FIELDREF_USER_DIR=str(user_dir))
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.unit.db.concurrent_writer", str(w), str(ROUNDS)],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(WRITERS)
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    acked: set[str] = set()
    errors = []
    for child in children:
        out, err = child.communicate(timeout=300)
        errors.append(err)
        for line in out.splitlines():
            _, writer, round_ = line.split()
            acked.add(f"w{writer}-r{round_}")
    return acked, "".join(errors)


def _present(user_dir: Path) -> set[str]:
    with UserStore.open(user_dir) as store:
        note = store.note("shared-note")
    return set(note.text.split()) if note else set()


@pytest.mark.parametrize("start", ["fresh", "existing"])
def test_parallel_adds_keep_every_acknowledged_note(tmp_path: Path, start: str):
    user_dir = tmp_path / "user"
    if start == "existing":
        with UserStore.open(user_dir) as store:
            store.save_note("shared-note", "seed")
    acked, errors = _run_writers(user_dir)
    present = _present(user_dir)
    print(
        f"{start}: {WRITERS} writers x {ROUNDS} rounds: acknowledged {len(acked)}, "
        f"present {len(acked & present)}"
    )
    assert "already exists" not in errors and "Traceback" not in errors, errors
    assert acked <= present, sorted(acked - present)
    assert len(acked) == WRITERS * ROUNDS, errors
