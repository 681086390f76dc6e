"""Warehouse tables as Dagster assets: one asset key per table or view, [schema, name], described
by the DDL's own comments (warehouse/catalog.py), materialised with its row count and the column
schema DuckDB reports. A layer is one @multi_asset over its tables, so it still runs as one step."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

import dagster as dg
import duckdb

from pipelines.partitions import DUCKDB_POOL, batch_partitions
from warehouse.catalog import CATALOG_SCHEMAS, Relation, read_catalog, row_counts, schema_catalog

# A qualified reference to a warehouse relation in a view's SQL ("star.fact_event").
QUALIFIED_NAME = re.compile(r"\b(" + "|".join(CATALOG_SCHEMAS) + r")\.(\w+)\b")


def table_key(name: str) -> dg.AssetKey:
    """The asset key of "schema.table": ["schema", "table"]."""
    return dg.AssetKey(name.split("."))


def schema_tables(schema: str, kind: str = "table") -> list[str]:
    """The DDL's tables (or views) of one schema, "schema.name", in name order."""
    return [name for name, relation in schema_catalog().items() if relation.schema == schema and relation.kind == kind]


def column_schema(relation: Relation) -> dg.TableSchema:
    return dg.TableSchema(columns=[
        dg.TableColumn(column.name, column.data_type, description=column.comment) for column in relation.columns
    ])


def table_specs(group: str, lineage: Mapping[str, Iterable[str | dg.AssetKey]], kinds: set[str]) -> list[dg.AssetSpec]:
    """One spec per relation of `lineage` ("schema.name" → what it is derived from: other tables
    or asset keys), described and given its columns from the DDL."""
    catalog = schema_catalog()
    specs = []
    for name, sources in lineage.items():
        if name not in catalog:
            raise ValueError(f"{name} is in no migration nor in analytics.sql: it cannot be an asset")
        relation = catalog[name]
        specs.append(dg.AssetSpec(
            key=table_key(name),
            group_name=group,
            description=relation.comment,
            deps=[source if isinstance(source, dg.AssetKey) else table_key(source) for source in sources],
            kinds=kinds,
            metadata={"dagster/column_schema": column_schema(relation), "dagster/table_name": name},
        ))
    return specs


def view_lineage(views: list[str]) -> dict[str, list[str]]:
    """Each analyst view → the warehouse tables its SQL (as DuckDB stores it) reads."""
    catalog = schema_catalog()
    return {
        name: sorted({".".join(ref) for ref in QUALIFIED_NAME.findall(catalog[name].definition or "")} & set(catalog) - {name})
        for name in views
    }


def batch_multi_asset(name: str, specs: list[dg.AssetSpec], description: str):
    """@multi_asset for a layer's tables: one step, partitioned by batch, holding the DuckDB pool."""
    return dg.multi_asset(name=name, specs=specs, description=description, partitions_def=batch_partitions,
                          pool=DUCKDB_POOL, can_subset=False)


def table_metadata(con: duckdb.DuckDBPyConnection, specs: Iterable[dg.AssetSpec],
                   batch_id: str | None = None) -> dict[str, dict]:
    """Per table of `specs` ("schema.name" → metadata), read through `con` after the step's writes:
    its rows in the file (`dagster/row_count`), the batch's rows where the table has batch_id,
    and the column schema DuckDB reports."""
    names = [spec.metadata["dagster/table_name"] for spec in specs]
    catalog = read_catalog(con)
    if missing := [name for name in names if name not in catalog]:
        raise RuntimeError(f"the file has no table or view {', '.join(missing)}: is it migrated?")
    totals = row_counts(con, names)
    with_batch = [name for name in names if any(c.name == "batch_id" for c in catalog[name].columns)]
    batch_rows = row_counts(con, with_batch, batch_id) if batch_id is not None else {}
    return {
        name: {
            "dagster/row_count": totals[name],
            **({"batch_rows": batch_rows[name]} if name in batch_rows else {}),
            "dagster/column_schema": column_schema(catalog[name]),
        }
        for name in names
    }


def materializations(metadata: Mapping[str, dict], extra: Mapping[str, dict] | None = None) -> Iterator[dg.MaterializeResult]:
    """One MaterializeResult per table of `metadata` (from `table_metadata`), with the step's own
    figures `extra[name]` added to the table they are about."""
    for name, table in metadata.items():
        yield dg.MaterializeResult(asset_key=table_key(name), metadata={**table, **(extra or {}).get(name, {})})
