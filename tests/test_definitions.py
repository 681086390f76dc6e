"""The code location loads the way `dagster dev -w workspace.yaml` and the UI load it."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def validate_workspace(env: dict) -> subprocess.CompletedProcess:
    dagster = Path(sys.executable).with_name("dagster")
    return subprocess.run(
        [str(dagster), "definitions", "validate", "-w", "workspace.yaml"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )


def test_definitions_validate_through_workspace_yaml(wirehouse_home):
    from pipelines.instance import ensure_instance_config

    ensure_instance_config()
    result = validate_workspace(os.environ.copy())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation successful" in result.stdout + result.stderr


def test_definitions_validate_without_any_wirehouse_environment():
    """What a new user types in a fresh clone: no DAGSTER_HOME, no WIREHOUSE_HOME."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DAGSTER_", "WIREHOUSE_"))}
    result = validate_workspace(env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_job_sensor_schedule_and_blocking_checks_are_defined():
    import dagster as dg

    from pipelines.definitions import defs

    repository = defs.get_repository_def()
    job = repository.get_job("ingest_batch")
    assert job.partitions_def.name == "batches"
    assert {s.name for s in repository.sensor_defs} == {"inbox_sensor"}
    assert {s.name for s in repository.schedule_defs} == {"inbox_schedule"}
    graph = defs.resolve_asset_graph()
    checks = list(graph.asset_check_keys)
    assert {key.asset_key.path[0] for key in checks} == {"raw", "parsed", "entities", "star"}
    for key in checks:
        assert graph.get_check_spec(key).blocking, key
    # a suite judges the table its meta names; the layer's cross-table checks sit on its main table
    judged = {key.name: key.asset_key for key in checks}
    assert judged["star_fact_event_suite"] == dg.AssetKey(["star", "fact_event"])
    assert judged["raw_rejects_suite"] == dg.AssetKey(["raw", "rejects"])
    assert judged["star_row_counts_suite"] == dg.AssetKey(["star", "fact_article"])
