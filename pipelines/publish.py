"""The publish step of write–audit–publish: the last asset of a run, after every layer's checks."""

import time

import dagster as dg

from assets.star.asset import star_schema
from pipelines.partitions import batch_asset
from pipelines.settings import Settings
from warehouse.db import mark_batch, publish, write_transaction


@batch_asset(
    deps=[star_schema],
    group_name="publish",
    kinds={"duckdb"},
    description="Marks the batch published and replaces the analysts' warehouse file with the pipeline's, "
    "minus every batch that has not passed all its blocking checks, then writes the report of what it holds "
    "(`wirehouse report`; metadata `report`). Runs only when they all passed.",
)
def published_warehouse(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    with write_transaction(settings) as con:
        mark_batch(con, batch_id, "published")
        published, quarantined = con.execute(
            "SELECT (SELECT count(*) FROM audit.batches WHERE status = 'published'), "
            "(SELECT count(DISTINCT article_id) FROM audit.quarantine WHERE batch_id = ?)", [batch_id],
        ).fetchone()
    withheld = publish(settings)
    if withheld:
        context.log.warning(f"{len(withheld)} batch(es) not published (failed or unfinished): {', '.join(withheld)}; "
                            "see `wirehouse audit BATCH_ID`")
    seconds = round(time.perf_counter() - started, 3)
    started = time.perf_counter()
    report = latest_report(context, settings)
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": published,  # batches in the published file
            "articles_quarantined": quarantined,
            "batches_withheld": dg.MetadataValue.json(withheld),
            "warehouse": dg.MetadataValue.path(str(settings.warehouse_db)),
            "megabytes": round(settings.warehouse_db.stat().st_size / 1e6, 2),
            "seconds": seconds,
            **report,
            "report_seconds": round(time.perf_counter() - started, 3),
        }
    )


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
