"""Revoking a publisher key (issue 10, item 6): `remove_trusted_key` takes back what `keys add`
gave; a pack signed by a removed key is flagged, and the next import re-verifies every installed
pack against the keys trusted now and drops the ones that no longer verify, saying so."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.packs import PackError, verify_pack
from db.packs.keys import remove_trusted_key
from tests.pack_helpers import BRIEFS, PackEnv, build, make_publisher, trust

EXTRA = dict(BRIEFS[2], slug="brief-extra", related=[])


@pytest.fixture
def env(tmp_path: Path, tiny_source: Path) -> PackEnv:
    return PackEnv.create(tmp_path, tiny_source)


def remove(env: PackEnv, key_id: str, shipped: Path | None = None) -> list[Path]:
    return remove_trusted_key(key_id, env.paths.user_keys_dir, shipped or env.tmp / "no-shipped")


def test_remove_a_user_key(env: PackEnv):
    removed = remove(env, env.publisher.key_id)
    assert [p.name for p in removed] == [f"{env.publisher.key_id}.pub"]
    assert env.ctx.active().packs == ()
    with pytest.raises(PackError, match="not a trusted publisher key"):
        verify_pack(env.build(1), env.ctx)


def test_remove_also_takes_a_copy_under_another_name(env: PackEnv):
    copy = env.paths.user_keys_dir / "renamed.pub"
    copy.write_bytes(env.publisher.pub_file.read_bytes())
    assert len(remove(env, env.publisher.key_id)) == 2 and not copy.exists()


@pytest.mark.parametrize("bad", ["nope", "0123456789abcdef\n", "../../etc/passwd", ""])
def test_remove_refuses_what_is_not_a_key_id(env: PackEnv, bad: str):
    with pytest.raises(PackError, match="16 hex digits"):
        remove(env, bad)


def test_remove_an_unknown_key(env: PackEnv):
    with pytest.raises(PackError, match="is not a trusted key"):
        remove(env, "0123456789abcdef")


def test_a_shipped_key_is_not_removed_locally(env: PackEnv):
    shipped_dir = env.tmp / "shipped-keys"
    shipped = make_publisher(env.tmp / "shipped-publisher")
    trust(shipped, shipped_dir)
    with pytest.raises(PackError, match="shipped with the app") as caught:
        remove(env, shipped.key_id, shipped_dir)
    assert "app update" in str(caught.value)
    assert any(shipped_dir.iterdir())


def test_an_installed_pack_whose_key_is_gone_is_flagged(env: PackEnv):
    env.install(env.build(1))
    assert [p.key_trusted for p in env.ctx.active().packs] == [True]
    remove(env, env.publisher.key_id)
    active = env.ctx.active()
    assert active.version == 1  # still opens: the content was verified when it came in
    assert [p.key_trusted for p in active.packs] == [False]
    assert active.untrusted_packs == active.packs


def test_the_next_import_drops_a_pack_whose_key_is_gone(env: PackEnv):
    env.install(env.build(1))  # country-briefs by the first publisher
    other = make_publisher(env.tmp / "other")
    trust(other, env.paths.user_keys_dir)
    remove(env, env.publisher.key_id)
    pack = build(
        env.tmp,
        other,
        1,
        name="other",
        pack_id="more-briefs",
        entries=[dict(BRIEFS[2], slug="brief-extra", related=[])],
        regions=None,
    )
    report = verify_pack(pack, env.ctx)
    assert [p.id for p in report.dropped] == ["country-briefs"]
    assert {s for s, _t in report.changes.removed} == {s["slug"] for s in BRIEFS}
    installed = env.install(pack)
    assert [p.id for p in installed.dropped] == ["country-briefs"]
    assert [p.id for p in installed.packs] == ["more-briefs"]
    assert [p["id"] for p in env.exported()["catalogue"]["packs"]] == ["more-briefs"]


def test_a_kept_pack_with_a_broken_signature_is_damaged_not_dropped(env: PackEnv):
    env.install(env.build(1))
    kept = next((env.paths.content_dir / "packs" / "country-briefs").iterdir())
    sig = kept / "manifest.sig"
    text = sig.read_text(encoding="ascii")
    sig.write_text(text[:-10] + ("A" if text[-10] != "A" else "B") + text[-9:], encoding="ascii")
    env.refuse(env.build(2, pack_id="second-pack", entries=[EXTRA], regions=None), "damaged")


def test_re_adding_the_key_keeps_the_pack(env: PackEnv):
    env.install(env.build(1))
    remove(env, env.publisher.key_id)
    trust(env.publisher, env.paths.user_keys_dir)
    report = env.install(env.build(1, pack_id="second-pack", entries=[EXTRA], regions=None))
    assert report.dropped == () and len(report.packs) == 2
