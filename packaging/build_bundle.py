"""Build the PyInstaller onedir bundle: `python packaging/build_bundle.py`, run by `make bundle`.

0. Compile the interface translations (resources/translations/*.ts) into .qm files with
   pyside6-lrelease: the spec ships every .qm it finds, and Qt's qtbase_<lang>.qm for those only.
1. Compile the catalogue with `fieldref build` into build/bundle-stage/catalogue/ (its search
   index is deleted again: it cannot be opened on another machine, see field-reference.spec).
2. Run PyInstaller on packaging/field-reference.spec with SOURCE_DATE_EPOCH (the commit time)
   and PYTHONHASHSEED=0, so two builds of one commit give the same files and catalogue hash.
3. Check the result: `fieldref --version` matches pyproject.toml; print the folder's size.

Works the same on Linux, Windows and macOS (the release workflow calls it directly).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "field-reference.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
# 1980-01-01: the earliest time a zip file (and so a wheel or a .pyc archive) can hold
FALLBACK_EPOCH = 315532800


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def source_date_epoch() -> str:
    """SOURCE_DATE_EPOCH if set, else the time of the checked-out commit."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return out or str(FALLBACK_EPOCH)
    except (OSError, subprocess.CalledProcessError):
        return str(FALLBACK_EPOCH)


def build_env(stage: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["SOURCE_DATE_EPOCH"] = source_date_epoch()
    env["PYTHONHASHSEED"] = "0"
    env["FIELDREF_STAGE"] = str(stage)
    for name in ("FIELDREF_DATA_DIR", "FIELDREF_RESOURCES", "FIELDREF_USER_DIR"):
        env.pop(name, None)
    return env


def stage_catalogue(stage: Path, env: dict[str, str]) -> None:
    out = stage / "catalogue"
    if out.exists():
        shutil.rmtree(out)
    with tempfile.TemporaryDirectory(prefix="fieldref-build-user-") as user:
        # the index step signs with a key in the user folder: a throwaway one, never the builder's
        result = subprocess.run(
            [sys.executable, "-m", "desktop_app.cli.main", "build", "--out", str(out)],
            cwd=ROOT,
            env=dict(env, FIELDREF_USER_DIR=user),
            check=False,
        )
    if result.returncode != 0:
        raise SystemExit("fieldref build failed")
    shutil.rmtree(out / "index", ignore_errors=True)  # per-machine: rebuilt on first start


def compile_translations() -> None:
    """field_reference_<lang>.ts -> .qm beside it (build products, git-ignored); lrelease prints
    how many messages each language has finished."""
    lrelease = Path(sys.executable).with_name(f"pyside6-lrelease{EXE_SUFFIX}")
    tool = str(lrelease) if lrelease.is_file() else shutil.which("pyside6-lrelease")
    if tool is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")
    for ts in sorted((ROOT / "resources" / "translations").glob("field_reference_*.ts")):
        cmd = [tool, str(ts), "-qm", str(ts.with_suffix(".qm"))]
        if subprocess.run(cmd, check=False).returncode != 0:
            raise SystemExit(f"pyside6-lrelease failed on {ts.name}")


def run_pyinstaller(dist: Path, work: Path, env: dict[str, str]) -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("+", " ".join(cmd), flush=True)
    if subprocess.run(cmd, cwd=ROOT, env=env, check=False).returncode != 0:
        raise SystemExit("PyInstaller failed")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_bundle(onedir: Path, version: str) -> None:
    cli = onedir / f"fieldref{EXE_SUFFIX}"
    gui = onedir / f"field-reference{EXE_SUFFIX}"
    for exe in (cli, gui):
        if not exe.is_file():
            raise SystemExit(f"{exe} was not built")
    out = subprocess.run([str(cli), "--version"], capture_output=True, text=True, check=False)
    if out.returncode != 0 or out.stdout.strip() != f"fieldref {version}":
        raise SystemExit(f"{cli} --version gave {out.stdout.strip()!r}, expected {version}")
    print(f"{onedir}: {folder_size(onedir) / 1e6:.1f} MB, fieldref {version}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--stage", type=Path, default=ROOT / "build" / "bundle-stage")
    args = parser.parse_args(argv)
    env = build_env(args.stage.resolve())
    compile_translations()
    stage_catalogue(args.stage.resolve(), env)
    run_pyinstaller(args.dist.resolve(), args.work.resolve(), env)
    check_bundle(args.dist.resolve() / "field-reference", project_version())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
