"""Replay protection that a rollback cannot undo: the highest sequence ever installed, per
publisher key and pack id, kept in content/replay.json.

Installed versions alone are not enough: after a rollback to the shipped catalogue no version
names the pack any more, and an old (signed, genuine, outdated) pack would import as if new.
The record only ever grows; it is written after an import has switched, so a failed import never
makes its own pack look like a replay. Sequences are per pack id, so the record is keyed by both.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from db.constants import SMALL_FILE_LIMIT
from db.packs.errors import PackError, pack_json, read_pack_file
from db.packs.manifest import MAX_SEQUENCE
from db.packs.records import InstalledPack
from db.packs.store import ContentStore
from db.safe_files import UnsafeFileError, write_file_atomically

REPLAY_FILE = "replay.json"
REPLAY_FORMAT = 1
Highest = dict[str, dict[str, int]]  # publisher key id -> pack id -> sequence


def replay_file(store: ContentStore) -> Path:
    return store.root / REPLAY_FILE


def read_highest(store: ContentStore) -> Highest:
    """The record, or {} when there is none yet; PackError (one line) when it is damaged,
    because silently forgetting it would reopen the door to replays."""
    path = replay_file(store)
    try:
        data = pack_json(read_pack_file(path, SMALL_FILE_LIMIT), str(path))
    except FileNotFoundError:
        return {}
    except (OSError, PackError) as exc:
        raise _damaged(path, str(exc).replace(f"{path}: ", "")) from None
    if not isinstance(data, dict) or data.get("format") != REPLAY_FORMAT:
        raise _damaged(path, "not in a format this app reads")
    highest = data.get("highest")
    if not isinstance(highest, dict) or not all(_good(packs) for packs in highest.values()):
        raise _damaged(path, "its sequences are not whole numbers")
    return {str(key): dict(packs) for key, packs in highest.items()}


def _good(packs: object) -> bool:
    return isinstance(packs, dict) and all(
        isinstance(seq, int) and not isinstance(seq, bool) and 0 < seq <= MAX_SEQUENCE
        for seq in packs.values()
    )


def _damaged(path: Path, reason: str) -> PackError:
    return PackError(
        f"the replay record {path} is damaged ({reason}); move it away to reset replay"
        " protection, then import again"
    )


def highest_seen(store: ContentStore, key_id: str, pack_id: str) -> int | None:
    """The highest sequence of this publisher's pack recorded as installed here, if any.

    Only the record counts, not the version folders: a version an import left behind when it
    was killed before switching was never in use, and its pack may be imported again.
    """
    return read_highest(store).get(key_id, {}).get(pack_id)


def record_installed(store: ContentStore, packs: Iterable[InstalledPack]) -> None:
    """Raise the record to cover `packs` (never lower it), atomically."""
    highest = read_highest(store)
    for pack in packs:
        mine = highest.setdefault(pack.publisher_key, {})
        mine[pack.id] = max(mine.get(pack.id, 0), pack.sequence)
    text = pack_json_text({"format": REPLAY_FORMAT, "highest": highest})
    try:
        write_file_atomically(replay_file(store), text.encode("utf-8"))
    except UnsafeFileError as exc:
        raise PackError(
            f"the pack was installed, but its sequence could not be recorded for replay"
            f" protection: {exc}"
        ) from None


def pack_json_text(data: object) -> str:
    import json

    return json.dumps(data, indent=1, sort_keys=True) + "\n"
