"""The verified payloads installed packs keep under content/packs/, and their re-verification.

Every import composes a new catalogue from the shipped one plus the kept payloads of the packs
already installed, so each kept payload is checked again first: its signed manifest must still
verify with a key trusted *now* (after `fieldref keys remove` it does not, and the pack is
dropped, as the reports say), and every file must match the manifest's size and sha256.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from db.fsutil import fsync_dir, fsync_file
from db.packs.archive import Limits, VerifiedPack
from db.packs.compose import Layer
from db.packs.errors import PackError, read_pack_file
from db.packs.keys import Keyring, verify_manifest
from db.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME, parse_manifest
from db.packs.records import InstalledPack
from db.packs.store import ContentStore
from db.packs.validate import PackPayload, load_payload

HASH_CHUNK = 1 << 20


def kept_layers(
    store: ContentStore, packs: Sequence[InstalledPack], keyring: Keyring, limits: Limits
) -> tuple[list[Layer], tuple[InstalledPack, ...]]:
    """(layers of the installed packs still trusted, the packs dropped for an untrusted key)."""
    layers: list[Layer] = []
    dropped: list[InstalledPack] = []
    for pack in packs:
        if keyring.get(pack.publisher_key) is None:
            dropped.append(pack)
        else:
            layers.append(Layer(pack, stored_payload(store, pack, keyring, limits)))
    return layers, tuple(dropped)


def stored_payload(
    store: ContentStore, pack: InstalledPack, keyring: Keyring, limits: Limits
) -> PackPayload:
    """An installed pack's kept payload, its signature and hashes checked again."""
    folder = store.payload_dir(pack)
    try:
        blob = read_pack_file(folder / MANIFEST_NAME, limits.max_manifest_bytes)
        signature = read_pack_file(folder / SIGNATURE_NAME, limits.max_signature_bytes)
        key = verify_manifest(blob, signature, keyring)
        manifest = parse_manifest(blob)
        if key.key_id != pack.publisher_key or manifest.sequence != pack.sequence:
            raise PackError("its manifest is not the one that was installed")
        for payload in manifest.files:
            path = folder / payload.path
            if path.stat().st_size != payload.size or _file_sha(path) != payload.sha256:
                raise PackError(f"{payload.path} was changed")
    except (OSError, PackError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise PackError(
            f"the kept copy of installed pack '{pack.id}' is damaged ({reason}); roll back"
            " or re-import that pack first"
        ) from None
    return load_payload(folder, manifest)


def keep_payload(store: ContentStore, verified: VerifiedPack, pack: InstalledPack) -> None:
    """Move the verified payload (with its signed manifest) where later imports can reuse it."""
    target = store.payload_dir(pack)
    if target.is_dir():
        return  # the same signed manifest is already kept (a re-import)
    folder = verified.folder
    (folder / MANIFEST_NAME).write_bytes(verified.manifest_bytes)
    (folder / SIGNATURE_NAME).write_bytes(verified.signature)
    for path in folder.iterdir():
        fsync_file(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    folder.rename(target)
    fsync_dir(target.parent)


def _file_sha(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(HASH_CHUNK), b""):
            sha.update(block)
    return sha.hexdigest()
