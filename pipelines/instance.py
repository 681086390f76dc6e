"""The Dagster instance under WIREHOUSE_HOME: its dagster.yaml, written once, and a handle to it."""

from __future__ import annotations

import os

from pipelines.settings import Settings

# Telemetry off; one run at a time and one slot in every pool, because DuckDB has one writer.
DAGSTER_YAML = """\
telemetry:
  enabled: false
concurrency:
  runs:
    max_concurrent_runs: 1
  pools:
    granularity: op
    default_limit: 1
"""


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


if __name__ == "__main__":
    print(ensure_instance_config().dagster_home)
