"""The Dagster instance under WIREHOUSE_HOME: its dagster.yaml, written once, and a handle to it."""

from __future__ import annotations

import fcntl
import functools
import os
import socket
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from pipelines.partitions import DUCKDB_POOL, batch_partitions
from pipelines.settings import Settings

# Telemetry off; one slot in every pool, because DuckDB has one writer. Two runs at a time: only
# the steps that open the DuckDB file hold the pool, so one batch's compute (parse, NLP) runs while
# the previous batch is written and checked.
# Run monitoring lets the daemon fail runs whose worker died and free the slots they held; such a
# run is retried once (a failed step or check is not: retrying would fail the same way).
DAGSTER_YAML = """\
telemetry:
  enabled: false
concurrency:
  runs:
    max_concurrent_runs: 2
  pools:
    granularity: op
    default_limit: 1
run_monitoring:
  enabled: true
  free_slots_after_run_end_seconds: 30
run_retries:
  enabled: true
  max_retries: 1
  retry_on_asset_or_op_failure: false
"""
# Tags on runs started by `wirehouse run`, so a later command can tell whether their process lives.
HOST_TAG = "wirehouse/host"
PID_TAG = "wirehouse/pid"


def ensure_instance_config(settings: Settings | None = None) -> Settings:
    """Create DAGSTER_HOME with Wirehouse's dagster.yaml (kept if the user already edited one) and
    point this process's DAGSTER_HOME at it."""
    settings = settings or Settings.from_env()
    settings.dagster_home.mkdir(parents=True, exist_ok=True)
    config = settings.dagster_home / "dagster.yaml"
    if not config.exists():
        config.write_text(DAGSTER_YAML, encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(settings.dagster_home)
    return settings


@contextmanager
def set_up_lock(settings: Settings) -> Iterator[None]:
    """Held while an instance is created, so that two commands starting on a fresh home do not
    both create (and stamp) Dagster's SQLite storage: unserialised, one crashes on "table
    alembic_version already exists" or the home is left with two version stamps."""
    with open(settings.dagster_home / ".wirehouse-set-up.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file is closed
        yield


def get_instance(settings: Settings | None = None):
    """The Dagster instance, its storage created (on a fresh home) under the set-up lock."""
    import dagster as dg

    settings = ensure_instance_config(settings)
    with set_up_lock(settings):
        instance = dg.DagsterInstance.get()
        # Each storage creates its tables on first use: use each one now, under the lock.
        instance.get_runs(limit=1)
        instance.get_dynamic_partitions(batch_partitions.name)
        instance.event_log_storage.get_concurrency_info(DUCKDB_POOL)
        instance.all_instigator_state()
    return instance


@contextmanager
def event_log_kept_open(instance, run_id: str) -> Iterator[None]:
    """While a run of this process writes its events, keep a connection open to each SQLite file
    they go to (the run's own and the cross-run index), and have Dagster's connections to them
    commit without waiting for the disk. Dagster opens and closes a connection per event (about
    1,300 in a 10-article run), and when the last connection to a WAL database closes, SQLite
    checkpoints the log into the file and deletes it; every commit also fsyncs the log and, from
    a fresh connection, its folder. With ours open and synchronous=NORMAL (SQLite's advice for
    WAL), an event is one append to the log: a power cut may lose the last events, never the
    file's consistency, and such a run has failed anyway. Other storages (Postgres) are left alone.

    Dagster also makes a new SQLAlchemy engine for every connection, so each of a run's ~1,000
    statements is compiled afresh and each new engine first asks SQLite about its dialect; and it
    asks whether a table exists (a connection of its own each time) before storing an asset or a
    check event. While the run goes, the two files' connections come from one engine each (still
    a fresh connection for every use, as Dagster's NullPool gives), and a table's existence is
    asked once: tables are only added by `dagster instance migrate`, not while a run writes."""
    from dagster._core.storage.event_log import SqliteEventLogStorage
    from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import Engine
    from sqlalchemy.pool import NullPool

    storage = instance.event_log_storage
    if not isinstance(storage, SqliteEventLogStorage):
        yield
        return
    storage.get_logs_for_run(run_id)  # Dagster creates the run's file (tables, WAL) on first use
    paths = {os.path.realpath(storage.path_for_shard(shard)) for shard in ("index", run_id)}
    connections = [sqlite3.connect(path) for path in paths]
    for connection in connections:
        connection.execute("PRAGMA schema_version").fetchone()  # opens the file: SQLite opens lazily

    real_paths: dict[str, str] = {}

    def commit_without_fsync(dbapi_connection, _record) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection) and any(
            real_paths.setdefault(file, os.path.realpath(file)) in paths
            for _, _, file in dbapi_connection.execute("PRAGMA database_list")
        ):
            dbapi_connection.execute("PRAGMA synchronous=NORMAL")

    engines = {shard: create_engine(storage.conn_string_for_shard(shard), poolclass=NullPool,
                                    connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS})
               for shard in ("index", run_id)}
    connect_anew = storage._connect

    @contextmanager
    def connect(shard: str):
        """Dagster's SqliteEventLogStorage._connect, with the run's engines kept (a file Dagster
        has not set up yet in this process is left to Dagster, which sets it up first)."""
        if shard not in engines or shard not in storage._initialized_dbs:
            with connect_anew(shard) as connection:
                yield connection
            return
        with storage._db_lock, engines[shard].connect() as connection, connection.begin():
            yield connection

    event.listen(Engine, "connect", commit_without_fsync)
    storage._connect, storage.has_table = connect, functools.cache(storage.has_table)
    try:
        yield
    finally:
        del storage._connect, storage.has_table  # the class's methods again
        event.remove(Engine, "connect", commit_without_fsync)
        for engine in engines.values():
            engine.dispose()
        for connection in connections:
            connection.close()


@contextmanager
def batch_partition_known(instance, batch_id: str) -> Iterator[None]:
    """While a run of batch `batch_id` goes, answer Dagster's "does this batch's partition exist?"
    from one look-up made at the start. Dagster asks the instance again for every input and output
    of every step (about 180 queries of the SQLite index in a 10-article run); a run's partition is
    registered before the run starts and Wirehouse never deletes one. Other partitions are asked
    about as before."""
    ask_storage = instance.has_dynamic_partition
    exists = ask_storage(batch_partitions.name, batch_id)

    def has_dynamic_partition(partitions_def_name: str, partition_key: str) -> bool:
        if partitions_def_name == batch_partitions.name and partition_key == batch_id:
            return exists
        return ask_storage(partitions_def_name, partition_key)

    instance.has_dynamic_partition = has_dynamic_partition
    try:
        yield
    finally:
        del instance.has_dynamic_partition  # the class's method again


def cli_run_tags() -> dict[str, str]:
    return {HOST_TAG: socket.gethostname(), PID_TAG: str(os.getpid())}


def release_abandoned_runs(instance) -> list[tuple[str, str]]:
    """Fail the in-progress runs that an earlier `wirehouse run` on this machine started and whose
    process is gone (killed, crashed), and free the DuckDB pool slots they held; otherwise every
    later run would wait for that slot forever. Returns (run id, batch id) of each run released."""
    import dagster as dg
    from dagster._core.storage.dagster_run import IN_PROGRESS_RUN_STATUSES

    released = []
    runs = instance.get_runs(
        filters=dg.RunsFilter(statuses=IN_PROGRESS_RUN_STATUSES, tags={HOST_TAG: socket.gethostname()})
    )
    for run in runs:
        pid = int(run.tags.get(PID_TAG, 0))
        if pid and not _process_alive(pid):
            instance.report_run_failed(run, f"the `wirehouse run` process (pid {pid}) that ran it is gone")
            instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
            released.append((run.run_id, run.tags.get("dagster/partition", "")))
    return released


SLOT_WATCH_SECONDS = 10.0


@contextmanager
def watching_the_duckdb_slot(say: Callable[[str], None], every: float = SLOT_WATCH_SECONDS) -> Iterator[None]:
    """While the body runs (a run of this process), check every `every` seconds whether one of this
    process's runs waits for the DuckDB pool slot: if the holder's process is gone, free its slot
    (so a killed `wirehouse run` never blocks the next for ever); otherwise say who holds it."""
    stop = threading.Event()

    def watch() -> None:
        instance = None
        while not stop.wait(every):
            instance = instance or get_instance()  # its own instance: storage handles are not shared across threads
            for run_id, batch_id in release_abandoned_runs(instance):
                say(f"run {run_id} of batch {batch_id} held the DuckDB slot but its process is gone: "
                    "marked failed and its slot freed")
            waiting_for = slot_holders_blocking(instance, os.getpid())
            if waiting_for:
                say(f"waiting for the DuckDB slot (pool {DUCKDB_POOL}), held by {'; '.join(waiting_for)}")

    watcher = threading.Thread(target=watch, name="duckdb-slot-watch", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        stop.set()
        watcher.join()


def slot_holders_blocking(instance, pid: int) -> list[str]:
    """Who holds the DuckDB slot while a step of a run started by process `pid` waits for it:
    one description per holding run ("run <id> of batch <b>, <who started it>"); [] when no step
    of that process waits."""
    info = instance.event_log_storage.get_concurrency_info(DUCKDB_POOL)
    # A step stays listed as pending while it holds its slot: waiting is pending without a slot.
    waiting_runs = {step.run_id for step in info.pending_steps} - {slot.run_id for slot in info.claimed_slots}
    ours = [run_id for run_id in waiting_runs if _started_by(instance.get_run_by_id(run_id), pid)]
    if not ours:
        return []
    holders = []
    for run_id in dict.fromkeys(slot.run_id for slot in info.claimed_slots):
        run = instance.get_run_by_id(run_id)
        tags = run.tags if run else {}
        started_by = (f"`wirehouse run` pid {tags[PID_TAG]} on {tags.get(HOST_TAG, '?')}" if PID_TAG in tags
                      else f"trigger {tags.get('wirehouse/trigger', 'unknown')} (the daemon)")
        holders.append(f"run {run_id} of batch {tags.get('dagster/partition', '?')}, started by {started_by}")
    return holders


def step_times(instance, run_id: str) -> dict[str, tuple[float, float]]:
    """(start, end) Unix time of each finished step of a run, from the instance's event log."""
    from dagster import DagsterEventType

    started, ended = {}, {}
    for record in instance.all_logs(run_id, of_type={DagsterEventType.STEP_START, DagsterEventType.STEP_SUCCESS,
                                                     DagsterEventType.STEP_FAILURE}):
        event = record.dagster_event
        (started if event.event_type == DagsterEventType.STEP_START else ended)[event.step_key] = record.timestamp
    return {step: (started[step], ended[step]) for step in started if step in ended}


def _started_by(run, pid: int) -> bool:
    return run is not None and run.tags.get(PID_TAG) == str(pid) and run.tags.get(HOST_TAG) == socket.gethostname()


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    return True


if __name__ == "__main__":
    # `make ui` runs this before `dagster dev`, so the storage exists before the daemon starts.
    settings = Settings.from_env()
    get_instance(settings)
    print(settings.dagster_home)
