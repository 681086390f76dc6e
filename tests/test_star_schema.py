"""The star load on a real in-memory DuckDB: sector dimension, relation-sector bridge, new money,
date and relation columns, events and their parties, and the analyst views over them (no Dagster
run needed)."""

import json
from importlib import resources

import duckdb
import pytest

from assets.star.asset import load_star, resolve_surnames
from warehouse.db import create_schema, sql_text

BATCH = "20240101T000000Z-abcdef"
BODY = ("Hebei is paired with Georgia in steel and cement. The World Bank lent Georgia SR 3 billion. "
        "Talks are due in March.")


def load(con, batch_id=BATCH):
    load_star(con, batch_id)


@pytest.fixture
def con():
    con = duckdb.connect()
    create_schema(con)
    key = ("a1", BATCH)
    con.execute("INSERT INTO raw.articles (article_id, batch_id, source_path, source_name, record_index, content_type, "
                "encoding, size_bytes, sha256, raw_bytes, text, first_seen) "
                "VALUES (?, ?, 'p', 'x.txt', NULL, 'text/plain', 'utf-8', 1, 's', ''::BLOB, ?, now())",
                [*key, BODY])
    con.execute("INSERT INTO parsed.articles (article_id, batch_id, parser, authors, published, published_date, "
                "word_count, body_status, body) VALUES (?, ?, 'layout', [], '2024-01-01', DATE '2024-01-01', 20, 'short', ?)",
                [*key, BODY])
    sentences = [(0, 49), (50, 95), (96, len(BODY))]
    for index, (start, end) in enumerate(sentences):
        con.execute("INSERT INTO parsed.sentences VALUES (?, ?, ?, 0, ?, ?, ?, 'parsed/test', 'body')", [*key, index, start, end, BODY[start:end]])
    entities = [("subdivision:CN-HE", "SUBDIVISION", "Hebei", "CN-HE", None, "CHN"),
                ("country:GEO", "COUNTRY", "Georgia", "GEO", None, None),
                ("org:world-bank", "ORG", "World Bank", None, "development_bank", None),
                ("sector:steel", "SECTOR", "Iron and steel", None, None, None),
                ("sector:cement", "SECTOR", "Cement", None, None, None)]
    con.executemany("INSERT INTO entities.entities VALUES (?, ?, ?, ?, ?, ?, ?, 'entities/test')", [[BATCH, *e] for e in entities])
    for index, (surface, entity_id, entity_type, role) in enumerate(
            [("Hebei", "subdivision:CN-HE", "SUBDIVISION", None), ("steel", "sector:steel", "SECTOR", None),
             ("cement", "sector:cement", "SECTOR", None), ("Georgia", "country:GEO", "COUNTRY", "actor")]):
        start = BODY.index(surface)
        con.execute("INSERT INTO entities.mentions VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, 0.9, 'test', ?, 'entities/test', 'body')",
                    [*key, index, start, start + len(surface), surface, entity_type, entity_id, role])
    relations = [("subdivision:CN-HE", "paired_with", "country:GEO", 0, {"sectors": ["sector:cement", "sector:steel"]}),
                 ("country:GEO", "funded_by", "org:world-bank", 1, None)]
    for index, (subject, predicate, obj, sentence, attributes) in enumerate(relations):
        con.execute("INSERT INTO entities.relations VALUES (?, ?, ?, ?, ?, ?, ?, 0.8, 'test', ?, 'entities/test', 'body')",
                    [*key, index, sentence, subject, predicate, obj, json.dumps(attributes) if attributes else None])
    start = BODY.index("SR 3")
    con.execute("INSERT INTO entities.amounts VALUES (?, ?, 0, 1, ?, ?, 'SR 3 billion', 'SAR', 3e9, 3e9, 8e8, 8e8, "
                "0.2667, DATE '2024-01-01', false, NULL, 'exact', 'code', 'peg', 'Saudi Central Bank peg', 'entities/test', 'body', ['GEO'])",
                [*key, start, start + 12])
    start = BODY.index("March")
    con.execute("INSERT INTO entities.dates VALUES (?, ?, 0, 2, ?, ?, 'March', '2024-03', 'month', "
                "DATE '2024-03-01', DATE '2024-03-31', NULL, 'entities/test', 'body')", [*key, start, start + 5])
    lender, borrower = BODY.index("World Bank"), BODY.index("Georgia SR")
    for index, (start, surface, entity_id, entity_type) in enumerate(
            [(lender, "World Bank", "org:world-bank", "ORG"), (borrower, "Georgia", "country:GEO", "COUNTRY")], start=4):
        con.execute("INSERT INTO entities.mentions VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, 0.9, 'test', ?, 'entities/test', 'body')",
                    [*key, index, start, start + len(surface), surface, entity_type, entity_id,
                     "actor" if entity_type == "COUNTRY" else None])
    con.execute("INSERT INTO entities.events VALUES (?, ?, 0, 1, 'lend', 'done', 'lent', 0, NULL, NULL, NULL, ?, ?, "
                "0.9, 'test', 'entities/test', 'body')", [*key, lender - 4, BODY.index("billion") + 7])
    for index, (role, start, surface, entity_id) in enumerate(
            [("agent", lender, "World Bank", "org:world-bank"), ("recipient", borrower, "Georgia", "country:GEO")]):
        con.execute("INSERT INTO entities.event_parties VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 'entities/test')",
                    [*key, index, role, entity_id, index + 4, start, start + len(surface), surface])
    load(con)
    yield con
    con.close()


def test_sector_dimension_holds_the_whole_taxonomy_with_isic(con):
    assert con.execute("SELECT isic_code, isic_section, isic_section_name FROM star.dim_sector "
                       "WHERE sector_code = 'non_ferrous_metals'").fetchall()[0] == ("2420", "C", "Manufacturing")
    assert con.execute("SELECT count(*) FROM star.dim_sector").fetchall()[0][0] >= 40


def test_pairings_view_answers_provinces_by_country_and_sector(con):
    rows = con.execute("SELECT subdivision, partner, sector_name, isic_code FROM analytics.pairings "
                       "ORDER BY sector_name").fetchall()
    assert rows == [("Hebei", "Georgia", "Cement", "2394"), ("Hebei", "Georgia", "Iron and steel", "2410")]


def test_bridge_keys_reach_their_dimensions_and_rerun_is_idempotent(con):
    orphans = """SELECT count(*) FROM star.bridge_relation_sector b
                 LEFT JOIN star.fact_relation r USING (relation_key) LEFT JOIN star.dim_sector s USING (sector_key)
                 WHERE r.relation_key IS NULL OR s.sector_key IS NULL"""
    assert con.execute(orphans).fetchall()[0] == (0,)
    before = con.execute("SELECT count(*) FROM star.bridge_relation_sector").fetchall()[0]
    load(con)
    assert con.execute("SELECT count(*) FROM star.bridge_relation_sector").fetchall()[0] == before == (2,)


def test_funding_money_dates_and_relation_types_carry_new_columns(con):
    assert con.execute("SELECT financier, financier_kind, borrower, borrower_country FROM analytics.funding").fetchall() == [
        ("World Bank", "development_bank", "Georgia", "GEO")]
    assert con.execute("SELECT bound, currency_basis, rate_source, usd_note FROM analytics.money_amounts").fetchall()[0] == (
        "exact", "code", "peg", "Saudi Central Bank peg")
    assert con.execute("SELECT value, resolution FROM analytics.date_mentions").fetchall()[0] == ("2024-03", "month")
    assert con.execute("SELECT sectors FROM analytics.relations WHERE relation_type = 'paired_with'").fetchall()[0] == (
        ["Cement", "Iron and steel"],)
    undescribed = con.execute("SELECT count(*) FROM star.dim_relation_type WHERE description IS NULL").fetchall()[0]
    assert undescribed == (0,)


def test_a_country_mention_keeps_its_role_in_the_star_and_the_analyst_view(con):
    assert con.execute("SELECT surface_text, role FROM star.fact_entity_mention WHERE role IS NOT NULL").fetchall() == [
        ("Georgia", "actor")] * 2
    assert con.execute("SELECT canonical_name, role FROM analytics.entity_mentions "
                       "WHERE entity_type = 'COUNTRY'").fetchall() == [("Georgia", "actor")] * 2


def test_star_rows_record_the_extractor_version_of_their_source_rows(con):
    versions = con.execute("SELECT DISTINCT extractor_version FROM star.fact_entity_mention "
                           "UNION ALL SELECT DISTINCT extractor_version FROM star.dim_sentence").fetchall()
    assert versions == [("entities/test",), ("parsed/test",)]


def test_a_quarantined_article_stays_out_of_the_star(con):
    con.execute("INSERT INTO audit.quarantine VALUES (?, 'a1', 'entities', 'broken_span', 'entities_mentions', "
                "'x', 'test', now()::TIMESTAMP)", [BATCH])
    load(con)
    assert con.execute("SELECT count(*) FROM star.dim_article").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM star.fact_entity_mention").fetchone() == (0,)


def test_an_event_reaches_the_star_with_its_parties_amount_and_evidence(con):
    rows = con.execute("SELECT event_type, status, agent, agent_country, recipient, recipient_country, parties, "
                       "amount_text, currency, usd_min, sentence, article_id FROM analytics.events").fetchall()
    assert rows == [("lend", "done", "World Bank", None, "Georgia", "GEO",
                     ["agent: World Bank", "recipient: Georgia"], "SR 3 billion", "SAR", 8e8, BODY[50:95], "a1")]
    amount = con.execute("SELECT f.amount_key = m.amount_key FROM star.fact_event f, star.fact_money_amount m").fetchall()
    assert amount == [(True,)]
    load(con)  # a re-run replaces the batch's events
    assert con.execute("SELECT count(*) FROM star.fact_event").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM star.bridge_event_party").fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM star.dim_event_type WHERE description IS NOT NULL").fetchone() == (7,)


def test_the_event_example_queries_answer_on_the_star(con):
    lent = con.execute(sql_text("queries/09_who_lent_to_whom.sql")).fetchall()
    assert lent == [(2024, "lend", "World Bank", "Georgia", 1, 800.0, 800.0)]
    con.execute("UPDATE star.fact_event SET event_type_key = star.stable_key('event_type|acquire')")
    bought = con.execute(sql_text("queries/10_acquisitions_by_buyer_country.sql")).fetchall()
    assert bought == [("unknown", 1, 800.0, ["Georgia"])]


def lend_to_a_second_recipient(con):
    """"lent Georgia and Hebei SR 3 billion": an event per recipient, both linked to the one amount."""
    key = ["a1", BATCH]
    con.execute("INSERT INTO entities.events SELECT * REPLACE (1 AS event_index) FROM entities.events")
    con.execute("INSERT INTO entities.event_parties SELECT * REPLACE (1 AS event_index) FROM entities.event_parties "
                "WHERE role = 'agent'")
    start = BODY.index("Hebei")
    con.execute("INSERT INTO entities.event_parties VALUES (?, ?, 1, 1, 'recipient', 'subdivision:CN-HE', 0, ?, ?, "
                "'Hebei', 'entities/test')", [*key, start, start + 5])
    load(con)


def test_an_amount_shared_by_two_recipients_is_summed_once_in_query_09(con):
    lend_to_a_second_recipient(con)
    assert con.execute("SELECT count(*), count(DISTINCT amount_key) FROM analytics.events").fetchone() == (2, 1)
    lent = con.execute(sql_text("queries/09_who_lent_to_whom.sql")).fetchall()
    assert lent == [(2024, "lend", "World Bank", "Georgia; Hebei", 1, 800.0, 800.0)]
    # an event without an amount stays a transaction of its own
    con.execute("UPDATE star.fact_event SET amount_key = NULL")
    lent = con.execute(sql_text("queries/09_who_lent_to_whom.sql")).fetchall()
    assert sorted(lent) == [(2024, "lend", "World Bank", "Georgia", 1, None, None),
                            (2024, "lend", "World Bank", "Hebei", 1, None, None)]


def test_the_report_counts_an_amount_shared_by_two_recipients_once(con):
    """The report's flows and funders: two events (one per recipient) on one amount are two events
    and one sum of money."""
    from warehouse.report_queries import FLOWS_SQL, FLOWS_WITHOUT_COUNTRY_SQL, FUNDERS_SQL, FUNDING_EVENT_TYPES

    lend_to_a_second_recipient(con)
    con.execute("UPDATE star.fact_money_amount SET usd_min = 8e8, usd_max = 8e8")
    params = {"since": None, "types": list(FUNDING_EVENT_TYPES)}
    funders = con.execute(FUNDERS_SQL, params).df()
    assert funders[["funder", "events", "usd_mn_max", "recipients"]].values.tolist() == [
        ["World Bank", 2, 800.0, "Georgia; Hebei"]]
    flows = con.execute(FLOWS_SQL, params).df()
    unplaced = con.execute(FLOWS_WITHOUT_COUNTRY_SQL, params).df()
    # the World Bank has no country: whichever side lacks one, the amount is counted once
    assert flows.usd_mn_max.sum() + unplaced.usd_mn_max.fillna(0).sum() == 800.0
    assert flows.events.sum() + unplaced.events.sum() == 2


def test_a_vague_amount_is_flagged_and_kept_out_of_the_example_sums(con):
    """"billions of dollars" spans [1e9, 1e12): the money-by-country query counts it apart."""
    start = BODY.index("SR 3")
    con.execute("INSERT INTO entities.amounts VALUES (?, ?, 1, 1, ?, ?, 'billions of dollars', 'USD', 2e9, 1e12, 2e9, 1e12, "
                "1.0, DATE '2024-01-01', true, 'order of magnitude', 'range', 'name', NULL, NULL, 'entities/test', 'body', ['GEO'])",
                ["a1", BATCH, start, start + 12])
    load(con)
    assert sorted(con.execute("SELECT surface_text, vague FROM analytics.money_amounts").fetchall()) == [
        ("SR 3 billion", False), ("billions of dollars", True)]
    query = (resources.files("warehouse") / "queries" / "01_money_by_country.sql").read_text()
    [georgia] = [row for row in con.execute(query).fetchall() if row[0] == "Georgia"]
    assert georgia[1:] == (1, 0.8, 0.8, 1)


def add_article_naming(con, article_id, names):
    """An article of BATCH in the star naming each (entity_id, entity_type, name) once."""
    key = f"star.stable_key('article|{article_id}')"
    con.execute(f"INSERT INTO star.dim_article (article_key, article_id, batch_id, publication_key, published_date_key, "
                f"content_type, parser, source_name, source_path) VALUES ({key}, ?, ?, "
                f"(SELECT publication_key FROM star.dim_publication), -1, 'text/plain', 'layout', "
                f"'x.txt', 'x.txt')", [article_id, BATCH])
    con.execute(f"INSERT INTO star.dim_sentence (sentence_key, article_key, batch_id, sentence_index, paragraph_index, "
                f"start_char, end_char, text) VALUES (star.stable_key('sentence|{article_id}|0'), {key}, ?, 0, 0, 0, 9, 'x')",
                [BATCH])
    for index, (entity_id, entity_type, name) in enumerate(names):
        con.execute("INSERT OR IGNORE INTO star.dim_entity (entity_key, entity_id, entity_type_key, entity_type, "
                    "canonical_name) VALUES (star.stable_key('entity|' || $id), $id, "
                    "star.stable_key('entity_type|' || $type), $type, $name)",
                    {"id": entity_id, "type": entity_type, "name": name})
        con.execute(f"INSERT INTO star.fact_entity_mention (mention_key, article_key, sentence_key, entity_key, "
                    f"entity_type_key, published_date_key, batch_id, start_char, end_char, surface_text, confidence, "
                    f"extractor) VALUES (star.stable_key('mention|{article_id}|{index}'), {key}, "
                    f"star.stable_key('sentence|{article_id}|0'), star.stable_key('entity|' || $id), "
                    f"star.stable_key('entity_type|' || $type), -1, $batch, 0, 1, $name, 0.9, 'test')",
                    {"id": entity_id, "type": entity_type, "name": name, "batch": BATCH})


def test_lone_names_resolve_across_articles_in_the_star_and_its_views(con):
    blair = ("person:tony-blair", "PERSON", "Tony Blair")
    add_article_naming(con, "b1", [blair, ("org:yukos", "ORG", "Yukos")])
    add_article_naming(con, "b2", [blair])
    add_article_naming(con, "b3", [("person:blair", "PERSON", "Blair"), ("person:yukos", "PERSON", "Yukos"),
                                   ("person:druyun", "PERSON", "Druyun")])
    assert resolve_surnames(con, BATCH) == {"resolved": 1, "not_a_person": 1, "unknown": 1}
    assert sorted(con.execute(
        "SELECT e.canonical_name, e.resolution, r.canonical_name FROM star.dim_entity e "
        "LEFT JOIN star.dim_entity r ON r.entity_key = e.resolved_entity_key WHERE e.resolution IS NOT NULL").fetchall()) == [
        ("Blair", "resolved", "Tony Blair"), ("Druyun", "unresolved", None), ("Yukos", "not_a_person", "Yukos")]
    assert sorted(con.execute("SELECT surface_text, resolution, resolved_name, resolved_type FROM analytics.entity_mentions "
                              "WHERE article_id = 'b3'").fetchall()) == [
        ("Blair", "resolved", "Tony Blair", "PERSON"), ("Druyun", "unknown", "Druyun", "PERSON"),
        ("Yukos", "not_a_person", "Yukos", "ORG")]
    top = {row[0]: row[3] for row in con.execute(sql_text("queries/02_most_mentioned_entities.sql")).fetchall()}
    assert top["Tony Blair"] == 3 and top["Yukos"] == 2 and "Blair" not in top


def test_a_money_amount_carries_the_countries_party_to_it(con):
    assert con.execute("SELECT countries FROM star.fact_money_amount").fetchall() == [(["GEO"],)]
    assert con.execute("SELECT country_codes, countries FROM analytics.money_amounts").fetchall() == [
        (["GEO"], ["Georgia"])]
    con.execute("UPDATE star.fact_money_amount SET countries = []")
    assert con.execute("SELECT country_codes, countries FROM analytics.money_amounts").fetchall() == [([], [])]


def test_who_met_whom_says_which_meetings_are_not_yet_held(con):
    con.execute("UPDATE star.fact_relation SET relation_type_key = star.stable_key('relation_type|met_with') "
                "WHERE relation_type_key = star.stable_key('relation_type|funded_by')")
    met = sql_text("queries/08_who_met_whom.sql")
    assert [row[:5] for row in con.execute(met).fetchall()] == [("Georgia", None, "World Bank", None, "held")]
    con.execute("UPDATE star.fact_relation SET attributes = '{\"status\": \"planned\"}' "
                "WHERE relation_type_key = star.stable_key('relation_type|met_with')")
    assert [row[:5] for row in con.execute(met).fetchall()] == [("Georgia", None, "World Bank", None, "planned")]


def test_a_former_post_is_shown_in_the_relations_view(con):
    con.execute("UPDATE star.fact_relation SET attributes = '{\"former\": true}' "
                "WHERE relation_type_key = star.stable_key('relation_type|funded_by')")
    assert sorted(con.execute("SELECT relation_type, former FROM analytics.relations").fetchall()) == [
        ("funded_by", True), ("paired_with", False)]


def test_a_sum_restated_in_another_currency_is_flagged_and_kept_out_of_the_example_sums(con):
    """"SR 3 billion ($800 million)": one sum of money written twice; the money-by-country query
    counts it once."""
    con.execute("UPDATE star.dim_sentence SET text = 'The World Bank lent Georgia SR 3 billion ($800 million).' "
                "WHERE sentence_index = 1")
    con.execute("INSERT INTO star.fact_money_amount SELECT * REPLACE (amount_key + 1 AS amount_key, end_char + 2 AS "
                "start_char, end_char + 14 AS end_char, '$800 million' AS surface_text, 'USD' AS currency) "
                "FROM star.fact_money_amount")
    assert con.execute("SELECT surface_text, restated FROM analytics.money_amounts ORDER BY start_char").fetchall() == [
        ("SR 3 billion", False), ("$800 million", True)]
    query = (resources.files("warehouse") / "queries" / "01_money_by_country.sql").read_text()
    [georgia] = [row for row in con.execute(query).fetchall() if row[0] == "Georgia"]
    assert georgia[1:] == (1, 0.8, 0.8, 0)
    # a second sum in the same currency in brackets is another figure ("$5 (from $4)")
    con.execute("UPDATE star.fact_money_amount SET currency = 'SAR' WHERE surface_text = '$800 million'")
    assert con.execute("SELECT count(*) FROM analytics.money_amounts WHERE restated").fetchall() == [(0,)]
