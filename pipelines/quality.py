"""Blocking, batch-partitioned Dagster asset checks, one per GX suite."""

import warnings

import dagster as dg

from pipelines.partitions import DUCKDB_POOL, batch_partitions


def suite_checks(asset: dg.AssetsDefinition, layer: str) -> list[dg.AssetChecksDefinition]:
    """One blocking check per suite of the layer (expectations/<layer>_*.json): a failing suite
    stops this batch's downstream layers. A new suite file becomes a new check."""
    from expectations.runner import suite_names

    return [_suite_check(asset, name) for name in suite_names() if name.startswith(f"{layer}_")]


def _suite_check(asset: dg.AssetsDefinition, suite_name: str) -> dg.AssetChecksDefinition:
    # Partitioned checks are a Dagster preview feature, used deliberately (a check judges one
    # batch); its warning would otherwise print on every command.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dg.PreviewWarning)
        return _define_suite_check(asset, suite_name)


def _define_suite_check(asset: dg.AssetsDefinition, suite_name: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=asset,
        name=f"{suite_name}_suite",
        description=f"Great Expectations suite expectations/{suite_name}.json on this batch's rows.",
        blocking=True,
        partitions_def=batch_partitions,
        pool=DUCKDB_POOL,
    )
    def run_check(context: dg.AssetCheckExecutionContext) -> dg.AssetCheckResult:
        from expectations.runner import run_suite  # GX is slow to import; only when a check runs

        return run_suite(suite_name, context.partition_key)

    return run_check
