"""Parsed layer as Dagster assets: the compute (staged raw rows → the parsed stage, no DuckDB) and
the load (the stage → parsed.articles, captions, pull quotes, paragraphs and sentences, offsets
into the body), so only the load holds the DuckDB pool."""

import time

import dagster as dg

from assets.parsed.batch import PARSED_TABLES, RAW_COLUMNS, parse_batch
from assets.raw.asset import raw_articles
from pipelines.partitions import batch_asset, compute_asset
from pipelines.quality import layer_checks
from pipelines.settings import Settings
from pipelines.staging import read_stage, stage_dir, staged_files, write_stage
from warehouse.db import (append_parquet, clear_quarantine, mark_batch, quarantined_before, replace_batch_from_parquet,
                          write_transaction)


@compute_asset(
    deps=[raw_articles],
    group_name="parsed",
    kinds={"python", "spacy", "parquet"},
    description="The compute of the parsed layer, apart from the DuckDB file: the batch's staged raw rows "
    "parsed (headline, section, authors, bio, publication, dates, print headline, captions, pull quotes, "
    "furniture-free body paragraphs and sentences) into the batch's parsed stage (Parquet).",
)
def parsed_stage(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    raw = read_stage(settings, batch_id, "raw", {"raw.articles": RAW_COLUMNS})["raw.articles"]
    parsed = parse_batch(raw, batch_id)
    sources = dict(zip(raw.article_id, raw.source_name))
    for row in parsed.quarantine.itertuples():
        context.log.warning(f"quarantined {sources[row.article_id]} (article {row.article_id}): "
                            f"{row.reason_code}: {row.message}")
    counts = write_stage(settings, batch_id, "parsed", {**parsed.tables, "audit.quarantine": parsed.quarantine})
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": counts["parsed.articles"],
            **{f"rows_{name.split('.')[1]}": count for name, count in counts.items() if name in PARSED_TABLES},
            "words": parsed.words,
            "quarantined": len(parsed.quarantine),
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
    append_parquet(con, "audit.quarantine", batch_id, files["audit.quarantine"], skipped)
    return {name: replace_batch_from_parquet(con, name, batch_id, files[name], skipped) for name in PARSED_TABLES}


@batch_asset(
    deps=[parsed_stage],
    group_name="parsed",
    kinds={"parquet", "duckdb"},
    description="Headline, section, authors, bio, publication, dates, print headline, captions, pull "
    "quotes and furniture-free body paragraphs and sentences of each raw article, loaded from the "
    "batch's parsed stage (articles an earlier check quarantined left out).",
)
def parsed_articles(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    with write_transaction(settings) as con:
        counts = load_parsed_stage(con, settings, batch_id)
        failures = con.execute("SELECT article_id, reason_code, message FROM audit.quarantine "
                               "WHERE batch_id = ? AND layer = 'parsed'", [batch_id]).df()
        preview = con.execute("SELECT headline, publication, authors, published, word_count, parser "
                              "FROM parsed.articles WHERE batch_id = ? ORDER BY article_id LIMIT 20", [batch_id]).df()
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": counts["parsed.articles"],
            **{f"rows_{name.split('.')[1]}": count for name, count in counts.items()},
            "quarantined": dg.MetadataValue.md(failures.to_markdown(index=False) if len(failures) else "(none)"),
            "preview": dg.MetadataValue.md(preview.to_markdown(index=False) if len(preview) else "(no articles)"),
            "seconds": round(time.perf_counter() - started, 3),
        }
    )


parsed_checks = layer_checks(parsed_articles, "parsed")
