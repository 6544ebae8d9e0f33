"""The system libraries a Linux bundle needs, as Debian package relations.

The spec keeps the desktop stack (X11/xcb, fontconfig, glib, dbus, cups, libstdc++…) out of the
bundle; the system must provide it. This script reads the NEEDED entries of every ELF file in the
onedir folder (with `readelf`, from binutils), drops what the folder itself ships, and maps each
remaining soname to its package through the table below. A soname missing from the table fails
the build: a new system dependency must be declared on purpose, never discovered by an officer.

    python packaging/linux_deps.py dist/field-reference      # prints Depends: / Recommends:
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# soname -> (package relation, why). Alternatives cover Debian 12 / Ubuntu 22.04 and the 64-bit
# time_t renames of Ubuntu 24.04 and Debian 13 (libglib2.0-0t64, libcups2t64).
REQUIRED: dict[str, str] = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libgcc_s.so.1": "libgcc-s1",
    "libstdc++.so.6": "libstdc++6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libzstd.so.1": "libzstd1",
}
# Needed only by optional plugins: Qt skips a plugin whose libraries are missing and carries on
# (no Wayland: it uses X11/XWayland; no CUPS: printing offers PDF only).
RECOMMENDED: dict[str, str] = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libcups.so.2": "libcups2t64 | libcups2",
}
# Not a library: a font with Cyrillic (and Latin) glyphs. fontconfig's own dependency accepts
# Bitstream Vera, which has none; DejaVu (3 MB) also covers Arabic. The app bundles only Noto
# Sans Arabic as a fallback (desktop_app/boot/fonts.py); fonts-noto-core is 42.6 MB installed.
FONTS = "fonts-dejavu-core | fonts-liberation2 | fonts-liberation | fonts-noto-core"
ELF_MAGIC = b"\x7fELF"
NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
GLIBC_VERSION = re.compile(r"\bGLIBC_(\d+)\.(\d+)")


@dataclass(frozen=True)
class Relations:
    depends: list[str]
    recommends: list[str]
    unknown: dict[str, list[str]]  # soname -> files needing it


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def _readelf(*args: str) -> str:
    return subprocess.run(
        ["readelf", "--wide", *args], capture_output=True, text=True, check=True
    ).stdout


def scan(folder: Path) -> tuple[dict[str, list[str]], tuple[int, int]]:
    """Sonames needed from outside the folder (with who needs them) and the newest glibc symbol
    version any file uses."""
    shipped = {p.name for p in folder.rglob("*")}
    outside: dict[str, list[str]] = {}
    glibc = (2, 17)
    for path in elf_files(folder):
        rel = path.relative_to(folder).as_posix()
        for soname in NEEDED.findall(_readelf("--dynamic", str(path))):
            if soname not in shipped:
                outside.setdefault(soname, []).append(rel)
        for major, minor in GLIBC_VERSION.findall(_readelf("--version-info", str(path))):
            glibc = max(glibc, (int(major), int(minor)))
    return outside, glibc


def relations(folder: Path) -> Relations:
    outside, glibc = scan(folder)
    depends: set[str] = set()
    recommends: set[str] = set()
    unknown: dict[str, list[str]] = {}
    for soname, users in sorted(outside.items()):
        if soname in REQUIRED:
            depends.add(REQUIRED[soname])
        elif soname in RECOMMENDED:
            recommends.add(RECOMMENDED[soname])
        else:
            unknown[soname] = users
    depends.discard("libc6")
    return Relations(
        depends=[f"libc6 (>= {glibc[0]}.{glibc[1]})", *sorted(depends), FONTS],
        recommends=sorted(recommends - depends),
        unknown=unknown,
    )


def checked_relations(folder: Path) -> Relations:
    found = relations(folder)
    if found.unknown:
        lines = [
            f"  {name}  (needed by {', '.join(users[:3])})" for name, users in found.unknown.items()
        ]
        raise SystemExit(
            "system libraries with no package declared in packaging/linux_deps.py:\n"
            + "\n".join(lines)
        )
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: linux_deps.py ONEDIR", file=sys.stderr)
        return 2
    found = checked_relations(Path(argv[1]))
    print("Depends:", ", ".join(found.depends))
    print("Recommends:", ", ".join(found.recommends))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
