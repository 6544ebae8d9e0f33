# Every target bootstraps .venv from a bare python3; nothing is installed by hand.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DATA   := build/catalogue
SOURCES := $(shell find resources -type f 2>/dev/null)

.PHONY: run test install build lint bench clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -W error::SyntaxWarning -m compileall -q -f \
	    "$$($(PY) -c 'import os, whoosh; print(os.path.dirname(whoosh.__file__))')" > /dev/null
	touch $@

install: $(STAMP)

$(DATA)/catalogue.sqlite: $(STAMP) $(SOURCES)
	$(VENV)/bin/fieldref build

build: $(DATA)/catalogue.sqlite

run: build
	$(PY) -m desktop_app

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q -p no:cacheprovider

# the translation template: copy to field_reference_<lang>.ts, translate in Qt Linguist,
# compile with pyside6-lrelease into resources/translations/ (loaded by the UI locale)
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate desktop_app/*.py -ts resources/translations/field_reference.ts

bench: build
	$(PY) -m tests.bench.run_bench
	$(PY) -m tests.bench.startup_bench

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
bundle: $(BUNDLE_STAMP)
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
