"""The filesystem is the queue: a file is in the inbox or in exactly one batch folder.

Claiming moves inbox files with os.rename (atomic on one filesystem) into a new
`batches/<batch_id>/` folder; two claimers racing for a file cannot both win, because only one
rename of the same source succeeds.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import IO

from pipelines.settings import Settings

# Names a writer uses while a file is still being copied in; claimed only once renamed.
IN_PROGRESS_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial")


def new_batch_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return f"{now:%Y%m%dT%H%M%S}Z-{secrets.token_hex(3)}"


def ready_inbox_files(settings: Settings, settle_seconds: float = 0.0) -> list[Path]:
    """Inbox entries that are complete: not hidden, not in-progress names, not modified within
    `settle_seconds` (a copy still being written). Symbolic links, folders and other non-regular
    entries are claimed too (never followed), so that the raw layer rejects them with a reason
    instead of leaving them in the inbox unexplained."""
    if not settings.inbox.is_dir():
        return []
    cutoff = time.time() - settle_seconds
    ready = []
    for path in sorted(settings.inbox.iterdir()):
        if path.name.startswith(".") or path.name.endswith(IN_PROGRESS_SUFFIXES):
            continue
        if settle_seconds and path.lstat().st_mtime > cutoff:
            continue
        ready.append(path)
    return ready


# Batch locks held by this process: batch id -> the open lock file (closing it releases the lock).
_held_batches: dict[str, IO] = {}


# A lock file is removed by whoever frees it (release_batch, remove_stale_locks) while still holding
# it; a holder that took the lock of a file removed meanwhile tries again on the new file.
LOCK_TRIES = 5
LOCK_RETRY_SECONDS = 0.05  # a remover holds a free lock for an instant: not worth reporting as held


def lock_dir(settings: Settings) -> Path:
    return settings.home / "locks"


def hold_batch(settings: Settings, batch_id: str) -> bool:
    """Take the batch's lock for this process (until release_batch, or until the process ends, when
    the kernel drops it); False when another process holds it. A batch is run only by its holder."""
    if batch_id in _held_batches:
        return True
    folder = lock_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{batch_id}.lock"
    tries = 0
    while True:
        handle = open(path, "a")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            tries += 1
            if tries == LOCK_TRIES:
                return False
            time.sleep(LOCK_RETRY_SECONDS)
            continue
        if _is_linked(handle, path):
            _held_batches[batch_id] = handle
            return True
        handle.close()  # its file was removed while we waited for it


def release_batch(batch_id: str) -> None:
    """Free the batch's lock and remove its file (so locks/ does not grow with every batch run)."""
    handle = _held_batches.pop(batch_id, None)
    if handle is not None:
        Path(handle.name).unlink(missing_ok=True)
        handle.close()


def remove_stale_locks(settings: Settings) -> list[str]:
    """Remove the lock files no live process holds (left by a process that was killed); the batch
    ids whose lock file was removed."""
    folder = lock_dir(settings)
    removed = []
    for path in sorted(folder.glob("*.lock")) if folder.is_dir() else []:
        batch_id = path.name.removesuffix(".lock")
        # held_elsewhere takes and releases a free lock, and releasing removes its file
        if batch_id not in _held_batches and not held_elsewhere(settings, batch_id):
            removed.append(batch_id)
    return removed


def _is_linked(handle: IO, path: Path) -> bool:
    """Whether the open file is still the one at `path` (not removed, nor replaced by a new one)."""
    try:
        return os.stat(path).st_ino == os.fstat(handle.fileno()).st_ino
    except FileNotFoundError:
        return False


def held_elsewhere(settings: Settings, batch_id: str) -> bool:
    """Whether a live process other than this one holds the batch's lock."""
    if batch_id in _held_batches:
        return False
    if not hold_batch(settings, batch_id):
        return True
    release_batch(batch_id)
    return False


def claim_inbox(settings: Settings, settle_seconds: float = 0.0, max_files: int = 500,
                hold: bool = False) -> tuple[str, list[Path]] | None:
    """Move up to `max_files` ready inbox files into a new batch folder; None when nothing is ready.
    With `hold`, the new batch's lock is taken before its folder exists and kept (release_batch)."""
    candidates = ready_inbox_files(settings, settle_seconds)[:max_files]
    if not candidates:
        return None
    batch_id = new_batch_id()
    if hold:
        hold_batch(settings, batch_id)
    batch_dir = settings.batches / batch_id
    batch_dir.mkdir(parents=True)
    claimed = []
    for source in candidates:
        target = batch_dir / source.name
        try:
            os.rename(source, target)
        except FileNotFoundError:
            continue  # another claimer took it first
        claimed.append(target)
    if not claimed:
        batch_dir.rmdir()
        release_batch(batch_id)
        return None
    return batch_id, claimed


def batch_files(settings: Settings, batch_id: str) -> list[Path]:
    batch_dir = settings.batches / batch_id
    if not batch_dir.is_dir():
        raise FileNotFoundError(f"batch folder {batch_dir} does not exist")
    return sorted(batch_dir.iterdir())  # every claimed entry; the raw layer rejects non-regular ones


def batch_ids_on_disk(settings: Settings) -> list[str]:
    if not settings.batches.is_dir():
        return []
    return sorted(path.name for path in settings.batches.iterdir() if path.is_dir())
