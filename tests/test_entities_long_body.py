"""Bodies longer than spaCy's max_length, or than chain.LONG_BODY_CHARS, go through the model's
components in pieces and come back as one Doc of the whole body: no E088, and every offset is the
body's own. All texts are invented (pipelines/hostile_inputs.py)."""

import pandas as pd
import pytest

from assets.entities import chain
from assets.entities.rows import extraction_rows
from assets.entities.extract import EntityExtractor, load_pipeline
from assets.entities.types import ArticleText
from assets.parsed.rows import parsed_rows
from assets.parsed.model import ParsedArticle
from assets.parsed.sentences import split_sentences
from expectations.runner import load_suite
from pipelines.hostile_inputs import invented_prose
from pipelines.settings import Settings
from warehouse.db import read_frame, replace_batch, write_transaction

BATCH = "20260101T000000Z-long-body"


def articles(bodies: list[str]) -> list[ArticleText]:
    return [ArticleText(f"long-{i}", body, spans, None)
            for i, (body, spans) in enumerate(zip(bodies, split_sentences(bodies)))]


def assert_offsets_are_the_bodys(body: str, extraction) -> None:
    for found in (*extraction.mentions, *extraction.amounts, *extraction.dates):
        assert body[found.start:found.end] == found.text


def test_a_long_body_is_one_doc_of_its_pieces(monkeypatch):
    """Thresholds lowered, so a short article takes the long path: the Doc's text is the body,
    leading whitespace and cut whitespace included, and short articles around it keep their order."""
    monkeypatch.setattr(chain, "LONG_BODY_CHARS", 2_000)
    monkeypatch.setattr(chain, "PIECE_CHARS", 700)
    long_body = "\n" + invented_prose(6_000, seed=21)
    (article,) = articles([long_body])
    doc = chain.long_article_doc(load_pipeline(), article)
    assert doc.text == long_body
    assert len(doc) == len(load_pipeline().make_doc(long_body))
    assert {e.label_ for e in doc.ents} >= {"GPE"}

    bodies = ["The port authority in Gdansk approved a loan on Monday.", long_body,
              "Officials in Durban said the cost would reach 40 million dollars."]
    extractions = list(EntityExtractor().extract(articles(bodies)))
    alone = list(EntityExtractor().extract(articles([bodies[0], bodies[2]])))
    assert [extractions[0], extractions[2]] == alone
    assert alone[0].mentions and alone[1].mentions  # the comparison is not of empty lists
    for body, extraction in zip(bodies, extractions):
        assert_offsets_are_the_bodys(body, extraction)
    assert len(extractions[1].mentions) > 50 and extractions[1].amounts and extractions[1].dates


@pytest.fixture(scope="module")
def over_max_length():
    body = invented_prose(1_050_000, seed=22)
    assert len(body) > load_pipeline().max_length
    (article,) = articles([body])
    (extraction,) = EntityExtractor().extract([article])
    return article, extraction


@pytest.mark.slow  # about a minute of spaCy
def test_a_body_over_max_length_extracts_with_valid_offsets(over_max_length):
    article, extraction = over_max_length
    assert len(extraction.mentions) > 10_000
    assert_offsets_are_the_bodys(article.body, extraction)
    assert [m.start for m in extraction.mentions] == sorted(m.start for m in extraction.mentions)


@pytest.mark.slow
def test_a_long_articles_entity_rows_load_and_their_offset_checks_fit_in_memory(over_max_length, wirehouse_home,
                                                                              monkeypatch):
    monkeypatch.setenv("WIREHOUSE_DUCKDB_MEMORY_LIMIT", "400MB")
    settings = Settings.from_env()
    article, extraction = over_max_length
    parsed = ParsedArticle("layout", article.body.split("\n\n"))
    assert parsed.body == article.body
    with write_transaction(settings) as con:
        for table, rows in parsed_rows(article.article_id, BATCH, parsed, article.sentences).items():
            replace_batch(con, table, BATCH, pd.DataFrame(rows))
        for table, rows in extraction_rows(article.article_id, BATCH, extraction).items():
            frame = pd.DataFrame(rows)
            if table == "entities.entities":
                frame = frame.drop_duplicates("entity_id")
            replace_batch(con, table, BATCH, frame)
    for suite_name, found in (("entities_mentions", extraction.mentions), ("entities_amounts", extraction.amounts),
                              ("entities_dates", extraction.dates)):
        frame = read_frame(load_suite(suite_name)["meta"]["query"], {"batch_id": BATCH}, settings)
        assert len(frame) == len(found) > 0
        assert (frame.text == frame.text_at_offsets).all()
