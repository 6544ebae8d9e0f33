"""Publisher keys, signatures and the trusted keyring."""

from __future__ import annotations

import hashlib
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from db.packs import PackError, add_trusted_key, generate_key_pair, load_keyring, load_public_key
from db.packs.keys import load_private_key, sign_manifest, verify_manifest
from tests.helpers import REPO


def test_generate_writes_a_private_and_a_public_key(tmp_path: Path):
    pair = generate_key_pair(tmp_path / "keys")
    assert pair.private_file.name == "publisher.key" and pair.public_file.name == "publisher.pub"
    assert stat.S_IMODE(pair.private_file.stat().st_mode) == 0o600
    assert b"BEGIN PRIVATE KEY" in pair.private_file.read_bytes()
    public = load_public_key(pair.public_file)
    assert public.key_id == pair.key_id == hashlib.sha256(public.raw).hexdigest()[:16]
    assert len(public.raw) == 32


def test_generate_never_overwrites_a_key(tmp_path: Path):
    generate_key_pair(tmp_path)
    before = (tmp_path / "publisher.key").read_bytes()
    with pytest.raises(PackError, match="refusing to overwrite"):
        generate_key_pair(tmp_path)
    assert (tmp_path / "publisher.key").read_bytes() == before


def test_sign_and_verify(tmp_path: Path):
    pair = generate_key_pair(tmp_path / "a")
    keyring = load_keyring([("user", tmp_path / "a")])
    signature = sign_manifest(b"manifest bytes", load_private_key(pair.private_file))
    assert signature.startswith(f"ed25519 {pair.key_id} ".encode())
    assert verify_manifest(b"manifest bytes", signature, keyring).key_id == pair.key_id
    with pytest.raises(PackError, match="does not verify"):
        verify_manifest(b"manifest bytes!", signature, keyring)
    with pytest.raises(PackError, match="not a trusted publisher key"):
        verify_manifest(b"manifest bytes", signature, load_keyring([]))


def test_add_trusted_key_copies_it_under_its_id(tmp_path: Path):
    pair = generate_key_pair(tmp_path / "pub")
    key = add_trusted_key(pair.public_file, tmp_path / "trusted")
    assert key.path == tmp_path / "trusted" / f"{pair.key_id}.pub"
    assert load_keyring([("user", tmp_path / "trusted")]).get(pair.key_id) is not None


def test_add_refuses_a_private_key(tmp_path: Path):
    pair = generate_key_pair(tmp_path)
    with pytest.raises(PackError, match="is a private key"):
        add_trusted_key(pair.private_file, tmp_path / "trusted")
    assert not (tmp_path / "trusted").exists()


def test_add_refuses_other_key_types(tmp_path: Path):
    other = ec.generate_private_key(ec.SECP256R1()).public_key()
    pem = other.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (tmp_path / "ec.pub").write_bytes(pem)
    with pytest.raises(PackError, match="not an Ed25519 public key"):
        add_trusted_key(tmp_path / "ec.pub", tmp_path / "trusted")
    (tmp_path / "junk.pub").write_text("hello")
    with pytest.raises(PackError, match="not a PEM public key"):
        add_trusted_key(tmp_path / "junk.pub", tmp_path / "trusted")


def test_keyring_reports_bad_files_and_never_trusts_them(tmp_path: Path):
    folder = tmp_path / "keys"
    pair = generate_key_pair(tmp_path / "pub")
    add_trusted_key(pair.public_file, folder)
    (folder / "broken.pub").write_text(
        "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"
    )
    keyring = load_keyring([("shipped", tmp_path / "absent"), ("user", folder)])
    assert list(keyring.keys) == [pair.key_id]
    assert [p.path.name for p in keyring.problems] == ["broken.pub"]


def test_shipped_keys_folder_holds_public_keys_only():
    folder = REPO / "resources" / "keys"
    for path in folder.iterdir():
        assert b"PRIVATE" not in path.read_bytes(), path
        if path.suffix == ".pub":
            load_public_key(path)


def test_db_packs_imports_neither_qt_nor_the_search_index():
    code = (
        "import sys, db.packs\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'search_index', 'whoosh'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == ""
