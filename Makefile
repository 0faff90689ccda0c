# Two commands on a fresh machine: `make run` and `make test`. Nothing but python3 and make needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 5000
PO     := $(wildcard tracker/translations/*/LC_MESSAGES/messages.po)
MO     := $(PO:.po=.mo)

.PHONY: run test lint format translations extract clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $@

%.mo: %.po $(VENV)/.installed
	$(BIN)/pybabel -q compile -i $< -o $@

translations: $(MO)

run: $(VENV)/.installed translations
	$(BIN)/tracker db upgrade
	$(BIN)/tracker demo
	$(BIN)/tracker serve --host 127.0.0.1 --port $(PORT)

test: $(VENV)/.installed translations browser-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Chromium (Debian's) and axe-core (npm) for tests/browser; idempotent.
.PHONY: browser-deps
browser-deps:
	bash scripts/install-browser.sh

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the message catalogue after changing user-visible text.
extract: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -o tracker/translations/messages.pot .
	$(BIN)/pybabel update -i tracker/translations/messages.pot -d tracker/translations

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache
