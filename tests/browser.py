"""Headless Chromium for the tests that look at rendered pages: offline, a fresh profile per run."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--hide-scrollbars",
    # every network request goes to a closed port: offline, only file:// loads
    "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
]
MISSING = "Chromium is not installed (apt-get install chromium; `make test` does it when CI=true)"


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def run_chromium(profile: Path, *arguments: str) -> subprocess.CompletedProcess:
    """Chromium with the offline flags, a new profile folder, and `arguments` (the page last)."""
    return subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *arguments],
                          capture_output=True, text=True, timeout=120)
