"""A batch claimed by a process that died before starting its run is not stranded: the next
`wirehouse run` finds it and runs it (issue 10)."""

import shutil
import subprocess
import sys

import duckdb

from pipelines.cli import main
from pipelines.instance import get_instance
from pipelines.settings import Settings
from tests.conftest import REPO, sample_files

# What `wirehouse run` does up to the run, then the process ends (as if killed at that moment).
CLAIM_THEN_DIE = (
    "import os; from pipelines.instance import get_instance; from pipelines.settings import Settings; "
    "from pipelines.triggers import claim_new_batches; "
    "print(claim_new_batches(get_instance(), Settings.from_env(), settle_seconds=0, hold=True)); os._exit(9)"
)


def test_a_batch_claimed_by_a_dead_process_is_run_by_the_next_wirehouse_run(wirehouse_home, capsys):
    sample = sample_files()[0]
    shutil.copy(sample, wirehouse_home / "inbox" / sample.name)
    claimer = subprocess.run([sys.executable, "-c", CLAIM_THEN_DIE], cwd=REPO, capture_output=True, text=True)
    assert claimer.returncode == 9, claimer.stderr
    settings = Settings.from_env()
    [batch_id] = [p.name for p in settings.batches.iterdir()]
    assert not list(settings.inbox.iterdir())

    assert main(["run", "--quiet"]) == 0
    assert f"batch {batch_id}: run" in capsys.readouterr().out
    [run] = get_instance().get_runs()
    assert run.is_success and run.tags["dagster/partition"] == batch_id
    with duckdb.connect(str(settings.warehouse_db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM raw.articles WHERE batch_id = ?", [batch_id]).fetchone()[0] >= 1
    assert main(["run", "--quiet"]) == 0
    assert "nothing to do" in capsys.readouterr().out
