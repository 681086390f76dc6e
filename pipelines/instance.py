"""The Dagster instance under WIREHOUSE_HOME: its dagster.yaml, written once, and a handle to it."""

from __future__ import annotations

import os
import socket

from pipelines.settings import Settings

# Telemetry off; one run at a time and one slot in every pool, because DuckDB has one writer.
# Run monitoring lets the daemon fail runs whose worker died and free the slots they held; such a
# run is retried once (a failed step or check is not: retrying would fail the same way).
DAGSTER_YAML = """\
telemetry:
  enabled: false
concurrency:
  runs:
    max_concurrent_runs: 1
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


def get_instance(settings: Settings | None = None):
    import dagster as dg

    ensure_instance_config(settings)
    return dg.DagsterInstance.get()


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


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    return True


if __name__ == "__main__":
    print(ensure_instance_config().dagster_home)
