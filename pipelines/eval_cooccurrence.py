"""How useful `co_occurs_with` is: the share of its pairs that a reader judges a real relation
between the two named actors in that sentence, and how many pairs an article gets.

    python -m pipelines.eval_cooccurrence [--draft N]

The articles are the `dev` split of eval/events/ (120 random BBC business and politics articles,
../shared/eval/bbc). Without --draft: extracts them as `wirehouse extract` does, counts the
co_occurs_with pairs per article, and scores the pairs of eval/cooccurrence/judged.jsonl that the
extraction still makes (a judged pair the current rule no longer makes is reported as dropped,
useful or not). With --draft N: writes a seeded sample of N current pairs to
$WIREHOUSE_HOME/eval/cooccurrence_draft.jsonl with `useful` left null, for judging by hand, and
prints each with its sentence (the text stays out of the project).

A judgement line: {"file", "sentence" (index in the body), "subject": {"entity_id", "text",
"start", "end"}, "object": {...}, "useful": true|false, "note"}; offsets are body offsets of the
first mention of each entity in that sentence. Useful means the sentence states a relation between
the two actors (one acts on, with, for or against the other, or one belongs to the other), not
merely that both are named. Exits 0 with a message when ../shared/eval/bbc is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from pipelines.eval_events import BBC, load_gold
from pipelines.settings import Settings

PROJECT = Path(__file__).resolve().parents[1]
JUDGED = PROJECT / "eval" / "cooccurrence" / "judged.jsonl"
SPLIT = "dev"
DRAFT_SEED = 20263
PREDICATE = "co_occurs_with"


def article_pairs(files: list[str]) -> dict[str, list[dict]]:
    """Per file, its co_occurs_with pairs with the first mention of each side in the sentence."""
    from pipelines.cli import article_cards

    cards, errors = article_cards([BBC / f for f in files], with_entities=True)
    if errors:
        raise RuntimeError(f"articles could not be extracted: {errors}")
    by_source = {card["source"]: card for card in cards}
    pairs = {}
    for file in files:
        card = by_source[str(BBC / file)]
        first = {}
        for entity in card["entities"]:
            first.setdefault((entity["sentence"], entity["entity_id"]), entity)
        pairs[file] = [
            {"file": file, "sentence": r["sentence"],
             "subject": side(first[(r["sentence"], r["subject"])]), "object": side(first[(r["sentence"], r["object"])]),
             "body": card["body"]}
            for r in card["relations"] if r["predicate"] == PREDICATE and r.get("section", "body") == "body"]
    return pairs


def side(entity: dict) -> dict:
    return {k: entity[k] for k in ("entity_id", "text", "start", "end")}


def pair_key(pair: dict) -> tuple:
    return pair["file"], pair["sentence"], pair["subject"]["entity_id"], pair["object"]["entity_id"]


def load_judged(path: Path = JUDGED) -> list[dict]:
    """The judged pairs; a line without a true/false verdict is an error naming its line."""
    judged = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            if not isinstance(row.get("useful"), bool):
                raise ValueError(f"{path}:{number}: 'useful' must be true or false")
            judged.append(row)
    return judged


def score(pairs: dict[str, list[dict]], judged: list[dict]) -> dict:
    """Pairs per article, and the judged pairs' useful share: all judged, kept by the current
    extraction, and dropped by it."""
    current = {pair_key(p) for ps in pairs.values() for p in ps}
    kept = [j for j in judged if pair_key(j) in current]
    dropped = [j for j in judged if pair_key(j) not in current]

    def share(rows):
        return {"pairs": len(rows), "useful": sum(r["useful"] for r in rows),
                "share": sum(r["useful"] for r in rows) / len(rows) if rows else None}

    total = sum(len(ps) for ps in pairs.values())
    return {"articles": len(pairs), "pairs": total, "pairs_per_article": total / len(pairs) if pairs else 0.0,
            "judged": share(judged), "kept": share(kept), "dropped": share(dropped)}


def draft(pairs: dict[str, list[dict]], size: int) -> Path:
    every = [p for ps in pairs.values() for p in ps]
    sample = random.Random(DRAFT_SEED).sample(every, min(size, len(every)))
    out = Settings.from_env().home / "eval" / "cooccurrence_draft.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for pair in sample:
            body = pair.pop("body")
            start, end = pair["subject"]["start"], pair["object"]["end"]
            print(f"{pair['file']} #{pair['sentence']}: {pair['subject']['text']} ~ {pair['object']['text']}\n"
                  f"    {body[max(0, min(start, pair['object']['start']) - 120):max(end, pair['subject']['end']) + 120]}")
            handle.write(json.dumps({**pair, "useful": None}, ensure_ascii=False) + "\n")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draft", type=int, metavar="N", help="write a sample of N current pairs to judge")
    args = parser.parse_args(argv)
    if not BBC.is_dir():
        print(f"skipped: {BBC} not found (the BBC evaluation articles are not present)")
        return 0
    pairs = article_pairs([article.file for article in load_gold(SPLIT)])
    if args.draft:
        print(f"wrote {draft(pairs, args.draft)}")
        return 0
    result = score(pairs, load_judged())
    print(f"co_occurs_with on the {SPLIT} split: {result['articles']} articles, {result['pairs']} pairs "
          f"({result['pairs_per_article']:.2f} per article)")
    for name in ("judged", "kept", "dropped"):
        row = result[name]
        figure = "n/a" if row["share"] is None else f"{row['share']:.2f}"
        print(f"  {name:<8} {row['pairs']:>3} judged pairs, {row['useful']:>3} useful: share {figure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
