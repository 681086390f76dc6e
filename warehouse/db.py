"""DuckDB at the edge: the pipeline writes a private file and publishes a copy for analysts.

DuckDB allows one writing process and refuses a writer while any reader holds the file. So runs
write `work_db` (never opened by analysts) and, after each committed write, atomically replace
`warehouse_db` with a fresh copy. An analyst holding the published file open keeps a consistent
snapshot and never blocks a run; a new connection sees the new rows.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.settings import Settings

DDL_FILES = ("layers.sql", "star.sql", "analytics.sql")
LOCK_WAIT_SECONDS = 30.0


def sql_text(name: str) -> str:
    return resources.files("warehouse").joinpath(name).read_text(encoding="utf-8")


# An analyst's connection reads the warehouse and nothing else: no other file read or written
# (ATTACH, COPY, EXPORT, read_csv, ...), no extension installed or loaded, no setting changed back.
ANALYST_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}
EXPORT_HINT = "to save results, redirect the output: wirehouse query \"SQL\" --format csv > results.csv"


def _connect(path: Path, settings: Settings, read_only: bool, analyst: bool = False) -> duckdb.DuckDBPyConnection:
    config = {"memory_limit": settings.duckdb_memory_limit, "threads": settings.duckdb_threads}
    if analyst:
        config |= ANALYST_CONFIG
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=config)
        except duckdb.IOException as error:
            # Another process holds the file's lock; wait a bounded time, then say so plainly.
            if "lock" not in str(error).lower() or time.monotonic() > deadline:
                raise RuntimeError(f"cannot open DuckDB file {path}: {error}") from error
            time.sleep(0.5)


@contextmanager
def write_transaction(settings: Settings | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """One transaction on the pipeline's file; committed, checkpointed and published on success."""
    settings = settings or Settings.from_env()
    settings.work_db.parent.mkdir(parents=True, exist_ok=True)
    con = _connect(settings.work_db, settings, read_only=False)
    try:
        for name in DDL_FILES:
            con.execute(sql_text(name))
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.TransactionException:
                pass  # the failure already ended the transaction (an interrupted query): keep its error
            raise
        con.execute("CHECKPOINT")
    finally:
        con.close()
    publish(settings)


def publish(settings: Settings) -> Path:
    """Atomically replace the analysts' copy with the pipeline's current file."""
    target = settings.warehouse_db
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(settings.work_db, staging)
    os.replace(staging, target)
    return target


def replace_batch(con: duckdb.DuckDBPyConnection, table: str, batch_id: str, frame: pd.DataFrame) -> int:
    """Delete the batch's rows from `table`, insert `frame` by column name; returns rows inserted."""
    con.execute(f"DELETE FROM {table} WHERE batch_id = ?", [batch_id])
    if frame.empty:
        return 0
    con.register("incoming_rows", frame)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming_rows")
    finally:
        con.unregister("incoming_rows")
    return len(frame)


def read_frame(sql: str, params: list | dict | None = None, settings: Settings | None = None) -> pd.DataFrame:
    """Run a query on the pipeline's file with a short-lived read-only connection."""
    settings = settings or Settings.from_env()
    con = _connect(settings.work_db, settings, read_only=True)
    try:
        return con.execute(sql, params or []).df()
    finally:
        con.close()


def query_warehouse(sql: str, settings: Settings | None = None) -> tuple[list[str], list[tuple]]:
    """Read-only SQL against the published warehouse file (what analysts and `wirehouse query`
    use): column names and rows, values as DuckDB's Python types (dates stay dates). A statement
    that would write, or reach any file or database but the warehouse, raises PermissionError."""
    settings = settings or Settings.from_env()
    if not settings.warehouse_db.exists():
        raise FileNotFoundError(
            f"no warehouse at {settings.warehouse_db}: run `wirehouse run` (or `make run`) first"
        )
    con = _connect(settings.warehouse_db, settings, read_only=True, analyst=True)
    try:
        cursor = con.execute(sql)
        rows = cursor.fetchall()
        return [column[0] for column in cursor.description or []], rows
    except (duckdb.PermissionException, duckdb.InvalidInputException, duckdb.CatalogException) as error:
        if not _refused_as_read_only(error):
            raise
        raise PermissionError(
            f"refused: queries read the warehouse only (no other files or databases, no writes, "
            f"no extensions, no settings): {error}; {EXPORT_HINT}"
        ) from None
    finally:
        con.close()


def _refused_as_read_only(error: duckdb.Error) -> bool:
    message = str(error)
    return isinstance(error, duckdb.PermissionException) or any(
        phrase in message for phrase in ("read-only mode", "configuration has been locked")
    )


def table_row_counts(settings: Settings | None = None) -> list[tuple[str, int]]:
    """(table, rows) for every layer and star table of the published warehouse, in one connection."""
    settings = settings or Settings.from_env()
    con = _connect(settings.warehouse_db, settings, read_only=True, analyst=True)
    try:
        tables = [
            f"{schema}.{name}"
            for schema, name in con.execute(
                "SELECT table_schema, table_name FROM information_schema.tables "
                "WHERE table_type = 'BASE TABLE' AND table_schema IN ('raw', 'parsed', 'entities', 'star') "
                "ORDER BY 1, 2"
            ).fetchall()
        ]
        return [(table, con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) for table in tables]
    finally:
        con.close()
