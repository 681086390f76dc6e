"""The code location: every asset, check, job, sensor and schedule of Wirehouse."""

import dagster as dg

from assets.entities.asset import article_entities, entity_checks
from assets.parsed.asset import parsed_articles, parsed_checks
from assets.raw.asset import raw_articles, raw_checks
from assets.star.asset import star_checks, star_schema
from pipelines.publish import published_warehouse
from pipelines.triggers import INGEST_JOB_NAME, inbox_schedule, inbox_sensor

# In-process: a step costs milliseconds instead of a process start (~1 s), and DuckDB's single
# writer means steps could not run in parallel anyway.
ingest_batch = dg.define_asset_job(
    name=INGEST_JOB_NAME,
    selection=dg.AssetSelection.all(),
    executor_def=dg.in_process_executor,
    description="One batch through raw → parsed → entities → star, each layer audited by its GX suites, "
    "then published to the analysts' file if every blocking check passed.",
)

defs = dg.Definitions(
    assets=[raw_articles, parsed_articles, article_entities, star_schema, published_warehouse],
    asset_checks=[raw_checks, parsed_checks, entity_checks, star_checks],
    jobs=[ingest_batch],
    sensors=[inbox_sensor],
    schedules=[inbox_schedule],
    executor=dg.in_process_executor,
)
