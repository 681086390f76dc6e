"""The parsed article: what every parser returns and every later layer reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# A body shorter than this is flagged 'short' (a brief, a teaser, or a page whose article the parser
# did not find); the parsed suite lets such articles through, flagged, never silently.
BODY_MIN_WORDS = 50


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
        """'ok', 'short' (under BODY_MIN_WORDS words) or 'empty' (no words)."""
        words = self.word_count
        return "empty" if not words else "short" if words < BODY_MIN_WORDS else "ok"

    def paragraph_spans(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph inside `body`."""
        spans, start = [], 0
        for paragraph in self.paragraphs:
            spans.append((start, start + len(paragraph)))
            start += len(paragraph) + len(self.PARAGRAPH_SEPARATOR)
        return spans
