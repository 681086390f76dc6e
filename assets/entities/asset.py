"""Entities layer as Dagster assets: the compute (the parsed stage → the entities stage, no DuckDB;
the entity chain runs through pipelines/nlp_engine.py, in shards on worker processes or a Dask
cluster) and the load (the stage → entities, mentions, amounts, dates, relations, events), so
only the load holds the DuckDB pool."""

import time

import dagster as dg

from assets.entities.rows import (ARTICLE_COLUMNS, ENTITY_TABLES, SECTION_COLUMNS, SENTENCE_COLUMNS, extract_rows,
                                  other_languages, stage_texts)
from assets.parsed.asset import parsed_articles
from assets.parsed.rows import QUARANTINE_TABLE
from pipelines import nlp_engine
from pipelines.catalog import batch_multi_asset, materializations, table_metadata, table_specs
from pipelines.partitions import compute_asset
from pipelines.quality import layer_checks
from pipelines.settings import Settings
from pipelines.staging import finish_stage, read_stage, stage_dir, staged_files
from warehouse.db import (append_parquet, clear_quarantine, mark_batch, quarantined_before, replace_batch_from_parquet,
                          write_transaction)


# After parsed_articles (and so after its blocking checks): a batch the parsed checks block costs no NLP.
@compute_asset(
    deps=[parsed_articles],
    group_name="entities",
    kinds={"python", "spacy", "parquet"},
    description="The compute of the entities layer, apart from the DuckDB file: the entity chain on every "
    "article of the batch's parsed stage, in shards by the NLP engine (worker processes or a Dask "
    "cluster), its rows written to the batch's entities stage (Parquet, one file per shard).",
)
def entities_stage(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    parsed = read_stage(settings, batch_id, "parsed",
                        {"parsed.articles": ARTICLE_COLUMNS, "parsed.sentences": SENTENCE_COLUMNS,
                         "parsed.sections": SECTION_COLUMNS})
    texts = stage_texts(parsed["parsed.articles"], parsed["parsed.sentences"], parsed["parsed.sections"])
    unread = other_languages(parsed["parsed.articles"])
    del parsed
    if unread:
        context.log.info(f"not read, the entity chain reads English only: {sum(unread.values())} article(s) in "
                         + ", ".join(f"{language} ({n})" for language, n in unread.items()))
    nlp_engine.compute(
        extract_rows, batch_id, texts, stage_dir(settings, batch_id, "entities"), settings,
        size_of=lambda text: len(text.body), id_of=lambda text: text.article_id,
        on_shard=lambda done, total: context.log.info(f"extracted {done}/{total} articles"),
    )
    extract_seconds = time.perf_counter() - started
    counts = finish_stage(settings, batch_id, "entities", [*ENTITY_TABLES, QUARANTINE_TABLE])
    given_up = read_stage(settings, batch_id, "entities", {QUARANTINE_TABLE: ["article_id", "reason_code", "message"]})[QUARANTINE_TABLE]
    for row in given_up.itertuples():
        context.log.warning(f"quarantined article {row.article_id}: {row.reason_code}: {row.message}")
    words = sum(len(text.body.split()) for text in texts)
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": counts["entities.mentions"],
            **{f"rows_{name.split('.')[1]}": count for name, count in counts.items() if name in ENTITY_TABLES},
            "quarantined": counts[QUARANTINE_TABLE],
            "not_read_other_language": sum(unread.values()),
            "words_per_second": round(words / extract_seconds, 1) if extract_seconds else 0.0,
            "stage": dg.MetadataValue.path(str(stage_dir(settings, batch_id, "entities"))),
            "seconds": round(time.perf_counter() - started, 3),
        }
    )


def load_entities_stage(con, settings: Settings, batch_id: str) -> dict[str, int]:
    """Replace the batch's entities rows with its entities stage, in the caller's transaction,
    leaving out articles an earlier layer quarantined; rows loaded per table (entities.entities:
    one row per entity, the first shard's)."""
    files = staged_files(settings, batch_id, "entities")
    skipped = quarantined_before("entities")
    mark_batch(con, batch_id, "pending")
    clear_quarantine(con, batch_id, "entities")
    append_parquet(con, QUARANTINE_TABLE, batch_id, files[QUARANTINE_TABLE], skipped)  # over the time budget
    return {
        name: replace_batch_from_parquet(con, name, batch_id, files[name], skipped,
                                         one_row_per="entity_id" if name == "entities.entities" else None)
        for name in ENTITY_TABLES
    }


def entity_table_specs() -> list[dg.AssetSpec]:
    """The entities tables, each loaded from the entities stage."""
    return table_specs("entities", {name: [entities_stage.key] for name in ENTITY_TABLES}, kinds={"parquet", "duckdb"})


@batch_multi_asset(
    "article_entities",
    entity_table_specs(),
    description="Named entities with canonical ids and ISO codes, money amounts normalised to USD, "
    "dates resolved against the publication date, and typed relations and events with their evidence "
    "sentence, loaded from the batch's entities stage (articles an earlier check quarantined left out).",
)
def article_entities(context: dg.AssetExecutionContext):
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    with write_transaction(settings) as con:
        load_entities_stage(con, settings, batch_id)
        top = con.execute(
            "SELECT entity_id, entity_type, count(*) AS mentions FROM entities.mentions WHERE batch_id = ? "
            "GROUP BY ALL ORDER BY mentions DESC, entity_id LIMIT 15", [batch_id],
        ).df()
        written = table_metadata(con, context.assets_def.specs, batch_id)
    yield from materializations(written, {"entities.mentions": {
        "top_entities": dg.MetadataValue.md(top.to_markdown(index=False) if len(top) else "(no mentions)"),
        "seconds": round(time.perf_counter() - started, 3),
    }})


entity_checks = layer_checks(article_entities, "entities")
