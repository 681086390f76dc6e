"""`dagster dev -w workspace.yaml` (what `make ui` starts): the UI serves the code location, and the
daemon's sensor claims dropped files and materialises them — the sensor-triggered path, for real."""

import base64
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
from warehouse.catalog import read_catalog

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


CHROMIUM = Path("/usr/bin/chromium")


def browser_page_text(url: str, wanted: list[str], screenshot: Path, timeout: float = 90) -> str:
    """The text headless Chromium shows at `url` once every `wanted` string is on the page (or at
    `timeout`), driven over the DevTools protocol; a screenshot is saved for a reader."""
    from websockets.sync.client import connect

    port = free_port()
    chromium = subprocess.Popen(
        [str(CHROMIUM), "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         f"--remote-debugging-port={port}", f"--user-data-dir={screenshot.parent / 'chromium-profile'}",
         "--window-size=1400,1000", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        targets = wait_for(lambda: json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5)),
                           30, "Chromium's DevTools endpoint")
        [page] = [target for target in targets if target["type"] == "page"]
        with connect(page["webSocketDebuggerUrl"], max_size=None) as devtools:
            calls = iter(range(1, 1_000_000))

            def call(method: str, **params) -> dict:
                call_id = next(calls)
                devtools.send(json.dumps({"id": call_id, "method": method, "params": params}))
                while (message := json.loads(devtools.recv())).get("id") != call_id:
                    pass
                return message.get("result", {})

            def evaluate(expression: str):
                return call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

            call("Page.navigate", url=url)
            deadline, text = time.monotonic() + timeout, ""
            while time.monotonic() < deadline:
                text = evaluate("document.body ? document.body.innerText : ''") or ""
                if all(want in text for want in wanted):
                    break
                # the UI's first-visit newsletter dialog covers the page
                evaluate("[...document.querySelectorAll('button')].filter(b => b.innerText.trim() == 'Skip')"
                         ".forEach(b => b.click())")
                time.sleep(1)
            screenshot.write_bytes(base64.b64decode(call("Page.captureScreenshot", format="png")["data"]))
            return text
    finally:
        chromium.terminate()
        chromium.wait(timeout=30)


@pytest.fixture
def dagster_dev(wirehouse_home):
    from pipelines.instance import ensure_instance_config

    ensure_instance_config()
    port = free_port()
    # The schedule claims the inbox too: give it a tick twelve hours away, or a test spanning the
    # top of the hour sees the schedule's run instead of the sensor's.
    away = time.gmtime(time.time() + 12 * 3600)
    env = {**os.environ, "WIREHOUSE_SETTLE_SECONDS": "0",
           "WIREHOUSE_SCHEDULE_CRON": f"{away.tm_min} {away.tm_hour} * * *"}
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
    """Then the catalog, as the UI reads it: every table and view with its columns and
    descriptions, and a table's row count and lineage."""
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
        catalog = read_catalog(con)
    assert_catalog_shows_every_table(port, catalog)
    assert_a_table_page_shows_columns_rows_and_lineage(port, catalog, wirehouse_home)


def assert_catalog_shows_every_table(port: int, catalog: dict) -> None:
    nodes = graphql(port, """{ assetNodes { assetKey { path } description groupName dependencyKeys { path }
        metadataEntries { label ... on TableSchemaMetadataEntry { schema { columns { name type description } } } } } }""")[
        "assetNodes"]
    shown = {".".join(node["assetKey"]["path"]): node for node in nodes}
    for name, relation in catalog.items():
        node = shown[name]
        assert node["description"] == relation.comment, name
        [schema] = [entry["schema"] for entry in node["metadataEntries"] if entry["label"] == "dagster/column_schema"]
        assert schema["columns"] == [{"name": c.name, "type": c.data_type, "description": c.comment}
                                     for c in relation.columns], name
    assert {"star.dim_article", "star.dim_entity", "entities.events"} <= {
        ".".join(key["path"]) for key in shown["star.fact_event"]["dependencyKeys"]}
    page = graphql(port, """{ assetOrError(assetKey: {path: ["star", "dim_article"]}) { ... on Asset {
        assetMaterializations(limit: 1) { metadataEntries { label ... on IntMetadataEntry { intValue } } } } } }""")
    [materialization] = page["assetOrError"]["assetMaterializations"]
    assert {"label": "dagster/row_count", "intValue": 2} in materialization["metadataEntries"]


def assert_a_table_page_shows_columns_rows_and_lineage(port: int, catalog: dict, folder: Path) -> None:
    if not CHROMIUM.exists():
        return  # the GraphQL answers above are what the page renders
    relation = catalog["star.dim_article"]
    wanted = [relation.comment, "Columns", relation.columns[1].comment, "Row count"]
    text = browser_page_text(f"http://127.0.0.1:{port}/assets/star/dim_article", wanted, folder / "dim_article.png")
    assert all(want in text for want in wanted), text
    lineage = browser_page_text(f"http://127.0.0.1:{port}/assets/star/dim_article?view=lineage",
                                ["dim_publication", "fact_article"], folder / "dim_article_lineage.png")
    assert "dim_publication" in lineage and "fact_article" in lineage, lineage
