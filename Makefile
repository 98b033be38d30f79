# Two commands on a fresh machine: `make demo` and `make test`. Everything else is set-up they do.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
LOCK_HASH := $(shell cat pyproject.toml requirements.lock 2>/dev/null | sha1sum | cut -c1-12)
STAMP := $(VENV)/.installed-$(LOCK_HASH)
PYTEST_WORKERS ?= 2

.PHONY: demo test install models system-deps lint typecheck lock bench clean

install: $(STAMP) node_modules/.package-lock.json models

# The default NLU models are trained locally from the data shipped in the repository (nothing is
# downloaded); a no-op when the cached models match the data and code.
models: $(STAMP)
	$(VENV)/bin/kefu nlu prepare

# Front-end packages (htmx) from the npm registry, pinned by package-lock.json; served by Kefu
# from node_modules (kefu/web/router.py), never from a CDN. Re-run when the lock file changes.
node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null)
	npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

$(STAMP): pyproject.toml requirements.lock
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --upgrade pip
	$(VENV)/bin/python -m pip install -q -r requirements.lock
	$(VENV)/bin/python -m pip install -q --no-deps -e .
	@rm -f $(VENV)/.installed-*
	@touch $@

# Debian packages the test suite drives: Chromium for the browser tests, CJK fonts for screenshots.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "installing Chromium from Debian's packages"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

demo: install
	$(VENV)/bin/kefu demo

test: install system-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist loadgroup -m "not browser"
	# The browser tests run on their own afterwards, one process per module: each starts servers
	# and Chromium, and timing assertions (delivery within 1 s) need a machine not also running the rest.
	set -e; for module in tests/web/test_*browser*.py; do \
		$(VENV)/bin/pytest -m browser "$$module"; \
	done

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check kefu tests bench

typecheck: install
	$(VENV)/bin/mypy kefu

# Re-pin every dependency from pyproject.toml in a clean virtualenv.
lock:
	rm -rf /tmp/kefu-lock-venv && $(PYTHON) -m venv /tmp/kefu-lock-venv
	/tmp/kefu-lock-venv/bin/python -m pip install -q --upgrade pip
	/tmp/kefu-lock-venv/bin/python -m pip install -q -e '.[dev,finetune]'
	/tmp/kefu-lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

clean:
	rm -rf $(VENV) test-artifacts
