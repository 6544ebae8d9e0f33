"""Child process for the kill -9 test: saves notes and acknowledges each save on stdout."""

from __future__ import annotations

import sys
from pathlib import Path

from db.userstore import UserStore


def main() -> None:
    folder, start = Path(sys.argv[1]), int(sys.argv[2])
    store = UserStore.open(folder)
    number = start
    while True:
        store.save_note(f"note-{number % 50}", f"version {number} " + "text " * (number % 200))
        print(number, flush=True)  # only after save_note returned: acknowledged
        number += 1


if __name__ == "__main__":
    main()
