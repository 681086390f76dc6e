"""Parsed layer as Dagster assets: the compute (staged raw rows → the parsed stage, no DuckDB; the
NLP runs through pipelines/nlp_engine.py, in shards on worker processes or a Dask cluster) and
the load (the stage → parsed.articles, captions, pull quotes, paragraphs and sentences, offsets
into the body), so only the load holds the DuckDB pool."""

import time

import dagster as dg

from assets.parsed.rows import PARSED_TABLES, QUARANTINE_TABLE, RAW_COLUMNS, parse_rows
from assets.raw.asset import raw_articles
from pipelines import nlp_engine
from pipelines.catalog import batch_multi_asset, materializations, table_metadata, table_specs
from pipelines.partitions import compute_asset
from pipelines.quality import layer_checks
from pipelines.settings import Settings
from pipelines.staging import finish_stage, read_stage, stage_dir, staged_files
from warehouse.db import (append_parquet, clear_quarantine, mark_batch, quarantined_before, replace_batch_from_parquet,
                          write_transaction)


@compute_asset(
    deps=[raw_articles],
    group_name="parsed",
    kinds={"python", "spacy", "parquet"},
    description="The compute of the parsed layer, apart from the DuckDB file: the batch's staged raw rows "
    "parsed (headline, section, authors, bio, publication, dates, print headline, captions, pull quotes, "
    "furniture-free body paragraphs and sentences) in shards by the NLP engine (worker processes or a "
    "Dask cluster) into the batch's parsed stage (Parquet, one file per shard).",
)
def parsed_stage(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    raw = read_stage(settings, batch_id, "raw", {"raw.articles": RAW_COLUMNS})["raw.articles"]
    nlp_engine.compute(
        parse_rows, batch_id, raw[["article_id", "content_type", "text"]].to_dict("records"),
        stage_dir(settings, batch_id, "parsed"), settings,
        size_of=lambda row: len(row["text"]), id_of=lambda row: row["article_id"],
        on_shard=lambda done, total: context.log.info(f"parsed and split {done}/{total} articles"),
    )
    counts = finish_stage(settings, batch_id, "parsed", [*PARSED_TABLES, QUARANTINE_TABLE])
    staged = read_stage(settings, batch_id, "parsed", {"parsed.articles": ["word_count"],
                                                       QUARANTINE_TABLE: ["article_id", "reason_code", "message"]})
    sources = dict(zip(raw.article_id, raw.source_name))
    for row in staged[QUARANTINE_TABLE].itertuples():
        context.log.warning(f"quarantined {sources[row.article_id]} (article {row.article_id}): "
                            f"{row.reason_code}: {row.message}")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": counts["parsed.articles"],
            **{f"rows_{name.split('.')[1]}": count for name, count in counts.items() if name in PARSED_TABLES},
            "words": int(staged["parsed.articles"].word_count.sum()),
            "quarantined": counts[QUARANTINE_TABLE],
            "stage": dg.MetadataValue.path(str(stage_dir(settings, batch_id, "parsed"))),
            "seconds": round(time.perf_counter() - started, 3),
        }
    )


def load_parsed_stage(con, settings: Settings, batch_id: str) -> dict[str, int]:
    """Replace the batch's parsed rows and parse quarantines with its parsed stage, in the caller's
    transaction, leaving out articles an earlier layer quarantined; rows loaded per table."""
    files = staged_files(settings, batch_id, "parsed")
    skipped = quarantined_before("parsed")
    mark_batch(con, batch_id, "pending")
    clear_quarantine(con, batch_id, "parsed")
    append_parquet(con, QUARANTINE_TABLE, batch_id, files[QUARANTINE_TABLE], skipped)
    return {name: replace_batch_from_parquet(con, name, batch_id, files[name], skipped) for name in PARSED_TABLES}


def parsed_table_specs() -> list[dg.AssetSpec]:
    """The parsed tables, each loaded from the parsed stage, and the view of their section texts."""
    lineage: dict[str, list] = {name: [parsed_stage.key] for name in PARSED_TABLES}
    # the view the offsets of section rows point into: the body beside parsed.sections (migration 0010)
    lineage["parsed.section_texts"] = ["parsed.articles", "parsed.sections"]
    return table_specs("parsed", lineage, kinds={"parquet", "duckdb"})


@batch_multi_asset(
    "parsed_articles",
    parsed_table_specs(),
    description="Headline, section, authors, bio, publication, dates, print headline, captions, pull "
    "quotes and furniture-free body paragraphs and sentences of each raw article, loaded from the "
    "batch's parsed stage (articles an earlier check quarantined left out).",
)
def parsed_articles(context: dg.AssetExecutionContext):
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    with write_transaction(settings) as con:
        load_parsed_stage(con, settings, batch_id)
        failures = con.execute("SELECT article_id, reason_code, message FROM audit.quarantine "
                               "WHERE batch_id = ? AND layer = 'parsed' ORDER BY article_id", [batch_id]).df()
        preview = con.execute("SELECT headline, publication, authors, published, word_count, parser "
                              "FROM parsed.articles WHERE batch_id = ? ORDER BY article_id LIMIT 20", [batch_id]).df()
        written = table_metadata(con, context.assets_def.specs, batch_id)
    yield from materializations(written, {"parsed.articles": {
        "quarantined": dg.MetadataValue.md(failures.to_markdown(index=False) if len(failures) else "(none)"),
        "preview": dg.MetadataValue.md(preview.to_markdown(index=False) if len(preview) else "(no articles)"),
        "seconds": round(time.perf_counter() - started, 3),
    }})


parsed_checks = layer_checks(parsed_articles, "parsed")
