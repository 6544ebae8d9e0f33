"""Errors from the Qt-free core reach the officer in the interface language, chosen by their
class or errno (never by parsing the English), with the English detail as a bidi island."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from db import EntryNotFound
from db.userstore.opening import UserStoreError
from desktop_app.i18n.errors import BUG, ERRNOS, FAMILIES, SETTINGS, explained, said
from desktop_app.i18n.languages import FSI, PDI
from desktop_app.library.failures import one_line
from tests.gui.test_languages import LRELEASE
from tests.ts_files import compile_qm

pytestmark = pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease is not installed")
SENTENCES = [text for _family, text in FAMILIES] + [*set(ERRNOS.values()), BUG, SETTINGS]


@pytest.fixture
def french(qapp, tmp_path: Path) -> Iterator[None]:
    messages = "".join(
        f"<message><source>{s}</source><translation>FR {s}</translation></message>"
        for s in SENTENCES
    )
    ts = tmp_path / "errors_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        f"<context><name>Errors</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    assert LRELEASE is not None
    compile_qm(LRELEASE, ts, ts.with_suffix(".qm"))
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_in_english_the_line_is_exactly_the_cores(qapp):
    exc = UserStoreError("database is locked")
    assert said(exc) == one_line(exc) == "database is locked"


def test_a_family_is_said_in_the_language_with_the_detail_isolated(french):
    assert (
        said(UserStoreError("database is locked"))
        == f"FR Your notes and bookmarks are unavailable: {FSI}database is locked{PDI}"
    )
    assert said(EntryNotFound("no entry 'x'")).startswith("FR That entry is not in this catalogue")


def test_the_environment_is_said_by_errno(french):
    full = OSError(errno.ENOSPC, "No space left on device", "/media/stick/notes")
    assert said(full).startswith("FR The disk is full: ")
    assert said(OSError(errno.EROFS, "Read-only file system")).startswith(
        "FR The disk is read-only"
    )


def test_a_bug_is_said_as_one_and_a_text_problem_gets_its_sentence(french):
    assert said(ValueError("boom")).startswith(f"FR {BUG}: {FSI}Something went wrong (ValueError")
    assert explained(SETTINGS, "settings.ini: a FIFO").startswith("FR Window settings")
