"""The filesystem is the queue: a file is in the inbox or in exactly one batch folder.

Claiming moves inbox files with os.rename (atomic on one filesystem) into a new
`batches/<batch_id>/` folder; two claimers racing for a file cannot both win, because only one
rename of the same source succeeds.
"""

from __future__ import annotations

import os
import secrets
import time
from datetime import datetime, timezone
from pathlib import Path

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


def claim_inbox(settings: Settings, settle_seconds: float = 0.0, max_files: int = 500) -> tuple[str, list[Path]] | None:
    """Move up to `max_files` ready inbox files into a new batch folder; None when nothing is ready."""
    candidates = ready_inbox_files(settings, settle_seconds)[:max_files]
    if not candidates:
        return None
    batch_id = new_batch_id()
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
