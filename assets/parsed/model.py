"""The parsed article: what every parser returns and every later layer reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

# A body shorter than this is flagged 'short' (a brief, a teaser, or a page whose article the parser
# did not find); the parsed suite lets such articles through, flagged, never silently.
BODY_MIN_WORDS = 50
# A long feature has a few hundred paragraphs; thousands are a list or a dump, not an article.
BODY_MAX_PARAGRAPHS = 2000
# Why a body is no article, by body_status: the parsed layer quarantines such an article with its
# status as the reason code ('ok' and 'short' bodies go on).
NO_ARTICLE_REASONS = {
    "empty": "the body has no words",
    "not_prose": "the body is mostly not letters (emoji, symbols, numbers)",
    "too_many_paragraphs": f"the body has over {BODY_MAX_PARAGRAPHS} paragraphs (a list or a dump)",
    "markup_too_deep": "the HTML is nested past the 256 levels libxml2 builds; deeper text is lost",
    "no_visible_text": "the HTML body holds only script or style",
    "over_time_budget": "parsing outlasted WIREHOUSE_PARSE_SECONDS_PER_ARTICLE",
}
# Prose in any script is mostly letters; emoji, symbol or number runs are not.
PROSE_MIN_LETTER_SHARE = 0.5
LETTER = re.compile(r"[^\W\d_]")
SPACE = re.compile(r"\s")


def mostly_letters(text: str) -> bool:
    """At least PROSE_MIN_LETTER_SHARE of the text's non-space characters are letters."""
    letters = LETTER.subn("", text)[1]
    visible = len(text) - SPACE.subn("", text)[1]
    return letters >= PROSE_MIN_LETTER_SHARE * visible


@dataclass(frozen=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass
class ParsedArticle:
    """One article after layout parsing. `body` is the paragraphs joined by a blank line; every
    character offset in later layers points into it."""

    parser: str  # layout | html | json
    paragraphs: list[str]
    headline: str | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    author_bio: str | None = None
    publication: str | None = None
    published: str | None = None  # ISO 8601, date or date-time, as precise as the source says
    print_headline: str | None = None
    dateline: str | None = None
    url: str | None = None
    language: str | None = None
    captions: list[Caption] = field(default_factory=list)
    pull_quotes: list[str] = field(default_factory=list)
    # Why the body is empty, when the parser can tell ("markup_too_deep", "no_visible_text").
    empty_reason: str | None = None

    PARAGRAPH_SEPARATOR = "\n\n"

    @property
    def body(self) -> str:
        return self.PARAGRAPH_SEPARATOR.join(self.paragraphs)

    @property
    def published_date(self) -> date | None:
        """The calendar day of `published` (its first ten characters), when it has one."""
        try:
            return date.fromisoformat(self.published[:10]) if self.published else None
        except ValueError:
            return None

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    @property
    def body_status(self) -> str:
        """'ok'; 'short' (under BODY_MIN_WORDS words); or why the body is no article: 'empty' (no
        words; or the parser's `empty_reason`), 'not_prose' (mostly not letters: emoji, symbols,
        numbers), 'too_many_paragraphs' (over BODY_MAX_PARAGRAPHS: a list or a dump)."""
        words = self.word_count
        if not words:
            return self.empty_reason or "empty"
        if len(self.paragraphs) > BODY_MAX_PARAGRAPHS:
            return "too_many_paragraphs"
        if not mostly_letters(self.body):
            return "not_prose"
        return "short" if words < BODY_MIN_WORDS else "ok"

    def section_texts(self) -> list[tuple[str, str]]:
        """(section, text) of what the article says besides its body, for the entity layers: the
        photo captions joined like paragraphs, then the author's bio. Pull quotes repeat the body."""
        captions = self.PARAGRAPH_SEPARATOR.join(c.text for c in self.captions if c.text.strip())
        return [(section, text) for section, text in (("caption", captions), ("bio", self.author_bio or ""))
                if text.strip()]

    def paragraph_spans(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph inside `body`."""
        spans, start = [], 0
        for paragraph in self.paragraphs:
            spans.append((start, start + len(paragraph)))
            start += len(paragraph) + len(self.PARAGRAPH_SEPARATOR)
        return spans
