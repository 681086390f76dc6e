"""The held-out articles judged by hand for the entity layer (judged_heldout.jsonl).

    python eval/entities/selection.py bbc|naeb [ROUND]

Prints one file id a line: `bbc/business/123.txt` or `naeb/<id>` (an id of
../shared/eval/naeb-dev/news_articles.json), for ROUND (default 1).

- `bbc`: a seeded sample of files of each folder of FOLDERS, drawn only from the files in none of
  the event splits of eval/events (those were read while rules were written) and in no earlier round.
- `naeb`: a seeded sample of NAEB development articles (2023 news from many sites) whose gold
  text is NAEB_CHARS characters long, so each can be judged whole by hand, in no earlier round.

Rounds (ROUNDS: seed, BBC files per folder, NAEB articles):
  1  judged on the extractor before issue 11's last fixes; its errors were read, and three rules
     came from them (a country opening a name used again by surname, Northern Ireland, places
     inside people's names as no evidence), so its later figures are not blind;
  2  drawn and judged only after those fixes: blind figures of the extractor that judged it.
No rule of the entity chain was tuned on round 2.
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
NAEB_CHARS = (1500, 4500)
ROUNDS = {1: (20611, 5, 10), 2: (20612, 3, 4)}


def event_files() -> set[str]:
    return {json.loads(line)["file"] for split in EVENT_SPLITS.glob("*.jsonl")
            for line in split.read_text(encoding="utf-8").splitlines() if line.strip()}


def bbc_ids(round_: int = 1) -> list[str]:
    used = event_files() | {f.split("/", 1)[1] for earlier in range(1, round_) for f in bbc_ids(earlier)}
    seed, per_folder, _ = ROUNDS[round_]
    rng = random.Random(seed)
    chosen = []
    for folder in FOLDERS:
        files = sorted(f"{folder}/{p.name}" for p in (BBC / folder).glob("*.txt"))
        chosen += sorted(rng.sample([f for f in files if f not in used], per_folder))
    return [f"bbc/{f}" for f in chosen]


def naeb_ids(round_: int = 1) -> list[str]:
    used = {f for earlier in range(1, round_) for f in naeb_ids(earlier)}
    seed, _, size = ROUNDS[round_]
    low, high = NAEB_CHARS
    articles = json.loads(NAEB.read_text(encoding="utf-8"))
    fitting = sorted((str(a["id"]) for a in articles if low <= len(a["text"] or "") <= high
                      and f"naeb/{a['id']}" not in used), key=int)
    return [f"naeb/{i}" for i in sorted(random.Random(seed).sample(fitting, size), key=int)]


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2 or argv[0] not in ("bbc", "naeb") or (len(argv) == 2 and int(argv[1]) not in ROUNDS):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    round_ = int(argv[1]) if len(argv) == 2 else 1
    print("\n".join(bbc_ids(round_) if argv[0] == "bbc" else naeb_ids(round_)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
