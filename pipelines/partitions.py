"""Shared Dagster definitions that every layer's assets need."""

import dagster as dg

# One partition per ingest batch: data/batches/<batch_id>/ on disk.
batch_partitions = dg.DynamicPartitionsDefinition(name="batches")

# Every step that opens the DuckDB file holds this pool; the instance limits it to one slot
# (dagster.yaml), because DuckDB allows a single writing process.
DUCKDB_POOL = "wirehouse_duckdb"


def batch_asset(**asset_args):
    """@asset for a layer's load: partitioned by batch, holding the DuckDB pool."""
    return dg.asset(partitions_def=batch_partitions, pool=DUCKDB_POOL, **asset_args)


def compute_asset(**asset_args):
    """@asset for a layer's compute: partitioned by batch, no pool (it never opens the DuckDB file),
    so one batch's compute runs while another batch's load or checks hold the pool."""
    return dg.asset(partitions_def=batch_partitions, **asset_args)
