"""The audit of write–audit–publish: one blocking, batch-partitioned check step per layer.

The step validates every suite of the layer (expectations/<layer>_*.json) on the batch's rows with
one GX context, and reports each suite as its own check result, plus `quarantine_share`. Articles
an article-level expectation fails on are quarantined (audit.quarantine) and left out of later
layers; the batch is blocked only by a batch-level failure or when more than
WIREHOUSE_QUARANTINE_MAX_SHARE of its articles, and at least WIREHOUSE_QUARANTINE_MIN_COUNT, are
quarantined.
"""

import time
import warnings
from collections.abc import Iterator
from datetime import datetime, timezone

import dagster as dg
import pandas as pd

from pipelines.partitions import DUCKDB_POOL, batch_partitions
from pipelines.settings import Settings

QUARANTINE_SHARE_CHECK = "quarantine_share"
# The table each layer's checks of more than one table (a suite whose meta.table is the schema, and
# the quarantine share) are attached to: where the layer's articles, or most of its rows, are.
LAYER_MAIN_TABLES = {"raw": "raw.articles", "parsed": "parsed.articles", "entities": "entities.mentions",
                     "star": "star.fact_article"}


def layer_suite_names(layer: str) -> list[str]:
    from expectations.runner import suite_names

    return [name for name in suite_names() if name.startswith(f"{layer}_")]


def check_targets(asset: dg.AssetsDefinition, layer: str) -> dict[str, dg.AssetKey]:
    """Check name → the table asset it judges: a suite's `meta.table` ("schema.table"), else the
    layer's main table; the quarantine share on the main table too."""
    from expectations.runner import load_suite
    from pipelines.catalog import table_key

    main = table_key(LAYER_MAIN_TABLES[layer])
    targets = {}
    for name in layer_suite_names(layer):
        table = load_suite(name)["meta"]["table"]
        targets[f"{name}_suite"] = table_key(table) if "." in table else main
    targets[QUARANTINE_SHARE_CHECK] = main
    if strays := {check: key for check, key in targets.items() if key not in asset.keys}:
        raise ValueError(f"{layer} checks judge tables the {layer} step does not write: "
                         + ", ".join(f"{check} → {key.to_user_string()}" for check, key in strays.items()))
    return targets


def layer_checks(asset: dg.AssetsDefinition, layer: str) -> dg.AssetChecksDefinition:
    """The layer's check step, each check on the table it judges; a new suite file becomes a new
    check result."""
    targets = check_targets(asset, layer)
    # Partitioned checks are a Dagster preview feature, used deliberately (a check judges one
    # batch); its warning would otherwise print on every command.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dg.PreviewWarning)
        specs = [
            dg.AssetCheckSpec(
                f"{name}_suite", asset=targets[f"{name}_suite"], blocking=True, partitions_def=batch_partitions,
                description=f"Great Expectations suite expectations/{name}.json on this batch's rows.",
            )
            for name in layer_suite_names(layer)
        ]
        specs.append(dg.AssetCheckSpec(
            QUARANTINE_SHARE_CHECK, asset=targets[QUARANTINE_SHARE_CHECK], blocking=True, partitions_def=batch_partitions,
            description="The share of the batch's articles quarantined so far stays within WIREHOUSE_QUARANTINE_MAX_SHARE.",
        ))
        return _define_layer_checks(targets, layer, specs)


def _define_layer_checks(targets: dict[str, dg.AssetKey], layer: str, specs: list[dg.AssetCheckSpec]) -> dg.AssetChecksDefinition:
    @dg.multi_asset_check(
        name=f"{layer}_checks",
        specs=specs,
        description=f"Every {layer} suite on this batch's rows: quarantines failing articles, blocks a broken batch.",
        pool=DUCKDB_POOL,
    )
    def run_layer_checks(context: dg.AssetCheckExecutionContext) -> Iterator[dg.AssetCheckResult]:
        yield from audit_layer(layer, targets, context.partition_key, Settings.from_env())

    return run_layer_checks


def audit_layer(layer: str, targets: dict[str, dg.AssetKey], batch_id: str, settings: Settings) -> Iterator[dg.AssetCheckResult]:
    """Validate the layer's suites, record quarantined articles and check outcomes in the work
    file's audit schema, and yield one result per suite and one for the quarantined share, each
    on its table (`targets`: check name → asset key)."""
    from expectations.runner import check_result, failed_expectations_markdown, gx_context, prune_results, validate_suite
    from assets.parsed.model import NO_ARTICLE_REASONS
    from warehouse.db import LAYERS, append_rows, mark_batch, reading, write_transaction

    started = time.perf_counter()
    results_dir = settings.data_docs / ".gx"
    context = gx_context(results_dir)  # GX imported here, once per step
    with reading(settings) as con:
        outcomes = [validate_suite(name, batch_id, context, con) for name in layer_suite_names(layer)]
    prune_results(results_dir)

    now = datetime.now(timezone.utc).replace(tzinfo=None)
    quarantine = pd.DataFrame([
        {"batch_id": batch_id, "article_id": row.article_id, "layer": layer, "reason_code": row.reason_code,
         "suite": outcome.suite_name, "expectation": row.expectation, "message": row.message, "quarantined_at": now}
        for outcome in outcomes for row in outcome.quarantined
    ])
    with write_transaction(settings) as con:
        con.execute("DELETE FROM audit.quarantine WHERE batch_id = ? AND layer = ? AND suite IS NOT NULL", [batch_id, layer])
        append_rows(con, "audit.quarantine", quarantine)
        # this layer and those before it: later layers' quarantines are from an earlier run, to be redone
        so_far = list(LAYERS[: LAYERS.index(layer) + 1])
        # Inputs the parser shows to be no article (empty, emoji, a dump, script only) are the
        # input's fault, like rejects: they are quarantined but count neither way in the share,
        # which measures how many real articles the pipeline failed on.
        articles, quarantined = con.execute(
            "WITH no_article AS (SELECT DISTINCT article_id FROM audit.quarantine WHERE batch_id = $batch_id "
            "                    AND layer = 'parsed' AND suite IS NULL AND list_contains($no_article, reason_code)) "
            "SELECT (SELECT count(*) FROM raw.articles WHERE batch_id = $batch_id "
            "        AND article_id NOT IN (SELECT article_id FROM no_article)), "
            "(SELECT count(DISTINCT article_id) FROM audit.quarantine WHERE batch_id = $batch_id "
            " AND list_contains($layers, layer) AND article_id NOT IN (SELECT article_id FROM no_article))",
            {"batch_id": batch_id, "layers": so_far, "no_article": list(NO_ARTICLE_REASONS)},
        ).fetchone()
        listing = con.execute(
            "SELECT q.layer, r.source_name || coalesce(':' || r.record_index, '') AS source, q.article_id, "
            "q.reason_code, q.message FROM audit.quarantine q LEFT JOIN raw.articles r USING (article_id) "
            "WHERE q.batch_id = ? ORDER BY source, q.layer LIMIT 50", [batch_id],
        ).df()
        share = quarantined / articles if articles else 0.0
        share_passed = not quarantine_blocks(quarantined, articles, settings)
        results = [check_result(outcome, batch_id, asset_key=targets[f"{outcome.suite_name}_suite"],
                                check_name=f"{outcome.suite_name}_suite")
                   for outcome in outcomes]
        results.append(dg.AssetCheckResult(
            asset_key=targets[QUARANTINE_SHARE_CHECK], check_name=QUARANTINE_SHARE_CHECK, passed=share_passed,
            severity=dg.AssetCheckSeverity.ERROR,
            description=f"{quarantined} of {articles} articles quarantined ({share:.0%}; inputs that are no article, "
                        f"quarantined with their body status, count neither way); the batch blocks above "
                        f"{settings.quarantine_max_share:.0%} once {settings.quarantine_min_count} or more are",
            metadata={
                "articles": articles, "quarantined": quarantined, "share": round(share, 4),
                "max_share": settings.quarantine_max_share, "min_count": settings.quarantine_min_count,
                "quarantined_articles": dg.MetadataValue.md(
                    listing.to_markdown(index=False) if len(listing) else "(none)"),
                "seconds": round(time.perf_counter() - started, 3),
            },
        ))
        recorded = pd.DataFrame([
            {"check_name": f"{o.suite_name}_suite", "passed": o.passed, "rows_checked": o.rows,
             "expectations_failed": o.result.statistics["unsuccessful_expectations"],
             "articles_quarantined": len(o.quarantined_articles),
             "failed_expectations": failed_expectations_markdown(o.result)}
            for o in outcomes
        ] + [
            {"check_name": QUARANTINE_SHARE_CHECK, "passed": share_passed, "rows_checked": articles,
             "expectations_failed": 0 if share_passed else 1, "articles_quarantined": quarantined,
             "failed_expectations": results[-1].description},
        ]).assign(batch_id=batch_id, layer=layer, checked_at=now)
        con.execute("DELETE FROM audit.check_results WHERE batch_id = ? AND layer = ?", [batch_id, layer])
        append_rows(con, "audit.check_results", recorded)
        if not all(result.passed for result in results):
            mark_batch(con, batch_id, "failed")
    yield from results


def quarantine_blocks(quarantined: int, articles: int, settings: Settings) -> bool:
    """Whether so many of a batch's articles are quarantined that the fault looks like the batch's
    or the pipeline's, not the articles': more than the share allowed, and at least the minimum
    count, so that one odd article in a small batch is quarantined without blocking the rest."""
    return quarantined >= settings.quarantine_min_count and quarantined > settings.quarantine_max_share * articles
