"""The blind audit sample of issue 9: news the event rules have never seen, whose every predicted
event is judged by hand (verdicts.jsonl beside this file; pipelines/eval_events.py --audit scores it).

    PYTHONPATH=. python eval/events/audit/sample.py

Prints one file id a line (`business/123.txt`, `naeb/42`, `zyte/<id>`), batch by batch (`batches`).
The first batch was drawn on 2026-12-02 with AUDIT_SEED from the articles no rule writer has read:
- AUDIT_BBC BBC business and politics files in none of eval/events' splits, no judged entity round
  (eval/entities/selection.py, rounds 1 to JUDGED_ROUNDS) and not among the BBC files `make bench`
  and `make extract-fingerprint` read, copies of any of those left out;
- AUDIT_NAEB NAEB development texts from the second half of the ids in string order (the half the
  judged entity rounds 8 on leave free), in no judged round and not in the `web` split, of any
  length (only 17 texts of that half pass the prefilter, 5 of them within the web split's
  WEB_CHARS);
both with at least selection.PREFILTER_HITS transaction words, so that events are likely. Like the
event-rich supplement the draw is biased towards articles with events: its precision is that of news
that talks of deals, not of news in general. The second batch (SECOND_BBC BBC files, SECOND_SEED) was
drawn the same day from the rest of the same BBC pool after the rules the first batch's errors prompted
had been written, and judged on main's and the fixed extractor's output at once: the first batch is
blind for main only, the second for both. The third batch (THIRD_SEED) was drawn on the same day from
the same pools less the first two batches and judged entity round 11 as well (THIRD_JUDGED_ROUNDS), its
BBC files only those numbered above THIRD_BBC_ABOVE (while entity round 12 drew business and politics
files up to that number and first-half NAEB texts, so the two stay disjoint): THIRD_BBC BBC files and
THIRD_NAEB NAEB texts asked for, but only 18 such BBC files and 2 such NAEB texts were left, so it takes
them all. It was judged on integ's output before any rule was changed for it. The fourth batch
(FOURTH_SEED) was drawn on the same day outside entity round 12 as well (FOURTH_JUDGED_ROUNDS) and the
first three batches, with the same prefilter: every BBC business and politics file left (11), FOURTH_TECH
files of BBC tech (the tech folder only, as entity round 13, drawn at the same time, takes entertainment
and sport) and FOURTH_ZYTE pages of the Zyte benchmark (../shared/eval/zyte/ground-truth.json's
`articleBody`, `zyte/<id>`, English by the parsed layer's language detection), drawn only among the ids
at even positions of the sorted id list (round 13 takes the odd ones). It was judged on main's output
before any rule was changed for it.

The verdicts live in this folder, not as eval/events/*.jsonl: eval/entities/selection.py leaves out
of its BBC rounds every file named in those, and a new name there would redraw rounds 1-10.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

EVENTS = Path(__file__).resolve().parents[1]
AUDIT_SEED = 20266
AUDIT_BBC = 25
AUDIT_NAEB = 15
SECOND_SEED = 20267
SECOND_BBC = 20
JUDGED_ROUNDS = range(1, 11)
THIRD_SEED = 20268
THIRD_BBC = 20
THIRD_NAEB = 10
THIRD_BBC_ABOVE = 200
THIRD_JUDGED_ROUNDS = range(1, 12)
FOURTH_SEED = 20269
FOURTH_JUDGED_ROUNDS = range(1, 13)
FOURTH_TECH = 12
FOURTH_ZYTE = 7
BATCHES = ("first", "second", "third", "fourth")


def module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


def pools(judged_rounds: range = JUDGED_ROUNDS):
    """The BBC files and NAEB texts the audit draws from (module docstring), as sorted lists, outside the
    judged entity rounds `judged_rounds`."""
    splits = module("event_selection", EVENTS / "selection.py")
    rounds = module("entity_selection", EVENTS.parent / "entities" / "selection.py")
    judged = {f for round_ in judged_rounds for f in rounds.bbc_ids(round_) + rounds.naeb_ids(round_)}
    used = frozenset(rounds.event_files() | rounds.bench_files()
                     | {f.split("/", 1)[1] for f in judged if f.startswith("bbc/")})
    files = sorted(f"{folder}/{path.name}" for folder in splits.FOLDERS
                   for path in (splits.BBC / folder).glob("*.txt"))
    bbc_pool = [f for f in rounds.unseen_files(files, used) if splits.event_rich(splits.article_text(f))]
    articles = splits.naeb_articles()
    second_half = sorted(articles)[len(articles) // 2:]
    held = {f"naeb/{id_}" for id_ in second_half} - judged - set(splits.web_ids())
    naeb_pool = [f for f in sorted(held) if splits.event_rich(splits.article_text(f))]
    return bbc_pool, naeb_pool


def fourth_pools(drawn: set[str]) -> tuple[list[str], list[str], list[str]]:
    """The fourth batch's pools (module docstring), sorted: the BBC business and politics files and the
    BBC tech files outside the event splits, the judged entity rounds up to FOURTH_JUDGED_ROUNDS, the
    bench's files, copies of any of those and the earlier batches' files (`drawn`); and the English
    Zyte pages at even positions of the sorted ids (`zyte/<id>`); all three event-rich."""
    splits = module("event_selection", EVENTS / "selection.py")
    rounds = module("entity_selection", EVENTS.parent / "entities" / "selection.py")
    from assets.parsed.dispatch import detect_language

    judged = {f.split("/", 1)[1] for round_ in FOURTH_JUDGED_ROUNDS for f in rounds.bbc_ids(round_)}
    used = frozenset(rounds.event_files() | rounds.bench_files() | judged | drawn)
    files = sorted(f"{folder}/{path.name}" for folder in (*splits.FOLDERS, "tech")
                   for path in (splits.BBC / folder).glob("*.txt"))
    unseen = [f for f in rounds.unseen_files(files, used) if splits.event_rich(splits.article_text(f))]
    zyte_ids = sorted(splits.zyte_bodies())[::2]
    zyte = [f"zyte/{id_}" for id_ in zyte_ids if detect_language(splits.zyte_bodies()[id_]) == "en"
            and splits.event_rich(splits.article_text(f"zyte/{id_}"))]
    return [f for f in unseen if not f.startswith("tech/")], [f for f in unseen if f.startswith("tech/")], zyte


def batches(names: tuple[str, ...] = BATCHES) -> dict[str, list[str]]:
    """{batch: file ids} of the batches named: `first`, AUDIT_BBC BBC files then AUDIT_NAEB NAEB texts,
    each group sorted, judged on main's output before any rule was changed; `second`, SECOND_BBC more
    BBC files of the pool (no NAEB text of it is left), drawn and judged after the fixes the first
    prompted, on main's and the fixed output alike, so that it measures both blind; `third`, up to
    THIRD_BBC BBC files numbered above THIRD_BBC_ABOVE then up to THIRD_NAEB NAEB texts, each group
    sorted, of the pools outside round 11 as well and the first two batches, judged blind on integ's
    output; `fourth`, every BBC business and politics file left outside round 12 as well, FOURTH_TECH
    BBC tech files and FOURTH_ZYTE Zyte pages, each group sorted, judged blind on main's output. Only
    the batches named are drawn: entity round 12 leaves out the first two, and the fourth leaves out
    round 12."""
    bbc_pool, naeb_pool = pools()
    rng = random.Random(AUDIT_SEED)
    first = sorted(rng.sample(bbc_pool, AUDIT_BBC)) + sorted(rng.sample(naeb_pool, AUDIT_NAEB))
    rest = [f for f in bbc_pool if f not in first]
    second = sorted(random.Random(SECOND_SEED).sample(rest, SECOND_BBC))
    drawn = set(first + second)
    third_bbc, third_naeb = (
        [f for f in pool if f not in drawn] for pool in pools(THIRD_JUDGED_ROUNDS))
    third_bbc = [f for f in third_bbc if int(Path(f).stem) > THIRD_BBC_ABOVE]
    rng = random.Random(THIRD_SEED)
    # a batch takes what there is when fewer eligible texts remain than it asks for
    third = (sorted(rng.sample(third_bbc, min(THIRD_BBC, len(third_bbc))))
             + sorted(rng.sample(third_naeb, min(THIRD_NAEB, len(third_naeb)))))
    drawn = {"first": first, "second": second, "third": third}
    if "fourth" in names:
        business_politics, tech, zyte = fourth_pools(set(first + second + third))
        rng = random.Random(FOURTH_SEED)
        drawn["fourth"] = (business_politics + sorted(rng.sample(tech, FOURTH_TECH))
                           + sorted(rng.sample(zyte, FOURTH_ZYTE)))
    return {name: drawn[name] for name in names}


def audit_ids() -> list[str]:
    """Every file id of the audit, batch by batch."""
    return [f for ids in batches().values() for f in ids]


if __name__ == "__main__":
    print("\n".join(audit_ids()))
