"""The measured figures behind docs/scaling.md, re-made on this machine in one run:

    python -m pipelines.scaling_figures [--limit N]      (make scaling-figures)

On the BBC set (or the team's samples when it is absent), in this order:
  1. compute per core: the parsed and entities layers' compute functions (parse_rows,
     extract_rows) in this one process, model loading and warm-up left out: words/s per core;
  2. end to end: `wirehouse run` of the same files in a child process with its own home: words/s
     of wall time, and from the run's event log the seconds its steps held the DuckDB pool
     (loads, checks, star, publish) beside the seconds of its compute steps;
  3. the single writer: that run's parsed and entities stages loaded again into its work file,
     one transaction per layer as the load steps do (best of 3): rows/s;
  4. storage: bytes per article of the published warehouse, the work file and the Parquet stages.
Then the projection for a GDELT-sized day (580k articles, 230M words). Prints a table; writes
JSON to $WIREHOUSE_HOME/eval/scaling.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from pipelines.bench import DEFAULT_LIMIT, REPO, choose_files, count_words, read_inputs
from pipelines.settings import Settings

GDELT_DAY_ARTICLES = 580_000
GDELT_DAY_WORDS = 230_000_000
DAY_SECONDS = 86_400
COMPUTE_STEPS = ("parsed_stage", "entities_stage")
LOAD_TRIALS = 3
SMALL_BATCH_SHARE = 10  # the second end-to-end run has a tenth of the articles: fixed vs per-article pool cost


def compute_per_core(inputs) -> dict:
    """Seconds and words/s of parse_rows and extract_rows (the layers' compute, as one NLP shard
    runs it) over the articles, in this process."""
    import pandas as pd

    from assets.entities.rows import ARTICLE_COLUMNS, SECTION_COLUMNS, SENTENCE_COLUMNS, extract_rows, stage_texts
    from assets.parsed.rows import parse_rows

    raw = [{"article_id": d.article_id, "content_type": d.content_type, "text": d.text} for d in inputs.articles]

    def texts_of(parsed: dict) -> list:
        return stage_texts(*(pd.DataFrame(parsed[name], columns=columns) for name, columns in (
            ("parsed.articles", ARTICLE_COLUMNS), ("parsed.sentences", SENTENCE_COLUMNS), ("parsed.sections", SECTION_COLUMNS))))

    extract_rows("warm-up", texts_of(parse_rows("warm-up", raw[:1])))  # model loads and first calls, timed apart

    started = time.perf_counter()
    parsed = parse_rows("scaling", raw)
    parse_seconds = time.perf_counter() - started
    texts = texts_of(parsed)
    started = time.perf_counter()
    extracted = extract_rows("scaling", texts)
    extract_seconds = time.perf_counter() - started
    words = count_words([row["body"] for row in parsed["parsed.articles"]])
    words_extracted = sum(len(text.body.split()) for text in texts)
    return {
        "articles": len(raw), "words": words, "words_extracted": words_extracted,
        "parse_seconds": parse_seconds, "extract_seconds": extract_seconds,
        "parse_words_per_s": words / parse_seconds,
        "extract_words_per_s": words_extracted / extract_seconds,
        "compute_words_per_s": words / (parse_seconds + extract_seconds),
        "entity_rows": sum(len(rows) for rows in extracted.values()),
    }


def end_to_end(files: list[tuple[str, Path]], home: Path) -> dict:
    """`wirehouse run --quiet` of the files in a child process with its own home."""
    shutil.rmtree(home, ignore_errors=True)
    (home / "inbox").mkdir(parents=True)
    for name, path in files:
        shutil.copyfile(path, home / "inbox" / name)
    env = {k: v for k, v in os.environ.items() if k not in ("WIREHOUSE_INBOX", "WIREHOUSE_DB", "WIREHOUSE_WORK_DB")}
    env.update(WIREHOUSE_HOME=str(home), DAGSTER_HOME=str(home / "dagster"), GX_ANALYTICS_ENABLED="False")
    started = time.perf_counter()
    completed = subprocess.run([sys.executable, "-m", "pipelines.cli", "run", "--quiet"], env=env, cwd=REPO,
                               capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout[-4000:] + completed.stderr[-4000:])
        raise SystemExit(f"scaling_figures: `wirehouse run` exited {completed.returncode}; its home is kept at {home}")
    steps = pool_and_compute_seconds(home)
    return {"seconds": seconds, "articles": published_articles(home / "warehouse.duckdb"), **steps,
            "bytes": file_sizes(home, steps["batch_id"])}


def published_articles(warehouse: Path) -> int:
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("SELECT count(*) FROM star.dim_article").fetchone()[0]


def pool_and_compute_seconds(home: Path) -> dict:
    """From the run's event log: seconds of the steps holding the DuckDB pool and of the compute steps."""
    import dagster as dg

    from pipelines.instance import step_times

    with dg.DagsterInstance.from_config(str(home / "dagster")) as instance:
        [run] = instance.get_runs()
        steps = step_times(instance, run.run_id)
    durations = {step: end - start for step, (start, end) in steps.items()}
    return {
        "batch_id": run.tags["dagster/partition"],
        "step_seconds": durations,
        "pool_seconds": sum(seconds for step, seconds in durations.items() if step not in COMPUTE_STEPS),
        "compute_seconds": sum(durations[step] for step in COMPUTE_STEPS),
    }


def best_seconds(action) -> tuple[float, object]:
    """The fastest of LOAD_TRIALS calls of `action` and its last result."""
    best, result = float("inf"), None
    for _ in range(LOAD_TRIALS):
        started = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - started)
    return best, result


def writer_rows_per_s(settings: Settings, batch_id: str) -> dict:
    """The run's parsed and entities stages loaded again into its work file, one transaction per
    layer as in the load steps (committed and checkpointed, each replacing the same rows), beside
    an empty transaction: rows/s with and without that fixed cost."""
    from assets.entities.asset import load_entities_stage
    from assets.parsed.asset import load_parsed_stage
    from warehouse.db import write_transaction

    def empty() -> None:
        with write_transaction(settings):
            pass

    def loading(load):
        def action() -> int:
            with write_transaction(settings) as con:
                return sum(load(con, settings, batch_id).values())
        return action

    figures = {"empty_transaction_seconds": best_seconds(empty)[0]}
    for layer, load in (("parsed", load_parsed_stage), ("entities", load_entities_stage)):
        seconds, rows = best_seconds(loading(load))
        figures[layer] = {"rows": rows, "seconds": seconds, "rows_per_s": rows / seconds,
                          "rows_per_s_past_fixed_cost": rows / max(seconds - figures["empty_transaction_seconds"], 1e-9)}
    return figures


def empty_file_bytes(folder: Path) -> int:
    """Bytes of a DuckDB file holding the schema and no rows: the fixed part of a file's size."""
    import duckdb

    from warehouse.db import create_schema

    path = folder / "empty.duckdb"
    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as con:
        create_schema(con)
        con.execute("CHECKPOINT")
    size = path.stat().st_size
    path.unlink()
    return size


def file_sizes(home: Path, batch_id: str) -> dict:
    """Bytes of a run's published warehouse, work file and Parquet stages (the default layout
    under its WIREHOUSE_HOME)."""
    stage = home / "work" / "staging" / batch_id
    return {"warehouse": (home / "warehouse.duckdb").stat().st_size,
            "work_file": (home / "work" / "pipeline.duckdb").stat().st_size,
            "stages": sum(path.stat().st_size for path in stage.rglob("*") if path.is_file())}


def storage(small: dict, large: dict, empty: int) -> dict:
    """Bytes per article between the two runs (a file's first rows cost whole blocks per table),
    and the empty schema's size."""
    articles = large["articles"] - small["articles"]
    return {"empty_file_bytes": empty, "large_run_bytes": large["bytes"], **{
        f"{name}_bytes_per_article": (large["bytes"][name] - small["bytes"][name]) / articles
        for name in large["bytes"]}}


def pool_cost(small: dict, large: dict, writer: dict) -> dict:
    """Pool seconds of a run as fixed + per article, from runs of two batch sizes. The per-article
    part is at least what the loads alone take (writer rows/s): on a busy machine the difference
    of two runs can fall below the noise of the fixed part."""
    slope = (large["pool_seconds"] - small["pool_seconds"]) / (large["articles"] - small["articles"])
    load_floor = sum(writer[layer]["seconds"] for layer in ("parsed", "entities")) / large["articles"]
    per_article = max(slope, load_floor)
    return {"slope_seconds": slope, "load_floor_seconds": load_floor, "per_article_seconds": per_article,
            "fixed_seconds": max(large["pool_seconds"] - per_article * large["articles"], 0.0)}


def copy_mb_per_s(path: Path) -> float:
    """How fast this disk copies the work file, as publishing does once per run (best of LOAD_TRIALS)."""
    target = path.with_name("copy-speed.tmp")
    try:
        seconds, _ = best_seconds(lambda: shutil.copyfile(path, target))
    finally:
        target.unlink(missing_ok=True)
    return path.stat().st_size / 1e6 / seconds


def projection(compute: dict, run: dict, pool: dict, writer: dict, sizes: dict) -> dict:
    """A GDELT-sized day at the measured rates."""
    articles, words = compute["articles"], compute["words"]
    compute_core_seconds = GDELT_DAY_WORDS / compute["compute_words_per_s"]
    entity_rows_per_article = writer["entities"]["rows"] / articles
    # With B articles per batch the pool is busy fixed + B × per_article seconds per batch.
    pool_seconds = {batch: (GDELT_DAY_ARTICLES / batch) * (pool["fixed_seconds"] + batch * pool["per_article_seconds"])
                    for batch in (articles, 1_000, 5_000)}
    return {
        "articles": GDELT_DAY_ARTICLES, "words": GDELT_DAY_WORDS,
        "words_per_article_here": words / articles,
        "compute_core_hours": compute_core_seconds / 3600,
        "compute_cores_to_keep_up": compute_core_seconds / DAY_SECONDS,
        "this_machine_end_to_end_hours": GDELT_DAY_WORDS / (words / run["seconds"]) / 3600,
        "pool_hours_by_batch_size": {batch: seconds / 3600 for batch, seconds in pool_seconds.items()},
        "entity_rows": GDELT_DAY_ARTICLES * entity_rows_per_article,
        "entity_load_writer_hours": GDELT_DAY_ARTICLES * entity_rows_per_article / writer["entities"]["rows_per_s"] / 3600,
        "warehouse_gb": GDELT_DAY_ARTICLES * sizes["warehouse_bytes_per_article"] / 1e9,
        # publishing copies the whole work file once per run: after 30 days of a GDELT feed
        "publish_copy_seconds_after_30_days":
            30 * GDELT_DAY_ARTICLES * sizes["work_file_bytes_per_article"] / 1e6 / writer["copy_mb_per_s"],
        "stage_gb": GDELT_DAY_ARTICLES * sizes["stages_bytes_per_article"] / 1e9,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help=f"articles (default {DEFAULT_LIMIT})")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    files, source = choose_files(args.limit)
    inputs, _ = read_inputs(files, source, settings.max_document_bytes)
    print(f"scaling figures on {source}; {len(inputs.articles)} articles", flush=True)

    print("1/4 compute per core (this process) ...", flush=True)
    compute = compute_per_core(inputs)
    small_files = inputs.files[: max(1, len(inputs.files) // SMALL_BATCH_SHARE)]
    print(f"2/4 wirehouse run end to end (child processes): {len(small_files)}, then {len(inputs.files)} files ...",
          flush=True)
    small = end_to_end(small_files, settings.home / "eval" / "scaling-run-small")
    run_home = settings.home / "eval" / "scaling-run"
    run = end_to_end(inputs.files, run_home)
    for key in ("WIREHOUSE_INBOX", "WIREHOUSE_DB", "WIREHOUSE_WORK_DB", "DAGSTER_HOME"):
        os.environ.pop(key, None)
    os.environ["WIREHOUSE_HOME"] = str(run_home)
    run_settings = Settings.from_env()
    print("3/4 the single writer: stages loaded again ...", flush=True)
    writer = writer_rows_per_s(run_settings, run["batch_id"])
    writer["copy_mb_per_s"] = copy_mb_per_s(run_settings.work_db)
    pool = pool_cost(small, run, writer)
    print("4/4 storage ...", flush=True)
    sizes = storage(small, run, empty_file_bytes(settings.home / "eval"))
    words = compute["words"]
    shutil.rmtree(settings.home / "eval" / "scaling-run-small")
    figures = {
        "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average_1_5_15_min": os.getloadavg(),  # other processes on the machine slow every figure
        "source": source, "command": "python -m pipelines.scaling_figures " + " ".join(argv or sys.argv[1:]),
        "compute": compute, "end_to_end": {**run, "words_per_s": words / run["seconds"]},
        "end_to_end_small_batch": small, "pool_cost": pool, "writer": writer, "storage": sizes,
        "gdelt_day": projection(compute, run, pool, writer, sizes),
    }
    print(f"{figures['measured_at']}, {figures['machine']}, load average {figures['load_average_1_5_15_min']}")
    print_figures(figures)
    out = settings.home / "eval" / "scaling.json"
    out.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(f"\nwritten to {out}")
    return 0


def print_figures(f: dict) -> None:
    c, e, w, s, g, p = f["compute"], f["end_to_end"], f["writer"], f["storage"], f["gdelt_day"], f["pool_cost"]
    rows = [
        ("articles / words", f"{c['articles']} / {c['words']}"),
        ("parse, words/s per core", f"{c['parse_words_per_s']:.0f}"),
        ("NER + chain (entities compute), words/s per core", f"{c['extract_words_per_s']:.0f}"),
        ("parse + NER + chain, words/s per core", f"{c['compute_words_per_s']:.0f}"),
        ("wirehouse run end to end, words/s (wall)", f"{e['words_per_s']:.0f} ({e['seconds']:.1f} s)"),
        ("  steps holding the DuckDB pool, s", f"{e['pool_seconds']:.1f}"),
        ("  compute steps (no pool), s", f"{e['compute_seconds']:.1f}"),
        (f"  pool s, run of {f['end_to_end_small_batch']['articles']} articles",
         f"{f['end_to_end_small_batch']['pool_seconds']:.1f}"),
        ("  pool s per run fixed / per article", f"{p['fixed_seconds']:.1f} / {p['per_article_seconds']:.4f} "
                                                 f"(slope {p['slope_seconds']:.4f}, loads alone {p['load_floor_seconds']:.4f})"),
        ("  publish step s, work file MB", f"{e['step_seconds']['published_warehouse']:.1f}, "
                                           f"{e['bytes']['work_file'] / 1e6:.1f}"),
        ("writer: empty transaction, s", f"{w['empty_transaction_seconds']:.3f}"),
        ("writer: parsed stage load, rows/s (past fixed cost)",
         f"{w['parsed']['rows_per_s']:.0f} ({w['parsed']['rows_per_s_past_fixed_cost']:.0f}), {w['parsed']['rows']} rows"),
        ("writer: entities stage load, rows/s (past fixed cost)",
         f"{w['entities']['rows_per_s']:.0f} ({w['entities']['rows_per_s_past_fixed_cost']:.0f}), "
         f"{w['entities']['rows']} rows"),
        ("copying the work file (publish), MB/s", f"{w['copy_mb_per_s']:.0f}"),
        ("empty schema file bytes", f"{s['empty_file_bytes']}"),
        ("warehouse bytes / article (between the two runs)", f"{s['warehouse_bytes_per_article']:.0f}"),
        ("work file bytes / article (between the two runs)", f"{s['work_file_bytes_per_article']:.0f}"),
        ("Parquet stages bytes / article (between the two runs)", f"{s['stages_bytes_per_article']:.0f}"),
        ("GDELT day: compute core-hours", f"{g['compute_core_hours']:.0f}"),
        ("GDELT day: cores to keep up (compute)", f"{g['compute_cores_to_keep_up']:.1f}"),
        ("GDELT day: this machine end to end, hours", f"{g['this_machine_end_to_end_hours']:.0f}"),
        ("GDELT day: pool hours by batch size",
         ", ".join(f"{batch}: {hours:.1f}" for batch, hours in g["pool_hours_by_batch_size"].items())),
        ("GDELT day: entity rows / writer hours", f"{g['entity_rows']:.3g} / {g['entity_load_writer_hours']:.2f}"),
        ("GDELT day: warehouse GB / stage GB", f"{g['warehouse_gb']:.1f} / {g['stage_gb']:.1f}"),
        ("after 30 GDELT days: one publish copy, s", f"{g['publish_copy_seconds_after_30_days']:.0f}"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    sys.exit(main())
