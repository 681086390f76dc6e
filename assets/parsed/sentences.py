"""Sentence spans inside article bodies, from spaCy's statistical sentence recogniser.

Only the `senter` component runs (it carries its own small tok2vec), which is several times faster
than the parser. Each paragraph is segmented on its own, so a sentence never crosses a paragraph
boundary; a huge paragraph is segmented in pieces (assets/text_pieces.py).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from assets.text_pieces import text_pieces

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A word all in lower case ("and", not "eBay" or "iPhone", names that open sentences).
LOWER_CASE_WORD = re.compile(r"[a-z]+\b")
# A form of address with its full stop, which the recogniser may take for a sentence's end before
# the name it goes with ("the Minister for Finance, Hon. Dr. Hassan Mwakyusa"; "Eng. Baraka").
ADDRESS_BEFORE_NAME = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng|Engr|Rev|H\.E)\.$")
SPACY_PIECE_CHARS = 100_000  # well under spaCy's max_length; about 100 MB of spaCy memory
SENTER_ONLY_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]


@lru_cache(maxsize=1)
def sentence_model():
    """The spaCy pipeline with only `senter`, loaded once per process."""
    from assets.english_model import load_english

    nlp = load_english(exclude=SENTER_ONLY_EXCLUDE)
    nlp.enable_pipe("senter")
    return nlp


def paragraph_ranges(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph of `body`, trimmed of whitespace."""
    ranges, start = [], 0
    for match in [*PARAGRAPH_BREAK.finditer(body), None]:
        end = match.start() if match else len(body)
        ranges.extend(_trimmed(body, start, end))
        start = match.end() if match else len(body)
    return ranges


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return []
    offset = start + (len(piece) - len(piece.lstrip()))
    return [(offset, offset + len(stripped))]


def split_sentences(bodies: list[str], batch_size: int = 16) -> list[list[tuple[int, int]]]:
    """For each body, the (start, end) character spans of its sentences, in order. A paragraph
    longer than SPACY_PIECE_CHARS goes to spaCy in pieces cut at sentence ends (memory stays
    bounded and spaCy's max_length is never reached)."""
    owners, piece_texts = [], []
    for body_index, body in enumerate(bodies):
        for start, end in paragraph_ranges(body):
            for piece in text_pieces(body[start:end], SPACY_PIECE_CHARS):
                owners.append((body_index, start + piece.start))
                piece_texts.append(piece.text)
    spans: list[list[tuple[int, int]]] = [[] for _ in bodies]
    if not piece_texts:
        return spans
    nlp = sentence_model()
    docs = nlp.pipe(piece_texts, batch_size=batch_size)
    for (body_index, piece_start), doc in zip(owners, docs):
        body, found = bodies[body_index], spans[body_index]
        joining = False
        for sentence in doc.sents:
            start, end = piece_start + sentence.start_char, piece_start + sentence.end_char
            for start, end in _trimmed(body, start, end):
                # no sentence opens on a lower-case word ("Danubia Rail Systems Kft. and the railway")
                if found and (joining and body[start].isupper() or LOWER_CASE_WORD.match(body, start)) \
                        and found[-1][1] > piece_start:
                    start = found.pop()[0]
                found.append((start, end))
                joining = ADDRESS_BEFORE_NAME.search(body, max(0, end - 6), end) is not None
    return spans


@dataclass(frozen=True)
class SentenceRow:
    index: int
    paragraph_index: int
    start: int
    end: int
    text: str


def sentence_rows(
    body: str, spans: list[tuple[int, int]], paragraph_spans: list[tuple[int, int]]
) -> list[SentenceRow]:
    """Sentence rows with the index of the paragraph each sentence lies in."""
    paragraph_starts = [start for start, _ in paragraph_spans]
    rows = []
    for index, (start, end) in enumerate(spans):
        paragraph_index = bisect_right(paragraph_starts, start) - 1
        rows.append(SentenceRow(index, paragraph_index, start, end, body[start:end]))
    return rows


def split_sections(sections: list[list[tuple[str, str]]]) -> list[list[list[tuple[int, int]]]]:
    """For each article's (section, text) list (ParsedArticle.section_texts), the sentence spans
    of each text, split in one pass as split_sentences splits bodies."""
    spans = iter(split_sentences([text for texts in sections for _, text in texts]))
    return [[next(spans) for _ in texts] for texts in sections]


def section_sentence_rows(sections: list[tuple[str, str]], spans: list[list[tuple[int, int]]],
                          first_index: int) -> list[tuple[str, SentenceRow]]:
    """(section, row) of the sentences of an article's other sections, numbered on from
    first_index (the body's sentence count); a caption is a paragraph of the caption section."""
    rows = []
    for (section, text), text_spans in zip(sections, spans):
        for row in sentence_rows(text, text_spans, paragraph_ranges(text)):
            rows.append((section, dataclasses.replace(row, index=first_index + row.index)))
        first_index += len(text_spans)
    return rows
