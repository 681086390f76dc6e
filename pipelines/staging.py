"""Per-batch staging of layer rows as Parquet: what lets a layer's compute run apart from its load.

A compute step (no DuckDB, no pool) reads the stage its input layer wrote and writes its own; the
load step (holding the DuckDB pool) inserts that stage into the work file in one transaction.
A stage is `<work dir>/staging/<batch_id>/<layer>/`: one `<table>.parquet` per table with rows and
a `manifest.json` (row count of every table), written last, so a stage without a manifest is
unfinished and is never read. Writing a stage first removes the previous one: a re-run recomputes.
Stages are kept after publishing (as long as the work file they feed): they are the audit of what
each compute step produced and let `wirehouse rebuild --layer parsed|entities` start from them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd

from pipelines.settings import Settings

MANIFEST = "manifest.json"


class MissingStage(FileNotFoundError):
    """A compute or load step found no finished stage for its input."""


def stage_dir(settings: Settings, batch_id: str, layer: str) -> Path:
    return settings.staging / batch_id / layer


def write_stage(settings: Settings, batch_id: str, layer: str, frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Replace the batch's stage of `layer` with `frames` (table name → rows); returns row counts."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = stage_dir(settings, batch_id, layer)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    counts = {}
    for table, frame in frames.items():
        counts[table] = len(frame)
        if len(frame):  # a table without rows has no file (a frame without rows may have no columns)
            pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), folder / f"{table}.parquet",
                           compression="zstd")
    (folder / MANIFEST).write_text(json.dumps(counts, indent=1), encoding="utf-8")
    return counts


def staged_files(settings: Settings, batch_id: str, layer: str) -> dict[str, Path | None]:
    """Each staged table's Parquet file (None: the table has no rows); MissingStage without a
    finished stage."""
    folder = stage_dir(settings, batch_id, layer)
    manifest = folder / MANIFEST
    if not manifest.exists():
        raise MissingStage(
            f"no finished {layer} stage of batch {batch_id} in {folder} (its compute step has not run "
            f"since the work directory was made): re-run the batch from an earlier layer, e.g. "
            f"`wirehouse rebuild --batch {batch_id}`"
        )
    counts = json.loads(manifest.read_text(encoding="utf-8"))
    return {table: folder / f"{table}.parquet" if rows else None for table, rows in counts.items()}


def read_stage(settings: Settings, batch_id: str, layer: str, columns: dict[str, list[str]]) -> dict[str, pd.DataFrame]:
    """The staged tables named in `columns` (table → the columns wanted) as frames; a table without
    rows is an empty frame with those columns."""
    import pyarrow.parquet as pq

    files = staged_files(settings, batch_id, layer)
    return {
        table: pq.read_table(files[table], columns=wanted).to_pandas() if files[table] else pd.DataFrame(columns=wanted)
        for table, wanted in columns.items()
    }
