"""Opening user.sqlite without ever mistaking a passing condition for damage.

A file is moved aside only when it is truly damaged: a bad header, a failed `quick_check`, or a
foreign schema. A file that is busy (another process holds a lock), on a full disk, unreadable
because of permissions, or read-only is *not* damaged: moving it aside there made the officer's
notes vanish. Busy waits `BUSY_TIMEOUT_MS` and then says so; full and unreadable refuse with one
line; read-only opens read-only so notes can still be listed.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, create_engine

from db.clock import file_stamp
from db.constants import SQLITE_MAGIC
from db.errors import FieldReferenceError
from db.userstore.models import USER_APPLICATION_ID
from db.userstore.records import Recovery

BUSY_TIMEOUT_MS = 10_000  # a writer holds the lock for milliseconds; ten seconds means stuck
DAMAGE_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


class UserStoreError(FieldReferenceError):
    """A save or read of the officer's data failed; the message says why in one line."""


def classify(exc: BaseException) -> str:
    """'damaged', 'busy', 'full', 'read-only' or 'other' for an sqlite3 error.

    The error name is the truth; the message is only consulted when SQLite gave no name.
    """
    name = getattr(exc, "sqlite_errorname", None) or ""
    message = str(exc).lower()
    if name in DAMAGE_CODES or "malformed" in message or "not a database" in message:
        return "damaged"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in message:
        return "busy"
    if name.startswith("SQLITE_FULL") or "disk is full" in message:
        return "full"
    if name.startswith("SQLITE_READONLY") or "readonly" in message or "read-only" in message:
        return "read-only"
    return "other"


def _kind_of(path: Path) -> str | None:
    """None for a regular file or nothing; else what is there instead ('a folder', ...)."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    return "a folder" if stat.S_ISDIR(mode) else "not a regular file"


def _may_write(path: Path) -> bool:
    """Write bits and access both: a file the officer made read-only counts, even for root."""
    try:
        return bool(os.stat(path).st_mode & 0o222) and os.access(path, os.W_OK)
    except OSError:
        return False


def read_only_reason(path: Path) -> str | None:
    """Why the store at path cannot be written (named precisely), or None when it can."""
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        kind = _kind_of(side)
        if kind is not None:
            return f"{side} is {kind}, not a file; move it away"
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return "the disk is read-only"
    except (AttributeError, OSError):  # no statvfs on Windows
        pass
    if path.exists() and not _may_write(path):
        return "the file is read-only"
    if not _may_write(path.parent):
        return "the folder is read-only"
    return None


def disk_full(path: Path) -> bool:
    """SQLite reports a full disk while mapping the -shm file as a plain 'disk I/O error'."""
    try:
        info = os.statvfs(path.parent)
    except (AttributeError, OSError):
        return False
    return info.f_bavail * info.f_frsize < 64 * 1024


def describe(exc: BaseException, path: Path) -> str:
    """One line for an sqlite3 failure, naming the real cause."""
    kind = classify(exc)
    if kind == "other" and disk_full(path):
        kind = "full"
    if kind == "busy":
        return (
            f"busy: another program kept your notes file locked for over "
            f"{BUSY_TIMEOUT_MS // 1000} seconds; try again"
        )
    if kind == "full":
        return "the disk is full"
    if kind == "read-only":
        return read_only_reason(path) or "the notes file cannot be written (read-only)"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def os_reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return exc.strerror or str(exc)


def connect(path: Path, read_only: bool, check_same_thread: bool = True) -> sqlite3.Connection:
    """A raw connection with the busy timeout; read-only ones never create or change a file.

    On read-only media a WAL file without its -shm cannot be opened with mode=ro; then, and only
    when no -wal holds unmerged changes, the file is opened as immutable (a plain read).
    """
    timeout = BUSY_TIMEOUT_MS / 1000
    if not read_only:
        return sqlite3.connect(path, timeout=timeout, check_same_thread=check_same_thread)
    uri = Path(path).absolute().as_uri()
    try:
        conn = sqlite3.connect(
            f"{uri}?mode=ro", uri=True, timeout=timeout, check_same_thread=check_same_thread
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        wal = path.with_name(path.name + "-wal")
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_CANTOPEN" or (
            wal.exists() and wal.stat().st_size > 0
        ):
            raise
    return sqlite3.connect(
        f"{uri}?immutable=1", uri=True, timeout=timeout, check_same_thread=check_same_thread
    )


def damage(path: Path, read_only: bool, schema_version: int) -> str | None:
    """Why an existing file is truly damaged, or None. Raises UserStoreError for conditions
    that are not damage (busy, full, unreadable, newer schema): the file must stay put."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UserStoreError(f"cannot read your notes at {path}: {os_reason(exc)}") from None
    if header == b"" and path.stat().st_size == 0:
        return None  # an empty file is a store that was never written: reuse it
    if header != SQLITE_MAGIC:
        return "not an SQLite database"
    try:
        conn = connect(path, read_only)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if classify(exc) == "damaged":
            return f"damaged ({exc})"
        raise UserStoreError(f"cannot open your notes at {path}: {describe(exc, path)}") from None
    if app_id not in (0, USER_APPLICATION_ID) or (app_id == 0 and version != 0):
        return "not a Field Reference user file"
    if check != "ok":
        return f"damaged (quick check: {check})"
    if version > schema_version:
        raise UserStoreError(
            f"{path} was written by a newer Field Reference (schema {version}); update the app"
        )
    return None


def recover(path: Path, read_only: str | None, schema_version: int) -> Recovery | None:
    """Move a truly damaged file aside (never delete it); a read-only one cannot be moved."""
    if not path.exists():
        if read_only is not None:
            raise UserStoreError(f"cannot create your notes at {path}: {read_only}")
        return None
    problem = damage(path, read_only is not None, schema_version)
    if problem is None:
        return None
    if read_only is not None:
        raise UserStoreError(
            f"your notes at {path} are damaged ({problem}) and cannot be moved aside: {read_only}"
        )
    return Recovery(move_aside(path), problem)


def move_aside(path: Path) -> Path:
    """Rename a damaged file (and its -wal/-shm) with a timestamp: never delete it."""
    stamp = file_stamp()
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def make_folder(folder: Path) -> None:
    """Create the user folder; an existing one on a read-only disk is fine (read-only store)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        if not folder.is_dir():
            raise


def open_engine(path: Path, shared_across_threads: bool, read_only: bool) -> Engine:
    """The SQLAlchemy engine: we BEGIN ourselves (IMMEDIATE for writes, via the
    `fieldref_begin` execution option) and a busy timeout is set before anything else."""

    def creator() -> sqlite3.Connection:
        return connect(path, read_only, check_same_thread=not shared_across_threads)

    engine = create_engine(f"sqlite:///{path}", creator=creator)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.isolation_level = None  # we BEGIN ourselves: IMMEDIATE for every write
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # first: the rest may wait
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")  # an acknowledged save survives power loss
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get('fieldref_begin', '')}")

    return engine
