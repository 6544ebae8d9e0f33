"""`fieldref build` checks and compiles the thesaurus; `fieldref terms SLUG` prints its labels
(docs/architecture.md §4: exit 2 and one line for anything the person can fix)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.e2e.test_cli import assert_user_error, fieldref
from tests.helpers import SHIPPED_SOURCE

THESAURUS = """\
[[concept]]
id = "border-management"
entry = "border-management"
related = ["western-balkans"]

[concept.pref]
en = "border management"
fr = "gestion des frontières"
es = "gestión de fronteras"
pt = "gestão de fronteiras"
ar = "إدارة الحدود"
ru = "управление границами"

[concept.alt]
en = ["IBM", "integrated border management"]

[concept.hidden]
en = ["border managment"]

[[concept]]
id = "border-crossing-point"
broader = ["border-management"]

[concept.pref]
en = "border crossing point"
fr = "point de passage frontalier"
es = "paso fronterizo"
pt = "ponto de passagem de fronteira"
ar = "معبر حدودي"
ru = "пункт пропуска через границу"
"""


def resources(root: Path, thesaurus: str = THESAURUS) -> Path:
    """A resources tree: the shipped catalogue and a two-concept thesaurus beside it."""
    shutil.copytree(SHIPPED_SOURCE, root / "catalogue")
    (root / "thesaurus").mkdir()
    (root / "thesaurus" / "borders.toml").write_text(thesaurus, encoding="utf-8")
    return root / "catalogue"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("terms")
    source = resources(root / "resources")
    result = fieldref("build", "--source", str(source), "--out", str(root / "data"))
    assert result.returncode == 0, result.stderr
    assert "thesaurus: 2 concepts, 15 labels" in result.stdout
    return root / "data"


def test_terms_lists_labels_by_language_and_kind(built: Path):
    result = fieldref("terms", "border-management", data_dir=built)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Border Management (border-management, field)"
    assert "  en  pref    border management" in lines
    assert "      alt     IBM; integrated border management" in lines
    assert "      hidden  border managment" in lines
    assert "  ar  pref    إدارة الحدود" in lines
    assert lines[-2:] == [
        "linked from:",
        "  border-crossing-point  border crossing point (broader)",
    ]


def test_terms_json_and_a_region(built: Path):
    result = fieldref("terms", "western-balkans", "--json", data_dir=built)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["kind"] == "region" and data["concept"] is None and data["labels"] == {}
    assert data["linked_by"] == [
        {"id": "border-management", "label": "border management", "relation": "related"}
    ]
    data = json.loads(fieldref("terms", "border-management", "--json", data_dir=built).stdout)
    assert data["labels"]["ru"] == {"pref": "управление границами", "alt": [], "hidden": []}
    assert list(data["labels"]) == ["en", "fr", "es", "pt", "ar", "ru"]


def test_an_unknown_slug_is_one_line(built: Path):
    assert_user_error(fieldref("terms", "no-such-entry", data_dir=built), "no entry or region")
    assert_user_error(fieldref("terms", "x\x1b[31m", data_dir=built), "\\x1b")


def test_a_damaged_compiled_thesaurus_is_one_line(built: Path, tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(built, data)
    (data / "thesaurus.json").write_text('{"format": 1, "concepts": [[1]]}', encoding="utf-8")
    assert_user_error(fieldref("terms", "border-management", data_dir=data), "thesaurus.json")


def test_a_bad_thesaurus_fails_the_build_before_anything_is_written(tmp_path: Path):
    bad = THESAURUS.replace('"western-balkans"', '"western-balkan"')
    source = resources(tmp_path / "resources", bad)
    out = tmp_path / "data"
    result = fieldref("build", "--source", str(source), "--out", str(out))
    path = tmp_path / "resources" / "thesaurus" / "borders.toml"
    assert_user_error(
        result, f"{path}:4: concept 'border-management': unknown slug 'western-balkan'"
    )
    assert not (out / "catalogue.sqlite").exists()

    duplicate = THESAURUS.replace('"IBM"', '"Border  Management"')
    (tmp_path / "resources" / "thesaurus" / "borders.toml").write_text(duplicate, "utf-8")
    result = fieldref("build", "--source", str(source), "--out", str(out))
    assert_user_error(result, f"{path}:15: ", "already used in en by this concept")
