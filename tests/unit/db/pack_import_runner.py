"""Imports a pack in a child process and stops at a chosen point, so a test can kill -9 it there.

    python -m tests.unit.db.pack_import_runner PACK {index|switch}

Paths come from FIELDREF_USER_DIR / FIELDREF_DATA_DIR, as for the app. At the chosen point the
runner prints one line (INDEXING or SWITCHING), flushes, and blocks reading stdin: the test reads
that line and kills the process, so nothing is timed and nothing sleeps.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from db.packs import install_pack
from db.packs.store import ContentStore
from desktop_app.packs.content_packs import pack_context
from desktop_app.paths import resolve_paths


def pause(word: str) -> None:
    print(word, flush=True)
    sys.stdin.readline()  # the test kills us here
    raise SystemExit("not killed")


def main() -> None:
    pack, point = Path(sys.argv[1]), sys.argv[2]
    ctx = pack_context(resolve_paths())
    if point == "index":
        real = ctx.build_index

        def build_then_stop(catalogue: Path, index_dir: Path, progress: object) -> None:
            real(catalogue, index_dir, None)  # a complete staged index, then the kill
            pause("INDEXING")

        ctx = dataclasses.replace(ctx, build_index=build_then_stop)
    else:
        ContentStore.write_current = lambda self, version: pause("SWITCHING")  # type: ignore[method-assign]
    install_pack(pack, ctx)


if __name__ == "__main__":
    main()
