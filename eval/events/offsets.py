"""Anchor offsets for event annotations, from snippets looked up while annotating.

    PYTHONPATH=. python eval/events/offsets.py WORKING.jsonl >> eval/events/dev.jsonl

WORKING.jsonl (kept outside the project, as it quotes the articles) has the lines of the final
format (see GUIDELINES.md) with each event's anchor written as {"snippet": "..."}: a piece of the
anchor sentence that occurs once in the file. The anchor becomes the {start, end} of the sentence
holding the snippet, as the project's sentence splitter cuts the file's text, so the stored
annotations hold offsets and no article text. A snippet that is missing or not unique stops the
conversion with the file and snippet named.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from selection import article_text  # eval/events/selection.py, beside this script


def anchor(text: str, sentences: list[tuple[int, int]], snippet: str, file: str) -> dict[str, int]:
    at = text.find(snippet)
    if at < 0 or text.find(snippet, at + 1) >= 0:
        raise SystemExit(f"{file}: snippet {'not found' if at < 0 else 'not unique'}: {snippet!r}")
    start, end = next((s, e) for s, e in sentences if s <= at < e)
    return {"start": start, "end": max(end, at + len(snippet))}


def main(path: Path) -> None:
    from assets.parsed.sentences import split_sentences

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [article_text(row["file"]) for row in rows]
    for row, text, sentences in zip(rows, texts, split_sentences(texts)):
        for event in row["events"]:
            event["anchor"] = anchor(text, sentences, event["anchor"]["snippet"], row["file"])
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
