"""The DuckDB edge: a failed write leaves nothing behind and reports its own error."""

import duckdb
import pandas as pd
import pytest

from pipelines.settings import Settings
from warehouse.db import replace_batch, write_transaction


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
