"""The sensor and the schedule claim the inbox into a registered batch and request one run."""

import os
import time

import dagster as dg

from pipelines.instance import get_instance
from pipelines.settings import Settings
from pipelines.triggers import inbox_schedule, inbox_sensor


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

    assert isinstance(inbox_sensor(dg.build_sensor_context(instance=instance)), dg.SkipReason)


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
