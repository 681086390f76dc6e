"""The parsed suites' queries on one large article (10,000 paragraphs, 1.2 MB body) stay within
DuckDB's memory limit: offsets are cut out of the body before any window sees the rows."""

import pandas as pd
import pytest

from assets.parsed.rows import parsed_rows
from assets.parsed.model import ParsedArticle
from expectations.runner import load_suite
from pipelines.hostile_inputs import invented_prose
from pipelines.settings import Settings
from warehouse.db import read_frame, replace_batch, write_transaction

BATCH = "20260101T000000Z-large"


@pytest.mark.parametrize("suite_name", ["parsed_paragraphs", "parsed_sentences"])
def test_offset_checks_of_a_large_article_fit_in_memory(wirehouse_home, monkeypatch, suite_name):
    monkeypatch.setenv("WIREHOUSE_DUCKDB_MEMORY_LIMIT", "400MB")
    settings = Settings.from_env()
    article = ParsedArticle("json", invented_prose(1_200_000, seed=8, sentences_per_paragraph=(1, 1)).split("\n\n"))
    assert len(article.paragraphs) >= 10_000
    tables = parsed_rows("a" * 16, BATCH, article, article.paragraph_spans())
    with write_transaction(settings) as con:
        for table, rows in tables.items():
            replace_batch(con, table, BATCH, pd.DataFrame(rows))
    frame = read_frame(load_suite(suite_name)["meta"]["query"], {"batch_id": BATCH}, settings)
    assert len(frame) == len(article.paragraphs)
    assert (frame.text == frame.text_at_offsets).all()
