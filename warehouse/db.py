"""DuckDB at the edge: write–audit–publish between the pipeline's file and the analysts' file.

DuckDB allows one writing process and refuses a writer while any reader holds the file. So runs
write `work_db` (never opened by analysts): each layer commits its rows there and its checks judge
them. Once per run, after the last check, `publish` copies the work file, removes from the copy
every batch that is not `published` in audit.batches, and atomically replaces `warehouse_db` with
it. An analyst holding the published file open keeps a consistent snapshot and never blocks a run;
a new connection sees the new rows. A batch that failed a check stays inspectable in the work file.

The schema evolves by the numbered files in warehouse/migrations/, applied in order whenever the
pipeline opens its file for writing (`migrate`); the table schema_version records which ran.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.settings import Settings

LOCK_WAIT_SECONDS = 30.0
LAYERS = ("raw", "parsed", "entities", "star")
MIGRATION_NAME = re.compile(r"(\d{4})_\w+\.sql")
# Schemas whose tables carry batch_id: what a withheld batch is removed from when publishing.
BATCH_SCHEMAS = ("raw", "parsed", "entities", "star", "audit")
# Shared dimension rows no published fact refers to (e.g. only a withheld batch did) are left out.
PRUNE_SHARED_DIMENSIONS = """
DELETE FROM star.dim_entity WHERE entity_key NOT IN (
    SELECT entity_key FROM star.fact_entity_mention
    UNION SELECT subject_entity_key FROM star.fact_relation
    UNION SELECT object_entity_key FROM star.fact_relation
    UNION SELECT entity_key FROM star.bridge_event_party
    UNION SELECT place_entity_key FROM star.fact_event WHERE place_entity_key IS NOT NULL);
DELETE FROM star.dim_author WHERE author_key NOT IN (SELECT author_key FROM star.bridge_article_author);
DELETE FROM star.dim_publication WHERE publication_key NOT IN (SELECT publication_key FROM star.dim_article);
"""


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


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of warehouse/migrations/NNNN_*.sql, in version order."""
    folder = resources.files("warehouse").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        match = MIGRATION_NAME.fullmatch(entry.name)
        if match:
            found.append((int(match[1]), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the migrations this file has not had yet, each in its own transaction; returns their
    file names. A file made before versioned migrations gets 0001 as a no-op (its tables exist)."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    applied = {version for (version,) in con.execute("SELECT version FROM schema_version").fetchall()}
    done = []
    for version, name, sql in migrations():
        if version in applied:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?, now()::TIMESTAMP)", [version, name])
            con.execute("COMMIT")
        except BaseException:
            _roll_back(con)
            raise
        done.append(name)
    return done


def _roll_back(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction after a failure, leaving the failure's own error to be raised."""
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException:
        pass  # the failure already ended the transaction (e.g. Ctrl-C or SIGTERM interrupted a COMMIT)


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Every table (migrations) and the analyst views, e.g. on an in-memory database."""
    migrate(con)
    con.execute(sql_text("analytics.sql"))


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
    """One transaction on the pipeline's file (migrated first), committed and checkpointed on
    success. Nothing is published here: see `publish`."""
    settings = settings or Settings.from_env()
    settings.work_db.parent.mkdir(parents=True, exist_ok=True)
    con = _connect(settings.work_db, settings, read_only=False)
    try:
        migrate(con)
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            _roll_back(con)
            raise
        con.execute("CHECKPOINT")
    finally:
        con.close()


def mark_batch(con: duckdb.DuckDBPyConnection, batch_id: str, status: str) -> None:
    """Record where a batch stands (pending | failed | published) in audit.batches."""
    con.execute(
        "INSERT INTO audit.batches (batch_id, status, updated_at) VALUES (?, ?, now()::TIMESTAMP) "
        "ON CONFLICT (batch_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, "
        "published_at = CASE WHEN excluded.status = 'published' THEN excluded.updated_at ELSE audit.batches.published_at END",
        [batch_id, status],
    )


def quarantined_before(layer: str) -> str:
    """SQL for the article ids of batch $batch_id that a layer before `layer` quarantined: they
    go no further. (Quarantines by `layer` itself or later are from an earlier run, and redone.)"""
    earlier = ", ".join(f"'{name}'" for name in LAYERS[: LAYERS.index(layer)])
    return f"SELECT article_id FROM audit.quarantine WHERE batch_id = $batch_id AND layer IN ({earlier or 'NULL'})"


def clear_quarantine(con: duckdb.DuckDBPyConnection, batch_id: str, layer: str) -> None:
    """Forget the layer's quarantines of the batch before it is derived again."""
    con.execute("DELETE FROM audit.quarantine WHERE batch_id = ? AND layer = ?", [batch_id, layer])


def publish(settings: Settings, inspect: Callable[[duckdb.DuckDBPyConnection], None] | None = None) -> list[str]:
    """Replace the analysts' file with the work file minus every batch not `published`: one copy
    per call, made from a checkpointed file. Returns the batch ids withheld. `inspect` reads the
    new file, once written, through the publishing connection: a second connection in this
    process would be refused, or handed the replaced file, if one to the old file is open."""
    target = settings.warehouse_db
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(settings.work_db, staging)
    try:
        con = _connect(staging, settings, read_only=False)
        try:
            withheld = [row[0] for row in con.execute(
                "SELECT batch_id FROM audit.batches WHERE status <> 'published' ORDER BY batch_id"
            ).fetchall()]
            con.execute("BEGIN TRANSACTION")
            if withheld:
                for table in _batch_tables(con):
                    con.execute(f"DELETE FROM {table} WHERE batch_id IN (SELECT unnest(?))", [withheld])
            con.execute(PRUNE_SHARED_DIMENSIONS)
            con.execute(sql_text("analytics.sql"))
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
            if inspect is not None:
                inspect(con)
        finally:
            con.close()
        os.replace(staging, target)
    finally:
        staging.unlink(missing_ok=True)
    return withheld


def _batch_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [f"{schema}.{table}" for schema, table in con.execute(
        "SELECT DISTINCT schema_name, table_name FROM duckdb_columns() JOIN duckdb_tables() USING (schema_name, table_name) "
        "WHERE column_name = 'batch_id' AND schema_name IN (SELECT unnest(?)) ORDER BY 1, 2",  # tables, not views
        [list(BATCH_SCHEMAS)],
    ).fetchall()]


def replace_batch(con: duckdb.DuckDBPyConnection, table: str, batch_id: str, frame: pd.DataFrame) -> int:
    """Delete the batch's rows from `table`, insert `frame` by column name; returns rows inserted."""
    delete_batch(con, table, batch_id)
    return append_rows(con, table, frame)


def delete_batch(con: duckdb.DuckDBPyConnection, table: str, batch_id: str) -> None:
    con.execute(f"DELETE FROM {table} WHERE batch_id = ?", [batch_id])


def replace_batch_from_parquet(con: duckdb.DuckDBPyConnection, table: str, batch_id: str, files: list[Path],
                               skip_articles: str | None = None, one_row_per: str | None = None) -> int:
    """Delete the batch's rows from `table`, then `append_parquet`; returns rows inserted."""
    delete_batch(con, table, batch_id)
    return append_parquet(con, table, batch_id, files, skip_articles, one_row_per)


def append_parquet(con: duckdb.DuckDBPyConnection, table: str, batch_id: str, files: list[Path],
                   skip_articles: str | None = None, one_row_per: str | None = None) -> int:
    """Insert the rows of Parquet `files` (a stage's shards, in order) into `table` by column name,
    one file at a time (DuckDB streams each, so memory stays bounded whatever the batch size);
    returns rows inserted. `skip_articles`: SQL for article ids (of $batch_id) whose rows are left
    out; `one_row_per`: a key column, the first staged row of each key kept (earlier files first,
    and the batch's rows already in `table` win) and the staged-only article_id column dropped (a
    table without article_id, such as entities.entities, staged with one row per article)."""
    conditions = [f"incoming.article_id NOT IN ({skip_articles})"] if skip_articles else []
    if one_row_per:
        conditions.append(f"NOT EXISTS (SELECT 1 FROM {table} AS kept WHERE kept.batch_id = $batch_id "
                          f"AND kept.{one_row_per} = incoming.{one_row_per})")
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    if one_row_per:
        rows = (f"SELECT * EXCLUDE (article_id, file_row_number) FROM read_parquet($path, file_row_number = true) "
                f"AS incoming {where} QUALIFY row_number() OVER (PARTITION BY {one_row_per} ORDER BY file_row_number) = 1")
    else:
        rows = f"SELECT * FROM read_parquet($path) AS incoming {where}"
    inserted = 0
    for path in files:
        params = {"path": str(path)} | ({"batch_id": batch_id} if conditions else {})
        inserted += con.execute(f"INSERT INTO {table} BY NAME {rows}", params).fetchone()[0]
    return inserted


def append_rows(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> int:
    """Insert `frame` into `table` by column name; returns rows inserted."""
    if frame.empty:
        return 0
    con.register("incoming_rows", frame)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming_rows")
    finally:
        con.unregister("incoming_rows")
    return len(frame)


@contextmanager
def reading(settings: Settings | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived read-only connection to the pipeline's file, e.g. for all of one step's queries."""
    settings = settings or Settings.from_env()
    con = _connect(settings.work_db, settings, read_only=True)
    try:
        yield con
    finally:
        con.close()


def read_frame(sql: str, params: list | dict | None = None, settings: Settings | None = None) -> pd.DataFrame:
    """Run one query on the pipeline's file with a short-lived read-only connection."""
    with reading(settings) as con:
        return con.execute(sql, params or []).df()


def query_warehouse(sql: str, settings: Settings | None = None) -> tuple[list[str], list[tuple]]:
    """Read-only SQL against the published warehouse file (what analysts and `wirehouse query`
    use): column names and rows, values as DuckDB's Python types (dates stay dates). A statement
    that would write, or reach any file or database but the warehouse, raises PermissionError."""
    settings = settings or Settings.from_env()
    return _query(_published_file(settings), sql, settings)


def _published_file(settings: Settings) -> Path:
    if not settings.warehouse_db.exists():
        raise FileNotFoundError(
            f"no warehouse at {settings.warehouse_db}: run `wirehouse run` (or `make run`) first"
        )
    return settings.warehouse_db


@contextmanager
def reading_published(settings: Settings | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """An analyst's connection to the published warehouse: read-only, nothing else reachable."""
    settings = settings or Settings.from_env()
    with analyst_connection(_published_file(settings), settings) as con:
        yield con


def query_work(sql: str, params: list | None = None, settings: Settings | None = None) -> tuple[list[str], list[tuple]]:
    """Read-only SQL against the pipeline's own file (unpublished batches included): `wirehouse audit`."""
    settings = settings or Settings.from_env()
    if not settings.work_db.exists():
        raise FileNotFoundError(f"no pipeline file at {settings.work_db}: nothing has run yet")
    return _query(settings.work_db, sql, settings, params)


def _query(path: Path, sql: str, settings: Settings, params: list | None = None) -> tuple[list[str], list[tuple]]:
    con = _connect(path, settings, read_only=True, analyst=True)
    try:
        cursor = con.execute(sql, params or [])
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


@contextmanager
def analyst_connection(path: Path, settings: Settings) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection as analysts get it (no other file, no extension, settings locked),
    for a reader that runs several queries."""
    con = _connect(path, settings, read_only=True, analyst=True)
    try:
        yield con
    finally:
        con.close()


def _refused_as_read_only(error: duckdb.Error) -> bool:
    message = str(error)
    return isinstance(error, duckdb.PermissionException) or any(
        phrase in message for phrase in ("read-only mode", "configuration has been locked")
    )


def table_row_counts(settings: Settings | None = None) -> list[tuple[str, int]]:
    """(table, rows) for every layer and star table of the published warehouse, in one connection."""
    from warehouse.catalog import read_catalog, row_counts

    with reading_published(settings) as con:
        tables = [name for name, relation in read_catalog(con, ("raw", "parsed", "entities", "star")).items()
                  if relation.kind == "table"]
        return list(row_counts(con, tables).items())
