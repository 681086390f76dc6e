"""The GX runner and the suites: validation on small frames, every suite's query against the real
DDL, and run_suite end to end on a tmp warehouse holding one consistent batch."""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest

from expectations.runner import (
    check_result,
    failed_expectations_markdown,
    load_suite,
    suite_names,
    validate_frame,
    validate_suite,
)
from pipelines.settings import Settings
from warehouse.db import create_schema, replace_batch, sql_text, write_transaction

BATCH = "20170608T120000-test"
ARTICLE_ID = "0123456789abcdef"

KEY_SUITE = {
    "name": "demo_keys",
    "expectations": [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"}, "meta": {}},
        {"type": "expect_column_values_to_be_unique", "kwargs": {"column": "id"}, "meta": {}},
        {"type": "expect_column_values_to_match_regex", "kwargs": {"column": "currency", "regex": "^[A-Z]{3}$"}, "meta": {}},
    ],
    "meta": {"table": "demo.keys", "query": "SELECT 1"},
}


def test_validate_frame_passes_a_clean_frame():
    frame = pd.DataFrame({"id": [1, 2, 3], "currency": ["USD", "KZT", None]})
    result = validate_frame(KEY_SUITE, frame).result
    assert result.success
    assert result.statistics["evaluated_expectations"] == 3
    assert failed_expectations_markdown(result) == "all 3 expectations passed"


def test_importing_gx_leaves_scipy_stats_and_altair_to_their_first_use():
    # In a fresh interpreter: this one may have imported them already.
    code = """
import sys
from expectations.runner import _great_expectations, validate_frame
_great_expectations()
import pandas as pd
validate_frame({"name": "demo", "expectations": [{"type": "expect_column_values_to_not_be_null",
    "kwargs": {"column": "id"}, "meta": {}}], "meta": {"table": "demo.ids", "query": "SELECT 1"}},
    pd.DataFrame({"id": [1, 2]}))
print(type(sys.modules["scipy.stats"]).__name__, type(sys.modules["altair"]).__name__)
from great_expectations.expectations.core.expect_column_kl_divergence_to_be_less_than import alt, stats
print(round(stats.entropy([0.5, 0.5], [0.25, 0.75]), 4), alt.Chart.__name__)
"""
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               cwd=Path(__file__).resolve().parent.parent, check=True)
    unused, used = completed.stdout.splitlines()
    assert unused == "_LazyModule _LazyModule"  # created, not run: validation needed neither
    assert used == "0.1438 Chart"  # the real modules once used


@pytest.mark.parametrize("batch_id", ["20261201T103501Z-27a06a", "20261201T103501Z-0a06af"])
def test_a_batch_id_that_reads_like_a_time_zone_is_stored_under_its_run(batch_id):
    # dateutil reads "Z-27a06a" as an offset of -27 hours; GX must not be left to parse the name.
    result = validate_frame(KEY_SUITE, pd.DataFrame({"id": [1], "currency": ["USD"]}), run_name=batch_id).result
    assert result.success
    assert result.meta["run_id"].run_name == batch_id


def test_validate_frame_counts_unexpected_values():
    frame = pd.DataFrame({"id": [1, 2, 2, 2], "currency": ["USD", "usd", "US$", "EUR"]})
    result = validate_frame(KEY_SUITE, frame).result
    assert not result.success
    assert result.statistics["unsuccessful_expectations"] == 2
    by_type = {outcome.expectation_config.type: outcome for outcome in result.results}
    assert by_type["expect_column_values_to_be_unique"].result["unexpected_count"] == 3
    assert by_type["expect_column_values_to_match_regex"].result["unexpected_count"] == 2

    markdown = failed_expectations_markdown(result)
    rows = markdown.splitlines()[2:]
    assert len(rows) == 2
    assert "| expect_column_values_to_match_regex | currency | 2 | 50.0 | usd, US$ | blocks the batch |" in rows


def test_markdown_reports_an_expectation_that_could_not_run():
    suite = {**KEY_SUITE, "expectations": [{"type": "expect_column_values_to_be_unique", "kwargs": {"column": "gone"}, "meta": {}}]}
    result = validate_frame(suite, pd.DataFrame({"id": [1]})).result
    assert not result.success
    assert "| expect_column_values_to_be_unique | gone | – | – | error:" in failed_expectations_markdown(result)


def test_every_suite_loads_and_its_query_runs_on_the_fresh_schema():
    import great_expectations as gx

    names = suite_names()
    assert {"raw_articles", "raw_rejects", "parsed_articles", "parsed_paragraphs", "parsed_sentences",
            "entities_mentions", "entities_amounts", "entities_dates", "entities_relations",
            "star_dimensions", "star_row_counts"} <= set(names)
    con = duckdb.connect()
    create_schema(con)
    for name in names:
        suite = load_suite(name)
        assert suite["name"] == name
        assert gx.ExpectationSuite(**suite).expectations, name
        columns = set(con.execute(suite["meta"]["query"], {"batch_id": BATCH}).df().columns)
        for expectation in suite["expectations"]:
            kwargs = expectation["kwargs"]
            used = {kwargs.get("column"), kwargs.get("column_A"), kwargs.get("column_B"), *kwargs.get("column_list", [])}
            assert used - {None} <= columns, f"{name}: {expectation['type']} uses columns its query lacks"


def run_suite(suite_name: str, batch_id: str) -> dg.AssetCheckResult:
    return check_result(validate_suite(suite_name, batch_id), batch_id)


# One small, consistent batch: every suite must pass on it --------------------------------------

PARAGRAPHS = [
    "Kazakhstan and China signed the deal on agriculture in June 2017.",
    "China Development Bank will lend $1.5 billion to Kazakhstan.",
]
BODY = "\n\n".join(PARAGRAPHS)
ENTITIES = {  # surface -> (entity_id, type, iso_code)
    "Kazakhstan": ("country:KAZ", "COUNTRY", "KAZ"),
    "China": ("country:CHN", "COUNTRY", "CHN"),
    "China Development Bank": ("org:china-development-bank", "ORG", None),
    "agriculture": ("sector:agriculture", "SECTOR", None),
}


def _span(surface: str, start_from: int = 0) -> tuple[int, int]:
    start = BODY.index(surface, start_from)
    return start, start + len(surface)


def _layer_rows() -> dict[str, pd.DataFrame]:
    raw_bytes = BODY.encode("utf-8")
    now = datetime.datetime(2017, 6, 8, 12, 0)
    spans = [_span(paragraph) for paragraph in PARAGRAPHS]
    common = {"article_id": ARTICLE_ID, "batch_id": BATCH}
    mentions = [  # surface, sentence, span, role
        ("Kazakhstan", 0, _span("Kazakhstan"), "actor"),
        ("China", 0, _span("China"), "actor"),
        ("agriculture", 0, _span("agriculture"), None),
        ("China Development Bank", 1, _span("China Development Bank"), None),
        ("Kazakhstan", 1, _span("Kazakhstan", spans[1][0]), None),
    ]
    frame = pd.DataFrame
    return {
        "raw.articles": frame([{
            **common, "source_path": f"batches/{BATCH}/deal.txt", "source_name": "deal.txt",
            "record_index": None, "content_type": "text/plain", "encoding": "utf-8",
            "size_bytes": len(raw_bytes), "sha256": hashlib.sha256(raw_bytes).hexdigest(),
            "raw_bytes": raw_bytes, "text": BODY, "first_seen": now,
        }]),
        "raw.rejects": frame([{
            "batch_id": BATCH, "source_path": f"batches/{BATCH}/empty.txt", "source_name": "empty.txt",
            "record_index": None, "reason_code": "empty", "message": "the file has no text",
            "size_bytes": 0, "sha256": hashlib.sha256(b"").hexdigest(), "rejected_at": now,
        }]),
        "parsed.articles": frame([{
            **common, "parser": "layout", "headline": "Kazakhstan and China sign a deal",
            "authors": ["Ann Writer"], "publication": "The Ledger", "published": "2017-06-08",
            "published_date": datetime.date(2017, 6, 8), "language": "en",
            "word_count": len(BODY.split()), "body": BODY,
            "body_status": "ok" if len(BODY.split()) >= 50 else "short",
        }]),
        "parsed.paragraphs": frame([
            {**common, "paragraph_index": i, "start_char": start, "end_char": end, "text": BODY[start:end]}
            for i, (start, end) in enumerate(spans)
        ]),
        "parsed.sentences": frame([
            {**common, "sentence_index": i, "paragraph_index": i, "start_char": start, "end_char": end,
             "text": BODY[start:end]}
            for i, (start, end) in enumerate(spans)
        ]),
        "entities.entities": frame([
            {"batch_id": BATCH, "entity_id": entity_id, "entity_type": entity_type, "canonical_name": surface,
             "iso_code": iso_code, "kind": None, "country_code": iso_code}
            for surface, (entity_id, entity_type, iso_code) in ENTITIES.items()
        ]),
        "entities.mentions": frame([
            {**common, "mention_index": i, "sentence_index": sentence, "start_char": start, "end_char": end,
             "text": surface, "entity_type": ENTITIES[surface][1], "entity_id": ENTITIES[surface][0],
             "confidence": 0.9, "extractor": "gazetteer", "role": role}
            for i, (surface, sentence, (start, end), role) in enumerate(mentions)
        ]),
        "entities.amounts": frame([{
            **common, "amount_index": 0, "sentence_index": 1, "start_char": _span("$1.5 billion")[0],
            "end_char": _span("$1.5 billion")[1], "text": "$1.5 billion", "currency": "USD",
            "amount_min": 1.5e9, "amount_max": 1.5e9, "usd_min": 1.5e9, "usd_max": 1.5e9, "usd_rate": 1.0,
            "rate_date": datetime.date(2017, 6, 8), "approximate": False, "qualifier": None,
            "bound": "exact", "currency_basis": "symbol", "rate_source": "ecb", "usd_note": None,
            "countries": ["KAZ"],
        }]),
        "entities.dates": frame([{
            **common, "date_index": 0, "sentence_index": 0, "start_char": _span("June 2017")[0],
            "end_char": _span("June 2017")[1], "text": "June 2017", "value": "2017-06", "resolution": "month",
            "date_start": datetime.date(2017, 6, 1), "date_end": datetime.date(2017, 6, 30),
        }]),
        "entities.relations": frame([{
            **common, "relation_index": 0, "sentence_index": 1, "subject_id": "country:KAZ",
            "predicate": "funded_by", "object_id": "org:china-development-bank", "confidence": 0.7,
            "extractor": "pattern:funded_by", "attributes": None,
        }, {
            **common, "relation_index": 1, "sentence_index": 0, "subject_id": "country:KAZ",
            "predicate": "paired_with", "object_id": "country:CHN", "confidence": 0.8,
            "extractor": "pattern:paired_with", "attributes": json.dumps({"sectors": ["sector:agriculture"]}),
        }]),
        "entities.events": frame([{
            **common, "event_index": 0, "sentence_index": 0, "event_type": "agreement", "status": "done",
            "trigger": "signed", "amount_index": None, "date_index": 0, "place_id": None,
            "sector_id": "sector:agriculture", "start_char": 0, "end_char": _span("June 2017")[1],
            "confidence": 0.8, "extractor": "dep:agreement",
        }, {
            **common, "event_index": 1, "sentence_index": 1, "event_type": "lend", "status": "planned",
            "trigger": "lend", "amount_index": 0, "date_index": None, "place_id": None, "sector_id": None,
            "start_char": spans[1][0], "end_char": spans[1][1] - 1, "confidence": 0.9, "extractor": "dep:lend",
        }]),
        "entities.event_parties": frame([
            {**common, "event_index": event, "party_index": j, "role": role, "entity_id": ENTITIES[mentions[m][0]][0],
             "mention_index": m, "start_char": mentions[m][2][0], "end_char": mentions[m][2][1], "text": mentions[m][0]}
            for event, parties in enumerate([[(0, "party"), (1, "party")], [(3, "agent"), (4, "recipient")]])
            for j, (m, role) in enumerate(parties)
        ]),
    }


def _load_star(con: duckdb.DuckDBPyConnection) -> None:
    from assets.star.asset import seed_type_dimensions

    seed_type_dimensions(con)
    # DuckDB binds parameters only in a script's last statement, so run star_load.sql one by one.
    for statement in re.split(r";\s*\n", sql_text("star_load.sql")):
        if statement.strip():
            con.execute(statement, {"batch_id": BATCH} if "$batch_id" in statement else None)


@pytest.fixture
def warehouse_batch(wirehouse_home):
    """A work DB under a tmp WIREHOUSE_HOME holding one consistent batch in every layer and the star."""
    with write_transaction() as con:
        for table, rows in _layer_rows().items():
            replace_batch(con, table, BATCH, rows)
        _load_star(con)
    return wirehouse_home


def test_every_suite_passes_on_a_consistent_batch(warehouse_batch, capfd):
    for name in suite_names():
        check = run_suite(name, BATCH)
        assert isinstance(check, dg.AssetCheckResult)
        markdown = check.metadata["failed_expectations"].value
        assert check.passed, f"{name}:\n{markdown}"
        assert check.severity == dg.AssetCheckSeverity.ERROR
        assert check.metadata["rows"].value >= 1, name
        assert markdown.startswith("all ")
    err = capfd.readouterr().err
    assert "Calculating Metrics" not in err and "it/s" not in err  # GX progress bars are off


def test_a_lend_without_a_recipient_blocks_the_batch_and_its_party_must_be_in_dim_entity(warehouse_batch):
    con = duckdb.connect(str(Settings.from_env().work_db))
    con.execute("DELETE FROM entities.event_parties WHERE role = 'recipient'")
    con.execute("DELETE FROM star.dim_entity WHERE entity_id = 'org:china-development-bank'")
    con.close()

    outcome = validate_suite("entities_events", BATCH)
    assert not outcome.passed and outcome.blocking_failures == 1 and not outcome.quarantined
    assert "has_agent_and_recipient" in failed_expectations_markdown(outcome.result)
    parties = validate_suite("star_bridge_event_party", BATCH)
    assert not parties.passed and "entity_key_found" in failed_expectations_markdown(parties.result)
    counts = validate_suite("star_event_row_counts", BATCH)  # the star still has the recipient's row
    assert not counts.passed and "star_bridge_event_party_rows" in failed_expectations_markdown(counts.result)


@pytest.mark.parametrize("suite, corruption, expectation", [
    # China is named in the other sentence, not the amount's
    ("entities_amounts", "UPDATE entities.amounts SET countries = ['KAZ', 'CHN']", "countries_of_sentence"),
    ("star_fact_entity_mention", "UPDATE star.fact_entity_mention SET resolution = 'resolved', resolved_entity_key = 42",
     "resolved_entity_key_found"),
])
def test_an_amount_country_or_a_lone_name_pointing_nowhere_blocks_the_batch(warehouse_batch, suite, corruption,
                                                                            expectation):
    con = duckdb.connect(str(Settings.from_env().work_db))
    con.execute(corruption)
    con.close()

    outcome = validate_suite(suite, BATCH)
    assert not outcome.passed
    assert expectation in failed_expectations_markdown(outcome.result)


def test_a_mention_whose_text_is_not_at_its_offsets_quarantines_its_article(warehouse_batch):
    con = duckdb.connect(str(Settings.from_env().work_db))
    con.execute("UPDATE entities.mentions SET text = 'Kazakstan' WHERE mention_index = 0")
    con.close()

    outcome = validate_suite("entities_mentions", BATCH)
    assert outcome.passed and outcome.blocking_failures == 0
    [quarantined] = outcome.quarantined
    assert (quarantined.article_id, quarantined.reason_code) == (ARTICLE_ID, "broken_span")
    assert "text_at_offsets" in quarantined.expectation and "Kazakstan" in quarantined.message

    check = run_suite("entities_mentions", BATCH)
    metadata = {key: value.value for key, value in check.metadata.items()}
    assert check.passed
    assert metadata["suite"] == "entities_mentions"
    assert metadata["table"] == "entities.mentions"
    assert metadata["rows"] == 5
    assert metadata["expectations_failed"] == 1 and metadata["articles_quarantined"] == 1
    assert metadata["expectations_succeeded"] == metadata["expectations_evaluated"] - 1
    assert ("| expect_column_pair_values_to_be_equal | text, text_at_offsets | 1 | 20.0 | (Kazakstan, Kazakhstan) "
            "| quarantines |") in metadata["failed_expectations"]


def test_a_batch_level_failure_blocks_and_quarantines_nothing(warehouse_batch):
    con = duckdb.connect(str(Settings.from_env().work_db))
    con.execute("DELETE FROM entities.entities WHERE entity_id = 'country:CHN'")  # a mention's entity is gone
    con.close()

    outcome = validate_suite("entities_mentions", BATCH)
    assert not outcome.passed and outcome.blocking_failures >= 1
    assert outcome.quarantined == []
    assert not run_suite("entities_mentions", BATCH).passed


def test_check_results_are_kept_bounded_for_data_docs(warehouse_batch, tmp_path):
    from expectations.runner import build_data_docs, gx_context, prune_results

    results_dir = tmp_path / "docs" / ".gx"
    context = gx_context(results_dir)
    for run in range(3):
        validate_suite("raw_articles", BATCH, context)
    prune_results(results_dir, keep=2)
    assert len(list((results_dir / "validations" / "raw_articles").glob("*/*"))) == 2  # batch / run time
    index = build_data_docs(tmp_path / "docs")
    assert "raw_articles" in index.read_text(encoding="utf-8")
    # the suites' own pages come from expectations/*.json, every suite whether it ran or not
    assert {path.stem for path in (tmp_path / "docs" / "expectations").glob("*.html")} == set(suite_names())


def test_mention_suites_allow_the_country_roles_and_only_on_countries(warehouse_batch):
    from assets.entities.types import COUNTRY_ROLES

    for name in ("entities_mentions", "star_fact_entity_mention"):
        allowed = [e["kwargs"]["value_set"] for e in load_suite(name)["expectations"]
                   if e["kwargs"].get("column") == "role"]
        assert allowed == [list(COUNTRY_ROLES)], name

    con = duckdb.connect(str(Settings.from_env().work_db))
    con.execute("UPDATE entities.mentions SET role = 'people' WHERE entity_type = 'SECTOR'")
    con.execute("UPDATE entities.mentions SET role = 'government' WHERE mention_index = 1")
    con.close()
    failed = run_suite("entities_mentions", BATCH).metadata["failed_expectations"].value
    assert "| expect_column_values_to_be_in_set | role | 1 |" in failed
    assert "| expect_column_values_to_be_in_set | role_on_country | 1 |" in failed


def test_parsed_suite_fails_a_short_body_marked_ok_and_an_unknown_status(warehouse_batch):
    con = duckdb.connect(str(Settings.from_env().work_db))
    con.execute("UPDATE parsed.articles SET body_status = 'ok', word_count = 12")
    con.close()
    check = run_suite("parsed_articles", BATCH)
    assert not check.passed
    assert "body_status_ok_has_50_words" in check.metadata["failed_expectations"].value

    con = duckdb.connect(str(Settings.from_env().work_db))
    con.execute("UPDATE parsed.articles SET body_status = 'tiny', word_count = 12")
    con.close()
    check = run_suite("parsed_articles", BATCH)
    assert not check.passed
    assert "| body_status |" in check.metadata["failed_expectations"].value


def test_suites_come_from_the_expectations_dir_env(warehouse_batch, tmp_path, monkeypatch):
    suite = {
        "name": "too_few_words",
        "expectations": [{"type": "expect_column_values_to_be_between", "kwargs": {"column": "word_count", "min_value": 1000}, "meta": {}}],
        "meta": {"table": "parsed.articles", "query": "SELECT word_count FROM parsed.articles WHERE batch_id = $batch_id"},
    }
    (tmp_path / "too_few_words.json").write_text(json.dumps(suite), encoding="utf-8")
    monkeypatch.setenv("WIREHOUSE_EXPECTATIONS_DIR", str(tmp_path))

    assert suite_names() == ["too_few_words"]
    check = run_suite("too_few_words", BATCH)
    assert not check.passed
    assert "| expect_column_values_to_be_between | word_count | 1 | 100.0 |" in check.metadata["failed_expectations"].value


def test_mentions_suite_allows_exactly_the_entity_types():
    from assets.entities.types import ENTITY_TYPES

    allowed = [e["kwargs"]["value_set"] for e in load_suite("entities_mentions")["expectations"]
               if e["kwargs"].get("column") == "entity_type" and "value_set" in e["kwargs"]]
    assert allowed == [list(ENTITY_TYPES)]
