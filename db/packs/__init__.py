"""Signed offline content packs: verify, install atomically, roll back. Never imports Qt.

A pack (.frpack) is a zip of manifest.json, manifest.sig (Ed25519 over the exact manifest bytes)
and payload files (entries.jsonl, regions.json) whose sizes and sha256 the manifest lists. See
archive.py for the order of checks, compose.py for how packs combine with the shipped catalogue,
and store.py for the versioned folders and the `current` pointer. The search index is never
shipped in a pack: callers pass an `IndexBuilder` that builds it locally.
"""

from db.packs.archive import Limits
from db.packs.builder import BuiltPack, build_pack
from db.packs.errors import PackError
from db.packs.install import (
    IndexBuilder,
    PackContext,
    Progress,
    install_pack,
    rollback,
    verify_pack,
)
from db.packs.keys import (
    KeyFileProblem,
    KeyPairFiles,
    Keyring,
    PublicKey,
    add_trusted_key,
    generate_key_pair,
    load_keyring,
    load_public_key,
)
from db.packs.manifest import Manifest, PayloadFile
from db.packs.records import (
    ActiveCatalogue,
    Changes,
    InstalledPack,
    InstallReport,
    VerifyReport,
)
from db.packs.store import active_version

__all__ = [
    "ActiveCatalogue",
    "BuiltPack",
    "Changes",
    "IndexBuilder",
    "InstallReport",
    "InstalledPack",
    "KeyFileProblem",
    "KeyPairFiles",
    "Keyring",
    "Limits",
    "Manifest",
    "PackContext",
    "PackError",
    "PayloadFile",
    "Progress",
    "PublicKey",
    "VerifyReport",
    "active_version",
    "add_trusted_key",
    "build_pack",
    "generate_key_pair",
    "install_pack",
    "load_keyring",
    "load_public_key",
    "rollback",
    "verify_pack",
]
