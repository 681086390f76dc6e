"""Entities layer as a Dagster asset: parsed bodies → entities, mentions, amounts, dates, relations."""

import time

import dagster as dg
import pandas as pd

from assets.entities.rows import ENTITY_TABLES, extract_rows
from assets.entities.types import ArticleText
from assets.parsed.asset import parsed_articles
from pipelines import nlp_engine
from pipelines.partitions import batch_asset
from pipelines.quality import layer_checks
from pipelines.settings import Settings
from warehouse.db import (clear_quarantine, mark_batch, quarantined_before, read_frame, replace_batch_from_parquet,
                          write_transaction)


def load_article_texts(batch_id: str, settings: Settings) -> list[ArticleText]:
    """The batch's parsed articles that no earlier layer quarantined, with their sentence spans."""
    kept = f"batch_id = $batch_id AND article_id NOT IN ({quarantined_before('entities')})"
    articles = read_frame(
        f"SELECT article_id, body, published_date FROM parsed.articles WHERE {kept} ORDER BY article_id",
        {"batch_id": batch_id}, settings,
    )
    sentences = read_frame(
        f"SELECT article_id, start_char, end_char FROM parsed.sentences WHERE {kept} ORDER BY article_id, sentence_index",
        {"batch_id": batch_id}, settings,
    )
    spans = {
        article_id: list(zip(group.start_char.tolist(), group.end_char.tolist()))
        for article_id, group in sentences.groupby("article_id", sort=False)
    }
    return [
        ArticleText(
            article_id=row.article_id,
            body=row.body,
            sentences=spans.get(row.article_id, []),
            published=None if pd.isna(row.published_date) else pd.Timestamp(row.published_date).date(),
        )
        for row in articles.itertuples()
    ]


@batch_asset(
    deps=[parsed_articles],
    group_name="entities",
    kinds={"python", "spacy", "duckdb"},
    description="Named entities with canonical ids and ISO codes, money amounts normalised to USD, "
    "dates resolved against the publication date, and typed relations with their evidence sentence.",
)
def article_entities(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    texts = load_article_texts(batch_id, settings)
    spool = nlp_engine.compute(
        extract_rows, batch_id, texts, settings.work_db.parent / "spool" / "entities" / batch_id, settings,
        size_of=lambda text: len(text.body), id_of=lambda text: text.article_id,
        on_shard=lambda done, total: context.log.info(f"extracted {done}/{total} articles"),
    )
    extract_seconds = time.perf_counter() - started

    with write_transaction(settings) as con:
        mark_batch(con, batch_id, "pending")
        clear_quarantine(con, batch_id, "entities")
        # each shard lists an entity once; across shards, the first shard's row is kept
        counts = {name: replace_batch_from_parquet(con, name, batch_id, spool.files(name),
                                                   ("batch_id", "entity_id") if name == "entities.entities" else ())
                  for name in ENTITY_TABLES}
        top = con.execute(
            "SELECT entity_id, entity_type, count(*) AS mentions FROM entities.mentions WHERE batch_id = ? "
            "GROUP BY ALL ORDER BY mentions DESC, entity_id LIMIT 15", [batch_id]).df()
    spool.remove()

    words = sum(len(t.body.split()) for t in texts)
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": counts["entities.mentions"],
            **{f"rows_{name.split('.')[1]}": count for name, count in counts.items()},
            "top_entities": dg.MetadataValue.md(top.to_markdown(index=False) if len(top) else "(no mentions)"),
            "words_per_second": round(words / extract_seconds, 1) if extract_seconds else 0.0,
            "seconds": round(time.perf_counter() - started, 3),
        }
    )


entity_checks = layer_checks(article_entities, "entities")
