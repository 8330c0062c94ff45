# Build steps for the generator and the clients it writes. See README.md.
PYTHON_BASE ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The Python the venv must have (major.minor of PYTHON_BASE) and the one it has (empty if none or broken).
PY_WANT := $(shell $(PYTHON_BASE) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
PY_HAVE := $(shell $(PY) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
ifneq ($(PY_WANT),$(PY_HAVE))
# A venv made by another Python (or whose Python is gone) is rebuilt, not reused.
$(shell rm -f $(STAMP))
endif

GENERATOR_SOURCES := $(shell find generator templates -type f \( -name '*.py' -o -name '*.jinja' \) 2>/dev/null)
# Every file under specs/, so a multi-file spec's referenced files count too.
SPECS := $(shell find specs -type f 2>/dev/null)
GENERATED_STAMP := generated/reflexdb/.generator-manifest.json
# The Prism mock server for the contract tests, pinned by tests/contract/package-lock.json.
PRISM_STAMP := tests/contract/node_modules/.package-lock.json

.PHONY: all venv generate check-generated test quick lint typecheck golden fuzz corpus contract-corpus bench bench-quick \
        clean api-diff contract-deps node-check

all: generate

# constraints.txt pins this repository's own environment exactly (the package itself declares ranges).
$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON_BASE) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "error: $(PYTHON_BASE) is Python $(or $(PY_WANT),missing); the generator needs 3.11 or newer:" \
	       "run make PYTHON_BASE=python3.11 (or install it: https://www.python.org/downloads/)" >&2; exit 2; }
	@if [ -d $(VENV) ] && [ "$(PY_HAVE)" != "$(PY_WANT)" ]; then \
	  echo "$(VENV) has Python $(or $(PY_HAVE),none that runs), $(PYTHON_BASE) is $(PY_WANT): recreating it"; \
	  rm -rf $(VENV); fi
	$(PYTHON_BASE) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	@# An editable install is not byte-compiled (a wheel install is): compile the generator once, so a
	@# first run, or every run where PYTHONDONTWRITEBYTECODE is set, does not compile it from source.
	$(PY) -m compileall -q generator
	touch $(STAMP)

venv: $(STAMP)

# generated/ depends on the specs, the templates and the generator: nothing changed, nothing runs.
# The generator itself rewrites only changed files, so the manifest is touched to record the run.
$(GENERATED_STAMP): $(STAMP) $(SPECS) $(GENERATOR_SOURCES) pyproject.toml
	$(PY) -m generator generate
	@touch $(GENERATED_STAMP)

generate: $(GENERATED_STAMP)

# CI: exit 1 with a unified diff when generated/ is not what the specs produce; writes nothing.
check-generated: $(STAMP)
	$(PY) -m generator generate --check

# Public-API report of the spec changes since BASE_REF; exit 4 if any would break the client's users.
BASE_REF ?= main
API_SPEC ?= specs/reflexdb.yaml
api-diff: $(STAMP)
	@mkdir -p .api-diff && git show $(BASE_REF):$(API_SPEC) > .api-diff/base-$(notdir $(API_SPEC))
	$(PY) -m generator diff .api-diff/base-$(notdir $(API_SPEC)) $(API_SPEC) --fail-on-breaking

# Rewrites tests/golden/*/expected/ and tests/errors/*/expected.txt; review with `git diff`.
golden: $(STAMP)
	$(PY) -m tests.golden_update

lint: $(STAMP)
	$(VENV)/bin/ruff check generator tests
	cd generated/reflexdb && ../../$(VENV)/bin/ruff check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy generator

# The contract tests run Prism, an npm package: say how to get Node and npm before anything else.
node-check:
	@command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || { \
	  echo "error: make test needs Node.js (18 or newer) and npm for the Prism contract tests (tests/contract)." >&2; \
	  echo "  Debian/Ubuntu: sudo apt-get install nodejs npm    macOS: brew install node" >&2; \
	  echo "  or any platform: https://nodejs.org/en/download (npm comes with it)" >&2; exit 2; }
	@node -e 'process.exit(parseInt(process.versions.node) >= 18 ? 0 : 1)' || { \
	  echo "error: Node.js $$(node --version) is too old for Prism; install 18 or newer (https://nodejs.org)" >&2; exit 2; }

$(PRISM_STAMP): tests/contract/package.json tests/contract/package-lock.json | node-check
	npm ci --prefix tests/contract --no-audit --no-fund --loglevel=error
	@touch $(PRISM_STAMP)

contract-deps: $(PRISM_STAMP)

test: node-check $(STAMP) $(PRISM_STAMP)
	$(PY) -m generator generate --check
	@# pyright fetches its npm package on first use: do it once here, not in two racing test workers.
	$(VENV)/bin/pyright --version
	$(PY) -m pytest -q -n 2

# The inner loop (under a minute on 2 cores): the unit tests and the golden trees, without the tests
# marked `slow` (subprocess runs of the command line, generated-client round trips, type checkers).
# The client, security, wire, contract and fuzz suites need generated clients, local servers or
# Prism: `make test` (the CI gate) runs them with everything else.
QUICK_TESTS = tests/unit tests/e2e/test_golden.py tests/e2e/test_golden_operations.py \
	tests/e2e/test_golden_schemas_30.py tests/e2e/test_golden_schemas_31.py tests/e2e/test_golden_lenient.py
quick: $(STAMP)
	$(PY) -m generator generate --check
	$(PY) -m pytest -q -n 2 -m "not slow" $(QUICK_TESTS)

# Long fuzz run (not part of `make test`): FUZZ_EXAMPLES examples per property (default 300) with the
# full pipeline (black) and an isolated import of every generated client. About 10-20 minutes on 2 cores.
fuzz: $(STAMP)
	FUZZ_PROFILE=long $(PY) -m pytest -q -p no:cacheprovider tests/fuzz

# Slow (minutes): every spec in ../shared/corpus through this generator and openapi-python-client.
corpus: $(STAMP)
	$(PY) -m tools.corpus

# Slow (minutes): every corpus spec Prism can mock, every operation called through Prism --errors, by
# our client and by openapi-python-client's; writes docs/contract-corpus.md. CONTRACT_ARGS: e.g. --only stripe.
CONTRACT_ARGS ?=
contract-corpus: $(STAMP) $(PRISM_STAMP)
	$(PY) -m tools.contract $(CONTRACT_ARGS)

# Speed against openapi-python-client (installed into benchmarks/.venv-peer), and decode against pydantic
# and msgspec (benchmarks/decode.py, in benchmarks/.venv-decode); not part of `test`.
bench: $(STAMP)
	$(PY) benchmarks/bench.py

bench-quick: $(STAMP)
	$(PY) benchmarks/bench.py --quick

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache tests/contract/node_modules
