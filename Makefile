# The project's verbs. `make run` serves the site; `make test` runs the suite on
# real services. Everything is installed from this file and scripts/.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PYTEST := $(VENV)/bin/pytest
PG_URL := postgres://atlas:atlas@127.0.0.1:5433/atlas
ES_URL := http://127.0.0.1:9200
PO_FILES := $(wildcard locale/*/LC_MESSAGES/django.po)
MO_FILES := $(PO_FILES:.po=.mo)

.PHONY: run install test test-sqlite test-postgres services services-down prod prod-down prod-status bench fuzz soak lint messages screenshots clean

$(VENV)/.installed: pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

install: $(VENV)/.installed $(MO_FILES)

# axe-core for the accessibility tests (only axe.min.js is used)
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po
	msgfmt --check-format -o $@ $<

messages: $(VENV)/.installed
	for code in $$(ls locale); do $(PY) manage.py makemessages -l $$code --no-obsolete \
	  --ignore=.venv --ignore=.services --ignore=static_collected --ignore=tests \
	  --ignore=node_modules -v0; done

run: install
	$(PY) manage.py migrate --no-input -v0
	$(PY) manage.py load_demo
	$(PY) manage.py search_index rebuild
	$(PY) manage.py ensure_dev_admin
	@echo "Serving http://127.0.0.1:8000/ (admin: http://127.0.0.1:8000/admin/)"
	$(PY) manage.py runserver 127.0.0.1:8000

services: $(VENV)/.installed
	bash scripts/postgres.sh up
	bash scripts/elasticsearch.sh up

services-down:
	-bash scripts/elasticsearch.sh down
	-bash scripts/postgres.sh down

# The production topology on loopback (docs/deploy.md): nginx on :8080 in front of
# two gunicorn app servers, the task worker, Redis, PostgreSQL and Elasticsearch.
prod: install $(MO_FILES)
	bash scripts/prod.sh up

prod-down:
	bash scripts/prod.sh down

prod-status:
	bash scripts/prod.sh status

# The whole suite on SQLite with the live Elasticsearch node, then again on
# PostgreSQL (browser tests and the slow multi-service ones once is enough), each
# spread over TEST_WORKERS processes by file (pytest-xdist; much of a test's time is
# spent waiting on Elasticsearch, Chromium or a server, so more workers than cores pay).
TEST_WORKERS ?= 3
XDIST = -n $(TEST_WORKERS) --dist loadfile
test: test-sqlite test-postgres

test-sqlite: install node_modules/.installed services
	ELASTICSEARCH_URL=$(ES_URL) $(PYTEST) -p no:cacheprovider $(XDIST) -m "not postgres and not slow"

test-postgres: install services
	DATABASE_URL=$(PG_URL) ELASTICSEARCH_URL=$(ES_URL) $(PYTEST) -p no:cacheprovider $(XDIST) -m "not browser"

lint: install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run

bench: install services
	ELASTICSEARCH_URL=$(ES_URL) PG_URL=$(PG_URL) $(PY) -m bench

# Optional: wrk for 10 minutes on the production topology, workers' memory (bench/soak.py).
soak: install
	$(PY) -m bench.soak --minutes $${SOAK_MINUTES:-10}

# schemathesis against /api/schema/ with 500 cases per operation (CI runs 20).
fuzz: install services
	SCHEMATHESIS_EXAMPLES=500 ELASTICSEARCH_URL=$(ES_URL) $(PYTEST) -p no:cacheprovider -q \
	  -m "not postgres" tests/api/test_schemathesis.py

screenshots: install
	$(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) .services static_collected
