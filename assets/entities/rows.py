"""The entities layer as a function of rows: articles with their sentence spans in, the rows of
every entities table out. No Dagster, no DuckDB: it runs in this process or in an NLP worker
(pipelines/nlp_engine.py) on one shard of a batch at a time."""

import collections
import json
import traceback
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from assets.entities.extract import ArticleText, EntityExtractor, Extraction
from assets.entities.time_budget import ChainTimeout, Watchdog, budget_seconds
from assets.entities.types import SECTIONS, chain_reads
from assets.parsed.model import NO_ARTICLE_REASONS
from assets.parsed.rows import QUARANTINE_TABLE
from assets.versions import ENTITY_EXTRACTOR_VERSION

# The parsed stage's columns stage_texts reads.
ARTICLE_COLUMNS = ["article_id", "body", "published_date", "body_status", "language"]
SENTENCE_COLUMNS = ["article_id", "sentence_index", "start_char", "end_char", "section"]
SECTION_COLUMNS = ["article_id", "section", "text"]

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


def stage_texts(articles: pd.DataFrame, sentences: pd.DataFrame, sections: pd.DataFrame) -> list[ArticleText]:
    """The extractor's input from parsed-stage frames: the articles whose body is an article
    (ARTICLE_COLUMNS) in a language the chain reads (types.chain_reads), in article id order, each
    with its sentence spans (SENTENCE_COLUMNS) in sentence order and its other sections as the
    parsed layer staged them (SECTION_COLUMNS of parsed.sections: captions, then bio) that have
    sentences."""
    read = articles.language.map(lambda language: chain_reads(None if pd.isna(language) else language))
    articles = articles[~articles.body_status.isin(list(NO_ARTICLE_REASONS)) & read].sort_values("article_id")
    spans = {
        key: list(zip(group.start_char.tolist(), group.end_char.tolist()))
        for key, group in sentences.sort_values(["article_id", "sentence_index"]).groupby(["article_id", "section"], sort=False)
    }
    section_texts = dict(zip(zip(sections.article_id, sections.section), sections.text))
    texts = []
    for row in articles.itertuples():
        others = [(section, section_texts[row.article_id, section], spans[row.article_id, section]) for section in SECTIONS[1:]
                  if (row.article_id, section) in section_texts and (row.article_id, section) in spans]
        published = None if pd.isna(row.published_date) else pd.Timestamp(row.published_date).date()
        texts.append(ArticleText(row.article_id, row.body, spans.get((row.article_id, "body"), []), published)
                     .with_sections(others))
    return texts


def other_languages(articles: pd.DataFrame) -> dict[str, int]:
    """Articles of the parsed stage (ARTICLE_COLUMNS) the chain does not read for their language,
    counted by language."""
    articles = articles[~articles.body_status.isin(list(NO_ARTICLE_REASONS))]
    languages = [language for language in articles.language.dropna() if not chain_reads(language)]
    return dict(sorted(collections.Counter(languages).items()))


@dataclass(frozen=True)
class ChainFailure:
    """Why the chain gave no extraction for an article: its quarantine reason and message."""

    reason_code: str  # entities_timeout | entities_error
    message: str


def extract_within_budget(articles: list[ArticleText], seconds: float) -> list[Extraction | ChainFailure]:
    """Each article's extraction, in order, or why there is none. The articles stream through the
    chain (nlp.pipe's batches) under a deadline renewed at every article it gives back; once it
    passes, or the chain raises, the articles not yet out go through one at a time, each with its
    own budget, so only the slow article, or the one the chain cannot read, is lost."""
    extractor, extractions = EntityExtractor(), []
    try:
        with Watchdog(seconds) as watchdog:
            for extraction in extractor.extract(articles):
                extractions.append(extraction)
                watchdog.renew()
    except (ChainTimeout, Exception):
        extractions += [extract_one(extractor, article, seconds) for article in articles[len(extractions):]]
    return extractions


def extract_one(extractor: EntityExtractor, article: ArticleText, seconds: float) -> Extraction | ChainFailure:
    try:
        with Watchdog(seconds):
            [extraction] = extractor.extract([article])
        return extraction
    except ChainTimeout:
        return ChainFailure("entities_timeout", f"the entity chain outlasted WIREHOUSE_ENTITIES_SECONDS_PER_ARTICLE "
                                                f"({seconds:g} s) on this article ({len(article.body):,} characters)")
    except Exception as error:  # a fault of the chain's on one article must not stop its batch
        frame = traceback.extract_tb(error.__traceback__)[-1]
        return ChainFailure("entities_error", f"the entity chain failed on this article: {type(error).__name__}: "
                                              f"{error} ({Path(frame.filename).name}:{frame.lineno} in {frame.name})")


def extract_rows(batch_id: str, articles: list[ArticleText]) -> dict[str, list[dict]]:
    """The rows of every ENTITY_TABLES table for `articles`, in their order, and a
    QUARANTINE_TABLE row for each article over the chain's time budget or that the chain failed on
    (which has no other rows).
    entities.entities keeps an article_id column (one row per entity and article, its first
    mention's) so that the load can leave out the entities only quarantined articles mention
    before it keeps one row per entity (warehouse.db.append_parquet, one_row_per)."""
    seconds = budget_seconds()
    tables: dict[str, list[dict]] = {name: [] for name in (*ENTITY_TABLES, QUARANTINE_TABLE)}
    for article, extraction in zip(articles, extract_within_budget(articles, seconds)):
        if isinstance(extraction, ChainFailure):
            tables[QUARANTINE_TABLE].append({
                "batch_id": batch_id, "article_id": article.article_id, "layer": "entities",
                "reason_code": extraction.reason_code, "message": extraction.message,
                "quarantined_at": datetime.now(timezone.utc).replace(tzinfo=None)})
            continue
        seen: set[str] = set()
        for name, rows in extraction_rows(article.article_id, batch_id, extraction).items():
            if name == "entities.entities":
                rows = [{**row, "article_id": article.article_id} for row in rows
                        if not (row["entity_id"] in seen or seen.add(row["entity_id"]))]
            tables[name].extend(rows)
    return tables
