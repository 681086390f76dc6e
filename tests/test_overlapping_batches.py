"""Batches that overlap: under `dagster dev`'s daemon, a batch dropped while the previous one's run
is still going starts its compute (parse, NLP) before that run finishes, since only the steps that
open the DuckDB file hold the pool, and both batches publish."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from pipelines.hostile_inputs import invented_prose
from tests.conftest import SAMPLES
from tests.test_dagster_dev import dagster_dev, wait_for  # noqa: F401  (dagster_dev is a fixture)

pytestmark = pytest.mark.slow

FIRST_BATCH_ARTICLES = 30  # the first run must outlast the sensor tick and the second run's start (20 missed by ~2 s in 1 of 3 runs)
# The steps that compute without the DuckDB pool, and every step that holds it.
COMPUTE_STEPS = {"parsed_stage", "entities_stage"}
POOL_STEPS = {"raw_articles", "raw_checks", "parsed_articles", "parsed_checks", "article_entities",
              "entities_checks", "star_schema", "star_checks", "published_warehouse"}


@pytest.fixture
def fast_sensor(monkeypatch):
    monkeypatch.setenv("WIREHOUSE_SENSOR_SECONDS", "5")


def run_end(instance, run_id: str) -> float:
    from dagster import DagsterEventType

    [record] = [r for r in instance.all_logs(run_id)
                if r.dagster_event and r.dagster_event.event_type == DagsterEventType.RUN_SUCCESS]
    return record.timestamp


def test_the_next_batch_computes_while_the_previous_one_is_written_and_both_publish(fast_sensor, dagster_dev,
                                                                                     wirehouse_home):
    from pipelines.instance import get_instance, step_times

    instance = get_instance()
    inbox = wirehouse_home / "inbox"
    for i in range(FIRST_BATCH_ARTICLES):  # invented articles: enough NLP that the first run lasts a while
        (inbox / f"invented_{i:02d}.txt").write_text(
            f"Harbour plans, part {i}\n\n{invented_prose(4000, seed=100 + i)}\n", encoding="utf-8")

    def runs():
        return instance.get_runs()

    [first] = wait_for(lambda: runs() or None, 120, "the sensor to start the first batch's run")
    for name in ("wire_uzbekistan_gas_adb.txt", "page_danube_serbia_rail.html"):
        shutil.copy(SAMPLES / name, inbox / name)

    finished = wait_for(
        lambda: (done := [r for r in runs() if r.is_finished]) and len(done) == 2 and done,
        480, "both batches' runs to finish",
    )
    assert [run.status.value for run in finished] == ["SUCCESS", "SUCCESS"]
    second = next(run for run in finished if run.run_id != first.run_id)

    first_steps, second_steps = step_times(instance, first.run_id), step_times(instance, second.run_id)
    assert set(first_steps) == set(second_steps) == COMPUTE_STEPS | POOL_STEPS
    # The second batch's NLP started while the first run was still going.
    assert second_steps["parsed_stage"][0] < run_end(instance, first.run_id)
    # Only compute overlaps: no two steps holding the DuckDB pool ever ran at once.
    held = sorted(times for steps in (first_steps, second_steps) for step, times in steps.items() if step in POOL_STEPS)
    assert all(earlier_end <= later_start for (_, earlier_end), (later_start, _) in zip(held, held[1:]))

    with duckdb.connect(str(wirehouse_home / "warehouse.duckdb"), read_only=True) as con:
        published = con.execute("SELECT batch_id, count(*) FROM star.dim_article GROUP BY batch_id").fetchall()
    assert sorted(count for _, count in published) == [2, FIRST_BATCH_ARTICLES]
    assert {batch for batch, _ in published} == {first.tags["dagster/partition"], second.tags["dagster/partition"]}
