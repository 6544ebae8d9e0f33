"""A tiny thesaurus in the shared TOML format (THESAURUS_FORMAT), written into tmp_path.

`load_thesaurus` uses search_index.thesaurus.Thesaurus when it exists and a minimal reader of
the same format otherwise, so the search tests do not wait for the loader to land.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TINY_CONCEPTS: list[dict[str, Any]] = [
    {
        "id": "border-management",
        "entry": "border-management",
        "pref": {
            "en": "border management",
            "fr": "gestion des frontières",
            "es": "gestión de fronteras",
            "pt": "gestão de fronteiras",
            "ar": "إدارة الحدود",
            "ru": "управление границами",
        },
        "alt": {"en": ["IBM", "integrated border management"], "fr": ["GIF"]},
    },
    {
        "id": "border-crossing-point",
        "broader": ["border-management"],
        "pref": {
            "en": "border crossing point",
            "fr": "point de passage frontalier",
            "es": "paso fronterizo",
            "pt": "posto de fronteira",
            "ar": "معبر حدودي",
            "ru": "пункт пропуска",
        },
        "alt": {"en": ["BCP", "checkpoint"]},
    },
    {
        "id": "trafficking",
        "entry": "trafficking-human-beings",
        "pref": {
            "en": "trafficking in human beings",
            "fr": "traite des êtres humains",
            "es": "trata de personas",
            "pt": "tráfico de pessoas",
            "ar": "الاتجار بالبشر",
            "ru": "торговля людьми",
        },
        "alt": {"en": ["THB", "human trafficking"]},
        "hidden": {"en": ["trafficing"]},
    },
    {
        "id": "youth",
        "related": ["college"],
        "pref": {
            "en": "young people",
            "fr": "jeunes",
            "es": "jóvenes",
            "pt": "jovens",
            "ar": "الشباب",
            "ru": "молодёжь",
        },
        "alt": {"en": ["youth"]},
    },
    {
        "id": "referral",
        "pref": {
            "en": "National Referral Mechanism",
            "fr": "mécanisme national d'orientation",
            "es": "mecanismo nacional de derivación",
            "pt": "mecanismo nacional de referenciação",
            "ar": "آلية الإحالة الوطنية",
            "ru": "национальный механизм перенаправления",
        },
        "alt": {"en": ["NRM"]},
        "related": ["trafficking-human-beings"],
    },
    {
        "id": "west-africa",
        "entry": "west-africa",
        "pref": {
            "en": "West Africa",
            "fr": "Afrique de l'Ouest",
            "es": "África Occidental",
            "pt": "África Ocidental",
            "ar": "غرب أفريقيا",
            "ru": "Западная Африка",
        },
    },
]


def _toml_value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def write_thesaurus(folder: Path, concepts: list[dict[str, Any]] = TINY_CONCEPTS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    for concept in concepts:
        lines.append("[[concept]]")
        for key in ("id", "entry", "broader", "related"):
            if key in concept:
                lines.append(f"{key} = {_toml_value(concept[key])}")
        for table in ("pref", "alt", "hidden"):
            if table in concept:
                lines.append(f"[concept.{table}]")
                lines += [f"{k} = {_toml_value(v)}" for k, v in concept[table].items()]
        lines.append("")
    (folder / "concepts.toml").write_text("\n".join(lines), encoding="utf-8")
    return folder


@dataclass(frozen=True)
class _Concept:
    id: str
    entry: str | None
    broader: tuple[str, ...]
    related: tuple[str, ...]
    pref: dict[str, str]
    alt: dict[str, list[str]] = field(default_factory=dict)
    hidden: dict[str, list[str]] = field(default_factory=dict)

    def linked_slugs(self) -> tuple[str, ...]:
        own = (self.entry,) if self.entry else ()
        return tuple(dict.fromkeys((*own, *self.broader, *self.related)))


class _MiniThesaurus:
    def __init__(self, concepts: list[_Concept]) -> None:
        self._concepts = concepts

    def labels(self) -> Iterator[tuple[str, str, str, _Concept]]:
        for concept in self._concepts:
            for language, label in concept.pref.items():
                yield language, "pref", label, concept
            for kind in ("alt", "hidden"):
                for language, labels in getattr(concept, kind).items():
                    for label in labels:
                        yield language, kind, label, concept


def load_thesaurus(folder: Path, known: set[str]) -> Any:
    try:
        from search_index.thesaurus import Thesaurus
    except ImportError:
        pass
    else:
        return Thesaurus.load(folder, known)
    concepts = []
    for path in sorted(folder.glob("*.toml")):
        for raw in tomllib.loads(path.read_text(encoding="utf-8")).get("concept", []):
            concepts.append(
                _Concept(
                    raw["id"],
                    raw.get("entry"),
                    tuple(raw.get("broader", ())),
                    tuple(raw.get("related", ())),
                    raw["pref"],
                    raw.get("alt", {}),
                    raw.get("hidden", {}),
                )
            )
    return _MiniThesaurus(concepts)
