"""Entities layer as a Dagster asset: parsed bodies → entities, mentions, amounts, dates, relations."""

import json
import time
from dataclasses import asdict

import dagster as dg
import pandas as pd

from assets.entities.extract import ArticleText, EntityExtractor, Extraction
from assets.entities.types import SECTIONS
from assets.versions import ENTITY_EXTRACTOR_VERSION
from pipelines.catalog import batch_multi_asset, materializations, table_metadata, table_specs
from pipelines.quality import layer_checks
from pipelines.settings import Settings
from warehouse.db import clear_quarantine, mark_batch, quarantined_before, read_frame, replace_batch, write_transaction

ENTITY_TABLES = ("entities.entities", "entities.mentions", "entities.amounts", "entities.dates", "entities.relations",
                 "entities.events", "entities.event_parties")
PROGRESS_EVERY = 100


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
             "role": m.role, "section": m.section}
            for i, m in enumerate(extraction.mentions)
        ],
        "entities.amounts": [
            {**key, "amount_index": i, "sentence_index": a.sentence_index, "start_char": a.start,
             "end_char": a.end, "text": a.text, "currency": a.currency, "amount_min": a.amount_min,
             "amount_max": a.amount_max, "usd_min": a.usd_min, "usd_max": a.usd_max,
             "usd_rate": a.usd_rate, "rate_date": a.rate_date, "approximate": a.approximate,
             "qualifier": a.qualifier, "bound": a.bound, "currency_basis": a.currency_basis,
             "rate_source": a.rate_source, "usd_note": a.usd_note, "section": a.section,
             "countries": a.countries}
            for i, a in enumerate(extraction.amounts)
        ],
        "entities.dates": [
            {**key, "date_index": i, "sentence_index": d.sentence_index, "start_char": d.start,
             "end_char": d.end, "text": d.text, "value": d.value, "resolution": d.resolution,
             "date_start": d.date_start, "date_end": d.date_end, "note": d.note, "section": d.section}
            for i, d in enumerate(extraction.dates)
        ],
        "entities.relations": [
            {**key, "relation_index": i, "sentence_index": r.sentence_index, "subject_id": r.subject_id,
             "predicate": r.predicate, "object_id": r.object_id, "confidence": r.confidence,
             "extractor": r.extractor,
             "attributes": json.dumps(r.attributes, sort_keys=True) if r.attributes else None,
             "section": r.section}
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
         "start_char": e.start, "end_char": e.end, "confidence": e.confidence, "extractor": e.extractor,
         "section": e.section}
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


def load_article_texts(batch_id: str, settings: Settings) -> list[ArticleText]:
    """The batch's parsed articles that no earlier layer quarantined, with their sentence spans
    and their other sections (captions, bio) as parsed.section_texts gives them."""
    kept = f"batch_id = $batch_id AND article_id NOT IN ({quarantined_before('entities')})"
    articles = read_frame(
        f"SELECT article_id, body, published_date FROM parsed.articles WHERE {kept} ORDER BY article_id",
        {"batch_id": batch_id}, settings,
    )
    others = read_frame(
        f"SELECT article_id, section, text FROM parsed.section_texts WHERE {kept} AND section <> 'body'",
        {"batch_id": batch_id}, settings,
    )
    sentences = read_frame(
        f"SELECT article_id, section, start_char, end_char FROM parsed.sentences WHERE {kept} ORDER BY article_id, sentence_index",
        {"batch_id": batch_id}, settings,
    )
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {
        key: list(zip(group.start_char.tolist(), group.end_char.tolist()))
        for key, group in sentences.groupby(["article_id", "section"], sort=False)
    }
    section_texts = {(row.article_id, row.section): row.text for row in others.itertuples()}
    texts = []
    for row in articles.itertuples():
        sections = [(section, section_texts[row.article_id, section], spans[row.article_id, section])
                    for section in SECTIONS[1:] if (row.article_id, section) in section_texts
                    and (row.article_id, section) in spans]
        published = None if pd.isna(row.published_date) else pd.Timestamp(row.published_date).date()
        texts.append(ArticleText(row.article_id, row.body, spans.get((row.article_id, "body"), []), published)
                     .with_sections(sections))
    return texts


def entity_table_specs() -> list[dg.AssetSpec]:
    """The entities tables, each derived from the parsed bodies and their sentences."""
    return table_specs("entities", {name: ["parsed.articles", "parsed.sentences"] for name in ENTITY_TABLES},
                       kinds={"python", "spacy", "duckdb"})


@batch_multi_asset(
    "article_entities",
    entity_table_specs(),
    description="Named entities with canonical ids and ISO codes, money amounts normalised to USD, "
    "dates resolved against the publication date, typed relations and events with their evidence sentence.",
)
def article_entities(context: dg.AssetExecutionContext):
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    texts = load_article_texts(batch_id, settings)

    tables: dict[str, list[dict]] = {name: [] for name in ENTITY_TABLES}
    extractor = EntityExtractor()
    for done, (text, extraction) in enumerate(zip(texts, extractor.extract(texts)), start=1):
        for name, rows in extraction_rows(text.article_id, batch_id, extraction).items():
            tables[name].extend(rows)
        if done % PROGRESS_EVERY == 0:
            context.log.info(f"extracted {done}/{len(texts)} articles")
    extract_seconds = time.perf_counter() - started

    frames = {name: pd.DataFrame(rows) for name, rows in tables.items()}
    if len(frames["entities.entities"]):
        frames["entities.entities"] = frames["entities.entities"].drop_duplicates("entity_id")
    with write_transaction(settings) as con:
        mark_batch(con, batch_id, "pending")
        clear_quarantine(con, batch_id, "entities")
        for name, frame in frames.items():
            replace_batch(con, name, batch_id, frame)
        written = table_metadata(con, context.assets_def.specs, batch_id)

    mentions = frames["entities.mentions"]
    top = (
        mentions.groupby(["entity_id", "entity_type"]).size().sort_values(ascending=False).head(15).reset_index(name="mentions")
        if len(mentions) else pd.DataFrame()
    )
    words = sum(len(t.body.split()) for t in texts)
    yield from materializations(written, {"entities.mentions": {
        "top_entities": dg.MetadataValue.md(top.to_markdown(index=False) if len(top) else "(no mentions)"),
        "words_per_second": round(words / extract_seconds, 1) if extract_seconds else 0.0,
        "seconds": round(time.perf_counter() - started, 3),
    }})


entity_checks = layer_checks(article_entities, "entities")
