"""The sensor and the schedule claim the inbox into a registered batch and request one run."""

import os
import subprocess
import sys
import time

import dagster as dg

from pipelines.inbox import claim_inbox, release_batch
from pipelines.instance import get_instance
from pipelines.settings import Settings
from pipelines.triggers import INGEST_JOB_NAME, inbox_schedule, inbox_sensor
from tests.conftest import REPO


def age(path, seconds=60):
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_sensor_claims_settled_files_registers_the_batch_and_requests_a_run(wirehouse_home):
    instance = get_instance()
    settings = Settings.from_env()
    settled, fresh = settings.inbox / "settled.txt", settings.inbox / "fresh.txt"
    settled.write_text("A settled story.")
    fresh.write_text("A story still being copied.")
    age(settled)

    result = inbox_sensor(dg.build_sensor_context(instance=instance))
    [request] = result
    batch_id = request.partition_key
    assert request.run_key == batch_id
    assert batch_id in instance.get_dynamic_partitions("batches")
    assert (settings.batches / batch_id / "settled.txt").exists()
    assert fresh.exists()  # left for a later tick

    # Until its run exists the batch is requested again, with the same run_key: the daemon drops it.
    [again] = inbox_sensor(dg.build_sensor_context(instance=instance))
    assert (again.partition_key, again.run_key) == (batch_id, batch_id)


def test_sensor_registers_a_batch_folder_left_by_a_crash(wirehouse_home):
    instance = get_instance()
    settings = Settings.from_env()
    orphan = settings.batches / "20260101T000000Z-abcdef"
    orphan.mkdir(parents=True)
    (orphan / "story.txt").write_text("Claimed, then the claimer stopped.")

    [request] = inbox_sensor(dg.build_sensor_context(instance=instance))
    assert request.partition_key == orphan.name
    assert orphan.name in instance.get_dynamic_partitions("batches")


def test_schedule_does_the_same_claim(wirehouse_home):
    instance = get_instance()
    settings = Settings.from_env()
    story = settings.inbox / "story.html"
    story.write_text("<html><body><p>A story.</p></body></html>")
    age(story)

    [request] = inbox_schedule(dg.build_schedule_context(instance=instance))
    assert request.partition_key in instance.get_dynamic_partitions("batches")
    assert request.tags["wirehouse/trigger"] == "schedule"
    assert not story.exists()


def test_a_batch_is_requested_while_it_has_no_run_and_no_live_process_holds_it(wirehouse_home):
    from dagster._core.storage.dagster_run import DagsterRun

    instance = get_instance()
    settings = Settings.from_env()
    batches = []
    for name in ("first", "second"):
        (settings.inbox / f"{name}.txt").write_text(f"A {name} story.")
        batch_id, _ = claim_inbox(settings, hold=True)
        release_batch(batch_id)  # its claimer ended before starting the run
        batches.append(batch_id)
    held, stranded = batches
    holder = subprocess.Popen(  # a live process holds the first batch, as a running `wirehouse run` does
        [sys.executable, "-c", "import sys, time; from pipelines.inbox import hold_batch; "
         "from pipelines.settings import Settings; hold_batch(Settings.from_env(), sys.argv[1]); "
         "print('held', flush=True); time.sleep(120)", held],
        cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        assert [r.partition_key for r in inbox_sensor(dg.build_sensor_context(instance=instance))] == [stranded]
    finally:
        holder.kill()
        holder.wait()
    assert sorted(r.partition_key for r in inbox_sensor(dg.build_sensor_context(instance=instance))) == sorted(batches)
    instance.add_run(DagsterRun(job_name=INGEST_JOB_NAME, tags={"dagster/partition": stranded}))
    assert [r.partition_key for r in inbox_sensor(dg.build_sensor_context(instance=instance))] == [held]
