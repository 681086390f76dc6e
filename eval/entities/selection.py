"""The held-out articles judged by hand for the entity layer (judged_heldout.jsonl).

    python eval/entities/selection.py bbc|naeb

Prints one file id a line: `bbc/business/123.txt` or `naeb/<id>` (an id of
../shared/eval/naeb-dev/news_articles.json).

- `bbc`: a seeded sample of BBC_SIZE files per folder of FOLDERS, drawn only from the files in none
  of the event splits of eval/events (those were read while rules were written).
- `naeb`: a seeded sample of NAEB_SIZE NAEB development articles (2023 news from many sites) whose
  gold text is between NAEB_CHARS characters long, so each can be judged whole by hand.

No rule of the entity chain was tuned on these articles; their figures are held-out figures.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
BBC = EVAL / "bbc"
NAEB = EVAL / "naeb-dev" / "news_articles.json"
EVENT_SPLITS = Path(__file__).resolve().parents[1] / "events"
FOLDERS = ("business", "politics")
BBC_SIZE = 5
NAEB_SIZE = 10
NAEB_CHARS = (1500, 4500)
SEED = 20611


def event_files() -> set[str]:
    return {json.loads(line)["file"] for split in EVENT_SPLITS.glob("*.jsonl")
            for line in split.read_text(encoding="utf-8").splitlines() if line.strip()}


def bbc_ids() -> list[str]:
    used = event_files()
    rng = random.Random(SEED)
    chosen = []
    for folder in FOLDERS:
        files = sorted(f"{folder}/{p.name}" for p in (BBC / folder).glob("*.txt"))
        chosen += sorted(rng.sample([f for f in files if f not in used], BBC_SIZE))
    return [f"bbc/{f}" for f in chosen]


def naeb_ids() -> list[str]:
    low, high = NAEB_CHARS
    articles = json.loads(NAEB.read_text(encoding="utf-8"))
    fitting = sorted((str(a["id"]) for a in articles if low <= len(a["text"] or "") <= high), key=int)
    return [f"naeb/{i}" for i in sorted(random.Random(SEED).sample(fitting, NAEB_SIZE), key=int)]


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in ("bbc", "naeb"):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    print("\n".join(bbc_ids() if argv[0] == "bbc" else naeb_ids()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
