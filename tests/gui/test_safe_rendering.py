"""Catalogue text is data: hostile bodies render as inert text (docs/architecture.md §7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from db import build_catalogue
from desktop_app.paths import resolve_paths
from desktop_app.reading.entry_view import EntryView
from desktop_app.reading.navigation import Location
from tests.gui.conftest import open_window
from tests.helpers import TINY_ENTRIES, write_source

HOSTILE = (
    '<img src="file:///dev/urandom"> <a href="file:///etc/passwd">passwords</a> '
    "<script>alert('x')</script> <iframe src=http://example.invalid></iframe> "
    "<style>body{display:none}</style> &amp; &lt;b&gt; javascript:alert(1) "
)


@pytest.fixture
def hostile_window(qtbot, tmp_path: Path):
    entries = {k: dict(v) for k, v in TINY_ENTRIES.items()}
    entries["college"]["body"] = HOSTILE + "x" * 50_000
    entries["college"]["title"] = "College <b>bold</b>"
    build_catalogue(write_source(tmp_path / "src", entries), tmp_path / "data")
    window, backend = open_window(qtbot, resolve_paths(data_dir=tmp_path / "data"))
    yield window
    window.close()
    backend.close()


def test_hostile_entry_renders_as_plain_text(qtbot, hostile_window):
    loaded: list[str] = []
    view = hostile_window.entry_view
    original = view.loadResource

    def spy(kind: int, name: QUrl) -> object:
        loaded.append(name.toString())
        return original(kind, name)

    view.loadResource = spy  # type: ignore[method-assign]
    assert hostile_window.open_location(Location("entry", "college"))
    text = view.toPlainText()
    assert '<img src="file:///dev/urandom">' in text
    assert "<script>alert('x')</script>" in text
    assert "College <b>bold</b>" in text
    assert hostile_window.windowTitle() == "College <b>bold</b> — Field Reference"
    html = view.toHtml()
    assert "<img" not in html.replace("&lt;img", "")
    assert "file:///etc/passwd" not in [a for a in _anchors(view.document())]
    assert loaded == []  # nothing was fetched on the entry's behalf
    assert len(text) > 50_000


def _anchors(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                found.append(fragment.charFormat().anchorHref())
            iterator += 1
        block = block.next()
    return found


def test_only_internal_links_exist_and_foreign_ones_do_nothing(qtbot, hostile_window):
    hostile_window.open_location(Location("entry", "college"))
    links = _anchors(hostile_window.entry_view.document())
    assert links and all(link.startswith("entry:") for link in links)
    before = hostile_window.windowTitle()
    with qtbot.assertNotEmitted(hostile_window.entry_view.sig_navigate):
        for url in (
            "file:///etc/passwd",
            "http://example.invalid/",
            "javascript:alert(1)",
            "entry:../../etc",
            "entry:",
            "region:africa",
        ):
            hostile_window.entry_view.anchorClicked.emit(QUrl(url))
    assert hostile_window.windowTitle() == before


def test_entry_view_never_follows_links_itself(qtbot):
    view = EntryView()
    qtbot.addWidget(view)
    assert not view.openLinks() and not view.openExternalLinks()
    blank = view.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("file:///dev/urandom")
    )
    assert (blank.width(), blank.height()) == (1, 1)  # a placeholder, never the file
    assert (
        view.loadResource(QTextDocument.ResourceType.HtmlResource.value, QUrl("file:///etc/passwd"))
        is None
    )
