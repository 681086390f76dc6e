"""Plain data of the entities layer. Each row type maps 1:1 onto a table of schema `entities`
(warehouse/layers.sql); the caller adds batch_id, article_id and the row index."""

from __future__ import annotations

import datetime
from bisect import bisect_right
from dataclasses import dataclass, field, replace

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
    "SECTOR",  # industries of the sector taxonomy (gazetteers/sectors.csv): sector:<code>
    "QUANTITY",  # percentages, measurements, counts (quantities.py): quantity:<value>[ <unit>]
)

RELATION_TYPES: dict[str, str] = {
    "co_occurs_with": "two named actors (person, organisation, country, subdivision) in one clause of "
    "a sentence, at most 3 pairs per sentence, the closest (subject id < object id); not a nationality, "
    "a country after 'in', or names only listed together; the weakest evidence, no stated link",
    "met_with": "the subject (person or organisation) met or held talks with the object; "
    "attributes.status is 'planned' (or 'agreed', 'announced') for a meeting not yet held",
    "works_for": "the subject person holds a post at, or serves, the object organisation or country; "
    "attributes.former is true when the text says the post was held in the past",
    "holds_title": "the subject person holds the office in attributes.title at the object "
    "organisation or country; attributes.former is true when held in the past (\"a former president of\")",
    "paired_with": "the subject subdivision is paired (twinned, partnered) with the object country "
    "or subdivision; attributes.sectors lists the sectors of the pairing",
    "funded_by": "the subject (organisation, country or project owner) is funded, financed or lent "
    "money by the object financier",
    "located_in": "the subject organisation or place is based in, or part of, the object place",
    "invests_in": "the subject organisation or country invests (or will invest) in the object place",
}

EVENT_TYPES: dict[str, str] = {
    "lend": "agent lends to recipient (loans, credit lines, bond purchases for a borrower)",
    "fund": "agent funds recipient (grants, aid, financing, subsidies, allocations)",
    "invest": "agent invests in recipient (a company, project, place or sector; a stake)",
    "acquire": "agent buys recipient, from seller when named (companies, assets, stakes)",
    "contract": "agent (the contractor) wins or signs a contract with recipient (the client)",
    "agreement": "the parties make a deal, pact, memorandum or trade agreement",
    "meet": "the parties meet or hold talks",
}
EVENT_ROLES: tuple[str, ...] = ("agent", "recipient", "seller", "party")
EVENT_STATUSES: tuple[str, ...] = ("done", "agreed", "announced", "planned")

# Roles of a COUNTRY mention (Mention.role, roles.py), after ACE's GPE roles.
COUNTRY_ROLES: tuple[str, ...] = ("actor", "place", "people")

DATE_RESOLUTIONS: tuple[str, ...] = (
    "day",  # value YYYY-MM-DD
    "month",  # value YYYY-MM
    "year",  # value YYYY
    "week",  # value YYYY-Www (ISO week)
    "quarter",  # value YYYY-Qn
    "half",  # value YYYY-Hn (half-year)
    "decade",  # value YYYX, e.g. 197X for "the 1970s" (ISO 8601-2 unspecified digit)
    "duration",  # value PnY / PnM / PnW / PnD; dates set when anchored ("the past five years")
    "unresolved",  # value null: a date expression we recognise but do not normalise
)


# Where in an article a text comes from (the `section` column of the entities tables): its body,
# its photo captions, the author's bio. Pull quotes repeat the body and are not read.
SECTIONS = ("body", "caption", "bio")


# The languages the chain reads: the small English model's NER and the gazetteers' English names
# and cue words. On other text they make nonsense ("La Banque" an organisation, "ATHÈNES" one too).
CHAIN_LANGUAGES = frozenset({"en"})


def chain_reads(language: str | None) -> bool:
    """Whether the chain reads an article of this detected language; None (a body too short to
    tell, parsed.dispatch.LANGUAGE_MIN_WORDS, or showing no language) is read."""
    return language is None or language in CHAIN_LANGUAGES


@dataclass
class ArticleText:
    """One article as the entity chain reads it: its body, and its other sections (captions,
    bio) as (section, text, sentence spans into that text), in order."""

    article_id: str
    body: str
    sentences: list[tuple[int, int]]  # (start, end) char spans into body, in order
    published: datetime.date | None  # for resolving relative dates and FX rates
    sections: list[tuple[str, str, list[tuple[int, int]]]] = field(default_factory=list)

    SECTION_SEPARATOR = "\n\n"

    def with_sections(self, sections: list[tuple[str, str, list[tuple[int, int]]]]) -> ArticleText:
        self.sections.extend(sections)
        return self

    def in_restored_case(self) -> ArticleText:
        """The article as the chain reads it: its sentences in capitals recased (casing.py)."""
        from .casing import restored_case

        body = restored_case(self.body, self.sentences)
        return self if body is self.body else replace(self, body=body)

    def joined(self) -> tuple[ArticleText, list[tuple[int, str]]]:
        """The body and the other sections as one text, a blank line between two, so that the
        chain reads them in one Doc (a name the body gives is known in a caption, a caption's
        event that retells the body's is merged into it); with (start, section) of each part.
        Sentences keep their order, so their indexes run on through the sections."""
        if not self.sections:
            return self, [(0, "body")]
        text, sentences, starts = self.body, list(self.sentences), [(0, "body")]
        for section, section_text, spans in self.sections:
            start = len(text) + len(self.SECTION_SEPARATOR)
            text += self.SECTION_SEPARATOR + section_text
            sentences += [(start + a, start + b) for a, b in spans]
            starts.append((start, section))
        return ArticleText(self.article_id, text, sentences, self.published), starts


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
    """A row of entities.mentions; entity_type and entity_id come from `entity`.

    PERSON mentions carry the office stated next to the name, when the title patterns of
    extract.py find one; the span itself stays the bare name ("Marta Quispe"):
      title        the office as written, lower-cased words kept ("ambassador to Peru",
                   "Foreign Minister"); None when no title is stated
      title_start, title_end
                   its offsets in the body; before the name ("Foreign Minister Sergei Lavrov",
                   "Chile's ambassador to Peru, Marta Quispe") or after it
                   ("Sergei Lavrov, the foreign minister")
      affiliation  the organisation or country the office belongs to, itself a mention of the
                   same sentence ("Kazakhstan", "Russian" → country:RUS); None when not stated
      former       the title is one held in the past ("a former president of <Org>", "ex-minister")
    These are not columns of entities.mentions: relations.py turns them into holds_title /
    works_for relations (person → affiliation), which carry the evidence sentence.

    COUNTRY mentions carry `role` (a column of entities.mentions): what the name stands for in
    its sentence, one of COUNTRY_ROLES — actor (the state acting or acted with: "The UK
    condemns"), place (its territory: "in Iraq"), people (its population or a group of them:
    "Syrians", "Iraqi officials") — or None when no cue says; set by roles.py. None for every
    other type.
    """

    start: int
    end: int
    text: str
    sentence_index: int
    entity: Entity
    confidence: float
    extractor: str
    title: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    affiliation: Entity | None = None
    former: bool = False
    role: str | None = None
    section: str = "body"

    @property
    def entity_id(self) -> str:
        return self.entity.entity_id

    @property
    def entity_type(self) -> str:
        return self.entity.entity_type


# Amount.qualifier of an order of magnitude without a figure ("millions of dollars")
ORDER_OF_MAGNITUDE = "order of magnitude"


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
    bound: str = "exact"  # exact | approximate | upper | lower | range: how to read min/max
    currency_basis: str = "symbol"  # symbol | code | word | context: how the currency was known
    rate_source: str | None = None  # ecb | peg; None when no offline rate exists
    usd_note: str | None = None  # why USD is missing, or how it was obtained when not plain ECB
    section: str = "body"
    # ISO alpha-3 codes of the countries party to the amount (money.amount_countries), in text order
    countries: list[str] = field(default_factory=list)

    @property
    def vague(self) -> bool:
        """No figure is stated ("billions of dollars"): min/max are the order of magnitude, and
        sums of amounts leave it out."""
        return self.qualifier == ORDER_OF_MAGNITUDE


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
    note: str | None = None  # why an expression stays unresolved
    section: str = "body"


@dataclass
class Relation:
    """A row of entities.relations; both ends are entity ids mentioned in that sentence."""

    subject_id: str
    predicate: str
    object_id: str
    sentence_index: int
    confidence: float
    extractor: str
    attributes: dict | None = None  # e.g. {"title": ...} or {"sectors": [sector ids]}
    section: str = "body"


@dataclass
class EventParty:
    """One party of an event in its role; the mention is the text as written."""

    mention: Mention
    role: str  # agent | recipient | seller | party

    @property
    def entity_id(self) -> str:
        return self.mention.entity_id


@dataclass
class Event:
    """A row of entities.events: one transaction or meeting (EVENT_TYPES) with its parties."""

    event_type: str
    status: str  # done | agreed | announced | planned
    parties: list[EventParty]
    sentence_index: int
    start: int  # the evidence: from the first to the last word of trigger and arguments
    end: int
    trigger: str
    confidence: float
    extractor: str
    amount: Amount | None = None
    date: DateMention | None = None
    place: Mention | None = None
    sector: Mention | None = None
    evidence: list[int] = field(default_factory=list)  # sentence indexes of the repeats merged in
    refers_back: bool = False  # a definite "the agreement": may retell an event told before
    told_apart: bool = False  # "a previous order", "a second loan": not the one told before with the same parties
    section: str = "body"

    def role(self, role: str) -> list[EventParty]:
        return [p for p in self.parties if p.role == role]


@dataclass
class Extraction:
    mentions: list[Mention]
    amounts: list[Amount]
    dates: list[DateMention]
    relations: list[Relation]
    events: list[Event] = field(default_factory=list)

    def written_rows(self) -> list:
        """Every row that holds text at offsets, once: mentions, amounts, dates and the ones
        events carry (an event's amount and date are rows of those lists)."""
        rows = [*self.mentions, *self.amounts, *self.dates]
        rows += [m for e in self.events for m in (*(p.mention for p in e.parties), e.place, e.sector, e.amount, e.date)
                 if m is not None]
        return list({id(r): r for r in rows}.values())

    def as_written(self, text: str) -> Extraction:
        """The rows of a text the chain read recased (ArticleText.in_restored_case) with their
        words as `text` writes them at the same offsets."""
        for row in self.written_rows():
            row.text = text[row.start:row.end]
            if getattr(row, "title_start", None) is not None:
                row.title = text[row.title_start:row.title_end]
        return self

    def into_sections(self, starts: list[tuple[int, str]], sentences: list[tuple[int, int]]) -> Extraction:
        """Rows of a joined text (ArticleText.joined, with its sentence spans) back into their
        sections: each tagged with the section its start lies in, its offsets made relative to
        that section's text; a relation goes with its sentence."""
        if len(starts) == 1:
            return self
        section_starts = [start for start, _ in starts]

        def section_at(offset: int) -> tuple[int, str]:
            return starts[bisect_right(section_starts, offset) - 1]

        for row in [*self.written_rows(), *self.events]:
            offset, row.section = section_at(row.start)
            row.start, row.end = row.start - offset, row.end - offset
            if getattr(row, "title_start", None) is not None:
                row.title_start, row.title_end = row.title_start - offset, row.title_end - offset
        for relation in self.relations:
            relation.section = section_at(sentences[relation.sentence_index][0])[1]
        return self


class SentenceLocator:
    """Maps a character offset to the index of the sentence containing it; an offset outside every
    sentence belongs to the nearest preceding sentence (or the first one)."""

    def __init__(self, sentences: list[tuple[int, int]]):
        self._starts = [start for start, _ in sentences]

    def index_of(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)
