"""`dagster dev -w workspace.yaml` (what `make ui` starts): the UI serves the code location, and the
daemon's sensor claims dropped files and materialises them — the sensor-triggered path, for real."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO, SAMPLES

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def restore_default_signals():
    # A process started from a background shell inherits ignored SIGINT/SIGTERM; dagster dev
    # would then never stop. Give the child the default handlers back.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def graphql(port: int, query: str) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql", data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["data"]


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = condition()
        except OSError:
            value = None
        if value:
            return value
        time.sleep(2)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


@pytest.fixture
def dagster_dev(wirehouse_home):
    from pipelines.instance import ensure_instance_config

    ensure_instance_config()
    port = free_port()
    env = {**os.environ, "WIREHOUSE_SETTLE_SECONDS": "0"}
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("dagster")), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True, preexec_fn=restore_default_signals,
    )
    try:
        wait_for(lambda: graphql(port, "{ version }"), 120, "the Dagster webserver")
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def test_ui_serves_the_code_location_and_the_sensor_runs_dropped_files(dagster_dev, wirehouse_home):
    port = dagster_dev
    [repository] = graphql(port, """{ repositoriesOrError { ... on RepositoryConnection { nodes {
        jobs { name } sensors { name sensorState { status } } schedules { name scheduleState { status } } } } } }""")[
        "repositoriesOrError"]["nodes"]
    assert "ingest_batch" in {job["name"] for job in repository["jobs"]}
    assert repository["sensors"] == [{"name": "inbox_sensor", "sensorState": {"status": "RUNNING"}}]
    assert repository["schedules"] == [{"name": "inbox_schedule", "scheduleState": {"status": "RUNNING"}}]

    for name in ("wire_uzbekistan_gas_adb.txt", "page_danube_serbia_rail.html"):
        shutil.copy(SAMPLES / name, wirehouse_home / "inbox" / name)

    def finished_run():
        runs = graphql(port, "{ runsOrError { ... on Runs { results { status tags { key value } } } } }")[
            "runsOrError"]["results"]
        done = [run for run in runs if run["status"] in {"SUCCESS", "FAILURE", "CANCELED"}]
        return done[0] if done else None

    run = wait_for(finished_run, 240, "the sensor's run to finish")
    assert run["status"] == "SUCCESS"
    assert {"key": "wirehouse/trigger", "value": "sensor"} in run["tags"]
    with duckdb.connect(str(wirehouse_home / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM star.dim_article").fetchone() == (2,)
