"""Two builds of one commit must give the same bundle file list and catalogue content hash.

    python packaging/repro_check.py                 # two clean builds into build/repro/{a,b}
    python packaging/repro_check.py --ref v1.2.0    # the same, of a commit (git archive)
    python packaging/repro_check.py --compare A B   # compare two onedir folders already built

The sources (the working tree's files known to git, or the commit given with --ref) are copied
once into two different folders, so edits made meanwhile and the checkout's path cannot leak in,
and each copy is built with packaging/build_bundle.py under the same SOURCE_DATE_EPOCH (the
commit time) and PYTHONHASHSEED=0. Checked, and failing the run when they differ: the list of
files and symbolic links, and the catalogue's content hash as the bundled `fieldref export` gives.
Also reported, for information: how many files are byte-identical and whether the catalogue file
itself is (executables can carry build paths or timestamps that do not change what runs).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_bundle import EXE_SUFFIX, ROOT

CATALOGUE = Path("_internal") / "catalogue" / "catalogue.sqlite"


def listing(onedir: Path) -> dict[str, str]:
    """Relative path -> sha256 for files, '-> target' for symbolic links."""
    found = {}
    for path in sorted(onedir.rglob("*")):
        rel = path.relative_to(onedir).as_posix()
        if path.is_symlink():
            found[rel] = f"-> {os.readlink(path)}"
        elif path.is_file():
            found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def content_hash(onedir: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDREF_")}
    with tempfile.TemporaryDirectory() as user:
        env["FIELDREF_USER_DIR"] = user
        out = subprocess.run(
            [str(onedir / f"fieldref{EXE_SUFFIX}"), "export", "--json"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            check=True,
        )
    return json.loads(out.stdout)["catalogue"]["content_sha256"]


def compare(a: Path, b: Path) -> bool:
    files_a, files_b = listing(a), listing(b)
    only_a = sorted(set(files_a) - set(files_b))
    only_b = sorted(set(files_b) - set(files_a))
    common = sorted(set(files_a) & set(files_b))
    differing = [name for name in common if files_a[name] != files_b[name]]
    hash_a, hash_b = content_hash(a), content_hash(b)
    same_list = not only_a and not only_b
    same_hash = hash_a == hash_b
    print(f"A: {a}\nB: {b}")
    print(
        f"file list:               {'same' if same_list else 'DIFFERENT'} ({len(files_a)} entries)"
    )
    for name in only_a[:20]:
        print(f"  only in A: {name}")
    for name in only_b[:20]:
        print(f"  only in B: {name}")
    print(f"catalogue content hash:  {'same' if same_hash else 'DIFFERENT'} ({hash_a[:16]}…)")
    catalogue = CATALOGUE.as_posix()
    same_file = files_a.get(catalogue) == files_b.get(catalogue)
    print(f"catalogue.sqlite bytes:  {'identical' if same_file else 'differ'}")
    print(f"byte-identical files:    {len(common) - len(differing)} of {len(common)}")
    for name in differing[:20]:
        print(f"  differs: {name}")
    return same_list and same_hash


def git_bytes(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=True).stdout


def git(*args: str) -> str:
    return git_bytes(*args).decode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    parser.add_argument("--ref", help="build this commit instead of the working tree")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "repro")
    args = parser.parse_args(argv)
    if args.compare:
        return 0 if compare(*args.compare) else 1
    commit = git("rev-parse", args.ref or "HEAD").strip()
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or git("log", "-1", "--format=%ct", commit).strip()
    if args.work.exists():
        shutil.rmtree(args.work)
    snapshot = args.work / "src.tar"
    snapshot.parent.mkdir(parents=True)
    if args.ref:
        what = f"commit {commit[:12]}"
        git_bytes("archive", "--format=tar", f"--output={snapshot}", commit)
    else:
        dirty = bool(git("status", "--porcelain").strip())
        what = f"working tree at {commit[:12]}{' with uncommitted changes' if dirty else ''}"
        files = git("ls-files", "--cached", "--others", "--exclude-standard", "-z").split("\0")
        with tarfile.open(snapshot, "w") as tar:
            for name in sorted(f for f in files if f and (ROOT / f).is_file()):
                tar.add(ROOT / name, arcname=name, recursive=False)
    print(f"{what}; SOURCE_DATE_EPOCH={epoch}, PYTHONHASHSEED=0", flush=True)
    for name in ("a", "b"):
        src = args.work / name / "src"
        src.mkdir(parents=True)
        with tarfile.open(snapshot) as tar:
            tar.extractall(src, filter="data")
        cmd = [
            sys.executable,
            str(src / "packaging" / "build_bundle.py"),
            f"--dist={args.work / name / 'dist'}",
            f"--work={args.work / name / 'work'}",
            f"--stage={args.work / name / 'stage'}",
        ]
        env = dict(os.environ, SOURCE_DATE_EPOCH=epoch)
        subprocess.run(cmd, check=True, cwd=src, env=env, stdout=subprocess.DEVNULL)
    same = compare(
        args.work / "a" / "dist" / "field-reference", args.work / "b" / "dist" / "field-reference"
    )
    print("reproducible" if same else "NOT reproducible")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
