"""The NLP engine (pipelines/nlp_engine.py): shards of a batch in this process or in worker
processes give the same rows, in article order; a failing or dying worker names its shard."""

import dataclasses
import hashlib
import os

import pytest

from assets.entities.rows import ENTITY_TABLES, extract_rows
from assets.entities.types import ArticleText
from assets.parsed.rows import PARSED_TABLES, parse_rows
from assets.raw.intake import Accepted, read_document
from pipelines import nlp_engine
from pipelines.settings import Settings
from tests.conftest import sample_files

BATCH = "20260101T000000Z-engine"
CRASH_ARTICLE = "crash-me"


def engine_settings(workers: int, shard_articles: int = 2) -> Settings:
    return dataclasses.replace(Settings.from_env(), workers=workers, dask_scheduler=None, shard_articles=shard_articles)


def sample_raw_rows() -> list[dict]:
    rows = []
    for path in sample_files():
        for document in read_document(path.name, path.read_bytes(), 5 * 1024 * 1024):
            if isinstance(document, Accepted):
                rows.append({"article_id": document.article_id, "content_type": document.content_type,
                             "text": document.text})
    return rows


def spool_digests(spool: nlp_engine.Spool, tables) -> dict[str, tuple[int, str]]:
    """Rows and a sha256 of every table's rows in spool (shard) order; the quarantine time left out."""
    import pyarrow.parquet as pq

    digests = {}
    for table in tables:
        rows = [row for path in spool.files(table) for row in pq.read_table(path).to_pylist()]
        for row in rows:
            row.pop("quarantined_at", None)
        digests[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return digests


def run_layers(tmp_path, workers: int) -> dict[str, tuple[int, str]]:
    """parse_rows, then extract_rows on its output, through the engine with `workers`."""
    import pyarrow.parquet as pq

    settings = engine_settings(workers, shard_articles=3)  # several shards from the samples
    raw = sample_raw_rows()
    parsed = nlp_engine.compute(parse_rows, BATCH, raw, tmp_path / f"parsed-{workers}", settings,
                                size_of=lambda row: len(row["text"]), id_of=lambda row: row["article_id"])
    articles = [row for path in parsed.files("parsed.articles") for row in pq.read_table(path).to_pylist()]
    sentences: dict[str, list] = {}
    for path in parsed.files("parsed.sentences"):
        for row in pq.read_table(path).to_pylist():
            sentences.setdefault(row["article_id"], []).append((row["start_char"], row["end_char"]))
    texts = [ArticleText(row["article_id"], row["body"], sentences.get(row["article_id"], []), row["published_date"])
             for row in articles]
    entities = nlp_engine.compute(extract_rows, BATCH, texts, tmp_path / f"entities-{workers}", settings,
                                  size_of=lambda text: len(text.body), id_of=lambda text: text.article_id)
    return {**spool_digests(parsed, (*PARSED_TABLES, "audit.quarantine")), **spool_digests(entities, ENTITY_TABLES)}


@pytest.mark.slow  # two workers and this process each load the spaCy models: ~50 s on 2 busy cores
def test_one_and_two_workers_give_identical_rows_in_article_order(tmp_path):
    in_process = run_layers(tmp_path, workers=1)
    two_workers = run_layers(tmp_path, workers=2)
    assert in_process["parsed.articles"][0] == len(sample_raw_rows())
    assert in_process["entities.mentions"][0] > 100
    assert two_workers == in_process


def test_shards_keep_item_order_and_close_early_on_long_items(monkeypatch):
    monkeypatch.setattr(nlp_engine, "SHARD_CHARS", 10)
    items = [("a", 2), ("b", 2), ("c", 2), ("d", 9), ("e", 1), ("f", 20)]
    shards = nlp_engine.make_shards(items, 3, size_of=lambda item: item[1], id_of=lambda item: item[0])
    assert [[name for name, _ in shard.items] for shard in shards] == [["a", "b", "c"], ["d", "e"], ["f"]]
    assert [(s.index, s.first_id, s.last_id) for s in shards] == [(0, "a", "c"), (1, "d", "e"), (2, "f", "f")]


def rows_or_crash(batch_id: str, items: list[dict]) -> dict[str, list[dict]]:
    """A layer function whose worker dies on CRASH_ARTICLE (as on a segfault or the OOM killer)."""
    if any(item["article_id"] == CRASH_ARTICLE for item in items):
        os._exit(3)
    return {"test.rows": [{"batch_id": batch_id, **item} for item in items]}


def rows_or_raise(batch_id: str, items: list[dict]) -> dict[str, list[dict]]:
    if any(item["article_id"] == CRASH_ARTICLE for item in items):
        raise ValueError("cannot take this article")
    return {"test.rows": [{"batch_id": batch_id, **item} for item in items]}


def items_with_bad_one() -> list[dict]:
    ids = ["a1", "a2", "a3", CRASH_ARTICLE, "a5"]
    return [{"article_id": article_id, "size": 1} for article_id in ids]


def test_a_dying_worker_names_its_shard_and_the_next_batch_gets_fresh_workers(tmp_path):
    settings = engine_settings(2)
    with pytest.raises(nlp_engine.ShardFailed, match=rf"died \(exit code 3\) while running shard 1 of batch {BATCH} "
                                                     rf"\(2 articles, a3 … {CRASH_ARTICLE}\)"):
        nlp_engine.compute(rows_or_crash, BATCH, items_with_bad_one(), tmp_path / "crash", settings,
                           size_of=lambda item: item["size"], id_of=lambda item: item["article_id"])
    good = [item for item in items_with_bad_one() if item["article_id"] != CRASH_ARTICLE]
    spool = nlp_engine.compute(rows_or_crash, BATCH, good, tmp_path / "after", settings,
                               size_of=lambda item: item["size"], id_of=lambda item: item["article_id"])
    assert spool_digests(spool, ["test.rows"])["test.rows"][0] == 4


def test_a_failing_shard_is_named_with_the_workers_traceback(tmp_path):
    with pytest.raises(nlp_engine.ShardFailed, match=r"(?s)shard 1 of batch .* failed in NLP worker process \d+:.*"
                                                     r"ValueError: cannot take this article"):
        nlp_engine.compute(rows_or_raise, BATCH, items_with_bad_one(), tmp_path / "raise", engine_settings(2),
                           size_of=lambda item: item["size"], id_of=lambda item: item["article_id"])


def test_workers_setting_must_be_a_positive_whole_number(monkeypatch):
    monkeypatch.setenv("WIREHOUSE_WORKERS", "0")
    with pytest.raises(ValueError, match="WIREHOUSE_WORKERS must be a whole number of at least 1, not '0'"):
        Settings.from_env()
    monkeypatch.setenv("WIREHOUSE_WORKERS", "3")
    assert Settings.from_env().workers == 3


def test_a_batch_of_one_shard_starts_no_worker(tmp_path, monkeypatch):
    """A worker's start (imports and the spaCy pipelines, about 7.6 CPU-s) costs more than a small
    batch's NLP: a batch that one shard holds runs in this process whatever WIREHOUSE_WORKERS says."""
    def no_pool(workers):
        raise AssertionError(f"started {workers} worker processes for a batch of one shard")

    monkeypatch.setattr(nlp_engine, "local_pool", no_pool)
    items = [{"article_id": f"a{i}", "size": 1} for i in range(10)]
    spool = nlp_engine.compute(rows_or_raise, BATCH, items, tmp_path / "small", engine_settings(2, shard_articles=32),
                               size_of=lambda item: item["size"], id_of=lambda item: item["article_id"])
    assert spool_digests(spool, ["test.rows"])["test.rows"][0] == 10
