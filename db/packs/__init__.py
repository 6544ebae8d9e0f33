"""Signed offline content packs: verify, install atomically, roll back. Never imports Qt.

A pack (.frpack) is a zip of manifest.json, manifest.sig (Ed25519 over the exact manifest bytes)
and payload files (entries.jsonl, regions.json) whose sizes and sha256 the manifest lists. See
archive.py for the order of checks, compose.py for how packs combine with the shipped catalogue,
and store.py for the versioned folders and the `current` pointer. The search index is never
shipped in a pack: callers pass an `IndexBuilder` that builds it locally.

The public names load on first use (PEP 562): opening the app only needs `active_version`, and
importing install/compose/keys (cryptography) eagerly cost ~70 ms on the start path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.lazy import lazy_exports

if TYPE_CHECKING:
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

_HOMES = {
    "Limits": "db.packs.archive",
    "BuiltPack": "db.packs.builder",
    "build_pack": "db.packs.builder",
    "PackError": "db.packs.errors",
    "IndexBuilder": "db.packs.install",
    "PackContext": "db.packs.install",
    "Progress": "db.packs.install",
    "install_pack": "db.packs.install",
    "rollback": "db.packs.install",
    "verify_pack": "db.packs.install",
    "KeyFileProblem": "db.packs.keys",
    "KeyPairFiles": "db.packs.keys",
    "Keyring": "db.packs.keys",
    "PublicKey": "db.packs.keys",
    "add_trusted_key": "db.packs.keys",
    "generate_key_pair": "db.packs.keys",
    "load_keyring": "db.packs.keys",
    "load_public_key": "db.packs.keys",
    "Manifest": "db.packs.manifest",
    "PayloadFile": "db.packs.manifest",
    "ActiveCatalogue": "db.packs.records",
    "Changes": "db.packs.records",
    "InstalledPack": "db.packs.records",
    "InstallReport": "db.packs.records",
    "VerifyReport": "db.packs.records",
    "active_version": "db.packs.store",
}

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


__getattr__ = lazy_exports("db.packs", _HOMES, globals())
