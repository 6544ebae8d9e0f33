"""Linux installers from the onedir bundle: a .deb and a portable .tar.gz (`make installers`).

    python packaging/linux_packages.py [--onedir dist/field-reference] [--out dist]

.deb  `dpkg-deb` package: the bundle under /opt/field-reference, `field-reference` and `fieldref`
      on PATH (/usr/bin links), a desktop entry with SVG and PNG icons, the system libraries as
      Depends/Recommends (packaging/linux_deps.py), the version from pyproject.toml.
.tar.gz  one folder that runs from anywhere. It holds a `portable` marker, so user data stays in
      field-reference-data/ beside the program (delete the marker to use the home folder).

Both are reproducible: every timestamp is SOURCE_DATE_EPOCH (the commit time by default), owners
are root, permissions normalised, entries sorted.
"""

from __future__ import annotations

import argparse
import gzip
import math
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_bundle import source_date_epoch
from linux_deps import checked_relations

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
PACKAGE = "field-reference"
INSTALL_DIR = Path("opt") / PACKAGE
MAINTAINER = os.environ.get(
    "FIELDREF_MAINTAINER", "Field Reference maintainers <field-reference@icmpd.invalid>"
)
PORTABLE_README = """\
Field Reference {version} - portable

Start it with ./field-reference (the GUI) or ./fieldref (the command line).

This folder runs from anywhere: a USB stick, your home folder, a shared drive. Because the file
named "portable" is here, your bookmarks, notes, settings and search index are kept in
field-reference-data/ beside the program and travel with the folder. Delete "portable" to keep
them in your user profile instead (~/.local/share/field-reference).

Needs a desktop Linux with glibc {glibc} or newer and the usual X11/Wayland libraries; on a
minimal Debian or Ubuntu: sudo apt-get install {packages}
"""


def project() -> dict[str, str]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def deb_architecture() -> str:
    try:
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def normalise(tree: Path, epoch: int) -> None:
    """Root-owned-looking modes and one timestamp for everything under tree."""
    for path in sorted(tree.rglob("*"), reverse=True):
        if path.is_symlink():
            os.utime(path, (epoch, epoch), follow_symlinks=False)
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)
        os.utime(path, (epoch, epoch))
    tree.chmod(0o755)
    os.utime(tree, (epoch, epoch))


def tree_kib(tree: Path) -> int:
    total = 0
    for path in tree.rglob("*"):
        total += 1 if path.is_symlink() or path.is_dir() else math.ceil(path.stat().st_size / 1024)
    return total


def build_deb(onedir: Path, out_dir: Path, version: str, work: Path) -> Path:
    meta = project()
    relations = checked_relations(onedir)
    arch = deb_architecture()
    epoch = int(source_date_epoch())
    root = work / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(onedir, root / INSTALL_DIR, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("field-reference", "fieldref"):
        (bin_dir / name).symlink_to(Path("/") / INSTALL_DIR / name)
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX / "field-reference.desktop", share / "applications")
    icon_dirs = {
        "scalable": ICONS / "field-reference.svg",
        "256x256": ICONS / "field-reference.png",
        "48x48": ICONS / "field-reference-48.png",
    }
    for size, source in icon_dirs.items():
        target = share / "icons" / "hicolor" / size / "apps"
        target.mkdir(parents=True)
        shutil.copy2(source, target / f"{PACKAGE}{source.suffix}")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        f"Field Reference {version}\nCopyright: ICMPD\nLicense: {meta['license']['text']}\n\n"
        "Bundled: Qt 6 and PySide6 (LGPL-3.0), Python (PSF-2.0), SQLAlchemy (MIT),\n"
        "Whoosh-Reloaded (BSD-2-Clause), platformdirs (MIT).\n",
        encoding="utf-8",
    )
    control_dir = root / "DEBIAN"
    control_dir.mkdir()
    fields = {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(tree_kib(root) - 1),
        "Depends": ", ".join(relations.depends),
        "Recommends": ", ".join(relations.recommends),
        "Section": "misc",
        "Priority": "optional",
        "Description": f"{meta['description']}\n"
        " A Qt desktop app that opens in under a second with no network: the catalogue of\n"
        " fields of expertise by region, search as you type, bookmarks, notes and briefings.\n"
        " Installs under /opt/field-reference; `fieldref` is its command line.",
    }
    control = "".join(f"{key}: {value}\n" for key, value in fields.items() if value)
    (control_dir / "control").write_text(control, encoding="utf-8")
    normalise(root, epoch)
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    cmd = [
        "dpkg-deb",
        "--root-owner-group",
        "-Zxz",
        "-z9",
        "-Sextreme",
        "--build",
        str(root),
        str(deb),
    ]
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch))
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    return deb


def _tarinfo(epoch: int):
    def reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = epoch
        if info.isdir() or info.mode & 0o111:
            info.mode = 0o755
        elif not info.issym():
            info.mode = 0o644
        return info

    return reset


def build_tarball(onedir: Path, out_dir: Path, version: str, work: Path) -> Path:
    relations = checked_relations(onedir)
    epoch = int(source_date_epoch())
    machine = os.uname().machine
    top = f"{PACKAGE}-{version}"
    stage = work / "tar-root" / top
    if stage.parent.exists():
        shutil.rmtree(stage.parent)
    shutil.copytree(onedir, stage, symlinks=True)
    (stage / "portable").write_text("", encoding="utf-8")
    glibc = relations.depends[0].split(">=")[1].strip(" )")
    packages = sorted({p.split(" ")[0] for p in relations.depends[1:]})
    (stage / "README.txt").write_text(
        PORTABLE_README.format(version=version, glibc=glibc, packages=" ".join(packages)),
        encoding="utf-8",
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    tarball = out_dir / f"{PACKAGE}-{version}-linux-{machine}.tar.gz"
    reset = _tarinfo(epoch)
    with (
        tarball.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=epoch) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        tar.add(stage, arcname=top, recursive=False, filter=reset)
        for path in sorted(stage.rglob("*")):
            tar.add(
                path,
                arcname=f"{top}/{path.relative_to(stage).as_posix()}",
                recursive=False,
                filter=reset,
            )
    return tarball


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onedir", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "installers")
    parser.add_argument("--skip-deb", action="store_true", help="only the .tar.gz")
    args = parser.parse_args(argv)
    if not (args.onedir / PACKAGE).is_file():
        print(f"{args.onedir / PACKAGE} not found: run 'make bundle' first", file=sys.stderr)
        return 2
    version = project()["version"]
    built = []
    if not args.skip_deb:
        built.append(build_deb(args.onedir, args.out, version, args.work))
    built.append(build_tarball(args.onedir, args.out, version, args.work))
    for path in built:
        print(f"{path}: {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
