"""The filesystem queue: claiming moves files atomically into exactly one batch folder."""

import os
import time

from pipelines.inbox import batch_files, batch_ids_on_disk, claim_inbox, ready_inbox_files
from pipelines.settings import Settings


def test_claim_moves_ready_files_into_one_batch(wirehouse_home):
    settings = Settings.from_env()
    for name in ("a.txt", "b.html", ".hidden.txt", "c.txt.part"):
        (settings.inbox / name).write_text("text")
    batch_id, claimed = claim_inbox(settings)
    assert [p.name for p in claimed] == ["a.txt", "b.html"]
    assert [p.name for p in batch_files(settings, batch_id)] == ["a.txt", "b.html"]
    # in-progress and hidden files stay; claimed ones are gone from the inbox
    assert sorted(p.name for p in settings.inbox.iterdir()) == [".hidden.txt", "c.txt.part"]
    assert batch_ids_on_disk(settings) == [batch_id]
    assert claim_inbox(settings) is None


def test_files_still_being_written_are_left_until_they_settle(wirehouse_home):
    settings = Settings.from_env()
    fresh, settled = settings.inbox / "fresh.txt", settings.inbox / "settled.txt"
    fresh.write_text("new")
    settled.write_text("old")
    past = time.time() - 60
    os.utime(settled, (past, past))
    assert [p.name for p in ready_inbox_files(settings, settle_seconds=10)] == ["settled.txt"]


def test_two_claims_never_take_the_same_file(wirehouse_home):
    settings = Settings.from_env()
    (settings.inbox / "a.txt").write_text("text")
    first = claim_inbox(settings)
    second = claim_inbox(settings)
    assert first is not None and second is None


def test_symlinks_and_folders_are_claimed_without_being_followed(wirehouse_home, tmp_path):
    settings = Settings.from_env()
    outside = tmp_path / "outside.txt"
    outside.write_text("not for the inbox")
    (settings.inbox / "link.txt").symlink_to(outside)
    (settings.inbox / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (settings.inbox / "folder").mkdir()
    batch_id, claimed = claim_inbox(settings)
    assert sorted(p.name for p in claimed) == ["dangling.txt", "folder", "link.txt"]
    moved = {p.name: p for p in batch_files(settings, batch_id)}
    assert moved["link.txt"].is_symlink() and outside.read_text() == "not for the inbox"
    assert moved["folder"].is_dir()


def test_a_freed_lock_leaves_no_file_and_a_stale_one_is_removed_but_a_live_one_kept(wirehouse_home):
    import subprocess
    import sys

    from pipelines.inbox import hold_batch, lock_dir, release_batch, remove_stale_locks
    from tests.conftest import REPO

    settings = Settings.from_env()
    assert hold_batch(settings, "ran") and (lock_dir(settings) / "ran.lock").exists()
    release_batch("ran")
    assert not (lock_dir(settings) / "ran.lock").exists()

    (lock_dir(settings) / "killed.lock").touch()  # its process died holding it: the kernel freed the lock
    holder = subprocess.Popen(  # a live `wirehouse run` holds its batch
        [sys.executable, "-c", "import time; from pipelines.inbox import hold_batch; "
         "from pipelines.settings import Settings; hold_batch(Settings.from_env(), 'live'); "
         "print('held', flush=True); time.sleep(120)"],
        cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        assert hold_batch(settings, "mine")
        assert remove_stale_locks(settings) == ["killed"]
        assert sorted(p.name for p in lock_dir(settings).iterdir()) == ["live.lock", "mine.lock"]
        assert not hold_batch(settings, "live")
    finally:
        holder.kill()
        holder.wait()
        release_batch("mine")


def test_a_lock_taken_on_a_file_removed_meanwhile_is_taken_again_on_the_new_file(wirehouse_home, monkeypatch):
    import fcntl

    from pipelines import inbox

    settings = Settings.from_env()
    inbox.lock_dir(settings).mkdir(parents=True)
    path = inbox.lock_dir(settings) / "b.lock"
    path.touch()
    real_flock, removed = fcntl.flock, []

    def flock_after_a_remover(handle, operation):  # a remover unlinks the file between our open and our lock
        if not removed:
            path.unlink()
            removed.append(True)
        return real_flock(handle, operation)

    monkeypatch.setattr(inbox.fcntl, "flock", flock_after_a_remover)
    assert inbox.hold_batch(settings, "b")
    assert inbox._is_linked(inbox._held_batches["b"], path)
    inbox.release_batch("b")
