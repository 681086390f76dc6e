"""Sector mentions: phrases of the sector taxonomy (gazetteers/sectors.csv) found with a spaCy
PhraseMatcher on lower-cased tokens, as SECTOR mentions with entity ids `sector:<code>`.

The entities pipeline has no lemmatizer (it runs NER only), so the taxonomy lists the plural and
singular forms it wants matched. A match written with a capital letter away from the start of a
sentence is part of a name ("Crescent Energy Advisory") and is skipped, and so is any match that
overlaps a mention found otherwise ("Ministry of Energy").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .gazetteer import read_csv, split_aliases
from .types import Entity, Mention, SentenceLocator

ISIC_SECTIONS: dict[str, str] = {
    "A": "Agriculture, forestry and fishing",
    "B": "Mining and quarrying",
    "C": "Manufacturing",
    "D": "Electricity, gas, steam and air conditioning supply",
    "E": "Water supply; sewerage, waste management and remediation activities",
    "F": "Construction",
    "G": "Wholesale and retail trade; repair of motor vehicles and motorcycles",
    "H": "Transportation and storage",
    "I": "Accommodation and food service activities",
    "J": "Information and communication",
    "K": "Financial and insurance activities",
    "L": "Real estate activities",
    "M": "Professional, scientific and technical activities",
    "N": "Administrative and support service activities",
    "O": "Public administration and defence; compulsory social security",
    "P": "Education",
    "Q": "Human health and social work activities",
}

# A phrase of several words names its sector more surely than one word ("power generation" vs
# "energy").
PHRASE = (0.85, "sector_matcher")
WORD = (0.7, "sector_matcher")
# Characters after which a capital letter is just the start of a sentence or quotation.
SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]|\n)\s*$")


@dataclass(frozen=True)
class Sector:
    code: str
    name: str
    isic_code: str | None
    isic_section: str | None
    isic_title: str | None
    patterns: tuple[str, ...]
    notes: str | None

    @property
    def entity(self) -> Entity:
        return Entity(f"sector:{self.code}", "SECTOR", self.name)


@functools.lru_cache(maxsize=1)
def load_sectors() -> dict[str, Sector]:
    return {
        row["code"]: Sector(
            code=row["code"], name=row["name"], isic_code=row["isic_code"] or None,
            isic_section=row["isic_section"] or None, isic_title=row["isic_title"] or None,
            patterns=tuple(split_aliases(row["patterns"])), notes=row["notes"] or None,
        )
        for row in read_csv("sectors.csv")
    }


def pattern_variants(pattern: str) -> set[str]:
    return {pattern, pattern.replace("-", " ")}


@functools.lru_cache(maxsize=4)
def phrase_matcher(vocab):
    """A PhraseMatcher on the doc's vocabulary whose match ids are the sector codes; patterns are
    tokenised by the English tokenizer, as the docs are."""
    from spacy.lang.en import English
    from spacy.matcher import PhraseMatcher

    make_doc = English(vocab=vocab).make_doc
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for sector in load_sectors().values():
        matcher.add(sector.code, [make_doc(v) for p in sector.patterns for v in sorted(pattern_variants(p))])
    return matcher


def find_sectors(doc, locator: SentenceLocator) -> list[Mention]:
    """SECTOR mentions of one spaCy doc, longest match first where matches overlap."""
    body = doc.text
    found: list[Mention] = []
    for match_id, start, end in sorted(phrase_matcher(doc.vocab)(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
        span = doc[start:end]
        if found and span.start_char < found[-1].end:
            continue
        if any(token.text[:1].isupper() for token in span) and not opens_sentence(body, span.start_char):
            continue
        sector = load_sectors()[doc.vocab.strings[match_id]]
        confidence, extractor = PHRASE if len(span) > 1 else WORD
        found.append(Mention(span.start_char, span.end_char, span.text, locator.index_of(span.start_char),
                             sector.entity, confidence, extractor))
    return found


def opens_sentence(body: str, start: int) -> bool:
    """Whether body[start] opens a sentence or quotation. A match of SENTENCE_OPENING is one mark
    and then whitespace only, so the search starts at the last character before that whitespace:
    constant work per span, not a search through the whole text before it."""
    before = start
    while before > 0 and body[before - 1].isspace():
        before -= 1
    return SENTENCE_OPENING.search(body, max(0, before - 1), start) is not None


def with_sectors(mentions: list[Mention], sectors: list[Mention]) -> list[Mention]:
    """`mentions` plus the sector mentions that overlap none of them, in text order."""
    free = [s for s in sectors if not any(m.start < s.end and s.start < m.end for m in mentions)]
    return sorted([*mentions, *free], key=lambda m: m.start)
