"""Two commands on one home (issue 10): instance set-up is serialised, and a run waiting for the
DuckDB slot says who holds it and frees it when the holder's process is gone."""

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid

import pytest

from pipelines.instance import HOST_TAG, PID_TAG, get_instance, release_abandoned_runs, slot_holders_blocking
from pipelines.partitions import DUCKDB_POOL
from tests.conftest import REPO, sample_files

SET_UP = "from pipelines.instance import get_instance; get_instance()"


# Unserialised, two of three trials failed ("table alembic_version already exists" or two stamps).
@pytest.mark.parametrize("trial", [0, 1] + [pytest.param(n, marks=pytest.mark.slow) for n in range(2, 10)])
def test_two_processes_setting_up_a_fresh_home_do_not_race(wirehouse_home, trial):
    processes = [subprocess.Popen([sys.executable, "-c", SET_UP], cwd=REPO, env=os.environ.copy(),
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errors = [process.communicate(timeout=120)[1] for process in processes]
    assert [process.returncode for process in processes] == [0, 0], errors
    with sqlite3.connect(wirehouse_home / "dagster" / "history" / "runs.db") as db:
        assert db.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1


def a_dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def fake_run(instance, pid: int, batch: str) -> str:
    """A run record as `wirehouse run` tags it, started by process `pid`."""
    from dagster._core.storage.dagster_run import DagsterRun, DagsterRunStatus

    run_id = str(uuid.uuid4())
    tags = {HOST_TAG: socket.gethostname(), PID_TAG: str(pid), "dagster/partition": batch}
    instance.add_run(DagsterRun(job_name="ingest_batch", run_id=run_id, status=DagsterRunStatus.STARTED, tags=tags))
    return run_id


def test_a_waiting_run_names_the_holder_and_a_dead_holder_loses_the_slot(wirehouse_home):
    instance = get_instance()
    instance.event_log_storage.initialize_concurrency_limit_to_default(DUCKDB_POOL)
    holder = fake_run(instance, a_dead_pid(), "batch-held")
    waiter = fake_run(instance, os.getpid(), "batch-waiting")
    assert instance.event_log_storage.claim_concurrency_slot(DUCKDB_POOL, holder, "raw_articles").is_claimed
    assert not instance.event_log_storage.claim_concurrency_slot(DUCKDB_POOL, waiter, "raw_articles").is_claimed

    [named] = slot_holders_blocking(instance, os.getpid())
    assert named.startswith(f"run {holder} of batch batch-held, started by `wirehouse run` pid")
    assert slot_holders_blocking(instance, a_dead_pid()) == []  # no step of that process waits

    assert release_abandoned_runs(instance) == [(holder, "batch-held")]
    assert instance.event_log_storage.claim_concurrency_slot(DUCKDB_POOL, waiter, "raw_articles").is_claimed


@pytest.mark.slow
def test_a_run_waiting_for_a_slot_whose_holder_dies_goes_on(wirehouse_home):
    instance = get_instance()
    instance.event_log_storage.initialize_concurrency_limit_to_default(DUCKDB_POOL)
    holder_process = subprocess.Popen(["sleep", "600"])
    holder = fake_run(instance, holder_process.pid, "batch-held")
    assert instance.event_log_storage.claim_concurrency_slot(DUCKDB_POOL, holder, "raw_articles").is_claimed
    sample = sample_files()[0]
    shutil.copy(sample, wirehouse_home / "inbox" / sample.name)
    run = subprocess.Popen([str(REPO / ".venv" / "bin" / "wirehouse"), "run", "--quiet"], cwd=REPO,
                           env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(run.stdout), daemon=True)
    reader.start()
    deadline = time.monotonic() + 240
    while not any(line.startswith("waiting for the DuckDB slot") for line in lines):
        assert time.monotonic() < deadline and run.poll() is None, "".join(lines)
        time.sleep(0.5)
    holder_process.kill()
    holder_process.wait()
    run.wait(timeout=300)
    reader.join(timeout=10)
    output = "".join(lines)
    assert run.returncode == 0, output
    assert f"waiting for the DuckDB slot (pool {DUCKDB_POOL}), held by run {holder} of batch batch-held" in output
    assert f"run {holder} of batch batch-held held the DuckDB slot but its process is gone" in output
