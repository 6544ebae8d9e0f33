"""Verify, install and roll back content packs: the operations the CLI and the GUI call.

Install = verify into a staging folder → compose the new catalogue → write it and build its
search index in staging → record state.json → move staging to versions/<n> → check it → point
`current` at it → prune. Anything that fails before the pointer moves leaves the active catalogue
exactly as it was; the pointer move itself is one atomic os.replace.
"""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from db.builder import write_catalogue
from db.catalogue import Catalogue
from db.clock import iso_utc
from db.fsutil import flush_to_disk, fsync_dir
from db.packs.archive import Limits, VerifiedPack, check_space, extract_verified
from db.packs.compose import Layer, compose, diff, order_layers
from db.packs.errors import PackError
from db.packs.kept import keep_payload, kept_layers
from db.packs.keys import load_keyring
from db.packs.manifest import Manifest
from db.packs.records import (
    ActiveCatalogue,
    Changes,
    InstalledPack,
    InstallReport,
    VerifyReport,
)
from db.packs.replay import highest_seen, record_installed
from db.packs.store import (
    CATALOGUE_NAME,
    INDEX_NAME,
    STATE_FILE,
    ContentStore,
    VersionState,
    active_version,
)
from db.packs.validate import load_payload
from db.source import CatalogueSource

# (message, done, total); total 0 means "working, no count".
Progress = Callable[[str, int, int], None]
# Builds the search index for catalogue_file into index_dir, reporting (done, total).
IndexBuilder = Callable[[Path, Path, Callable[[int, int], None] | None], None]
# Disk space the new catalogue and its search index take at their peak (the index build, its
# temporary files included), estimated from the *composed* catalogue: shipped entries and every
# installed pack count, since each version holds a complete catalogue and index. Measured on
# 2 cores (peak ≈ 8.1 bytes per text byte + 330 per entry): a 7.2 MB payload of 2,900 entries
# on the shipped catalogue peaked at 56.7 MB; 8.9 MB of 25,000 short entries at 58.6 MB.
BUILD_SPACE_PER_TEXT_BYTE = 9.0
BUILD_SPACE_PER_ENTRY = 512


@dataclass(frozen=True, slots=True)
class PackContext:
    """Where content lives and how to build an index; made by the app's composition root."""

    content_dir: Path
    shipped_catalogue: Path
    shipped_index: Path
    key_dirs: tuple[tuple[str, Path], ...]
    build_index: IndexBuilder
    app_version: str
    limits: Limits = field(default_factory=Limits)

    @property
    def store(self) -> ContentStore:
        return ContentStore(self.content_dir)

    def active(self) -> ActiveCatalogue:
        """The active catalogue, each pack flagged with whether its key is trusted now."""
        return active_version(
            self.content_dir, self.shipped_catalogue, self.shipped_index, self.key_dirs
        )


@dataclass(frozen=True, slots=True)
class _Prepared:
    verified: VerifiedPack
    pack: InstalledPack
    packs: tuple[InstalledPack, ...]  # all packs of the new version, in composition order
    active: ActiveCatalogue
    source: CatalogueSource
    base_sha256: str
    changes: Changes
    installed_sequence: int | None
    downgrade: bool
    dropped: tuple[InstalledPack, ...]  # installed packs whose key is no longer trusted


def verify_pack(pack_file: Path, ctx: PackContext, allow_downgrade: bool = False) -> VerifyReport:
    """Every check an import makes, and what it would change; installs nothing."""
    store = ctx.store
    with store.lock(), _staging(store) as staging:
        prepared = _prepare(Path(pack_file), ctx, staging, allow_downgrade, 1.0, _quiet)
    manifest = prepared.verified.manifest
    return VerifyReport(
        manifest=manifest,
        key=prepared.verified.key,
        installed_sequence=prepared.installed_sequence,
        changes=prepared.changes,
        catalogue_version=prepared.source.version,
        downgrade=prepared.downgrade,
        dropped=prepared.dropped,
    )


def install_pack(
    pack_file: Path,
    ctx: PackContext,
    allow_downgrade: bool = False,
    progress: Progress | None = None,
) -> InstallReport:
    tell = progress or _quiet
    store = ctx.store
    timings: list[tuple[str, float]] = []
    with store.lock():
        store.clear_staging()  # leftovers of an import that crashed or was killed
        with _staging(store) as staging:
            with _timed(timings, "verify"):
                tell("Checking the pack", 0, 0)
                prepared = _prepare(Path(pack_file), ctx, staging, allow_downgrade, 1.0, tell)
                check_space(
                    staging,
                    build_space(prepared.source),
                    ctx.limits,
                    what="build the new catalogue and its search index",
                )
            with _timed(timings, "catalogue"):
                tell("Writing the catalogue", 0, 0)
                info = write_catalogue(prepared.source, staging / CATALOGUE_NAME)
            with _timed(timings, "index"):
                tell("Building the search index", 0, len(prepared.source.entries))

                def indexed(done: int, total: int) -> None:
                    tell("Building the search index", done, total)

                _build_index(ctx, staging, indexed)
            with _timed(timings, "switch"):
                tell("Switching to the new catalogue", 0, 0)
                version = _commit(store, staging, prepared, info.content_sha256)
    tell("Done", 1, 1)
    return InstallReport(
        manifest=prepared.verified.manifest,
        changes=prepared.changes,
        version=version,
        catalogue_version=info.version,
        content_sha256=info.content_sha256,
        packs=prepared.packs,
        timings=tuple(timings),
        dropped=prepared.dropped,
    )


def build_space(source: CatalogueSource) -> float:
    """Bytes the catalogue and index of `source` need at the peak of their build (see above)."""
    text = sum(
        len(e.slug) + len(e.title) + len(e.summary) + len(e.body) + 16 * len(e.regions)
        for e in source.entries
    )
    return text * BUILD_SPACE_PER_TEXT_BYTE + len(source.entries) * BUILD_SPACE_PER_ENTRY


def _build_index(ctx: PackContext, staging: Path, progress: Callable[[int, int], None]) -> None:
    """The index build, whose OSError (a disk that fills, a folder that turns read-only)
    becomes one line; the staging folder goes with it, so nothing changed."""
    try:
        ctx.build_index(staging / CATALOGUE_NAME, staging / INDEX_NAME, progress)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise PackError(
                "the disk filled up while building the search index; nothing changed (free"
                " some space and import again)"
            ) from None
        raise PackError(f"cannot build the search index: {exc.strerror or exc}") from None


def rollback(ctx: PackContext, to_shipped: bool = False) -> ActiveCatalogue:
    """Make the version before the active one current again (or the shipped catalogue).

    Only the current and previous versions are kept, so a second rollback may find its target
    pruned (or damaged): that is refused, naming it, rather than silently landing further back;
    `to_shipped` goes to the shipped catalogue, which is always there.
    """
    store = ctx.store
    with store.lock():
        active = ctx.active()
        if active.version is None:
            raise PackError("nothing to roll back: the shipped catalogue is in use")
        target = None if to_shipped else store.read_state(active.version).previous
        if target is not None:
            try:
                store.check_version(target)
            except PackError as exc:
                why = (
                    "was removed (only the active and previous versions are kept)"
                    if not store.version_dir(target).exists()
                    else f"cannot be used ({exc})"
                )
                raise PackError(
                    f"cannot roll back: version {target}, the one before version"
                    f" {active.version}, {why}; use 'fieldref pack rollback --shipped' to go"
                    " back to the shipped catalogue instead"
                ) from None
        store.write_current(target)
    return ctx.active()


# -- the steps ---------------------------------------------------------------------------------


def _quiet(_message: str, _done: int, _total: int) -> None:
    return None


@contextmanager
def _timed(timings: list[tuple[str, float]], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    timings.append((stage, time.perf_counter() - started))


@contextmanager
def _staging(store: ContentStore) -> Iterator[Path]:
    try:
        folder = store.new_staging()
    except OSError as exc:
        raise PackError(f"cannot prepare {store.staging_dir}: {exc.strerror or exc}") from None
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _prepare(
    pack_file: Path,
    ctx: PackContext,
    staging: Path,
    allow_downgrade: bool,
    space_factor: float,
    tell: Progress,
) -> _Prepared:
    keyring = load_keyring(ctx.key_dirs)
    verified = extract_verified(
        pack_file,
        keyring,
        staging / "payload",
        ctx.app_version,
        ctx.limits,
        space_factor=space_factor,
    )
    manifest = verified.manifest
    tell("Reading the entries", 0, 0)
    payload = load_payload(verified.folder, manifest)
    active = ctx.active()
    installed = next((p for p in active.packs if p.id == manifest.id), None)
    installed_sequence = installed.sequence if installed else None
    downgrade = _check_replay(ctx.store, manifest, installed_sequence, allow_downgrade)
    pack = InstalledPack(
        id=manifest.id,
        sequence=manifest.sequence,
        title=manifest.title,
        mode=manifest.mode,
        data_as_of=manifest.data_as_of,
        publisher_key=manifest.publisher_key,
        entry_count=manifest.entry_count,
        payload=f"{manifest.id}/{manifest.sequence}-{_sha(verified.manifest_bytes)[:16]}",
        installed=_now(),
    )
    tell("Combining with the installed content", 0, 0)
    store = ctx.store
    kept, dropped = kept_layers(store, active.packs, keyring, ctx.limits)
    layers = order_layers(kept, Layer(pack, payload))
    with Catalogue.open(ctx.shipped_catalogue) as shipped_catalogue:
        shipped = _source_of(shipped_catalogue)
        base_sha256 = shipped_catalogue.info.content_sha256
    source = compose(shipped, layers)
    if active.is_shipped:
        old_entries = shipped.entries
    else:
        with Catalogue.open(active.catalogue_file) as current:
            old_entries = current.entries()
    return _Prepared(
        verified=verified,
        pack=pack,
        packs=tuple(layer.pack for layer in layers),
        active=active,
        source=source,
        base_sha256=base_sha256,
        changes=diff(old_entries, source.entries),
        installed_sequence=installed_sequence,
        downgrade=downgrade,
        dropped=dropped,
    )


def _check_replay(
    store: ContentStore, manifest: Manifest, installed: int | None, allow_downgrade: bool
) -> bool:
    """True when the pack is not newer than one installed now or ever (then refused unless
    the officer allowed it explicitly): a rollback does not make an old pack new again."""
    seen = highest_seen(store, manifest.publisher_key, manifest.id)
    highest = max(installed or 0, seen or 0) or None
    if highest is None or manifest.sequence > highest:
        return False
    if not allow_downgrade:
        than = (
            f"the installed sequence {highest}"
            if highest == installed
            else f"sequence {highest}, which was installed before"
        )
        raise PackError(
            f"pack '{manifest.id}' sequence {manifest.sequence} is not newer than {than};"
            " refusing a replayed or older pack (use --allow-downgrade to install it anyway)"
        )
    return True


def _commit(store: ContentStore, staging: Path, prepared: _Prepared, content_sha256: str) -> int:
    """Make the staged catalogue a version and point `current` at it."""
    previous = prepared.active.version
    version = store.next_version()
    state = VersionState(
        version=version,
        previous=previous,
        created=_now(),
        content_sha256=content_sha256,
        catalogue_version=prepared.source.version,
        data_as_of=prepared.source.data_as_of,
        base_sha256=prepared.base_sha256,
        packs=prepared.packs,
    )
    try:
        keep_payload(store, prepared.verified, prepared.pack)
        _write_json(staging / STATE_FILE, state.to_json())
        store.versions_dir.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(store.version_dir(version), ignore_errors=True)
        staging.rename(store.version_dir(version))
        fsync_dir(store.versions_dir)
    except OSError as exc:
        raise PackError(f"cannot install the new catalogue: {exc.strerror or exc}") from None
    try:
        store.check_version(version)
    except PackError as exc:
        raise PackError(f"the new catalogue failed its check ({exc}); nothing changed") from None
    store.write_current(version)
    record_installed(store, prepared.packs)
    keep = {version} | ({previous} if previous is not None else set())
    store.prune(keep)
    return version


def _source_of(catalogue: Catalogue) -> CatalogueSource:
    info = catalogue.info
    return CatalogueSource(
        title=info.title,
        version=info.version,
        data_as_of=info.data_as_of,
        entries=catalogue.entries(),
        regions=catalogue.regions(),
    )


def _write_json(path: Path, data: object) -> None:
    with path.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
        flush_to_disk(handle)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _now() -> str:
    return iso_utc()
