"""Smoke tests of the frozen bundle and the Linux installers (`make test-bundle`, issue 7).

They run the built programs as an officer or an IT script would, so they need a bundle: set
FIELDREF_BUNDLE to the onedir folder (make test-bundle does, after `make bundle`). Without it
every test here is skipped, and `make test` never needs a bundle. The .deb and .tar.gz checks run
when those files are in the bundle's dist/ folder (`make installers`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

from tests.helpers import REPO, SHIPPED_SOURCE

BUNDLE = (
    Path(os.environ["FIELDREF_BUNDLE"]).resolve() if os.environ.get("FIELDREF_BUNDLE") else None
)
pytestmark = pytest.mark.skipif(
    BUNDLE is None, reason="no bundle: run 'make test-bundle' (sets FIELDREF_BUNDLE)"
)

EXE = ".exe" if sys.platform == "win32" else ""
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]
INSTALLED_BUDGET_MB = 120
INSTALLER_BUDGET_MB = 40
WARM_FIRST_PAINT_BUDGET_MS = 600


def clean_env(user_dir: Path | None, home: Path) -> dict[str, str]:
    """The caller's environment without any FIELDREF_ override, so the bundle finds its own
    catalogue; user data in user_dir (None: wherever the bundle decides) and HOME in a temp dir."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDREF_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    if user_dir is not None:
        env["FIELDREF_USER_DIR"] = str(user_dir)
    return env


def run(
    program: str, *args: str, env: dict[str, str], bundle: Path | None = None
) -> subprocess.CompletedProcess[str]:
    exe = (bundle or BUNDLE) / f"{program}{EXE}"  # type: ignore[operator]
    return subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=180,
        check=False,
    )


def ok(program: str, *args: str, env: dict[str, str], bundle: Path | None = None) -> str:
    result = run(program, *args, env=env, bundle=bundle)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def self_test(env: dict[str, str], bundle: Path | None = None) -> dict[str, object]:
    out = ok("field-reference", "--self-test", env=env, bundle=bundle)
    return json.loads(out.strip().splitlines()[-1])


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in folder.rglob("*")
    }


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return clean_env(tmp_path / "user", tmp_path / "home")


def test_both_programs_report_the_pyproject_version(env: dict[str, str]):
    assert ok("field-reference", "--version", env=env).strip() == f"field-reference {VERSION}"
    assert ok("fieldref", "--version", env=env).strip() == f"fieldref {VERSION}"


def test_self_test_builds_the_index_in_the_user_folder_and_leaves_the_bundle_alone(
    env: dict[str, str], tmp_path: Path
):
    before = snapshot(BUNDLE)  # type: ignore[arg-type]
    report = self_test(env)
    assert set(report) >= {"startup_ms", "first_paint_ms", "search_ms", "entry"}
    assert "Trafficking in Human Beings" in str(report["entry"])
    assert list((tmp_path / "user" / "index").glob("*/stamp.json"))
    assert not (BUNDLE / "_internal" / "catalogue" / "index").exists()  # type: ignore[operator]
    assert snapshot(BUNDLE) == before  # type: ignore[arg-type]  - an installed copy is read-only
    paths = ok("fieldref", "paths", env=env)
    assert f"index:            {tmp_path / 'user' / 'index'}" in paths


@pytest.mark.slow
def test_warm_start_is_within_budget(env: dict[str, str]):
    self_test(env)  # cold: builds the index
    paints = [float(self_test(env)["first_paint_ms"]) for _ in range(3)]  # type: ignore[arg-type]
    assert statistics.median(paints) <= WARM_FIRST_PAINT_BUDGET_MS, paints


def test_bundled_catalogue_is_the_one_the_sources_build(env: dict[str, str], tmp_path: Path):
    from db import build_catalogue

    expected = build_catalogue(SHIPPED_SOURCE, tmp_path / "built").content_sha256
    exported = json.loads(ok("fieldref", "export", "--json", env=env))
    assert exported["catalogue"]["content_sha256"] == expected
    assert len(exported["entries"]) >= 31


def test_cli_searches_shows_and_fails_cleanly(env: dict[str, str]):
    hits = json.loads(ok("fieldref", "search", "traffick", "--json", env=env))["hits"]
    assert hits[0]["slug"] == "trafficking-human-beings"
    assert ok("fieldref", "show", "border-management", env=env).startswith("Border Management")
    bad = run("fieldref", "show", "no-such-entry", env=env)
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr


def test_signed_content_pack_round_trip(env: dict[str, str], tmp_path: Path):
    """cryptography (Ed25519) works frozen, and packs install into the user folder."""
    from tests.pack_helpers import BRIEFS, write_pack_source

    keys = tmp_path / "publisher"
    ok("fieldref", "keys", "generate", "--out", str(keys), env=env)
    ok("fieldref", "keys", "add", str(keys / "publisher.pub"), env=env)
    source = write_pack_source(
        tmp_path / "src", entries=[dict(BRIEFS[0], related=["border-management"])], regions=None
    )
    pack = tmp_path / "briefs.frpack"
    ok("fieldref", "pack", "build", str(source), "--key", str(keys / "publisher.key"),
       "--sequence", "1", "--out", str(pack), "--data-as-of", "2026-11-15", env=env)  # fmt: skip
    assert "installed country-briefs #1" in ok("fieldref", "pack", "import", str(pack), env=env)
    hits = json.loads(ok("fieldref", "search", "Lagos", "--json", env=env))["hits"]
    assert hits[0]["slug"] == "brief-nigeria"
    assert (tmp_path / "user" / "content").is_dir()


def test_portable_copy_keeps_user_data_beside_the_program(tmp_path: Path):
    copy = tmp_path / "stick" / "field-reference"
    shutil.copytree(BUNDLE, copy, symlinks=True)  # type: ignore[arg-type]
    (copy / "portable").write_text("", encoding="utf-8")
    home = tmp_path / "home"
    env = clean_env(None, home)
    paths = ok("fieldref", "paths", env=env, bundle=copy)
    assert f"user data:        {copy / 'field-reference-data'}" in paths
    assert "portable:         yes" in paths
    report = self_test(env, bundle=copy)
    assert "Trafficking" in str(report["entry"])
    assert list((copy / "field-reference-data" / "index").glob("*/stamp.json"))
    assert not (home / ".local" / "share" / "field-reference").exists()


def test_installed_size_is_within_budget():
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())  # type: ignore[union-attr]
    assert size <= INSTALLED_BUDGET_MB * 1_000_000, f"{size / 1e6:.1f} MB"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux libraries")
def test_every_system_library_is_declared_and_present():
    sys.path.insert(0, str(REPO / "packaging"))
    from linux_deps import RECOMMENDED, checked_relations

    checked_relations(BUNDLE)  # type: ignore[arg-type]  - fails on an undeclared soname
    missing = set()
    for path in BUNDLE.rglob("*"):  # type: ignore[union-attr]
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
            missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    assert missing <= set(RECOMMENDED), sorted(missing)  # only optional plugins may lack theirs


# ---- installers, when `make installers` has built them next to the bundle -------------------


def artifact(pattern: str) -> Path:
    found = sorted(BUNDLE.parent.glob(pattern))  # type: ignore[union-attr]
    if not found:
        pytest.skip(f"no {pattern} in {BUNDLE.parent} (make installers)")  # type: ignore[union-attr]
    return found[-1]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")
def test_deb_package_layout_and_metadata():
    deb = artifact(f"field-reference_{VERSION}_*.deb")
    assert deb.stat().st_size <= INSTALLER_BUDGET_MB * 1_000_000
    field = lambda name: subprocess.run(  # noqa: E731
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert field("Package") == "field-reference"
    assert field("Version") == VERSION
    depends = field("Depends")
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libfontconfig1", "libgl1", "fonts-"):
        assert package in depends
    contents = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./opt/field-reference/field-reference",
        "./opt/field-reference/_internal/catalogue/catalogue.sqlite",
        "./usr/bin/field-reference -> /opt/field-reference/field-reference",
        "./usr/bin/fieldref -> /opt/field-reference/fieldref",
        "./usr/share/applications/field-reference.desktop",
        "./usr/share/icons/hicolor/scalable/apps/field-reference.svg",
        "./usr/share/icons/hicolor/256x256/apps/field-reference.png",
        "./usr/share/icons/hicolor/48x48/apps/field-reference.png",
    ):
        assert path in contents
    assert "/index/" not in contents and "portable" not in contents.split()


def test_portable_tarball_is_ready_to_run():
    tarball = artifact(f"field-reference-{VERSION}-linux-*.tar.gz")
    top = f"field-reference-{VERSION}"
    with tarfile.open(tarball) as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert f"{top}/portable" in members and f"{top}/README.txt" in members
    assert members[f"{top}/field-reference"].mode & 0o111
    assert (
        members[f"{top}/fieldref"].issym()
        and members[f"{top}/fieldref"].linkname == "field-reference"
    )
    assert all(m.uid == 0 and m.gid == 0 for m in members.values())
    assert len({m.mtime for m in members.values()}) == 1  # one SOURCE_DATE_EPOCH for all


def test_the_bundle_speaks_every_shipped_language_and_no_other():
    """Our .qm for each language (compiled by the build, never committed), Qt's qtbase .qm for
    the same languages only, and the fallback font for Arabic."""
    from desktop_app.i18n.languages import TRANSLATED

    files = [p.relative_to(BUNDLE).as_posix() for p in BUNDLE.rglob("*") if p.is_file()]  # type: ignore[union-attr]
    ours = {
        f.rsplit("field_reference_", 1)[1][:-3]
        for f in files
        if "/field_reference_" in f and f.endswith(".qm")
    }
    assert ours == set(TRANSLATED)
    qt = {f.rsplit("qtbase_", 1)[1][:-3].split("_")[0] for f in files if "/qtbase_" in f}
    assert qt <= set(TRANSLATED) and qt, "Qt's own strings for our languages only"
    assert not [f for f in files if f.endswith(".ts")]
    fonts = {f.rsplit("/", 1)[1] for f in files if "resources/fonts/" in f}
    assert {"NotoSansArabic-Regular.ttf", "OFL.txt"} <= fonts
