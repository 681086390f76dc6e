"""The Dagster instance under WIREHOUSE_HOME: a run's SQLite event log is kept open while it runs."""

import uuid
from pathlib import Path

import dagster as dg
import pytest

from pipelines.instance import batch_partition_known, event_log_kept_open, get_instance


def _store_a_log_message(instance, run_id: str) -> None:
    instance.store_event(dg.EventLogEntry(
        error_info=None, level="INFO", user_message="a step said something", run_id=run_id,
        timestamp=0.0, step_key=None, job_name="ingest_batch", dagster_event=None,
    ))


def test_the_run_log_and_the_index_stay_open_so_an_event_is_one_append_not_a_checkpoint(wirehouse_home):
    instance = get_instance()
    storage = instance.event_log_storage
    run_id = str(uuid.uuid4())
    run_log, index = (storage.path_for_shard(shard) for shard in (run_id, "index"))
    with event_log_kept_open(instance, run_id):
        _store_a_log_message(instance, run_id)
        instance.get_dynamic_partitions("batches")  # a read of the index by a connection of Dagster's
        # Dagster's own connections are closed by now: the write-ahead logs remain because ours
        # are open, so neither file was checkpointed and its log deleted.
        assert all(has_write_ahead_log(path) for path in (run_log, index))
    assert not any(has_write_ahead_log(path) for path in (run_log, index))  # the last close checkpoints, as before
    [record] = instance.all_logs(run_id)
    assert record.user_message == "a step said something"


def test_another_run_s_events_are_not_affected(wirehouse_home):
    instance = get_instance()
    kept, other = str(uuid.uuid4()), str(uuid.uuid4())
    with event_log_kept_open(instance, kept):
        _store_a_log_message(instance, other)
    assert [record.user_message for record in instance.all_logs(other)] == ["a step said something"]
    assert instance.all_logs(kept) == []


def test_commits_to_the_kept_files_skip_the_fsync_and_no_other_file_s_do(wirehouse_home, tmp_path):
    import sqlalchemy

    instance = get_instance()
    run_id = str(uuid.uuid4())
    kept = instance.event_log_storage.path_for_shard(run_id)
    with event_log_kept_open(instance, run_id):
        during = {path: _synchronous(sqlalchemy, path) for path in (kept, str(tmp_path / "other.db"))}
    assert during == {kept: 1, str(tmp_path / "other.db"): 2}  # NORMAL; FULL, SQLite's default
    assert _synchronous(sqlalchemy, kept) == 2  # the listener is gone with the run


def _synchronous(sqlalchemy, path: str) -> int:
    engine = sqlalchemy.create_engine(f"sqlite:///{path}", poolclass=sqlalchemy.pool.NullPool)
    with engine.connect() as connection:
        level = connection.exec_driver_sql("PRAGMA synchronous").scalar()
    engine.dispose()
    return level


def has_write_ahead_log(path: str) -> bool:
    """Whether the database's write-ahead log exists: SQLite deletes it when the last connection closes."""
    return Path(f"{path}-wal").exists()


def test_a_run_s_own_partition_is_looked_up_once_and_others_as_before(wirehouse_home, monkeypatch):
    instance = get_instance()
    instance.add_dynamic_partitions("batches", ["batch-a", "batch-b"])
    storage_lookups = []
    looked_up = instance.event_log_storage.has_dynamic_partition
    monkeypatch.setattr(instance.event_log_storage, "has_dynamic_partition",
                        lambda name, key: storage_lookups.append(key) or looked_up(name, key))
    with batch_partition_known(instance, "batch-a"):
        answers = [instance.has_dynamic_partition("batches", "batch-a") for _ in range(5)]
        other = instance.has_dynamic_partition("batches", "batch-b"), instance.has_dynamic_partition("batches", "gone")
    assert answers == [True] * 5 and other == (True, False)
    assert storage_lookups == ["batch-a", "batch-b", "gone"]
    assert instance.has_dynamic_partition("batches", "batch-a")  # the instance's own method again
    assert storage_lookups[-1] == "batch-a"


def test_a_run_of_a_batch_with_no_partition_still_fails_dagster_s_check(wirehouse_home):
    from pipelines.definitions import defs

    instance = get_instance()
    job = defs.resolve_job_def("ingest_batch")
    with batch_partition_known(instance, "never-registered"), pytest.raises(Exception, match="never-registered"):
        job.execute_in_process(instance=instance, partition_key="never-registered")


def test_a_kept_run_s_statements_share_one_engine_per_file_and_tables_are_looked_up_once(wirehouse_home):
    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    instance = get_instance()
    run_id = str(uuid.uuid4())
    engines_started = []  # a pool's first connection: one per new engine

    def started(_dbapi_connection, _record) -> None:
        engines_started.append(1)

    event.listen(Pool, "first_connect", started)
    try:
        with event_log_kept_open(instance, run_id):
            engines_started.clear()
            for _ in range(5):
                _store_a_log_message(instance, run_id)
                instance.get_dynamic_partitions("batches")
                assert instance.event_log_storage.supports_asset_checks
        during = len(engines_started)
        _store_a_log_message(instance, run_id)
        instance.get_dynamic_partitions("batches")
    finally:
        event.remove(Pool, "first_connect", started)
    assert during == 4  # the run's file, the index, two tables' look-ups (Dagster alone: 20)
    assert len(engines_started) == during + 3  # afterwards an engine per connection and table look-up again
    assert len(instance.all_logs(run_id)) == 6
