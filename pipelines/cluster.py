"""A Dask distributed cluster on 127.0.0.1 for WIREHOUSE_DASK_SCHEDULER: one `dask scheduler` and
N `dask worker` processes, each a separate process run from this checkout (PYTHONPATH and cwd),
so the workers import the project's layer functions. A worker has one thread: the spaCy models
are per process, and a second thread would only contend for the same core.

    python -m pipelines.cluster start [--workers N] [--port P]   # prints the address
    python -m pipelines.cluster stop

`make cluster` / `make cluster-stop` call these; the process ids are kept in
$WIREHOUSE_HOME/cluster/pids, and `stop` ends exactly those. On other machines, start
`dask worker tcp://<scheduler host>:<port> --nthreads 1` from a checkout of the same commit.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from pipelines.settings import Settings

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PORT = 8786
READY_TIMEOUT = "120s"  # workers import spaCy and the project first


@dataclass
class DaskCluster:
    address: str
    processes: list[subprocess.Popen]

    def stop(self) -> None:
        for process in reversed(self.processes):  # workers first, then the scheduler
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_cluster(workers: int, logs: Path, port: int = 0) -> DaskCluster:
    """Start the scheduler and `workers` workers as processes of their own session (they outlive
    this one unless stopped), and wait until every worker has joined."""
    from distributed import Client

    port = port or free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    dask = [sys.executable, "-m", "dask"]
    commands = [[*dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", "127.0.0.1:0"]]
    commands += [[*dask, "worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--no-dashboard",
                  "--name", f"wirehouse-{i}"] for i in range(1, workers + 1)]
    processes = []
    for i, command in enumerate(commands):
        log = (logs / ("scheduler.log" if i == 0 else f"worker-{i}.log")).open("w")
        processes.append(subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                                          stdin=subprocess.DEVNULL, start_new_session=True))
    cluster = DaskCluster(address, processes)
    try:
        with Client(address, timeout=READY_TIMEOUT, set_as_default=False) as client:
            client.wait_for_workers(workers, timeout=READY_TIMEOUT)
    except BaseException:
        cluster.stop()
        raise RuntimeError(f"the Dask cluster at {address} did not start; see the logs in {logs}") from None
    return cluster


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.cluster", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    start = commands.add_parser("start", help="start a scheduler and workers on 127.0.0.1")
    start.add_argument("--workers", type=int, default=Settings.from_env().workers)
    start.add_argument("--port", type=int, default=DEFAULT_PORT)
    commands.add_parser("stop", help="stop the processes `start` recorded")
    args = parser.parse_args(argv)

    folder = Settings.from_env().home / "cluster"
    pids = folder / "pids"
    if args.command == "start":
        if pids.exists():
            raise SystemExit(f"a cluster is already recorded in {pids}: `make cluster-stop` first")
        cluster = start_cluster(args.workers, folder, args.port)
        pids.write_text("".join(f"{process.pid}\n" for process in cluster.processes))
        print(f"Dask cluster up: {args.workers} workers; export WIREHOUSE_DASK_SCHEDULER={cluster.address}\n"
              f"logs in {folder}; stop it with `make cluster-stop`")
        return 0
    if not pids.exists():
        print(f"no cluster recorded in {pids}")
        return 0
    for pid in map(int, pids.read_text().split()):
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass  # already gone
    pids.unlink()
    print("Dask cluster stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
