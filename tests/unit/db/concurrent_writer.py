"""Child process for the concurrency test: `fieldref notes add` ROUNDS times, after a start line.

It runs the real CLI path in-process (open the store, add, close) and prints `ack WRITER ROUND`
only after the command returned 0: that line is the acknowledgement the officer would see.
"""

from __future__ import annotations

import importlib
import io
import sys

from desktop_app.cli import main as cli


def main() -> None:
    writer, rounds = int(sys.argv[1]), int(sys.argv[2])
    # import everything `notes add` uses before the start line, so all writers start together
    cli.build_parser("notes")
    importlib.import_module("db.userstore")
    importlib.import_module("db.packs.store")
    print("ready", flush=True)
    sys.stdin.readline()
    for round_ in range(rounds):
        out = io.StringIO()
        code = cli.main(["notes", "add", "shared-note", f"w{writer}-r{round_}"], out=out)
        if code == 0 and "note saved" in out.getvalue():
            print(f"ack {writer} {round_}", flush=True)


if __name__ == "__main__":
    main()
