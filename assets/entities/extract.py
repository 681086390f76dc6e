"""Entity extraction for the entities layer: spaCy NER behind a gazetteer EntityRuler, resolved to
canonical entities, plus money amounts, dates and relations.

Pipeline: the small English model's `ner` only (it carries its own tok2vec encoder, so the shared
`tok2vec`, tagger, parser, attribute_ruler and lemmatizer are excluded), with an `entity_ruler`
before it so gazetteer spans win and NER fills in around them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .coreference import find_references
from .dates import find_dates
from .events import find_events
from .gazetteer import Gazetteer, load_gazetteer, make_entity_id
from .institutions import find_bare_references, find_coalition_references, find_institutions
from .money import find_amounts
from .names import (
    acronym_definitions, corrected_label, defined_acronyms, has_person_cue, is_no_entity, names_after_offices,
    ship_names,
)
from .places import FACILITY_KIND, find_cued_places, find_facilities
from .patterns import POSSESSIVES, overlaps_any, whole_word
from .quantities import find_quantities
from .relations import find_relations
from .roles import assign_country_roles
from .sectors import find_sectors, with_sectors
from .titles import OWNER_GAPS, honorific_before, honorific_names, leading_title, title_after, title_before
from .types import (
    DATE_RESOLUTIONS,
    ENTITY_TYPES,
    RELATION_TYPES,
    Amount,
    ArticleText,
    DateMention,
    Entity,
    Extraction,
    Mention,
    Relation,
    SentenceLocator,
)

__all__ = [
    "ArticleText", "Entity", "Mention", "Amount", "DateMention", "Relation", "Extraction",
    "EntityExtractor", "ENTITY_TYPES", "RELATION_TYPES", "DATE_RESOLUTIONS", "load_pipeline",
]

BATCH_SIZE = 16  # larger spaCy batches hold many long articles in memory at once
EXCLUDED_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]

# spaCy labels that become mentions here; MONEY and DATE have tables of their own, CARDINAL,
# QUANTITY and PERCENT become QUANTITY mentions in quantities.py.
NER_LABEL_TYPES = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
    "EVENT": "EVENT", "LAW": "POLICY", "NORP": "NORP",
}
# An unresolved LOC naming a compass area or continent is a region ("the Trans-Caspian West").
REGION_WORDS = re.compile(r"\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral|Asia|Europe|Africa|"
                          r"America|Arctic|Pacific|Atlantic|Sea|Ocean|Mountains?|Basin|Valley)")

# confidence and extractor name per way a mention was found
GAZETTEER = (0.95, "gazetteer")
NER_GAZETTEER = (0.9, "ner+gazetteer")
NER_SURNAME = (0.8, "ner+surname")
NER_FUZZY = (0.7, "ner+fuzzy")
NER = (0.75, "ner")
NER_MERGED = (0.7, "ner+merge")
HEADED_PATTERN = (0.65, "pattern:org_head")
TITLED_PERSON = (0.8, "ner+title")
INSTITUTION = (0.85, "pattern:institution")
INSTITUTION_REFERENCE = (0.6, "pattern:institution_reference")
HONORIFIC_PERSON = (0.75, "pattern:honorific")
CUED_PERSON = (0.7, "ner+person_cue")
ACRONYM = (0.75, "pattern:acronym")
FACILITY = (0.75, "pattern:facility")
CUED_PLACE = (0.7, "pattern:place_cue")

# A capitalised preposition opening a sentence is not part of the name after it ("Near Mosul").
LEADING_WORD = re.compile(r"^(?:the|The|Near|In|At|From|Outside|Inside)\s+")
# Quotes, dashes and punctuation never open or close a name; neither does a possessive.
TRAILING_JUNK = re.compile(r"(?:[’']s|[’'])?[\s\-–—,.;:!?\"“”‘’)(]*$")
LEADING_JUNK = re.compile(r"^[\s\-–—,.;:!?\"“”‘’(]+")
# An initialism keeps its last full stop: "U.S.", "D.C."
INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]$")
# A bracket the span opens but does not close, or a footnote marker: "Haddad(Arabic", "Haddad,[2".
UNCLOSED_BRACKET = re.compile(r"(?:\s*[(\[][^)\]]*|\[\d+\])$")
# Capitalised words (hyphenated ones too) that may sit between a country and the NER
# organisation it begins: "China Non-ferrous Metals ... Alliance".
CAPITALISED_RUN = re.compile(r"^(?: [A-Z][\w-]*)* $")
PLACE_LIKE = ("COUNTRY", "SUBDIVISION", "PLACE")
# A run of capitalised words ending in an organisation head noun is an organisation, even when
# the small model misses it ("Aviation Industry Corporation Securities").
ORG_HEADS = ("Bank|Corporation|Corp|Securities|Group|Company|Holdings|Ministry|Alliance|University|"
             "Institute|Commission|Council|Agency|Fund|Association|Authority|Exchange|Federation|"
             "Foundation|Organisation|Organization|Airlines|Railways|Partners|Capital|Investment")
HEADED_ORGANISATION = re.compile(
    rf"\b[A-Z][\w&-]*(?: (?:(?:of|for|and|&) )?[A-Z][\w&-]*)* (?:{ORG_HEADS})\b"
)
ORG_HEAD_WORD = re.compile(rf"\b(?:{ORG_HEADS})\b")


@functools.lru_cache(maxsize=1)
def load_pipeline():
    """The NER-only pipeline with the gazetteer EntityRuler in front (loaded once per process)."""
    from assets.english_model import load_english

    nlp = load_english(exclude=EXCLUDED_COMPONENTS)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    with nlp.select_pipes(disable=["ner"]):  # patterns need tokenising only
        ruler.add_patterns(load_gazetteer().ruler_patterns())
    return nlp


@dataclass
class Span:
    """An entity span from the spaCy doc before resolution; entity_id is set by the ruler."""

    start: int
    end: int
    label: str
    entity_id: str | None
    how: tuple[float, str]
    name: str | None = None  # the name to resolve when it is not the span's text (an acronym's)


def overlapping(spans: list[Span], start: int, end: int) -> list[Span]:
    return [s for s in spans if s.start < end and start < s.end]


def doc_spans(doc) -> list[Span]:
    spans = []
    for ent in doc.ents:
        if ent.label_ in ENTITY_TYPES and ent.ent_id_:
            spans.append(Span(ent.start_char, ent.end_char, ent.label_, ent.ent_id_, GAZETTEER))
        elif ent.label_ in NER_LABEL_TYPES:
            spans.append(Span(ent.start_char, ent.end_char, ent.label_, None, NER))
    return spans


# An organisation name that continues with a place: "Bank of" / "Universidad de" + "Sevilla".
ORG_OF_TAIL = re.compile(r" (?:of|de|del|di|da|do|du|des)$")


def merge_organisations(body: str, spans: list[Span]) -> list[Span]:
    """Repair organisations the ruler split: a gazetteer place glued to the organisation NER
    found after it ("China" + "Non-ferrous Metals ... Alliance"), or an NER organisation ending
    in "of" followed by a place ("Development Bank of" + "Kazakhstan")."""
    merged: list[Span] = []
    for span in spans:
        previous = merged[-1] if merged else None
        if previous and span.label == "ORG" and span.entity_id is None:
            if previous.label in PLACE_LIKE and previous.entity_id and CAPITALISED_RUN.match(
                body[previous.end:span.start]
            ):
                merged[-1] = Span(previous.start, span.end, "ORG", None, NER_MERGED)
                continue
        if (previous and previous.label in ("ORG", "FAC") and previous.entity_id is None
                and span.label in PLACE_LIKE and span.entity_id
                and ORG_OF_TAIL.search(body[previous.start:previous.end])
                and body[previous.end:span.start] == " "):
            merged[-1] = Span(previous.start, span.end, "ORG", None, NER_MERGED)
            continue
        merged.append(span)
    return merged


def add_headed_organisations(body: str, spans: list[Span]) -> list[Span]:
    """Organisations named by HEADED_ORGANISATION that no span covers. Gazetteer places inside
    the name give way to it ("China Merchants Bank"); any other overlap keeps the existing span."""
    for match in HEADED_ORGANISATION.finditer(body):
        start, end = trim(body, *match.span())
        inside = overlapping(spans, start, end)
        if all(s.label in PLACE_LIKE and s.entity_id and start <= s.start and s.end <= end
               for s in inside):
            spans = [s for s in spans if s not in inside]
            spans.append(Span(start, end, "ORG", None, HEADED_PATTERN))
    return sorted(spans, key=lambda s: s.start)


def add_institutions(body: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """A country's government or armed forces ("the Syrian regime", "Iraqi security forces",
    "the government of Iraq"): the phrase replaces the country or demonym span inside it, unless
    another span runs past its edges. Then bare "the government" / "the army" after one of them,
    and "the coalition" when the article names one coalition of the gazetteer."""
    named = []
    for start, end, entity_id in find_institutions(body, spans, gazetteer.institutions):
        inside = overlapping(spans, start, end)
        if all(start <= s.start and s.end <= end for s in inside):
            spans = [s for s in spans if s not in inside]
            spans.append(Span(start, end, "ORG", entity_id, INSTITUTION))
            named.append((start, end, entity_id))
    kinds = {entity_id: gazetteer.entities[entity_id].kind for _, _, entity_id in named}
    references = find_bare_references(body, named, kinds)
    references += find_coalition_references(body, spans, gazetteer.coalitions)
    for start, end, entity_id in references:
        inside = overlapping(spans, start, end)
        # the leader inside "the US-led coalition" is part of the coalition's description
        if all(s.label == "COUNTRY" and start <= s.start and s.end <= end for s in inside):
            spans = [s for s in spans if s not in inside]
            spans.append(Span(start, end, "ORG", entity_id, INSTITUTION_REFERENCE))
    return sorted(spans, key=lambda s: s.start)


def add_honorific_people(body: str, spans: list[Span], cities: set[str] = frozenset()) -> list[Span]:
    """Names after an honorific or abbreviated rank ("Mr Haddad", "Lt. Gen. Ann Roe") that no
    span touches: the small model misses many single surnames. A GeoNames city inside such a name
    is the person's surname ("Mr Dayton"), not the city, and an NER span of the honorific and
    the name is the model's mistyping of it ("Mr Haddad" as ORG)."""
    for title_start, start, end in honorific_names(body):
        inside = overlapping(spans, start, end)
        if all((s.entity_id in cities and start <= s.start and s.end <= end)
               or (s.entity_id is None and title_start <= s.start and s.end == end) for s in inside):
            spans = [s for s in spans if s not in inside]
            spans.append(Span(start, end, "PERSON", None, HONORIFIC_PERSON))
    return sorted(spans, key=lambda s: s.start)


def merge_city_surnames(body: str, spans: list[Span], cities: set[str]) -> list[Span]:
    """A GeoNames city right after a person's name the model found ("Maria" + "Lima") is the
    person's surname: the city ruler cut the name in two."""
    merged: list[Span] = []
    for span in spans:
        previous = merged[-1] if merged else None
        if (previous and previous.label == "PERSON" and previous.entity_id is None
                and span.entity_id in cities and body[previous.end:span.start] == " "):
            merged[-1] = Span(previous.start, span.end, "PERSON", None, previous.how)
            continue
        merged.append(span)
    return merged


def add_places(body: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Named facilities and cued town names (places.py) replace the untitled NER or pattern spans
    inside them; a facility also takes in a gazetteer place or demonym ("Mosul Dam"). A span
    running past their edges, a gazetteer organisation inside, or a person the model found
    ending in a head that is also a surname ("Anna Bridge") keeps its meaning."""
    def is_place_word(text: str) -> bool:  # a country, demonym or nationality: "UK", "English"
        known = gazetteer.lookup(text)
        return (known is not None and known.entity_type == "COUNTRY") or any(
            s.label == "NORP" and body[s.start:s.end] == text for s in spans)

    def replaceable(span: Span, start: int, end: int, how: tuple, surname_head: bool) -> bool:
        span_start, span_end = trim(body, span.start, span.end)
        return (start <= span_start and span_end <= end
                and span.how not in (TITLED_PERSON, HONORIFIC_PERSON)
                and (span.entity_id is None or (how == FACILITY and span.label in PLACE_LIKE))
                and not (surname_head and span.label == "PERSON" and span_end == end))

    found = [(start, end, FACILITY, surname_head)
             for start, end, surname_head in find_facilities(body, is_place_word)
             if not leading_title(body[start:end])]
    found += [(start, end, CUED_PLACE, False) for start, end in find_cued_places(body)]
    for start, end, how, surname_head in found:
        inside = overlapping(spans, start, end)
        if not all(replaceable(s, start, end, how, surname_head) for s in inside):
            continue
        if how == CUED_PLACE and (any(s.label in ("GPE", "LOC", "FAC") for s in inside)
                                  or ORG_HEAD_WORD.search(body, start, end)):
            continue  # already a place, or an organisation ("outside Alpha Group")
        town = gazetteer.towns.get(body[start:end]) if how == CUED_PLACE else None
        spans = [s for s in spans if s not in inside]
        spans.append(Span(start, end, "FAC" if how == FACILITY else "GPE",
                          town[0].entity_id if town else None, NER_GAZETTEER if town else how))
    return sorted(spans, key=lambda s: s.start)


# Labels the small model gives to names it does not know; a title before one makes it a person.
MISTYPED_NAME_LABELS = ("ORG", "GPE", "LOC", "NORP", "FAC")
NAME_SHAPE = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*|al-[\w-]+|bin|ibn|de|van|von)){0,3}")


def is_mistyped_name(text: str, span: Span, gazetteer: Gazetteer) -> bool:
    """An NER organisation or place shaped like a person's name and unknown to the gazetteer:
    a person when a title or another cue says so."""
    if span.entity_id or span.label not in MISTYPED_NAME_LABELS or not NAME_SHAPE.fullmatch(text):
        return False
    return not (gazetteer.lookup(text) or ORG_HEAD_WORD.search(text))


def is_titled_name(body: str, start: int, end: int, span: Span, gazetteer: Gazetteer) -> bool:
    """A mistyped name right after an office or rank ("Kazakhstan's ambassador to China, <Name>")."""
    return is_mistyped_name(body[start:end], span, gazetteer) and has_office_before(body, start)


def add_acronyms(body: str, spans: list[Span]) -> list[Span]:
    """An organisation's acronym defined in brackets after it, wherever the text uses it (see
    names.py); it names the same entity as the organisation, known to the gazetteer or not."""
    organisations = [s for s in spans if s.label == "ORG"]
    positions = [(s.start, s.end) for s in organisations]

    def acronym_span(start: int, end: int, index: int) -> Span:
        organisation = organisations[index]
        known, name = organisation.entity_id, body[slice(*trim(body, organisation.start, organisation.end))]
        return Span(start, end, "ORG", known, organisation.how if known else ACRONYM, name)

    # uses the model tagged itself ("the BGCF said") name the organisation too
    definitions = acronym_definitions(body, positions)
    spans = [acronym_span(s.start, s.end, definitions[text][0])
             if s.how == NER and s.entity_id is None and (text := body[slice(*trim(body, s.start, s.end))])
             in definitions else s for s in spans]
    covered = [(s.start, s.end) for s in spans]
    spans += [acronym_span(start, end, index) for start, end, index in defined_acronyms(body, positions, covered)]
    return sorted(spans, key=lambda s: s.start)


def add_office_names(body: str, spans: list[Span]) -> list[Span]:
    """Full names right after an office title that no span touches (see names.py)."""
    found = names_after_offices(body, [(s.start, s.end) for s in spans])
    spans += [Span(start, end, "PERSON", None, TITLED_PERSON) for start, end in found]
    return sorted(spans, key=lambda s: s.start)


def has_title_or_honorific_before(body: str, start: int) -> bool:
    """ "Mayor X", "Mr X": the name starting at start is a person's."""
    return title_before(body, start) is not None or honorific_before(body, start) is not None


def has_office_before(body: str, start: int) -> bool:
    title = title_before(body, start)
    return title is not None and title.office


def trim(body: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article, surrounding punctuation (an initialism keeps its full stop), an
    unclosed bracket with what follows it and a trailing possessive."""
    text = body[start:end]
    lead = LEADING_JUNK.match(text)
    start += lead.end() if lead else 0
    if bracket := UNCLOSED_BRACKET.search(body, start, end):
        end = bracket.start()
    article = LEADING_WORD.match(body[start:end])
    if article and article.end() < end - start:
        start += article.end()
    tail = TRAILING_JUNK.search(body[start:end])
    end -= len(tail.group()) if tail else 0
    if body.startswith(".", end) and INITIALISM_END.search(body, start, end):
        end += 1
    return start, max(start, end)


def is_junk(text: str, from_gazetteer: bool) -> bool:
    """Too short, no letters, or from NER without a capital letter (noise like "node")."""
    if len(text) < 2 or not any(c.isalpha() for c in text):
        return True
    return not from_gazetteer and not any(c.isupper() for c in text)


# "al-Abadi" is written "Abadi" too
PARTICLE_PREFIX = re.compile(r"^(?:al|Al|el|El)-(?=[A-Z])")


class PersonIndex:
    """Full names of the article's people, so a later "Xi" links to "Xi Jinping"."""

    def __init__(self, full_names: Iterable[str], single_names: Iterable[str] = ()):
        self._by_part: dict[str, set[str]] = {}
        self.full_names: set[str] = set()
        for name in full_names:
            self.full_names.add(name)
            parts = name.split()
            for part in {parts[0], parts[-1], PARTICLE_PREFIX.sub("", parts[-1])}:
                self._by_part.setdefault(part, set()).add(name)
        for name in single_names:  # "President Hollande": a person, unless part of a full name
            self._by_part.setdefault(name, {name})

    def parts(self) -> list[str]:
        """Name parts that point to exactly one full name."""
        return [part for part, names in self._by_part.items() if len(names) == 1]

    def part_of_person(self, text: str) -> bool:
        """Some word of text points to one full name of the article's people ("Dayton" in
        "Scott Dayton"): text is, or is part of, a person's name."""
        return any(self.full_name(part) for part in text.split())

    def is_part(self, single_word: str) -> bool:
        """The first name or surname of one or more of the article's people."""
        return single_word in self._by_part

    def full_name(self, single_word: str) -> str | None:
        names = self._by_part.get(single_word, set())
        return next(iter(names)) if len(names) == 1 else None


def resolve(text: str, span: Span, gazetteer: Gazetteer, people: PersonIndex
            ) -> tuple[Entity, tuple[float, str]]:
    """The canonical entity of one trimmed span, and how it was found."""
    if span.entity_id:
        return gazetteer.entities[span.entity_id], span.how
    text = span.name or text  # "BGCF" is the organisation it abbreviates
    single_word = " " not in text
    if span.label == "PERSON" and single_word and (full := people.full_name(text)):
        return person_entity(full), NER_SURNAME
    known = gazetteer.lookup(text)
    if known is not None and span.label == "PERSON" and known.entity_id in gazetteer.cities:
        known = None  # "Mr Aleppo": a GeoNames city name that a title marks as a person's
    if known is not None:
        return known, NER_GAZETTEER if span.how == NER else span.how
    if single_word and span.label != "PERSON" and (full := people.full_name(text)):
        return person_entity(full), NER_SURNAME
    if single_word and span.label != "PERSON" and people.is_part(text):  # the first name of two people
        return person_entity(text), NER_SURNAME
    if span.label in ("ORG", "NORP") and text in people.full_names:  # tagged PERSON elsewhere
        return person_entity(text), NER_SURNAME
    # a place the model found that GeoNames knows as a town: the town's one id ("Fallujah" and a
    # retyped "Fallujah" are both place:al-fallujah)
    if span.label in ("GPE", "LOC") and (town := gazetteer.towns.get(text)) is not None:
        return town[0], NER_GAZETTEER if span.how == NER else span.how
    # The small model often tags a misspelt country as PERSON or ORG; one word is enough to try,
    # unless a title or honorific says it is a name ("President Hollande").
    titled = span.how in (TITLED_PERSON, HONORIFIC_PERSON, CUED_PERSON)
    if not titled and (span.label in ("GPE", "NORP", "LOC") or single_word):
        if (country := gazetteer.fuzzy_country(text)) is not None:
            return country, NER_FUZZY
    entity_type = NER_LABEL_TYPES[span.label]
    if span.label == "LOC" and REGION_WORDS.search(text):
        entity_type = "REGION"
    kind = FACILITY_KIND if span.how == FACILITY else None
    return Entity(make_entity_id(entity_type, text), entity_type, text, kind=kind), span.how


def person_entity(name: str) -> Entity:
    return Entity(make_entity_id("PERSON", name), "PERSON", name)


def find_mentions(body: str, doc, locator: SentenceLocator, gazetteer: Gazetteer) -> list[Mention]:
    spans = merge_city_surnames(body, doc_spans(doc), gazetteer.cities)
    spans = add_headed_organisations(body, merge_organisations(body, spans))
    spans = add_acronyms(body, add_places(body, add_institutions(body, spans, gazetteer), gazetteer))
    spans = add_office_names(body, add_honorific_people(body, spans, gazetteer.cities))
    trimmed, ships = [], ship_names(body)
    for span in spans:
        start, end = trim(body, span.start, span.end)
        if span.label == "PERSON" and span.entity_id is None:
            start += leading_title(body[start:end])  # the title is kept apart from the name
        if span.how == NER and is_no_entity(body, start, end, span.label, ships):
            continue
        if span.how == NER and (label := corrected_label(body[start:end], span.label)) != span.label:
            span = Span(start, end, label, None, NER)
        if is_titled_name(body, start, end, span, gazetteer) or (
                span.label == "PERSON" and span.how == NER and has_office_before(body, start)):
            span = Span(start, end, "PERSON", None, TITLED_PERSON)
        if not is_junk(body[start:end], from_gazetteer=span.entity_id is not None):
            trimmed.append((start, end, span))
    surnames = {body[start:end] for start, end, span in trimmed if span.how == HONORIFIC_PERSON}
    trimmed = [(start, end, Span(start, end, "PERSON", None, CUED_PERSON)
                if is_mistyped_name(body[start:end], span, gazetteer)
                and has_person_cue(body, start, end, surnames) else span)
               for start, end, span in trimmed]
    people = PersonIndex(
        (body[start:end] for start, end, span in trimmed
         if span.label == "PERSON" and " " in body[start:end] and gazetteer.lookup(body[start:end]) is None),
        (body[start:end] for start, end, span in trimmed
         if span.how in (TITLED_PERSON, HONORIFIC_PERSON) and " " not in body[start:end]),
    )
    trimmed = [(start, end, place_not_person(body, start, end, span, people)) for start, end, span in trimmed]
    trimmed = [(start, end, town_not_name(body, start, end, span, people, gazetteer))
               for start, end, span in trimmed]
    trimmed = [(start, end, surname_not_city(body, start, end, span, people, gazetteer.cities))
               for start, end, span in trimmed]
    trimmed = places_named_again(body, trimmed, people)
    trimmed = sorted(trimmed + name_back_references(body, trimmed, people), key=lambda t: t[0])
    mentions = []
    for start, end, span in trimmed:
        text = body[start:end]
        entity, (confidence, extractor) = resolve(text, span, gazetteer, people)
        mentions.append(Mention(start, end, text, locator.index_of(start), entity, confidence, extractor))
    attach_titles(body, mentions)
    assign_country_roles(body, mentions, gazetteer.is_demonym)
    return mentions


# The small model tags many unfamiliar town names as people; right after a locative preposition
# ("near Valdmere", "in Kirkuk", "toward Hamah") an untitled name that is no part of a person
# named in the article is a place.
LOCATIVE_BEFORE = re.compile(r"\b(?:[Nn]ear|in|outside|toward|towards|around|inside|across)\s+$")
NAME_PARTICLES = {"al", "bin", "ibn", "de", "van", "von", "abu", "Abu", "Al", "el", "El", "da", "di", "la"}


def place_not_person(body: str, start: int, end: int, span: Span, people: PersonIndex) -> Span:
    if span.label != "PERSON" or span.entity_id or span.how != NER:
        return span
    text = body[start:end]
    if people.part_of_person(text) or body.startswith(POSSESSIVES, end):
        return span
    if LOCATIVE_BEFORE.search(body, max(0, start - 12), start) and len(text.split()) <= 2:
        return Span(start, end, "GPE", None, NER)
    return span


RETYPED_AS_TOWN = ("PERSON", "NORP", "ORG")


def town_not_name(body: str, start: int, end: int, span: Span, people: PersonIndex,
                  gazetteer: Gazetteer) -> Span:
    """A name the model tagged PERSON, NORP or ORG that is exactly a GeoNames town, with no title
    or honorific before it, not a demonym and no part of a person the article names: the town."""
    if span.label not in RETYPED_AS_TOWN or span.entity_id or span.how != NER:
        return span
    text = body[start:end]
    town = gazetteer.towns.get(text)
    if town is None or gazetteer.is_demonym(text) or has_title_or_honorific_before(body, start):
        return span
    if people.part_of_person(text):
        return span
    return Span(start, end, "GPE", town[0].entity_id, NER_GAZETTEER)


PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|to|from|of|into|outside|around|toward|towards)\s+\Z")


def surname_not_city(body: str, start: int, end: int, span: Span, people: PersonIndex,
                     cities: set[str]) -> Span:
    """A GeoNames city that is the surname of a person the article names in full ("Scott Dayton
    ... Dayton said"): the person, unless a preposition of place comes before it ("to Dayton")
    and no possessive after it ("to Dayton's family")."""
    if span.entity_id not in cities:
        return span
    text = body[start:end]
    full = people.full_name(text)
    if full is None or full.split()[-1] != text:
        return span
    after_preposition = PLACE_PREPOSITION_BEFORE.search(body, max(0, start - 12), start)
    if after_preposition and not body.startswith(POSSESSIVES, end):
        return span
    return Span(start, end, "PERSON", None, NER_SURNAME)


def places_named_again(body: str, trimmed: list, people: PersonIndex) -> list:
    """A name the article shows to be a place somewhere is that place wherever else the model
    tagged it PERSON, NORP or ORG without a title: one name has one referent within an article.
    Evidence is the gazetteer, a GeoNames town or the words before the name ("the town of
    Valdmere"), never the model's own place label, which it gives to products and companies as
    readily ("Firefox", "Linux"). A part of a person the article names stays a person's."""
    places: dict[str, Span] = {}
    for start, end, span in trimmed:
        if span.label in ("PLACE", "SUBDIVISION", "GPE") and (span.entity_id or span.how != NER):
            places.setdefault(body[start:end], span)
    retyped = []
    for start, end, span in trimmed:
        text = body[start:end]
        place = places.get(text)
        if (place is not None and span.label in RETYPED_AS_TOWN and span.entity_id is None
                and span.how == NER and not people.part_of_person(text)):
            span = Span(start, end, place.label, place.entity_id, place.how)
        retyped.append((start, end, span))
    return retyped


NAME_NEIGHBOUR_BEFORE = re.compile(r"(?:[A-Z][\w’'.]*[ \-–—]|[\-–—/])$")
NAME_NEIGHBOUR_AFTER = re.compile(r"[ \-–—/]?[A-Z]|[\-–—/]")


def name_back_references(body: str, trimmed: list, people: PersonIndex) -> list:
    """Later bare first names or surnames of a person the article names in full ("Nuryshev said"),
    or after an office title ("President Nuryshev"), that no span covers: the small model misses
    many of them."""
    added = []
    for part in people.parts():
        if len(part) < 3 or part in NAME_PARTICLES or not part[0].isupper():
            continue
        for match in whole_word(part).finditer(body):
            start, end = match.span()
            if overlaps_any(start, end, [t[:2] for t in trimmed + added]):
                continue
            if NAME_NEIGHBOUR_AFTER.match(body, end) or (
                    NAME_NEIGHBOUR_BEFORE.search(body, max(0, start - 40), start) and not has_office_before(body, start)):
                continue  # part of a longer name or compound ("Novi Sad–Subotica"), not a back-reference
            added.append((start, end, Span(start, end, "PERSON", None, NER_SURNAME)))
    return added


OWNER_TYPES = ("ORG", "COUNTRY")
# after of/at/for, up to one possessive owner: "at China’s Aviation Industry Corporation Securities"
TAIL_OWNER = re.compile(r"\b(?:of|at|for)\s+(?:the\s+)?(?:\S+[’']s\s+)?$")


def attach_titles(body: str, mentions: list[Mention]) -> None:
    """Set title, its offsets and affiliation on PERSON mentions (see Mention in types.py)."""
    for mention in mentions:
        if mention.entity_type != "PERSON":
            continue
        owner = None
        if (title := title_before(body, mention.start)) is not None and title.office:
            owner = next((m for m in mentions if m.entity_type in OWNER_TYPES and m.end <= title.start
                          and body[m.end:title.start] in OWNER_GAPS), None)
        elif (after := title_after(body, mention.end)) is not None:
            title, lead_start = after
            owner = next((m for m in mentions if m.entity_type in OWNER_TYPES
                          and lead_start <= m.start and m.end <= title.start), None)
        else:
            continue
        if owner is None:  # "head of Apple": the organisation after of/at/for inside the title
            owner = next((m for m in mentions if m.entity_type in OWNER_TYPES
                          and title.start < m.start and m.end <= title.end
                          and TAIL_OWNER.search(body, title.start, m.start)
                          and not body.startswith(POSSESSIVES, m.end)), None)
        mention.title, mention.title_start, mention.title_end = title.text, title.start, title.end
        mention.affiliation = owner.entity if owner else None


class EntityExtractor:
    """Turns articles into mentions, amounts, dates and relations; loads spaCy on first use."""

    def __init__(self, batch_size: int = BATCH_SIZE):
        self.batch_size = batch_size

    def extract(self, articles: Iterable[ArticleText]) -> Iterator[Extraction]:
        """One Extraction per article, in input order; articles stream through nlp.pipe."""
        nlp = load_pipeline()
        gazetteer = load_gazetteer()
        pairs = ((article.body, article) for article in articles)
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            yield self._extract_one(article, doc, gazetteer)

    @staticmethod
    def _extract_one(article: ArticleText, doc, gazetteer: Gazetteer) -> Extraction:
        body, locator = article.body, SentenceLocator(article.sentences)
        mentions = with_sectors(find_mentions(body, doc, locator, gazetteer), find_sectors(doc, locator))
        # pronouns, titles, "the town": no relations
        references = find_references(body, mentions, locator)
        model_dates = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        dates = [
            date for date in find_dates(body, article.published, locator, model_dates)
            # a year inside a name ("Strategy 2050", "Expo 2017") is not a date mention
            if not any(m.start <= date.start and date.end <= m.end for m in mentions)
        ]
        amounts = find_amounts(body, article.published, locator)
        taken = [(x.start, x.end) for x in (*mentions, *references, *amounts, *dates)]
        quantities = find_quantities(body, doc, locator, taken)
        return Extraction(
            mentions=sorted([*mentions, *references, *quantities], key=lambda m: m.start),
            amounts=amounts,
            dates=dates,
            relations=find_relations(body, mentions),  # figures take part in no relation
            # references too: "the bank agreed to lend" names its lender by a reference
            events=find_events(body, article.sentences, sorted([*mentions, *references], key=lambda m: m.start),
                               amounts, dates),
        )
