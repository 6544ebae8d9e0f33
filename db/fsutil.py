"""Durable file operations shared by every writer that swaps files into place."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO, TextIO


def fsync_file(path: Path) -> None:
    """Flush a finished file to the disk before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename in this folder durable (POSIX only; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def flush_to_disk(handle: BinaryIO | TextIO) -> None:
    """Push an open file's buffered bytes through the OS cache onto the disk."""
    handle.flush()
    os.fsync(handle.fileno())
