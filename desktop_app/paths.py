"""Where the app finds its resources, its compiled catalogue and the officer's own data.

Three layouts exist: a source checkout (resources/ beside the packages, catalogue built into
build/catalogue/), a PyInstaller bundle (everything under sys._MEIPASS), and a portable install
(user data in a folder beside the executable). Environment variables override each folder so
tests and scripts never touch a real user's data.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "field-reference"
APP_AUTHOR = "ICMPD"
PORTABLE_MARKER = "portable"
TAG_CHARS = 12
_TAG_RE = re.compile(rf"[0-9a-f]{{{TAG_CHARS}}}")


@dataclass(frozen=True, slots=True)
class AppPaths:
    resources: Path
    data_dir: Path
    user_dir: Path
    portable: bool = False

    @property
    def catalogue_source(self) -> Path:
        return self.resources / "catalogue"

    @property
    def catalogue_file(self) -> Path:
        return self.data_dir / "catalogue.sqlite"

    @property
    def index_dir(self) -> Path:
        """The search index of the catalogue in data_dir, kept with the officer's own data.

        An index is signed with this user's machine key (search_index.stamp), so it belongs with
        that key: an installed app's data folder is read-only, and in a checkout several user
        folders (tests, scripts, colleagues) would otherwise rebuild one shared index in turn.
        One sub-folder per catalogue folder keeps different builds apart. On a portable stick the
        folder is named after the catalogue's place relative to the stick's program folder, not
        its absolute path: a new drive letter or mount point must find the same index."""
        data = self.data_dir.resolve()
        where = str(data)
        if self.portable:
            anchor = self.user_dir.resolve().parent
            if data.is_relative_to(anchor):
                where = "portable:" + data.relative_to(anchor).as_posix()
        tag = hashlib.sha256(where.encode("utf-8")).hexdigest()[:TAG_CHARS]
        return self.user_dir / "index" / tag

    @property
    def content_dir(self) -> Path:
        """Installed content-pack versions: writable, unlike a bundle's shipped data folder."""
        return self.user_dir / "content"

    @property
    def shipped_keys_dir(self) -> Path:
        """Public keys of the publishers every installed copy trusts."""
        return self.resources / "keys"

    @property
    def user_keys_dir(self) -> Path:
        """Public keys this officer chose to trust ('fieldref keys add')."""
        return self.user_dir / "keys"

    @property
    def index_key_file(self) -> Path:
        """The machine key signing search indexes; lives with the officer's data, never in a
        folder that gets copied between machines."""
        return self.user_dir / "index.key"

    @property
    def settings_file(self) -> Path:
        return self.user_dir / "settings.json"

    @property
    def shortcuts_file(self) -> Path:
        return self.user_dir / "shortcuts.toml"


def user_dir_problem(user_dir: Path) -> str | None:
    """None when the officer's folder can be written; else one line saying it is read-only.

    A portable copy on a locked or read-only stick must still start: the catalogue is read
    only anyway, search then uses a temporary index and the notes open read-only. The probe
    creates and removes a temp file, because permission bits do not show a read-only mount."""
    import tempfile

    try:
        user_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=user_dir):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return (
            f"your data folder {user_dir} cannot be written ({reason}): working read-only, "
            "notes cannot be changed and search uses a temporary index this session"
        )
    return None


def prune_stale_indexes(live: Path, content_sha256: str) -> list[Path]:
    """Remove sibling index folders that hold this same catalogue under another tag: copies
    left by an old drive letter or mount point (or by the absolute-path tags of older versions).

    Only folders named like a tag, whose stamp names this exact catalogue, go; another
    catalogue's index, a folder still being built (no stamp yet) or anything unreadable is
    left alone. Reading stamps goes through db.safe_files (imported here: resolving paths
    must stay free of SQLAlchemy)."""
    from db.safe_files import UnsafeFileError, read_json_file

    removed: list[Path] = []
    try:
        siblings = sorted(Path(live).parent.iterdir())
    except OSError:
        return removed
    for folder in siblings:
        if folder.name == Path(live).name or not _TAG_RE.fullmatch(folder.name):
            continue
        if folder.is_symlink() or not folder.is_dir():
            continue
        try:
            stamp = read_json_file(folder / "stamp.json")
        except (OSError, UnsafeFileError):
            continue
        if isinstance(stamp, dict) and stamp.get("content_sha256") == content_sha256:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _install_root() -> Path:
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def _executable_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return _install_root()


def resolve_paths(data_dir: Path | None = None, portable: bool | None = None) -> AppPaths:
    root = _install_root()
    resources = Path(os.environ.get("FIELDREF_RESOURCES", root / "resources"))
    if portable is None:
        portable = (_executable_dir() / PORTABLE_MARKER).exists()
    if data_dir is None and os.environ.get("FIELDREF_DATA_DIR"):
        data_dir = Path(os.environ["FIELDREF_DATA_DIR"])
    if data_dir is None:
        data_dir = _default_data_dir(root)
    user_env = os.environ.get("FIELDREF_USER_DIR")
    if user_env:
        user_dir = Path(user_env)
    elif portable:
        user_dir = _executable_dir() / "field-reference-data"
    else:
        from platformdirs import user_data_dir

        user_dir = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    return AppPaths(
        resources=resources, data_dir=Path(data_dir), user_dir=user_dir, portable=portable
    )


def _default_data_dir(root: Path) -> Path:
    if getattr(sys, "frozen", False):
        return root / "catalogue"
    return root / "build" / "catalogue"
