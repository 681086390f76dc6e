"""The DuckDB edge: a failed write leaves nothing behind and reports its own error."""

import duckdb
import pandas as pd
import pytest

from pipelines.settings import Settings
from warehouse.db import migrate, migrations, replace_batch, write_transaction


def rejects(batch_id: str) -> pd.DataFrame:
    return pd.DataFrame([{
        "batch_id": batch_id, "source_path": "/x/a.txt", "source_name": "a.txt", "record_index": None,
        "reason_code": "empty", "message": "the file is empty", "size_bytes": 0, "sha256": None,
        "rejected_at": pd.Timestamp("2026-01-01"),
    }])


def count(settings: Settings) -> int:
    with duckdb.connect(str(settings.work_db), read_only=True) as con:  # what was committed
        return con.execute("SELECT count(*) FROM raw.rejects").fetchone()[0]


def test_an_error_rolls_the_write_back(wirehouse_home):
    settings = Settings.from_env()
    with write_transaction(settings) as con:
        replace_batch(con, "raw.rejects", "b1", rejects("b1"))
    with pytest.raises(ValueError, match="boom"):
        with write_transaction(settings) as con:
            replace_batch(con, "raw.rejects", "b1", pd.concat([rejects("b1")] * 3))
            raise ValueError("boom")
    assert count(settings) == 1


def test_the_original_error_survives_a_transaction_already_ended(wirehouse_home):
    """An interrupted query ends DuckDB's transaction itself; the rollback must not mask why."""
    settings = Settings.from_env()
    with pytest.raises(KeyboardInterrupt):
        with write_transaction(settings) as con:
            replace_batch(con, "raw.rejects", "b2", rejects("b2"))
            con.execute("ROLLBACK")
            raise KeyboardInterrupt
    assert count(settings) == 0


def test_an_interrupted_migration_keeps_its_own_error():
    """A signal during a migration ends DuckDB's transaction; the interruption, not the rollback's
    complaint, must reach the caller (else a SIGTERM'd run exits 1 instead of 130)."""
    first_migration = migrations()[0][2]

    class InterruptedDuringMigration:
        def __init__(self, con):
            self.con = con

        def execute(self, sql, *args):
            if sql == first_migration:
                self.con.execute("ROLLBACK")  # what DuckDB does to a query a signal interrupts
                raise KeyboardInterrupt
            return self.con.execute(sql, *args)

    with duckdb.connect() as con:
        with pytest.raises(KeyboardInterrupt):
            migrate(InterruptedDuringMigration(con))
        assert con.execute("SELECT count(*) FROM schema_version").fetchone() == (0,)
