"""Fingerprints of `wirehouse extract` cards, to prove a refactoring of the entity chain
output-identical: one sha256 per document set (re3d, a fixed BBC sample, the seed) and a file of
per-document hashes under data/ so a difference can be located.

    python -m pipelines.extract_fingerprint [--bbc-limit 300] [--out data/extract-fingerprint.tsv]

Cards are built as `wirehouse extract` builds them (raw intake, parse, sentences, extractor) and
hashed as canonical JSON. Words per second (wall and CPU) of the extractor alone are printed
beside them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from pipelines.bench import BBC, DEFAULT_LIMIT, choose_files, count_words
from pipelines.cli import _plain, article_texts, extraction_card, parsed_card
from pipelines.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
RE3D = SHARED / "eval" / "re3d"
SEEDS = SHARED / "seeds"


def re3d_documents() -> Iterator[tuple[str, str, bytes]]:
    """(source, file name, bytes) of every re3d document, as a user would drop its text in."""
    for path in sorted(RE3D.glob("*/documents.json")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                yield f"re3d/{path.parent.name}/{row['_id']}", f"{row['_id']}.txt", row["text"].encode("utf-8")


def file_documents(paths: list[Path]) -> Iterator[tuple[str, str, bytes]]:
    for path in paths:
        yield str(path.relative_to(SHARED)), path.name, path.read_bytes()


def document_sets(bbc_limit: int) -> dict[str, list[tuple[str, str, bytes]]]:
    """The three sets; a set whose folder is absent is left out (and said so)."""
    sets = {
        "re3d": list(re3d_documents()),
        # the files `make bench` measures (it falls back to the team's samples without BBC)
        "bbc": list(file_documents([path for _, path in choose_files(bbc_limit)[0]])) if BBC.is_dir() else [],
        "seed": list(file_documents(sorted(SEEDS.glob("*.txt")))),
    }
    for name, documents in sets.items():
        if not documents:
            print(f"{name}: no documents found under {SHARED}", file=sys.stderr)
    return {name: documents for name, documents in sets.items() if documents}


def cards(documents: list[tuple[str, str, bytes]], settings: Settings) -> tuple[list[dict], float, float, int]:
    """The extract cards of documents (rejects as error cards), the extractor's wall and CPU
    seconds, and the words of the bodies."""
    from assets.entities.extract import EntityExtractor
    from assets.parsed.dispatch import parse_document
    from assets.raw.intake import Accepted, read_document

    built, parsed, articles = [], [], []
    for source, name, data in documents:
        for document in read_document(name, data, settings.max_document_bytes):
            if not isinstance(document, Accepted):
                built.append({"source": source, "error": {"reason_code": document.reason_code}})
                continue
            article = parse_document(document.text, document.content_type)
            card = parsed_card(source, document, article)
            built.append(card)
            parsed.append(card)
            articles.append(article)
    texts = article_texts(parsed, articles)
    started, cpu_started = time.perf_counter(), time.process_time()
    extractions = list(EntityExtractor().extract(texts))
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    for card, extraction in zip(parsed, extractions):
        card.update(extraction_card(extraction))
    return built, seconds, cpu_seconds, count_words([a.body for a in articles])


def card_hash(card: dict) -> str:
    text = json.dumps(card, ensure_ascii=False, sort_keys=True, default=_plain)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc-limit", type=int, default=DEFAULT_LIMIT, help="BBC files, as `make bench` picks them")
    parser.add_argument("--out", type=Path, help="per-document hashes (default WIREHOUSE_HOME/extract-fingerprint.tsv)")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    out = args.out or settings.home / "extract-fingerprint.tsv"
    sets = document_sets(args.bbc_limit)
    if not sets:
        print(f"extract-fingerprint: no evaluation data under {SHARED}", file=sys.stderr)
        return 2
    from assets.entities.extract import load_pipeline

    load_pipeline()  # model load is not part of the throughput figure
    rows = []
    for name, documents in sets.items():
        built, seconds, cpu_seconds, words = cards(documents, settings)
        hashes = [(card["source"], card_hash(card)) for card in built]
        rows += [(name, source, digest) for source, digest in hashes]
        whole = hashlib.sha256("".join(f"{s}\t{h}\n" for s, h in hashes).encode()).hexdigest()
        # words per CPU second too: on a shared machine the wall clock measures the neighbours
        print(f"{name}\t{whole}\t{len(built)} documents\t{words / seconds:,.0f} words/s, "
              f"{words / cpu_seconds:,.0f} words/CPU-s ({words} words, {seconds:.1f} s, {cpu_seconds:.1f} CPU-s)")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    print(f"per-document hashes: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
