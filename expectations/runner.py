"""The one runner for Wirehouse's Great Expectations suites.

A suite is `expectations/<suite_name>.json` in GX's own serialisation. Its top-level `meta` also
names the table it guards (`table`) and the DuckDB query that yields the frame to validate for one
batch (`query`, with the named parameter `$batch_id`). Cross-table checks live in that query (joins
producing columns such as `text_at_offsets` or `*_found`), so GX only ever sees one pandas frame.

Great Expectations is imported inside functions, never at module import: it costs seconds.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse
from urllib.request import url2pathname

import dagster as dg
import pandas as pd

from pipelines.settings import Settings
from warehouse.db import read_frame

if TYPE_CHECKING:
    from great_expectations.core import ExpectationSuiteValidationResult, ExpectationValidationResult
    from great_expectations.data_context import EphemeralDataContext

SUITES_DIR_ENV = "WIREHOUSE_EXPECTATIONS_DIR"
DATA_DOCS_SITE = "local_site"
SAMPLE_VALUES_SHOWN = 3


@dataclass(frozen=True)
class Validation:
    result: ExpectationSuiteValidationResult
    data_docs_page: Path | None  # this validation's HTML page, when Data Docs were built


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


def _great_expectations():
    """Import GX on first use (it costs seconds), with its analytics off before it can start."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations

    return great_expectations


def _gx_context(data_docs_dir: Path | None) -> EphemeralDataContext:
    """An ephemeral context: no GX project folder, no analytics, no progress bars.

    With `data_docs_dir`, a local Data Docs site is written there, and suites and validation
    results are kept beside it in `.gx/`: the site's index lists only pages whose result is in the
    store (it deletes the others), so in-memory stores would erase every earlier page.
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
    if data_docs_dir is not None:
        config.data_docs_sites = {
            DATA_DOCS_SITE: {
                "class_name": "SiteBuilder",
                "show_how_to_buttons": False,
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(data_docs_dir),
                },
                "site_index_builder": {
                    "class_name": "DefaultSiteIndexBuilder",
                    "validation_results_limit": 500,  # each index build loads every listed result
                },
            }
        }
        for store_name, class_name, folder in (
            (config.expectations_store_name, "ExpectationsStore", "expectations"),
            (config.validation_results_store_name, "ValidationResultsStore", "validations"),
        ):
            config.stores[store_name] = {
                "class_name": class_name,
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(data_docs_dir / ".gx" / folder),
                },
            }
    return gx.get_context(mode="ephemeral", project_config=config)


def validate_frame(
    suite: dict[str, Any], frame: pd.DataFrame, data_docs_dir: Path | None = None, run_name: str | None = None
) -> Validation:
    """Validate `frame` against `suite` (a suite dict as stored in JSON); with `data_docs_dir`, also
    build Data Docs for this validation there. `run_name` (the batch id) names the run in Data Docs."""
    gx = _great_expectations()
    from great_expectations.core.run_identifier import RunIdentifier

    context = _gx_context(data_docs_dir)
    gx_suite = context.suites.add_or_update(gx.ExpectationSuite(**suite))
    batch_definition = (
        context.data_sources.add_pandas("wirehouse")
        .add_dataframe_asset(suite["meta"]["table"])
        .add_batch_definition_whole_dataframe("batch")
    )
    validation_definition = context.validation_definitions.add(
        gx.ValidationDefinition(name=suite["name"], data=batch_definition, suite=gx_suite)
    )
    actions = [gx.checkpoint.UpdateDataDocsAction(name="data_docs")] if data_docs_dir else []
    checkpoint = context.checkpoints.add(
        gx.Checkpoint(
            name=suite["name"],
            validation_definitions=[validation_definition],
            actions=actions,
            result_format={"result_format": "SUMMARY"},
        )
    )
    checkpoint_result = checkpoint.run(
        batch_parameters={"dataframe": frame}, run_id=RunIdentifier(run_name=run_name)
    )
    ((result_key, result),) = checkpoint_result.run_results.items()

    data_docs_page = None
    if data_docs_dir is not None:
        (site,) = context.get_docs_sites_urls(resource_identifier=result_key, site_names=[DATA_DOCS_SITE])
        data_docs_page = Path(url2pathname(urlparse(site["site_url"]).path))
    return Validation(result=result, data_docs_page=data_docs_page)


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
        "| expectation | column(s) | unexpected | unexpected % | sample unexpected values |",
        "|---|---|---|---|---|",
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
        lines.append(
            f"| {config.type} | {_cell(_columns_of(config.kwargs))} | {count} | {percent} | {samples} |"
        )
    return "\n".join(lines)


def run_suite(suite_name: str, batch_id: str) -> dg.AssetCheckResult:
    """Validate one batch of the suite's table and report it as a blocking-grade check result."""
    suite = load_suite(suite_name)
    frame = read_frame(suite["meta"]["query"], {"batch_id": batch_id})
    validation = validate_frame(suite, frame, Settings.from_env().data_docs, run_name=batch_id)
    statistics = validation.result.statistics
    return dg.AssetCheckResult(
        passed=bool(validation.result.success),
        severity=dg.AssetCheckSeverity.ERROR,
        description=suite.get("notes"),
        metadata={
            "suite": suite_name,
            "table": suite["meta"]["table"],
            "batch_id": batch_id,
            "rows": len(frame),
            "expectations_evaluated": statistics["evaluated_expectations"],
            "expectations_succeeded": statistics["successful_expectations"],
            "expectations_failed": statistics["unsuccessful_expectations"],
            "failed_expectations": dg.MetadataValue.md(failed_expectations_markdown(validation.result)),
            "data_docs": dg.MetadataValue.path(str(validation.data_docs_page)),
        },
    )
