"""Shared fixtures: an isolated WIREHOUSE_HOME per test (or per module for the slow end-to-end runs)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"
ENV_KEYS = ("WIREHOUSE_HOME", "WIREHOUSE_INBOX", "WIREHOUSE_DB", "WIREHOUSE_WORK_DB", "DAGSTER_HOME",
            "WIREHOUSE_EXPECTATIONS_DIR", "WIREHOUSE_QUARANTINE_MAX_SHARE", "WIREHOUSE_QUARANTINE_MIN_COUNT")

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")


def isolate_home(monkeypatch: pytest.MonkeyPatch, home: Path) -> Path:
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("WIREHOUSE_HOME", str(home))
    monkeypatch.setenv("DAGSTER_HOME", str(home / "dagster"))
    (home / "inbox").mkdir(parents=True, exist_ok=True)
    return home


@pytest.fixture
def wirehouse_home(tmp_path, monkeypatch) -> Path:
    return isolate_home(monkeypatch, tmp_path / "home")


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".html", ".jsonl"})
