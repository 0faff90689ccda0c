# Two commands on a fresh machine: `make run` and `make test`. Nothing but python3 and make needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 5000
# Tests run in parallel, one pytest-xdist worker per core; PYTEST_WORKERS=0 runs them in one process.
PYTEST_WORKERS ?= auto
PO     := $(wildcard tracker/translations/*/LC_MESSAGES/messages.po)
MO     := $(PO:.po=.mo)

.PHONY: run serve test lint format translations extract clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $@

%.mo: %.po $(VENV)/.installed
	$(BIN)/pybabel -q compile -i $< -o $@

translations: $(MO)

run: $(VENV)/.installed translations ocr-deps
	$(BIN)/tracker db upgrade
	$(BIN)/tracker demo
	$(BIN)/tracker serve --host 127.0.0.1 --port $(PORT)

test: $(VENV)/.installed translations browser-deps ocr-deps lint
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)
	$(MAKE) --no-print-directory test-postgres

# The whole suite again on PostgreSQL: Debian's postgresql, installed (as root) and started on
# 127.0.0.1 by scripts/test-postgres.sh, a fresh cluster per run. In CI it must work.
.PHONY: test-postgres
test-postgres: $(VENV)/.installed translations
	@url=$$(bash scripts/test-postgres.sh start) || { \
	  if [ -n "$$CI" ]; then echo "PostgreSQL kunne ikke startes." >&2; exit 1; fi; \
	  echo "PostgreSQL kunne ikke installeres her: testene er kun kørt på SQLite."; exit 0; }; \
	echo "Testene igen på PostgreSQL ($$url)"; \
	TEST_DATABASE_URL=$$url TEST_MIGRATE_DATABASE_URL=$${url%/*}/tracker_migrate \
	  $(BIN)/python -m pytest -n $(PYTEST_WORKERS) -m "not browser" $(PYTEST_ARGS); status=$$?; \
	bash scripts/test-postgres.sh stop; exit $$status

# The two ways a secretary once became admin through "merge duplicates", tried end to end against
# gunicorn on a PostgreSQL of its own (scripts/attack_merge.py); exits non-zero if one works.
.PHONY: attack-merge
attack-merge: $(VENV)/.installed translations
	$(BIN)/python scripts/attack_merge.py

# Production-style serving: gunicorn with several workers plus one scheduler process.
serve: $(VENV)/.installed translations
	bash scripts/serve.sh

# Chromium (Debian's) and axe-core (npm) for tests/browser; idempotent.
.PHONY: browser-deps
browser-deps:
	bash scripts/install-browser.sh

# Tesseract with Danish (Debian's) for scanned referater; idempotent, only reported without root.
.PHONY: ocr-deps
ocr-deps:
	bash scripts/install-ocr.sh

# ruff, and import-linter's contracts (pyproject.toml): the areas' one-way dependencies.
lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the message catalogue after changing user-visible text.
extract: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -o tracker/translations/messages.pot .
	$(BIN)/pybabel update -i tracker/translations/messages.pot -d tracker/translations

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache
