"""Parquet stages between a layer's compute and its load: written whole or not at all, read back
as frames, loaded into DuckDB leaving out quarantined articles."""

from datetime import date

import pandas as pd
import pytest

from pipelines.settings import Settings
from pipelines.staging import MissingStage, read_stage, stage_dir, staged_files, write_stage
from warehouse.db import append_rows, quarantined_before, read_frame, replace_batch_from_parquet, write_transaction

BATCH = "20260101T000000Z-staging"


def entity_rows(article_id: str, *entity_ids: str) -> list[dict]:
    return [{"batch_id": BATCH, "article_id": article_id, "entity_id": entity_id, "entity_type": "GPE",
             "canonical_name": entity_id.title(), "iso_code": None, "kind": None, "country_code": None,
             "extractor_version": "test"} for entity_id in entity_ids]


def test_a_stage_round_trips_and_a_table_without_rows_has_no_file(wirehouse_home):
    settings = Settings.from_env()
    articles = pd.DataFrame([{"article_id": "a", "authors": ["Ines Duarte"], "published_date": date(2024, 2, 3)},
                             {"article_id": "b", "authors": [], "published_date": None}])
    counts = write_stage(settings, BATCH, "parsed", {"parsed.articles": articles, "parsed.captions": pd.DataFrame()})
    assert counts == {"parsed.articles": 2, "parsed.captions": 0}
    assert staged_files(settings, BATCH, "parsed")["parsed.captions"] == []

    read = read_stage(settings, BATCH, "parsed", {"parsed.articles": ["article_id", "authors"],
                                                  "parsed.captions": ["article_id", "text"]})
    assert read["parsed.articles"].article_id.tolist() == ["a", "b"]
    assert [list(authors) for authors in read["parsed.articles"].authors] == [["Ines Duarte"], []]
    assert list(read["parsed.captions"].columns) == ["article_id", "text"] and read["parsed.captions"].empty


def test_a_stage_without_its_manifest_is_unfinished_and_a_rewrite_replaces_the_old_one(wirehouse_home):
    settings = Settings.from_env()
    with pytest.raises(MissingStage, match=f"no finished entities stage of batch {BATCH}"):
        staged_files(settings, BATCH, "entities")
    write_stage(settings, BATCH, "entities", {"entities.entities": pd.DataFrame(entity_rows("a", "lisbon"))})
    write_stage(settings, BATCH, "entities", {"entities.mentions": pd.DataFrame()})
    assert sorted(p.name for p in stage_dir(settings, BATCH, "entities").iterdir()) == ["manifest.json"]
    (stage_dir(settings, BATCH, "entities") / "manifest.json").unlink()  # as if the step died mid-write
    with pytest.raises(MissingStage):
        staged_files(settings, BATCH, "entities")


def test_the_load_leaves_out_quarantined_articles_and_keeps_one_row_per_entity(wirehouse_home):
    settings = Settings.from_env()
    staged = pd.DataFrame(entity_rows("a", "lisbon", "porto") + entity_rows("b", "lisbon") + entity_rows("q", "faro"))
    write_stage(settings, BATCH, "entities", {"entities.entities": staged})
    files = staged_files(settings, BATCH, "entities")["entities.entities"]
    quarantine = pd.DataFrame([{"batch_id": BATCH, "article_id": "q", "layer": "parsed", "reason_code": "not_prose",
                                "message": "a table", "quarantined_at": pd.Timestamp("2026-01-01")}])
    with write_transaction(settings) as con:
        append_rows(con, "audit.quarantine", quarantine)
        for _ in range(2):  # a re-run replaces the batch's rows
            loaded = replace_batch_from_parquet(con, "entities.entities", BATCH, files, quarantined_before("entities"),
                                                one_row_per="entity_id")
    assert loaded == 2
    rows = read_frame("SELECT entity_id FROM entities.entities WHERE batch_id = ? ORDER BY 1", [BATCH], settings)
    assert rows.entity_id.tolist() == ["lisbon", "porto"]  # faro: only the quarantined article named it


def test_shards_of_a_stage_load_in_order_with_one_row_per_entity_across_shards(wirehouse_home):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipelines.staging import finish_stage

    settings = Settings.from_env()
    folder = stage_dir(settings, BATCH, "entities") / "entities.entities"
    folder.mkdir(parents=True)
    first = entity_rows("a", "lisbon")
    second = [{**row, "canonical_name": "Later"} for row in entity_rows("b", "lisbon", "porto")]
    for index, rows in enumerate([first, second]):
        pq.write_table(pa.Table.from_pylist(rows), folder / f"{index:06d}.parquet")
    assert finish_stage(settings, BATCH, "entities", ["entities.entities", "entities.mentions"]) == {
        "entities.entities": 3, "entities.mentions": 0}
    files = staged_files(settings, BATCH, "entities")
    assert [path.name for path in files["entities.entities"]] == ["000000.parquet", "000001.parquet"]
    assert files["entities.mentions"] == []
    with write_transaction(settings) as con:
        loaded = replace_batch_from_parquet(con, "entities.entities", BATCH, files["entities.entities"],
                                            quarantined_before("entities"), one_row_per="entity_id")
    assert loaded == 2
    rows = read_frame("SELECT entity_id, canonical_name FROM entities.entities WHERE batch_id = ? ORDER BY 1",
                      [BATCH], settings)
    assert rows.values.tolist() == [["lisbon", "Lisbon"], ["porto", "Later"]]  # the first shard's row wins


def test_published_stages_are_removed_after_their_retention_and_others_kept(wirehouse_home, monkeypatch):
    import os
    import time

    from pipelines.staging import has_stage, remove_expired_stages

    monkeypatch.setenv("WIREHOUSE_STAGE_RETENTION_DAYS", "2")
    settings = Settings.from_env()
    for batch_id in ("old-published", "new-published", "old-failed"):
        write_stage(settings, batch_id, "raw", {"raw.articles": pd.DataFrame([{"article_id": "a"}])})
    three_days_ago = time.time() - 3 * 86400
    for batch_id in ("old-published", "old-failed"):
        manifest = stage_dir(settings, batch_id, "raw") / "manifest.json"
        os.utime(manifest, (three_days_ago, three_days_ago))
    (settings.staging / "interrupted" / "parsed").mkdir(parents=True)  # a published batch's unfinished leftover

    published = ["old-published", "new-published", "interrupted"]
    assert remove_expired_stages(settings, published) == ["interrupted", "old-published"]
    assert sorted(p.name for p in settings.staging.iterdir()) == ["new-published", "old-failed"]
    assert has_stage(settings, "old-failed", "raw")  # a failed batch keeps its stages for the audit and its re-run

    monkeypatch.setenv("WIREHOUSE_STAGE_RETENTION_DAYS", "0")  # 0: at the batch's publish
    assert remove_expired_stages(Settings.from_env(), published) == ["new-published"]
    monkeypatch.setenv("WIREHOUSE_STAGE_RETENTION_DAYS", "a week")
    with pytest.raises(ValueError, match="WIREHOUSE_STAGE_RETENTION_DAYS must be a number of at least 0, not 'a week'"):
        Settings.from_env()


@pytest.mark.slow  # a run and a rebuild through Dagster: ~35 s of CPU
def test_a_run_removes_its_published_stages_and_lock_and_a_rebuild_then_starts_from_the_inputs(wirehouse_home, monkeypatch, capsys):
    import shutil

    import duckdb

    from pipelines.cli import main
    from tests.conftest import SAMPLES

    monkeypatch.setenv("WIREHOUSE_STAGE_RETENTION_DAYS", "0")
    settings = Settings.from_env()
    shutil.copy(SAMPLES / "wire_indonesia_nickel_power.txt", settings.inbox)
    assert main(["run", "--quiet"]) == 0
    assert list(settings.staging.iterdir()) == [] and list((settings.home / "locks").iterdir()) == []
    query = "SELECT count(*) FROM star.fact_entity_mention UNION ALL SELECT count(*) FROM star.dim_sentence"
    with duckdb.connect(str(settings.warehouse_db), read_only=True) as con:
        before = con.execute(query).fetchall()

    capsys.readouterr()
    assert main(["rebuild", "--layer", "entities"]) == 0
    assert "rebuilding 1 batch(es) from the raw layer (their parsed stage was removed after publishing)" in capsys.readouterr().out
    with duckdb.connect(str(settings.warehouse_db), read_only=True) as con:
        assert con.execute(query).fetchall() == before and before[0][0] > 0
