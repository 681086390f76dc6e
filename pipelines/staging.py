"""Per-batch staging of layer rows as Parquet: what lets a layer's compute run apart from its load.

A compute step (no DuckDB, no pool) reads the stage its input layer wrote and writes its own; the
load step (holding the DuckDB pool) inserts that stage into the work file in one transaction.
A stage is `<work dir>/staging/<batch_id>/<layer>/`: `<table>/<shard>.parquet` files for each table
with rows (the spool of pipelines/nlp_engine.py, one file per shard in shard order; a stage
written from frames has one shard) and a `manifest.json` (row count of every table), written last,
so a stage without a manifest is unfinished and is never read. Writing a stage first removes the
previous one: a re-run recomputes.
Retention: a published batch's stages are removed by the publish step once they are
WIREHOUSE_STAGE_RETENTION_DAYS old (default 7; 0: at its publish); until then `wirehouse rebuild
--layer parsed|entities` starts from them, afterwards it rebuilds that batch from its kept input
files (the raw layer). A failed or unfinished batch keeps its stages: they are the audit of what
each compute step produced, and its re-run needs them.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from pipelines.inbox import held_elsewhere
from pipelines.settings import Settings

MANIFEST = "manifest.json"
# The stage each layer's compute step reads (the star reads the work file, the raw layer the batch folder).
INPUT_STAGE = {"parsed": "raw", "entities": "parsed"}


class MissingStage(FileNotFoundError):
    """A compute or load step found no finished stage for its input."""


def stage_dir(settings: Settings, batch_id: str, layer: str) -> Path:
    return settings.staging / batch_id / layer


def write_stage(settings: Settings, batch_id: str, layer: str, frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Replace the batch's stage of `layer` with `frames` (table name → rows), each one shard;
    returns row counts."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = stage_dir(settings, batch_id, layer)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for table, frame in frames.items():
        if len(frame):  # a table without rows has no file (a frame without rows may have no columns)
            (folder / table).mkdir()
            pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), folder / table / "000000.parquet",
                           compression="zstd")
    return finish_stage(settings, batch_id, layer, list(frames))


def finish_stage(settings: Settings, batch_id: str, layer: str, tables: list[str]) -> dict[str, int]:
    """Write the manifest of a stage whose shard files are in place (written by write_stage or
    spooled there by nlp_engine.compute): every table of `tables`, 0 rows for one without files."""
    import pyarrow.parquet as pq

    folder = stage_dir(settings, batch_id, layer)
    counts = {table: sum(pq.ParquetFile(path).metadata.num_rows for path in _shard_files(folder, table))
              for table in tables}
    (folder / MANIFEST).write_text(json.dumps(counts, indent=1), encoding="utf-8")
    return counts


def _shard_files(folder: Path, table: str) -> list[Path]:
    return sorted((folder / table).glob("*.parquet")) if (folder / table).is_dir() else []


def staged_files(settings: Settings, batch_id: str, layer: str) -> dict[str, list[Path]]:
    """Each staged table's Parquet files in shard order (none: the table has no rows); MissingStage
    without a finished stage."""
    folder = stage_dir(settings, batch_id, layer)
    manifest = folder / MANIFEST
    if not manifest.exists():
        raise MissingStage(
            f"no finished {layer} stage of batch {batch_id} in {folder} (its compute step has not run "
            f"since the work directory was made): re-run the batch from an earlier layer, e.g. "
            f"`wirehouse rebuild --batch {batch_id}`"
        )
    counts = json.loads(manifest.read_text(encoding="utf-8"))
    return {table: _shard_files(folder, table) if rows else [] for table, rows in counts.items()}


def read_stage(settings: Settings, batch_id: str, layer: str, columns: dict[str, list[str]]) -> dict[str, pd.DataFrame]:
    """The staged tables named in `columns` (table → the columns wanted) as frames, shards in
    order; a table without rows is an empty frame with those columns."""
    import pyarrow.parquet as pq

    files = staged_files(settings, batch_id, layer)
    # shard by shard to pandas: a column all null in one shard has no type there to unify with the others
    return {
        table: pd.concat([pq.read_table(path, columns=wanted).to_pandas() for path in files[table]], ignore_index=True)
        if files[table] else pd.DataFrame(columns=wanted)
        for table, wanted in columns.items()
    }


def has_stage(settings: Settings, batch_id: str, layer: str) -> bool:
    """Whether the batch has a finished stage of `layer`."""
    return (stage_dir(settings, batch_id, layer) / MANIFEST).exists()


def remove_expired_stages(settings: Settings, published: Iterable[str], now: float | None = None) -> list[str]:
    """Remove the stages of the `published` batches whose newest stage was finished over
    settings.stage_retention_days ago, unless another process holds the batch (a rebuild that
    reads them); the batch ids removed. Other batches' stages stay."""
    if not settings.staging.is_dir():
        return []
    cutoff = (time.time() if now is None else now) - settings.stage_retention_days * 86400
    published, removed = set(published), []
    # the folders on disk, not every batch ever published: this runs at each publish, and history grows
    for folder in sorted(path for path in settings.staging.iterdir() if path.is_dir() and path.name in published):
        # a published batch's folder without a manifest is a leftover of an interrupted step: removed too
        finished = max((path.stat().st_mtime for path in folder.glob(f"*/{MANIFEST}")), default=0.0)
        if finished <= cutoff and not held_elsewhere(settings, folder.name):
            shutil.rmtree(folder)
            removed.append(folder.name)
    return removed
