# Every target bootstraps .venv from a bare python3; nothing is installed by hand.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
DATA   := build/catalogue
SOURCES := $(shell find resources -type f -not -name '*.qm' 2>/dev/null)

# The venv is stamped with the exact interpreter that made it: `make PYTHON=python3.13 test` after
# a 3.11 run rebuilds .venv instead of failing until `make clean`.
PYVER := $(shell $(PYTHON) -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null)
ifeq ($(PYVER),)
$(error PYTHON=$(PYTHON) does not run; install Python 3.11 or newer or pass PYTHON=/path/to/python3)
endif
STAMP := $(VENV)/.installed-$(PYVER)

.PHONY: run test install build lint bench bench-publish clean translations qm gazetteer

# whoosh/support/pyparsing.py is an unused vendored copy (nothing in whoosh imports it) whose
# escape sequences Python 3.12+ rejects; the rest of whoosh must compile with warnings as errors.
WHOOSH_SKIP := 'whoosh/support/pyparsing[.]py'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	    { echo "setup: Python $(PYVER) is too old; Field Reference needs 3.11 or newer" >&2; exit 1; }
	@if [ -x $(PY) ] && [ "$$($(PY) -c 'import platform; print(platform.python_version())' 2>/dev/null)" != "$(PYVER)" ]; then \
	    echo "setup: .venv was made by another Python; rebuilding it with $(PYVER)"; rm -rf $(VENV); fi
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]' || \
	    { echo "setup: pip could not install the dependencies (see above)" >&2; exit 1; }
	@$(PY) -W error::SyntaxWarning -m compileall -q -f -x $(WHOOSH_SKIP) \
	    "$$($(PY) -c 'import os, whoosh; print(os.path.dirname(whoosh.__file__))')" || \
	    { echo "setup: the installed whoosh does not compile cleanly on Python $(PYVER) (see above)" >&2; exit 1; }
	rm -f $(VENV)/.installed*
	touch $@

install: $(STAMP)

$(DATA)/catalogue.sqlite: $(STAMP) $(SOURCES)
	$(VENV)/bin/fieldref build

build: $(DATA)/catalogue.sqlite

run: build qm
	$(PY) -m desktop_app

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# tests/unit/i18n/test_translation_files.py fails while a language has unfinished messages
test: lint qm
	$(PY) -m pytest -q -p no:cacheprovider

# Interface languages (desktop_app/i18n/languages.py). `make translations` brings the template
# and every language file up to date with the sources (new strings added as unfinished, vanished
# ones dropped, translations kept); translators fill the language files in Qt Linguist. `make qm`
# compiles them with pyside6-lrelease (statistics printed); .qm files are build products.
LANGS   := fr ar ru es pt
TS_DIR  := resources/translations
TS      := $(TS_DIR)/field_reference.ts $(LANGS:%=$(TS_DIR)/field_reference_%.ts)
QM      := $(LANGS:%=$(TS_DIR)/field_reference_%.qm)

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations relative \
	    $$(find desktop_app -name '*.py' | sort) -ts $(TS)

$(TS_DIR)/field_reference_%.qm: $(TS_DIR)/field_reference_%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease $< -qm $@

qm: $(QM)

# Results go to build/bench/ (the tracked tree stays clean); `make bench-publish` copies them over
# docs/benchmarks.md when they are worth committing.
BENCH_DIR := build/bench

bench: build
	mkdir -p $(BENCH_DIR) && cp docs/benchmarks.md $(BENCH_DIR)/benchmarks.md
	FIELDREF_BENCH_DIR=$(BENCH_DIR) $(PY) -m tests.bench.run_bench
	FIELDREF_BENCH_DIR=$(BENCH_DIR) $(PY) -m tests.bench.startup_bench
	FIELDREF_BENCH_DIR=$(BENCH_DIR) $(PY) -m tests.bench.lag_bench
	@echo "bench: report in $(BENCH_DIR)/benchmarks.md ('make bench-publish' copies it to docs/)"

# the compact country gazetteer, compiled from pycountry (a dev tool) and resources/gazetteer/*.toml;
# commit the result (a test fails when it is stale)
gazetteer: $(STAMP)
	$(PY) -c 'from search_index.gazetteer import regenerate; print("wrote", regenerate())'

bench-publish:
	cp $(BENCH_DIR)/benchmarks.md docs/benchmarks.md

clean:
	rm -rf build dist $(VENV) *.egg-info

# ---- Packaging (packaging/README.md). `make test` never needs any of this. ----
BUNDLE_STAMP := $(VENV)/.bundle-installed
ONEDIR       := dist/field-reference

.PHONY: bundle installers test-bundle repro-check startup-compare

$(BUNDLE_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev,bundle]'
	touch $@

# dist/field-reference/: the PyInstaller onedir with `field-reference` (GUI) and `fieldref` (CLI)
bundle: $(BUNDLE_STAMP) qm
	$(PY) packaging/build_bundle.py

# Linux: dist/*.deb and the portable dist/*.tar.gz; macOS: dist/*.dmg (Windows: see release.yml)
installers: bundle
	@if [ "$$(uname -s)" = Darwin ]; then packaging/macos/make_dmg.sh; \
	else $(PY) packaging/linux_packages.py; fi

# smoke tests of the built bundle (and of the installers, when they are in dist/)
test-bundle: $(BUNDLE_STAMP)
	@test -x $(ONEDIR)/field-reference || $(MAKE) bundle
	FIELDREF_BUNDLE=$(ONEDIR) $(PY) -m pytest -q -p no:cacheprovider tests/e2e/test_bundle.py

# two clean builds of the sources (git-known files of the working tree): same file list and
# catalogue content hash; `packaging/repro_check.py --ref TAG` does the same for a commit
repro-check: $(BUNDLE_STAMP)
	$(PY) packaging/repro_check.py

# warm start of the bundle against a bare PySide6 window (source and frozen), medians
startup-compare: $(BUNDLE_STAMP)
	@test -x $(ONEDIR)/field-reference || $(MAKE) bundle
	$(PY) packaging/startup_compare.py --bundle $(ONEDIR)
