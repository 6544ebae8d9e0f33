"""Installed catalogue versions in a writable per-user folder, and which one is active.

    content/
      current               "7" or "shipped": the active version (temp file + fsync + os.replace)
      versions/<n>/         catalogue.sqlite, index/, state.json; complete before `current` says n
      packs/<id>/<seq>-<h>/ the verified payload and signed manifest of each installed pack
      staging/              work in progress; cleared at the next import
      lock                  held (flock) while an import or rollback runs

A version is never changed once `current` has named it. Each state.json records the version's
content hash, the version it replaced (`previous`) and its packs. At start the current version is
checked (the catalogue opens and its hash matches state.json); if it fails, its previous one is
tried, then the shipped catalogue, which is always the floor.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.catalogue import Catalogue
from db.constants import SMALL_FILE_LIMIT
from db.errors import CatalogueError
from db.fsutil import flush_to_disk, fsync_dir
from db.packs.errors import PackError, pack_json, read_pack_file
from db.packs.keys import load_keyring
from db.packs.records import ActiveCatalogue, InstalledPack

CURRENT_FILE = "current"
VERSIONS_DIR = "versions"
PACKS_DIR = "packs"
STAGING_DIR = "staging"
LOCK_FILE = "lock"
STATE_FILE = "state.json"
CATALOGUE_NAME = "catalogue.sqlite"
INDEX_NAME = "index"
SHIPPED = "shipped"
STATE_FORMAT = 1
_POINTER_RE = re.compile(r"(?:[1-9]\d{0,8}|shipped)\n?")


@dataclass(frozen=True, slots=True)
class VersionState:
    version: int
    previous: int | None
    created: str
    content_sha256: str
    catalogue_version: str
    data_as_of: str
    base_sha256: str  # the shipped catalogue this version was composed on
    packs: tuple[InstalledPack, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": STATE_FORMAT,
            "version": self.version,
            "previous": self.previous,
            "created": self.created,
            "content_sha256": self.content_sha256,
            "catalogue_version": self.catalogue_version,
            "data_as_of": self.data_as_of,
            "base_sha256": self.base_sha256,
            "packs": [p.to_json() for p in self.packs],
        }

    @classmethod
    def from_json(cls, data: Any, folder_version: int) -> VersionState:
        if not isinstance(data, dict) or data.get("format") != STATE_FORMAT:
            raise PackError("its state.json is not in a format this app reads")
        try:
            state = cls(
                version=int(data["version"]),
                previous=None if data["previous"] is None else int(data["previous"]),
                created=str(data["created"]),
                content_sha256=str(data["content_sha256"]),
                catalogue_version=str(data["catalogue_version"]),
                data_as_of=str(data["data_as_of"]),
                base_sha256=str(data["base_sha256"]),
                packs=tuple(InstalledPack.from_json(p) for p in data["packs"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise PackError(f"its state.json is damaged ({exc})") from None
        if state.version != folder_version:
            raise PackError("its state.json belongs to another version")
        if state.previous is not None and state.previous >= state.version:
            raise PackError("its state.json names an impossible previous version")
        return state


class ContentStore:
    """The content folder's layout and its few atomic operations."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def versions_dir(self) -> Path:
        return self.root / VERSIONS_DIR

    @property
    def packs_dir(self) -> Path:
        return self.root / PACKS_DIR

    @property
    def staging_dir(self) -> Path:
        return self.root / STAGING_DIR

    def version_dir(self, version: int) -> Path:
        return self.versions_dir / str(version)

    def catalogue_file(self, version: int) -> Path:
        return self.version_dir(version) / CATALOGUE_NAME

    def index_dir(self, version: int) -> Path:
        return self.version_dir(version) / INDEX_NAME

    def payload_dir(self, pack: InstalledPack) -> Path:
        return self.packs_dir / pack.payload

    # -- the pointer ---------------------------------------------------------------------------

    def read_current(self) -> int | None:
        """The version `current` names; None for the shipped catalogue or no pointer at all."""
        path = self.root / CURRENT_FILE
        try:
            raw = read_pack_file(path, 64)
        except FileNotFoundError:
            return None
        text = raw.decode("ascii", "replace")
        if not _POINTER_RE.fullmatch(text):
            raise PackError(f"{path} is damaged")
        text = text.strip()
        return None if text == SHIPPED else int(text)

    def write_current(self, version: int | None) -> None:
        """Point `current` at a version (None: the shipped catalogue), atomically and durably."""
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / CURRENT_FILE
        tmp = self.root / f".{CURRENT_FILE}.{os.getpid()}.tmp"
        text = f"{SHIPPED if version is None else version}\n"
        try:
            with tmp.open("w", encoding="ascii") as handle:
                handle.write(text)
                flush_to_disk(handle)
            os.replace(tmp, path)
            fsync_dir(self.root)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()

    # -- versions ------------------------------------------------------------------------------

    def versions(self) -> list[int]:
        if not self.versions_dir.is_dir():
            return []
        return sorted(int(p.name) for p in self.versions_dir.iterdir() if p.name.isdigit())

    def next_version(self) -> int:
        return max(self.versions(), default=0) + 1

    def read_state(self, version: int) -> VersionState:
        path = self.version_dir(version) / STATE_FILE
        try:
            data = pack_json(read_pack_file(path, SMALL_FILE_LIMIT), STATE_FILE)
        except FileNotFoundError:
            raise PackError("it is missing or incomplete (no state.json)") from None
        except (OSError, PackError) as exc:
            raise PackError(f"its state.json is unreadable ({exc})") from None
        return VersionState.from_json(data, version)

    def check_version(self, version: int) -> VersionState:
        """The version's state, once its catalogue opened and matched the recorded hash."""
        state = self.read_state(version)
        try:
            with Catalogue.open(self.catalogue_file(version)) as catalogue:
                actual = catalogue.info.content_sha256
        except CatalogueError as exc:
            raise PackError(f"its catalogue cannot be opened ({exc})") from None
        if actual != state.content_sha256:
            raise PackError("its catalogue does not match the content hash in its state.json")
        return state

    def prune(self, keep: set[int]) -> None:
        """Remove versions not in `keep`, pack payloads they alone used, and staging leftovers."""
        for version in self.versions():
            if version not in keep:
                shutil.rmtree(self.version_dir(version), ignore_errors=True)
        used: set[Path] = set()
        for version in keep:
            with contextlib.suppress(PackError):
                used.update(self.payload_dir(p) for p in self.read_state(version).packs)
        if self.packs_dir.is_dir():
            for pack_dir in self.packs_dir.iterdir():
                for payload in pack_dir.iterdir() if pack_dir.is_dir() else ():
                    if payload not in used:
                        shutil.rmtree(payload, ignore_errors=True)
                with contextlib.suppress(OSError):
                    pack_dir.rmdir()  # only when empty
        self.clear_staging()

    # -- staging and the lock ------------------------------------------------------------------

    def new_staging(self) -> Path:
        folder = self.staging_dir / f"{os.getpid()}-{os.urandom(4).hex()}"
        folder.mkdir(parents=True)
        return folder

    def clear_staging(self) -> None:
        shutil.rmtree(self.staging_dir, ignore_errors=True)

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the content lock (one import or rollback at a time, across processes)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.root / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise PackError(f"cannot use {self.root}: {exc.strerror or exc}") from None
        try:
            if not _try_lock(fd):
                raise PackError(
                    "another content pack import is running; try again when it has finished"
                )
            yield
        finally:
            os.close(fd)  # closing releases the lock, as does the process ending (even kill -9)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def active_version(
    content_dir: Path,
    shipped_catalogue: Path,
    shipped_index: Path,
    key_dirs: Iterable[tuple[str, Path]] | None = None,
) -> ActiveCatalogue:
    """The installed version to open, checked; else the newest good older one; else shipped.

    Cheap when nothing is installed (one missing file). Never writes: a version that fails its
    checks is passed over and the reason returned in `problem`, for the window or CLI to show.
    With `key_dirs`, each pack's `key_trusted` says whether its publisher key is trusted now.
    """
    shipped = ActiveCatalogue(Path(shipped_catalogue), Path(shipped_index))
    try:
        active = _first_good(ContentStore(content_dir), shipped)
    except OSError as exc:  # an unreadable content folder must not stop the app opening
        reason = f"{exc.filename or content_dir}: {exc.strerror or exc}"
        return dataclasses.replace(shipped, problem=f"{reason}; using the shipped catalogue")
    if key_dirs is None or not active.packs:
        return active
    keyring = load_keyring(key_dirs)
    packs = tuple(
        dataclasses.replace(p, key_trusted=keyring.get(p.publisher_key) is not None)
        for p in active.packs
    )
    return dataclasses.replace(active, packs=packs)


def _first_good(store: ContentStore, shipped: ActiveCatalogue) -> ActiveCatalogue:
    problems: list[str] = []
    try:
        candidate = store.read_current()
    except PackError as exc:
        problems.append(str(exc))
        candidate = max(store.versions(), default=None)
    while candidate is not None:
        previous: int | None
        try:
            state = store.check_version(candidate)
        except PackError as exc:
            problems.append(f"installed version {candidate} was skipped: {exc}")
            lower = [v for v in store.versions() if v < candidate]
            with contextlib.suppress(PackError):
                lower = [v for v in lower if v <= (store.read_state(candidate).previous or 0)]
            previous = max(lower, default=None)
        else:
            return ActiveCatalogue(
                store.catalogue_file(candidate),
                store.index_dir(candidate),
                candidate,
                state.packs,
                "; ".join(problems) or None,
            )
        candidate = previous
    if problems:
        return ActiveCatalogue(
            shipped.catalogue_file,
            shipped.index_dir,
            problem="; ".join(problems) + "; using the shipped catalogue",
        )
    return shipped
