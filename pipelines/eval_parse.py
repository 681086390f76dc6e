"""Parsing quality on the evaluation sets in ../shared/eval/, beside reference systems, in one run.

    python -m pipelines.eval_parse [--limit N] [--sets zyte,naeb-dev,naeb-tune,naeb-held-out]

Sets (skipped with a message when ../shared/eval/ is absent):
  zyte      181 article pages; gold article body. Ours, plain trafilatura run live, and the 9
            published reference outputs of the benchmark, all scored by the same code here.
            Authors on the 71 pages hand-annotated in eval/parse/zyte_authors.json (unseen pages:
            never used for tuning).
  naeb-dev  209 news pages; gold body, title, authors and date. Ours and plain trafilatura live.
  naeb-tune, naeb-held-out
            the two halves of naeb-dev split by site in eval/parse/naeb_split.json (zyte has no
            author gold, so metadata rules are tuned on naeb-tune and reported on naeb-held-out).

The metrics are those of ../shared/eval/README.md:
  body      `\\w+` tokens, 4-token shingles with multiplicity; per document tp = Σ min(gold, predicted),
            fp = predicted excess, fn = gold excess, normalised to sum 1; precision = mean over
            documents with tp+fp > 0 of tp/(tp+fp) (1 when fp = fn = 0), recall likewise (tp+fn > 0);
            F1 = harmonic mean of the two means.
  title     exact after whitespace normalisation and case-folding (articles with a gold title).
  authors   the set of normalised names equals the gold set (articles with gold authors).
  date      same calendar day (articles with a gold date).
  ms        median milliseconds per article (decoding + parsing; for trafilatura, its extraction).

Prints a table and writes JSON to $WIREHOUSE_HOME/eval/parse.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from pipelines.settings import Settings

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SETS = ("zyte", "naeb-dev", "naeb-tune", "naeb-held-out")
DEFAULT_SETS = ("zyte", "naeb-dev")
NAEB_SPLIT = Path(__file__).resolve().parents[1] / "eval" / "parse" / "naeb_split.json"
ZYTE_AUTHORS = Path(__file__).resolve().parents[1] / "eval" / "parse" / "zyte_authors.json"
NAEB_HALVES = {"naeb-tune": "tune", "naeb-held-out": "held_out"}
SHINGLE_TOKENS = 4
TOKEN = re.compile(r"\w+", re.UNICODE)


# ---- metrics ---------------------------------------------------------------------------------

def shingles(text: str | None, n: int = SHINGLE_TOKENS) -> Counter:
    """Counts of the n-token shingles of `text`; a text shorter than n tokens is one shingle."""
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def shingle_counts(gold: str | None, predicted: str | None) -> tuple[float, float, float]:
    """(tp, fp, fn) of one document, normalised to sum 1 (all zero when both texts are empty)."""
    gold_counts, predicted_counts = shingles(gold), shingles(predicted)
    tp = sum((gold_counts & predicted_counts).values())
    fp = sum((predicted_counts - gold_counts).values())
    fn = sum((gold_counts - predicted_counts).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def body_scores(counts: Iterable[tuple[float, float, float]]) -> dict[str, float]:
    """precision, recall and F1 over documents' normalised (tp, fp, fn)."""
    precisions, recalls = [], []
    for tp, fp, fn in counts:
        if fp == fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def normalise_title(title: str | None) -> str:
    return " ".join((title or "").split()).casefold()


def normalise_names(names: Iterable[str]) -> frozenset[str]:
    """Names compared by their word characters, case-folded: "George T. Conway III" and
    "george t conway iii" are one name."""
    return frozenset(n for n in (" ".join(TOKEN.findall(name.casefold())) for name in names) if n)


def gold_names(authors: str | list[str] | None) -> frozenset[str]:
    """naeb-dev lists a story's authors comma-separated in one string."""
    if isinstance(authors, list):
        return normalise_names(authors)
    return normalise_names((authors or "").split(","))


def same_day(gold: str | None, predicted: str | None) -> bool:
    return bool(gold and predicted and predicted[:10] == gold[:10])


# ---- systems ---------------------------------------------------------------------------------

@dataclass
class Prediction:
    body: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601
    seconds: float = 0.0


def run_ours(data: bytes, url: str | None) -> Prediction:
    from assets.parsed.dispatch import parse_document
    from assets.raw.intake import decode_bytes

    started = time.perf_counter()
    article = parse_document(decode_bytes(data, html=True).text, "text/html")
    return Prediction(article.body, article.headline, article.authors, article.published,
                      time.perf_counter() - started)


def run_trafilatura(data: bytes, url: str | None) -> Prediction:
    """trafilatura as installed, with its defaults (what a user gets from `bare_extraction`)."""
    from trafilatura import bare_extraction

    started = time.perf_counter()
    document = bare_extraction(data, url=url, with_metadata=True)
    seconds = time.perf_counter() - started
    if document is None:
        return Prediction(seconds=seconds)
    authors = re.split(r"\s*[;,]\s*", document.author) if document.author else []
    return Prediction(document.text or "", document.title, authors, document.date, seconds)


SYSTEMS: dict[str, Callable[[bytes, str | None], Prediction]] = {
    "wirehouse": run_ours,
    "trafilatura (live)": run_trafilatura,
}


def trafilatura_version() -> str:
    import trafilatura

    return trafilatura.__version__


# ---- sets ------------------------------------------------------------------------------------

@dataclass
class Case:
    case_id: str
    html_path: Path
    url: str | None
    body: str
    title: str | None = None
    authors: frozenset[str] | None = None  # None: the set has no author gold
    date: str | None = None


def zyte_cases(root: Path) -> list[Case]:
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    authors = json.loads(ZYTE_AUTHORS.read_text(encoding="utf-8"))["authors"]
    return [
        Case(case_id, root / "html" / f"{case_id}.html.gz", item.get("url"), item["articleBody"],
             authors=normalise_names(authors[case_id]) if case_id in authors else None)
        for case_id, item in sorted(gold.items())
        if (root / "html" / f"{case_id}.html.gz").exists()
    ]


def naeb_cases(root: Path) -> list[Case]:
    gold = json.loads((root / "news_articles.json").read_text(encoding="utf-8"))
    return [
        Case(str(item["id"]), root / "html" / f"{item['html_file']}.html.gz", item.get("link"), item["text"],
             item.get("title"), gold_names(item.get("authors")), item.get("date") or None)
        for item in gold
        if item.get("html_file") and (root / "html" / f"{item['html_file']}.html.gz").exists()
    ]


def naeb_half(root: Path, half: str) -> list[Case]:
    """The naeb-dev articles of one half ("tune" or "held_out") of the split fixed by site."""
    ids = {str(i) for i in json.loads(NAEB_SPLIT.read_text(encoding="utf-8"))[half]}
    return [case for case in naeb_cases(root) if case.case_id in ids]


def set_cases(name: str) -> list[Case]:
    if name == "zyte":
        return zyte_cases(EVAL / "zyte")
    if name in NAEB_HALVES:
        return naeb_half(EVAL / "naeb-dev", NAEB_HALVES[name])
    return naeb_cases(EVAL / name)


def set_root(name: str) -> Path:
    return EVAL / ("naeb-dev" if name in NAEB_HALVES else name)


def reference_outputs(root: Path) -> dict[str, dict[str, str]]:
    """The benchmark's published outputs: {system: {case id: article body}}."""
    outputs = {}
    for path in sorted((root / "reference-outputs").glob("*.json")):
        items = json.loads(path.read_text(encoding="utf-8"))
        # Some files nest the outputs under "output" beside the tool's "version".
        items = items.get("output", items) if "version" in items else items
        outputs[f"{path.stem} (published)"] = {k: v.get("articleBody") or "" for k, v in items.items()
                                               if isinstance(v, dict)}
    return outputs


# ---- scoring ---------------------------------------------------------------------------------

@dataclass
class Score:
    system: str
    articles: int
    precision: float
    recall: float
    f1: float
    title: float | None = None
    authors: float | None = None
    date: float | None = None
    median_ms: float | None = None


def _share(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def score(system: str, cases: list[Case], predictions: dict[str, Prediction], timed: bool,
          metadata: bool) -> Score:
    scored = [(case, predictions.get(case.case_id, Prediction())) for case in cases]
    body = body_scores(shingle_counts(case.body, p.body) for case, p in scored)
    result = Score(system, len(scored), **body)
    if metadata:
        result.title = _share([normalise_title(p.title) == normalise_title(c.title) for c, p in scored if c.title])
        result.authors = _share([normalise_names(p.authors) == c.authors for c, p in scored if c.authors])
        result.date = _share([same_day(c.date, p.published) for c, p in scored if c.date])
    if timed:
        result.median_ms = 1000 * statistics.median(p.seconds for _c, p in scored)
    return result


def per_case(cases: list[Case], predictions: dict[str, Prediction]) -> list[dict]:
    """Each article's body F1 and metadata verdicts, to find where a system loses."""
    rows = []
    for case in cases:
        predicted = predictions[case.case_id]
        tp, fp, fn = shingle_counts(case.body, predicted.body)
        row = {"id": case.case_id, "url": case.url, "body_f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0}
        if case.title is not None:
            row["title_ok"] = normalise_title(predicted.title) == normalise_title(case.title)
        if case.authors:
            row["authors_ok"] = normalise_names(predicted.authors) == case.authors
            row["authors"] = predicted.authors
        if case.date:
            row["date_ok"] = same_day(case.date, predicted.published)
        rows.append(row)
    return rows


def evaluate_set(name: str, limit: int | None = None) -> tuple[list[Score], list[dict]]:
    cases = set_cases(name)
    cases = cases[:limit] if limit else cases
    scores, details = [], []
    for system, run in SYSTEMS.items():
        predictions = {}
        for case in cases:
            data = gzip.decompress(case.html_path.read_bytes())
            predictions[case.case_id] = run(data, case.url)
        # On zyte only authors have gold (the hand annotation); title and date come out as "-".
        scores.append(score(system, cases, predictions, timed=True, metadata=True))
        if system == "wirehouse":
            details = per_case(cases, predictions)
    if name == "zyte":
        for system, bodies in reference_outputs(EVAL / "zyte").items():
            predictions = {case_id: Prediction(body) for case_id, body in bodies.items()}
            scores.append(score(system, cases, predictions, timed=False, metadata=False))
    return scores, details


def _cell(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "-"
    return f"{100 * value:.1f}%" if percent else f"{value:.3f}"


def table(name: str, scores: list[Score]) -> str:
    lines = [f"{name}  ({scores[0].articles} articles)",
             f"  {'system':28} {'P':>6} {'R':>6} {'F1':>6} {'title':>7} {'authors':>8} {'date':>7} {'ms/art':>7}"]
    for s in scores:
        ms = f"{s.median_ms:.1f}" if s.median_ms is not None else "-"
        lines.append(
            f"  {s.system:28} {_cell(s.precision):>6} {_cell(s.recall):>6} {_cell(s.f1):>6} "
            f"{_cell(s.title, True):>7} {_cell(s.authors, True):>8} {_cell(s.date, True):>7} {ms:>7}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N articles of each set")
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS), help=f"comma-separated, from {', '.join(SETS)}")
    args = parser.parse_args(argv)
    if not EVAL.is_dir():
        print(f"skipping: no evaluation sets at {EVAL}")
        return 0
    report = {"created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
              "trafilatura_version": trafilatura_version(), "limit": args.limit, "sets": {}}
    for name in args.sets.split(","):
        if name not in SETS or not set_root(name).is_dir():
            print(f"skipping {name}: not one of {SETS} or not at {set_root(name)}")
            continue
        scores, details = evaluate_set(name, args.limit)
        print(table(name, scores), end="\n\n", flush=True)
        report["sets"][name] = {"scores": [asdict(s) for s in scores], "wirehouse_per_article": details}
    out = Settings.from_env().home / "eval" / "parse.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
