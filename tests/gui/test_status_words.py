"""Words a person would use (issue 13): the status bar counts results in words with plurals,
and a note hit is never shown under a bare "No entries match"."""

from __future__ import annotations

from desktop_app.i18n.dates import day
from desktop_app.mainwindow.main_window import MainWindow
from tests.gui.test_main_window import type_search


def test_status_counts_kinds_in_words(qtbot, window: MainWindow):
    window.focus_search()
    type_search(qtbot, window, "migration")
    text = window.status_results.text()
    assert text.endswith(")") and " results (" in text, text
    facets = text[text.index("(") + 1 : -1].split(" · ")
    for part in facets:
        number, word = part.split(" ", 1)
        assert number.isdigit()
        assert word in (
            {"introduction", "field", "initiative", "dialogue"}
            if number == "1"
            else {"introductions", "fields", "initiatives", "dialogues"}
        ), text
    assert " ms" not in text  # the timing is in the tooltip, not in the officer's way


def test_one_result_and_singular_kind(qtbot, window: MainWindow):
    window.focus_search()
    type_search(qtbot, window, "asylum and protection")
    assert window.status_results.text() == "1 result (1 field)"


def test_note_hit_is_not_under_no_entries_match(qtbot, window: MainWindow):
    window.library.store.save_note("research", "met the zephyrine delegation today")
    window.actions_.action("search_notes").setChecked(True)
    window.focus_search()
    type_search(qtbot, window, "zephyrine")
    assert window.results_model.rowCount() == 1
    assert window.status_results.text() == "No results · 1 of your notes"
    line = window.correction.text()
    assert line == "No entries match “zephyrine” · 1 of your notes does", line
    snippet = window.results_model.hit(0).snippet
    assert snippet.startswith("My note: ")
    assert "<mark>zephyrine</mark>" in snippet, snippet  # the word is marked, not the label


def test_about_names_the_source_of_the_content_and_its_date(window: MainWindow):
    about = window.about_text()
    info = window.library.catalogue.info
    assert f"Content: “{info.title}”" in about
    assert "ICMPD" in about and "fields of expertise" in about
    assert f"Data as of {day(info.data_as_of, long=True)}" in about  # as the language writes it
    assert "http" not in about  # no invented address
