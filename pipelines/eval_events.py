"""Event evaluation on the hand-annotated articles of eval/events/ (see GUIDELINES.md there).

    python -m pipelines.eval_events [--split SPLIT[+SPLIT...]] [--limit N] [--json] [--misses [TYPE,...]]
    python -m pipelines.eval_events --audit

SPLIT is one of the annotated files of eval/events/: `dev` (default) and `test`, the random sample
(precision and recall), `dev_rich` and `test_rich`, the event-rich supplement (biased towards
articles with events: recall per type), or `dev_fin` and `test_fin`, the money-flow supplement
(biased towards lending, funding and contract words: recall of lend, fund and contract), or the
held-out sets from outside the BBC, `wire` (Reuters wire documents of CoNLL-2003's train split) and
`web` (2023 web news of NAEB's development half), and `wire_dev`, more Reuters wire documents to
tune on, `web_dev`, web pages of the Zyte benchmark to tune on, and `wire_dev2`, Reuters wire
documents of CoNLL-2003's valid split (fresh wire copy, scored blind once, then tuned on), and `dev_rich2`,
every event-rich BBC business/politics file left outside the other splits and the event audit (fresh BBC
text, scored blind once), and `dev_rich3`, every such BBC tech and entertainment file left outside them, the
judged entity rounds and the bench's files (fresh again, scored blind once), and `wire_dev3`, CoNLL-2003 train
documents one transaction word short of the wire pool (fresh wire copy, scored blind once), and `web_dev2`,
every NAEB article with a transaction word outside `web`, the judged entity rounds and the audit (fresh
2023 web news, scored blind once), and `dev3`, BBC business/politics files one transaction word short of
the event-rich pool (fresh BBC text, scored blind once), and `wire_dev4` and `dev4`, the rest of `wire_dev3`'s
and `dev3`'s pools (fresh again, scored blind once), and `wire_dev5` and `dev5`, CoNLL-2003 train documents
and BBC business/politics files two transaction words short of the event-rich pools (fresh again, scored
blind once), and `wire_dev6` and `dev_rich4`, CoNLL-2003 valid documents one or two transaction words short of
`wire_dev2`'s pool and BBC tech/entertainment files one short of `dev_rich3`'s (fresh again, scored blind
once); `+` joins splits, e.g. `dev+dev_rich+dev_fin`.

Each annotated article (a BBC file of ../shared/eval/bbc/, or the text eval/events/selection.py's
`article_text` makes of a wire or web article, written to $WIREHOUSE_HOME/eval/event-texts/) goes
through the same path as `wirehouse extract` (pipelines.cli.article_cards), and the predicted events
are the card's `events` (none when the card has no such field). Gold and predictions are compared
article by article.

Matching. A predicted event matches a gold event of the same article when
  - the types are equal, and
  - for lend, fund, invest, acquire and contract: the predicted agent matches the gold agent and the
    predicted recipient matches the gold recipient (the seller is not required); a role missing from
    the event's own field is taken from a party of `parties` whose `role` names it;
  - for agreement and meet: at least two gold parties are matched by distinct predicted parties
    (all of them when the gold has fewer than two); an event's parties are its `parties` plus any
    agent, recipient or seller it fills.
Each gold and each predicted event takes part in at most one match; predictions are taken in
order and each takes the first gold event still free that it matches.

A predicted party ({entity_id, name, text}, or a plain string) matches a gold name (as written in
the article) when its canonical `name` or its surface `text` does, by any of:
  1. equal normalised names: case-folded, accents and possessive 's removed, punctuation as spaces,
     a leading "the" dropped ("The Bank of England" = "bank of england");
  2. one name's words are a contiguous run of the other's ("Gordon Brown" in "Chancellor Gordon
     Brown", "Vodafone" in "Vodafone Group");
  3. the same surname: the last word that is not a generic organisation word (GENERIC_WORDS:
     "bank", "group", "plc", ...) is equal and at least three letters long ("Mr Ebbers" and
     "Bernard Ebbers"; "Deutsche Bank" and "Deutsche Telekom" differ, as "bank" is generic);
  4. acronyms: one name is a single word that spells the initials of the other's words, with or
     without its function words ("IMF" = "International Monetary Fund", "BoE" = "Bank of England").

Figures, over matched events:
  - per type and micro precision (matched predictions / predictions), recall (matched gold / gold), F1;
  - amount accuracy: of matched events whose gold has an amount, the share whose predicted amount has
    the gold currency and min and max each within 1% of the gold's;
  - status accuracy: the share of matched events with the gold status;
  - articles without gold events: how many of them have predictions (false alarms on their own).

Prints a table; with --misses (optionally limited to some types: `--misses lend,fund`) also lists, per
article, the gold events no prediction matched (with their anchor sentence) and the predictions that
matched no gold event (with their evidence span), for error analysis on the dev splits. With --json writes the figures and, per article, gold, predictions and matches to
$WIREHOUSE_HOME/eval/events.json for error analysis. Exits 0 with a message when the corpus a split
needs is absent from ../shared/eval.

--audit scores instead the audit of issue 9 (eval/events/audit/): it runs the extractor on the
audit sample (audit/sample.py), looks each predicted event up among the hand verdicts of
audit/verdicts.jsonl by file, type, parties as written (role holders and `parties`) and evidence start,
prints precision (events judged `right` / events judged) and the judged events by verdict and cause,
per batch of the sample (audit/sample.py's `batches`) and in all, and lists each prediction no verdict
covers as a verdict line to fill in (precision leaves them out). The same event predicted twice from
the same evidence counts as a duplicate the second time.
Verdicts: `right`; `party_wrong` (cause: the role, or `party`, wrong or missing); `wrong_type` (cause:
the right type, or null); `not_event` (cause: negated, hypothetical, hoped_for, rumoured, generic or
not_transaction); `duplicate` (of another predicted event of the article).
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipelines.eval_entities import prf
from pipelines.settings import Settings

PROJECT = Path(__file__).resolve().parents[1]
GOLD_DIR = PROJECT / "eval" / "events"
EVAL = PROJECT.parent / "shared" / "eval"
BBC = EVAL / "bbc"
# the Zyte benchmark's pages: the web_dev split and the audit's fourth batch (audit/sample.py) draw from them
ZYTE = EVAL / "zyte" / "ground-truth.json"
# the corpus each split's articles come from; BBC for the others
SPLIT_CORPORA = {"wire": EVAL / "conll2003" / "train.txt", "wire_dev": EVAL / "conll2003" / "train.txt",
                 "web": EVAL / "naeb-dev" / "news_articles.json",
                 "web_dev": ZYTE, "wire_dev2": EVAL / "conll2003" / "valid.txt",
                 "wire_dev3": EVAL / "conll2003" / "train.txt", "wire_dev4": EVAL / "conll2003" / "train.txt",
                 "wire_dev5": EVAL / "conll2003" / "train.txt", "wire_dev6": EVAL / "conll2003" / "valid.txt",
                 "wire_dev7": EVAL / "conll2003" / "train.txt",
                 "web_dev2": EVAL / "naeb-dev" / "news_articles.json"}
DIRECTED_TYPES = ("lend", "fund", "invest", "acquire", "contract")
PARTY_TYPES = ("agreement", "meet")
TYPES = DIRECTED_TYPES + PARTY_TYPES
STATUSES = ("done", "agreed", "announced", "planned")
ROLES = ("agent", "recipient", "seller")
AMOUNT_TOLERANCE = 0.01
# words that end many organisation names and so say nothing about which one is meant
GENERIC_WORDS = frozenset("""
    bank banks group company companies co corp corporation inc incorporated plc ltd limited llc ag sa
    nv spa holdings holding international trust fund funds association council committee commission
    authority agency ministry department office government party union federation organisation
    organization institute foundation partners capital investments airlines airways motors
    communications telecom systems services industries technologies foods energy electric
    electronics motor petroleum oil gas steel chemicals pharmaceuticals media insurance financial
    securities resources
""".split())
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "&"})
SURNAME_MIN_LETTERS = 3
AUDIT_DIR = GOLD_DIR / "audit"
# each verdict of the audit and the causes it may give (None: null)
VERDICTS = {"right": frozenset({None}), "party_wrong": frozenset({*ROLES, "party"}),
            "wrong_type": frozenset({*TYPES, None}), "duplicate": frozenset({None}),
            "not_event": frozenset({"negated", "hypothetical", "hoped_for", "rumoured", "generic",
                                    "not_transaction"})}


class GoldError(ValueError):
    """An annotation line that breaks GUIDELINES.md's format."""


# --- names ---------------------------------------------------------------------------------------


def normalised_words(name: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['\u2019]s\b", "", text)
    words = re.sub(r"[^\w&]+", " ", text).split()
    return tuple(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


def contains_run(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def surname(words: tuple[str, ...]) -> str | None:
    specific = [w for w in words if w not in GENERIC_WORDS and w not in FUNCTION_WORDS]
    return specific[-1] if specific and len(specific[-1]) >= SURNAME_MIN_LETTERS else None


def initials(words: tuple[str, ...]) -> set[str]:
    every = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w not in FUNCTION_WORDS)
    return {every, content} if len(words) > 1 else set()


def names_match(a: str, b: str) -> bool:
    """Whether two written names point to the same party (rules 1-4 of the module docstring)."""
    wa, wb = normalised_words(a), normalised_words(b)
    if not wa or not wb:
        return False
    if wa == wb or contains_run(wa, wb) or contains_run(wb, wa):
        return True
    if (sa := surname(wa)) is not None and sa == surname(wb):
        return True
    return (len(wa) == 1 and wa[0] in initials(wb)) or (len(wb) == 1 and wb[0] in initials(wa))


def party_names(party) -> list[str]:
    """The names a predicted party can be matched by: its canonical name and its text as written."""
    if party is None:
        return []
    if isinstance(party, str):
        return [party]
    return [n for n in (party.get("name"), party.get("text")) if n]


def party_matches(predicted, gold_name: str | None) -> bool:
    return gold_name is not None and any(names_match(n, gold_name) for n in party_names(predicted))


# --- events --------------------------------------------------------------------------------------


def all_parties(event: dict) -> list:
    """An event's parties, with the role holders it names (agreement/meet matching)."""
    return [*(event.get("parties") or []), *(event.get(r) for r in ROLES if event.get(r))]


def role_holder(event: dict, role: str):
    """The party in `role`: the event's field, else a party of `parties` that carries that role."""
    return event.get(role) or next((p for p in event.get("parties") or []
                                    if isinstance(p, dict) and p.get("role") == role), None)


def events_match(predicted: dict, gold: dict) -> bool:
    """Whether a predicted event matches a gold event (the module docstring's rule)."""
    if predicted.get("type") != gold["type"]:
        return False
    if gold["type"] in DIRECTED_TYPES:
        return (party_matches(role_holder(predicted, "agent"), gold["agent"])
                and party_matches(role_holder(predicted, "recipient"), gold["recipient"]))
    gold_names = [n for n in all_parties(gold) if isinstance(n, str)]
    free = list(all_parties(predicted))
    matched = 0
    for name in gold_names:
        hit = next((p for p in free if party_matches(p, name)), None)
        if hit is not None:
            free.remove(hit)
            matched += 1
    return matched >= min(2, len(gold_names))


def match_events(predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs, one to one, predictions in order."""
    pairs, taken = [], set()
    for p_index, event in enumerate(predicted):
        g_index = next((i for i, g in enumerate(gold) if i not in taken and events_match(event, g)), None)
        if g_index is not None:
            taken.add(g_index)
            pairs.append((p_index, g_index))
    return pairs


def amount_right(predicted: dict | None, gold: dict) -> bool:
    if not predicted or predicted.get("currency") != gold["currency"]:
        return False
    return all(predicted.get(k) is not None
               and abs(predicted[k] - gold[k]) <= AMOUNT_TOLERANCE * abs(gold[k]) for k in ("min", "max"))


def score(articles: list[tuple[list[dict], list[dict]]]) -> dict:
    """Figures over (predicted, gold) event lists of articles: per type and micro P/R/F1, amount and
    status accuracy on matched events, predictions in articles without gold events, and per article
    the matches ({predicted, gold} indexes, status_right, amount_right: None without a gold amount)."""
    counts = {t: [0, 0, 0, 0] for t in TYPES}  # matched predicted, predicted, matched gold, gold
    amounts, statuses, matches = [0, 0], [0, 0], []
    eventless = {"articles": 0, "with_predictions": 0, "predictions": 0}
    for predicted, gold in articles:
        for event in predicted:
            counts.setdefault(event.get("type"), [0, 0, 0, 0])[1] += 1
        for event in gold:
            counts[event["type"]][3] += 1
        if not gold:
            eventless["articles"] += 1
            eventless["with_predictions"] += bool(predicted)
            eventless["predictions"] += len(predicted)
        article_matches = []
        for p_index, g_index in match_events(predicted, gold):
            p_event, g_event = predicted[p_index], gold[g_index]
            row = counts[g_event["type"]]
            row[0] += 1
            row[2] += 1
            status_right = p_event.get("status") == g_event["status"]
            statuses[0] += status_right
            statuses[1] += 1
            amount = None
            if g_event["amount"] is not None:
                amount = amount_right(p_event.get("amount"), g_event["amount"])
                amounts[0] += amount
                amounts[1] += 1
            article_matches.append({"predicted": p_index, "gold": g_index,
                                    "status_right": status_right, "amount_right": amount})
        matches.append(article_matches)
    totals = [sum(row[i] for row in counts.values()) for i in range(4)]
    return {
        "micro": prf(*totals),
        "types": {str(t): prf(*row) for t, row in counts.items()},
        "amount_accuracy": {"right": amounts[0], "matched_with_gold_amount": amounts[1],
                            "accuracy": amounts[0] / amounts[1] if amounts[1] else None},
        "status_accuracy": {"right": statuses[0], "matched": statuses[1],
                            "accuracy": statuses[0] / statuses[1] if statuses[1] else None},
        "articles_without_events": eventless,
        "matches": matches,
    }


# --- gold ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldArticle:
    file: str
    events: list[dict]


def check_event(event: dict) -> None:
    """Raises GoldError when an annotated event breaks the guidelines' format."""
    if event.get("type") not in TYPES:
        raise GoldError(f"type {event.get('type')!r} is not one of {TYPES}")
    if event.get("status") not in STATUSES:
        raise GoldError(f"status {event.get('status')!r} is not one of {STATUSES}")
    if event["type"] in DIRECTED_TYPES:
        if not (event.get("agent") and event.get("recipient")) or event.get("parties"):
            raise GoldError(f"a {event['type']} names an agent and a recipient and no parties")
    elif any(event.get(r) for r in ROLES) or len(event.get("parties") or []) < 2:
        raise GoldError(f"a {event['type']} names two or more parties and no agent, recipient or seller")
    if event.get("seller") and event["type"] != "acquire":
        raise GoldError("only an acquire has a seller")
    amount = event.get("amount")
    if amount is not None and not (isinstance(amount.get("text"), str) and amount.get("currency")
                                   and 0 <= amount.get("min", -1) <= amount.get("max", -1)):
        raise GoldError(f"amount {amount!r} needs text, currency and 0 <= min <= max")
    anchor = event.get("anchor") or {}
    if not (isinstance(anchor.get("start"), int) and isinstance(anchor.get("end"), int)
            and 0 <= anchor["start"] < anchor["end"]):
        raise GoldError(f"anchor {anchor!r} needs integer offsets start < end")


def load_gold(split: str, gold_dir: Path = GOLD_DIR) -> list[GoldArticle]:
    """The annotated articles of a split, each line checked (GoldError names file and line)."""
    path = gold_dir / f"{split}.jsonl"
    articles, seen = [], set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if row["file"] in seen:
                raise GoldError(f"{row['file']} is annotated twice")
            seen.add(row["file"])
            for event in row["events"]:
                check_event(event)
        except (json.JSONDecodeError, KeyError, TypeError, GoldError) as error:
            raise GoldError(f"{path}:{number}: {error}") from error
        articles.append(GoldArticle(row["file"], row["events"]))
    return articles


def split_names(value: str) -> list[str]:
    """The splits of a --split value ("dev", "dev+dev_rich"); argparse reports an unknown one."""
    names = value.split("+")
    splits = selection().SPLITS
    unknown = [n for n in names if n not in splits]
    if unknown or len(set(names)) != len(names):
        raise argparse.ArgumentTypeError(
            f"{value!r}: give distinct splits of {', '.join(splits)} joined by '+'")
    return names


# --- audit ---------------------------------------------------------------------------------------


def written(party) -> str | None:
    """A predicted party as written in the article (a verdict's names are the text, not the canonical name)."""
    return party if party is None or isinstance(party, str) else party.get("text")


def audit_key(file_id: str, event: dict) -> tuple:
    """What a verdict line and a predicted event are looked up by: file, type, the role holders and
    parties as written, evidence start."""
    return (file_id, event.get("type"), *(written(role_holder(event, r)) for r in ROLES),
            tuple(sorted(written(p) or "" for p in event.get("parties") or [])), event.get("start"))


def load_verdicts(path: Path) -> dict[tuple, dict]:
    """{audit key: verdict line} of a verdicts file, each line checked (GoldError names file and line)."""
    verdicts = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if row["verdict"] not in VERDICTS:
                raise GoldError(f"verdict {row['verdict']!r} is not one of {tuple(VERDICTS)}")
            causes = VERDICTS[row["verdict"]]
            if row.get("cause") not in causes:
                raise GoldError(f"a {row['verdict']} verdict's cause is one of {sorted(map(str, causes))}, "
                                f"not {row.get('cause')!r}")
            if not row.get("reason"):
                raise GoldError("a verdict says why in `reason`")
            key = audit_key(row["file"], row)
            if key in verdicts:
                raise GoldError(f"{row['file']}: the {row['type']} at {row['start']} is judged twice")
        except (json.JSONDecodeError, KeyError, TypeError, GoldError) as error:
            raise GoldError(f"{path}:{number}: {error}") from error
        verdicts[key] = row
    return verdicts


def verdict_line(file_id: str, event: dict) -> dict:
    """A predicted event as a verdict line still to judge."""
    return {"file": file_id, "type": event.get("type"),
            **{r: written(role_holder(event, r)) for r in ROLES},
            "parties": [written(p) for p in event.get("parties") or []],
            "start": event.get("start"), "end": event.get("end"),
            "verdict": None, "cause": None, "reason": None}


def audit_score(predicted: dict[str, list[dict]], verdicts: dict[tuple, dict]) -> dict:
    """Precision of the predicted events ({file id: events}) over those judged, the judged ones
    counted by verdict and by (verdict, cause), and the verdict lines still to judge."""
    by_verdict: dict[str, int] = {}
    by_cause: dict[str, int] = {}
    unjudged = []
    for file_id, events in predicted.items():
        seen = set()
        for event in events:
            key = audit_key(file_id, event)
            # the same event predicted again from the same evidence is a duplicate, whatever its verdict
            row = {"verdict": "duplicate", "cause": None} if key in seen else verdicts.get(key)
            seen.add(key)
            if row is None:
                unjudged.append(verdict_line(file_id, event))
                continue
            by_verdict[row["verdict"]] = by_verdict.get(row["verdict"], 0) + 1
            cause = f"{row['verdict']}: {row.get('cause')}"
            by_cause[cause] = by_cause.get(cause, 0) + 1
    judged = sum(by_verdict.values())
    return {"judged": judged, "right": by_verdict.get("right", 0),
            "precision": by_verdict.get("right", 0) / judged if judged else None,
            "verdicts": by_verdict, "causes": dict(sorted(by_cause.items())), "unjudged": unjudged}


def audit(audit_dir: Path) -> int:
    """The --audit run: the extractor on the audit sample, scored by the verdicts (module docstring)."""
    batches = selection().module_at("audit_sample", audit_dir / "sample.py").batches()
    file_ids = [f for ids in batches.values() for f in ids]
    files = input_files(file_ids, Settings.from_env().home / "eval" / "event-texts")
    events, _ = predicted_events(files)
    predicted, verdicts = dict(zip(file_ids, events)), load_verdicts(audit_dir / "verdicts.jsonl")
    for name, ids in [*batches.items(), ("all", file_ids)] if len(batches) > 1 else [("all", file_ids)]:
        result = audit_score({f: predicted[f] for f in ids}, verdicts)
        precision = "n/a" if result["precision"] is None else f"{result['precision']:.3f}"
        print(f"events, audit ({name}): {len(ids)} articles, {result['judged']} predicted events judged, "
              f"{result['right']} right: precision {precision}")
        for cause, count in result["causes"].items():
            print(f"  {count:>4}  {cause}")
    if result["unjudged"]:
        print(f"{len(result['unjudged'])} predicted events have no verdict yet (judge them by GUIDELINES.md "
              f"and add them to {audit_dir / 'verdicts.jsonl'}):")
        print("\n".join(json.dumps(line, ensure_ascii=False) for line in result["unjudged"]))
    return 0


# --- run -----------------------------------------------------------------------------------------


@functools.cache
def selection():
    """eval/events/selection.py, which draws the splits, lists them and makes each article's text."""
    spec = importlib.util.spec_from_file_location("event_selection", GOLD_DIR / "selection.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def input_files(file_ids: list[str], folder: Path) -> list[Path]:
    """The path `wirehouse extract` reads for each file id: a BBC file where it is, any other
    article's text written into `folder` (named after its id)."""
    article_text = selection().article_text
    paths = []
    for file_id in file_ids:
        if file_id.startswith(("conll/", "naeb/", "zyte/")):
            path = folder / f"{file_id.replace('/', '-')}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(article_text(file_id), encoding="utf-8")
        else:
            path = BBC / file_id
        paths.append(path)
    return paths


def predicted_events(files: list[Path]) -> tuple[list[list[dict]], list[str]]:
    """The events of each file's card, extracted as `wirehouse extract` does, and the card's body
    (the text the events' offsets point into)."""
    from pipelines.cli import article_cards

    cards, errors = article_cards(files, with_entities=True)
    if errors:
        raise RuntimeError(f"annotated articles could not be extracted: {errors}")
    by_source = {card["source"]: card for card in cards}
    return ([by_source[str(path)].get("events") or [] for path in files],
            [by_source[str(path)]["body"] for path in files])


def table(split: str, n_articles: int, result: dict) -> str:
    lines = [f"events, {split} split: {n_articles} articles", "",
             f"{'type':<11}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for name, row in [*result["types"].items(), ("micro", result["micro"])]:
        lines.append(f"{name:<11}{row['gold']:>6}{row['predicted']:>6}"
                     f"{row['precision']:>8.3f}{row['recall']:>8.3f}{row['f1']:>8.3f}")
    for key, total in (("amount_accuracy", "matched_with_gold_amount"), ("status_accuracy", "matched")):
        row = result[key]
        figure = "n/a" if row["accuracy"] is None else f"{row['accuracy']:.3f}"
        lines.append(f"{key.replace('_', ' ')}: {figure} ({row['right']}/{row[total]})")
    eventless = result["articles_without_events"]
    lines.append(f"articles without gold events: {eventless['articles']}, of which "
                 f"{eventless['with_predictions']} with predictions ({eventless['predictions']} events)")
    return "\n".join(lines)


def describe(event: dict) -> str:
    """One line for an event: type, status, its role holders or parties, the amount as written."""
    def name(party) -> str:
        return party if isinstance(party, str) else f"{party.get('text')}={party.get('name')}"

    if event.get("type") in DIRECTED_TYPES:
        sides = f"{name(role_holder(event, 'agent'))} -> {name(role_holder(event, 'recipient'))}"
    else:
        sides = " + ".join(name(p) for p in all_parties(event))
    amount = event.get("amount") or {}
    return f"{event.get('type')} {event.get('status')}: {sides}" + (f" [{amount.get('text')}]" if amount else "")


def misses(gold: list[GoldArticle], predicted: list[list[dict]], bodies: list[str], texts: list[str],
           matches: list[list[dict]], types: set[str]) -> str:
    """The unmatched gold events (MISS, with their anchor sentence from the article) and the
    unmatched predictions (FALSE, with their evidence span), article by article."""
    lines = []
    for article, events, body, text, article_matches in zip(gold, predicted, bodies, texts, matches):
        matched_gold = {m["gold"] for m in article_matches}
        matched_predicted = {m["predicted"] for m in article_matches}
        rows = [f"  MISS  {describe(e)}\n        | {text[e['anchor']['start']:e['anchor']['end']].strip()}"
                for i, e in enumerate(article.events) if i not in matched_gold and e["type"] in types]
        rows += [f"  FALSE {describe(e)}\n        | {body[e['start']:e['end']].strip()}"
                 for i, e in enumerate(events) if i not in matched_predicted and e.get("type") in types]
        if rows:
            lines += [article.file, *rows]
    return "\n".join(lines)


def type_names(value: str) -> set[str]:
    """The event types of a --misses value ("lend,fund"; empty for all)."""
    names = {n for n in value.split(",") if n}
    if names - set(TYPES):
        raise argparse.ArgumentTypeError(f"{value!r}: give event types of {', '.join(TYPES)} joined by ','")
    return names or set(TYPES)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=split_names, default=["dev"],
                        help=f"one of {', '.join(selection().SPLITS)}, or several joined by '+' (default dev)")
    parser.add_argument("--limit", type=int, help="score only the first N annotated articles")
    parser.add_argument("--json", action="store_true", help="write $WIREHOUSE_HOME/eval/events.json")
    parser.add_argument("--audit", action="store_true",
                        help="score the audit sample by its hand verdicts (eval/events/audit/)")
    parser.add_argument("--misses", type=type_names, nargs="?", const=set(TYPES), metavar="TYPE,...",
                        help="list missed gold events and unmatched predictions (of these types only)")
    args = parser.parse_args(argv)
    corpora = {BBC, SPLIT_CORPORA["web"], ZYTE} if args.audit else {SPLIT_CORPORA.get(name, BBC) for name in args.split}
    missing = [path for path in corpora if not path.exists()]
    if missing:
        print(f"skipped: {', '.join(map(str, missing))} not found (the split's evaluation articles are not present)")
        return 0
    if args.audit:
        return audit(AUDIT_DIR)
    split = "+".join(args.split)
    gold = [article for name in args.split for article in load_gold(name)][: args.limit]
    files = input_files([article.file for article in gold], Settings.from_env().home / "eval" / "event-texts")
    predicted, bodies = predicted_events(files)
    result = score([(p, g.events) for p, g in zip(predicted, gold)])
    print(table(split, len(gold), result))
    if args.misses:
        texts = [path.read_text(encoding="utf-8") for path in files]
        print(misses(gold, predicted, bodies, texts, result["matches"], args.misses))
    if args.json:
        out = Settings.from_env().home / "eval" / "events.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        articles = [{"file": g.file, "gold": g.events, "predicted": p, "matches": m}
                    for g, p, m in zip(gold, predicted, result.pop("matches"))]
        out.write_text(json.dumps({"split": split, **result, "articles": articles},
                                  indent=2, ensure_ascii=False, default=str))
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
