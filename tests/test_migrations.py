"""Schema changes and rebuilds without loss: a warehouse made before versioned migrations upgrades in
place with its data; `make clean` keeps the inputs; `wirehouse rebuild` re-derives the same rows."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from pipelines.cli import main
from pipelines.settings import Settings
from tests.conftest import REPO, SAMPLES
from warehouse.db import migrations, publish, sql_text, write_transaction

OLD_BATCH = "20250101T000000Z-0a1b2c"
# Tables and columns of later migrations that views read: the old file had no view over them
# (the events tables, 0003; the sentence's section, 0005; amount countries and lone-name resolution, 0006).
LATER_SCHEMA = ("star.fact_event", "s.section", "m.resolved_entity_key", "m.countries")


def build_pre_migration_warehouse(path: Path) -> None:
    """The file the code before migrations (64bc4be) wrote: its DDL, which is migration 0001
    verbatim, and the views, run on every write (those of its tables: not the ones over tables
    later migrations add: LATER_SCHEMA; no comments); no schema_version. One article in every layer."""
    [(_, _, baseline)] = [m for m in migrations() if m[0] == 1]
    with duckdb.connect(str(path)) as con:
        con.execute(baseline)
        for view in con.extract_statements(sql_text("analytics.sql")):
            if view.type == duckdb.StatementType.CREATE and not any(later in view.query for later in LATER_SCHEMA):
                con.execute(view)
        body = "Mongolia opened a coal terminal at the border on Monday."
        con.execute("INSERT INTO raw.articles VALUES ('a0', ?, 'p/a0.txt', 'a0.txt', NULL, 'text/plain', 'utf-8', "
                    "3, 's', 'abc'::BLOB, ?, ?)", [OLD_BATCH, body, datetime(2025, 1, 1)])
        con.execute("INSERT INTO parsed.articles (article_id, batch_id, parser, authors, word_count, body_status, body) "
                    "VALUES ('a0', ?, 'layout', [], 10, 'short', ?)", [OLD_BATCH, body])
        con.execute("INSERT INTO entities.mentions VALUES ('a0', ?, 0, 0, 0, 8, 'Mongolia', 'COUNTRY', 'country:MNG', "
                    "0.9, 'gazetteer', 'actor')", [OLD_BATCH])
        con.execute("INSERT INTO star.dim_article (article_key, article_id, batch_id, publication_key, published_date_key, "
                    "content_type, parser, source_name, source_path) VALUES (1, 'a0', ?, 1, -1, 'text/plain', 'layout', "
                    "'a0.txt', 'p/a0.txt')", [OLD_BATCH])


def test_a_warehouse_from_before_migrations_upgrades_in_place_with_its_data(wirehouse_home):
    settings = Settings.from_env()
    settings.work_db.parent.mkdir(parents=True)
    build_pre_migration_warehouse(settings.work_db)

    with write_transaction(settings) as con:  # what every layer does first
        versions = [row[0] for row in con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()]
        assert versions == [version for version, _, _ in migrations()]
        assert con.execute("SELECT text FROM entities.mentions").fetchall() == [("Mongolia",)]
        assert con.execute("SELECT extractor_version FROM entities.mentions").fetchall() == [(None,)]
        assert con.execute("SELECT status FROM audit.batches").fetchall() == [("published",)]
    publish(settings)
    with duckdb.connect(str(settings.warehouse_db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM raw.articles WHERE batch_id = ?", [OLD_BATCH]).fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM star.dim_article").fetchone() == (1,)

    # and the new pipeline runs on top of it, leaving the old batch as it was
    shutil.copy(SAMPLES / "wire_uzbekistan_gas_adb.txt", settings.inbox)
    assert main(["run", "--quiet"]) == 0
    with duckdb.connect(str(settings.warehouse_db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM raw.articles").fetchone() == (2,)
        assert con.execute("SELECT count(*) FROM entities.mentions WHERE batch_id = ?", [OLD_BATCH]).fetchone() == (1,)


def test_migrating_twice_changes_nothing():
    con = duckdb.connect()
    from warehouse.db import migrate

    assert len(migrate(con)) == len(migrations())
    assert migrate(con) == []


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_clean_keeps_the_inputs_and_rebuild_rederives_the_same_rows(wirehouse_home):
    settings = Settings.from_env()
    shutil.copy(SAMPLES / "wire_indonesia_nickel_power.txt", settings.inbox)
    assert main(["run", "--quiet"]) == 0
    (settings.inbox / "waiting.txt").write_text("Dropped in, not yet claimed.", encoding="utf-8")
    query = ("SELECT count(*), count(DISTINCT extractor_version) FROM star.fact_entity_mention "
             "UNION ALL SELECT count(*), 0 FROM star.dim_sentence UNION ALL SELECT count(*), 0 FROM star.fact_article")
    with duckdb.connect(str(settings.warehouse_db), read_only=True) as con:
        before = con.execute(query).fetchall()

    subprocess.run(["make", "--no-print-directory", "clean", f"WIREHOUSE_HOME={wirehouse_home}"],
                   cwd=REPO, check=True, capture_output=True)
    assert sorted(p.name for p in wirehouse_home.iterdir()) == ["batches", "inbox"]
    assert [p.name for p in settings.inbox.iterdir()] == ["waiting.txt"]

    assert main(["rebuild"]) == 0
    with duckdb.connect(str(settings.warehouse_db), read_only=True) as con:
        assert con.execute(query).fetchall() == before
        assert before[0][0] > 0 and before[0][1] == 1
    assert (settings.inbox / "waiting.txt").exists()  # a rebuild claims nothing


def test_a_migration_whose_transaction_already_ended_raises_its_own_error(monkeypatch):
    """As when Ctrl-C or SIGTERM interrupts its COMMIT: the rollback finds no transaction, and the
    error that stopped the migration is the one raised, so the run is seen to be interrupted."""
    from warehouse import db as warehouse_db

    ends_its_transaction = "CREATE TABLE early (x INTEGER); COMMIT; SELECT error('the migration failed')"
    monkeypatch.setattr(warehouse_db, "migrations", lambda: [(1, "0001_ends_early.sql", ends_its_transaction)])
    with duckdb.connect() as con, pytest.raises(duckdb.Error, match="the migration failed"):
        warehouse_db.migrate(con)
