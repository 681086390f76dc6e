"""Parsed layer as a Dagster asset: raw.articles → parsed.articles, captions, pull quotes,
paragraphs and sentences (offsets into the body)."""

import time

import dagster as dg
import pandas as pd

from assets.parsed.dispatch import parse_document
from assets.parsed.model import NO_ARTICLE_REASONS, ParsedArticle
from assets.parsed.sentences import section_sentence_rows, sentence_rows, split_sections, split_sentences
from assets.versions import PARSER_VERSION
from pipelines.catalog import batch_multi_asset, materializations, table_metadata, table_specs
from pipelines.quality import layer_checks
from pipelines.settings import Settings
from warehouse.db import append_rows, clear_quarantine, mark_batch, quarantined_before, read_frame, replace_batch, write_transaction

PARSED_TABLES = ("parsed.articles", "parsed.captions", "parsed.pull_quotes", "parsed.paragraphs", "parsed.sentences")


def parsed_rows(article_id: str, batch_id: str, article: ParsedArticle,
                sentence_spans: list[tuple[int, int]] | None,
                section_spans: list[list[tuple[int, int]]] = ()) -> dict[str, list[dict]]:
    """The rows of every parsed table for one article; no paragraphs or sentences when
    sentence_spans is None (a body that is no article). The sentences of its captions and bio
    (section_spans, one list per ParsedArticle.section_texts) follow the body's."""
    body = article.body
    key = {"article_id": article_id, "batch_id": batch_id, "extractor_version": PARSER_VERSION}
    paragraph_spans = article.paragraph_spans() if sentence_spans is not None else []
    paragraphs = [
        {**key, "paragraph_index": i, "start_char": start, "end_char": end, "text": body[start:end]}
        for i, (start, end) in enumerate(paragraph_spans)
    ]
    rows = [("body", row) for row in sentence_rows(body, sentence_spans or [], paragraph_spans)]
    if sentence_spans is not None:
        rows += section_sentence_rows(article.section_texts(), list(section_spans), len(rows))
    sentences = [
        {**key, "sentence_index": row.index, "paragraph_index": row.paragraph_index,
         "start_char": row.start, "end_char": row.end, "text": row.text, "section": section}
        for section, row in rows
    ]
    return {
        "parsed.articles": [{
            **key, "parser": article.parser, "headline": article.headline, "section": article.section,
            "authors": list(article.authors), "author_bio": article.author_bio,
            "publication": article.publication, "published": article.published,
            "published_date": article.published_date, "print_headline": article.print_headline,
            "dateline": article.dateline, "url": article.url, "language": article.language,
            "word_count": article.word_count, "body_status": article.body_status, "body": body,
        }],
        "parsed.captions": [{**key, "caption_index": i, "text": c.text, "credit": c.credit} for i, c in enumerate(article.captions)],
        "parsed.pull_quotes": [{**key, "quote_index": i, "text": q} for i, q in enumerate(article.pull_quotes)],
        "parsed.paragraphs": paragraphs,
        "parsed.sentences": sentences,
    }


def parsed_table_specs() -> list[dg.AssetSpec]:
    """The parsed tables, each derived from raw.articles, and the view of their section texts."""
    lineage = {name: ["raw.articles"] for name in PARSED_TABLES}
    # the view the offsets of caption and bio rows point into (migration 0005)
    lineage["parsed.section_texts"] = ["parsed.articles", "parsed.captions"]
    return table_specs("parsed", lineage, kinds={"python", "spacy", "duckdb"})


@batch_multi_asset(
    "parsed_articles",
    parsed_table_specs(),
    description="Headline, section, authors, bio, publication, dates, print headline, captions, pull "
    "quotes and furniture-free body paragraphs and sentences of each raw article.",
)
def parsed_articles(context: dg.AssetExecutionContext):
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    raw = read_frame(
        "SELECT article_id, source_name, content_type, text FROM raw.articles WHERE batch_id = $batch_id "
        f"AND article_id NOT IN ({quarantined_before('parsed')}) ORDER BY source_path, record_index",
        {"batch_id": batch_id}, settings,
    )
    article_ids, articles, failures = [], [], []

    def quarantine(row, reason_code: str, message: str) -> None:
        context.log.warning(f"quarantined {row.source_name} (article {row.article_id}): {reason_code}: {message}")
        failures.append({"batch_id": batch_id, "article_id": row.article_id, "layer": "parsed",
                         "reason_code": reason_code, "message": message,
                         "quarantined_at": pd.Timestamp.now(tz="UTC").tz_localize(None)})

    for row in raw.itertuples():
        try:
            article = parse_document(row.text, row.content_type)
        except Exception as error:  # one article the parser cannot take is quarantined, not the batch
            quarantine(row, "parse_error", f"the parser failed: {type(error).__name__}: {error}")
            continue
        articles.append(article)
        article_ids.append(row.article_id)
        if (status := article.body_status) in NO_ARTICLE_REASONS:  # its rows are kept, for the audit
            quarantine(row, status, NO_ARTICLE_REASONS[status])
    context.log.info(f"parsed {len(articles)} articles in {time.perf_counter() - started:.1f}s; splitting sentences")
    # A body that is no article keeps its parsed.articles row for the audit; its paragraphs and
    # sentences (10,000 of them in a dump) would only cost splitting and checking.
    is_article = [article.body_status not in NO_ARTICLE_REASONS for article in articles]
    kept_articles = [article for article, kept in zip(articles, is_article) if kept]
    spans = iter(split_sentences([article.body for article in kept_articles]))
    section_spans = iter(split_sections([article.section_texts() for article in kept_articles]))

    tables: dict[str, list[dict]] = {name: [] for name in PARSED_TABLES}
    for article_id, article, kept in zip(article_ids, articles, is_article):
        sentence_spans, sections = (next(spans), next(section_spans)) if kept else (None, [])
        for name, rows in parsed_rows(article_id, batch_id, article, sentence_spans, sections).items():
            tables[name].extend(rows)
    with write_transaction(settings) as con:
        mark_batch(con, batch_id, "pending")
        clear_quarantine(con, batch_id, "parsed")
        append_rows(con, "audit.quarantine", pd.DataFrame(failures))
        for name, rows in tables.items():
            replace_batch(con, name, batch_id, pd.DataFrame(rows))
        written = table_metadata(con, context.assets_def.specs, batch_id)

    preview = pd.DataFrame(tables["parsed.articles"])
    if len(preview):
        preview = preview[["headline", "publication", "authors", "published", "word_count", "parser"]]
    yield from materializations(written, {"parsed.articles": {
        "words": int(sum(a.word_count for a in articles)),
        "quarantined": dg.MetadataValue.md(
            pd.DataFrame(failures)[["article_id", "reason_code", "message"]].to_markdown(index=False)
            if failures else "(none)"),
        "preview": dg.MetadataValue.md(preview.head(20).to_markdown(index=False) if len(preview) else "(no articles)"),
        "seconds": round(time.perf_counter() - started, 3),
    }})


parsed_checks = layer_checks(parsed_articles, "parsed")
