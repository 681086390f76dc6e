"""The articles annotated for events: a seeded random sample of BBC business and politics files.

    python eval/events/selection.py dev|test

Prints one file id a line ("business/123.txt"). The sample is drawn once from every file of the
two folders, so it holds articles with and without events in their natural proportions; the first
DEV_SIZE files are the dev split, the next TEST_SIZE the held-out test split (disjoint).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

BBC = Path(__file__).resolve().parents[3] / "shared" / "eval" / "bbc"
FOLDERS = ("business", "politics")
SEED = 20260
DEV_SIZE = 120
TEST_SIZE = 40


def selection(root: Path = BBC) -> dict[str, list[str]]:
    pool = sorted(f"{folder}/{path.name}" for folder in FOLDERS for path in (root / folder).glob("*.txt"))
    sample = random.Random(SEED).sample(pool, DEV_SIZE + TEST_SIZE)
    return {"dev": sample[:DEV_SIZE], "test": sample[DEV_SIZE:]}


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("dev", "test"):
        sys.exit(__doc__)
    print("\n".join(selection()[sys.argv[1]]))
