"""The translation files match the code: `make test` fails when pyside6-lupdate finds a visible
string missing from the template or from a language file, when a file keeps an obsolete message,
or when a language still has unfinished messages (`make translations` adds new strings as
unfinished; translators finish them in Qt Linguist). Skipped only when lupdate is unavailable."""

from __future__ import annotations

import pytest

from desktop_app.i18n.languages import TRANSLATED
from tests.ts_files import TEMPLATE, fresh_template, language_files, qt_tool, read_ts

LUPDATE = qt_tool("pyside6-lupdate")
pytestmark = [
    pytest.mark.translations,  # `pytest -m translations` runs this check alone
    pytest.mark.skipif(
        LUPDATE is None, reason="pyside6-lupdate is not installed: the translation check cannot run"
    ),
]
FILES = {"template": TEMPLATE} | language_files()


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str]]:
    assert LUPDATE is not None
    return fresh_template(tmp_path_factory.mktemp("lupdate"), LUPDATE).current()


def test_every_shipped_language_has_a_file():
    assert sorted(language_files()) == sorted(TRANSLATED)


def test_no_string_is_extracted_without_a_context(extracted):
    """A bare tr() outside a class lands in a nameless context that nothing looks up."""
    assert {source for context, source, _ in extracted if not context} == set()


@pytest.mark.parametrize("name", list(FILES))
def test_every_extracted_string_is_in_the_file(name: str, extracted):
    missing = extracted - read_ts(FILES[name]).current()
    assert not missing, f"run `make translations`: {len(missing)} new, e.g. {sorted(missing)[:3]}"


@pytest.mark.parametrize("name", list(FILES))
def test_the_file_has_no_obsolete_message(name: str, extracted):
    ts = read_ts(FILES[name])
    stale = ts.with_type("obsolete") | ts.with_type("vanished") | (ts.current() - extracted)
    assert not stale, f"run `make translations`: {len(stale)} gone, e.g. {sorted(stale)[:3]}"


@pytest.mark.parametrize("code", sorted(TRANSLATED))
def test_the_language_has_no_unfinished_message(code: str):
    unfinished = read_ts(language_files()[code]).with_type("unfinished")
    assert not unfinished, f"{code}: {len(unfinished)} unfinished, e.g. {sorted(unfinished)[:2]}"


def test_numerus_messages_have_every_plural_form():
    """A `%n` message needs the language's plural forms (Arabic six, Russian three)."""
    for code, path in language_files().items():
        for key, message in read_ts(path).messages.items():
            if message.get("numerus") != "yes":
                continue
            forms = [f.text for f in message.iter("numerusform")]
            finished = message.find("translation").get("type") is None  # type: ignore[union-attr]
            assert not finished or all(forms), f"{code} {key}: an empty plural form"
