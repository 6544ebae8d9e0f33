"""Publisher keys: Ed25519 key pairs, the key ids officers compare, and the trusted keyring.

Private keys are PEM (PKCS#8, unencrypted, mode 0600) and never leave the publisher; public keys
are PEM (SubjectPublicKeyInfo). A key id is the first 16 hex digits of the sha256 of the raw
32-byte public key: short enough to read aloud, long enough that no two publishers share one.
The app trusts the public keys shipped in resources/keys/ plus those the officer added to the
user keys folder; a file there that is not an Ed25519 public key is reported, never trusted.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from db.fsutil import flush_to_disk
from db.packs.errors import PackError, read_pack_file
from db.safe_files import UnsafeFileError, write_file_atomically

if TYPE_CHECKING:  # cryptography is imported when a key is used, not when db.packs is
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

PRIVATE_KEY_FILE = "publisher.key"
PUBLIC_KEY_FILE = "publisher.pub"
PUBLIC_SUFFIX = ".pub"
MAX_KEY_FILE_BYTES = 16_384
KEY_ID_HEX = 16
SIGNATURE_BYTES = 64
SIGNATURE_SCHEME = "ed25519"
_KEY_ID_RE = re.compile(r"[0-9a-f]{16}")
_SIGNATURE_RE = re.compile(rb"ed25519 ([0-9a-f]{16}) ([A-Za-z0-9+/]{86}==)\n?")


@dataclass(frozen=True, slots=True)
class PublicKey:
    """A publisher's public key and where it came from ('shipped', 'user' or a file)."""

    key_id: str
    source: str
    path: Path
    raw: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class KeyFileProblem:
    """A file in a keys folder that is not a usable public key; listed, never trusted."""

    source: str
    path: Path
    reason: str


@dataclass(frozen=True, slots=True)
class Keyring:
    keys: Mapping[str, PublicKey]
    problems: tuple[KeyFileProblem, ...] = ()

    def get(self, key_id: str) -> PublicKey | None:
        return self.keys.get(key_id)


@dataclass(frozen=True, slots=True)
class KeyPairFiles:
    key_id: str
    private_file: Path
    public_file: Path


def key_id_of(raw_public_key: bytes) -> str:
    return hashlib.sha256(raw_public_key).hexdigest()[:KEY_ID_HEX]


def generate_key_pair(out_dir: Path) -> KeyPairFiles:
    """Write out_dir/publisher.key (0600) and out_dir/publisher.pub; never overwrite a key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    out_dir = Path(out_dir)
    private_file, public_file = out_dir / PRIVATE_KEY_FILE, out_dir / PUBLIC_KEY_FILE
    for existing in (private_file, public_file):
        if existing.exists():
            raise PackError(f"{existing} already exists; refusing to overwrite a key")
    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        _write_new(private_file, private_pem, 0o600)
        _write_new(public_file, public_pem, 0o644)
    except OSError as exc:
        raise PackError(f"cannot write the key pair in {out_dir}: {exc.strerror or exc}") from None
    return KeyPairFiles(_raw_id(private.public_key()), private_file, public_file)


def _write_new(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        flush_to_disk(handle)


def _raw_id(public: Ed25519PublicKey) -> str:
    return key_id_of(_raw(public))


def _raw(public: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _read_key_file(path: Path) -> bytes:
    """A key file is tiny: a device (`/dev/zero`), FIFO or large file is refused unread."""
    return read_pack_file(path, MAX_KEY_FILE_BYTES, missing=f"key file not found: {path}")


def load_public_key(path: Path, source: str = "file") -> PublicKey:
    """Read a PEM Ed25519 public key; PackError if the file is anything else."""
    path = Path(path)
    return _public_key(_read_key_file(path), path, source)


def _public_key(data: bytes, path: Path, source: str) -> PublicKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if b"PRIVATE KEY" in data:
        raise PackError(f"{path} is a private key; give the public key ({PUBLIC_SUFFIX}) instead")
    try:
        public = serialization.load_pem_public_key(data)
    except (ValueError, TypeError):
        raise PackError(f"{path} is not a PEM public key") from None
    if not isinstance(public, Ed25519PublicKey):
        raise PackError(f"{path} is not an Ed25519 public key")
    raw = _raw(public)
    return PublicKey(key_id_of(raw), source, path, raw)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = Path(path)
    data = _read_key_file(path)
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise PackError(f"{path} is not an unencrypted PEM private key") from None
    if not isinstance(private, Ed25519PrivateKey):
        raise PackError(f"{path} is not an Ed25519 private key")
    return private


def load_keyring(folders: Iterable[tuple[str, Path]]) -> Keyring:
    """Every *.pub in the given (source, folder) pairs; the first folder wins on a shared id."""
    keys: dict[str, PublicKey] = {}
    problems: list[KeyFileProblem] = []
    for source, folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob(f"*{PUBLIC_SUFFIX}")):
            try:
                key = load_public_key(path, source)
            except PackError as exc:
                problems.append(KeyFileProblem(source, path, str(exc)))
                continue
            keys.setdefault(key.key_id, key)
    return Keyring(keys, tuple(problems))


def add_trusted_key(public_file: Path, user_keys_dir: Path) -> PublicKey:
    """Copy a public key into the user's trusted keys folder as <key id>.pub, atomically.

    The file is read once, capped, so what is trusted is exactly what was checked.
    """
    public_file = Path(public_file)
    data = _read_key_file(public_file)
    key = _public_key(data, public_file, "file")
    target = Path(user_keys_dir) / f"{key.key_id}{PUBLIC_SUFFIX}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_file_atomically(target, data)
    except OSError as exc:
        raise PackError(f"cannot add the key to {target.parent}: {exc.strerror or exc}") from None
    except UnsafeFileError as exc:
        raise PackError(f"cannot add the key: {exc}") from None
    return PublicKey(key.key_id, "user", target, key.raw)


def remove_trusted_key(key_id: str, user_keys_dir: Path, shipped_keys_dir: Path) -> list[Path]:
    """Stop trusting a key the officer added: delete every user key file holding it.

    A shipped key is refused, not masked: it is part of the install that every copy of the app
    trusts alike, and a compromised one is withdrawn by an app update. Packs it signed stay until
    the next import re-verifies them (install.py) and drops them.
    """
    if not isinstance(key_id, str) or not _KEY_ID_RE.fullmatch(key_id):
        raise PackError(f"{key_id!r} is not a key id (16 hex digits, see 'fieldref keys list')")
    files = [key.path for key in _all_keys(Path(user_keys_dir)) if key.key_id == key_id]
    if not files:
        shipped = load_keyring([("shipped", Path(shipped_keys_dir))]).get(key_id)
        if shipped is not None:
            raise PackError(
                f"key {key_id} is shipped with the app ({shipped.path}) and cannot be removed"
                " here; a shipped key is withdrawn by an app update"
            )
        raise PackError(f"key {key_id} is not a trusted key (see 'fieldref keys list')")
    for path in files:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise PackError(f"cannot remove {path}: {exc.strerror or exc}") from None
    return files


def _all_keys(folder: Path) -> list[PublicKey]:
    """Every readable key file in a folder, duplicates included (a copy under another name)."""
    keys = []
    for path in sorted(folder.glob(f"*{PUBLIC_SUFFIX}")) if folder.is_dir() else ():
        with contextlib.suppress(PackError):
            keys.append(load_public_key(path, "user"))
    return keys


def sign_manifest(manifest: bytes, private: Ed25519PrivateKey) -> bytes:
    """The manifest.sig text: scheme, signer's key id and the base64 signature, one line."""
    signature = private.sign(manifest)
    key_id = _raw_id(private.public_key())
    return f"{SIGNATURE_SCHEME} {key_id} {base64.b64encode(signature).decode('ascii')}\n".encode()


def verify_manifest(manifest: bytes, signature_file: bytes, keyring: Keyring) -> PublicKey:
    """The trusted key that signed these exact manifest bytes; PackError otherwise."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    found = _SIGNATURE_RE.fullmatch(signature_file)
    if found is None:
        raise PackError("the pack's signature (manifest.sig) is malformed")
    key_id = found.group(1).decode("ascii")
    try:
        signature = base64.b64decode(found.group(2), validate=True)
    except binascii.Error:
        raise PackError("the pack's signature (manifest.sig) is malformed") from None
    if len(signature) != SIGNATURE_BYTES:
        raise PackError("the pack's signature (manifest.sig) is malformed")
    key = keyring.get(key_id)
    if key is None:
        raise PackError(
            f"the pack is signed by key {key_id}, which is not a trusted publisher key"
            " (see 'fieldref keys list' and 'fieldref keys add')"
        )
    try:
        Ed25519PublicKey.from_public_bytes(key.raw).verify(signature, manifest)
    except InvalidSignature:
        raise PackError(
            f"the pack's signature does not verify with key {key_id}: the pack was altered"
            " or damaged"
        ) from None
    return key
