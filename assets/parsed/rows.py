"""The parsed layer as a function of rows: raw.articles rows in, the rows of every parsed table
and the layer's quarantine rows out. No Dagster, no DuckDB: it runs in this process or in an NLP
worker (pipelines/nlp_engine.py) on one shard of a batch at a time."""

from __future__ import annotations

from datetime import datetime, timezone

from assets.parsed.dispatch import parse_document
from assets.parsed.model import NO_ARTICLE_REASONS, ParsedArticle
from assets.parsed.sentences import section_sentence_rows, sentence_rows, split_sections, split_sentences
from assets.versions import PARSER_VERSION

PARSED_TABLES = ("parsed.articles", "parsed.captions", "parsed.pull_quotes", "parsed.paragraphs", "parsed.sentences",
                 "parsed.sections")
QUARANTINE_TABLE = "audit.quarantine"
# The raw columns staged for the parsed layer (parse_rows reads all but source_name), in batch order.
RAW_COLUMNS = ["article_id", "source_name", "content_type", "text"]


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
    # the other sections' texts, as the entity layers read them and their offsets point into
    sections = article.section_texts() if sentence_spans is not None else []
    rows += section_sentence_rows(sections, list(section_spans), len(rows))
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
        "parsed.sections": [{**key, "section": section, "text": text} for section, text in sections],
    }


def parse_rows(batch_id: str, raw_rows: list[dict]) -> dict[str, list[dict]]:
    """Parse raw rows (article_id, content_type, text) into the rows of PARSED_TABLES, plus
    QUARANTINE_TABLE rows for each article the parser failed on or found to be no article."""
    article_ids, articles, failures = [], [], []

    def quarantine(article_id: str, reason_code: str, message: str) -> None:
        failures.append({"batch_id": batch_id, "article_id": article_id, "layer": "parsed",
                         "reason_code": reason_code, "message": message,
                         "quarantined_at": datetime.now(timezone.utc).replace(tzinfo=None)})

    for row in raw_rows:
        try:
            article = parse_document(row["text"], row["content_type"])
        except Exception as error:  # one article the parser cannot take is quarantined, not the batch
            quarantine(row["article_id"], "parse_error", f"the parser failed: {type(error).__name__}: {error}")
            continue
        articles.append(article)
        article_ids.append(row["article_id"])
        if (status := article.body_status) in NO_ARTICLE_REASONS:  # its rows are kept, for the audit
            quarantine(row["article_id"], status, NO_ARTICLE_REASONS[status])
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
    tables[QUARANTINE_TABLE] = failures
    return tables
