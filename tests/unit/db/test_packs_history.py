"""What content-pack history must remember and say (issue 10): the highest sequence seen per
publisher and pack survives a rollback, and a rollback says where it goes or why it cannot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.packs import PackError, rollback
from db.packs.store import ContentStore
from tests.pack_helpers import BRIEFS, PackEnv


@pytest.fixture
def env(tmp_path: Path, tiny_source: Path) -> PackEnv:
    return PackEnv.create(tmp_path, tiny_source)


def test_an_older_sequence_is_refused_after_a_rollback_to_the_shipped_catalogue(env: PackEnv):
    older, newer = env.build(1), env.build(2)
    env.install(newer)
    assert rollback(env.ctx).is_shipped
    env.refuse(older, "sequence 1 is not newer than sequence 2", "--allow-downgrade")
    env.refuse(newer, "sequence 2 is not newer than sequence 2")  # a plain replay too
    assert env.install(env.build(3)).manifest.sequence == 3


def test_the_highest_sequence_survives_pruning_and_downgrades(env: PackEnv):
    for sequence in (1, 2, 3):
        env.install(env.build(sequence))
    rollback(env.ctx)
    env.install(env.build(1, entries=BRIEFS[:1]), allow_downgrade=True)  # explicit: allowed
    env.refuse(env.build(2), "sequence 2 is not newer than sequence 3")
    seen = json.loads((env.paths.content_dir / "replay.json").read_text(encoding="utf-8"))
    assert seen["highest"] == {env.publisher.key_id: {"country-briefs": 3}}


def test_a_damaged_replay_record_refuses_imports_with_one_line(env: PackEnv):
    env.install(env.build(1))
    (env.paths.content_dir / "replay.json").write_text('{"highest": ' * 50_000, encoding="utf-8")
    env.refuse(env.build(2), "replay.json", "nested too deeply")


def test_rollback_refuses_to_skip_a_pruned_version(env: PackEnv):
    for sequence in (1, 2, 3):
        env.install(env.build(sequence))
    store = ContentStore(env.paths.content_dir)
    assert store.versions() == [2, 3]
    assert rollback(env.ctx).version == 2
    before = env.export()
    with pytest.raises(PackError, match=r"version 1, .*was removed") as caught:
        rollback(env.ctx)
    assert "--shipped" in str(caught.value) and "\n" not in str(caught.value)
    assert env.ctx.active().version == 2 and env.export() == before
    assert rollback(env.ctx, to_shipped=True).is_shipped


def test_rollback_refuses_to_skip_a_damaged_version(env: PackEnv):
    env.install(env.build(1))
    env.install(env.build(2))
    (env.paths.content_dir / "versions" / "1" / "state.json").write_text("{", encoding="utf-8")
    with pytest.raises(PackError, match=r"version 1, .*cannot be used"):
        rollback(env.ctx)
    assert env.ctx.active().version == 2
