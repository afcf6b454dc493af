# funnelkit: the course and the library.
# Two commands for a fresh machine (Python, pip and make only):
#   make lab    create .venv, install the course and open it in JupyterLab
#   make test   create .venv, install everything and run the whole test suite

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
LANGS  := en de zh-Hant ms nl ru
JOBS   ?= 2
STAMP  := $(VENV)/.installed
LINTED := funnelkit funnelcourse tests tools benchmarks

.PHONY: lab test install browser-deps slides-deps lint datasets catalogs lessons slides \
        translations-status bench typecheck help

help:
	@echo "make lab                 open the course in JupyterLab"
	@echo "make test                run the whole test suite (unit, notebooks, catalogs, browser)"
	@echo "make datasets            regenerate the bundled datasets from the simulator (byte for byte)"
	@echo "make catalogs            extract messages and update every PO catalog"
	@echo "make lessons             build and execute all notebooks in every language"
	@echo "make slides              build offline reveal.js slides of every lesson (slides/<lang>/)"
	@echo "make translations-status table of translation progress"
	@echo "make lint                ruff on the library, the course package, tools and tests"
	@echo "make typecheck           mypy (with pandas-stubs) on the library and the course package"
	@echo "make bench               run the benchmarks (ratios, not unit tests)"

$(STAMP): pyproject.toml requirements/constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c requirements/constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

lab: install
	$(VENV)/bin/jupyter lab lessons/

# Install a Debian package (as root, or through sudo): $(call apt_install,PACKAGE)
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
apt_install = { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(1) >/dev/null; }

# Debian's chromium drives the real-browser tests (never playwright's own browser download).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || $(call apt_install,chromium)

# reveal.js for the offline slides, pinned in tools/reveal/package-lock.json (npm registry).
REVEAL := tools/reveal/node_modules/reveal.js/package.json
$(REVEAL): tools/reveal/package.json tools/reveal/package-lock.json
	@command -v npm >/dev/null 2>&1 || $(call apt_install,npm)
	npm ci --prefix tools/reveal --no-audit --no-fund --silent
	touch $(REVEAL)

slides-deps: $(REVEAL)

# Lint and type checks, then unit, property and doctest tests, catalog and staleness checks,
# nbval on every notebook (real comparison mode), and the real-browser test.
test: install browser-deps slides-deps
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest -n $(JOBS) --dist loadfile --doctest-modules \
	  --nbval --nbval-sanitize-with lessons/nbval-sanitize.cfg \
	  funnelkit funnelcourse tools tests lessons exercises instructors


lint: install
	$(VENV)/bin/ruff check $(LINTED)

typecheck: install
	$(VENV)/bin/mypy

datasets: install
	$(PY) tools/make_datasets.py

catalogs: install
	$(PY) -m tools.catalogs update

lessons: install
	$(PY) -m tools.lessons build

slides: install slides-deps
	$(PY) -m tools.slides build

translations-status: install
	@$(PY) -m tools.catalogs status

bench: install
	$(PY) benchmarks/bench_import.py
	$(PY) benchmarks/bench_events.py
	$(PY) benchmarks/bench_widgets.py
