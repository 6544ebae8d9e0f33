"""Frozen values the pack machinery hands to the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.packs.errors import PackError
from db.packs.keys import PublicKey
from db.packs.manifest import MODES, Manifest

Pair = tuple[str, str]  # (slug, title)


@dataclass(frozen=True, slots=True)
class InstalledPack:
    """One pack inside an installed catalogue version (as recorded in its state.json)."""

    id: str
    sequence: int
    title: str
    mode: str
    data_as_of: str
    publisher_key: str
    entry_count: int
    payload: str  # folder under content/packs/ holding its verified payload and manifest
    installed: str
    # Whether its publisher key is trusted now: None when not checked (no keys given), False
    # after `fieldref keys remove` (the next import drops the pack). Never stored.
    key_trusted: bool | None = field(default=None, compare=False)

    def public_json(self) -> dict[str, Any]:
        """What `fieldref export --json` shows for the pack."""
        return {
            "id": self.id,
            "sequence": self.sequence,
            "title": self.title,
            "mode": self.mode,
            "data_as_of": self.data_as_of,
        }

    def to_json(self) -> dict[str, Any]:
        return {
            **self.public_json(),
            "publisher_key": self.publisher_key,
            "entry_count": self.entry_count,
            "payload": self.payload,
            "installed": self.installed,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> InstalledPack:
        try:
            pack = cls(
                id=str(data["id"]),
                sequence=int(data["sequence"]),
                title=str(data["title"]),
                mode=str(data["mode"]),
                data_as_of=str(data["data_as_of"]),
                publisher_key=str(data["publisher_key"]),
                entry_count=int(data["entry_count"]),
                payload=str(data["payload"]),
                installed=str(data["installed"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise PackError(f"an installed pack record is damaged ({exc})") from None
        if pack.mode not in MODES or ".." in pack.payload.split("/"):
            raise PackError(f"the installed pack record for '{pack.id}' is damaged")
        return pack

    def label(self) -> str:
        return f"{self.id} #{self.sequence}"


@dataclass(frozen=True, slots=True)
class ActiveCatalogue:
    """The catalogue and index the app should open now, and the packs they hold.

    `version` is None for the shipped catalogue (the floor). `problem` says why a newer installed
    version was passed over at start-up, when one was.
    """

    catalogue_file: Path
    index_dir: Path
    version: int | None = None
    packs: tuple[InstalledPack, ...] = ()
    problem: str | None = None

    @property
    def is_shipped(self) -> bool:
        return self.version is None

    @property
    def untrusted_packs(self) -> tuple[InstalledPack, ...]:
        """Packs whose publisher key is no longer trusted (the next import drops them)."""
        return tuple(p for p in self.packs if p.key_trusted is False)


@dataclass(frozen=True, slots=True)
class Changes:
    """What a pack changes in the active catalogue, as (slug, title) pairs in catalogue order."""

    added: tuple[Pair, ...] = ()
    updated: tuple[Pair, ...] = ()
    removed: tuple[Pair, ...] = ()

    def summary(self) -> str:
        return (
            f"{len(self.added):,} added, {len(self.updated):,} updated,"
            f" {len(self.removed):,} removed"
        )


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """A pack that passed every check, and what installing it would change."""

    manifest: Manifest
    key: PublicKey
    installed_sequence: int | None
    changes: Changes
    catalogue_version: str  # the version string the catalogue would get
    downgrade: bool = False  # allowed explicitly although not newer than the installed one
    dropped: tuple[InstalledPack, ...] = ()  # installed packs whose key is no longer trusted


@dataclass(frozen=True, slots=True)
class InstallReport:
    """A pack that was installed: the new catalogue version and what changed."""

    manifest: Manifest
    changes: Changes
    version: int
    catalogue_version: str
    content_sha256: str
    packs: tuple[InstalledPack, ...]
    timings: tuple[tuple[str, float], ...]
    dropped: tuple[InstalledPack, ...] = ()  # installed packs whose key is no longer trusted

    @property
    def seconds(self) -> float:
        return sum(seconds for _stage, seconds in self.timings)
