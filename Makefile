# Two commands for a fresh machine with Python 3.11, 3.12 or 3.13: `make run` and `make test`
# (another Python: `make test PYTHON=python3.13 VENV=.venv-3.13`).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed-dev

.PHONY: run test e2e install translations messages messages-check fmt lint worker beat ci lock lock-upgrade check-locks clean backup restore bench bench-small bench-scale

# The venv's own pip first, pinned with hashes (requirements/bootstrap.txt), so the lock is
# installed by the same pip whichever one this Python bundles.
$(INSTALLED): requirements/bootstrap.txt requirements/dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/bootstrap.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.txt
	touch $@

install: $(INSTALLED)

translations: install
	$(PY) manage.py compiletranslations

## The platform on http://127.0.0.1:8000 with demo data: SQLite, tasks run in-process,
## emails on the console and in var/mail/.
run: translations
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	$(PY) manage.py runserver 127.0.0.1:8000

## The whole suite on SQLite.
test: translations
	$(PY) -m pytest

## Browser journeys, axe-core and the Nu Html Checker in Debian's Chromium (needs chromium,
## java and npm: `apt-get install chromium`).
e2e: translations
	npm ci --no-audit --no-fund --silent
	$(PY) -m pytest -m e2e -p no:cacheprovider -rP

## Update the catalogues after changing interface strings, then translate locale/*/django.po.
messages: install
	$(PY) manage.py makemessages -l de -l fr -l pt --no-location -i '.venv/*' -i 'var/*' -i 'staticfiles/*'

## Fails if any interface string is untranslated or fuzzy in de, fr or pt.
messages-check: install
	$(PY) manage.py translations_check

fmt: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	git ls-files -z '*.py' | xargs -0 $(VENV)/bin/django-upgrade --target-version 5.2
	$(VENV)/bin/djlint templates --reformat --quiet

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	git ls-files -z '*.py' | xargs -0 $(VENV)/bin/django-upgrade --target-version 5.2
	$(VENV)/bin/djlint templates --check
	$(VENV)/bin/djlint templates --lint
	$(PY) manage.py makemigrations --check --dry-run

## A real Celery worker and beat (needs REDIS_URL).
worker: install
	PATH=$(CURDIR)/$(VENV)/bin:$$PATH bin/start worker

beat: install
	PATH=$(CURDIR)/$(VENV)/bin:$$PATH bin/start beat

ci:
	bash .ci/run

## Pages against the framework's floor on PostgreSQL seeded by seed_scale, and a load test
## (needs the local PostgreSQL and Redis; see README, Performance).
bench: translations
	$(PY) bench/run.py

bench-scale: translations
	$(PY) bench/run.py --scaling

bench-small: translations
	$(PY) bench/run.py --small --database-url postgres://postgres@127.0.0.1:5432/mayors_dialogue_bench_small --requests 100 --clients 10 --seconds 10

## The database and the media into var/backups/<UTC time>/ (pg_dump on PostgreSQL).
backup: install
	$(PY) manage.py backup

## Replace the database and the media with a backup: make restore BACKUP=var/backups/<folder>
restore: install
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=var/backups/<folder>" >&2; exit 2; }
	$(PY) manage.py restore "$(BACKUP)"

## The locks, compiled from pyproject.toml and requirements/*.in by a pinned pip-tools in a venv of
## its own, on the oldest supported Python. `make lock` keeps every pin it can (after editing
## pyproject.toml); `make lock-upgrade` takes every package, pip and pip-tools included, to the
## newest release allowed. Extras stay in the lock (--no-strip-extras): a pip older than 23.3 refuses
## `coverage[toml]>=…` from pytest-cov when the lock pins only `coverage==…`. Then `make check-locks`.
LOCK_PYTHON ?= python3.11
LOCK_VENV := .venv-lock
PIP_COMPILE = $(LOCK_VENV)/bin/pip-compile --quiet --no-emit-index-url --no-emit-find-links --no-strip-extras --generate-hashes --allow-unsafe $(LOCK_FLAGS)

$(LOCK_VENV)/.installed: requirements/bootstrap.txt requirements/lock-tools.txt
	test -x $(LOCK_VENV)/bin/python || $(LOCK_PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/bootstrap.txt
	$(LOCK_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/lock-tools.txt
	touch $@

lock: $(LOCK_VENV)/.installed
	$(PIP_COMPILE) -o requirements/bootstrap.txt requirements/bootstrap.in
	$(PIP_COMPILE) -o requirements/lock-tools.txt requirements/lock-tools.in
	$(PIP_COMPILE) -o requirements/base.txt pyproject.toml
	$(PIP_COMPILE) --extra dev -o requirements/dev.txt pyproject.toml

lock-upgrade:
	$(MAKE) lock LOCK_FLAGS=--upgrade

## Installs every lock into a brand-new venv of Python 3.11, 3.12 and 3.13 with the pip each
## bundles (what a fresh machine does); CI runs it first.
check-locks:
	$(PYTHON) bin/check-locks

clean:
	rm -rf $(VENV) $(LOCK_VENV) var staticfiles .pytest_cache .ruff_cache node_modules
