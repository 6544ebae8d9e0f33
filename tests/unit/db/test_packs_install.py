"""Installing, updating, replacing and rolling back content packs; the start-up fallback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db import Catalogue
from db.packs import PackError, active_version, rollback, verify_pack
from db.packs.store import ContentStore
from search_index import SearchIndex
from tests.pack_helpers import BRIEFS, PackEnv


@pytest.fixture
def env(tmp_path: Path, tiny_source: Path) -> PackEnv:
    return PackEnv.create(tmp_path, tiny_source)


def slugs(env: PackEnv) -> list[str]:
    return [e["slug"] for e in env.exported()["entries"]]


def active(env: PackEnv):
    return env.ctx.active()


def test_nothing_installed_means_the_shipped_catalogue(env: PackEnv):
    current = active(env)
    assert current.is_shipped and current.problem is None
    assert current.catalogue_file == env.paths.catalogue_file
    assert env.exported()["catalogue"]["packs"] == []


def test_verify_reports_changes_and_installs_nothing(env: PackEnv):
    before = env.export()
    report = verify_pack(env.build(1), env.ctx)
    assert report.manifest.id == "country-briefs" and report.installed_sequence is None
    assert report.key.key_id == env.publisher.key_id
    assert [s for s, _t in report.changes.added] == [
        "brief-nigeria",
        "brief-ghana",
        "glossary-smuggling",
    ]
    # the new pages link back: the linked shipped entries count as updated
    assert {s for s, _t in report.changes.updated} == {
        "border-management",
        "trafficking-human-beings",
    }
    assert report.changes.removed == ()
    assert report.catalogue_version == "1.0+country-briefs.1"
    assert env.export() == before


def test_install_add_pack(env: PackEnv):
    progress: list[tuple[str, int, int]] = []
    report = env.install(env.build(1), progress=lambda *a: progress.append(a))
    assert report.version == 1
    assert len(report.changes.added) == 3
    data = env.exported()
    assert data["catalogue"]["version"] == "1.0+country-briefs.1"
    assert data["catalogue"]["data_as_of"] == "2026-11-01"
    assert data["catalogue"]["packs"] == [
        {
            "id": "country-briefs",
            "sequence": 1,
            "title": "Country briefs",
            "mode": "add",
            "data_as_of": "2026-11-01",
        }
    ]
    shipped_first = [e["slug"] for e in data["entries"]][:3]
    assert shipped_first == ["border-management", "trafficking-human-beings", "college"]
    ghana = next(e for e in data["entries"] if e["slug"] == "brief-ghana")
    assert ghana["kind"] == "country" and ghana["regions"] == ["ghana"]
    assert {"slug": "ghana", "name": "Ghana", "parent": "west-africa"} in data["regions"]
    stages = [message for message, _d, _t in progress]
    assert stages[0] == "Checking the pack" and stages[-1] == "Done"
    assert "Building the search index" in stages


def test_installed_version_is_searchable(env: PackEnv):
    env.install(env.build(1))
    current = active(env)
    with Catalogue.open(current.catalogue_file) as catalogue:
        index = SearchIndex.open(current.index_dir, catalogue, env.paths.index_key_file)
        with index:
            assert index.rebuilt_because is None  # built at install, with this machine's key
            hits = index.search("ghana", limit=5).hits
            # the pack's own region comes first (a region name opens its page), then its entry
            assert [(h.kind, h.slug) for h in hits[:2]] == [
                ("region", "ghana"),
                ("country", "brief-ghana"),
            ]
            assert index.search("smuggling", kind="term").hits[0].slug == "glossary-smuggling"


def test_update_adds_updates_and_removes(env: PackEnv):
    env.install(env.build(1))
    changed = dict(BRIEFS[0], body="Nigeria, updated for 2027.")
    new = {
        "slug": "brief-togo",
        "kind": "country",
        "title": "Togo country brief",
        "summary": "Togo.",
        "body": "Lomé is the capital of Togo.",
        "regions": ["west-africa"],
        "related": [],
    }
    report = env.install(env.build(2, entries=[changed, BRIEFS[1], new]))
    assert [s for s, _t in report.changes.added] == ["brief-togo"]
    assert [s for s, _t in report.changes.updated] == ["trafficking-human-beings", "brief-nigeria"]
    assert [s for s, _t in report.changes.removed] == ["glossary-smuggling"]
    assert "glossary-smuggling" not in slugs(env)
    assert env.exported()["catalogue"]["packs"][0]["sequence"] == 2


def test_two_add_packs_side_by_side(env: PackEnv):
    env.install(env.build(1))
    terms = [
        {
            "slug": "term-readmission",
            "kind": "term",
            "title": "Readmission",
            "summary": "Return of a person to a state.",
            "body": "Readmission agreements.",
            "related": ["brief-nigeria"],
        }
    ]
    env.install(env.build(1, pack_id="glossary", title="Glossary", entries=terms, regions=None))
    data = env.exported()
    assert [p["id"] for p in data["catalogue"]["packs"]] == ["country-briefs", "glossary"]
    assert data["catalogue"]["version"] == "1.0+country-briefs.1+glossary.1"
    assert slugs(env)[-1] == "term-readmission"
    # updating the first pack keeps its place, and must keep what the second links to
    env.install(env.build(2, entries=BRIEFS))
    assert env.exported()["catalogue"]["version"] == "1.0+country-briefs.2+glossary.1"
    env.refuse(
        env.build(3, entries=BRIEFS[1:]),
        "pack 'glossary'",
        "related link to unknown entry 'brief-nigeria'",
    )


def test_replace_pack_becomes_the_catalogue(env: PackEnv):
    entries = [
        dict(BRIEFS[0], regions=["west"], related=[]),
        dict(BRIEFS[1], regions=["west"]),
    ]
    regions = [
        {"slug": "world", "name": "World", "parent": None},
        {"slug": "west", "name": "West", "parent": "world"},
    ]
    pack = env.build(
        4, pack_id="edition", mode="replace", title="2027 edition", entries=entries, regions=regions
    )
    report = env.install(pack)
    assert {s for s, _t in report.changes.removed} == {
        "border-management",
        "trafficking-human-beings",
        "college",
    }
    data = env.exported()
    assert data["catalogue"]["version"] == "edition.4"
    assert slugs(env) == ["brief-nigeria", "brief-ghana"]
    assert [r["slug"] for r in data["regions"]] == ["world", "west"]


def test_replace_pack_keeps_add_packs_beside_it(env: PackEnv):
    env.install(env.build(1, entries=BRIEFS[1:2]))  # brief-ghana, no links into the base
    base = [dict(BRIEFS[2], related=[])]
    pack = env.build(1, pack_id="edition", mode="replace", entries=base, regions=None)
    env.install(pack)
    data = env.exported()
    assert data["catalogue"]["version"] == "edition.1+country-briefs.1"
    assert slugs(env) == ["glossary-smuggling", "brief-ghana"]
    assert [p["mode"] for p in data["catalogue"]["packs"]] == ["replace", "add"]


def test_rollback_goes_back_one_version_then_to_the_floor(env: PackEnv):
    shipped = env.export()
    env.install(env.build(1))
    after_first = env.export()
    env.install(env.build(2, entries=BRIEFS[:1]))
    assert active(env).version == 2
    back = rollback(env.ctx)
    assert back.version == 1 and env.export() == after_first
    back = rollback(env.ctx)
    assert back.is_shipped and env.export() == shipped
    with pytest.raises(PackError, match="nothing to roll back"):
        rollback(env.ctx)


def test_import_after_rollback_starts_from_the_rolled_back_state(env: PackEnv):
    env.install(env.build(1))
    env.install(env.build(2))
    rollback(env.ctx)
    report = env.install(env.build(3))
    assert report.version == 3
    store = ContentStore(env.paths.content_dir)
    assert store.versions() == [1, 3]  # version 2 was rolled back and pruned
    assert store.read_state(3).previous == 1


def test_only_the_current_and_previous_versions_are_kept(env: PackEnv):
    for sequence in (1, 2, 3, 4):
        env.install(env.build(sequence))
    store = ContentStore(env.paths.content_dir)
    assert store.versions() == [3, 4]
    payloads = sorted(p.name for p in (store.packs_dir / "country-briefs").iterdir())
    assert [name.split("-")[0] for name in payloads] == ["3", "4"]
    assert not store.staging_dir.exists()


def test_a_second_import_waits_for_the_first(env: PackEnv):
    store = ContentStore(env.paths.content_dir)
    with store.lock():
        env.refuse(env.build(1), "another content pack import is running")
    env.install(env.build(1))


def test_damaged_kept_payload_is_reported(env: PackEnv):
    env.install(env.build(1))
    store = ContentStore(env.paths.content_dir)
    kept = next((store.packs_dir / "country-briefs").iterdir())
    (kept / "entries.jsonl").write_text("{}\n", encoding="utf-8")
    env.refuse(env.build(2), "kept copy of installed pack 'country-briefs' is damaged")


# -- start-up checks ------------------------------------------------------------------------------


def _two_versions(env: PackEnv) -> tuple[bytes, ContentStore]:
    env.install(env.build(1))
    first = env.export()
    env.install(env.build(2, entries=BRIEFS[:2]))
    return first, ContentStore(env.paths.content_dir)


def test_corrupt_current_catalogue_falls_back_to_the_previous(env: PackEnv):
    first, store = _two_versions(env)
    store.catalogue_file(2).write_bytes(b"SQLite format 3\x00" + b"\0" * 500)
    current = active(env)
    assert current.version == 1
    assert "installed version 2 was skipped" in current.problem
    assert env.export() == first


def test_content_hash_mismatch_falls_back(env: PackEnv):
    first, store = _two_versions(env)
    state_file = store.version_dir(2) / "state.json"
    state = json.loads(state_file.read_text())
    state["content_sha256"] = "0" * 64
    state_file.write_text(json.dumps(state))
    current = active(env)
    assert current.version == 1 and "does not match the content hash" in current.problem
    assert env.export() == first


def test_every_version_broken_falls_back_to_the_shipped_floor(env: PackEnv):
    shipped = env.export()
    _first, store = _two_versions(env)
    for version in store.versions():
        (store.version_dir(version) / "state.json").unlink()
    current = active(env)
    assert current.is_shipped
    assert current.problem.endswith("using the shipped catalogue")
    assert env.export() == shipped


def test_damaged_pointer_uses_the_newest_good_version(env: PackEnv):
    _first, store = _two_versions(env)
    second = env.export()
    (store.root / "current").write_bytes(b"\x00garbage")
    current = active(env)
    assert current.version == 2 and "is damaged" in current.problem
    assert env.export() == second


def test_pointer_to_a_missing_version(env: PackEnv):
    _first, store = _two_versions(env)
    (store.root / "current").write_text("9\n")
    assert active(env).version == 2  # the newest good version below 9


def test_active_version_is_cheap_without_content(tmp_path: Path):
    result = active_version(tmp_path / "none", tmp_path / "c.sqlite", tmp_path / "index")
    assert result.is_shipped and result.problem is None


def test_unreadable_content_folder_does_not_stop_the_app(tmp_path: Path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "versions").write_text("not a folder")
    (content / "current").write_text("1\n")
    result = active_version(content, tmp_path / "c.sqlite", tmp_path / "index")
    assert result.is_shipped and result.problem
