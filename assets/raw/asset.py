"""Raw layer as a Dagster asset: the batch folder's files → raw.articles, raw.rejects, raw.duplicates,
and the accepted articles staged for the parsed layer's compute."""

import time
from datetime import datetime, timezone

import dagster as dg
import pandas as pd

from assets.parsed.rows import RAW_COLUMNS
from assets.raw.intake import Accepted, Rejected, read_input_file
from pipelines.catalog import batch_multi_asset, materializations, schema_tables, table_metadata, table_specs
from pipelines.inbox import batch_files
from pipelines.quality import layer_checks
from pipelines.settings import Settings
from pipelines.staging import write_stage
from warehouse.db import clear_quarantine, mark_batch, replace_batch, write_transaction


def raw_table_specs() -> list[dg.AssetSpec]:
    """raw.articles, raw.rejects, raw.duplicates: read from the batch folder's files, no table."""
    return table_specs("raw", {name: [] for name in schema_tables("raw")}, kinds={"python", "duckdb"})


@batch_multi_asset(
    "raw_articles",
    raw_table_specs(),
    description="Every file of the batch decoded and hashed: accepted documents, rejects with a "
    "reason code, and duplicates of content already loaded. Input files stay in the batch folder.",
)
def raw_articles(context: dg.AssetExecutionContext):
    settings = Settings.from_env()
    batch_id = context.partition_key
    started = time.perf_counter()
    now = datetime.now(timezone.utc).replace(tzinfo=None)

    documents: list[tuple[str, Accepted | Rejected]] = []
    for path in batch_files(settings, batch_id):
        found = read_input_file(path, settings.max_document_bytes)
        documents.extend((str(path), document) for document in found)

    accepted = [(path, doc) for path, doc in documents if isinstance(doc, Accepted)]
    rejected = [(path, doc) for path, doc in documents if isinstance(doc, Rejected)]

    with write_transaction(settings) as con:
        mark_batch(con, batch_id, "pending")
        clear_quarantine(con, batch_id, "raw")
        loaded_elsewhere = {
            row[0]
            for row in con.execute(
                "SELECT article_id FROM raw.articles WHERE batch_id <> ? AND article_id IN (SELECT unnest(?))",
                [batch_id, [doc.article_id for _, doc in accepted]],
            ).fetchall()
        }
        articles, duplicates, seen = [], [], set(loaded_elsewhere)
        for path, doc in accepted:
            source = {"batch_id": batch_id, "source_path": path, "source_name": doc.source_name, "record_index": doc.record_index}
            if doc.article_id in seen:
                duplicates.append({**source, "article_id": doc.article_id, "seen_at": now})
                continue
            seen.add(doc.article_id)
            articles.append({
                **source, "article_id": doc.article_id, "content_type": doc.content_type,
                "encoding": doc.encoding, "replaced_bytes": doc.replaced_bytes, "size_bytes": doc.size_bytes, "sha256": doc.sha256,
                "raw_bytes": doc.raw_bytes, "text": doc.text, "first_seen": now,
            })
        rejects = [
            {"batch_id": batch_id, "source_path": path, "source_name": doc.source_name,
             "record_index": doc.record_index, "reason_code": doc.reason_code, "message": doc.message,
             "size_bytes": doc.size_bytes, "sha256": doc.sha256, "rejected_at": now}
            for path, doc in rejected
        ]
        replace_batch(con, "raw.articles", batch_id, pd.DataFrame(articles))
        replace_batch(con, "raw.rejects", batch_id, pd.DataFrame(rejects))
        replace_batch(con, "raw.duplicates", batch_id, pd.DataFrame(duplicates))
        tables = table_metadata(con, context.assets_def.specs, batch_id)
    # What the parsed compute reads instead of the DuckDB file, in the order the batch is parsed.
    staged = pd.DataFrame(articles, columns=list(dict.fromkeys(RAW_COLUMNS + ["source_path", "record_index"])))
    write_stage(settings, batch_id, "raw", {
        "raw.articles": staged.sort_values(["source_path", "record_index"], kind="stable")[RAW_COLUMNS],
    })

    for reject in rejects:
        context.log.warning(f"rejected {reject['source_name']}: {reject['reason_code']}: {reject['message']}")
    preview = pd.DataFrame(
        [{"source": a["source_name"], "record": a["record_index"], "type": a["content_type"],
          "encoding": a["encoding"], "bytes": a["size_bytes"]} for a in articles]
        + [{"source": r["source_name"], "record": r["record_index"], "type": f"REJECT {r['reason_code']}",
            "encoding": "", "bytes": r["size_bytes"]} for r in rejects]
    )
    yield from materializations(tables, {
        "raw.articles": {
            "preview": dg.MetadataValue.md(preview.head(20).to_markdown(index=False) if len(preview) else "(no input)"),
            "seconds": round(time.perf_counter() - started, 3),
        },
        "raw.rejects": {
            "rejects_by_reason": dg.MetadataValue.json(
                pd.Series([r["reason_code"] for r in rejects], dtype=str).value_counts().to_dict()
            ),
        },
    })


raw_checks = layer_checks(raw_articles, "raw")
