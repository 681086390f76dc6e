"""The entity chain's time budget: an article the chain does not finish in
WIREHOUSE_ENTITIES_SECONDS_PER_ARTICLE is quarantined (entities_timeout), and one the chain fails on
(entities_error), and the rest of its batch goes on. The slow or failing chain is a fake
(monkeypatched), not a real text."""

import time

import pandas as pd
import pytest

from assets.entities.extract import EntityExtractor
from assets.entities.rows import ENTITY_TABLES, extract_rows
from assets.entities.time_budget import ChainTimeout, Watchdog
from assets.entities.types import ArticleText, DateMention, Extraction
from assets.parsed.rows import QUARANTINE_TABLE

BATCH = "20260101T000000Z-budget"
STUCK = "the chain never ends on this one"
BROKEN = "the chain raises on this one"


def articles() -> list[ArticleText]:
    bodies = {"a": "One plain story.", "b": "Another plain story.", "c": STUCK, "d": "A last plain story."}
    return [ArticleText(article_id, body, [(0, len(body))], None) for article_id, body in bodies.items()]


def fake_chain(self, texts):
    """Like the real chain, reads its input ahead (nlp.pipe's batches); hangs on STUCK; an
    extraction is one date row whose text is the article's first word."""
    for text in list(texts):
        while text.body == STUCK:
            time.sleep(0.01)
        if text.body == BROKEN:
            raise KeyError("no such sentence")
        word = text.body.split()[0]
        yield Extraction(mentions=[], amounts=[], relations=[],
                         dates=[DateMention(0, len(word), word, 0, None, "unresolved", None, None, note="test")])


@pytest.fixture
def slow_chain(monkeypatch):
    monkeypatch.setattr(EntityExtractor, "extract", fake_chain)
    monkeypatch.setenv("WIREHOUSE_ENTITIES_SECONDS_PER_ARTICLE", "0.5")


def test_an_article_over_the_budget_is_quarantined_and_the_batch_goes_on(slow_chain):
    started = time.monotonic()
    tables = extract_rows(BATCH, articles())
    assert time.monotonic() - started < 10
    assert [(row["article_id"], row["text"]) for row in tables["entities.dates"]] == [
        ("a", "One"), ("b", "Another"), ("d", "A")]
    [quarantined] = tables[QUARANTINE_TABLE]
    assert (quarantined["article_id"], quarantined["layer"], quarantined["reason_code"]) == ("c", "entities", "entities_timeout")
    assert "WIREHOUSE_ENTITIES_SECONDS_PER_ARTICLE (0.5 s)" in quarantined["message"]


def test_within_the_budget_nothing_is_quarantined_and_no_late_timeout_arrives(slow_chain):
    fine = [a for a in articles() if a.body != STUCK]
    tables = extract_rows(BATCH, fine)
    assert tables[QUARANTINE_TABLE] == [] and len(tables["entities.dates"]) == 3
    time.sleep(1.0)  # twice the budget: the watchdog of the finished run stays silent


def test_the_watchdog_is_renewed_by_progress_and_fires_without_it():
    with Watchdog(0.3) as watchdog:
        for _ in range(6):  # 0.6 s in all, never 0.3 s without a renew
            time.sleep(0.1)
            watchdog.renew()
    with pytest.raises(ChainTimeout):
        with Watchdog(0.2):
            while True:
                time.sleep(0.01)


def test_a_budget_that_is_no_number_of_seconds_is_refused(slow_chain, monkeypatch):
    monkeypatch.setenv("WIREHOUSE_ENTITIES_SECONDS_PER_ARTICLE", "0")
    with pytest.raises(ValueError, match="must be a number of seconds above 0, not '0'"):
        extract_rows(BATCH, articles())


def test_the_load_records_the_quarantine_and_no_row_of_that_article(slow_chain, wirehouse_home):
    from assets.entities.asset import load_entities_stage
    from pipelines.settings import Settings
    from pipelines.staging import write_stage
    from warehouse.db import write_transaction

    settings = Settings.from_env()
    tables = extract_rows(BATCH, articles())
    write_stage(settings, BATCH, "entities", {name: pd.DataFrame(rows) for name, rows in tables.items()})
    with write_transaction(settings) as con:
        load_entities_stage(con, settings, BATCH)
        assert con.execute("SELECT article_id, layer, reason_code FROM audit.quarantine").fetchall() == [
            ("c", "entities", "entities_timeout")]
        assert con.execute("SELECT article_id FROM entities.dates ORDER BY 1").fetchall() == [("a",), ("b",), ("d",)]
    assert set(tables) == {*ENTITY_TABLES, QUARANTINE_TABLE}


def test_an_article_the_chain_fails_on_is_quarantined_with_the_error_and_the_batch_goes_on(slow_chain):
    bodies = {"a": "One plain story.", "b": BROKEN, "c": "A last plain story."}
    tables = extract_rows(BATCH, [ArticleText(i, body, [(0, len(body))], None) for i, body in bodies.items()])
    assert [(row["article_id"], row["text"]) for row in tables["entities.dates"]] == [("a", "One"), ("c", "A")]
    [quarantined] = tables[QUARANTINE_TABLE]
    assert (quarantined["article_id"], quarantined["reason_code"]) == ("b", "entities_error")
    assert "KeyError: 'no such sentence' (test_entities_time_budget.py:" in quarantined["message"]
