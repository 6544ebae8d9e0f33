"""The index build's worker processes (issue 10): they die with the builder and never print."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db import Catalogue, Entry, Region
from db.builder import write_catalogue
from db.source import CatalogueSource
from search_index import SearchIndexError, build_index
from tests.helpers import REPO

ENTRIES = 1_200  # > one progress step (1,000): both workers are running when progress fires
posix_only = pytest.mark.skipif(os.name != "posix", reason="kill -9 and /proc are POSIX")


def write_many(path: Path) -> Path:
    entries = tuple(
        Entry(f"term-{n}", "field", f"Term {n}", f"Summary {n}", f"Body text {n} migration")
        for n in range(ENTRIES)
    )
    source = CatalogueSource(
        "Many", "1", "2024-01-01", entries, (Region("global", "Global", None),)
    )
    write_catalogue(source, path)
    return path


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_many(tmp_path_factory.mktemp("many") / "catalogue.sqlite")


def test_a_full_disk_in_a_worker_is_one_error_and_no_traceback(many: Path, tmp_path, capfd):
    from whoosh.multiproc import SubWriterTask

    import search_index.builder as builder

    def full(self, filename, doc_count):
        raise OSError(errno.ENOSPC, "No space left on device")

    if builder.WRITER_PROCS < 2:
        pytest.skip("one writer process: there are no workers")
    original = SubWriterTask._process_file
    SubWriterTask._process_file = full  # the workers are forked: they see this
    try:
        with Catalogue.open(many) as catalogue, pytest.raises(SearchIndexError) as caught:
            build_index(catalogue, tmp_path / "index", tmp_path / "key")
    finally:
        SubWriterTask._process_file = original
    assert "the disk is full" in str(caught.value)
    err = capfd.readouterr().err
    assert "Traceback" not in err, err
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".index")]


CHILD = """
import multiprocessing, sys, threading
from pathlib import Path
from db import Catalogue
from search_index import build_index

def progress(done, total):
    if done < total:
        print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
        threading.Event().wait()  # hold here until killed

with Catalogue.open(Path(sys.argv[1])) as catalogue:
    build_index(catalogue, Path(sys.argv[2]), Path(sys.argv[3]), progress)
"""


def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return True
    return "\nState:\tZ" in status  # a zombie has ended; only its parent-to-be must reap it


@posix_only
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_kill_9_during_indexing_leaves_no_worker_behind(many: Path, tmp_path: Path):
    import search_index.builder as builder

    if builder.WRITER_PROCS < 2:
        pytest.skip("one writer process: there are no workers")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(many), str(tmp_path / "index"), str(tmp_path / "key")],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline()
        workers = [int(p) for p in line.split()]
        assert workers, "no worker processes were running during the build"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    deadline = time.monotonic() + 30
    while not all(_gone(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)  # polling the process table: there is no signal to wait on
    alive = [pid for pid in workers if not _gone(pid)]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert alive == [], "worker processes outlived the killed builder"


@posix_only
def test_a_build_killed_earlier_leaves_no_temp_folder_behind(tmp_path: Path):
    """kill -9 mid-build left `.index.building-PID` (tens of MB at 100k entries) for ever."""
    from db import build_catalogue
    from tests.helpers import write_source

    dead = subprocess.Popen([sys.executable, "-c", ""])
    dead.wait()  # reaped: its pid names no process now
    build_catalogue(write_source(tmp_path / "src"), tmp_path / "out")
    leftover = tmp_path / "out" / f".index.building-{dead.pid}"
    (leftover / "deep").mkdir(parents=True)
    live_other = tmp_path / "out" / f".index.building-{os.getppid()}"  # a running process
    live_other.mkdir()
    with Catalogue.open(tmp_path / "out" / "catalogue.sqlite") as catalogue:
        build_index(catalogue, tmp_path / "out" / "index", tmp_path / "key")
    assert not leftover.exists()
    assert live_other.exists()  # another builder may still be writing there
