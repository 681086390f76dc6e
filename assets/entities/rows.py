"""The entities layer as a function of rows: articles with their sentence spans in, the rows of
every entities table out. No Dagster, no DuckDB: it runs in this process or in an NLP worker
(pipelines/nlp_engine.py) on one shard of a batch at a time."""

import json
from dataclasses import asdict

from assets.entities.extract import ArticleText, EntityExtractor, Extraction
from assets.versions import ENTITY_EXTRACTOR_VERSION

ENTITY_TABLES = ("entities.entities", "entities.mentions", "entities.amounts", "entities.dates", "entities.relations",
                 "entities.events", "entities.event_parties")


def extraction_rows(article_id: str, batch_id: str, extraction: Extraction) -> dict[str, list[dict]]:
    """The rows of every entities table for one article (entities.entities not yet deduplicated)."""
    version = {"extractor_version": ENTITY_EXTRACTOR_VERSION}
    key = {"article_id": article_id, "batch_id": batch_id, **version}
    return {
        "entities.entities": [{"batch_id": batch_id, **asdict(m.entity), **version} for m in extraction.mentions],
        "entities.mentions": [
            {**key, "mention_index": i, "sentence_index": m.sentence_index, "start_char": m.start,
             "end_char": m.end, "text": m.text, "entity_type": m.entity.entity_type,
             "entity_id": m.entity.entity_id, "confidence": m.confidence, "extractor": m.extractor,
             "role": m.role}
            for i, m in enumerate(extraction.mentions)
        ],
        "entities.amounts": [
            {**key, "amount_index": i, "sentence_index": a.sentence_index, "start_char": a.start,
             "end_char": a.end, "text": a.text, "currency": a.currency, "amount_min": a.amount_min,
             "amount_max": a.amount_max, "usd_min": a.usd_min, "usd_max": a.usd_max,
             "usd_rate": a.usd_rate, "rate_date": a.rate_date, "approximate": a.approximate,
             "qualifier": a.qualifier, "bound": a.bound, "currency_basis": a.currency_basis,
             "rate_source": a.rate_source, "usd_note": a.usd_note}
            for i, a in enumerate(extraction.amounts)
        ],
        "entities.dates": [
            {**key, "date_index": i, "sentence_index": d.sentence_index, "start_char": d.start,
             "end_char": d.end, "text": d.text, "value": d.value, "resolution": d.resolution,
             "date_start": d.date_start, "date_end": d.date_end, "note": d.note}
            for i, d in enumerate(extraction.dates)
        ],
        "entities.relations": [
            {**key, "relation_index": i, "sentence_index": r.sentence_index, "subject_id": r.subject_id,
             "predicate": r.predicate, "object_id": r.object_id, "confidence": r.confidence,
             "extractor": r.extractor,
             "attributes": json.dumps(r.attributes, sort_keys=True) if r.attributes else None}
            for i, r in enumerate(extraction.relations)
        ],
        **event_rows(key, extraction),
    }


def event_rows(key: dict, extraction: Extraction) -> dict[str, list[dict]]:
    """entities.events and entities.event_parties of one article; an event points at its amount,
    date and party mentions by their row index in the article's other tables."""
    # by identity: the events hold the very objects of the extraction's lists
    amount_index = {id(a): i for i, a in enumerate(extraction.amounts)}
    date_index = {id(d): i for i, d in enumerate(extraction.dates)}
    mention_index = {id(m): i for i, m in enumerate(extraction.mentions)}
    events = [
        {**key, "event_index": i, "sentence_index": e.sentence_index, "event_type": e.event_type,
         "status": e.status, "trigger": e.trigger,
         "amount_index": None if e.amount is None else amount_index[id(e.amount)],
         "date_index": None if e.date is None else date_index[id(e.date)],
         "place_id": None if e.place is None else e.place.entity_id,
         "sector_id": None if e.sector is None else e.sector.entity_id,
         "start_char": e.start, "end_char": e.end, "confidence": e.confidence, "extractor": e.extractor}
        for i, e in enumerate(extraction.events)
    ]
    parties = [
        {**key, "event_index": i, "party_index": j, "role": p.role, "entity_id": p.entity_id,
         "mention_index": mention_index.get(id(p.mention)), "start_char": p.mention.start,
         "end_char": p.mention.end, "text": p.mention.text}
        for i, e in enumerate(extraction.events)
        for j, p in enumerate(e.parties)
    ]
    return {"entities.events": events, "entities.event_parties": parties}


def extract_rows(batch_id: str, articles: list[ArticleText]) -> dict[str, list[dict]]:
    """The rows of every ENTITY_TABLES table for `articles`, in their order; entities.entities
    holds each entity once (its first mention's row)."""
    tables: dict[str, list[dict]] = {name: [] for name in ENTITY_TABLES}
    for article, extraction in zip(articles, EntityExtractor().extract(articles)):
        for name, rows in extraction_rows(article.article_id, batch_id, extraction).items():
            tables[name].extend(rows)
    first_rows: dict[str, dict] = {}
    for row in tables["entities.entities"]:
        first_rows.setdefault(row["entity_id"], row)
    tables["entities.entities"] = list(first_rows.values())
    return tables
