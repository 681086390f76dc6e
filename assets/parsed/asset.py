"""Parsed layer as a Dagster asset: raw.articles → parsed.articles, captions, pull quotes,
paragraphs and sentences (offsets into the body)."""

import time

import dagster as dg

from assets.parsed.rows import PARSED_TABLES, QUARANTINE_TABLE, parse_rows
from assets.raw.asset import raw_articles
from pipelines import nlp_engine
from pipelines.partitions import batch_asset
from pipelines.quality import layer_checks
from pipelines.settings import Settings
from warehouse.db import (append_parquet, clear_quarantine, mark_batch, quarantined_before, read_frame,
                          replace_batch_from_parquet, write_transaction)


@batch_asset(
    deps=[raw_articles],
    group_name="parsed",
    kinds={"python", "spacy", "duckdb"},
    description="Headline, section, authors, bio, publication, dates, print headline, captions, pull "
    "quotes and furniture-free body paragraphs and sentences of each raw article.",
)
def parsed_articles(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    raw = read_frame(
        "SELECT article_id, source_name, content_type, text FROM raw.articles WHERE batch_id = $batch_id "
        f"AND article_id NOT IN ({quarantined_before('parsed')}) ORDER BY source_path, record_index",
        {"batch_id": batch_id}, settings,
    )
    spool = nlp_engine.compute(
        parse_rows, batch_id, raw[["article_id", "content_type", "text"]].to_dict("records"),
        settings.work_db.parent / "spool" / "parsed" / batch_id, settings,
        size_of=lambda row: len(row["text"]), id_of=lambda row: row["article_id"],
        on_shard=lambda done, total: context.log.info(f"parsed and split {done}/{total} articles"),
    )
    with write_transaction(settings) as con:
        mark_batch(con, batch_id, "pending")
        clear_quarantine(con, batch_id, "parsed")
        append_parquet(con, QUARANTINE_TABLE, spool.files(QUARANTINE_TABLE))
        counts = {name: replace_batch_from_parquet(con, name, batch_id, spool.files(name)) for name in PARSED_TABLES}
        failures = con.execute(
            "SELECT article_id, reason_code, message FROM audit.quarantine WHERE batch_id = ? AND layer = 'parsed' "
            "ORDER BY article_id", [batch_id]).df()
        preview = con.execute(
            "SELECT headline, publication, authors, published, word_count, parser FROM parsed.articles "
            "WHERE batch_id = ? ORDER BY article_id LIMIT 20", [batch_id]).df()
        words = con.execute("SELECT coalesce(sum(word_count), 0) FROM parsed.articles WHERE batch_id = ?",
                            [batch_id]).fetchone()[0]
    spool.remove()
    sources = dict(zip(raw.article_id, raw.source_name))
    for failure in failures.itertuples():
        context.log.warning(f"quarantined {sources[failure.article_id]} (article {failure.article_id}): "
                            f"{failure.reason_code}: {failure.message}")

    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": counts["parsed.articles"],
            **{f"rows_{name.split('.')[1]}": count for name, count in counts.items()},
            "words": int(words),
            "quarantined": dg.MetadataValue.md(failures.to_markdown(index=False) if len(failures) else "(none)"),
            "preview": dg.MetadataValue.md(preview.to_markdown(index=False) if len(preview) else "(no articles)"),
            "seconds": round(time.perf_counter() - started, 3),
        }
    )


parsed_checks = layer_checks(parsed_articles, "parsed")
