"""A time budget for the entity chain: one pathological article must not hold its batch for hours.
An article the chain has not finished within WIREHOUSE_ENTITIES_SECONDS_PER_ARTICLE is given up
and quarantined (reason `entities_timeout`); the rest of the batch goes on.

The chain is spaCy's and ours, so it cannot watch a clock itself: a watchdog thread raises
ChainTimeout in the thread running it (PyThreadState_SetAsyncExc, delivered between two Python
bytecodes, in any thread: a Dagster step's, a local worker's, a Dask worker's). Time spent in one
C call (one regular expression, one spaCy component on a huge doc) ends when that call returns.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time

DEFAULT_SECONDS = 300.0  # a long feature takes seconds; a multi-megabyte text, minutes


class ChainTimeout(BaseException):  # not an Exception: no `except Exception` in the chain may swallow it
    """The entity chain outlasted its time budget."""


def budget_seconds() -> float:
    value = os.environ.get("WIREHOUSE_ENTITIES_SECONDS_PER_ARTICLE", "")
    try:
        seconds = float(value) if value else DEFAULT_SECONDS
    except ValueError:
        seconds = -1.0
    if not seconds > 0:
        raise ValueError(f"WIREHOUSE_ENTITIES_SECONDS_PER_ARTICLE must be a number of seconds above 0, not {value!r}")
    return seconds


class Watchdog:
    """Raises ChainTimeout in the thread inside it once `seconds` pass without a renew()."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self._changed = threading.Condition()
        self._armed = False
        self._fired = False

    def __enter__(self) -> Watchdog:
        self._thread_id = threading.get_ident()
        self._deadline = time.monotonic() + self.seconds
        self._armed = True
        self._watcher = threading.Thread(target=self._watch, name="entities-time-budget", daemon=True)
        self._watcher.start()
        return self

    def renew(self) -> None:
        with self._changed:
            self._deadline = time.monotonic() + self.seconds

    def _watch(self) -> None:
        with self._changed:
            while self._armed:
                left = self._deadline - time.monotonic()
                if left <= 0:
                    self._fired = True
                    _raise_in(self._thread_id, ChainTimeout)
                    return
                self._changed.wait(left)

    def __exit__(self, *exc_info) -> None:
        with self._changed:
            self._armed = False
            if self._fired:  # fired as the work ended: take back an exception not yet raised
                _raise_in(self._thread_id, None)
            self._changed.notify()
        self._watcher.join()


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               None if exception is None else ctypes.py_object(exception))
