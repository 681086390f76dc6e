"""Star layer as a Dagster asset: the batch's layer rows → the Kimball star schema (warehouse/star_load.sql)."""

import time

import dagster as dg
import pandas as pd

from assets.entities.extract import ENTITY_TYPES, RELATION_TYPES
from assets.entities.types import EVENT_TYPES
from assets.entities.sectors import ISIC_SECTIONS, load_sectors
from assets.star.surnames import Occurrence, resolve_lone_names
from pipelines.catalog import batch_multi_asset, materializations, table_metadata, table_specs
from pipelines.quality import layer_checks
from pipelines.settings import Settings
from warehouse.db import mark_batch, sql_text, write_transaction

# Each star table → the tables it is derived from: a dimension from the layer tables, a fact or
# bridge from its layer table and the dimensions (and facts) its keys point at.
STAR_LINEAGE = {
    "star.dim_date": ["parsed.articles", "entities.dates", "entities.amounts"],
    "star.dim_publication": ["parsed.articles"],
    "star.dim_author": ["parsed.articles"],
    "star.dim_entity_type": ["entities.entities"],
    "star.dim_relation_type": ["entities.relations"],
    "star.dim_event_type": ["entities.events"],
    "star.dim_sector": [],  # the sector taxonomy, seeded whole from assets/entities/gazetteers/sectors.csv
    "star.dim_entity": ["entities.entities", "star.dim_entity_type"],
    "star.dim_article": ["parsed.articles", "raw.articles", "star.dim_publication", "star.dim_date"],
    "star.bridge_article_author": ["parsed.articles", "star.dim_article", "star.dim_author"],
    "star.dim_sentence": ["parsed.sentences", "star.dim_article"],
    "star.fact_entity_mention": ["entities.mentions", "star.dim_article", "star.dim_sentence", "star.dim_entity",
                                 "star.dim_entity_type", "star.dim_date"],
    "star.fact_money_amount": ["entities.amounts", "star.dim_article", "star.dim_sentence", "star.dim_date"],
    "star.fact_date_mention": ["entities.dates", "star.dim_article", "star.dim_sentence", "star.dim_date"],
    "star.fact_relation": ["entities.relations", "star.dim_article", "star.dim_sentence", "star.dim_relation_type",
                           "star.dim_entity", "star.dim_date"],
    "star.bridge_relation_sector": ["entities.relations", "star.fact_relation", "star.dim_sector"],
    "star.fact_event": ["entities.events", "entities.event_parties", "star.dim_article", "star.dim_sentence",
                        "star.dim_event_type", "star.fact_money_amount", "star.dim_entity", "star.dim_sector",
                        "star.dim_date"],
    "star.bridge_event_party": ["entities.event_parties", "star.fact_event", "star.dim_entity"],
    "star.fact_article": ["parsed.articles", "parsed.paragraphs", "parsed.sentences", "entities.mentions",
                          "entities.amounts", "entities.relations", "star.dim_article", "star.dim_publication",
                          "star.dim_date"],
}


def seed_type_dimensions(con) -> None:
    """The allowed entity, relation and event types and the sector taxonomy, so every type and sector has
    its row before any fact needs it."""
    entity_types = pd.DataFrame({"entity_type": sorted(ENTITY_TYPES)})
    relation_types = pd.DataFrame(
        {"relation_type": list(RELATION_TYPES), "description": list(RELATION_TYPES.values())}
    )
    event_types = pd.DataFrame({"event_type": list(EVENT_TYPES), "description": list(EVENT_TYPES.values())})
    con.register("entity_types", entity_types)
    con.register("relation_types", relation_types)
    con.register("event_types", event_types)
    con.execute(
        "INSERT OR IGNORE INTO star.dim_entity_type "
        "SELECT star.stable_key('entity_type|' || entity_type), entity_type FROM entity_types"
    )
    con.execute(
        "INSERT INTO star.dim_relation_type "
        "SELECT star.stable_key('relation_type|' || relation_type), relation_type, description FROM relation_types "
        "ON CONFLICT (relation_type_key) DO UPDATE SET description = excluded.description"
    )
    con.execute(
        "INSERT INTO star.dim_event_type "
        "SELECT star.stable_key('event_type|' || event_type), event_type, description FROM event_types "
        "ON CONFLICT (event_type_key) DO UPDATE SET description = excluded.description"
    )
    sectors = pd.DataFrame(
        [{"sector_code": s.code, "entity_id": s.entity.entity_id, "sector_name": s.name,
          "isic_code": s.isic_code, "isic_section": s.isic_section,
          "isic_section_name": ISIC_SECTIONS.get(s.isic_section or ""), "isic_title": s.isic_title,
          "notes": s.notes}
         for s in load_sectors().values()]
    )
    con.register("sectors", sectors)
    con.execute(
        "INSERT INTO star.dim_sector "
        "SELECT star.stable_key('sector|' || sector_code), sector_code, entity_id, sector_name, isic_code, "
        "isic_section, isic_section_name, isic_title, notes FROM sectors "
        "ON CONFLICT (sector_key) DO UPDATE SET sector_name = excluded.sector_name, "
        "isic_code = excluded.isic_code, isic_section = excluded.isic_section, "
        "isic_section_name = excluded.isic_section_name, isic_title = excluded.isic_title, notes = excluded.notes"
    )
    for name in ("entity_types", "relation_types", "event_types", "sectors"):
        con.unregister(name)


def load_star(con, batch_id: str) -> dict[str, int]:
    """Load the batch into the star (star_load.sql), then resolve lone names across articles;
    returns resolve_surnames' counts."""
    seed_type_dimensions(con)
    for statement in con.extract_statements(sql_text("star_load.sql")):
        con.execute(statement, {"batch_id": batch_id})
    return resolve_surnames(con, batch_id)


def resolve_surnames(con, batch_id: str) -> dict[str, int]:
    """Resolve the one-word PERSON names of the batch (and those earlier loads left unresolved)
    against the whole star (surnames.py); returns how many (article, name) pairs got each status."""
    rows = con.execute(sql_text("surname_occurrences.sql"), {"batch_id": batch_id}).fetchall()
    occurrences = [Occurrence(article_id, entity_id, entity_type, name, published, person_cue)
                   for article_id, entity_id, entity_type, name, published, person_cue, _ in rows]
    to_resolve = {article_id for article_id, *_, wanted in rows if wanted}
    resolutions = pd.DataFrame(
        [{"article_id": r.article_id, "entity_id": r.entity_id, "status": r.status, "resolved_id": r.resolved_id}
         for r in resolve_lone_names(occurrences, to_resolve)],
        columns=["article_id", "entity_id", "status", "resolved_id"],
    )
    con.register("surname_resolutions", resolutions)
    try:
        for statement in con.extract_statements(sql_text("surname_resolution.sql")):
            con.execute(statement)
    finally:
        con.unregister("surname_resolutions")
    return resolutions["status"].value_counts().to_dict()


def star_table_specs() -> list[dg.AssetSpec]:
    return table_specs("star", STAR_LINEAGE, kinds={"sql", "duckdb"})


@batch_multi_asset(
    "star_schema",
    star_table_specs(),
    description="Conformed dimensions (date, publication, author, article, entity, entity type, "
    "relation type, event type, sector, sentence) upserted by stable key; the batch's fact rows replaced.",
)
def star_schema(context: dg.AssetExecutionContext):
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    with write_transaction(settings) as con:
        mark_batch(con, batch_id, "pending")
        surnames = load_star(con, batch_id)
        written = table_metadata(con, context.assets_def.specs, batch_id)
    yield from materializations(written, {"star.fact_article": {
        # rewritten by the publish step once this batch's checks have passed (its metadata `report`)
        "latest_report": dg.MetadataValue.path(str(settings.report)),
        "seconds": round(time.perf_counter() - started, 3),
        **{f"lone_names_{status}": count for status, count in sorted(surnames.items())},
    }})


star_checks = layer_checks(star_schema, "star")
