"""A `wirehouse run` that is stopped — by SIGTERM, or killed outright — never blocks later runs:
its DuckDB pool slot is freed, and the next `wirehouse run` completes its batch."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipelines.instance import get_instance
from tests.conftest import REPO, sample_files

WIREHOUSE = str(Path(sys.executable).with_name("wirehouse"))


def start_run(home: Path) -> subprocess.Popen:
    return subprocess.Popen([WIREHOUSE, "run", "--quiet"], cwd=REPO, env=os.environ.copy(),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wait_until_a_step_holds_the_slot(home: Path, timeout: float = 120) -> None:
    instance = get_instance()  # held: the storage only keeps a weak reference to it
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        info = instance.event_log_storage.get_concurrency_info("wirehouse_duckdb")
        if info.claimed_slots:
            return
        time.sleep(0.2)
    raise AssertionError("no step claimed the DuckDB slot")


def fill_inbox(home: Path) -> None:
    get_instance()  # create the instance's SQLite storage here, not racing the child process for it
    for path in sample_files():
        shutil.copy(path, home / "inbox" / path.name)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "sigkill"])
def test_a_stopped_run_never_blocks_the_next_and_its_batch_is_completed(wirehouse_home, stop):
    fill_inbox(wirehouse_home)
    process = start_run(wirehouse_home)
    wait_until_a_step_holds_the_slot(wirehouse_home)
    process.send_signal(stop)
    output, _ = process.communicate(timeout=120)
    [batch] = [p.name for p in (wirehouse_home / "batches").iterdir()]
    instance = get_instance()
    [stopped] = instance.get_runs()
    if stop == signal.SIGTERM and process.returncode == 0:
        # The interrupt landed where Python drops exceptions (a garbage-collection callback inside
        # Dagster's handler): the run then simply finished. Nothing may be left half done.
        assert stopped.status.value == "SUCCESS", output
        assert article_count(wirehouse_home, batch) == len(sample_files()) + 2
        return
    assert process.returncode != 0, output
    if stop == signal.SIGTERM:
        # stopped cleanly: failed, slot freed, and it said how to finish the batch
        assert process.returncode == 130, output
        assert stopped.status.value == "FAILURE", output
        assert not instance.event_log_storage.get_concurrency_info("wirehouse_duckdb").claimed_slots
        assert f"finish with  wirehouse run --batch {batch}" in output
        next_command = [WIREHOUSE, "run", "--quiet", "--batch", batch]
    else:
        next_command = [WIREHOUSE, "run", "--quiet"]  # finds the abandoned run itself

    next_run = subprocess.run(next_command, cwd=REPO, env=os.environ.copy(), capture_output=True, text=True, timeout=300)
    assert next_run.returncode == 0, output + next_run.stdout + next_run.stderr
    assert f"batch {batch}: run" in next_run.stdout and "succeeded" in next_run.stdout
    if stop == signal.SIGKILL:
        assert f"batch {batch} was abandoned" in next_run.stdout
    assert instance.get_run_by_id(stopped.run_id).status.value == "FAILURE"
    assert article_count(wirehouse_home, batch) == len(sample_files()) + 2  # export.jsonl holds three


def article_count(home: Path, batch: str) -> int:
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        return con.execute("SELECT count(*) FROM star.dim_article WHERE batch_id = ?", [batch]).fetchone()[0]
