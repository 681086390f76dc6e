"""Where Wirehouse keeps its state. Everything comes from environment variables with defaults that
work on a fresh clone, so a test or a user can point a whole run at an isolated folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    home: Path
    inbox: Path
    batches: Path
    work_db: Path        # the pipeline's private read-write DuckDB file
    staging: Path        # per-batch Parquet stages between compute and load steps (pipelines/staging.py)
    warehouse_db: Path   # the published copy analysts open read-only
    dagster_home: Path
    data_docs: Path
    report: Path         # the latest `wirehouse report`, rewritten after every publish
    max_document_bytes: int
    settle_seconds: float  # the sensor leaves inbox files younger than this (still being copied)
    duckdb_memory_limit: str
    duckdb_threads: int
    quarantine_max_share: float  # a batch with more of its articles quarantined is blocked ...
    quarantine_min_count: int    # ... once at least this many are: one odd article is no batch fault
    workers: int                 # NLP worker processes on this machine; 1 = in this process
    dask_scheduler: str | None   # tcp://host:port of a Dask cluster that runs the NLP instead
    shard_articles: int          # articles per NLP shard (the unit a worker takes)
    stage_retention_days: float  # a published batch's stages are removed this long after they were written

    @classmethod
    def from_env(cls) -> "Settings":
        home = Path(os.environ.get("WIREHOUSE_HOME", "data")).resolve()
        work_db = Path(os.environ.get("WIREHOUSE_WORK_DB", home / "work" / "pipeline.duckdb")).resolve()
        return cls(
            home=home,
            inbox=Path(os.environ.get("WIREHOUSE_INBOX", home / "inbox")).resolve(),
            batches=home / "batches",
            work_db=work_db,
            staging=work_db.parent / "staging",
            warehouse_db=Path(os.environ.get("WIREHOUSE_DB", home / "warehouse.duckdb")).resolve(),
            dagster_home=Path(os.environ.get("DAGSTER_HOME", home / "dagster")).resolve(),
            data_docs=home / "data_docs",
            report=home / "report" / "warehouse.html",
            max_document_bytes=int(os.environ.get("WIREHOUSE_MAX_DOCUMENT_BYTES", 5 * 1024 * 1024)),
            settle_seconds=float(os.environ.get("WIREHOUSE_SETTLE_SECONDS", 5)),
            duckdb_memory_limit=os.environ.get("WIREHOUSE_DUCKDB_MEMORY_LIMIT", "2GB"),
            duckdb_threads=int(os.environ.get("WIREHOUSE_DUCKDB_THREADS", 2)),
            quarantine_max_share=float(os.environ.get("WIREHOUSE_QUARANTINE_MAX_SHARE", 0.2)),
            quarantine_min_count=positive_int("WIREHOUSE_QUARANTINE_MIN_COUNT", 2),
            workers=positive_int("WIREHOUSE_WORKERS", machine_cores()),
            dask_scheduler=os.environ.get("WIREHOUSE_DASK_SCHEDULER") or None,
            shard_articles=positive_int("WIREHOUSE_SHARD_ARTICLES", 32),
            stage_retention_days=non_negative_number("WIREHOUSE_STAGE_RETENTION_DAYS", 7.0),
        )


def positive_int(variable: str, default: int) -> int:
    """An environment variable that must be a whole number of at least 1."""
    return _env_number(variable, default, int, 1, "a whole number of at least 1")


def non_negative_number(variable: str, default: float) -> float:
    """An environment variable that must be a number of at least 0."""
    return _env_number(variable, default, float, 0.0, "a number of at least 0")


def _env_number(variable: str, default, parse, least, what: str):
    value = os.environ.get(variable)
    if value is None or value == "":
        return default
    try:
        number = parse(value)
    except ValueError:
        number = None
    if number is None or not number >= least:  # `not >=` also refuses nan
        raise ValueError(f"{variable} must be {what}, not {value!r}")
    return number


def machine_cores() -> int:
    """The cores this process may run on (a container's or taskset's share, not the host's)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
