"""Entity extraction for the entities layer: spaCy NER behind a gazetteer EntityRuler, resolved to
canonical entities, plus money amounts, dates and relations.

The passes over the entity spans are plain functions here, of the body and the span list; the
spaCy components of components.py run them, in the order chain.cfg declares (see chain.py).
The ruler goes before the model's `ner`, so gazetteer spans win and NER fills in around them.
Each function takes the way a span was found from `found` (chain.cfg's [extractors]).
"""

from __future__ import annotations

import collections
import dataclasses
import itertools
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from assets.english_model import lemma_index_words

from .chain import Extractors, Found, article_doc, batch_size, is_long, load_pipeline, long_article_doc
from .dates import is_past_form
from .disambiguation import NAME_LABELS, ArticleCountries, placed
from .gazetteer import Gazetteer, literal_alternation, make_entity_id, word_list
from .institutions import find_bare_references, find_coalition_references, find_institutions
from .money import PREFIX_CURRENCIES
from .names import (
    ACRONYM_DEFINITION, INITIALISM, acronym_definitions, corrected_label, defined_acronyms, full_names_of_people,
    has_person_cue, initialism_of, is_no_entity, is_trade_before_name, leading_trade, names_after_offices,
    names_defined_by_acronyms, ship_names,
)
from .organisations import official_account, opens_sentence
from .places import FACILITY_KIND, find_cued_places, find_facilities
from .quantities import unit_of_a_figure
from .patterns import POSSESSIVES, Intervals, word_index
from .titles import (OWNER_GAPS, STATE_BODIES, honorific_before, honorific_names, is_office_portfolio, is_office_words,
                     is_past_role, leading_portfolio, leading_title, title_after, title_before, title_words)
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

# spaCy labels that become mentions here; MONEY and DATE have tables of their own, CARDINAL,
# QUANTITY and PERCENT become QUANTITY mentions in quantities.py.
NER_LABEL_TYPES = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
    "EVENT": "EVENT", "LAW": "POLICY", "NORP": "NORP",
}
# An unresolved LOC naming a compass area or continent is a region ("the Trans-Caspian West").
REGION_WORDS = re.compile(r"\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral|Asia|Europe|Africa|"
                          r"America|Arctic|Pacific|Atlantic|Sea|Ocean|Mountains?|Basin|Valley)")

# A capitalised preposition opening a sentence is not part of the name after it ("Near Mosul").
LEADING_WORD = re.compile(r"^(?:the|The|Near|In|At|From|Outside|Inside)\s+")
# Quotes, dashes and punctuation never open or close a name; neither does a possessive.
SPACED_DASH = re.compile(r"\s[-–—]\s")
SPACED_DASH_BEFORE_LOWER = re.compile(r"\s[-–—]\s+(?=[a-z])")
# one word and a spaced dash: a briefing's section label before an item's heading
SECTION_LABEL = re.compile(r"[A-Z][a-z]+\s[-–—]\s+(?=[A-Z])")
# An Arabic surname with its article, which the model leaves out of the name: "Abdul-Karim al-Kabariti"
ARTICLED_SURNAME_AFTER = re.compile(r"[ \t]+(?:al|el)-[A-Z][\w-]*(?![\w’'-])")
# the small syllable after a hyphen that closes a Korean given name ("Min-seok", "Ji-hoon"), after a
# syllable of a capital and at most four letters; not an English word made with a name ("Roe-like")
HYPHENATED_NAME_END = re.compile(
    r"-(?!(?:like|style|led|based|backed|owned|run|era|type|born|made|linked)\b)[a-z]{2,5}\b(?![\w’'-])")
NAME_SYLLABLE = re.compile(r"[A-Z][a-z]{1,4}")
TRAILING_JUNK = re.compile(r"(?:[’']s|[’'])?[\s\-–—,.;:!?\"“”‘’)(]*$")
LEADING_JUNK = re.compile(r"^[\s\-–—,.;:!?\"“”‘’(]+")
# No name ends in a lowercase preposition, conjunction or article: the model ran the next word
# into it ("invest in United through preference shares").
TRAILING_FUNCTION_WORDS = re.compile(r"(?:\s+(?:through|via|of|in|into|on|at|by|for|from|to|with|over|under|and|or|"
                                     r"the|a|an))+$")
# An initialism keeps its last full stop: "U.S.", "D.C."
INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]$")
# A bracket the span opens but does not close, or a footnote marker: "Haddad(Arabic", "Haddad,[2".
UNCLOSED_BRACKET = re.compile(r"(?:\s*[(\[][^)\]]*|\[\d+\])$")
# Capitalised words (hyphenated ones too) that may sit between a country and the NER
# organisation it begins: "Peru Fishmeal Exporters Alliance".
CAPITALISED_RUN = re.compile(r"^(?: [A-Z][\w-]*)* $")
PLACE_LIKE = ("COUNTRY", "SUBDIVISION", "PLACE")
# A run of capitalised words ending in an organisation head noun is an organisation, even when
# the small model misses it ("Northwind Grain Holdings").
ORG_HEADS = literal_alternation(word_list("organisation_heads"))
# (the first word may be dotted initials: "D.C. United"; a later one may open with the Arabic article:
# "Burj al-Laqlaq Society"); a head followed by a word that makes the
# run a place, an event or a time heads no name ("the Velka Theatre Awards", "Velka Bank Street")
HEADED_ORGANISATION = re.compile(
    rf"\b(?:(?:[A-Z]\.){{2,}}|[A-Z][\w&-]*)(?: (?:(?:of|for|and|&) )?(?:[ae]l-)?[A-Z][\w&-]*)* (?:{ORG_HEADS})\b"
    rf"(?! (?:{literal_alternation(word_list('place_name_words'))})\b)"
)
ORG_HEAD_WORD = re.compile(rf"\b(?:{ORG_HEADS})\b")
# A head opening the name in the Romance languages, then capitalised words, particles between them:
# "Consorcio Vías del Bajío", "Banco de la Nación Argentina"
ROMANCE_PARTICLES = r"(?:de|del|do|da|dos|das|la|las|los|el|y|e|di|du|des)"
NAME_WORD = re.compile(r"[\w&-]+")
LEADING_HEADED_ORGANISATION = re.compile(
    rf"\b(?:{literal_alternation(word_list('organisation_leading_heads'))})"
    rf"(?: (?:{ROMANCE_PARTICLES} )*[A-Z][\w&-]*)+")
# A town's or county's government by its formal name ("the City of Lebanon", "Township of Hamilton"):
# an organisation, whatever country or place its last words also name
MUNICIPAL_GOVERNMENT = re.compile(
    r"\b(?:City|Town|County|Borough|Township|Village|Municipality) of(?: [A-Z][\w’'-]*){1,3}")
# The model's labels for an organisation's name that it misreads as a person, a place or a law ("Radar Online")
HEADED_MISREADINGS = ("PERSON", "GPE", "LOC", "NORP", "FAC", "LAW")


@dataclass
class Span:
    """An entity span from the spaCy doc before resolution; entity_id is set by the ruler."""

    start: int
    end: int
    label: str
    entity_id: str | None
    how: Found
    name: str | None = None  # the name to resolve when it is not the span's text (an acronym's)


class SpanSet:
    """The working spans of a pass that replaces some of them by a span of its own: finds those
    overlapping a range by bisect instead of a scan of all (see patterns.Intervals), and lists
    the spans left as the pass's list would be, the added ones after the kept ones, by start."""

    def __init__(self, spans: Iterable[Span]):
        self._alive: dict[int, Span] = {}
        self._keys: list[tuple[int, int, int]] = []  # (start, end, serial), sorted
        self._longest = 0
        for span in spans:
            self.add(span)

    def add(self, span: Span) -> None:
        serial = len(self._keys)  # keys outlive removed spans, so serials are never reused
        self._alive[serial] = span
        insort(self._keys, (span.start, span.end, serial))
        self._longest = max(self._longest, span.end - span.start)

    def overlapping(self, start: int, end: int) -> list[int]:
        """The serials of the spans sharing a character with [start, end)."""
        found = []
        index = bisect_left(self._keys, (end,))
        while index > 0:
            index -= 1
            span_start, span_end, serial = self._keys[index]
            if span_start + self._longest <= start:
                break
            if start < span_end and serial in self._alive:
                found.append(serial)
        return found

    def __getitem__(self, serial: int) -> Span:
        return self._alive[serial]

    def replace(self, serials: list[int], span: Span) -> None:
        for serial in serials:
            del self._alive[serial]
        self.add(span)

    def spans(self) -> list[Span]:
        return sorted(self._alive.values(), key=lambda s: s.start)  # serial order, then by start


def doc_spans(doc, found: Extractors) -> list[Span]:
    """The model's spans of the labels that become mentions (the gazetteer's candidates are
    weighed against them in disambiguation.py), each cut at line breaks, which no name runs over
    (an item's heading and the next paragraph's first words: "Horn Gateway\n\nGulfstar Ports"),
    a person's name cut at a particle made whole; not a figure's unit ("1,500 MW")."""
    body = doc.text  # (a Doc joins its tokens' text anew at every read)
    spans = [Span(start, end, ent.label_, None, found.ner)
             for ent in doc.ents if ent.label_ in NER_LABEL_TYPES
             for start, end in line_pieces(body, ent.start_char, ent.end_char)
             if not unit_of_a_figure(body, start, end)]
    return whole_particle_names(body, spans, found)


LINE_BREAK = re.compile(r"[ \t]*\n\s*")


def line_pieces(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of body[start:end] on each line; of a span over several lines, those opening on a
    capital letter."""
    breaks = [edge for found in LINE_BREAK.finditer(body, start, end) for edge in found.span()]
    if not breaks:
        return [(start, end)]
    edges = [start, *breaks, end]
    return [(s, e) for s, e in zip(edges[::2], edges[1::2]) if e > s and body[s].isupper()]


# A surname's particle in lower case closing a person's name: "Ursula von der" + "Leyen",
# "Vincent van" + "Gogh", "Osama bin" + "Laden".
PARTICLE_ENDING = re.compile(r"\s(?:von|van|der|den|de|del|della|di|da|du|des|dos|das|le|la|al|el|bin|ibn|ter|zu)$")
SURNAME_AFTER = re.compile(r" [A-Z][\w'’-]+")


def whole_particle_names(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """A model's person name that ends at a surname's particle widened over the capitalised word
    after it, which the model may have left out or read as a span of its own ("Leyen" a place);
    not over a longer span ("Leyen Commission")."""
    whole: list[Span] = []
    skip = None
    for i, span in enumerate(spans):
        if i == skip:
            continue
        surname = SURNAME_AFTER.match(body, span.end) if span.label == "PERSON" and PARTICLE_ENDING.search(
            body, span.start, span.end) else None
        after = spans[i + 1] if i + 1 < len(spans) else None
        if surname and after is not None and after.start < surname.end():
            if (after.start, after.end) != (surname.start() + 1, surname.end()):
                whole.append(span)
                continue
            skip = i + 1
        whole.append(Span(span.start, surname.end(), "PERSON", None, found.ner) if surname else span)
    return whole


# An organisation name that continues with a place: "Bank of" / "Universidad de" + "Sevilla".
ORG_OF_TAIL = re.compile(r" (?:of|for|de|del|di|da|do|du|des)$")
ONE_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")


def merge_organisations(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """Repair organisations the ruler split: a gazetteer place glued to the organisation NER
    found after it ("Peru" + "Fishmeal Exporters Alliance"), or an NER organisation ending
    in "of" or "for" followed by a place ("Development Bank of" + "Kazakhstan", "Partnership
    for" + "New York City"), or by one word the model read as a person ("Lockheed" + "Martin"), or
    two names side by side that write the opening words of an organisation named in the article
    ("Kafue" + "Ridge's" of "Kafue Ridge Copper"), or a company and its country joined by the
    Romance "of" ("Qilin Motors" + "do" + "Brasil")."""
    organisations = {body[s.start:s.end] for s in spans if s.label == "ORG"}
    merged: list[Span] = []
    for span in spans:
        previous = merged[-1] if merged else None
        # "Qilin Motors do Brasil", "Volkswagen de México": a company's local arm named with the
        # Romance "of" and its country
        if (previous and previous.label == "ORG" and previous.entity_id is None and ROMANCE_OF.fullmatch(body, previous.end, span.start)
                and (span.label in (*PLACE_LIKE, "ORG", "GPE") or ONE_CAPITALISED_WORD.fullmatch(body, span.start, span.end))):
            merged[-1] = Span(previous.start, span.end, "ORG", None, found.ner_merged)
            continue
        if previous and body[previous.end:span.start] == " " and opens_organisation_name(
                POSSESSIVE_END.sub("", body[previous.start:span.end]), organisations):
            merged[-1] = Span(previous.start, span.end, "ORG", None, found.ner_merged)
            continue
        # not an office's portfolio after its country ("German" + "Defence" of "Defence Minister")
        if previous and span.label == "ORG" and span.entity_id is None and not is_office_portfolio(body, span.start, span.end):
            if previous.label in PLACE_LIKE and previous.entity_id and CAPITALISED_RUN.match(
                body[previous.end:span.start]
            ):
                merged[-1] = Span(previous.start, span.end, "ORG", None, found.ner_merged)
                continue
        if (previous and previous.label in ("ORG", "FAC") and previous.entity_id is None
                and span.label in PLACE_LIKE and span.entity_id
                and ORG_OF_TAIL.search(body[previous.start:previous.end])
                and body[previous.end:span.start] == " "):
            merged[-1] = Span(previous.start, span.end, "ORG", None, found.ner_merged)
            continue
        # "Lockheed Martin": the model reads the second word of a company's name as a surname of its own
        # ("Secretary of State Kerry" is an office and its holder)
        if (previous and previous.label == "ORG" and previous.how == found.ner and span.label == "PERSON"
                and span.how == found.ner and body[previous.end:span.start] == " "
                and ONE_CAPITALISED_WORD.fullmatch(body, span.start, span.end)
                and not is_office_portfolio(body, previous.start, previous.end)):
            merged[-1] = Span(previous.start, span.end, "ORG", None, found.ner_merged)
            continue
        merged.append(span)
    return merged


POSSESSIVE_END = re.compile(r"[’']s?\Z")
ROMANCE_OF = re.compile(r" (?:do|da|de|del|dos|das) ")


def opens_organisation_name(words: str, organisations: set[str]) -> bool:
    """Whether words are an organisation's name of the article or the opening words of one only;
    not the place bodies are named for ("Scottish Borders" of "Scottish Borders Council" and
    "Scottish Borders Enterprise"; of the council alone too, its rest a head word)."""
    if words in organisations:
        return True
    opened = [name[len(words) + 1:] for name in organisations if name.startswith(words + " ")]
    return len(opened) == 1 and not ORG_HEAD_WORD.fullmatch(opened[0])


def add_headed_organisations(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """Organisations named by HEADED_ORGANISATION that no span covers. Gazetteer places and
    regions inside the name give way to it ("China Merchants Bank", "Atlantic Basin Resources"),
    and so do the model's people and places ending with its head or just before it ("Eon Labs",
    "Leeds United" read as people, "Orvin" of "the Orvin Buffaloes"): the head says what the name
    is. Any other overlap keeps the existing span (a person or place before "and" is no part of
    the organisation after it: "Hard Rock and Deluxe Films"). A town's government by its formal
    name ("the City of Lebanon") is an organisation over the places inside it."""
    working = SpanSet(spans)

    def gives_way(span: Span, start: int, end: int) -> bool:
        return start <= span.start and span.end <= end and (
            (span.label in (*PLACE_LIKE, "REGION") and span.entity_id is not None)
            or (span.how == found.ner and span.label in HEADED_MISREADINGS and (
                span.end == end or (body[span.end] == " " and ORG_HEAD_WORD.fullmatch(body, span.end + 1, end)))))

    for match in HEADED_ORGANISATION.finditer(body):
        for start, end in headed_names(body, *trim(body, *match.span())):
            inside = working.overlapping(start, end)
            if all(gives_way(working[i], start, end) for i in inside):
                working.replace(inside, Span(start, end, "ORG", None, found.headed_pattern))
    # a head opening the name, up to an office or a rank after it ("Grupo Norte Chairman Ana Ruiz"):
    # the model's people and places inside it give way
    titles = {w.lower() for kind in ("office", "rank", "honorific") for w in title_words()[kind]}
    for match in LEADING_HEADED_ORGANISATION.finditer(body):
        start, end = match.start(), next((w.start() for w in NAME_WORD.finditer(body, match.start(), match.end())
                                          if w.group().lower() in titles), match.end())
        end = trim(body, start, end)[1]
        inside = working.overlapping(start, end)
        if " " in body[start:end] and all(start <= working[i].start and working[i].end <= end and (
                (working[i].label in PLACE_LIKE and working[i].entity_id is not None)
                or (working[i].how == found.ner and working[i].entity_id is None
                    and working[i].label in (*HEADED_MISREADINGS, "ORG"))) for i in inside):
            working.replace(inside, Span(start, end, "ORG", None, found.headed_pattern))
    for match in MUNICIPAL_GOVERNMENT.finditer(body):
        start, end = trim(body, *match.span())
        inside = working.overlapping(start, end)
        if all(start <= working[i].start and working[i].end <= end and (
                working[i].label in PLACE_LIKE or working[i].how == found.ner) for i in inside):
            working.replace(inside, Span(start, end, "ORG", None, found.headed_pattern))
    return working.spans()


HEADED_LEAD = re.compile(r"[A-Z][\w&-]* (?:of|for) ")
# a place and a participle describing the organisation after it: "Kaduna-based", "London-listed"
DESCRIBED_LEAD = re.compile(r"[A-Z][\w&]*-(?:based|listed|owned|backed|run|led|registered|headquartered) ")
# a kind of organisation opening a sentence before the name, capitalised as the sentence's first
# word ("Consultancy Velkor Analytics estimates"; inside a sentence, "Channel Velkor Media" is one name)
HEADED_KIND_LEAD = re.compile(rf"(?:{literal_alternation(k.capitalize() for k in word_list('organisation_kinds'))}) ")
HEADED_JOIN = re.compile(r" (?:and|&) ")


def headed_names(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The organisations a HEADED_ORGANISATION match may name: the whole run, or else each part
    between "and"s that ends in a head ("Leeds United and Bristol Rovers"), the others being
    initialisms ("ENSUR and Huaxin Petroleum Engineering"); a first word that is
    no head is a noun before "of" ("Shares of Eon Labs", "Chairman of Kestrel Group") or a kind
    of organisation ("Consultancy Velkor Analytics")."""
    lead = HEADED_LEAD.match(body, start, end)
    if lead and not ORG_HEAD_WORD.match(body, start, end):
        start = lead.end()
    if described := DESCRIBED_LEAD.match(body, start, end):
        start = described.end()  # "Kaduna-based Sahel Grid Engineering": where it is based is no part of its name
    kind = HEADED_KIND_LEAD.match(body, start, end)
    if (kind and not ORG_HEAD_WORD.match(body, start, end) and opens_sentence(body, start)
            and HEADED_ORGANISATION.fullmatch(body, kind.end(), end)):
        start = kind.end()
    joins = list(HEADED_JOIN.finditer(body, start, end))
    if not joins:
        return [(start, end)]
    bounds = [start, *(j.end() for j in joins)], [*(j.start() for j in joins), end]
    parts = [(s, e) for s, e in zip(*bounds) if HEADED_ORGANISATION.fullmatch(body, s, e)]
    # "ENSUR and Huaxin Petroleum Engineering": an initialism joined to a headed name is a name of its own
    initialisms = [(s, e) for s, e in zip(*bounds) if INITIALISM.fullmatch(body, s, e)]
    if parts and len(parts) + len(initialisms) == len(joins) + 1:
        return parts
    return [(start, end)] if len(parts) < 2 else parts



def add_institutions(body: str, spans: list[Span], gazetteer: Gazetteer, found: Extractors) -> list[Span]:
    """A country's government or armed forces ("the Syrian regime", "Iraqi security forces",
    "the government of Iraq"): the phrase replaces the country or demonym span inside it, unless
    another span runs past its edges. Then bare "the government" / "the army" after one of them,
    and "the coalition" when the article names one coalition of the gazetteer."""
    named, working = [], SpanSet(spans)
    for start, end, entity_id in find_institutions(body, spans, gazetteer.institutions):
        inside = working.overlapping(start, end)
        if all(start <= working[i].start and working[i].end <= end for i in inside):
            working.replace(inside, Span(start, end, "ORG", entity_id, found.institution))
            named.append((start, end, entity_id))
    kinds = {entity_id: gazetteer.entities[entity_id].kind for _, _, entity_id in named}
    references = find_bare_references(body, named, kinds)
    references += find_coalition_references(body, working.spans(), gazetteer.coalitions)
    for start, end, entity_id in references:
        inside = working.overlapping(start, end)
        # the leader inside "the US-led coalition" is part of the coalition's description
        if all((s := working[i]).label == "COUNTRY" and start <= s.start and s.end <= end for i in inside):
            working.replace(inside, Span(start, end, "ORG", entity_id, found.institution_reference))
    return working.spans()


def add_honorific_people(body: str, spans: list[Span], found: Extractors,
                         cities: set[str] = frozenset()) -> list[Span]:
    """Names after an honorific or abbreviated rank ("Mr Haddad", "Lt. Gen. Ann Roe") that no
    span touches: the small model misses many single surnames. A GeoNames city inside such a name
    is the person's surname ("Mr Dayton"), not the city, and an NER span of the honorific and
    the name is the model's mistyping of it ("Mr Haddad" as ORG), as is one that starts on an
    honorific and ends inside the name ("Tan Sri Muhyiddin" of "Tan Sri Muhyiddin Yassin")."""
    working = SpanSet(spans)
    for title_start, start, end in honorific_names(body):
        inside = working.overlapping(start, end)
        if all(((s := working[i]).entity_id in cities and start <= s.start and s.end <= end)
               or (s.entity_id is None and title_start <= s.start and (s.end == end or s.start < start < s.end <= end))
               for i in inside):
            working.replace(inside, Span(start, end, "PERSON", None, found.honorific_person))
    return working.spans()


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


def add_places(body: str, spans: list[Span], gazetteer: Gazetteer, found: Extractors) -> list[Span]:
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
                and span.how not in (found.titled_person, found.honorific_person)
                and (span.entity_id is None or (how == found.facility and span.label in PLACE_LIKE))
                and not (surname_head and span.label == "PERSON" and span_end == end))

    named = [(start, end, found.facility, surname_head)
             for start, end, surname_head in find_facilities(body, is_place_word)
             if not leading_title(body[start:end])]
    named += [(start, end, found.cued_place, False) for start, end in find_cued_places(body)]
    working = SpanSet(spans)
    for start, end, how, surname_head in named:
        inside = working.overlapping(start, end)
        if not all(replaceable(working[i], start, end, how, surname_head) for i in inside):
            continue
        if how == found.cued_place and (any(working[i].label in ("GPE", "LOC", "FAC") for i in inside)
                                        or ORG_HEAD_WORD.search(body, start, end)):
            continue  # already a place, or an organisation ("outside Alpha Group")
        town = gazetteer.towns.get(body[start:end]) if how == found.cued_place else None
        working.replace(inside, Span(start, end, "FAC" if how == found.facility else "GPE",
                                     town[0].entity_id if town else None, found.ner_gazetteer if town else how))
    return working.spans()


# Labels the small model gives to names it does not know; a title before one makes it a person.
MISTYPED_NAME_LABELS = ("ORG", "GPE", "LOC", "NORP", "FAC")
# One to three capitalised words: a holder's name after an office.
# The capitalised word right before a name: "Trade [Tran] Quoc Bao".
WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z][\w’'-]*) \Z")
# Every word a title may be made of, in lower case.
TITLE_WORDS = frozenset(w.lower() for words in title_words().values() for w in words)
FULL_NAME_WORDS = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}")
NAME_SHAPE = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*|al-[\w-]+|bin|ibn|de|van|von)){0,3}")


def is_mistyped_name(text: str, span: Span, gazetteer: Gazetteer) -> bool:
    """An NER organisation or place shaped like a person's name and unknown to the gazetteer:
    a person when a title or another cue says so."""
    if span.entity_id or span.label not in MISTYPED_NAME_LABELS or not NAME_SHAPE.fullmatch(text):
        return False
    return not (gazetteer.lookup(text) or ORG_HEAD_WORD.search(text))


def add_acronyms(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """An organisation's acronym defined in brackets after it, wherever the text uses it (see
    names.py); it names the same entity as the organisation, known to the gazetteer or not. The
    name a bracketed acronym spells is an organisation whatever the model made of its words
    ("Scottish and Newcastle (S&N)"; an unknown organisation found inside it is a part of it:
    "Vardhan Ports" of "Vardhan Ports and Special Economic Zone Ltd (VPSEZ)"), and an initialism
    the model found alone names the organisation of the article whose name it spells ("RBS"
    after "Royal Bank of Scotland").
    The article's own organisation wins over the gazetteer's for an initialism both give, unless
    the article names the gazetteer's organisation in full too: "the FSA" after "the Financial
    Services Authority" is not the armed group the gazetteer abbreviates the same way."""
    spans = [before_definition(body, s) for s in spans]
    working = SpanSet(spans)
    for start, end in names_defined_by_acronyms(body):
        inside = working.overlapping(start, end)
        if all(start <= working[i].start and working[i].end <= end
               and (working[i].label != "ORG" or working[i].entity_id is None) for i in inside):
            working.replace(inside, Span(start, end, "ORG", None, found.acronym))
    spans = working.spans()
    organisations = [s for s in spans if s.label == "ORG"]
    positions = [(s.start, s.end) for s in organisations]

    def acronym_span(start: int, end: int, index: int) -> Span:
        organisation = organisations[index]
        known, name = organisation.entity_id, body[slice(*trim(body, organisation.start, organisation.end))]
        return Span(start, end, "ORG", known, organisation.how if known else found.acronym, name)

    # names the gazetteer holds that the article never writes out beside their initialism
    named_in_full = {s.entity_id for s in spans if s.entity_id and not INITIALISM.fullmatch(body[s.start:s.end])}

    def open_to_article(span: Span) -> bool:
        # ("The Company intends": a defined term the head-word pattern took for a name of its own)
        return span.how in (found.ner, found.headed_pattern) and span.entity_id is None or (
            span.how == found.gazetteer and span.entity_id not in named_in_full
            and INITIALISM.fullmatch(body[span.start:span.end]) is not None)

    # uses the model tagged itself ("the BGCF said") name the organisation too
    definitions = acronym_definitions(body, positions)
    spans = [acronym_span(s.start, s.end, definitions[text][0])
             if open_to_article(s) and (text := body[slice(*trim(body, s.start, s.end))])
             in definitions else s for s in spans]
    covered = [(s.start, s.end) for s in spans]
    spans += [acronym_span(start, end, index) for start, end, index in defined_acronyms(body, positions, covered)]
    full_names = {body[slice(*trim(body, s.start, s.end))]: index for index, s in enumerate(organisations)}
    spans = [acronym_span(s.start, s.end, index)
             if open_to_article(s) and s.label == "ORG"
             and (index := initialism_of(body[s.start:s.end], full_names)) is not None else s for s in spans]
    return sorted(spans, key=lambda s: s.start)


def before_definition(body: str, span: Span) -> Span:
    """The span without the bracketed acronym the model ran it into ("China Aviation Oil (CAO"),
    so that the acronym reads as the name's definition."""
    bracket = UNCLOSED_BRACKET.search(body, span.start, span.end)
    if bracket is None or bracket.start() == span.start or not ACRONYM_DEFINITION.match(body, bracket.start()):
        return span
    return dataclasses.replace(span, end=bracket.start())


def add_office_names(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """Full names right after an office title that no span touches (see names.py)."""
    names = names_after_offices(body, [(s.start, s.end) for s in spans])
    spans += [Span(start, end, "PERSON", None, found.titled_person) for start, end in names]
    return sorted(spans, key=lambda s: s.start)


def has_title_or_honorific_before(body: str, start: int) -> bool:
    """ "Mayor X", "Mr X": the name starting at start is a person's."""
    return title_before(body, start) is not None or honorific_before(body, start) is not None


def has_office_before(body: str, start: int) -> bool:
    title = title_before(body, start)
    return title is not None and title.office


def trim(body: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article, surrounding punctuation (an initialism keeps its full stop), an
    unclosed bracket with what follows it, a trailing possessive and the organ after one ("Orva
    Bank's Board of Directors" is the bank)."""
    if organ := OWNED_ORGAN.search(body, start, end):
        end = organ.start()
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
    """Too short, no letters, or from NER without a capital letter (noise like "node"), or a
    company's own organ that names no organisation ("its Board of Directors")."""
    if len(text) < 2 or not any(c.isalpha() for c in text):
        return True
    return not from_gazetteer and (not any(c.isupper() for c in text) or ORGAN_NAME.fullmatch(text) is not None)


# The organs of a company or a fund, capitalised as filings and releases write them
# (not "Board" or "Committee" alone: "the Committee" may be a body named before, shortened)
ORGAN_NAME = re.compile(
    r"(?:Supervisory|Executive|Management|Audit|Compensation|Remuneration|Nominating|Governance)\s+(?:Board|Committee)"
    r"(?:\s+of\s+(?:Directors|Trustees|Management))?|(?:Board|Committee)\s+of\s+(?:Executive\s+)?(?:Directors|Trustees|Management)")


# An organisation's organ after its possessive, closing a span ("X's Board of Directors", "X's board").
OWNED_ORGAN = re.compile(rf"[’']s\s+(?:{ORGAN_NAME.pattern}|(?:[Ee]xecutive\s+|[Ss]upervisory\s+)?[Bb]oard"
                         rf"(?:\s+of\s+(?:Executive\s+)?(?:Directors|Governors|Trustees))?)$")


# "al-Abadi" is written "Abadi" too
PARTICLE_PREFIX = re.compile(r"^(?:al|Al|el|El)-(?=[A-Z])")


class PersonIndex:
    """Full names of the article's people, so a later "Xi" links to "Xi Jinping"."""

    def __init__(self, full_names: Iterable[str], single_names: Iterable[str] = (), namesakes: Iterable[str] = ()):
        self._by_part: dict[str, set[str]] = {}
        self.full_names: set[str] = set()
        for name in full_names:
            self.full_names.add(name)
            parts = name.split()
            # (a middle word is a surname too: "President Fuentes" of "Gabriela Fuentes Ortúzar")
            middle = {part for part in parts[1:-1] if len(part) >= 3 and part.istitle() and part.isalpha()
                      and part.lower() not in lemma_index_words()} if len(parts) == 3 else set()
            for part in {parts[0], parts[-1], PARTICLE_PREFIX.sub("", parts[-1]), *middle}:
                self._by_part.setdefault(part, set()).add(name)
        for name in single_names:  # "President Hollande": a person, unless part of a full name
            self._by_part.setdefault(name, {name})
        for name in namesakes:  # "Prince Charles" beside "Charles Kennedy": a second "Charles"
            self._by_part.setdefault(name, set()).add(name)

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


def resolve(text: str, span: Span, gazetteer: Gazetteer, people: PersonIndex, countries: ArticleCountries,
            found: Extractors) -> tuple[Entity, Found]:
    """The canonical entity of one trimmed span, and how it was found. A name the model found
    resolves to a gazetteer entity only as disambiguation.py would have weighed its candidate."""
    if span.entity_id:
        return gazetteer.entities[span.entity_id], span.how
    text = span.name or text  # "BGCF" is the organisation it abbreviates
    if span.how == found.organisation_cue:  # the grammar says organisation, whatever else the name is
        known = gazetteer.lookup(text)
        if known is not None and known.entity_type == "ORG":
            return known, span.how
        return Entity(make_entity_id("ORG", text), "ORG", text), span.how
    single_word = " " not in text
    if span.label == "PERSON" and single_word and (full := people.full_name(text)):
        return person_entity(full), found.ner_surname
    known = gazetteer.lookup(text)
    if known is not None:
        known = countries.chosen(text, known, gazetteer)
    if known is not None and span.label == "PERSON" and known.entity_id in gazetteer.cities:
        known = None  # "Mr Aleppo": a GeoNames city name that a title marks as a person's
    if known is not None and span.how == found.ner and (
            (span.label in NAME_LABELS and not countries.beats_name(text, known, gazetteer, span.label))
            or (known.entity_type == "PLACE" and not countries.keeps_identity(text, known, gazetteer))):
        known = None
    if known is not None:
        return known, found.ner_gazetteer if span.how == found.ner else span.how
    if single_word and span.label != "PERSON" and (full := people.full_name(text)):
        return person_entity(full), found.ner_surname
    if single_word and span.label != "PERSON" and people.is_part(text):  # the first name of two people
        return person_entity(text), found.ner_surname
    if span.label in ("ORG", "NORP") and text in people.full_names:  # tagged PERSON elsewhere
        return person_entity(text), found.ner_surname
    # a place the model found that GeoNames knows as a town: the town's one id ("Fallujah" and a
    # retyped "Fallujah" are both place:al-fallujah)
    if (span.label in ("GPE", "LOC") and (town := gazetteer.towns.get(text)) is not None
            and countries.keeps_identity(text, town[0], gazetteer)):
        return town[0], found.ner_gazetteer if span.how == found.ner else span.how
    # The small model often tags a misspelt country as PERSON or ORG; one word is enough to try,
    # unless a title or honorific says it is a name ("President Hollande").
    titled = span.how in (found.titled_person, found.honorific_person, found.cued_person)
    if not titled and (span.label in ("GPE", "NORP", "LOC") or single_word):
        if (country := gazetteer.fuzzy_country(text)) is not None:
            return country, found.ner_fuzzy
    entity_type = NER_LABEL_TYPES[span.label]
    if span.label == "LOC" and REGION_WORDS.search(text):
        entity_type = "REGION"
    kind = FACILITY_KIND if span.how == found.facility else None
    return Entity(make_entity_id(entity_type, text), entity_type, text, kind=kind), span.how


def person_entity(name: str) -> Entity:
    return Entity(make_entity_id("PERSON", name), "PERSON", name)


# A result or score the model ran into a name: "G. Rose 7-73" (a bowler's figures), "Chelsea 2-1".
# A person's name never ends in a figure; an organisation's may ("Group of 20"), but not in a score.
SCORE_TAIL = {"PERSON": re.compile(r"(?:\s+\d[\d.\-–/]*)+$"), "ORG": re.compile(r"(?:\s+\d+[-–]\d+)+$")}
# A sum the model ran into a name before it: "lend Islamabad $2 billion" gave the ORG "Islamabad $2 billion"
# The model runs an amount's currency into the name before it ("buy Konkan Cement Works for Rs
# 8,400 crore" as "Konkan Cement Works for Rs"), its figure too at times ("Velkor $5").
MONEY_TAIL = re.compile(rf"\s+(?:{literal_alternation(sorted(PREFIX_CURRENCIES, key=len, reverse=True))})(?=\s?\d)")


def trimmed_spans(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """Each span on the words of its name (see trim; a person's leading title is kept apart from
    the name), without the model's spans that are no entity (names.is_no_entity) or junk."""
    kept, ships = [], ship_names(body)
    starts = {span.start for span in spans}
    for span in spans:
        start, end = trim(body, span.start, span.end)
        if span.label == "PERSON" and span.entity_id is None:
            if is_trade_before_name(body, start, end):
                continue
            start += leading_title(body[start:end]) or leading_trade(body[start:end])
            if (surname := ARTICLED_SURNAME_AFTER.match(body, end)) and not any(end < s < surname.end() for s in starts):
                end = surname.end()
            if span.how == found.ner and NAME_SYLLABLE.fullmatch(body[start:end].split()[-1]) and (
                    syllable := HYPHENATED_NAME_END.match(body, end)):
                end = syllable.end()  # "Kang Min-seok": the model stops at the hyphen of a given name
            if span.how == found.ner and (dash := SPACED_DASH.search(body, start, end)):
                end = dash.start()  # no person's name holds a spaced dash: "Ann Roe - Velkor's chief"
        if span.label in ("PERSON", "ORG") and span.entity_id is None:
            start += leading_portfolio(body, start, end)  # "Minister of Digital Economy <Name>"
        if span.how == found.ner and (label := SECTION_LABEL.match(body, start, end)) and (
                start == 0 or body[start - 1] == "\n"):
            start = label.end()  # a line opening on one word and a dash is labelled: "Utilities - Mercer Civil wins"
        if span.entity_id is None and body.startswith("About ", start) and (start == 0 or body[start - 1] == "\n"):
            start += len("About ")  # a press release's closing heading: "About Calder Basin Energy"
        if span.how == found.ner and (dash := SPACED_DASH_BEFORE_LOWER.search(body, start, end)):
            end = dash.start()  # nor any name a dash and a plain word: "Korea Development Bank - one of"
        if span.how == found.ner and (score := SCORE_TAIL.get(span.label)) and (tail := score.search(body, start, end)):
            end = max(start, tail.start())
        if span.how == found.ner and (money := MONEY_TAIL.search(body, start, min(end + 2, len(body)))) \
                and money.start() < end:
            end = money.start()
        if span.how == found.ner and (tail := TRAILING_FUNCTION_WORDS.search(body, start, end)):
            end = tail.start()
        if span.how == found.ner and is_no_entity(body, start, end, span.label, ships):
            continue
        pieces = [(start, end)]
        if span.how == found.ner and span.label == "ORG" and (joint := NAMES_JOINED_BY_TO.search(body, start, end)) \
                and joint.group("word").lower() not in lemma_index_words("verb"):
            # an organisation's name joins no two names with "to" ("the Committee to Protect
            # Journalists" takes a verb): "sold a stake in Velkor Fibre to Brenn Partners" (the
            # model's one span) names the stake's company and its buyer
            pieces = [(start, joint.start()), (joint.end(), end)]
        elif span.how == found.ner and (verb := next((m for m in VERB_BETWEEN_NAMES.finditer(body, start, end)
                                                      if is_past_form(m.group("word"))), None)):
            # nor does any name hold a past tense between capitalised words: "the Development Bank
            # of Wales lent Taff Aerospace £2m" (the model's one span) names lender and borrower
            pieces = [(start, verb.start()), (verb.end(), end)]
        kept += [dataclasses.replace(span, start=piece_start, end=piece_end) for piece_start, piece_end in pieces
                 if not is_junk(body[piece_start:piece_end], from_gazetteer=span.entity_id is not None)]
    return kept


# " to " between two capitalised words of one span
NAMES_JOINED_BY_TO = re.compile(r"(?<=[a-z])\s+to\s+(?=(?P<word>[A-Z][a-z]+))")
# a lowercase word between a name's words and a capitalised one
VERB_BETWEEN_NAMES = re.compile(r"(?<=[a-z])\s+(?P<word>[a-z]+)\s+(?=[A-Z])")


def corrected_labels(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """The model's groups it took for people and operations it took for anything else, retyped
    (names.corrected_label)."""
    return [Span(s.start, s.end, label, None, found.ner)
            if s.how == found.ner and (label := corrected_label(body[s.start:s.end], s.label)) != s.label else s
            for s in spans]


def titled_people(body: str, spans: list[Span], gazetteer: Gazetteer, found: Extractors) -> list[Span]:
    """A mistyped name, or a person the model found, right after an office: a titled person. An
    office word that closes an organisation's name is none ("Burger King, Dovrin and Pell"), nor
    "official" before an organisation's account ("the official Velkor"); nor is an acronym the
    article defines for an organisation ("-- Karan Vardhan, CEO, VPSEZ"). An office the model
    took for an organisation whole is an office all the same ("Nigeria's Minister of Finance,
    Hadiza Bello-Okonkwo")."""
    organisation_ends = {s.end for s in spans if s.label == "ORG" and not is_office_words(body[s.start:s.end])}

    def office_before(start: int, end: int) -> bool:
        title = title_before(body, start)
        return (title is not None and title.office and title.end not in organisation_ends
                and not official_account(body, start, end))

    def country_office_name(span: Span) -> Span | None:
        """ "Kazakh President Tokabayev" the model read as one organisation (a headline's capitals):
        the office of a country and its holder's name."""
        country, _, rest = body[span.start:span.end].partition(" ")
        if (span.how not in (found.ner, found.ner_merged) or span.entity_id or span.label == "PERSON"
                or not gazetteer.is_demonym(country)):
            return None
        title = leading_title(rest)
        start = span.start + len(country) + 1 + title
        return Span(start, span.end, "PERSON", None, found.titled_person) if title and FULL_NAME_WORDS.fullmatch(
            body, start, span.end) else None

    def with_first_name(span: Span) -> Span:
        """ "Minister of Industry and Trade Tran Quoc Bao", the model's person "Quoc Bao": the
        word after the office, which no office is made of, opens the name."""
        word = WORD_BEFORE.search(body, max(0, span.start - 40), span.start)
        if (span.label != "PERSON" or span.how != found.ner or word is None
                or word.group(1).lower() in TITLE_WORDS or not FULL_NAME_WORDS.fullmatch(body, word.start(1), span.end)
                or not office_before(word.start(1), span.end)):
            return span
        return Span(word.start(1), span.end, "PERSON", None, found.titled_person)

    def office_word(word: str) -> bool:
        """A word an office's name may end on: a title's, a joining word, or a country's name (not
        its people's: "CEO of Dutch Ophthalmic Research Center")."""
        known = gazetteer.lookup(word)
        return word.lower() in TITLE_WORDS or word in ("of", "and", "for", "the") or (
            known is not None and known.entity_type == "COUNTRY" and not gazetteer.is_demonym(word))

    def holder_inside(span: Span) -> Span | None:
        """ "Minister of Foreign Affairs and Trade of Hungary Gábor Kertész", the model's
        organisation "Trade of Hungary Gábor Kertész": an office opening before the span and
        closing inside it, a full name after it."""
        if span.how not in (found.ner, found.ner_merged) or span.entity_id or span.label == "PERSON":
            return None
        for capital in re.finditer(r"(?<= )[A-Z]", body[span.start:span.end]):
            start = span.start + capital.start()
            title = title_before(body, start)
            if (title is not None and title.office and title.start < span.start and " " in body[start:span.end]
                    and FULL_NAME_WORDS.fullmatch(body, start, span.end)
                    and not TITLE_WORDS.intersection(body[start:span.end].lower().split())
                    and all(office_word(word) for word in body[span.start:start].split())):
                # (the words before the name the office's own, its portfolio or country: not "... and
                # East African Cooperation", "director of the Cedar Refugee Clinic")
                return Span(start, span.end, "PERSON", None, found.titled_person)
        return None

    retyped = [Span(s.start, s.end, "PERSON", None, found.titled_person)
               if (is_mistyped_name(body[s.start:s.end], s, gazetteer) and s.how != found.acronym
                   and office_before(s.start, s.end))
               or (s.label == "PERSON" and s.how == found.ner and office_before(s.start, s.end))
               else country_office_name(s) or holder_inside(s) or s
               for s in map(with_first_name, spans)]
    # the office itself, when the model took it for an organisation, is the title of its holder
    titles = {(title.start, title.end) for s in retyped if s.label == "PERSON"
              and (title := title_before(body, s.start)) is not None}
    return [s for s in retyped if not (s.label == "ORG" and (s.start, s.end) in titles
                                       and is_office_words(body[s.start:s.end]))]


def cued_people(body: str, spans: list[Span], gazetteer: Gazetteer, found: Extractors) -> list[Span]:
    """A mistyped name with an age, a noun for a person or a known surname beside it
    (names.has_person_cue), or an office in apposition after it ("Nadia Farouk, head of vaccines
    at X"): a person."""
    surnames = {body[s.start:s.end] for s in spans if s.how == found.honorific_person}
    return [Span(s.start, s.end, "PERSON", None, found.cued_person)
            if is_mistyped_name(body[s.start:s.end], s, gazetteer)
            and (has_person_cue(body, s.start, s.end, surnames) or has_office_after(body, s.end)) else s
            for s in spans]


# the end of an apposition: a title set off by commas, not the subject of the next clause ("in the
# Northern Echo, the Bishop said")
APPOSITION_END = re.compile(r"\s*(?:[,.;:)]|\Z)")


def has_office_after(body: str, end: int) -> bool:
    after = title_after(body, end)
    return after is not None and after[0].office and APPOSITION_END.match(body, after[0].end) is not None


def person_index(body: str, spans: list[Span], gazetteer: Gazetteer, found: Extractors) -> PersonIndex:
    """The article's people: full names of its PERSON spans the gazetteer does not know, but for
    names written where no person's is (names.full_names_of_people: a product's, a club's or a
    venue's, whose words would otherwise stand for a person alone), single names a title or
    honorific marks, and first names a royal's or knight's title gives another person (namesakes)."""
    known = [s for s in spans if s.label != "PERSON" or gazetteer.lookup(body[s.start:s.end]) is None]
    full_names = full_names_of_people(body, known)
    titled = [s for s in spans if s.how in (found.titled_person, found.honorific_person) and " " not in body[s.start:s.end]]
    return PersonIndex(full_names, (body[s.start:s.end] for s in titled), namesakes(body, full_names))


# titles written before a first name alone ("Prince Charles", "Sir Joshua")
FIRST_NAME_TITLES = literal_alternation(word_list("first_name_titles"))


def namesakes(body: str, full_names: Iterable[str]) -> set[str]:
    """First names of the article's full names (and surnames of none) that the article also
    writes alone after a title that goes with first names, no full name of theirs written after
    that title: another person of that first name ("Prince Charles" beside "Charles Kennedy";
    "Sir Joshua" after "Sir Joshua Reynolds" is he)."""
    surnames = {full.split()[-1] for full in full_names}
    found = set()
    for first in {full.split()[0] for full in full_names} - surnames:
        owners = [full for full in full_names if full.split()[0] == first]
        for title in re.finditer(rf"\b({FIRST_NAME_TITLES})\s+{re.escape(first)}\b(?!\s+[A-Z])", body):
            if not any(f"{title.group(1)} {full}" in body for full in owners):
                found.add(first)
    return found


def resolved_mentions(body: str, spans: list[Span], locator: SentenceLocator, gazetteer: Gazetteer,
                      people: PersonIndex, countries: ArticleCountries, found: Extractors) -> list[Mention]:
    mentions = []
    for span in spans:
        text = body[span.start:span.end]
        entity, (confidence, extractor) = resolve(text, span, gazetteer, people, countries, found)
        mentions.append(Mention(span.start, span.end, text, locator.index_of(span.start), entity,
                                confidence, extractor))
    return mentions


# The small model tags many unfamiliar town names as people; right after a locative preposition
# ("near Valdmere", "in Kirkuk", "toward Hamah") an untitled name that is no part of a person
# named in the article is a place.
LOCATIVE_BEFORE = re.compile(r"\b(?:[Nn]ear|in|outside|toward|towards|around|inside|across)\s+$")
NAME_PARTICLES = frozenset(word_list("name_particles"))


def place_not_person(body: str, span: Span, people: PersonIndex, found: Extractors) -> Span:
    if span.label != "PERSON" or span.entity_id or span.how != found.ner:
        return span
    start, end = span.start, span.end
    text = body[start:end]
    if people.part_of_person(text) or body.startswith(POSSESSIVES, end):
        return span
    if LOCATIVE_BEFORE.search(body, max(0, start - 12), start) and len(text.split()) <= 2:
        return Span(start, end, "GPE", None, found.ner)
    return span


# a works' or a site's place: "a solar plant at Chisamba", "the mine near Kolwezi"
WORKS_PLACE_BEFORE = re.compile(r"\b(?:plant|factory|mine|refinery|smelter|mill|terminal|depot|warehouse|farm|site|"
                                r"station|facility|campus)s?\s+(?:in|at|near|outside)\s+$")


def place_not_organisation(body: str, span: Span, found: Extractors) -> Span:
    """A one-word name only the model read as an organisation, right after a works' noun and
    "in", "at" or "near" ("a 50 MW solar plant at Chisamba"): the place the works stand in."""
    if span.label != "ORG" or span.entity_id or span.how != found.ner:
        return span
    start, end = span.start, span.end
    if (" " in body[start:end] or ORG_HEAD_WORD.search(body, start, end) or body.startswith(POSSESSIVES, end)
            or not WORKS_PLACE_BEFORE.search(body, max(0, start - 30), start)):
        return span
    return Span(start, end, "GPE", None, found.ner)


RETYPED_AS_TOWN = ("PERSON", "NORP", "ORG")


def town_not_name(body: str, span: Span, people: PersonIndex, gazetteer: Gazetteer, countries: ArticleCountries,
                  found: Extractors) -> Span:
    """A name the model tagged PERSON, NORP or ORG that is exactly a GeoNames town of a country
    the article names, with no title or honorific before it, no person cue beside it (a club's
    name and a player's role before it: "Velkor striker Adriano"), not a demonym and no part of a
    person the article names: the town ("Fallujah" in an article about Iraq, not "Honda" in one
    about cars)."""
    if span.label not in RETYPED_AS_TOWN or span.entity_id or span.how != found.ner:
        return span
    start, end = span.start, span.end
    text = body[start:end]
    town = gazetteer.towns.get(text)
    if town is None or gazetteer.is_demonym(text) or has_title_or_honorific_before(body, start) or (
            span.label == "PERSON" and has_person_cue(body, start, end, set())):
        return span
    if not countries.beats_name(text, town[0], gazetteer, span.label, placed(body, start, end, gazetteer)):
        return span
    if people.part_of_person(text):
        return span
    return Span(start, end, "GPE", town[0].entity_id, found.ner_gazetteer)


PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|to|from|of|into|outside|around|toward|towards)\s+\Z")


def surname_not_city(body: str, span: Span, people: PersonIndex, cities: set[str], found: Extractors) -> Span:
    """A GeoNames city that is the surname of a person the article names in full ("Scott Dayton
    ... Dayton said"): the person, unless a preposition of place comes before it ("to Dayton")
    and no possessive after it ("to Dayton's family")."""
    if span.entity_id not in cities:
        return span
    start, end = span.start, span.end
    text = body[start:end]
    full = people.full_name(text)
    if full is None or full.split()[-1] != text:
        return span
    after_preposition = PLACE_PREPOSITION_BEFORE.search(body, max(0, start - 12), start)
    if after_preposition and not body.startswith(POSSESSIVES, end):
        return span
    return Span(start, end, "PERSON", None, found.ner_surname)


def places_named_again(body: str, spans: list[Span], people: PersonIndex, found: Extractors) -> list[Span]:
    """A name the article shows to be a place somewhere is that place wherever else the model
    tagged it PERSON, NORP or ORG without a title: one name has one referent within an article.
    Evidence is the gazetteer, a GeoNames town or the words before the name ("the town of
    Valdmere"), never the model's own place label, which it gives to products and companies as
    readily ("Firefox", "Linux"). A part of a person the article names stays a person's."""
    places: dict[str, Span] = {}
    for span in spans:
        if span.label in ("PLACE", "SUBDIVISION", "GPE") and (span.entity_id or span.how != found.ner):
            places.setdefault(body[span.start:span.end], span)
    retyped = []
    for span in spans:
        text = body[span.start:span.end]
        place = places.get(text)
        if (place is not None and span.label in RETYPED_AS_TOWN and span.entity_id is None
                and span.how == found.ner and not people.part_of_person(text)):
            span = Span(span.start, span.end, place.label, place.entity_id, place.how)
        retyped.append(span)
    return retyped


NAME_NEIGHBOUR_BEFORE = re.compile(r"(?:[A-Z][\w’'.]*[ \-–—]|[\-–—/])$")
NAME_NEIGHBOUR_AFTER = re.compile(r"[ \-–—/]?[A-Z]|[\-–—/]")
# a capitalised word closing its sentence ("on Sunday. Ruto said") is no part of the name after it
SENTENCE_CLOSING_WORD = re.compile(r"[A-Z][^\W\d_]*[a-z]{2}\. $")


def name_back_references(body: str, spans: list[Span], people: PersonIndex, found: Extractors) -> list[Span]:
    """A person's full name written again, and later bare first names or surnames of a person the
    article names in full ("Okonkwo said"), or after an office title ("President Okonkwo"), that
    no span covers: the small model misses many of them."""
    added, taken, words = [], Intervals((s.start, s.end) for s in spans), word_index(body)
    for name in sorted(people.full_names):  # the full name again where the model missed it (a caption)
        for start, end in words.spans(name):
            if not taken.overlaps(start, end) and not NAME_NEIGHBOUR_AFTER.match(body, end):
                added.append(Span(start, end, "PERSON", None, found.ner_surname))
                taken.add(start, end)
    for part in people.parts():
        if len(part) < 3 or part in NAME_PARTICLES or not part[0].isupper():
            continue
        for start, end in words.spans(part):
            if taken.overlaps(start, end):
                continue
            if NAME_NEIGHBOUR_AFTER.match(body, end) or (name_before(body, start) and not has_office_before(body, start)):
                continue  # part of a longer name or compound ("Novi Sad–Subotica"), not a back-reference
            added.append(Span(start, end, "PERSON", None, found.ner_surname))
            taken.add(start, end)
    return added


def organisation_back_references(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """The first word of an organisation's name written alone later, where no span covers it ("to
    Suryoday for the project" after "Suryoday Renewables Ltd"): the small model misses many such
    short names of companies it does not know. Only a word of no English word list, opening the name
    of one organisation of the article (its longest name, the others its opening words), written
    alone (no capitalised word beside it) after that name ("Sundance" before "the Sundance TV
    Channel" is the festival)."""
    openings: dict[str, set[str]] = {}
    named_at: dict[str, int] = {}  # where the first name a word opens is written: uses before it are no back-references
    for span in spans:
        if span.label == "ORG":
            name = body[span.start:span.end]
            first = name.split()[0]
            if " " in name and first.isalpha() and first[0].isupper() and not first.isupper():
                openings.setdefault(first, set()).add(name)
                named_at[first] = min(named_at.get(first, span.start), span.start)
    common = lemma_index_words()
    added, taken, words = [], Intervals((s.start, s.end) for s in spans), word_index(body)
    for first, names in openings.items():
        name = max(names, key=len)  # "Suryoday Renewables" in a headline is "Suryoday Renewables Ltd"
        if any(not opens_organisation_name(other, {name}) for other in names) \
                or len(first) < SHORT_NAME_LETTERS or first.lower() in common:
            continue
        for start, end in words.spans(first):
            if start < named_at[first] or taken.overlaps(start, end) or NAME_NEIGHBOUR_AFTER.match(body, end) \
                    or name_before(body, start):
                continue
            added.append(Span(start, end, "ORG", None, found.short_name, name))
            taken.add(start, end)
    return added


def name_before(body: str, start: int) -> bool:
    """Whether a capitalised word (or a dash or slash) runs into the word at `start` from before, so
    that it is part of a longer name; a capitalised word closing the sentence before is none."""
    neighbour = NAME_NEIGHBOUR_BEFORE.search(body, max(0, start - 40), start)
    return neighbour is not None and not SENTENCE_CLOSING_WORD.match(neighbour.group())


# A short name of fewer letters may be anyone's word or initials.
SHORT_NAME_LETTERS = 4


OWNER_TYPES = ("ORG", "COUNTRY")
POSSESSED = tuple(f"{mark} " for mark in POSSESSIVES)
# after of/at/for, up to one possessive owner: "at Chile’s Andes Mining Corporation"
TAIL_OWNER = re.compile(r"\b(?:of|at|for)\s+(?:the\s+)?(?:\S+[’']s\s+)?$")


class Owners:
    """The ORG and COUNTRY mentions of an article, to find the first one (in the mentions' order)
    that starts, or ends, within a range without scanning them all for every person."""

    def __init__(self, mentions: list[Mention]):
        self._owners = [m for m in mentions if m.entity_type in OWNER_TYPES]
        self._by = {}
        for edge in ("start", "end"):
            order = sorted(range(len(self._owners)), key=lambda i: getattr(self._owners[i], edge))
            self._by[edge] = (order, [getattr(self._owners[i], edge) for i in order])

    def first(self, edge: str, low: int, high: int, fits: Callable[[Mention], bool]) -> Mention | None:
        """The first owner whose `edge` ("start" or "end") is in [low, high] and that fits."""
        order, offsets = self._by[edge]
        window = order[bisect_left(offsets, low):bisect_right(offsets, high)]
        return next((self._owners[i] for i in sorted(window) if fits(self._owners[i])), None)


def attach_titles(body: str, mentions: list[Mention]) -> None:
    """Set title, its offsets and affiliation on PERSON mentions (see Mention in types.py)."""
    owners = Owners(mentions)
    longest_gap = max(map(len, OWNER_GAPS))
    for mention in mentions:
        if mention.entity_type != "PERSON":
            continue
        owner = None
        if (title := title_before(body, mention.start)) is not None and title.office:
            owner = owners.first("end", title.start - longest_gap, title.start,
                                 lambda m: body[m.end:title.start] in OWNER_GAPS)
        elif (after := title_after(body, mention.end)) is not None:
            title, lead_start = after
            owner = owners.first("start", lead_start, title.start, lambda m: m.end <= title.start)
        else:
            continue
        # "head of Apple": the organisation after of/at/for inside the title; an organisation
        # there outranks one before the title ("U.N. Director for the International Crisis Group")
        tail = owners.first("start", title.start + 1, title.end,
                            lambda m: m.end <= title.end and TAIL_OWNER.search(body, title.start, m.start)
                            and not body.startswith(POSSESSIVES, m.end)
                            and (owner is None or m.entity_type == "ORG"))
        owner = tail or owner
        if owner is not None and owner.entity_type == "ORG" and owner.text.casefold() in STATE_BODIES:
            # "Kenya's Cabinet secretary": a body of the state named before it; the state holds the office
            owner = owners.first("end", owner.start - longest_gap, owner.start,
                                 lambda m: m.entity_type == "COUNTRY" and body[m.end:owner.start] in POSSESSED) or owner
        mention.title, mention.title_start, mention.title_end = title.text, title.start, title.end
        mention.affiliation = owner.entity if owner else None
        mention.former = is_past_role(body, title.start, title.end)


class EntityExtractor:
    """Turns articles into mentions, amounts, dates and relations; loads spaCy on first use."""

    def __init__(self, batch_size: int | None = None):
        self.batch_size = batch_size

    def extract(self, articles: Iterable[ArticleText]) -> Iterator[Extraction]:
        """One Extraction per article, in input order: its body and other sections (captions,
        bio) read as one text (ArticleText.joined), its sentences in capitals recased
        (casing.py), the rows then tagged with their section."""
        joined: collections.deque[tuple[ArticleText, ArticleText, list[tuple[int, str]]]] = collections.deque()

        def texts() -> Iterator[ArticleText]:
            for article in articles:
                text, starts = article.joined()
                joined.append((text, text.in_restored_case(), starts))
                yield joined[-1][1]

        for extraction in self.extract_texts(texts()):
            text, read, starts = joined.popleft()  # nlp.pipe reads ahead, in order
            if read is not text:
                extraction.as_written(text.body)
            yield extraction.into_sections(starts, text.sentences)

    def extract_texts(self, articles: Iterable[ArticleText]) -> Iterator[Extraction]:
        """One Extraction per text, in input order; texts stream through nlp.pipe, which runs the
        chain of chain.cfg on each. A long body (chain.LONG_BODY_CHARS) goes through the model's
        components in pieces instead (chain.long_article_doc)."""
        nlp = load_pipeline()
        for long, group in itertools.groupby(articles, key=is_long):
            if long:
                docs = (long_article_doc(nlp, article) for article in group)
            else:
                docs = nlp.pipe((article_doc(nlp, article) for article in group),
                                batch_size=self.batch_size or batch_size())
            for doc in docs:
                yield Extraction(
                    mentions=sorted([*doc._.mentions, *doc._.references, *doc._.quantities], key=lambda m: m.start),
                    amounts=doc._.amounts,
                    dates=doc._.dates,
                    relations=doc._.relations,
                    events=doc._.events,
                )

