"""The entity layer on a held-out sample of articles judged by hand (214, in thirteen rounds).

    python -m pipelines.eval_judged [--unjudged] [--json]

The articles are eval/entities/selection.py's, in rounds (round 1: 10 BBC business/politics files
outside the event splits and 10 NAEB development articles; round 2, judged blind after the fixes
round 1 prompted: 6 and 4; round 3, for issue 11's check on unseen news: 8 BBC files reporting
meetings and 6 NAEB articles, its gold judged before any output was read; round 4, judged the
same way: 6 BBC files where a meeting word is followed by a name; round 5, judged the same way
while another branch changed organisation typing: 12 BBC files and 4 NAEB articles naming
several companies, outlets or agencies; round 6, judged the same way while a further branch changed
it: 12 BBC business, tech, entertainment and sport files and 4 NAEB articles naming companies,
outlets, clubs, labels or agencies; round 7, judged the same way while a further branch changed
it: 10 such BBC files and 6 NAEB articles; round 8, judged the same way while a further branch
changed it: 10 such BBC files and 6 NAEB articles of the first half of the NAEB ids; round 9, judged
the same way, blind, on the final rules: 10 BBC business, politics, tech, entertainment and sport
files and 6 NAEB articles of that half, drawn at random without a prefilter, and a tuning round since;
round 10, drawn and judged the same way, blind, while a further branch fixed round 9's errors: 15 such
BBC files and 8 NAEB articles of that half, and a tuning round since; round 11, drawn and judged
the same way, blind, while a further branch changed organisation typing: 15 such BBC files, the
business and politics ones odd-numbered, and 8 NAEB articles of that half; a tuning round for
countries since, its company figures still blind; round 12, drawn and judged the same way, blind,
while a further branch changed organisation and place typing: 15 such BBC files, the business and
politics ones numbered up to 200 and none of the event audit's, and 8 NAEB articles of that half;
round 13, drawn and judged the same way, blind, on main's extractor: 4 BBC entertainment and 4 sport
files and, instead of NAEB articles, 7 English texts of the Zyte benchmark's gold bodies), each NAEB
article written to a .txt file as its headline, a blank line and its gold text, each Zyte page to a
.json record of its gold body and url. Figures are given per
round and for all. Each article goes through the path of `wirehouse extract`
(pipelines.cli.article_cards), and the card's claims are looked up in
eval/entities/judged_heldout.jsonl: file ids, offsets, names as written and verdicts, no article
text. A judgement holds for the claim exactly as it was judged (same offsets, same country, same
amount), so a claim a later extractor makes differently is reported as unjudged, not scored;
`--unjudged` prints those claims as judgement lines with `"verdict": null`, for a judge to fill in
and add to the file.

Judgement kinds, and the figures they give:
  country          a country the entities list (a COUNTRY entity), verdict `referred` or `false`
                   (the article does not refer to it) → false countries per article;
  mention_country  a place or organisation mention (ORG, COUNTRY, SUBDIVISION, PLACE, REGION) with
                   a country (a country's own code, else its country_code), verdict `right` or
                   `wrong` → the share of place/organisation mentions carrying a wrong country,
                   over all such mentions (one without a country carries no wrong one);
  company          gold: a company, media outlet or news agency named in the text (every mention,
                   offsets in the body, as the card's are, so none in the headline, and name as
                   written; not government bodies, central banks or trade associations);
                   typed ORG when an ORG mention overlaps it and no mention of another type does
                   → the share of company mentions typed ORG;
  amount           an amount the card gives, with its currency, min and max, verdict `right` or
                   `wrong`; missed_amount: gold, a sum of money in the text that no amount covered
                   when judged (wrong while still no amount overlaps it) → share of amounts right;
  money            gold (round 3 on): every sum of money the text states (offsets, as written),
                   judged from the text alone; one no amount overlaps counts as missed_amount does,
                   and the share of these sums that an amount covers is the amount recall;
  met_with         a met_with relation (subject, object, sentence), verdict `right`, or `wrong`
                   when its object is not whom the text says was met (a country or organisation
                   where the text names the person) → share of met_with right; meeting: gold
                   (round 3 on), a meeting the text reports (held, under way or arranged) with
                   both sides named in its sentence (a side it gives by pronoun: the name just
                   before), as `subject` and `object` {start, end, text}, the object the person
                   met where the text names one, one line per pair of sides → the share of these
                   meetings a met_with relation joins (either way round), and of those a `meet`
                   event holds both sides of among its parties.
Exits 0 with a message when ../shared/eval is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JUDGEMENTS = ROOT / "eval" / "entities" / "judged_heldout.jsonl"
PLACE_OR_ORG = frozenset({"ORG", "COUNTRY", "SUBDIVISION", "PLACE", "REGION"})
VERDICTS = {"country": {"referred", "false"}, "mention_country": {"right", "wrong"},
            "amount": {"right", "wrong"}, "met_with": {"right", "wrong"}}
GOLD_KINDS = frozenset({"company", "missed_amount", "money", "meeting"})


def selection():
    sys.path.insert(0, str(ROOT / "eval" / "entities"))
    import selection

    return selection


def rounds() -> dict[int, tuple[str, ...]]:
    """{round: its file ids} (eval/entities/selection.py)."""
    chosen = selection()
    return {round_: chosen.bbc_ids(round_) + chosen.web_ids(round_) for round_ in chosen.ROUNDS}


def input_files(folder: Path, file_ids: list[str]) -> dict[str, Path]:
    """{file id: path of the text `wirehouse extract` reads} for the selected articles."""
    chosen = selection()
    files = {file_id: chosen.EVAL / file_id for file_id in file_ids if file_id.startswith("bbc/")}
    naeb = {str(a["id"]): a for a in json.loads(chosen.NAEB.read_text(encoding="utf-8"))}
    for file_id in (f for f in file_ids if f.startswith("naeb/")):
        article = naeb[file_id.split("/", 1)[1]]
        path = folder / f"naeb-{article['id']}.txt"
        path.write_text(f"{article['title'].strip()}\n\n{article['text'].strip()}\n", encoding="utf-8")
        files[file_id] = path
    # a Zyte page as a scraper's JSON record of its gold body and url (the benchmark gives no headline)
    for file_id in (f for f in file_ids if f.startswith("zyte/")):
        page_id = file_id.split("/", 1)[1]
        path = folder / f"zyte-{page_id}.json"
        path.write_text(json.dumps({"articleBody": chosen.zyte_bodies()[page_id], "url": chosen.zyte_urls()[page_id]},
                                   ensure_ascii=False), encoding="utf-8")
        files[file_id] = path
    return files


def mention_country(entity: dict) -> str | None:
    return entity["iso_code"] if entity["type"] == "COUNTRY" else entity["country_code"]


def claims(file_id: str, card: dict) -> list[dict]:
    """Every judgeable claim of one card, as a judgement line without its verdict."""
    found: list[dict] = []
    countries: dict[str, list[str]] = {}
    for entity in card.get("entities", []):
        if entity["type"] == "COUNTRY":
            countries.setdefault(entity["iso_code"], [])
            if entity["text"] not in countries[entity["iso_code"]]:
                countries[entity["iso_code"]].append(entity["text"])
        if entity["type"] in PLACE_OR_ORG and mention_country(entity):
            found.append({"file": file_id, "kind": "mention_country", "start": entity["start"],
                          "end": entity["end"], "text": entity["text"], "type": entity["type"],
                          "country": mention_country(entity)})
    found += [{"file": file_id, "kind": "country", "iso_code": code, "names": names}
              for code, names in countries.items()]
    found += [{"file": file_id, "kind": "amount", "start": a["start"], "end": a["end"], "text": a["text"],
               "currency": a["currency"], "min": a["min"], "max": a["max"]} for a in card.get("amounts", [])]
    names = {e["entity_id"]: (e["canonical_name"], e["type"]) for e in card.get("entities", [])}
    found += [{"file": file_id, "kind": "met_with", "sentence": r["sentence"],
               "subject": names.get(r["subject"], (r["subject"], None))[0],
               "object": names.get(r["object"], (r["object"], None))[0],
               "object_type": names.get(r["object"], (None, None))[1]}
              for r in card.get("relations", []) if r["predicate"] == "met_with"]
    return found


def key(claim: dict) -> tuple:
    kind = claim["kind"]
    if kind == "country":
        return claim["file"], kind, claim["iso_code"]
    if kind == "mention_country":
        return claim["file"], kind, claim["start"], claim["end"], claim["country"]
    if kind == "amount":
        return claim["file"], kind, claim["start"], claim["end"], claim["currency"], claim["min"], claim["max"]
    if kind == "met_with":
        return claim["file"], kind, claim["sentence"], claim["subject"], claim["object"]
    raise ValueError(f"{kind!r} is no judged claim kind")


def load_judgements(path: Path = JUDGEMENTS) -> tuple[dict[tuple, str], list[dict]]:
    """({claim key: verdict}, gold lines) of the judgement file; a bad line is an error naming it."""
    verdicts, gold = {}, []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        judgement = json.loads(line)
        kind = judgement.get("kind")
        if kind in GOLD_KINDS:
            gold.append(judgement)
        elif judgement.get("verdict") not in VERDICTS.get(kind, ()):
            raise ValueError(f"{path.name} line {number}: kind {kind!r} with verdict "
                             f"{judgement.get('verdict')!r}; expected one of {sorted(VERDICTS.get(kind, ()))}")
        else:
            verdicts[key(judgement)] = judgement["verdict"]
    return verdicts, gold


def overlapping(items: list[dict], start: int, end: int) -> list[dict]:
    return [item for item in items if item["start"] < end and start < item["end"]]


def meeting_sides(card: dict, meeting: dict) -> tuple[set[str], set[str]]:
    """The entity ids of the mentions at the meeting's subject and object."""
    def named(side: dict) -> set[str]:
        return {e["entity_id"] for e in overlapping(card.get("entities", []), side["start"], side["end"])}

    return named(meeting["subject"]), named(meeting["object"])


def met_with_joins(card: dict, meeting: dict) -> bool:
    """Whether a met_with relation joins the entities named at the meeting's two sides."""
    sides = meeting_sides(card, meeting)
    return any(r["subject"] in first and r["object"] in second
               for r in card.get("relations", []) if r["predicate"] == "met_with"
               for first, second in (sides, sides[::-1]))


def meet_event_joins(card: dict, meeting: dict) -> bool:
    """Whether a `meet` event has both sides among its parties."""
    subjects, objects = meeting_sides(card, meeting)
    parties = [{p["entity_id"] for p in event["parties"]} for event in card.get("events", []) if event["type"] == "meet"]
    return any(ids & subjects and ids & objects for ids in parties)


def share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def score(cards: dict[str, dict], verdicts: dict[tuple, str], gold: list[dict]) -> dict:
    counts: Counter = Counter()
    unjudged: list[dict] = []
    false_country_files: set[str] = set()
    for file_id, card in cards.items():
        counts["place_org_mentions"] += sum(e["type"] in PLACE_OR_ORG for e in card.get("entities", []))
        for claim in claims(file_id, card):
            verdict = verdicts.get(key(claim))
            if verdict is None:
                unjudged.append({**claim, "verdict": None})
            counts[f"{claim['kind']}:{verdict or 'unjudged'}"] += 1
            if claim["kind"] == "country" and verdict == "false":
                false_country_files.add(file_id)
    for item in gold:
        card = cards.get(item["file"], {})
        if item["kind"] == "company":
            types = {e["type"] for e in overlapping(card.get("entities", []), item["start"], item["end"])}
            counts["company:" + ("org" if types == {"ORG"} else "missing" if not types else "not_org")] += 1
        elif item["kind"] == "meeting":
            counts["meeting:gold"] += 1
            counts["meeting:found"] += met_with_joins(card, item)
            counts["meeting:event"] += meet_event_joins(card, item)
        elif not overlapping(card.get("amounts", []), item["start"], item["end"]):
            counts["amount:wrong"] += 1
            counts["amount:missed"] += 1
        elif item["kind"] == "money":
            counts["money:found"] += 1
        counts["money:sums"] += item["kind"] == "money"
    amounts = counts["amount:right"] + counts["amount:wrong"]
    companies = counts["company:org"] + counts["company:missing"] + counts["company:not_org"]
    met = counts["met_with:right"] + counts["met_with:wrong"]
    return {
        "articles": len(cards),
        "false_countries": counts["country:false"],
        "articles_with_a_false_country": len(false_country_files),
        "countries_judged": counts["country:referred"] + counts["country:false"],
        "place_org_mentions": counts["place_org_mentions"],
        "wrong_country_mentions": counts["mention_country:wrong"],
        "wrong_country_share": share(counts["mention_country:wrong"], counts["place_org_mentions"]),
        "company_mentions": companies,
        "companies_typed_org": counts["company:org"],
        "companies_not_org": counts["company:not_org"],
        "companies_missing": counts["company:missing"],
        "company_org_share": share(counts["company:org"], companies),
        "amounts": amounts,
        "amounts_right": counts["amount:right"],
        "amounts_missed": counts["amount:missed"],
        "amount_right_share": share(counts["amount:right"], amounts),
        "money_sums": counts["money:sums"],
        "money_sums_found": counts["money:found"],
        "met_with": met,
        "met_with_right": counts["met_with:right"],
        "meetings": counts["meeting:gold"],
        "meetings_found": counts["meeting:found"],
        "meetings_as_meet_events": counts["meeting:event"],
        "unjudged": len(unjudged),
        "unjudged_claims": unjudged,
    }


def table(name: str, result: dict) -> str:
    def pct(value):
        return "n/a" if value is None else f"{100 * value:.1f}%"

    return "\n".join([
        f"judged held-out sample, {name}: {result['articles']} articles",
        f"  false countries           {result['false_countries']} of {result['countries_judged']} "
        f"({result['articles_with_a_false_country']} articles with one)",
        f"  wrong-country mentions    {result['wrong_country_mentions']} of {result['place_org_mentions']} "
        f"place/org mentions ({pct(result['wrong_country_share'])}; target < 2%)",
        f"  companies typed ORG       {result['companies_typed_org']} of {result['company_mentions']} "
        f"({pct(result['company_org_share'])}; {result['companies_not_org']} other type, "
        f"{result['companies_missing']} not found)",
        f"  amounts right             {result['amounts_right']} of {result['amounts']} "
        f"({pct(result['amount_right_share'])}; {result['amounts_missed']} missed; target >= 98%)",
        *([f"  sums of money found       {result['money_sums_found']} of {result['money_sums']} "
           f"(judged from the text before the output)"] if result["money_sums"] else []),
        f"  met_with right            {result['met_with_right']} of {result['met_with']}",
        *([f"  meetings found            {result['meetings_found']} of {result['meetings']} "
           f"(a met_with joining the two named sides; {result['meetings_as_meet_events']} as a meet "
           f"event's parties)"] if result["meetings"] else []),
        f"  unjudged claims           {result['unjudged']}" + (" (not scored; --unjudged lists them)"
                                                                if result["unjudged"] else ""),
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", action="store_true", help="print the unjudged claims as judgement lines")
    parser.add_argument("--json", action="store_true", help="write the figures to $WIREHOUSE_HOME/eval/judged.json")
    args = parser.parse_args(argv)
    if not selection().EVAL.is_dir():
        print(f"skipped: {selection().EVAL} not found (the evaluation sets are not present)")
        return 0
    from pipelines.cli import article_cards
    from pipelines.settings import Settings

    by_round = rounds()
    with tempfile.TemporaryDirectory() as folder:
        files = input_files(Path(folder), [f for file_ids in by_round.values() for f in file_ids])
        cards, errors = article_cards(list(files.values()), with_entities=True)
    if errors:
        raise SystemExit(f"articles not extracted: {errors}")
    cards_by_file = dict(zip(files, cards))
    verdicts, gold = load_judgements()
    results = {f"round {round_}": score({f: cards_by_file[f] for f in file_ids}, verdicts,
                                        [g for g in gold if g["file"] in file_ids])
               for round_, file_ids in by_round.items()}
    results["all"] = score(cards_by_file, verdicts, gold)
    if args.unjudged:
        for claim in results["all"]["unjudged_claims"]:
            print(json.dumps(claim, ensure_ascii=False))
        return 0
    print("\n\n".join(table(name, result) for name, result in results.items()))
    if args.json:
        out = Settings.from_env().home / "eval" / "judged.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
