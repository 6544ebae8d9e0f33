# Every target bootstraps .venv from a bare python3; nothing is installed by hand.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DATA   := build/catalogue
SOURCES := $(shell find resources -type f 2>/dev/null)

.PHONY: run test install build lint bench clean

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

bench: build
	$(PY) -m tests.bench.run_bench
	$(PY) -m tests.bench.startup_bench

clean:
	rm -rf build dist $(VENV) *.egg-info
