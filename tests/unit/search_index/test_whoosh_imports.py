"""Whoosh loads without urllib.request and asyncio, and nothing else notices the stand-ins."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
HEAVY = ("urllib.request", "asyncio", "ssl", "http.client", "email.parser", "whoosh.lang.morph_en")


def run(script: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    return result.stdout.strip()


def test_the_searcher_loads_without_the_network_and_asyncio_modules():
    out = run(
        "import sys\n"
        "from search_index.whoosh_imports import load_whoosh\n"
        "load_whoosh()\n"
        "import search_index.searcher\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    assert out == "[]"


def test_the_stand_ins_leave_and_the_real_modules_still_import():
    out = run(
        "import sys\n"
        "from search_index.whoosh_imports import load_whoosh\n"
        "load_whoosh()\n"
        "import urllib.request, cached_property, whoosh.compat\n"
        "print(hasattr(urllib.request, 'urlopen'),"
        " hasattr(cached_property, 'threaded_cached_property'),"
        " whoosh.compat.urlretrieve.__module__)\n"
    )
    assert out == "True True search_index.whoosh_imports"


def test_the_cached_property_whoosh_uses_still_caches(tmp_path: Path):
    out = run(
        "from search_index.whoosh_imports import load_whoosh\n"
        "load_whoosh()\n"
        "from whoosh import fields, index\n"
        f"ix = index.create_in({str(tmp_path)!r}, fields.Schema(t=fields.TEXT(stored=True)))\n"
        "w = ix.writer(); w.add_document(t='alpha'); w.add_document(t='beta'); w.commit()\n"
        "w = ix.writer(); w.delete_by_term('t', 'alpha'); w.commit(merge=False)\n"
        "r = ix.reader()\n"
        "first = r.deleted_docs_set\n"
        "print(sorted(first), r.deleted_docs_set is first, 'deleted_docs_set' in vars(r))\n"
    )
    assert out == "[0] True True"


def test_a_module_already_loaded_is_left_alone():
    out = run(
        "import urllib.request\n"
        "from search_index.whoosh_imports import load_whoosh\n"
        "load_whoosh()\n"
        "import whoosh.compat\n"
        "print(whoosh.compat.urlretrieve is urllib.request.urlretrieve)\n"
    )
    assert out == "True"


def test_a_variations_query_still_finds_the_other_forms(tmp_path: Path):
    out = run(
        "import sys\n"
        "from search_index.whoosh_imports import load_whoosh\n"
        "load_whoosh()\n"
        "from whoosh import fields, index\n"
        "from whoosh.query import Variations\n"
        f"ix = index.create_in({str(tmp_path)!r}, fields.Schema(t=fields.TEXT(stored=True)))\n"
        "w = ix.writer(); w.add_document(t='the officers'); w.commit()\n"
        "with ix.searcher() as s:\n"
        "    found = len(s.search(Variations('t', 'officer')))\n"
        "print(found, 'whoosh.lang.morph_en' in sys.modules)\n"
    )
    assert out == "1 True"
