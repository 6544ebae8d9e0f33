"""`fieldref keys …` and `fieldref pack …` through the real CLI, as a publisher and an officer
would run them (issue 6)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.e2e.test_cli import assert_user_error, fieldref
from tests.pack_helpers import BRIEFS, tamper, write_pack_source


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("packs-cli-data")
    result = fieldref("build", "--out", str(data))
    assert result.returncode == 0, result.stderr
    return data


def run_ok(*args: str, data_dir: Path | None = None) -> str:
    result = fieldref(*args, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def publisher(tmp_path: Path) -> Path:
    keys = tmp_path / "publisher"
    out = run_ok("keys", "generate", "--out", str(keys))
    assert "publisher key" in out and "never ship it" in out
    return keys


def key_id(keys: Path) -> str:
    return run_ok("keys", "add", str(keys / "publisher.pub")).split()[3]


def brief_source(tmp_path: Path, entries: list[dict] | None = None) -> Path:
    nigeria = dict(BRIEFS[0], related=["border-management"])
    return write_pack_source(tmp_path / "src", entries=entries or [nigeria], regions=None)


def build(tmp_path: Path, keys: Path, sequence: int, entries: list[dict] | None = None) -> Path:
    out = tmp_path / f"briefs-{sequence}.frpack"
    text = run_ok(
        "pack",
        "build",
        str(brief_source(tmp_path, entries)),
        "--key",
        str(keys / "publisher.key"),
        "--sequence",
        str(sequence),
        "--out",
        str(out),
        "--data-as-of",
        "2026-11-15",
    )
    assert f"built country-briefs #{sequence}" in text
    return out


def test_keys_generate_add_and_list(publisher: Path):
    assert "no trusted publisher keys" in run_ok("keys", "list")
    added = run_ok("keys", "add", str(publisher / "publisher.pub"))
    kid = added.split()[3]
    assert len(kid) == 16
    listed = run_ok("keys", "list")
    assert listed.startswith(f"{kid}  user")
    assert_user_error(fieldref("keys", "add", str(publisher / "publisher.key")), "private key")
    assert_user_error(fieldref("keys", "generate", "--out", str(publisher)), "overwrite")


def test_build_verify_import_replay_rollback(tmp_path: Path, shipped: Path, publisher: Path):
    key_id(publisher)
    pack = build(tmp_path, publisher, 1)
    before = run_ok("export", "--json", data_dir=shipped)

    verified = run_ok("pack", "verify", str(pack), data_dir=shipped)
    assert "country-briefs #1" in verified and "not installed" in verified
    assert "changes:    1 added, 1 updated, 0 removed" in verified
    assert "+ brief-nigeria  Nigeria country brief" in verified
    assert run_ok("export", "--json", data_dir=shipped) == before

    imported = run_ok("pack", "import", str(pack), data_dir=shipped)
    assert imported.startswith("installed country-briefs #1: 1 added, 1 updated, 0 removed")
    assert "took" in imported
    data = json.loads(run_ok("export", "--json", data_dir=shipped))
    assert data["catalogue"]["packs"] == [
        {
            "id": "country-briefs",
            "sequence": 1,
            "title": "Country briefs",
            "mode": "add",
            "data_as_of": "2026-11-15",
        }
    ]
    assert data["catalogue"]["version"].endswith("+country-briefs.1")
    assert any(e["slug"] == "brief-nigeria" for e in data["entries"])

    paths = run_ok("paths", data_dir=shipped)
    assert "packs:            country-briefs #1 (data as of 2026-11-15)" in paths
    assert f"catalogue:        {os.environ['FIELDREF_USER_DIR']}/content/versions/1/" in paths
    hits = json.loads(run_ok("search", "Lagos", "--json", data_dir=shipped))["hits"]
    assert hits[0]["slug"] == "brief-nigeria"
    assert "country-briefs #1" in run_ok("pack", "list", data_dir=shipped)

    after = run_ok("export", "--json", data_dir=shipped)
    replay = fieldref("pack", "import", str(pack), data_dir=shipped)
    assert_user_error(replay, "not newer than the installed sequence 1")
    assert run_ok("export", "--json", data_dir=shipped) == after

    assert "shipped catalogue is in use" in run_ok("pack", "rollback", data_dir=shipped)
    assert run_ok("export", "--json", data_dir=shipped) == before
    assert_user_error(fieldref("pack", "rollback", data_dir=shipped), "nothing to roll back")


def test_allow_downgrade_is_explicit(tmp_path: Path, shipped: Path, publisher: Path):
    key_id(publisher)
    old = build(tmp_path, publisher, 1)
    run_ok("pack", "import", str(build(tmp_path, publisher, 2)), data_dir=shipped)
    assert_user_error(fieldref("pack", "verify", str(old), data_dir=shipped), "--allow-downgrade")
    verified = run_ok("pack", "verify", str(old), "--allow-downgrade", data_dir=shipped)
    assert "sequence 2 installed" in verified and "not newer" in verified
    run_ok("pack", "import", str(old), "--allow-downgrade", data_dir=shipped)
    data = json.loads(run_ok("export", "--json", data_dir=shipped))
    assert data["catalogue"]["packs"][0]["sequence"] == 1


def test_refusals_are_one_line(tmp_path: Path, shipped: Path, publisher: Path):
    pack = build(tmp_path, publisher, 1)
    assert_user_error(
        fieldref("pack", "import", str(pack), data_dir=shipped), "not a trusted publisher key"
    )
    key_id(publisher)

    def flip(members):
        return [
            (i, d.replace(b"Lagos", b"Lagoz") if i.filename == "entries.jsonl" else d)
            for i, d in members
        ]

    bad = tamper(pack, tmp_path / "bad.frpack", flip)
    before = run_ok("export", "--json", data_dir=shipped)
    assert_user_error(fieldref("pack", "import", str(bad), data_dir=shipped), "sha256 differs")
    assert_user_error(fieldref("pack", "verify", str(tmp_path / "none.frpack")), "not found")
    assert run_ok("export", "--json", data_dir=shipped) == before


def test_build_refuses_a_bad_source(tmp_path: Path, publisher: Path):
    src = brief_source(tmp_path, [dict(BRIEFS[0], colour="red")])
    result = fieldref(
        "pack",
        "build",
        str(src),
        "--key",
        str(publisher / "publisher.key"),
        "--sequence",
        "1",
        "--out",
        str(tmp_path / "x.frpack"),
    )
    assert_user_error(result, "entries.jsonl line 1", "unknown key(s): colour")
    assert not (tmp_path / "x.frpack").exists()


def test_keys_remove_flags_then_drops_the_pack(tmp_path: Path, shipped: Path, publisher: Path):
    kid = key_id(publisher)
    run_ok("pack", "import", str(build(tmp_path, publisher, 1)), data_dir=shipped)
    assert_user_error(fieldref("keys", "remove", "not-a-key"), "16 hex digits")
    assert_user_error(fieldref("keys", "remove", "0123456789abcdef"), "not a trusted key")
    removed = run_ok("keys", "remove", kid, data_dir=shipped)
    assert f"no longer trusted: publisher key {kid}" in removed
    assert "country-briefs #1 was signed by it: the next import drops it" in removed
    assert kid not in run_ok("keys", "list")
    listed = run_ok("pack", "list", data_dir=shipped)
    assert "country-briefs #1" in listed and "KEY NO LONGER TRUSTED" in listed
    rolled = run_ok("pack", "rollback", data_dir=shipped)
    assert "rolled back from installed version 1: the shipped catalogue is in use" in rolled


def test_rollback_names_its_target_and_refuses_a_pruned_one(
    tmp_path: Path, shipped: Path, publisher: Path
):
    key_id(publisher)
    for sequence in (1, 2, 3):
        run_ok("pack", "import", str(build(tmp_path, publisher, sequence)), data_dir=shipped)
    rolled = run_ok("pack", "rollback", data_dir=shipped)
    assert "rolled back from installed version 3 to installed version 2" in rolled
    assert_user_error(
        fieldref("pack", "rollback", data_dir=shipped), "version 1", "was removed", "--shipped"
    )
    assert "shipped catalogue" in run_ok("pack", "rollback", "--shipped", data_dir=shipped)
    # the replay record outlives the rollback: sequence 2 is older than 3, seen before
    replay = fieldref("pack", "import", str(tmp_path / "briefs-2.frpack"), data_dir=shipped)
    assert_user_error(replay, "not newer than sequence 3", "--allow-downgrade")


@pytest.mark.skipif(os.name == "nt", reason="FIFOs and /dev are POSIX")
def test_special_files_are_one_line(tmp_path: Path, publisher: Path):
    pipe = tmp_path / "pipe.pub"
    os.mkfifo(pipe)
    for args in (
        ("keys", "add", "/dev/zero"),
        ("keys", "add", str(pipe)),
        (
            "pack",
            "build",
            str(brief_source(tmp_path)),
            "--key",
            "/dev/zero",
            "--sequence",
            "1",
            "--out",
            str(tmp_path / "x.frpack"),
        ),
    ):
        assert_user_error(fieldref(*args), "not a regular file")
