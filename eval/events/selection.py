"""The articles annotated for events: seeded samples of BBC business and politics files.

    python eval/events/selection.py dev|test|dev_rich|test_rich|dev_fin|test_fin

Prints one file id a line ("business/123.txt").

- `dev`, `test`: a random sample drawn once from every file of the two folders, so it holds
  articles with and without events in their natural proportions; the first DEV_SIZE files are the
  dev split, the next TEST_SIZE the held-out test split. These measure precision (and recall).
- `dev_rich`, `test_rich`: the event-rich supplement, a second seeded sample drawn only from the
  files not in dev or test whose text has at least PREFILTER_HITS matches of TRANSACTION_WORDS
  (words of lending, funding, investing, buying, contracts, deals and meetings). The prefilter
  biases it towards articles with events, so it is meant for recall per type, not for precision.
- `dev_fin`, `test_fin`: the money-flow supplement, a third seeded sample drawn only from the files
  in none of the splits above whose text has at least FINANCE_HITS matches of FINANCE_WORDS (words
  of lending, funding and contracts), because the first two samples hold too few lend, fund and
  contract events to measure their recall. Biased like the event-rich one, and more narrowly.

All six splits are disjoint.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

BBC = Path(__file__).resolve().parents[3] / "shared" / "eval" / "bbc"
FOLDERS = ("business", "politics")
SEED = 20260
DEV_SIZE = 120
TEST_SIZE = 40
RICH_SEED = 20261
DEV_RICH_SIZE = 80
TEST_RICH_SIZE = 40
TRANSACTION_WORDS = re.compile(
    r"\b(?:lend|lends|lending|lent|loans?|credit lines?|grants?|aid|fund(?:s|ed|ing)?|invest\w*"
    r"|stakes?|buy\w*|bought|acquir\w*|takeovers?|bids?|contracts?|deals?|agreements?|talks|met"
    r"|meet\w*)\b", re.IGNORECASE)
PREFILTER_HITS = 3
FIN_SEED = 20262
DEV_FIN_SIZE = 50
TEST_FIN_SIZE = 25
# "order" only as a noun or verb of buying: "in order to" is left out
FINANCE_WORDS = re.compile(
    r"\b(?:loans?|lend(?:s|ing|ers?)?|lent|credits?|grants?|aid|donat\w*|subsid\w*|bail-?outs?"
    r"|bailed out|fund(?:ed|ing)|contracts?|(?<!in )orders?|ordered|award(?:s|ed)?|supply deals?)\b",
    re.IGNORECASE)
FINANCE_HITS = 2
SPLITS = ("dev", "test", "dev_rich", "test_rich", "dev_fin", "test_fin")


def event_rich(text: str) -> bool:
    """The supplement's prefilter: at least PREFILTER_HITS transaction words in the text."""
    return len(TRANSACTION_WORDS.findall(text)) >= PREFILTER_HITS


def money_flow(text: str) -> bool:
    """The money-flow supplement's prefilter: at least FINANCE_HITS finance words in the text."""
    return len(FINANCE_WORDS.findall(text)) >= FINANCE_HITS


def selection(root: Path = BBC) -> dict[str, list[str]]:
    pool = sorted(f"{folder}/{path.name}" for folder in FOLDERS for path in (root / folder).glob("*.txt"))
    sample = random.Random(SEED).sample(pool, DEV_SIZE + TEST_SIZE)
    drawn = set(sample)
    rich_pool = [f for f in pool if f not in drawn and event_rich((root / f).read_text(encoding="utf-8"))]
    rich = random.Random(RICH_SEED).sample(rich_pool, DEV_RICH_SIZE + TEST_RICH_SIZE)
    drawn.update(rich)
    fin_pool = [f for f in pool if f not in drawn and money_flow((root / f).read_text(encoding="utf-8"))]
    fin = random.Random(FIN_SEED).sample(fin_pool, DEV_FIN_SIZE + TEST_FIN_SIZE)
    return {"dev": sample[:DEV_SIZE], "test": sample[DEV_SIZE:],
            "dev_rich": rich[:DEV_RICH_SIZE], "test_rich": rich[DEV_RICH_SIZE:],
            "dev_fin": fin[:DEV_FIN_SIZE], "test_fin": fin[DEV_FIN_SIZE:]}


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in SPLITS:
        sys.exit(__doc__)
    print("\n".join(selection()[sys.argv[1]]))
