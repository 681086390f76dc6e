"""Plain data of the entities layer. Each row type maps 1:1 onto a table of schema `entities`
(warehouse/layers.sql); the caller adds batch_id, article_id and the row index."""

from __future__ import annotations

import datetime
from bisect import bisect_right
from dataclasses import dataclass

ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "ORG",
    "COUNTRY",  # iso_code: ISO 3166-1 alpha-3
    "SUBDIVISION",  # iso_code: ISO 3166-2, country_code: its country
    "PLACE",  # cities, facilities, other named places; country_code when known
    "REGION",  # supranational or geographic regions
    "EVENT",
    "POLICY",  # named plans, initiatives, laws
    "NORP",  # nationalities, religious or political groups that are not a country
)

RELATION_TYPES: dict[str, str] = {
    "co_occurs_with": "both entities are mentioned in the same sentence (subject id < object id)",
    "met_with": "the subject (person or organisation) met the object",
    "works_for": "the subject person holds a post at, or serves, the object organisation or country",
    "paired_with": "the subject subdivision is paired (twinned, partnered) with the object country",
    "funded_by": "the subject organisation or project is funded, financed or backed by the object",
}

DATE_RESOLUTIONS: tuple[str, ...] = (
    "day",  # value YYYY-MM-DD
    "month",  # value YYYY-MM
    "year",  # value YYYY
    "week",  # value YYYY-Www (ISO week)
    "duration",  # value PnY / PnM / PnW / PnD; dates set when anchored ("the past five years")
    "unresolved",  # value null: a date expression we recognise but do not normalise
)


@dataclass
class ArticleText:
    article_id: str
    body: str
    sentences: list[tuple[int, int]]  # (start, end) char spans into body, in order
    published: datetime.date | None  # for resolving relative dates and FX rates


@dataclass(frozen=True)
class Entity:
    """One canonical entity: a row of entities.entities."""

    entity_id: str
    entity_type: str
    canonical_name: str
    iso_code: str | None = None
    kind: str | None = None
    country_code: str | None = None


@dataclass
class Mention:
    """A row of entities.mentions; entity_type and entity_id come from `entity`."""

    start: int
    end: int
    text: str
    sentence_index: int
    entity: Entity
    confidence: float
    extractor: str

    @property
    def entity_id(self) -> str:
        return self.entity.entity_id

    @property
    def entity_type(self) -> str:
        return self.entity.entity_type


@dataclass
class Amount:
    """A row of entities.amounts. amount_min/max are in `currency` units; usd_rate is USD per one
    unit at rate_date (the ECB date actually used). `approximate` is set whenever a qualifier
    ("about", "over", "up to", ...) precedes the amount; the qualifier word is outside the span."""

    start: int
    end: int
    text: str
    sentence_index: int
    currency: str
    amount_min: float
    amount_max: float
    usd_min: float | None
    usd_max: float | None
    usd_rate: float | None
    rate_date: datetime.date | None
    approximate: bool
    qualifier: str | None


@dataclass
class DateMention:
    """A row of entities.dates; [date_start, date_end] is the inclusive calendar range meant."""

    start: int
    end: int
    text: str
    sentence_index: int
    value: str | None
    resolution: str
    date_start: datetime.date | None
    date_end: datetime.date | None


@dataclass
class Relation:
    """A row of entities.relations; both ends are entity ids mentioned in that sentence."""

    subject_id: str
    predicate: str
    object_id: str
    sentence_index: int
    confidence: float
    extractor: str


@dataclass
class Extraction:
    mentions: list[Mention]
    amounts: list[Amount]
    dates: list[DateMention]
    relations: list[Relation]


class SentenceLocator:
    """Maps a character offset to the index of the sentence containing it; an offset outside every
    sentence belongs to the nearest preceding sentence (or the first one)."""

    def __init__(self, sentences: list[tuple[int, int]]):
        self._starts = [start for start, _ in sentences]

    def index_of(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)
