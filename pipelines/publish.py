"""The publish step of write–audit–publish: the last step of a run, after every layer's checks.

It materialises `published_warehouse` (the analysts' file) and, read from that file, the audit
tables (only published batches' rows) and the analyst views (created there by analytics.sql)."""

import time

import dagster as dg

from assets.star.asset import STAR_LINEAGE
from pipelines.catalog import (
    batch_multi_asset, materializations, schema_tables, table_key, table_metadata, table_specs, view_lineage,
)
from pipelines.inbox import remove_stale_locks
from pipelines.settings import Settings
from pipelines.staging import remove_expired_stages
from warehouse.db import mark_batch, publish, write_transaction

PUBLISHED_WAREHOUSE = dg.AssetKey("published_warehouse")


def publish_specs() -> list[dg.AssetSpec]:
    """The published file after every star table (so any failed blocking check of the star, or
    of a layer before it, stops it), the audit tables in it, and the analyst views of its tables."""
    warehouse = dg.AssetSpec(
        PUBLISHED_WAREHOUSE,
        group_name="publish",
        kinds={"duckdb"},
        deps=[table_key(name) for name in STAR_LINEAGE],
        description="Marks the batch published and replaces the analysts' warehouse file with the pipeline's, "
        "minus every batch that has not passed all its blocking checks, then writes the report of what it holds "
        "(`wirehouse report`; metadata `report`). Runs only when they all passed.",
    )
    audit = table_specs("publish", {name: [PUBLISHED_WAREHOUSE] for name in schema_tables("audit")}, kinds={"duckdb"})
    views = table_specs("analytics", view_lineage(schema_tables("analytics", kind="view")), kinds={"sql", "duckdb"})
    return [warehouse, *audit, *views]


@batch_multi_asset(
    "published_warehouse",
    publish_specs(),
    description="Publishes the batch: the analysts' file, its audit tables and its analyst views.",
)
def published_warehouse(context: dg.AssetExecutionContext):
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    with write_transaction(settings) as con:
        mark_batch(con, batch_id, "published")
        published, quarantined = con.execute(
            "SELECT (SELECT count(*) FROM audit.batches WHERE status = 'published'), "
            "(SELECT count(DISTINCT article_id) FROM audit.quarantine WHERE batch_id = ?)", [batch_id],
        ).fetchone()
        published_batches = [row[0] for row in con.execute("SELECT batch_id FROM audit.batches WHERE status = 'published'").fetchall()]
    tables: dict[str, dict] = {}
    specs = [spec for spec in context.assets_def.specs if spec.key != PUBLISHED_WAREHOUSE]
    withheld = publish(settings, inspect=lambda con: tables.update(table_metadata(con, specs)))
    if withheld:
        context.log.warning(f"{len(withheld)} batch(es) not published (failed or unfinished): {', '.join(withheld)}; "
                            "see `wirehouse audit BATCH_ID`")
    # what a later run no longer needs (retention: pipelines/staging.py, pipelines/inbox.py)
    stages_removed = remove_expired_stages(settings, published_batches)
    remove_stale_locks(settings)
    seconds = round(time.perf_counter() - started, 3)
    started = time.perf_counter()
    report = latest_report(context, settings)
    yield dg.MaterializeResult(
        asset_key=PUBLISHED_WAREHOUSE,
        metadata={
            "dagster/row_count": published,  # batches in the published file
            "articles_quarantined": quarantined,
            "batches_withheld": dg.MetadataValue.json(withheld),
            "stages_removed": dg.MetadataValue.json(stages_removed),
            "warehouse": dg.MetadataValue.path(str(settings.warehouse_db)),
            "megabytes": round(settings.warehouse_db.stat().st_size / 1e6, 2),
            "seconds": seconds,
            **report,
            "report_seconds": round(time.perf_counter() - started, 3),
        },
    )
    yield from materializations(tables)


def latest_report(context: dg.AssetExecutionContext, settings: Settings) -> dict:
    """Render `wirehouse report` of what was just published to its stable path; its metadata. The
    warehouse is published by now, so a report that fails is logged and the publish stands."""
    from pipelines.report import write_report

    try:
        return {"report": dg.MetadataValue.path(str(write_report(settings)))}
    except Exception as error:  # any failure to draw must not undo a publish that succeeded
        message = f"{type(error).__name__}: {error}"
        context.log.error(f"the report of the published warehouse was not written: {message}")
        return {"report_error": message}
