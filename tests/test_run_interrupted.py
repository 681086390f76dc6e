"""A `wirehouse run` that is stopped — by SIGTERM or killed outright — never blocks later runs:
its DuckDB pool slot is freed and its batch is completed by the next `wirehouse run`."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

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


def test_sigterm_fails_the_run_and_frees_its_slot(wirehouse_home):
    fill_inbox(wirehouse_home)
    process = start_run(wirehouse_home)
    wait_until_a_step_holds_the_slot(wirehouse_home)
    process.send_signal(signal.SIGTERM)
    output, _ = process.communicate(timeout=120)
    assert process.returncode != 0, output
    instance = get_instance()
    [run] = instance.get_runs()
    assert run.status.value == "FAILURE"
    assert not instance.event_log_storage.get_concurrency_info("wirehouse_duckdb").claimed_slots


def test_a_killed_run_is_released_and_its_batch_completed_by_the_next_run(wirehouse_home):
    fill_inbox(wirehouse_home)
    process = start_run(wirehouse_home)
    wait_until_a_step_holds_the_slot(wirehouse_home)
    process.kill()
    process.wait()
    [batch] = [p.name for p in (wirehouse_home / "batches").iterdir()]

    next_run = subprocess.run([WIREHOUSE, "run", "--quiet"], cwd=REPO, env=os.environ.copy(),
                              capture_output=True, text=True, timeout=300)
    assert next_run.returncode == 0, next_run.stdout + next_run.stderr
    assert f"batch {batch} was abandoned" in next_run.stdout
    assert f"batch {batch}: run" in next_run.stdout and "succeeded" in next_run.stdout
    with duckdb.connect(str(wirehouse_home / "warehouse.duckdb"), read_only=True) as con:
        articles = con.execute("SELECT count(*) FROM star.dim_article WHERE batch_id = ?", [batch]).fetchone()[0]
    assert articles == len(sample_files()) + 2  # export.jsonl holds three articles
