"""A time budget per article for the parsers: a runaway article becomes an article whose
body_status is 'over_time_budget' (for the quarantine) instead of a step that never ends.

Parsers call check_time_budget() in their per-line and per-paragraph loops; parse_document sets the
budget (WIREHOUSE_PARSE_SECONDS_PER_ARTICLE, default 120 s) around each article.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

DEFAULT_SECONDS = 120.0
_deadline: ContextVar[float | None] = ContextVar("parse_deadline", default=None)


class OverTimeBudget(Exception):
    pass


def budget_seconds() -> float:
    return float(os.environ.get("WIREHOUSE_PARSE_SECONDS_PER_ARTICLE", DEFAULT_SECONDS))


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def check_time_budget() -> None:
    """Raise OverTimeBudget once the current article's budget is spent (no-op outside a budget)."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise OverTimeBudget(f"parsing took over {budget_seconds():g} s")
