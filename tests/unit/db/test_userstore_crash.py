"""kill -9 while notes are being written: every acknowledged save survives, the file is sound."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from db.userstore import UserStore
from tests.helpers import REPO

ITERATIONS = 25


def test_acknowledged_notes_survive_kill_9(tmp_path: Path):
    folder = tmp_path / "user"
    rng = random.Random(7)
    expected: dict[str, int] = {}
    start = 0
    for _ in range(ITERATIONS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.unit.db.note_writer", str(folder), str(start)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # wait until it is really writing
        assert first.strip().isdigit()
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(child.pid, signal.SIGKILL)
        rest = child.stdout.read()
        child.wait()
        child.stdout.close()
        acked = [int(n) for n in (first + rest).split()]
        for number in acked:
            expected[f"note-{number % 50}"] = number
        start = acked[-1] + 1
        with UserStore.open(folder) as store:
            assert store.recovery is None
            assert store.integrity_ok()
            for slug, number in expected.items():
                note = store.note(slug)
                assert note is not None, slug
                stored = int(note.text.split()[1])
                assert stored >= number, (slug, stored, number)  # never older than acknowledged
