# Wirehouse: `make run` (sample batch through Dagster), `make test`, `make ui`, `make bench`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

export WIREHOUSE_HOME ?= $(CURDIR)/data
export DAGSTER_HOME ?= $(WIREHOUSE_HOME)/dagster
export GX_ANALYTICS_ENABLED := False

SAMPLE_FILES := $(wildcard samples/*.txt samples/*.html samples/*.jsonl)
PORT ?= 3000

.PHONY: install run report rebuild test test-slow ui bench scaling-figures cluster cluster-stop eval-parse eval-entities eval-judged eval-events eval-cooccurrence extract-fingerprint dictionary clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Copy the bundled samples into the inbox and run them as one batch through a real Dagster run.
run: install
	mkdir -p $(WIREHOUSE_HOME)/inbox
	cp $(SAMPLE_FILES) $(WIREHOUSE_HOME)/inbox/
	$(BIN)/wirehouse run

# The report of the published warehouse (also written after every publish): $(WIREHOUSE_HOME)/report/warehouse.html.
report: install
	$(BIN)/wirehouse report

# Re-derive every kept batch from its input files (after `make clean`, a schema or extractor change).
rebuild: install
	$(BIN)/wirehouse rebuild

# The browser tests (the report and Data Docs in headless Chromium) need Debian's `chromium`. When CI=true
# and it is missing, install it (as root, or through passwordless sudo); where apt cannot, the run goes on
# and those tests skip, saying why.
CHROMIUM_FOR_TESTS = command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	{ command -v apt-get >/dev/null 2>&1 && as_root=$$([ "$$(id -u)" = 0 ] || echo sudo -n) && \
	  $$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  $$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; } || \
	echo "make test: Chromium could not be installed with apt-get: the browser tests will skip"

# Slow suites (marked `slow`: dagster dev + the daemon's sensor) also run when CI=true; they fit its budget.
test: install
	@if [ "$(CI)" = true ]; then $(CHROMIUM_FOR_TESTS); fi
	$(BIN)/python -m pytest $(if $(filter true,$(CI)),-m "slow or not slow")

test-slow: install
	$(BIN)/python -m pytest -m slow

ui: install
	$(BIN)/python -m pipelines.instance
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p $(PORT)

# Throughput of each layer beside raw spaCy on the same texts, end to end through Dagster, peak RSS.
bench: install
	$(BIN)/python -m pipelines.bench

# The measured figures of docs/scaling.md (compute words/s per core, writer rows/s, bytes per article).
LIMIT ?= 300
scaling-figures: install
	$(BIN)/python -m pipelines.scaling_figures --limit $(LIMIT)

# A Dask cluster on 127.0.0.1 (scheduler + WORKERS worker processes, this checkout on their
# PYTHONPATH); point runs at it with the address it prints: WIREHOUSE_DASK_SCHEDULER=tcp://127.0.0.1:8786.
# `make cluster-stop` ends the processes it recorded in $(WIREHOUSE_HOME)/cluster/pids.
WORKERS ?= 2
DASK_PORT ?= 8786
cluster: install
	$(BIN)/python -m pipelines.cluster start --workers $(WORKERS) --port $(DASK_PORT)

cluster-stop:
	$(BIN)/python -m pipelines.cluster stop

# Scores on the evaluation sets in ../shared/eval/ beside reference systems; tables + data/eval/*.json.
eval-parse: install
	$(BIN)/python -m pipelines.eval_parse

eval-entities: install
	$(BIN)/python -m pipelines.eval_entities

# The entity layer on the held-out articles judged by hand, in rounds (eval/entities/judged_heldout.jsonl).
eval-judged: install
	$(BIN)/python -m pipelines.eval_judged --json

# Events against the hand annotations of eval/events/ (SPLIT=test for the held-out split;
# dev_rich / test_rich for the event-rich supplement, dev_fin / test_fin for the money-flow one;
# splits joined by +, e.g. SPLIT=dev+dev_rich+dev_fin).
SPLIT ?= dev
eval-events: install
	$(BIN)/python -m pipelines.eval_events --split $(SPLIT) --json

eval-cooccurrence: install
	$(BIN)/python -m pipelines.eval_cooccurrence

# sha256 of every `wirehouse extract` card on re3d, the bench's BBC sample and the seed: a change
# to the entity chain that should not change output must leave all three as they were.
extract-fingerprint: install
	$(BIN)/python -m pipelines.extract_fingerprint

# warehouse/README.md's data dictionary, rewritten from the DDL's COMMENT ON (migrations, analytics.sql).
dictionary: install
	$(BIN)/python -m warehouse.catalog

# Derived state only: the inputs (inbox/ and batches/) stay; `wirehouse rebuild` re-derives the rest.
clean:
	rm -rf $(WIREHOUSE_HOME)/work $(WIREHOUSE_HOME)/dagster $(WIREHOUSE_HOME)/data_docs $(WIREHOUSE_HOME)/eval $(WIREHOUSE_HOME)/report \
		$(WIREHOUSE_HOME)/warehouse.duckdb $(WIREHOUSE_HOME)/.warehouse.duckdb.*.tmp $(WIREHOUSE_HOME)/locks
