"""Reading Qt Linguist .ts files and running pyside6-lupdate / lrelease for the language tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import REPO

TS_DIR = REPO / "resources" / "translations"
TEMPLATE = TS_DIR / "field_reference.ts"

Key = tuple[str, str, str]  # context, source, disambiguation comment


@dataclass(frozen=True)
class TsFile:
    language: str
    messages: dict[Key, ET.Element]

    def with_type(self, kind: str) -> set[Key]:
        """Messages whose <translation type="…"> is `kind` (unfinished, obsolete, vanished)."""
        return {key for key, m in self.messages.items() if _type(m) == kind}

    def current(self) -> set[Key]:
        return {k for k, m in self.messages.items() if _type(m) not in ("obsolete", "vanished")}


def _type(message: ET.Element) -> str:
    translation = message.find("translation")
    return (translation.get("type") or "") if translation is not None else ""


def read_ts(path: Path) -> TsFile:
    root = ET.parse(path).getroot()
    messages: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = message
    return TsFile(root.get("language") or "", messages)


def language_files() -> dict[str, Path]:
    """code -> resources/translations/field_reference_<code>.ts"""
    return {
        p.stem.removeprefix("field_reference_"): p
        for p in sorted(TS_DIR.glob("field_reference_*.ts"))
    }


def qt_tool(name: str) -> str | None:
    """pyside6-lupdate / pyside6-lrelease of this interpreter's environment, or on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.is_file() else shutil.which(name)


def fresh_template(tmp: Path, lupdate: str) -> TsFile:
    """What pyside6-lupdate extracts from the sources now."""
    sources = sorted(str(p) for p in (REPO / "desktop_app").rglob("*.py"))
    target = tmp / "fresh.ts"
    subprocess.run(
        [lupdate, *sources, "-ts", str(target)], check=True, capture_output=True, timeout=180
    )
    return read_ts(target)


def compile_qm(lrelease: str, ts: Path, qm: Path) -> None:
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)


def unfinished_languages() -> dict[str, int]:
    """code -> number of unfinished messages, for languages not yet fully translated."""
    counts = {code: len(read_ts(p).with_type("unfinished")) for code, p in language_files().items()}
    return {code: n for code, n in counts.items() if n}
