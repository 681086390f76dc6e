"""`wirehouse`: run batches through Dagster, query the warehouse, print article cards."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import os
import signal
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, time
from decimal import Decimal
from importlib import resources
from pathlib import Path

from pipelines.settings import Settings
from pipelines.terminal_table import DEFAULT_MAX_ROWS

# The asset groups of the layers, in order; a run from one layer also runs every later one and
# the publish step (whose group holds the published file, its audit tables, and the views).
LAYER_GROUPS = ("raw", "parsed", "entities", "star")
PUBLISH_GROUPS = ("publish", "analytics")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wirehouse", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="claim inbox files into a batch and materialise it through Dagster")
    run.add_argument("--inbox", type=Path, help="claim from this folder instead of WIREHOUSE_INBOX")
    run.add_argument("--batch", action="append", default=[], metavar="BATCH_ID",
                     help="re-run an existing batch instead of claiming (repeatable)")
    run.add_argument("--quiet", action="store_true", help="print only the run outcome, no warehouse report")

    rebuild = commands.add_parser("rebuild", help="re-derive the layers of every kept batch from its input files")
    rebuild.add_argument("--layer", choices=LAYER_GROUPS, default="raw",
                         help="first layer to re-derive (default raw: everything); later layers follow")
    rebuild.add_argument("--batch", action="append", default=[], metavar="BATCH_ID",
                         help="only this batch (repeatable); default every batch folder")

    audit = commands.add_parser("audit", help="where batches stand; with a batch id, why it failed and what it quarantined")
    audit.add_argument("batch_id", nargs="?")

    commands.add_parser("docs", help="render the Great Expectations Data Docs of the kept check results")

    query = commands.add_parser("query", help="read-only SQL against the published warehouse")
    query.add_argument("sql")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.add_argument("--max-rows", type=int, default=DEFAULT_MAX_ROWS, metavar="N",
                       help=f"rows a table shows (default {DEFAULT_MAX_ROWS}; 0: all); csv and json give all")

    tables = commands.add_parser("tables", help="the published warehouse's tables and views, with rows and descriptions")
    tables.add_argument("schema", nargs="?", help="only this schema (raw, parsed, entities, star, audit, analytics)")
    describe = commands.add_parser("describe", help="a table's or view's columns: type and description")
    describe.add_argument("table", help="schema.table, or a table name found in one schema only")

    report = commands.add_parser("report", help="one self-contained HTML page of what the published warehouse holds")
    report.add_argument("--since", type=iso_date, metavar="DATE",
                        help="only articles published on or after DATE (YYYY-MM-DD); data health covers every batch")
    report.add_argument("--out", type=Path, metavar="FILE",
                        help="write the page here (default: $WIREHOUSE_HOME/report/warehouse.html)")

    parse = commands.add_parser("parse", help="the parsed card of each input (no warehouse)")
    parse.add_argument("files", nargs="+", type=Path)
    extract = commands.add_parser("extract", help="the parsed card plus entities, amounts, dates, relations, events")
    extract.add_argument("files", nargs="+", type=Path)

    args = parser.parse_args(argv)
    try:
        if args.command == "run":
            return run_command(args.inbox, args.batch, args.quiet)
        if args.command == "rebuild":
            return rebuild_command(args.layer, args.batch)
        if args.command == "audit":
            return audit_command(args.batch_id)
        if args.command == "docs":
            return docs_command()
        if args.command == "query":
            return query_command(args.sql, args.format, args.max_rows)
        if args.command == "tables":
            return tables_command(args.schema)
        if args.command == "describe":
            return describe_command(args.table)
        if args.command == "report":
            return report_command(args.since, args.out)
        return card_command(args.files, with_entities=args.command == "extract")
    except BrokenPipeError:
        # The reader went away (`wirehouse query ... | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


# --- run -------------------------------------------------------------------------------------


def run_command(inbox: Path | None, batch_ids: list[str], quiet: bool) -> int:
    from pipelines.inbox import hold_batch
    from pipelines.instance import get_instance, release_abandoned_runs
    from pipelines.triggers import claim_new_batches, register_batches

    stop_like_ctrl_c_on_sigterm()
    settings = Settings.from_env()
    if inbox is not None:
        settings = dataclasses.replace(settings, inbox=inbox.resolve())
    instance = get_instance(settings)
    named = []
    for run_id, batch_id in release_abandoned_runs(instance):
        print(f"run {run_id} of batch {batch_id} was abandoned (its process is gone): marked failed, "
              "its DuckDB slot freed, and the batch is run again")
        named.append(batch_id)
    if batch_ids:
        missing = [batch_id for batch_id in batch_ids if not (settings.batches / batch_id).is_dir()]
        if missing:
            print(f"wirehouse run: no batch folder for {', '.join(missing)} in {settings.batches}", file=sys.stderr)
            return 2
        register_batches(instance, batch_ids)
    named.extend(batch_ids)
    attempted: list[str] = []

    def next_batch() -> str | None:
        """The next batch to run, held by this process: named ones first; then (unless batches
        were named) a batch claimed from the inbox just before its run, or one left stranded."""
        for batch_id in dict.fromkeys(named):
            if batch_id and batch_id not in attempted:
                attempted.append(batch_id)
                if hold_batch(settings, batch_id):
                    return batch_id
                print(f"batch {batch_id} is being run by another process: left to it")
        if batch_ids:
            return None
        for batch_id in claim_new_batches(instance, settings, settle_seconds=0, hold=True):
            if batch_id not in attempted and hold_batch(settings, batch_id):
                attempted.append(batch_id)
                return batch_id
        return None

    first = next_batch()
    if first is None:
        print(f"nothing to do: no files in {settings.inbox} and no batch waiting for a run")
        return 0

    def batches() -> Iterator[str]:
        batch_id = first
        while batch_id is not None:
            yield batch_id
            batch_id = next_batch()

    def still_to_run(interrupted: str) -> list[str]:
        return [interrupted] + [b for b in dict.fromkeys(named) if b not in attempted]

    failures = run_batches(instance, batches(), still_to_run=still_to_run,
                           inbox_note="" if batch_ids else
                           "  (files still in the inbox are claimed by the next wirehouse run)")
    if failures is None:
        return 130
    if not quiet:
        print_report(settings)
    return 1 if failures else 0


def run_batches(instance, batch_ids: Iterable[str], first_layer: str = "raw",
                still_to_run: Callable[[str], list[str]] | None = None, inbox_note: str = "") -> int | None:
    """Run each batch from `first_layer` to publishing, one Dagster run per batch, each held by
    this process while it runs (a batch another process holds is left to it); the number that
    failed, or None when interrupted."""
    from pipelines.definitions import defs  # imports every layer; only commands that run need it
    from pipelines.inbox import hold_batch, release_batch
    from pipelines.instance import batch_partition_known, cli_run_tags, event_log_kept_open, watching_the_duckdb_slot
    from pipelines.triggers import INGEST_JOB_NAME

    import dagster as dg

    job = defs.resolve_job_def(INGEST_JOB_NAME)
    selection = None
    if first_layer != "raw":
        groups = LAYER_GROUPS[LAYER_GROUPS.index(first_layer):] + PUBLISH_GROUPS
        selection = list(dg.AssetSelection.groups(*groups).resolve(defs.resolve_asset_graph()))
    settings = Settings.from_env()
    batch_ids = list(batch_ids) if still_to_run is None else batch_ids
    failures = 0
    for position, batch_id in enumerate(batch_ids):
        if not hold_batch(settings, batch_id):
            print(f"batch {batch_id} is being run by another process: left to it")
            continue
        run_id = str(uuid.uuid4())  # known before the run starts, to keep its event log open
        try:
            with (watching_the_duckdb_slot(say=lambda message: print(message, flush=True)),
                  event_log_kept_open(instance, run_id), batch_partition_known(instance, batch_id)):
                result = job.execute_in_process(
                    instance=instance,
                    run_id=run_id,
                    partition_key=batch_id,
                    asset_selection=selection,
                    raise_on_error=False,
                    tags={"wirehouse/trigger": "cli", **cli_run_tags()},
                    run_config={"loggers": {"console": {"config": {"log_level": "INFO"}}}},  # step events are DEBUG
                )
        finally:
            release_batch(batch_id)
        failures += not result.success
        if report_run(batch_id, result):
            left = still_to_run(batch_id) if still_to_run else batch_ids[position:]
            print("interrupted: finish with  wirehouse run " + " ".join(f"--batch {b}" for b in left) + inbox_note,
                  file=sys.stderr)
            return None
    return failures


def report_run(batch_id: str, result) -> bool:
    """Print the outcome of one batch's run: failed checks with their failed expectations, failed
    and skipped steps. Returns whether the run was interrupted (Ctrl-C, SIGTERM)."""
    print(f"batch {batch_id}: run {result.run_id} {'succeeded: published' if result.success else 'FAILED: not published'}")
    quarantined = 0
    for evaluation in result.get_asset_check_evaluations():
        if evaluation.check_name == "quarantine_share":
            quarantined = max(quarantined, evaluation.metadata["quarantined"].value)
        if not evaluation.passed:
            print(f"  check failed: {evaluation.asset_key.to_user_string()} {evaluation.check_name}")
            failed = evaluation.metadata.get("failed_expectations")
            if failed is not None:
                print("    " + str(failed.value).replace("\n", "\n    "))
    interrupted = False
    for event in result.all_events:
        if event.is_step_failure:
            error = event.event_specific_data.error
            interrupted |= _is_interruption(error)
            if error.cls_name != "DagsterAssetCheckFailedError":  # reported above, with its expectations
                print(f"  step failed: {event.step_key}: {describe_error(error)}")
        elif event.is_step_skipped:
            print(f"  step skipped: {event.step_key}")
    if quarantined or not result.success:
        print(f"  {quarantined} article(s) quarantined; details: wirehouse audit {batch_id}")
    return interrupted


def describe_error(error) -> str:
    """"Type: message" of what went wrong in a step: the errors of its cause chain that Dagster did
    not add (its wrappers only say "Error occurred while executing op"), outermost first."""
    chain = []
    while error is not None:
        chain.append(error)
        error = error.cause
    own = [e for e in chain if not e.cls_name.startswith("Dagster")] or chain
    return " <- caused by ".join(_first_line_with_type(e) for e in own)


def _first_line_with_type(error) -> str:
    """Dagster's message of an error mostly starts "module.Type: ..." already."""
    line = (error.message.strip().splitlines() or [""])[0]
    return line if error.cls_name in line.split(":")[0] else f"{error.cls_name}: {line}"


def _is_interruption(error) -> bool:
    """Ctrl-C/SIGTERM surfaces as Dagster's DagsterExecutionInterruptedError, or, when it lands
    inside a DuckDB query, as DuckDB's "Query interrupted" wrapped in a step error: as the error's
    cause, or as its context when a statement after it failed in the aborted transaction
    ("Current transaction is aborted", raised while handling the interruption)."""
    pending = [error]
    while pending:
        error = pending.pop()
        if error is None:
            continue
        if "interrupt" in f"{error.cls_name} {error.message}".lower():
            return True
        pending += [error.cause, error.context]
    return False


def stop_like_ctrl_c_on_sigterm() -> None:
    """SIGTERM (a supervisor, `timeout`, `kill`) ends a run the way Ctrl-C does, so Dagster marks it
    failed and frees its pool slot (during execution Dagster maps SIGTERM to its SIGINT handler
    itself). Also undoes an inherited 'ignore' of either signal, which a process started from a
    background shell gets."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)


def rebuild_command(first_layer: str, batch_ids: list[str]) -> int:
    """Re-derive kept batches from `first_layer` on, oldest first (as they were first loaded, so an
    article repeated in a later batch stays a duplicate of the earlier one), publishing each."""
    from pipelines.inbox import batch_ids_on_disk
    from pipelines.instance import get_instance
    from pipelines.staging import INPUT_STAGE, has_stage
    from pipelines.triggers import register_batches

    stop_like_ctrl_c_on_sigterm()
    settings = Settings.from_env()
    instance = get_instance(settings)
    on_disk = batch_ids_on_disk(settings)
    unknown = sorted(set(batch_ids) - set(on_disk))
    if unknown:
        print(f"wirehouse rebuild: no batch folder for {', '.join(unknown)} in {settings.batches}", file=sys.stderr)
        return 2
    to_run = sorted(batch_ids) if batch_ids else on_disk
    if not to_run:
        print(f"nothing to rebuild: no batch folders in {settings.batches}")
        return 0
    register_batches(instance, to_run)
    # A batch whose stage the first layer reads was removed (stage retention) is rebuilt from its
    # input files; only the raw layer depends on batch order, and it runs oldest first here too.
    needed = INPUT_STAGE.get(first_layer)
    from_raw = [b for b in to_run if needed and not has_stage(settings, b, needed)]
    failures = 0
    for layer, batches in ((first_layer, [b for b in to_run if b not in from_raw]), ("raw", from_raw)):
        if not batches:
            continue
        print(f"rebuilding {len(batches)} batch(es) from the {layer} layer"
              + (f" (their {needed} stage was removed after publishing)" if layer != first_layer else ""))
        failed = run_batches(instance, batches, layer)
        if failed is None:
            return 130
        failures += failed
    return 1 if failures else 0


AUDIT_BATCHES_SQL = """
SELECT b.batch_id, b.status, b.updated_at, b.published_at,
       (SELECT count(*) FROM raw.articles r WHERE r.batch_id = b.batch_id) AS articles,
       (SELECT count(DISTINCT article_id) FROM audit.quarantine q WHERE q.batch_id = b.batch_id) AS quarantined,
       (SELECT count(*) FROM raw.rejects r WHERE r.batch_id = b.batch_id) AS rejects
FROM audit.batches b ORDER BY b.batch_id"""
AUDIT_CHECKS_SQL = """
SELECT layer, check_name, passed, rows_checked, expectations_failed, articles_quarantined, failed_expectations
FROM audit.check_results WHERE batch_id = ?
ORDER BY list_position(['raw', 'parsed', 'entities', 'star'], layer), check_name"""
AUDIT_QUARANTINE_SQL = """
SELECT q.layer, r.source_name || coalesce(':' || r.record_index, '') AS source, q.article_id, q.reason_code,
       q.expectation, q.message
FROM audit.quarantine q LEFT JOIN raw.articles r USING (article_id)
WHERE q.batch_id = ? ORDER BY source, list_position(['raw', 'parsed', 'entities', 'star'], q.layer)"""


def audit_command(batch_id: str | None) -> int:
    """The pipeline's own file, unpublished batches included: every batch's status, or one batch's
    failed checks (with their failed expectations), quarantined articles, rejects and row counts."""
    from warehouse.db import query_work

    try:
        if batch_id is None:
            print(format_table(*query_work(AUDIT_BATCHES_SQL)))
            return 0
        _, status = query_work("SELECT status FROM audit.batches WHERE batch_id = ?", [batch_id])
        if not status:
            print(f"wirehouse audit: no batch {batch_id} in the pipeline's file", file=sys.stderr)
            return 2
        print(f"batch {batch_id}: {status[0][0]}")
        columns, checks = query_work(AUDIT_CHECKS_SQL, [batch_id])
        print("\n-- checks")
        print(format_table(columns[:-1], [row[:-1] for row in checks]))
        for layer, check_name, passed, *_, failed in checks:
            if not passed:
                print(f"\n-- failed: {layer} {check_name}\n{failed}")
        print("\n-- quarantined articles")
        print(format_table(*query_work(AUDIT_QUARANTINE_SQL, [batch_id])))
        print("\n-- rejected inputs")
        print(format_table(*query_work(
            "SELECT source_name, record_index, reason_code, message FROM raw.rejects WHERE batch_id = ? ORDER BY ALL",
            [batch_id])))
        print("\n-- rows of this batch in the pipeline's file")
        print(format_table(*query_work(batch_row_counts_sql(), [batch_id] * len(BATCH_TABLES_SHOWN))))
    except Exception as error:  # no pipeline file yet, or a file from before the audit schema
        print(f"wirehouse audit: {error}", file=sys.stderr)
        return 2
    return 0


BATCH_TABLES_SHOWN = ("raw.articles", "parsed.articles", "entities.mentions", "star.fact_article", "star.fact_entity_mention")


def batch_row_counts_sql() -> str:
    return " UNION ALL ".join(
        f"SELECT '{table}' AS \"table\", count(*) AS \"rows\" FROM {table} WHERE batch_id = ?" for table in BATCH_TABLES_SHOWN
    )


def docs_command() -> int:
    from expectations.runner import build_data_docs

    index = build_data_docs(Settings.from_env().data_docs)
    if index is None:
        print("no check results kept yet: run a batch first", file=sys.stderr)
        return 1
    print(index)
    return 0


def print_report(settings: Settings) -> None:
    from warehouse.db import query_warehouse, table_row_counts

    if not settings.warehouse_db.exists():
        return
    print(f"\nwarehouse: {settings.warehouse_db}")
    print(format_table(["table", "rows"], table_row_counts(settings)))
    for title, sql in example_queries():
        print(f"\n-- {title}")
        print(format_table(*query_warehouse(sql, settings)))
    # Written by the publish step after the warehouse file; an older one is of an earlier publish.
    if settings.report.exists() and settings.report.stat().st_mtime >= settings.warehouse_db.stat().st_mtime:
        print(f"\nreport: {settings.report}")


def example_queries() -> list[tuple[str, str]]:
    """(title, sql) of warehouse/queries/*.sql; the title is the file's first comment line."""
    folder = resources.files("warehouse").joinpath("queries")
    queries = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".sql"):
            sql = entry.read_text(encoding="utf-8")
            first = sql.splitlines()[0]
            queries.append((first.lstrip("- ").strip() if first.startswith("--") else entry.name, sql))
    return queries


# --- query -----------------------------------------------------------------------------------


def query_command(sql: str, output_format: str, max_rows: int = DEFAULT_MAX_ROWS) -> int:
    from pipelines.terminal_table import render_table
    from warehouse.db import query_warehouse

    try:
        columns, rows = query_warehouse(sql)
    except Exception as error:  # a bad query or a missing warehouse: say it, no traceback
        print(f"wirehouse query: {error}", file=sys.stderr)
        return 2
    if output_format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([[_cell_text(value) for value in row] for row in rows])
    elif output_format == "json":
        print(json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, default=_plain))
    else:
        print(render_table(columns, rows, max_rows=max_rows))
    return 0


def published_catalog(schemas: tuple[str, ...] | None = None):
    """The published warehouse's tables and views (warehouse.catalog.Relation) with their row
    counts, read through an analyst's read-only connection."""
    from warehouse.catalog import CATALOG_SCHEMAS, read_catalog, row_counts
    from warehouse.db import reading_published

    with reading_published() as con:
        catalog = read_catalog(con, schemas or CATALOG_SCHEMAS)
        return catalog, row_counts(con, list(catalog))


def tables_command(schema: str | None) -> int:
    from pipelines.terminal_table import render_table
    from warehouse.catalog import CATALOG_SCHEMAS

    if schema is not None and schema not in CATALOG_SCHEMAS:
        print(f"wirehouse tables: no schema {schema!r}; the schemas are {', '.join(CATALOG_SCHEMAS)}", file=sys.stderr)
        return 2
    try:
        catalog, counts = published_catalog((schema,) if schema else None)
    except FileNotFoundError as error:
        print(f"wirehouse tables: {error}", file=sys.stderr)
        return 2
    rows = [(name, relation.kind, counts[name], relation.comment) for name, relation in catalog.items()]
    print(render_table(["name", "kind", "rows", "description"], rows, max_rows=0, wrap=True))
    return 0


def describe_command(name: str) -> int:
    import textwrap

    from pipelines.terminal_table import render_table, terminal_width

    try:
        catalog, counts = published_catalog()
    except FileNotFoundError as error:
        print(f"wirehouse describe: {error}", file=sys.stderr)
        return 2
    matches = [key for key in catalog if key == name or ("." not in name and key.split(".")[1] == name)]
    if len(matches) != 1:
        import difflib

        why = (f"{name!r} is in more than one schema: {', '.join(matches)}" if matches else
               f"no table or view {name!r}" + "".join(
                   f"; did you mean {', '.join(close)}?" for close in [difflib.get_close_matches(name, list(catalog))] if close))
        print(f"wirehouse describe: {why} (wirehouse tables lists them)", file=sys.stderr)
        return 2
    relation = catalog[matches[0]]
    heading = f"{relation.qualified_name} ({relation.kind}, {counts[relation.qualified_name]} rows): {relation.comment or ''}"
    print(textwrap.fill(heading, width=terminal_width()) + "\n")
    print(render_table(["column", "type", "description"],
                       [(c.name, c.data_type, c.comment) for c in relation.columns], max_rows=0, wrap=True))
    return 0


def format_table(columns: list[str], rows: list[tuple]) -> str:
    """`run` and `audit` tables in the printer `query` uses, every row and every value whole (folded
    onto more lines): they are read once, not paged like a query."""
    from pipelines.terminal_table import render_table

    return render_table(columns, rows, max_rows=0, wrap=True)


def _cell_text(value):
    """A value in a table or CSV cell: lists and structs as JSON (["a", "b"]), not Python reprs."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_plain)
    return _plain(value)


def _plain(value):
    """JSON/CSV form of DuckDB values: ISO dates, numbers for decimals, text for the rest."""
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if isinstance(value, (list, dict, str, int, float, bool)) or value is None:
        return value
    return str(value)


# --- report ----------------------------------------------------------------------------------


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is no date: write it as YYYY-MM-DD") from None


def report_command(since: date | None, out: Path | None) -> int:
    from pipelines.report import write_report

    try:
        path = write_report(Settings.from_env(), out, since)
    except (FileNotFoundError, RuntimeError) as error:  # no warehouse yet, or its file cannot be opened
        print(f"wirehouse report: {error}", file=sys.stderr)
        return 2
    print(path)
    return 0


# --- parse / extract -------------------------------------------------------------------------


def card_command(files: list[Path], with_entities: bool) -> int:
    cards, errors = article_cards(files, with_entities)
    for row in [*errors, *cards]:
        print(json.dumps(row, ensure_ascii=False, default=_plain))
    return 1 if errors else 0


def article_texts(cards: list[dict], articles: list) -> list:
    """The entity extractor's input for parsed articles and their cards: body, sentence spans and
    publication date under the card's article_id, with the captions and bio as further sections."""
    from assets.entities.extract import ArticleText
    from assets.parsed.sentences import split_sections, split_sentences

    spans = split_sentences([a.body for a in articles])
    sections = [a.section_texts() for a in articles]
    section_spans = split_sections(sections)
    return [ArticleText(card["article_id"], article.body, sentence_spans, article.published_date).with_sections(
                [(section, text, text_spans) for (section, text), text_spans in zip(texts, spans_of_texts)])
            for card, article, sentence_spans, texts, spans_of_texts in zip(cards, articles, spans, sections, section_spans)]


def article_cards(files: list[Path], with_entities: bool) -> tuple[list[dict], list[dict]]:
    """(cards, errors) of the inputs: each accepted document's card (`source` names its file, and
    its record for JSON lines), and `{source, error: {reason_code, message}}` for each input that
    could not be read or was rejected."""
    from assets.parsed.dispatch import parse_document
    from assets.raw.intake import Accepted, read_document

    settings = Settings.from_env()
    cards, articles, errors = [], [], []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as error:
            errors.append({"source": str(path), "error": {"reason_code": "unreadable", "message": str(error)}})
            continue
        for document in read_document(path.name, data, settings.max_document_bytes):
            source = str(path) if document.record_index is None else f"{path}:{document.record_index}"
            if not isinstance(document, Accepted):
                errors.append({"source": source, "error": {"reason_code": document.reason_code, "message": document.message}})
                continue
            article = parse_document(document.text, document.content_type)
            cards.append(parsed_card(source, document, article))
            articles.append(article)
    if with_entities and cards:
        from assets.entities.rows import ChainFailure, extract_within_budget
        from assets.entities.time_budget import budget_seconds
        from assets.entities.types import Extraction, chain_reads

        # as the entities layer does: an article the chain fails on or outlasts its budget on is an
        # error of that input, not of the whole command; one in a language it does not read has no rows
        read = [chain_reads(card["language"]) for card in cards]
        texts = article_texts([c for c, r in zip(cards, read) if r], [a for a, r in zip(articles, read) if r])
        extracted = iter(extract_within_budget(texts, budget_seconds()))
        extracted_cards = []
        for card, is_read in zip(cards, read):
            extraction = next(extracted) if is_read else Extraction([], [], [], [])
            if isinstance(extraction, ChainFailure):
                errors.append({"source": card["source"],
                               "error": {"reason_code": extraction.reason_code, "message": extraction.message}})
            else:
                not_read = None if is_read else f"language {card['language']!r}: the entity chain reads English only"
                extracted_cards.append({**card, **extraction_card(extraction), **({"not_read": not_read} if not_read else {})})
        cards = extracted_cards
    return cards, errors


def parsed_card(source: str, document, article) -> dict:
    return {
        "source": source,
        "article_id": document.article_id,
        "content_type": document.content_type,
        "encoding": document.encoding,
        "headline": article.headline,
        "section": article.section,
        "authors": list(article.authors),
        "author_bio": article.author_bio,
        "publication": article.publication,
        "published": article.published,
        "print_headline": article.print_headline,
        "dateline": article.dateline,
        "url": article.url,
        "captions": [{"text": c.text, "credit": c.credit} for c in article.captions],
        "pull_quotes": list(article.pull_quotes),
        "paragraphs": list(article.paragraphs),
        "body": article.body,
        "language": article.language,
        "word_count": article.word_count,
        "body_status": article.body_status,
    }


def extraction_card(extraction) -> dict:
    return {
        "entities": [
            {"text": m.text, "start": m.start, "end": m.end, "sentence": m.sentence_index,
             "type": m.entity.entity_type, "entity_id": m.entity.entity_id,
             "canonical_name": m.entity.canonical_name, "iso_code": m.entity.iso_code,
             "kind": m.entity.kind, "country_code": m.entity.country_code, "title": m.title,
             "affiliation": m.affiliation.entity_id if m.affiliation else None, "role": m.role,
             "confidence": m.confidence, "extractor": m.extractor, "section": m.section}
            for m in extraction.mentions
        ],
        "amounts": [
            {"text": a.text, "start": a.start, "end": a.end, "sentence": a.sentence_index, "currency": a.currency,
             "min": a.amount_min, "max": a.amount_max, "bound": a.bound, "approximate": a.approximate,
             "vague": a.vague, "countries": a.countries, "section": a.section,
             "qualifier": a.qualifier, "usd_min": a.usd_min, "usd_max": a.usd_max, "usd_rate": a.usd_rate,
             "rate_date": a.rate_date, "rate_source": a.rate_source, "usd_note": a.usd_note}
            for a in extraction.amounts
        ],
        "dates": [
            {"text": d.text, "start": d.start, "end": d.end, "sentence": d.sentence_index, "value": d.value,
             "resolution": d.resolution, "date_start": d.date_start, "date_end": d.date_end, "note": d.note,
             "section": d.section}
            for d in extraction.dates
        ],
        "relations": [
            {"subject": r.subject_id, "predicate": r.predicate, "object": r.object_id,
             "sentence": r.sentence_index, "confidence": r.confidence, "attributes": r.attributes,
             "section": r.section}
            for r in extraction.relations
        ],
        "events": [event_card(e) for e in extraction.events],
    }


def event_card(event) -> dict:
    def named(mention) -> dict:
        return {"entity_id": mention.entity_id, "name": mention.entity.canonical_name, "text": mention.text}

    def party(p) -> dict:
        return named(p.mention)

    def first(role: str) -> dict | None:  # all of them, coordinated ones too, are in parties
        return next((party(p) for p in event.role(role)), None)

    amount = event.amount
    return {
        "type": event.event_type, "status": event.status,
        "agent": first("agent"), "recipient": first("recipient"), "seller": first("seller"),
        "parties": [party(p) | {"role": p.role} for p in event.parties],
        "amount": None if amount is None else {
            "min": amount.amount_min, "max": amount.amount_max, "currency": amount.currency,
            "usd_min": amount.usd_min, "usd_max": amount.usd_max, "text": amount.text},
        "date": None if event.date is None else event.date.value,
        "place": None if event.place is None else named(event.place),
        "sector": None if event.sector is None else event.sector.entity.canonical_name,
        "section": event.section, "sentence": event.sentence_index, "start": event.start, "end": event.end,
        "trigger": event.trigger, "confidence": event.confidence, "extractor": event.extractor,
    }


if __name__ == "__main__":
    sys.exit(main())
