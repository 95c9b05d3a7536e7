# Leerplatform Kind en Gezin — `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Template folders that djhtml keeps indented, two spaces a level (the project's and each room's own).
TEMPLATE_DIRS := templates $(wildcard */templates)

.DEFAULT_GOAL := help
.PHONY: help install run test lint format bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

.stamp-python: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $@

.stamp-node: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

install: .stamp-python .stamp-node ## Create .venv and install Python and front-end packages

run: install ## Migrate an SQLite database, load the demo content and serve on 127.0.0.1:8000
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	@echo ""
	@echo "  Leerplatform draait op http://$(HOST):$(PORT)/"
	@echo "  Beheer (Wagtail):   http://$(HOST):$(PORT)/admin/"
	@echo "  Demo-redacteur:     gebruiker 'redacteur', wachtwoord 'demo-redacteur'"
	@echo "  Demo-teamlid:       gebruiker 'teamlid', wachtwoord 'demo-teamlid' (/reflecties/)"
	@echo "  Demo-coördinator:   gebruiker 'coordinator', wachtwoord 'demo-coordinator'"
	@echo "  Demo-pilotleider:   gebruiker 'pilotleider', wachtwoord 'demo-pilotleider' (/admin/)"
	@echo "  Demo-onderzoeker:   gebruiker 'onderzoeker', wachtwoord 'demo-onderzoeker' (/admin/)"
	@echo "  Tweede factor (alle behalve teamlid): code met '$(BIN)/python manage.py demo_code NAAM',"
	@echo "                      of sleutel JRFUOLLEMVWW6LLUN52HALLTMVZXG2LP in een authenticator-app"
	@echo ""
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: lint ## Install and run the whole suite (lint, pytest with coverage gate, browser tests)
	$(BIN)/python -m pytest --ignore=tests/browser --numprocesses auto --dist loadfile --cov
	$(BIN)/python -m pytest tests/browser

lint: install ## Ruff, ruff format, djhtml, mypy, and no model change without its migration
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --tabwidth 2 --check $(TEMPLATE_DIRS)
	$(BIN)/mypy
	$(BIN)/python manage.py makemigrations --check --dry-run

format: install ## Format with ruff and djhtml
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml --tabwidth 2 $(TEMPLATE_DIRS)

bench: install ## Run the benchmarks in bench/ (prints figures)
	@for f in bench/*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean: ## Remove .venv, node_modules and the local database
	rm -rf $(VENV) node_modules db.sqlite3 .stamp-python .stamp-node
