"""Gazetteer hits weighed against the model and the article (issue 11, item 1).

A gazetteer hit is a candidate, not a verdict. The ruler marks every known name
(doc.spans["gazetteer"], after the model's `ner`); weighed_spans keeps a candidate, or the
model's span over it, by three kinds of evidence:

  the model's span   a longer PERSON, ORG, FAC, ... span around a place is a name that merely
                     contains the place ("Texas Instruments", "Washington Post", "Lloyd Austin");
                     a demonym inside an organisation stays, the organisation's nationality or
                     for the institution pass ("Syrian Observatory", "Iraqi Army"), unless it
                     closes the name ("Air New Zealand"); a country's
                     name only where that pass makes a government or armed forces of it, not in
                     a company's or body's name ("Bank of France", "Air Malta");
                     so does any place
                     inside a "person" with lower-case words, an office the model ran into a
                     name ("Minister for the Middle East Tobias Ellwood"), and a country opening
                     one; the model's words around a kept place remain names of its label;
                     a curated organisation opening the model's span of a unit's, outlet's or
                     service's name is that one organisation ("BBC Radio 4", "Google Video"; not
                     a product's name after its maker's, "Microsoft Windows": names_unit);
                     a town opening the model's span of a club's name is the club, whatever the
                     model typed it as ("Manchester City beat ...": names_club), and a people's
                     adjective opening the model's event is the event's ("the French Open")
  prominence         where the model reads the very same words as a person or organisation, a
                     GeoNames city is the city only when it is a capital or very populous
                     (gazetteer.prominent_cities), or its country is named in the article
                     ("Honda", "Nikki", "President Bush" are not towns of Colombia, Benin, Egypt)
  the article        ArticleCountries: how often the article names each country, directly or
                     through a demonym, state or city it places there. A country's name that is
                     also a state elsewhere ("Georgia") is the state when the article names the
                     state's country more often than the country ("Voters in Georgia ... the
                     White House"); a minor place keeps its GeoNames identity only when the
                     article names its country, or names no country at all ("Rio Grande" in an
                     article about Texas and Mexico is not the Brazilian city).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from .gazetteer import Gazetteer, literal_alternation, word_list
from .institutions import find_institutions
from .organisations import CLUB_SHORT_NAMES, TRANSFER_BEFORE, acts_as_a_club, plays_a_match, side_of_a_result
from .titles import title_after, title_before, title_words
from .types import Entity

if TYPE_CHECKING:
    from .chain import Extractors
    from .extract import Span

PLACE_TYPES = ("COUNTRY", "SUBDIVISION", "PLACE", "REGION")
# Model labels that name a person or organisation rather than a place
NAME_LABELS = ("PERSON", "ORG")
# Model labels of names a place can be part of without being what they name
CONTAINING_LABELS = ("PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW")


class CountryHit(NamedTuple):
    """A country candidate as institutions.find_institutions reads spans."""

    start: int
    end: int
    entity_id: str
    label: str = "COUNTRY"


@dataclass(frozen=True)
class Candidate:
    """A gazetteer hit: the ruler's span and the entity its surface names."""

    start: int
    end: int
    entity_id: str


class ArticleCountries:
    """How often an article names each country (alpha-3): the country itself, its demonyms and
    the gazetteer places that carry its code, counted per surface so that the name being judged
    can be left out of its own evidence."""

    def __init__(self, named: list[tuple[str, str]]):
        self._by_surface: dict[str, Counter] = {}
        self._total: Counter = Counter()
        for surface, alpha_3 in named:
            self._by_surface.setdefault(surface, Counter())[alpha_3] += 1
            self._total[alpha_3] += 1

    @classmethod
    def of(cls, body: str, candidates: list[Candidate], gazetteer: Gazetteer,
           model: list[Span] = ()) -> ArticleCountries:
        """From the candidates, less homonyms and places inside a longer name the model reads as a
        person's ("Austin Mitchell" names no American city)."""
        people = [(span.start, span.end) for span in model if span.label == "PERSON"]
        named = []
        for candidate in candidates:
            surface = body[candidate.start:candidate.end]
            entity = gazetteer.entities[candidate.entity_id]
            if any(start <= candidate.start and candidate.end <= end and end - start > candidate.end - candidate.start
                   for start, end in people):
                continue
            if entity.country_code and surface not in gazetteer.homonyms:  # a homonym is no evidence
                named.append((surface, entity.country_code))
        return cls(named)

    def mentions(self, alpha_3: str | None, besides: str = "") -> int:
        """How often the article names the country, leaving out the surface `besides`."""
        if alpha_3 is None:
            return 0
        return self._total[alpha_3] - self._by_surface.get(besides, Counter())[alpha_3]

    def any_besides(self, surface: str) -> bool:
        """Whether the article names any country at all, leaving out `surface`."""
        return any(self.mentions(alpha_3, surface) for alpha_3 in self._total)

    def chosen(self, surface: str, entity: Entity, gazetteer: Gazetteer) -> Entity:
        """A country's name that is also a state elsewhere: the state, when the article names the
        state's country more often than the country itself."""
        state = gazetteer.homonyms.get(surface)
        if state is not None and entity.entity_type == "COUNTRY" and (
                self.mentions(state.country_code, surface) > self.mentions(entity.country_code, surface)):
            return state
        return entity

    def keeps_identity(self, surface: str, entity: Entity, gazetteer: Gazetteer) -> bool:
        """A minor GeoNames place (a city below prominence or a town) is itself when the article
        names its country or names no other country; else it is a place of that name elsewhere."""
        if not is_minor_place(entity, gazetteer):
            return True
        return self.mentions(entity.country_code, surface) > 0 or not self.any_besides(surface)

    def beats_name(self, surface: str, entity: Entity, gazetteer: Gazetteer, label: str = "PERSON",
                   placed: bool = False) -> bool:
        """Whether a gazetteer entity outweighs the model's reading of the same words as a person
        or organisation: a country, state, region or curated name always; a minor place over the
        model's person when its country is named in the article, over the model's organisation
        only where the text puts it on the map (placed: "in Nokia") or it is written in capitals
        (a dateline, a table): a company named after a town of a country the article names
        ("Nokia ... Finland") is still the company."""
        if not is_minor_place(entity, gazetteer):
            return True
        if label == "ORG" and not placed and not surface.isupper():
            return False  # (the model reads a word in capitals as a name wholesale: "STUTTGART 1996-08-22")
        return self.mentions(entity.country_code, surface) > 0


# A run of words in capitals: a headline, a table or a shouted phrase, where the case of a word
# says nothing of it being a name. A word of it counts when it has letters and none in lower case.
CAPITALS_WORD = re.compile(r"[^\sa-z]*[A-Z][^\sa-z]*")
CAPITALS_RUN = 3  # words in capitals in a row that make a run; a line of only capitals is one
MAX_NAME_WORDS = 4


def capitals_runs(body: str) -> list[tuple[int, int]]:
    """The stretches of the article written in capitals: lines without a lower-case letter, and
    runs of CAPITALS_RUN or more capitalised words inside other lines."""
    runs = []
    for line in re.finditer(r"[^\n]+", body):
        words = [w for w in re.finditer(r"\S+", line.group()) if re.search(r"[A-Za-z]", w.group())]
        if not words:
            continue
        if not re.search(r"[a-z]", line.group()):
            runs.append((line.start() + words[0].start(), line.start() + words[-1].end()))
            continue
        streak: list = []
        for word in [*words, None]:
            if word is not None and CAPITALS_WORD.fullmatch(word.group()) and len(re.sub(r"\W", "", word.group())) > 1:
                streak.append(word)
                continue
            if len(streak) >= CAPITALS_RUN:
                runs.append((line.start() + streak[0].start(), line.start() + streak[-1].end()))
            streak = []
    return runs


def in_capitals(body: str, candidates: list[Candidate], gazetteer: Gazetteer,
                runs: list[tuple[int, int]]) -> list[Candidate]:
    """The candidates, read in capitals by the title-case forms of the words: a capitalised
    alias that is also a common word ("IS", "WHO") is that word there, a country's alias
    ("US") stays, and the gazetteer's names written in capitals ("JAPAN", "NEW YORK") are found,
    as the ruler matches the case it was given."""
    if not runs:
        return candidates

    def within_run(start: int, end: int) -> bool:
        return any(run_start <= start and end <= run_end for run_start, run_end in runs)

    kept = [c for c in candidates
            if not within_run(c.start, c.end) or gazetteer.entities[c.entity_id].entity_type == "COUNTRY"
            or body[c.start:c.end].lower() not in STOP_WORDS]
    taken = [(c.start, c.end) for c in kept]
    for run_start, run_end in runs:
        words = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][\w'&.-]*[\w]|[A-Z]", body[run_start:run_end])]
        words = [(run_start + start, run_start + end) for start, end in words]
        i = 0
        while i < len(words):
            for size in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
                start, end = words[i][0], words[i + size - 1][1]
                text = body[start:end]
                if (size > 1 and not re.fullmatch(r"[\w'&.-]+(?: [\w'&.-]+)*", text)) or any(
                        s < end and start < e for s, e in taken):
                    continue
                if text.lower() in STOP_WORDS or len(text) < 3:
                    continue
                entity = gazetteer.lookup(text.title()) or gazetteer.lookup(text)
                if entity is not None:
                    kept.append(Candidate(start, end, entity.entity_id))
                    taken.append((start, end))
                    i += size - 1
                    break
            i += 1
    return sorted(kept, key=lambda c: (c.start, c.end))


def known_in_capitals(spans: list[Span], runs: list[tuple[int, int]]) -> list[Span]:
    """The spans less those inside a run of capitals with no gazetteer identity: the small model
    reads words in capitals as names wholesale ("RUGBY UNION - ENGLAND NAME", "DEFEAT")."""
    return [span for span in spans if span.entity_id is not None
            or not any(start <= span.start and span.end <= end for start, end in runs)]


def is_minor_place(entity: Entity, gazetteer: Gazetteer) -> bool:
    """A GeoNames city below prominence, or a town, with a country: curated places, prominent
    cities and countryless names are what they are."""
    if entity.country_code is None or entity.entity_id in gazetteer.prominent_cities:
        return False
    town = gazetteer.towns.get(entity.canonical_name)
    return entity.entity_id in gazetteer.cities or (town is not None and town[0].entity_id == entity.entity_id)


# country aliases that name the country only after "the" (word list article_country_aliases)
ARTICLE_COUNTRY_ALIASES = frozenset(word_list("article_country_aliases"))
THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
LIST_JOINT = re.compile(r"\s*(?:,|;|\band\b|\bor\b|,\s*and\b)\s*")


def listed_with_a_country(body: str, start: int, end: int, country_spans: list[tuple[int, int]]) -> bool:
    """Whether a name stands in a list next to a country's name ("Saudi Arabia, Emirates, Turkey")."""
    return any(LIST_JOINT.fullmatch(body, b, start) or LIST_JOINT.fullmatch(body, end, a) for a, b in country_spans
               if b <= start or end <= a)


def weighed_spans(body: str, model: list[Span], candidates: list[Candidate], gazetteer: Gazetteer,
                  countries: ArticleCountries, found: Extractors) -> list[Span]:
    """The article's entity spans: each candidate kept, or dropped for the model's span over it
    (see the module docstring); the model's spans no kept candidate overlaps; in text order.
    A kept candidate is typed by its entity (the context's choice for a homonym); one that keeps
    no GeoNames identity becomes a place of its own name, without an id."""
    from .extract import Span

    kept: list[Span] = []
    model = list(model)
    model_ends = [span.end for span in model]
    model_in_order = all(a.end <= b.start for a, b in zip(model, model[1:]))
    overruled: dict[int, list[tuple[int, int]]] = {}  # model span index -> the candidates kept over it
    sides: dict[str, bool] = {}  # a name -> whether the article makes it a club's side (names_club)
    country_spans = [(c.start, c.end) for c in candidates if gazetteer.entities[c.entity_id].entity_type == "COUNTRY"
                     and body[c.start:c.end] not in ARTICLE_COUNTRY_ALIASES]
    for candidate in candidates:
        start, end = candidate.start, candidate.end
        surface = body[start:end]
        entity = countries.chosen(surface, gazetteer.entities[candidate.entity_id], gazetteer)
        overlapping = overlapping_indexes(model, model_ends, model_in_order, start, end)
        if (surface in ARTICLE_COUNTRY_ALIASES and not THE_BEFORE.search(body, max(0, start - 4), start)
                and not listed_with_a_country(body, start, end, country_spans)):
            # "Emirates" alone is the airline, whatever the model read it as; "the Emirates", or
            # "Saudi Arabia, Emirates", the country
            for i in overlapping:
                if (model[i].start, model[i].end) == (start, end):
                    model[i] = dataclasses.replace(model[i], label="ORG", how=found.organisation_cue)
            continue
        units = [i for i in overlapping
                 if names_unit(body, model[i], start, end, entity) or names_club(body, model[i], start, end, entity, sides)]
        for i in units:  # one organisation by its longer name, whatever the model typed it as
            model[i] = dataclasses.replace(model[i], label="ORG", how=found.ner_merged)
        if units:
            continue
        if any(prefers_model(body, model[i], start, end, entity, gazetteer, countries) for i in overlapping):
            continue
        for i in overlapping:
            overruled.setdefault(i, []).append((start, end))
        if entity.entity_type == "PLACE" and not countries.keeps_identity(surface, entity, gazetteer):
            kept.append(Span(start, end, "GPE", None, found.ner))
        else:
            kept.append(Span(start, end, entity.entity_type, entity.entity_id, found.gazetteer))
    kept += [span for i, span in enumerate(model) if i not in overruled]
    kept += [piece for i, taken in overruled.items() for piece in remainders(body, model[i], taken)]
    return sorted(kept, key=lambda s: (s.start, s.end))


def overlapping_indexes(model: list[Span], ends: list[int], in_order: bool, start: int, end: int) -> list[int]:
    """Indexes of the model's spans that overlap start..end, ascending: a bisect when the spans
    are in text order and apart, as the model's entities are, else a scan of them all (a scan per
    candidate is quadratic in a long article)."""
    if not in_order:
        return [i for i, span in enumerate(model) if span.start < end and start < span.end]
    found, i = [], bisect_right(ends, start)
    while i < len(model) and model[i].start < end:
        found.append(i)
        i += 1
    return found


def remainders(body: str, span: Span, taken: list[tuple[int, int]]) -> list[Span]:
    """The parts of a model's span that the candidates kept over it leave, each a name of the
    span's label when it opens with a capital and does not close on a lower-case word
    ("Kazakhstan Temir Zholy": "Temir Zholy" beside the country; not "The Government of", which
    institutions.py reads with the country, nor stop words alone, "The" of "The International
    Monetary Fund"), as the model would have found it around a preset entity."""
    from .extract import Span

    pieces, start = [], span.start
    for taken_start, taken_end in sorted(taken):
        pieces.append((start, taken_start))
        start = max(start, taken_end)
    pieces.append((start, span.end))
    kept = []
    for start, end in pieces:
        text = body[start:end]
        lead = len(text) - len(text.lstrip(" ’'s-"))  # the space or possessive after a place
        start, end = start + lead, start + len(text.rstrip())
        words = body[start:end].split()
        if (end - start > 1 and body[start].isupper() and not words[-1].islower()
                and not all(word.lower() in STOP_WORDS for word in words)):  # "The" of "The IMF" is no name
            kept.append(Span(start, end, span.label, None, span.how))
    return kept


# The words after a known organisation that make the model's span of one name one of its units,
# outlets or services ("BBC Radio 4", "BBC World Service", "Google Video"): capitalised words with
# a head of organisations' names, a kind of organisation or a word of unit_name_words among them
# (a number may follow it: "Radio 4"), or a number right after the name ("BBC Two", "BBC 6 Music").
# A product's name after its maker's ("Microsoft Windows", "Apple Powerbook 100") has none of them.
UNIT_WORDS = literal_alternation([*word_list("organisation_heads"), *word_list("unit_name_words"),
                                  *(kind.capitalize() for kind in word_list("organisation_kinds") if " " not in kind)])
NUMBER = r"(?:\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
CAPITALISED = r"[A-Z][\w&-]*"
UNIT_NAME = re.compile(rf" (?:{NUMBER}|(?:{CAPITALISED} )*?(?:{UNIT_WORDS})(?: {NUMBER})?)(?: {CAPITALISED})*(?:['’]s)?")
# what may open the model's span before the organisation's name
ARTICLE = re.compile(r"(?:[Tt]he )?")


def names_unit(body: str, span: Span, start: int, end: int, entity: Entity) -> bool:
    """Whether the model's span over a gazetteer organisation [start, end) is one name of a unit,
    outlet or service of it (UNIT_NAME after it, to the span's end; the name opening the span or
    only an article before it), read by the model as an organisation or a person: one organisation
    by the longer name, not the known one and a stray remainder ("BBC" + "News")."""
    return (entity.entity_type == "ORG" and span.label in NAME_LABELS and span.start <= start and end < span.end
            and ARTICLE.fullmatch(body, span.start, start) is not None
            and UNIT_NAME.fullmatch(body, end, span.end) is not None)


# the capitalised words after a town's name, to the end of the model's span, in a club's name
# ("Manchester City", "Sheffield Wednesday", "Manchester City's")
CLUB_NAME_REST = re.compile(rf"(?: {CAPITALISED})*?(?P<last> {CAPITALISED})(?:['’]s)?")


def names_club(body: str, span: Span, start: int, end: int, entity: Entity, sides: dict[str, bool]) -> bool:
    """Whether the model's span opened by a town's or state's name [start, end) and closed by
    capitalised words, whatever the model typed it as, is a club's name: its last word one a
    club's name ends in and stands for it ("Manchester United": CLUB_SHORT_NAMES), or the whole
    name a side of a match or result or a club fielding players anywhere in the article
    ("Manchester City beat Leeds", "behind leaders Bristol Rovers"), as a town alone is not
    ("Manchester" stays the town)."""
    if entity.entity_type not in ("PLACE", "SUBDIVISION") or span.start != start or end >= span.end:
        return False
    rest = CLUB_NAME_REST.fullmatch(body, end, span.end)
    if rest is None:
        return False
    last = rest.group("last").strip()
    name_end = span.end - (2 if body[span.end - 2:span.end] in ("'s", "’s") else 0)
    if last in CLUB_SHORT_NAMES:
        return True
    name = body[span.start:name_end]
    if name not in sides:  # asked once per name: a long article repeats it many times
        sides[name] = named_as_a_side(body, name)
    return sides[name]


# a player's move to or from a club, or a club joined: "a move to Exeter City", "his loan move from
# Hull City", "joined Exeter City" (TRANSFER_BEFORE gives "signed from", "on loan to"). Only for a
# town's name run into further capitalised words, which names no town a person moves to or joins
# (a town named so, "Iowa City", is the gazetteer's whole: "moved to Iowa City" stays the town).
CLUB_MOVE_BEFORE = re.compile(r"\b(?:(?:a|an|his|her|their|the)\s+(?:[\w£$€.-]+\s+){0,2}?move\s+(?:from|to)"
                              r"|join|joins|joined|joining)\s+\Z")


def named_as_a_side(body: str, name: str) -> bool:
    """Whether some use of `name` in the article is a side of a match or result, a club fielding
    players, or a club in a player's move (TRANSFER_BEFORE, CLUB_MOVE_BEFORE): an article means one
    thing by one name, so a side anywhere makes it a club's throughout."""
    uses = re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body)
    return any(plays_a_match(body, use.start(), use.end()) or side_of_a_result(body, use.start(), use.end())
               or acts_as_a_club(body, use.start(), use.end())
               or TRANSFER_BEFORE.search(body, max(0, use.start() - 30), use.start()) is not None
               or CLUB_MOVE_BEFORE.search(body, max(0, use.start() - 40), use.start()) is not None for use in uses)


def prefers_model(body: str, span: Span, start: int, end: int, entity: Entity, gazetteer: Gazetteer,
                  countries: ArticleCountries) -> bool:
    """Whether the model's span outweighs the candidate [start, end) it overlaps."""
    if entity.entity_type not in PLACE_TYPES:
        return False  # a curated organisation, policy or event is what the gazetteer says
    longer = span.start <= start and end <= span.end and (span.start, span.end) != (start, end)
    if longer and span.label == "PERSON":  # a name of capitalised words, not an office run into one
        return not any(word[:1].islower() for word in body[span.start:span.end].split()) and not (
            entity.entity_type == "COUNTRY" and start == span.start  # "Kazakhstan Temir Zholy"
            and not named_as_person(body, span))  # "Jordan McCloud ... McCloud threw", "coach Chad Ames"
    if longer and span.label in CONTAINING_LABELS:
        # a demonym modifies the words after it ("Syrian Observatory"); the country's own name
        # closing the name is part of it ("Air New Zealand")
        adjective = gazetteer.is_demonym(body[start:end]) and (end < span.end or body[start:end] != entity.canonical_name)
        # an event's name a people's adjective opens is the event's, no mention of the country
        # ("the French Open", "the Irish Cup")
        names_event = span.label == "EVENT" and adjective and ARTICLE.fullmatch(body, span.start, start) is not None
        return entity.entity_type != "COUNTRY" or names_event or (
            span.label == "ORG" and not adjective and not pairs_country(body, span, start, end)
            and not find_institutions(body, [CountryHit(start, end, entity.entity_id)], gazetteer.institutions))
    same = (span.start, span.end) == (start, end)
    return same and span.label in NAME_LABELS and not countries.beats_name(
        body[start:end], entity, gazetteer, span.label, placed(body, start, end, gazetteer))


# One name beside another across a hyphen, each a single word: "Israel-PLO talks", "Japan-Nato".
HYPHEN_PAIR = re.compile(r"(?:[Tt]he )?(?P<pair>[A-Z][\w.]*-[A-Z][\w.]*)")


def pairs_country(body: str, span: Span, start: int, end: int) -> bool:
    """Whether the model's one organisation is the country joined by a hyphen to another single
    name ("Israel-PLO talks", which pair the two), not a name the country is a word of ("Air
    France-KLM")."""
    pair = HYPHEN_PAIR.fullmatch(body, span.start, span.end)
    return pair is not None and (start == pair.start("pair") or end == span.end)


# what puts a name on the map: a preposition of place before it ("trials in Nokia", "between
# Gouda and Haarlem"; not "at" or "from", which name employers and sources too: "an engineer at
# Nokia", "a statement from Nokia", but "at" after works sited there), a kind of settlement
# before it ("the port of Whittier"), an apposition after it saying where or what place it is
# ("Whittier, a port in Alaska", "Mohali, near Chandigarh"), or its state or country after a comma
# ("Dayton, Ohio", "Grande Prairie, Alta.")
SETTLEMENTS = r"(?:port|town|city|village|resort|suburb|district|province|region|capital|county|state)"
# works sited "at" a place ("a casting facility at Wardha", "its dry dock at Narayanganj"): "at"
# after them places the name as "in" does
WORKS_AT = r"(?:plant|factory|facility|refinery|mill|smelter|mine|shipyard|yard|dock|terminal|depot|warehouse|site)"
LOCATIVE_BEFORE = re.compile(rf"\b(?:(?:in|near|outside|around|into|across|throughout|between)"
                             rf"|between\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?\s+and|{SETTLEMENTS}\s+of|{WORKS_AT}\s+at)\s+\Z")
PLACE_APPOSITION_AFTER = re.compile(rf"\s*,\s+(?:(?:near|north|south|east|west|outside)\b"
                                    rf"|(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}{SETTLEMENTS}\b)")
# "the Dayton peace agreement", "the Newbury bypass": a name between "the" and a plain noun that is
# nothing a company has or makes ("the Nokia boss", "the Nokia phone" are the company's)
MODIFIER_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
NOUN_AFTER = re.compile(r"\s+(?P<noun>[a-z][\w-]*)")
COMPANY_NOUNS = frozenset(w for name in ("company_products", "organisation_belongings", "organisation_kinds")
                          for w in word_list(name) if " " not in w)
REGION_AFTER = re.compile(r"\s*,\s+(?:(?P<abbreviation>[A-Z][a-z]{1,4}\s?\.)|(?P<name>[A-Z][\w.]*(?: [A-Z][\w.]*)?)\b)")


def placed(body: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the text puts body[start:end] on the map (LOCATIVE_BEFORE, PLACE_APPOSITION_AFTER,
    a modifier of a noun no company has, REGION_AFTER: a state's abbreviation, or a country or
    state the gazetteer knows)."""
    if (LOCATIVE_BEFORE.search(body, max(0, start - 40), start) is not None
            or PLACE_APPOSITION_AFTER.match(body, end) is not None):
        return True
    noun = NOUN_AFTER.match(body, end)
    if noun is not None and MODIFIER_BEFORE.search(body, max(0, start - 6), start) and (
            noun.group("noun") not in COMPANY_NOUNS):
        return True
    region = REGION_AFTER.match(body, end)
    if region is None:
        return False
    known = gazetteer.lookup(region.group("name")) if region.group("name") else None
    return region.group("abbreviation") is not None or (
        known is not None and known.entity_type in ("COUNTRY", "SUBDIVISION"))


# a side's people ("coach", "striker") right before a name, as a title is
SIDE_ROLE_BEFORE = re.compile(rf"\b(?:{'|'.join(map(re.escape, word_list('side_roles')))})\s+\Z", re.IGNORECASE)


GIVEN_NAME_COUNTRIES = frozenset(word_list("given_name_countries"))
TITLE_WORDS = frozenset(word.casefold() for words in title_words().values() for word in words)


def named_as_person(body: str, span: Span) -> bool:
    """Whether the text treats the name as a person's, so that a country opening it is a given
    name: the country's name is a common given name and no title word follows it in the name
    ("America Chavez's card"; not "Jordan King Abdullah"), its surname stands alone elsewhere, or a
    title or a side's role is given right before or after it ("head coach Chad Ames", "Georgia
    Pell, the team's captain")."""
    first, *rest = body[span.start:span.end].split()
    return ((first in GIVEN_NAME_COUNTRIES and not any(word.casefold() in TITLE_WORDS for word in rest))
            or surname_used_alone(body, span) or title_before(body, span.start) is not None
            or SIDE_ROLE_BEFORE.search(body, max(0, span.start - 20), span.start) is not None
            or title_after(body, span.end) is not None)


def surname_used_alone(body: str, span: Span) -> bool:
    """Whether the last word of a name is written elsewhere in the article on its own, as people
    are named again by surname: a country opening such a name is a given name ("Jordan
    McCloud"), not the country."""
    surname = body[span.start:span.end].split()[-1]
    return any(not (span.start <= match.start() < span.end)
               for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", body))
