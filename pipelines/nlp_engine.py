"""Where a layer's NLP runs: the shards of a batch go to this process (WIREHOUSE_WORKERS=1), to
local worker processes (default: one per core), or to a Dask distributed cluster
(WIREHOUSE_DASK_SCHEDULER=tcp://host:port). Dagster stays the orchestrator: an asset calls
`compute`, and the cluster is only where its shards run.

A layer function takes (batch_id, items) and returns {table name: [row dicts]}; it is pure
Python in assets/<layer>/rows.py and reaches a worker by its module path (workers run the same
checkout, never code sent to them). A worker returns each table of its shard as Parquet bytes;
this process writes them to a spool folder in shard order (the parsed and entities assets spool
into the batch's stage, pipelines/staging.py) and the one DuckDB writer loads those files
(warehouse.db.append_parquet) in the load asset, so no process holds a whole batch's rows, and the output is
the same whatever runs the shards (shard boundaries depend on the items alone).

Local workers are spawned, not forked: the parent may be a Dagster process with threads (and
DuckDB's) whose locks a fork would copy half-held. Each worker loads the spaCy models once
(their lru_caches) and is kept for the life of this process, so later batches skip the load.
"""

from __future__ import annotations

import atexit
import io
import multiprocessing
import os
import shutil
import traceback
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path

from pipelines.settings import Settings

# A shard of long articles closes early, so one worker's memory stays bounded by its shard.
SHARD_CHARS = 1_000_000
# Shards dispatched ahead of the oldest one not yet spooled, per worker: enough to keep every
# worker busy, few enough that finished shards waiting for a slow one stay bounded.
AHEAD_PER_WORKER = 2
DASK_CONNECT_TIMEOUT = "20s"

LayerFunction = Callable[[str, list], dict[str, list[dict]]]
ShardResult = dict[str, bytes]  # table name -> Parquet bytes


class ShardFailed(RuntimeError):
    """A shard's layer function raised, or the worker running it died."""


@dataclass(frozen=True)
class Shard:
    index: int
    items: list
    first_id: str
    last_id: str

    def describe(self, batch_id: str) -> str:
        return (f"shard {self.index} of batch {batch_id} ({len(self.items)} articles, "
                f"{self.first_id} … {self.last_id})")


def make_shards(items: list, shard_articles: int, size_of: Callable[[object], int],
                id_of: Callable[[object], str]) -> list[Shard]:
    """Consecutive runs of at most `shard_articles` items, cut early at SHARD_CHARS."""
    shards, current, chars = [], [], 0
    for item in items:
        if current and (len(current) == shard_articles or chars + size_of(item) > SHARD_CHARS):
            shards.append(current)
            current, chars = [], 0
        current.append(item)
        chars += size_of(item)
    if current:
        shards.append(current)
    return [Shard(i, group, id_of(group[0]), id_of(group[-1])) for i, group in enumerate(shards)]


def parquet_bytes(rows: list[dict]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), sink)
    return sink.getvalue()


@contextmanager
def wirehouse_environment(environment: dict[str, str]) -> Iterator[None]:
    """The caller's WIREHOUSE_* variables (e.g. the parse time budget) while a shard runs."""
    saved = {key: value for key, value in os.environ.items() if key.startswith("WIREHOUSE_")}
    for key in saved.keys() - environment.keys():
        del os.environ[key]
    os.environ.update(environment)
    try:
        yield
    finally:
        for key in environment.keys() - saved.keys():
            os.environ.pop(key, None)
        os.environ.update(saved)


def run_shard(function: LayerFunction, batch_id: str, items: list, environment: dict[str, str]) -> ShardResult:
    """What a worker runs: the layer function on one shard, each non-empty table as Parquet."""
    with wirehouse_environment(environment):
        tables = function(batch_id, items)
    return {name: parquet_bytes(rows) for name, rows in tables.items() if rows}


class Spool:
    """Parquet files of one layer's batch: <folder>/<table>/<shard>.parquet."""

    def __init__(self, folder: Path):
        self.folder = folder
        shutil.rmtree(folder, ignore_errors=True)  # a spool left by an interrupted run
        folder.mkdir(parents=True)

    def write(self, shard: Shard, result: ShardResult) -> None:
        for name, data in result.items():
            (self.folder / name).mkdir(exist_ok=True)
            (self.folder / name / f"{shard.index:06d}.parquet").write_bytes(data)

    def files(self, table: str) -> list[Path]:
        """The table's files in shard order (none when no shard had rows for it)."""
        folder = self.folder / table
        return sorted(folder.iterdir()) if folder.is_dir() else []

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def compute(function: LayerFunction, batch_id: str, items: list, spool_folder: Path, settings: Settings,
            size_of: Callable[[object], int], id_of: Callable[[object], str],
            on_shard: Callable[[int, int], None] = lambda done, total: None) -> Spool:
    """Run `function` over `items` in shards where the settings say (a batch of one shard stays
    in this process unless a Dask cluster is set), spooling each shard's tables;
    on_shard(articles done, articles in all) after each shard is spooled."""
    shards = make_shards(items, settings.shard_articles, size_of, id_of)
    spool = Spool(spool_folder)
    environment = {key: value for key, value in os.environ.items() if key.startswith("WIREHOUSE_")}
    if settings.dask_scheduler:
        results = dask_results(settings.dask_scheduler, function, batch_id, shards, environment)
    elif settings.workers > 1 and len(shards) > 1:  # one shard gains nothing from a worker's start
        results = local_pool(settings.workers).results(function, batch_id, shards, environment)
    else:
        results = ((shard, run_shard(function, batch_id, shard.items, environment)) for shard in shards)
    done = 0
    for shard, result in results:
        spool.write(shard, result)
        done += len(shard.items)
        on_shard(done, len(items))
    return spool


# --- local worker processes -------------------------------------------------------------------


def _worker_main(connection) -> None:
    """A worker's loop: (function, batch_id, items, environment) in, ("ok", result) or
    ("error", traceback) out, until the pipe closes."""
    while True:
        try:
            message = connection.recv()
        except EOFError:
            return
        try:
            connection.send(("ok", run_shard(*message)))
        except Exception:  # the parent raises it, naming the shard
            connection.send(("error", traceback.format_exc()))


class _Worker:
    def __init__(self, context):
        self.connection, child_end = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child_end,), daemon=True,
                                       name="wirehouse-nlp-worker")
        self.process.start()
        child_end.close()
        self.shard: Shard | None = None


class LocalPool:
    """`workers` spawned processes, one shard at a time each, fed through their own pipes (so a
    dead worker's shard is known)."""

    def __init__(self, workers: int):
        context = multiprocessing.get_context("spawn")
        self.workers = [_Worker(context) for _ in range(workers)]

    def results(self, function: LayerFunction, batch_id: str, shards: list[Shard],
                environment: dict[str, str]) -> Iterator[tuple[Shard, ShardResult]]:
        """(shard, result) in shard order."""
        queue = list(reversed(shards))
        finished: dict[int, ShardResult] = {}
        next_index = 0
        try:
            while next_index < len(shards):
                for worker in self.workers:
                    if worker.shard is None and queue and queue[-1].index < next_index + AHEAD_PER_WORKER * len(self.workers):
                        worker.shard = queue.pop()
                        worker.connection.send((function, batch_id, worker.shard.items, environment))
                busy = [worker for worker in self.workers if worker.shard is not None]
                wait([w.connection for w in busy] + [w.process.sentinel for w in busy])
                for worker in busy:
                    if worker.connection.poll():
                        finished[worker.shard.index] = self._receive(worker, batch_id)
                        worker.shard = None
                    elif not worker.process.is_alive():
                        raise ShardFailed(f"NLP worker process {worker.process.pid} died (exit code "
                                          f"{worker.process.exitcode}) while running {worker.shard.describe(batch_id)}")
                while next_index in finished:
                    yield shards[next_index], finished.pop(next_index)
                    next_index += 1
        except BaseException:
            # A failed or abandoned batch leaves workers mid-shard: start afresh next time.
            self.close()
            raise

    @staticmethod
    def _receive(worker: _Worker, batch_id: str) -> ShardResult:
        try:
            status, payload = worker.connection.recv()
        except EOFError:
            worker.process.join(5)
            raise ShardFailed(f"NLP worker process {worker.process.pid} died (exit code {worker.process.exitcode}) "
                              f"while running {worker.shard.describe(batch_id)}") from None
        if status == "error":
            raise ShardFailed(f"{worker.shard.describe(batch_id)} failed in NLP worker process "
                              f"{worker.process.pid}:\n{payload}")
        return payload

    def close(self) -> None:
        for worker in self.workers:
            worker.connection.close()
        for worker in self.workers:
            worker.process.join(2 if worker.shard is None else 0)
            if worker.process.is_alive():
                worker.process.terminate()
                worker.process.join()
        if _POOLS.get(len(self.workers)) is self:
            del _POOLS[len(self.workers)]

    def alive(self) -> bool:
        return all(worker.process.is_alive() for worker in self.workers)


_POOLS: dict[int, LocalPool] = {}


def local_pool(workers: int) -> LocalPool:
    """This process's pool of `workers` processes, started on first use and kept (its workers
    keep their loaded models) until the process exits."""
    pool = _POOLS.get(workers)
    if pool is None or not pool.alive():
        if pool is not None:
            pool.close()
        pool = _POOLS[workers] = LocalPool(workers)
    return pool


@atexit.register
def _close_pools() -> None:
    for pool in list(_POOLS.values()):
        pool.close()


# --- Dask distributed -------------------------------------------------------------------------


def dask_results(address: str, function: LayerFunction, batch_id: str, shards: list[Shard],
                 environment: dict[str, str]) -> Iterator[tuple[Shard, ShardResult]]:
    """(shard, result) in shard order, each shard a task on the cluster at `address`."""
    from distributed import Client, as_completed
    from distributed.scheduler import KilledWorker

    try:
        client = Client(address, timeout=DASK_CONNECT_TIMEOUT, set_as_default=False)
    except OSError as error:
        raise RuntimeError(f"cannot reach the Dask scheduler at {address} (WIREHOUSE_DASK_SCHEDULER): {error}") from error
    run_id = uuid.uuid4().hex[:8]
    with client:
        ahead = AHEAD_PER_WORKER * max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
        queue = list(reversed(shards))
        owners = {}
        finished: dict[int, ShardResult] = {}
        next_index = 0

        def submit_ahead() -> list:
            futures = []
            while queue and queue[-1].index < next_index + ahead:
                shard = queue.pop()
                futures.append(client.submit(run_shard, function, batch_id, shard.items, environment, pure=False,
                                             key=f"wirehouse-{function.__name__}-{run_id}-{shard.index}"))
                owners[futures[-1].key] = shard
            return futures

        running = as_completed(submit_ahead(), loop=client.loop)  # this client is not the default one
        for future in running:
            shard = owners.pop(future.key)
            try:
                finished[shard.index] = future.result()
            except KilledWorker as error:
                raise ShardFailed(f"Dask workers died running {shard.describe(batch_id)}: {error}") from error
            except Exception as error:
                raise ShardFailed(f"{shard.describe(batch_id)} failed on the Dask cluster {address}: "
                                  f"{type(error).__name__}: {error}") from error
            finally:
                future.release()
            while next_index in finished:
                yield shards[next_index], finished.pop(next_index)
                next_index += 1
            running.update(submit_ahead())
