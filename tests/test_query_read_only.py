"""`wirehouse query` reads the published warehouse and nothing else (issue 10): no writes, no other
database attached, no file read or written, no extension, no setting changed back."""

import pytest

from pipelines.cli import main
from pipelines.settings import Settings
from warehouse.db import mark_batch, publish, query_warehouse, replace_batch, write_transaction
from tests.test_warehouse_db import rejects


@pytest.fixture
def warehouse(wirehouse_home, tmp_path):
    settings = Settings.from_env()
    with write_transaction(settings) as con:
        replace_batch(con, "raw.rejects", "b1", rejects("b1"))
        mark_batch(con, "b1", "published")
    publish(settings)
    outside = tmp_path / "outside.csv"
    outside.write_text("secret\n42\n")
    return settings, outside


def escapes(settings: Settings, outside) -> dict[str, str]:
    out = outside.parent
    return {
        "attach the pipeline's file": f"ATTACH '{settings.work_db}' AS p (READ_WRITE)",
        "attach a new file": f"ATTACH '{out / 'new.duckdb'}' AS n",
        "attach memory": "ATTACH ':memory:' AS m",
        "write the warehouse": "DELETE FROM raw.rejects",
        "create a table": "CREATE TABLE raw.x AS SELECT 1 AS a",
        "copy to a file": f"COPY raw.rejects TO '{out / 'dump.csv'}'",
        "export": f"EXPORT DATABASE '{out / 'export'}'",
        "install": "INSTALL httpfs",
        "load": "LOAD httpfs",
        "read_csv": f"SELECT * FROM read_csv('{outside}')",
        "read_text": "SELECT * FROM read_text('/etc/passwd')",
        "a file as a table": f"SELECT * FROM '{outside}'",
        "glob": "SELECT * FROM glob('/etc/*')",
        "turn access back on": "SET enable_external_access = true",
        "raise the memory limit": "SET memory_limit = '64GB'",
    }


def test_every_escape_is_refused_with_a_clear_message(warehouse):
    settings, outside = warehouse
    for what, sql in escapes(settings, outside).items():
        with pytest.raises(PermissionError, match="queries read the warehouse only") as refused:
            query_warehouse(sql, settings)
        assert "--format csv >" in str(refused.value), what
    assert not (outside.parent / "dump.csv").exists() and not (outside.parent / "export").exists()
    assert query_warehouse("SELECT count(*) FROM raw.rejects", settings)[1] == [(1,)]


def test_the_cli_says_why_and_exits_non_zero(warehouse, capsys):
    settings, outside = warehouse
    assert main(["query", f"SELECT * FROM read_csv('{outside}')"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("wirehouse query: refused") and "--format csv > results.csv" in error
    assert main(["query", "SELECT reason_code FROM raw.rejects", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["reason_code", "empty"]
