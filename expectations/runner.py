"""The one runner for Wirehouse's Great Expectations suites.

A suite is `expectations/<suite_name>.json` in GX's own serialisation. Its top-level `meta` also
names the table it guards (`table`) and the DuckDB query that yields the frame to validate for one
batch (`query`, with the named parameter `$batch_id`). Cross-table checks live in that query (joins
producing columns such as `text_at_offsets` or `*_found`), so GX only ever sees one pandas frame.

An expectation whose `meta.level` is "article" judges single articles (no usable body, not prose,
a broken span): the articles it fails on are quarantined with its `meta.reason_code`, and the batch
goes on. Every other expectation is batch-level (schema, keys, integrity, reconciliation): a
failure blocks the batch.

Great Expectations is imported inside functions, never at module import: it costs seconds.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import json
import os
import shutil
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import dagster as dg
import duckdb
import pandas as pd

from warehouse.db import read_frame

if TYPE_CHECKING:
    from great_expectations.core import ExpectationSuiteValidationResult, ExpectationValidationResult
    from great_expectations.data_context import EphemeralDataContext

SUITES_DIR_ENV = "WIREHOUSE_EXPECTATIONS_DIR"
SAMPLE_VALUES_SHOWN = 3
ARTICLE_KEY = "article_id"
KEPT_RESULTS_PER_SUITE = 50
DATA_DOCS_SITE = "local_site"
DATA_SOURCE = "wirehouse"
BATCH_DEFINITION = "batch"


@dataclass(frozen=True)
class Validation:
    result: ExpectationSuiteValidationResult


@dataclass(frozen=True)
class Quarantined:
    """One article an article-level expectation failed on."""

    article_id: str
    reason_code: str
    expectation: str  # type and column(s)
    message: str


@dataclass(frozen=True)
class SuiteOutcome:
    """A suite on one batch's rows: article-level failures quarantine their articles; any other
    failed expectation (or one that could not say which articles failed) blocks the batch."""

    suite_name: str
    table: str
    rows: int
    result: ExpectationSuiteValidationResult
    quarantined: list[Quarantined]
    blocking_failures: int
    notes: str | None = None

    @property
    def passed(self) -> bool:
        return self.blocking_failures == 0

    @property
    def quarantined_articles(self) -> set[str]:
        return {row.article_id for row in self.quarantined}


def suites_dir() -> Path:
    override = os.environ.get(SUITES_DIR_ENV)
    return Path(override) if override else Path(__file__).parent


def suite_names() -> list[str]:
    return sorted(path.stem for path in suites_dir().glob("*.json"))


def load_suite(suite_name: str) -> dict[str, Any]:
    path = suites_dir() / f"{suite_name}.json"
    suite = json.loads(path.read_text(encoding="utf-8"))
    missing = {"table", "query"} - set(suite.get("meta", {}))
    if missing:
        raise ValueError(f"suite {path} has no {', '.join(sorted(missing))} in its meta")
    return suite


# Modules GX imports when it is imported but uses only inside expectations Wirehouse has no suite
# for (KL divergence, KS tests) and their renderers: SciPy's statistics and Altair are a third of
# GX's import time.
GX_UNUSED_AT_IMPORT = frozenset({"scipy.stats", "altair"})


class _LazyImports(importlib.abc.MetaPathFinder):
    """Makes an import of one of `names` lazy (Python's importlib.util.LazyLoader): the module is
    created at once and run on its first attribute access, so code that never uses it never pays
    for it, and code that does gets the real module. Only the exact names: their own imports, when
    they run, are ordinary."""

    def __init__(self, names: frozenset[str]):
        self.names = names

    def find_spec(self, fullname, path, target=None):
        if fullname not in self.names:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = importlib.util.LazyLoader(spec.loader)
                return spec
        return None


def _great_expectations():
    """Import GX on first use (it costs seconds), with its analytics off before it can start and
    the modules in GX_UNUSED_AT_IMPORT left to load if something uses them."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    if "great_expectations" not in sys.modules:
        finder = _LazyImports(GX_UNUSED_AT_IMPORT - set(sys.modules))
        sys.meta_path.insert(0, finder)
        try:
            import great_expectations
        finally:
            sys.meta_path.remove(finder)
    import great_expectations

    return great_expectations


def gx_context(results_dir: Path | None = None) -> EphemeralDataContext:
    """An ephemeral context: no GX project folder, no analytics, no progress bars.

    With `results_dir`, validation results are also written there (one small JSON file per suite
    and batch, `KEPT_RESULTS_PER_SUITE` kept), for `wirehouse docs` to render later; nothing is
    rendered while checks run. Suites stay in memory: their files of record are expectations/*.json,
    which `build_data_docs` reads itself.
    """
    gx = _great_expectations()
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
    )
    if results_dir is not None:
        config.stores[config.validation_results_store_name] = {
            "class_name": "ValidationResultsStore",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(results_dir / "validations")},
        }
    return gx.get_context(mode="ephemeral", project_config=config)


def validate_frame(
    suite: dict[str, Any], frame: pd.DataFrame, context: EphemeralDataContext | None = None, run_name: str | None = None
) -> Validation:
    """Validate `frame` against `suite` (a suite dict as stored in JSON) and store the result in the
    context's results store; `run_name` (the batch id) names the run there.

    A first pass asks GX only whether each expectation holds (BOOLEAN_ONLY: no unexpected lists or
    counts to compute, about half the cost of COMPLETE). Only a suite that fails is validated again
    in COMPLETE, with every failed row's article_id when the frame has one: that result is the one
    reported and stored, so quarantine and the audit see the same details as from a single COMPLETE
    pass. Passing suites are stored with their boolean outcomes."""
    gx = _great_expectations()
    from great_expectations.core.run_identifier import RunIdentifier

    context = context or gx_context()
    batch = _batch_definition(context, suite["meta"]["table"]).get_batch(batch_parameters={"dataframe": frame})
    gx_suite = gx.ExpectationSuite(**suite)
    result = batch.validate(gx_suite, result_format="BOOLEAN_ONLY")
    if not result.success:
        complete: dict[str, Any] = {"result_format": "COMPLETE", "return_unexpected_index_query": False}
        if ARTICLE_KEY in frame.columns:
            complete["unexpected_index_column_names"] = [ARTICLE_KEY]
        result = batch.validate(gx_suite, result_format=complete)
    # The run time is given: left out, GX parses it from the run name, and a batch id such as
    # 20261201T103501Z-27a06a reads as a time with a UTC offset of -27 hours, which fails.
    run_id = RunIdentifier(run_name=run_name, run_time=datetime.now(timezone.utc))
    _store_result(context, result, suite["name"], batch.id, run_id)
    return Validation(result=result)


def _batch_definition(context: EphemeralDataContext, table: str):
    """The context's whole-frame batch definition for `table`: one pandas data source per context,
    one asset per table, made on first use and shared by every suite on that table."""
    try:
        source = context.data_sources.get(DATA_SOURCE)
    except KeyError:
        source = context.data_sources.add_pandas(DATA_SOURCE)
    try:
        asset = source.get_asset(table)
    except LookupError:
        return source.add_dataframe_asset(table).add_batch_definition_whole_dataframe(BATCH_DEFINITION)
    return asset.get_batch_definition(BATCH_DEFINITION)


def _store_result(context: EphemeralDataContext, result: ExpectationSuiteValidationResult, suite_name: str,
                  batch_identifier: str, run_id) -> None:
    """Record a suite's result as GX's ValidationDefinition.run does: run id and time in its meta,
    keyed by suite, batch and run in the validation results store."""
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    result.meta["run_id"] = run_id
    result.meta["validation_time"] = run_id.run_time
    suite_identifier = ExpectationSuiteIdentifier(name=suite_name)
    context.validation_results_store.store_validation_results(
        suite_validation_result=result,
        suite_validation_result_identifier=ValidationResultIdentifier(
            batch_identifier=batch_identifier, expectation_suite_identifier=suite_identifier, run_id=run_id),
        expectation_suite_identifier=suite_identifier,
    )


def is_article_level(config) -> bool:
    return (config.meta or {}).get("level") == "article"


def judge(suite: dict[str, Any], rows: int, result: ExpectationSuiteValidationResult) -> SuiteOutcome:
    """Split a suite's failures into quarantined articles and failures that block the batch."""
    quarantined, blocking = [], 0
    for outcome in result.results:
        if outcome.success:
            continue
        config = outcome.expectation_config
        # rows as {article_id: ..., column: value} when the frame has article_id, else bare indexes
        failed_rows = [row for row in (outcome.result or {}).get("unexpected_index_list") or [] if isinstance(row, dict)]
        article_ids = sorted({str(row[ARTICLE_KEY]) for row in failed_rows if row.get(ARTICLE_KEY) is not None})
        if not is_article_level(config) or _exception_message(outcome) or not article_ids:
            blocking += 1
            continue
        label = f"{config.type}({_columns_of(config.kwargs)})"
        reason = config.meta.get("reason_code", "failed_expectation")
        for article_id in article_ids:
            values = [_plain(v) for row in failed_rows if str(row.get(ARTICLE_KEY)) == article_id
                      for k, v in row.items() if k != ARTICLE_KEY][:SAMPLE_VALUES_SHOWN]
            message = f"{suite['name']}: {label} failed" + (f" (value: {', '.join(_cell(v) for v in values)})" if values else "")
            quarantined.append(Quarantined(article_id, reason, label, message))
    return SuiteOutcome(suite["name"], suite["meta"]["table"], rows, result, quarantined, blocking, suite.get("notes"))


def validate_suite(suite_name: str, batch_id: str, context: EphemeralDataContext | None = None,
                   con: duckdb.DuckDBPyConnection | None = None) -> SuiteOutcome:
    """Validate one batch of the suite's table (the suite's query reads only that batch's rows),
    read through `con` (a read-only connection to the pipeline's file) or a connection of its own."""
    suite = load_suite(suite_name)
    query, params = suite["meta"]["query"], {"batch_id": batch_id}
    frame = con.execute(query, params).df() if con is not None else read_frame(query, params)
    return judge(suite, len(frame), validate_frame(suite, frame, context, run_name=batch_id).result)


def prune_results(results_dir: Path, keep: int = KEPT_RESULTS_PER_SUITE) -> None:
    """Keep the newest `keep` stored results of each suite (validations/<suite>/<batch>/<run time>/),
    so the store and the docs rendered from it stay bounded however many runs there were."""
    for suite_dir in (path for path in (results_dir / "validations").glob("*") if path.is_dir()):
        runs = sorted(suite_dir.glob("*/*"), key=lambda run: run.stat().st_mtime)
        for run in runs[: max(len(runs) - keep, 0)]:
            shutil.rmtree(run, ignore_errors=True)
            if not any(run.parent.iterdir()):
                run.parent.rmdir()


def _columns_of(kwargs: dict[str, Any]) -> str:
    if "column" in kwargs:
        return kwargs["column"]
    if "column_A" in kwargs:
        return f"{kwargs['column_A']}, {kwargs['column_B']}"
    return ", ".join(kwargs.get("column_list", []))


def _plain(value: Any) -> str:
    """A sample value as a reader wants to see it: no numpy reprs, empty strings visible."""
    if isinstance(value, (tuple, list)):  # column pairs and compound keys
        return "(" + ", ".join(_plain(item) for item in value) + ")"
    if isinstance(value, dict):
        return "(" + ", ".join(f"{key}={_plain(item)}" for key, item in value.items()) + ")"
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    return '""' if value == "" else str(value)


def _cell(text: str) -> str:
    text = text.replace("\n", "⏎")
    text = text if len(text) <= 60 else text[:59] + "…"
    return text.replace("|", "\\|")


def _exception_message(outcome: ExpectationValidationResult) -> str | None:
    """Why an expectation could not run; GX 1.x gives this flat or keyed by metric id."""
    info = outcome.exception_info or {}
    for details in [info] if "raised_exception" in info else info.values():
        if details.get("raised_exception"):
            return details.get("exception_message") or "unknown error"
    return None


def failed_expectations_markdown(result: ExpectationSuiteValidationResult) -> str:
    """A markdown table of the failed expectations, or a one-line all-clear."""
    failed = [outcome for outcome in result.results if not outcome.success]
    if not failed:
        return f"all {len(result.results)} expectations passed"
    lines = [
        "| expectation | column(s) | unexpected | unexpected % | sample unexpected values | effect |",
        "|---|---|---|---|---|---|",
    ]
    for outcome in failed:
        config, details = outcome.expectation_config, outcome.result or {}
        error = _exception_message(outcome)
        if error:
            # e.g. a column the query no longer returns: say so instead of showing empty counts
            count, percent, samples = "–", "–", _cell(f"error: {error}")
        else:
            count = details.get("unexpected_count", "–")
            percent = details.get("unexpected_percent")
            percent = "–" if percent is None else f"{percent:.1f}"
            values = details.get("partial_unexpected_list")
            if values is None and "observed_value" in details:  # table-level expectations
                values = [f"observed {details['observed_value']}"]
            samples = ", ".join(_cell(_plain(value)) for value in (values or [])[:SAMPLE_VALUES_SHOWN])
        effect = "quarantines" if is_article_level(config) and not error else "blocks the batch"
        lines.append(
            f"| {config.type} | {_cell(_columns_of(config.kwargs))} | {count} | {percent} | {samples} | {effect} |"
        )
    return "\n".join(lines)


def check_result(outcome: SuiteOutcome, batch_id: str, **target: Any) -> dg.AssetCheckResult:
    """A suite's outcome as a blocking-grade Dagster check result (`target`: asset_key, check_name)."""
    statistics = outcome.result.statistics
    return dg.AssetCheckResult(
        **target,
        passed=outcome.passed,
        severity=dg.AssetCheckSeverity.ERROR,
        description=outcome.notes,
        metadata={
            "suite": outcome.suite_name,
            "table": outcome.table,
            "batch_id": batch_id,
            "rows": outcome.rows,
            "expectations_evaluated": statistics["evaluated_expectations"],
            "expectations_succeeded": statistics["successful_expectations"],
            "expectations_failed": statistics["unsuccessful_expectations"],
            "blocking_failures": outcome.blocking_failures,
            "articles_quarantined": len(outcome.quarantined_articles),
            "failed_expectations": dg.MetadataValue.md(failed_expectations_markdown(outcome.result)),
        },
    )


def build_data_docs(docs_dir: Path) -> Path | None:
    """Render the Data Docs site from the kept results in `docs_dir/.gx` (the newest
    `KEPT_RESULTS_PER_SUITE` runs of each suite); returns its index page, or None when no result
    is kept. On demand (`wirehouse docs`), never while checks run: rendering reads every result."""
    results_dir = docs_dir / ".gx"
    if not any((results_dir / "validations").glob("*/*")):
        return None
    gx = _great_expectations()
    context = gx_context(results_dir)
    for name in suite_names():  # the suites' own pages, from their files of record
        context.suites.add(gx.ExpectationSuite(**load_suite(name)))
    context.add_data_docs_site(
        site_name=DATA_DOCS_SITE,
        site_config={
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        },
    )
    context.build_data_docs(site_names=[DATA_DOCS_SITE])
    from expectations.data_docs import localise

    localise(docs_dir)
    return docs_dir / "index.html"
