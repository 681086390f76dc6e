"""The sensor and the schedule: both claim ready inbox files into a batch, register the batch as a
dynamic partition and request one run of the whole chain for it."""

import os

import dagster as dg

from pipelines.inbox import batch_ids_on_disk, claim_inbox, held_elsewhere
from pipelines.partitions import batch_partitions
from pipelines.settings import Settings

INGEST_JOB_NAME = "ingest_batch"
SCHEDULE_CRON = os.environ.get("WIREHOUSE_SCHEDULE_CRON", "0 * * * *")
# How often the daemon asks the sensor to claim the inbox; shorter keeps up with a busy inbox.
SENSOR_INTERVAL_SECONDS = int(os.environ.get("WIREHOUSE_SENSOR_SECONDS", 30))


def claim_new_batches(instance: dg.DagsterInstance, settings: Settings, settle_seconds: float | None = None,
                      hold: bool = False) -> list[str]:
    """Claim the inbox into a new batch folder (held by this process with `hold`), register every
    batch folder that is not yet a partition (one left by a crash between claiming and registering
    too), and return the batches waiting for a run: the new one and any stranded one."""
    claimed = claim_inbox(settings, settings.settle_seconds if settle_seconds is None else settle_seconds, hold=hold)
    known = set(instance.get_dynamic_partitions(batch_partitions.name))
    unregistered = [batch_id for batch_id in batch_ids_on_disk(settings) if batch_id not in known]
    if unregistered:
        instance.add_dynamic_partitions(batch_partitions.name, unregistered)
    waiting = stranded_batches(instance, settings)
    return ([claimed[0]] if claimed else []) + [batch_id for batch_id in waiting if not claimed or batch_id != claimed[0]]


def stranded_batches(instance: dg.DagsterInstance, settings: Settings) -> list[str]:
    """Batch folders with no run at all that no live process holds: claimed by a process that died
    before starting the run (a batch with a run, failed or not, is its run's business)."""
    with_runs = {run.tags.get("dagster/partition") for run in instance.get_runs(dg.RunsFilter(job_name=INGEST_JOB_NAME))}
    return [b for b in batch_ids_on_disk(settings) if b not in with_runs and not held_elsewhere(settings, b)]


def register_batches(instance: dg.DagsterInstance, batch_ids: list[str]) -> None:
    """Make batch folders named by hand (`wirehouse run --batch`, `wirehouse rebuild`, e.g. after
    `make clean` removed the Dagster instance) known partitions."""
    known = set(instance.get_dynamic_partitions(batch_partitions.name))
    if missing := [batch_id for batch_id in batch_ids if batch_id not in known]:
        instance.add_dynamic_partitions(batch_partitions.name, missing)


def claim_and_request(instance: dg.DagsterInstance, trigger: str) -> list[dg.RunRequest] | dg.SkipReason:
    batch_ids = claim_new_batches(instance, Settings.from_env())
    if not batch_ids:
        return dg.SkipReason("no new files in the inbox and no batch waiting for a run")
    # run_key = batch id: a batch is never requested twice by the same trigger (Dagster drops a
    # request whose run_key it has seen), so a batch waiting on the daemon is not requested again.
    return [
        dg.RunRequest(run_key=batch_id, partition_key=batch_id, tags={"wirehouse/trigger": trigger})
        for batch_id in batch_ids
    ]


@dg.sensor(
    job_name=INGEST_JOB_NAME,
    minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Claims files that have settled in the inbox into a new batch and runs it.",
)
def inbox_sensor(context: dg.SensorEvaluationContext):
    return claim_and_request(context.instance, "sensor")


@dg.schedule(
    job_name=INGEST_JOB_NAME,
    cron_schedule=SCHEDULE_CRON,
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="The same claim as the sensor, on a cron (WIREHOUSE_SCHEDULE_CRON), as a safety net.",
)
def inbox_schedule(context: dg.ScheduleEvaluationContext):
    return claim_and_request(context.instance, "schedule")
