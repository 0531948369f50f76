# Paralelo: two set-up commands, `make run` and `make test`.
# Both bootstrap .venv themselves; nothing here needs network at run time.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.paralelo-installed
ARGOS := argostranslate==1.11.0
DEBIAN_TEST_PKGS := apertium apertium-eng-spa xvfb xauth libegl1 libgl1 libxkbcommon0 \
	libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core \
	desktop-file-utils appstream x11-utils shared-mime-info util-linux

.PHONY: run test venv debian-deps lint bench package clean i18n screenshots

$(PY):
	$(PYTHON) -m venv $(VENV)

# Lean install: every runtime dependency from requirements/, then argostranslate
# and Paralelo itself with --no-deps so stanza, spacy and torch never arrive.
$(STAMP): $(PY) pyproject.toml requirements/app.txt requirements/dev.txt requirements/cluster.txt
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements/dev.txt
	$(PY) -m pip install -q --no-deps $(ARGOS) -e .
	touch $@

venv: $(STAMP)

# Debian packages the tests need (Apertium for real translations, Xvfb for
# real-window screenshots, Qt's X11 libraries). Only when run as root.
debian-deps:
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		missing=""; for p in $(DEBIAN_TEST_PKGS); do \
			dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
		if [ -n "$$missing" ]; then \
			echo "Installing Debian packages:$$missing"; \
			apt-get update -q >/dev/null && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing >/dev/null; \
		fi; \
	else echo "Not root: skipping Debian packages ($(DEBIAN_TEST_PKGS))"; fi

run: $(STAMP)
	$(PY) -m paralelo --seed

test: $(STAMP) debian-deps
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests
	$(VENV)/bin/mypy
	PYTHONPATH=desktop $(VENV)/bin/lint-imports --no-cache

bench: $(STAMP)
	$(PY) -m pytest tests/benchmarks -s -p no:cacheprovider -o addopts=""

package: $(STAMP)
	$(PY) -m pip install -q "pyinstaller>=6.5"
	$(PY) packaging/build.py $(if $(MODELS),--models $(MODELS))

clean:
	rm -rf build dist .pytest_cache desktop/paralelo.egg-info

# Interface translations: extract strings (the window's and the core's messages),
# fill the Spanish wording, compile .qm.
i18n: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete desktop/paralelo/gui/*.py \
		-ts resources/i18n/paralelo_es.ts resources/i18n/paralelo_en.ts
	$(PY) resources/i18n/core_strings.py
	$(PY) resources/i18n/fill_ts.py
	$(VENV)/bin/pyside6-lrelease resources/i18n/paralelo_es.ts resources/i18n/paralelo_en.ts

# README screenshots of the seed session under Xvfb (light and dark).
screenshots: $(STAMP)
	$(PY) tests/gui/take_screenshots.py docs/screenshots
