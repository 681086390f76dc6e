"""A batch through `wirehouse run` with WIREHOUSE_DASK_SCHEDULER set to a Dask scheduler and two
workers started as separate processes on 127.0.0.1 loads the same rows as a run in one process."""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from distributed import Client

from pipelines.cluster import start_cluster
from tests.conftest import ENV_KEYS, REPO, sample_files

# What differs between two runs of the same files: the batch, its folder, the clock.
RUN_COLUMNS = {"batch_id", "source_path"}


def wirehouse_run(home: Path, **env: str) -> None:
    (home / "inbox").mkdir(parents=True)
    for path in sample_files():
        shutil.copyfile(path, home / "inbox" / path.name)
    environment = {k: v for k, v in os.environ.items() if k not in ENV_KEYS and not k.startswith("WIREHOUSE_")}
    environment.update(WIREHOUSE_HOME=str(home), DAGSTER_HOME=str(home / "dagster"), GX_ANALYTICS_ENABLED="False",
                       PYTHONPATH=str(REPO), **env)
    completed = subprocess.run([sys.executable, "-m", "pipelines.cli", "run", "--quiet"], cwd=REPO, env=environment,
                               capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    assert "published" in completed.stdout


def table_digests(db: Path) -> dict[str, tuple[int, str]]:
    """Rows and a sha256 of the sorted rows of every warehouse table, RUN_COLUMNS and times left out."""
    digests = {}
    with duckdb.connect(str(db), read_only=True) as con:
        tables = con.execute(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            "AND table_schema IN ('raw', 'parsed', 'entities', 'star', 'audit') ORDER BY 1, 2").fetchall()
        for schema, table in tables:
            columns = [name for name, kind in con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = ? "
                "AND table_name = ? ORDER BY ordinal_position", [schema, table]).fetchall()
                if name not in RUN_COLUMNS and not kind.startswith("TIMESTAMP")]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {schema}.{table} ORDER BY ALL").fetchall()
            digests[f"{schema}.{table}"] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return digests


@pytest.mark.slow  # a cluster start and two runs, each loading the spaCy models: ~2 min on 2 cores
def test_a_run_on_a_dask_cluster_loads_the_rows_of_a_local_run(tmp_path):
    cluster = start_cluster(2, tmp_path / "cluster")
    try:
        # shards of 2 articles: both workers get some
        wirehouse_run(tmp_path / "dask", WIREHOUSE_DASK_SCHEDULER=cluster.address, WIREHOUSE_SHARD_ARTICLES="2")
        with Client(cluster.address, set_as_default=False) as client:
            # whether each worker has run a layer's shard (the layer function's module came in with
            # it); a lambda, as the workers cannot import this test module
            ran_layers = client.run(lambda: bool({"assets.parsed.rows", "assets.entities.rows"} & sys.modules.keys()))
    finally:
        cluster.stop()
    wirehouse_run(tmp_path / "local", WIREHOUSE_WORKERS="1")  # one shard per layer, in the run's process
    on_dask = table_digests(tmp_path / "dask" / "warehouse.duckdb")
    assert on_dask["entities.mentions"][0] > 100 and on_dask["star.fact_entity_mention"][0] > 100
    assert on_dask == table_digests(tmp_path / "local" / "warehouse.duckdb")
    assert len(ran_layers) == 2 and all(ran_layers.values()), ran_layers  # both workers ran shards
