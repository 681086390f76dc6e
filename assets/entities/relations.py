"""Relations between entities mentioned in one sentence: co-occurrence for every pair of named
entities, plus surface patterns chosen for precision over recall. Every pattern reads the text
between mentions, so it only fires when the entities sit exactly where the construction puts them.

Confidence is a fixed score per construction (how often it meant what we say in the texts we
wrote the patterns on), not a probability: 0.85 for a title stated beside the name, 0.8 for
explicit verbs between adjacent mentions, 0.6-0.7 where one end is a guess, 0.3 for co-occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations, groupby

from .patterns import POSSESSIVES
from .titles import OWNER_GAPS, PAST_IN_TITLE, STATE_BODIES
from .types import Event, Mention, Relation

CO_OCCURRENCE_CONFIDENCE = 0.3
CO_OCCURRING_TYPES = ("PERSON", "ORG", "COUNTRY", "SUBDIVISION")
MAX_CO_OCCURRENCES = 3  # pairs per sentence
MAX_CO_OCCURRENCE_GAP = 150  # characters between the two mentions
# Where one clause ends and another begins: semicolons, colons, dashes, brackets, or a comma
# before a conjunction, relative pronoun or reporting verb ("..., while Y", "..., which", "..., said").
CLAUSE_SEPARATOR = re.compile(r"[;:—–()]|\s-\s|,\s+(?:and|but|while|whereas|although|though|which|who|"
                              r"where|when|as|after|before|because|since|said|says|according)\b")

# A country where something happens: "kidnapped in Iraq", "a summit in Hong Kong".
LOCATIVE = re.compile(r"\bin\s+$")
# What may stand between names only listed together: "A, B and Mr C".
LIST_WORDS = frozenset(", and or & Mr Mrs Ms Dr Lord Lady Sir the".split())

TITLE_WORDS = frozenset(
    """ambassador minister president premier chairman chairwoman chair chief director governor
    spokesman spokeswoman spokesperson secretary envoy head economist analyst adviser advisor ceo
    executive officer lecturer professor researcher deputy founder editor correspondent
    commissioner manager partner mayor leader king queen chancellor strategist treasurer
    vice-president vice-chairman vice-premier general official diplomat commander
    representative""".split()
)
# Offices a country holds. Beside a country any other title gives a nationality or a location,
# not an employer: "a Swedish analyst", "UK economist for <Firm>", "chair of the Indian firm".
STATE_OFFICES = frozenset(
    """president vice-president premier vice-premier minister secretary ambassador envoy consul
    chancellor governor mayor king queen prince princess emir sultan commissioner representative
    official diplomat senator congressman congresswoman lawmaker mp judge prosecutor
    attorney-general general commander spokesman spokeswoman spokesperson leader""".split()
)
# Words that cannot be part of a title written between its owner and the name: function words
# and reporting verbs ("Syria to support President <Name>", "<Paper> said Labour Minister <Name>").
NOT_IN_TITLE = frozenset("""to of in on at for with by from and or but the a an as is was are were
    said says told asked added who which that""".split())
# "In Turkey Minister <Name>": a place the sentence is set in, not the owner of the title.
LOCATIVE_BEFORE = re.compile(r"\b(?:[Ii]n|[Ii]nside|[Aa]cross|[Tt]hroughout|[Ww]ithin)\s+(?:the\s+)?$")

PLACE_TYPES = ("COUNTRY", "SUBDIVISION", "PLACE", "REGION")
AGENT_TYPES = ("PERSON", "ORG", "COUNTRY")
# the sides of a meeting that met_with joins (types.RELATION_TYPES: a person or organisation meets)
MEETING_SIDE_TYPES = ("PERSON", "ORG")
MAX_MEETING_SIDES = 4
FINANCIER_TYPES = ("ORG", "COUNTRY")
BORROWER_TYPES = ("ORG", "COUNTRY", "SUBDIVISION", "PLACE")

MEETING = re.compile(r"^,?\s*(?:(?:also|later|recently|then|reportedly|first)\s+)?"
                     r"(?:met|meets|meeting|held talks|holds talks|hold talks|had talks)(?:\s+with)?\s+"
                     r"(?:the\s+|(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?(?:counterparts?|opposite numbers?),?\s+)?$")
# "met the prime minister of <Owner>, <Person>": an office of the owner, whose holder is named after it
MEETING_OFFICE_OF = re.compile(r"^,?\s*(?:(?:also|later|recently|then|reportedly|first)\s+)?"
                               r"(?:met|meets|held talks|holds talks|hold talks|had talks)(?:\s+with)?\s+"
                               r"the\s+(?:[a-z][\w-]*\s+){1,4}of\s+(?:the\s+)?$")
# "<A> and <B> met", "talks between <A> and <B>"
BOTH_MET = re.compile(r"^,?\s+(?:also\s+|later\s+|first\s+)?(?:met|held talks|hold talks|have met)\b")
TALKS_BETWEEN = re.compile(r"\b(?:talks|meeting|summit)\s+between\s+(?:the\s+)?$")
# "<Owner>’s minister for investment and development, <Person>"
OWNER_TITLE_PERSON = re.compile(r"^[’']s\s+(?P<title>[a-z][a-z-]*(?:\s+[a-z-]+){0,6}),\s+$")
# "<Owner>’s ambassador to <X>, <Person>": the title runs up to the next mention
TITLE_TO_OWNER = re.compile(r"^[’']s\s+(?P<title>[a-z][a-z-]*(?:\s+[a-z-]+){0,3})\s+(?:to|in)\s+$")
# "<Owner> president <Person>", "<Demonym> Foreign Minister <Person>", on one line
OWNER_TITLE_NAME = re.compile(r"^ +(?P<title>[A-Za-z-]+(?: +[A-Za-z-]+){0,2}) +$")
# "<Person>, chief economist at <Org>"; "<Person> is a lecturer in law at <Org>" (an author's bio)
PERSON_TITLE_AT = re.compile(r"^(?:,|\s+(?:is|was))\s+(?:the\s+|a\s+|an\s+)?(?!(?:and|or|but|while)\s)(?P<title>[a-z][a-z-]*(?:\s+[a-z-]+){0,5})"
                             r"\s+(?:at|of|for|with)\s+(?:the\s+)?$")
POSSESSIVE_GAP = re.compile(r"^[’']s\s+$")
STATE_BODY_GAP = re.compile(r"^[’']s (?P<body>[A-Z]\w+) $")
# "commander, <Org> met with": the organisation is in apposition to a title; its holder met
APPOSED_TO_TITLE = re.compile(r"(?P<title>[A-Za-z-]+)(?:,|\s+(?:of|at|for))\s+(?:the\s+)?$")
# Unnamed people a name qualifies ("US military officials", "Acme executives"): whom the text does not name
PEOPLE_OF_A_SIDE = re.compile(r"\s+(?:[a-z-]+\s+)?(?:officials|executives|officers|representatives|delegates|"
                              r"delegation|diplomats|negotiators|envoys|staff|bosses|leaders|ministers)\b")
# A country mention that modifies the capitalised words after it ("the Syrian National Coalition")
MODIFIES_A_NAME = re.compile(r" +[A-Z]")
# A designation the subdivision's mention may leave out ("Xinjiang" + " Uygur autonomous region").
DESIGNATION = r"(?:(?:\s+[A-Za-z]+){0,2}\s+(?:province|region|state|prefecture|oblast|county|municipality))?"
PAIRING = re.compile(rf"^{DESIGNATION},?\s+(?:which\s+|that\s+)?(?:is|are|was|were|has been|have been|will be)\s+"
                     r"(?:\w+\s+)?(?:paired|twinned|partnered)\b[^.;:]{0,60}?\bwith\s+(?:the\s+)?$")
# "..., and Guangxi with Vietnam": a second pairing that leaves out the verb
ELLIPTIC_PAIRING = re.compile(r"^\s+with\s+(?:the\s+)?$")
# "<Subdivision> signed cooperation agreements with <Subdivision or country>"
AGREEMENT_PAIRING = re.compile(
    r"^\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|also\s+)?(?:signed|concluded)\s+(?:an?\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:cooperation|partnership|twinning|sister[- ]\w+)\s+"
    r"(?:agreements?|accords?|deals?|memorand\w+)\s+with\s+(?:the\s+)?$")
# Words that refer back to the province last named ("The province has signed ...").
PROVINCE_ANAPHOR = re.compile(r"(?:The|the|Its|its)\s+(?:province|region|provincial government|"
                              r"regional government)\b")
LIST_SEPARATOR = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+|\s+as well as\s+)(?:the\s+)?$")
# Between sectors of a list a head noun may follow a sector ("mining technology, agriculture").
SECTOR_LIST_SEPARATOR = re.compile(r"^(?:\s+[a-z]+)?(?:,\s*|\s+and\s+|,\s+and\s+|\s+as well as\s+)$")
# "in energy", "covering tourism", "for capacity cooperation in textiles", ", in the fields of ..."
SECTOR_LEAD_IN = re.compile(r"^,?\s+(?:(?:for|on)\s+(?:[a-z-]+\s+){1,3}?)?(?:in|covering|for|on|across)\s+(?:the\s+)?"
                            r"(?:(?:fields?|areas?|sectors?)\s+(?:of|such as)\s+)?$")
FUNDING = re.compile(r"\b(?:funded|financed|backed|bankrolled|underwritten|co-financed)\s+"
                     r"(?:in part\s+|partly\s+|jointly\s+|largely\s+|mainly\s+)?by\b")
LENDING = re.compile(r"\b(?:lend|lends|lent|lending|loaned|loans?)\b")
# "<Financier> ... lend <amount> to <Borrower>", "... a loan to help <Borrower>"
LENT_TO = re.compile(r"\bto\s+(?:help\s+|finance\s+|fund\s+)?(?:the\s+)?$")
# "<Financier> has lent <Borrower> ..."
LENT_DIRECT = re.compile(r"^\s+(?:has\s+|have\s+|had\s+)?(?:\w+\s+)?(?:lent|lends|loaned)\s+$")
# "<Borrower> signed a loan agreement with <Financier>", "<Borrower> borrowed ... from <Financier>"
BORROWED_FROM = re.compile(
    r"^\s+(?:has\s+|have\s+|had\s+)?(?:\w+\s+)?(?:signed|secured|obtained|received|took out|borrowed)\b"
    r"[^;]{0,60}?(?:\b(?:loan|credit|financing|funding)\b[^;]{0,30}?\b(?:with|from)|"
    r"(?<=borrowed)[^;]{0,30}?\bfrom)\s+(?:the\s+)?$")
BASED_IN = re.compile(r"^-based\s+(?:[a-z]+\s+){0,2}$")
CAPITAL_OF = re.compile(r"^,\s+(?:the\s+)?(?:capital|largest city|second city|port city)\s+of\s+(?:the\s+)?$")
# "<Country>’s (northern) <Place>" and "<Place> in <Country>"
POSSESSED_PLACE = re.compile(r"^[’']s\s+(?P<compass>(?:(?:north|south|east|west|central|far)[\w-]*\s+){0,2})$")
DESIGNATED = re.compile(r"\s+(?:province|region|state|county|city|district|prefecture)\b")
PLACE_IN = re.compile(r"^(?:\s+(?:province|region|state|county))?\s+in\s+(?:the\s+)?$")
INVEST = re.compile(r"\binvest(?:s|ed|ing)?\b")
INVEST_OBJECT = re.compile(r"\bin\s")
CLAUSE_BREAK = re.compile(r"[.;!?]\s|\n")
MAX_INVEST_GAP = 120  # characters between "invest" and the place invested in


def has_title(text: str) -> bool:
    return any(word.casefold() in TITLE_WORDS for word in re.split(r"[\s]+", text))


def is_state_office(title: str) -> bool:
    return any(word.casefold() in STATE_OFFICES for word in re.split(r"[\s-]+", title))


def owner_title(owner: Mention, title: str) -> bool:
    """Whether `title` written right after `owner` and before a name is an office held there: it
    ends with a title word and holds no function word; beside a country it is a state office and
    every word is capitalised or a title word ("Foreign Minister", not "trades union official")."""
    words = title.split()
    if words[-1].casefold() not in TITLE_WORDS or any(w.casefold() in NOT_IN_TITLE for w in words):
        return False
    if owner.entity_type == "COUNTRY":
        return is_state_office(title) and all(w[0].isupper() or w.casefold() in TITLE_WORDS for w in words)
    return True


def find_relations(body: str, mentions: list[Mention]) -> list[Relation]:
    """Relations of one article; `mentions` in text order. One relation per (subject, predicate,
    object, sentence), the most confident one."""
    best: dict[tuple[str, str, str, int], Relation] = {}
    last_subdivision: Mention | None = None
    for sentence_index, group in groupby(mentions, key=lambda m: m.sentence_index):
        sentence = list(group)
        found = (*co_occurrences(body, sentence), *pattern_relations(body, sentence),
                 *agreement_pairing(body, sentence, last_subdivision))
        for relation in found:
            key = (relation.subject_id, relation.predicate, relation.object_id, sentence_index)
            if relation.subject_id != relation.object_id and (
                key not in best or best[key].confidence < relation.confidence
            ):
                best[key] = relation
        last_subdivision = next((m for m in reversed(sentence) if m.entity_type == "SUBDIVISION"),
                                last_subdivision)
    return list(best.values())


def co_occurrences(body: str, sentence: list[Mention]) -> Iterator[Relation]:
    """Pairs of named actors (people, organisations, countries, subdivisions) in one clause: no
    clause break between them (CLAUSE_SEPARATOR) and no more than MAX_CO_OCCURRENCE_GAP
    characters apart. A sentence gives at most MAX_CO_OCCURRENCES pairs, the closest first, so
    a list sentence does not grow them quadratically. Places, regions, sectors, nationalities
    ("Russian", "the French"), a country where something happens ("in Iraq") and figures are
    context, not parties; names only listed together ("A, B and Mr C") are not related by it.
    (A judged sample: eval/cooccurrence/, `python -m pipelines.eval_cooccurrence`.)"""
    actors = [m for m in sentence if m.entity_type in CO_OCCURRING_TYPES
              and not is_demonym(m.text) and not (m.entity_type in ("COUNTRY", "SUBDIVISION")
                                                  and LOCATIVE.search(body, max(0, m.start - 4), m.start))]
    pairs = []
    for left, right in combinations(actors, 2):
        between = body[left.end:right.start]
        if (left.entity_id != right.entity_id and len(between) <= MAX_CO_OCCURRENCE_GAP
                and not CLAUSE_SEPARATOR.search(between) and not listed_together(body, left, right, actors)):
            pairs.append((len(between), *sorted((left.entity_id, right.entity_id))))
    kept: set[tuple[str, str]] = set()
    for _, subject_id, object_id in sorted(pairs):
        if len(kept) == MAX_CO_OCCURRENCES:
            break
        if (subject_id, object_id) not in kept:
            kept.add((subject_id, object_id))
            yield Relation(subject_id, "co_occurs_with", object_id, sentence[0].sentence_index,
                           CO_OCCURRENCE_CONFIDENCE, "cooccurrence")


def listed_together(body: str, left: Mention, right: Mention, actors: list[Mention]) -> bool:
    """Whether only commas, "and"/"or", honorifics and other names of the list stand between."""
    words, cursor = [], left.end
    for mention in (m for m in actors if left.end <= m.start and m.end <= right.start):
        words += re.findall(r"[\w&]+|,", body[cursor:mention.start])
        cursor = mention.end
    words += re.findall(r"[\w&]+|,", body[cursor:right.start])
    return bool(words) and all(w in LIST_WORDS for w in words)


def is_demonym(text: str) -> bool:
    from .gazetteer import load_gazetteer

    return load_gazetteer().is_demonym(text)


def pattern_relations(body: str, sentence: list[Mention]) -> Iterator[Relation]:
    yield from met_with(body, sentence)
    yield from stated_titles(body, sentence)
    yield from works_for(body, sentence)
    yield from paired_with(body, sentence)
    yield from funded_by(body, sentence)
    yield from lent_to(body, sentence)
    yield from located_in(body, sentence)
    yield from invests_in(body, sentence)


def relation(subject: Mention, predicate: str, obj: Mention, confidence: float,
             attributes: dict | None = None, extractor: str | None = None) -> Relation:
    return Relation(subject.entity_id, predicate, obj.entity_id, subject.sentence_index,
                    confidence, extractor or f"pattern:{predicate}", attributes)


def gap(body: str, left: Mention, right: Mention) -> str:
    return body[left.end:right.start]


def met_with(body: str, sentence: list[Mention]) -> Iterator[Relation]:
    for i, subject in enumerate(sentence):
        if subject.entity_type not in ("PERSON", "ORG") or (
                subject.entity_type == "ORG" and apposed_to_title(body, subject)):
            continue
        for k in range(i + 1, len(sentence)):
            obj = sentence[k]
            if obj.entity_type in AGENT_TYPES and MEETING_OFFICE_OF.match(gap(body, subject, obj)):
                # the office's holder, or nobody the text names ("met the people of X")
                holder = office_holder(sentence, k, title_from=subject.end)
                if holder is not None:
                    yield relation(subject, "met_with", holder, 0.8)
                break
            if obj.entity_type in AGENT_TYPES and MEETING.match(gap(body, subject, obj)):
                holder = office_holder(sentence, k)
                if holder is not None:
                    obj = holder  # "met Azerbaijan's transport minister, <Name>": the person named
                elif obj.entity_type == "COUNTRY" and MODIFIES_A_NAME.match(body, obj.end):
                    break  # "met Iraqi Foreign Minister" and no name: nobody the text names
                yield relation(subject, "met_with", obj, 0.8)
                break
    for first, second in zip(sentence, sentence[1:]):
        if (first.entity_type == second.entity_type and first.entity_type in ("PERSON", "ORG")
                and gap(body, first, second) == " and "):
            after = body[second.end:second.end + 40]
            if BOTH_MET.match(after) or TALKS_BETWEEN.search(body, max(0, first.start - 40), first.start):
                yield relation(first, "met_with", second, 0.75)


def meetings_met_with(body: str, events: list[Event], mentions: list[Mention], relations: list[Relation],
                      references: list[Mention]) -> list[Relation]:
    """met_with for the meetings (meet events) the patterns above did not join, so the relations
    agree with the events: the side the event's own sentence names first with each other side it
    names ("A met B and C": A and B, A and C; whether B met C the text does not say), people and
    organisations only (a country among a meeting's sides stands for whom the text does not name:
    "met the people of X"). A side may be a name or a pronoun or title the coreference layer
    joined to one ("He held talks with X"), not a description only the event rules read ("the
    bank"), nor a name that only qualifies the people met ("senior US military officials"). A
    meeting not yet held carries its status as an attribute ({"status": "planned"}). A
    meeting of more than MAX_MEETING_SIDES named sides is a summit, whose sides are not each
    other's met_with."""
    named = {id(m) for m in (*mentions, *references)}
    joined = {(frozenset((r.subject_id, r.object_id)), r.sentence_index) for r in relations if r.predicate == "met_with"}
    found = []
    for event in events:
        if event.event_type != "meet":
            continue
        sides = list({p.entity_id: p.mention for p in sorted(event.parties, key=lambda p: p.mention.start)
                      if id(p.mention) in named and p.mention.sentence_index == event.sentence_index
                      and p.mention.entity_type in MEETING_SIDE_TYPES
                      and not PEOPLE_OF_A_SIDE.match(body, p.mention.end)}.values())
        if not 2 <= len(sides) <= MAX_MEETING_SIDES:
            continue
        first = sides[0]
        attributes = None if event.status == "done" else {"status": event.status}
        for other in sides[1:]:
            key = (frozenset((first.entity_id, other.entity_id)), event.sentence_index)
            if key not in joined:
                joined.add(key)
                found.append(relation(first, "met_with", other, event.confidence, attributes, extractor="event:meet"))
    return found


def office_holder(sentence: list[Mention], k: int, title_from: int | None = None) -> Mention | None:
    """The person named right after sentence[k] (past figures and sectors only) whose title,
    written between the two, belongs to sentence[k]: "Azerbaijan's transport minister, <Name>",
    "Iraqi Foreign Minister <Name>"; with `title_from`, a title that starts there, before the owner
    ("the prime minister of Armenia, <Name>")."""
    owner = sentence[k]
    title_start = owner.end if title_from is None else title_from
    for later in sentence[k + 1:]:
        if later.entity_type == "PERSON":
            if (later.affiliation is not None and later.affiliation.entity_id == owner.entity_id
                    and later.title_start is not None and title_start <= later.title_start < later.start):
                return later
            return None
        if later.entity_type in CO_OCCURRING_TYPES:
            return None
    return None


def apposed_to_title(body: str, mention: Mention) -> bool:
    title = APPOSED_TO_TITLE.search(body, max(0, mention.start - 40), mention.start)
    return title is not None and title.group("title").casefold() in TITLE_WORDS


def stated_titles(body: str, sentence: list[Mention]) -> Iterator[Relation]:
    """holds_title and works_for from the title and affiliation the title patterns of extract.py
    set on PERSON mentions. The affiliation's mention must be where the title puts it: in this
    sentence, before the title or between the name and the title, or inside the title."""
    for person in sentence:
        if person.entity_type != "PERSON" or person.affiliation is None or person.title_start is None:
            continue
        owner = next((m for m in sentence if m.entity_id == person.affiliation.entity_id
                      and states_owner(body, person, m)), None)
        if owner is None or not plausible_employer(body, owner, person.title):
            continue
        if any(m.entity_type == "PERSON" and m.entity_id != person.entity_id
               and person.title_start <= m.start < person.title_end for m in sentence):
            continue  # "Secretary of State Kerry and Secretary of Defense <Name>": two titles, not one
        past = {"former": True} if person.former else {}
        yield relation(person, "works_for", owner, 0.85, past or None, extractor="title:works_for")
        yield relation(person, "holds_title", owner, 0.85, {"title": person.title, **past},
                       extractor="title:holds_title")


def states_owner(body: str, person: Mention, owner: Mention) -> bool:
    """Whether `owner` sits where a title's owner is written: right before the title
    ("Russian Foreign Minister", "Kenya's Cabinet secretary"), between the name and a title after it ("<Name>, the Russian
    foreign minister"), or inside the title ("head of <Org>")."""
    if owner.end <= person.title_start:
        between = body[owner.end:person.title_start]
        state_body = STATE_BODY_GAP.match(between)  # "Kenya's Cabinet secretary"
        return between in OWNER_GAPS or bool(state_body and state_body.group("body").casefold() in STATE_BODIES)
    if person.end <= owner.start:
        return owner.end <= person.title_end
    return person.title_start <= owner.start and owner.end <= person.title_end


def plausible_employer(body: str, owner: Mention, title: str) -> bool:
    """A country employs holders of state offices only, and not one that only sets the scene
    ("In Turkey Minister <Name>")."""
    if owner.entity_type != "COUNTRY":
        return True
    return is_state_office(title) and not LOCATIVE_BEFORE.search(body, max(0, owner.start - 20), owner.start)


def employment(body: str, person: Mention, owner: Mention, title: str,
               confidence: float) -> Iterator[Relation]:
    if not plausible_employer(body, owner, title):
        return
    past = {"former": True} if PAST_IN_TITLE.search(title) else {}
    yield relation(person, "works_for", owner, confidence, past or None)
    yield relation(person, "holds_title", owner, confidence, {"title": title.strip(), **past})


def works_for(body: str, sentence: list[Mention]) -> Iterator[Relation]:
    for i, person in enumerate(sentence):
        if person.entity_type != "PERSON":
            continue
        earlier, later = sentence[:i], sentence[i + 1:]
        # "<Owner>’s <title>, <Person>" and "<Owner>’s <title> to <X>, <Person>"
        for j, owner in enumerate(earlier):
            if owner.entity_type not in ("COUNTRY", "ORG"):
                continue
            direct = OWNER_TITLE_PERSON.match(gap(body, owner, person))
            if direct and has_title(direct.group("title")):
                yield from employment(body, person, owner, direct.group("title"), 0.8)
            elif j == i - 2:  # one mention between: "<Owner>’s ambassador to <X>, <Person>"
                middle = sentence[i - 1]
                title = TITLE_TO_OWNER.match(gap(body, owner, middle))
                if (title and has_title(title.group("title"))
                        and re.match(r"^,\s+$", gap(body, middle, person))):
                    yield from employment(body, person, owner, body[owner.end:middle.end].lstrip("’'s "), 0.8)
        # "<Owner> president <Person>"; not when the owner opens the title extract.py found
        # ("Defense Secretary"): that is the office's portfolio, and extract.py chose the owner
        if earlier and earlier[-1].entity_type in ("COUNTRY", "ORG") and not (
                person.title_start is not None and person.title_start <= earlier[-1].start):
            title = OWNER_TITLE_NAME.match(gap(body, earlier[-1], person))
            if title and owner_title(earlier[-1], title.group("title")):
                yield from employment(body, person, earlier[-1], title.group("title"), 0.7)
        # "<Person>, <title> at [<Country>’s] <Org>"
        if later:
            title = PERSON_TITLE_AT.match(gap(body, person, later[0]))
            if title and has_title(title.group("title")):
                employer = later[0]
                if body.startswith(POSSESSIVES, employer.end):
                    # "at China’s <Org>": the organisation, not its owner; nothing when the
                    # possessed organisation was not recognised ("of Toyota’s US sales arm")
                    if not (len(later) > 1 and later[1].entity_type == "ORG"
                            and POSSESSIVE_GAP.match(gap(body, employer, later[1]))):
                        continue
                    employer = later[1]
                if employer.entity_type in ("ORG", "COUNTRY"):
                    yield from employment(body, person, employer, title.group("title"), 0.75)


def listed(body: str, sentence: list[Mention], first: int, types: tuple[str, ...],
           separator: re.Pattern = LIST_SEPARATOR) -> list[Mention]:
    """The mentions of `types` in the list starting at sentence[first] ("Laos, Myanmar and
    Vietnam"); the list ends at the first mention not joined by a list separator."""
    items = []
    for k in range(first, len(sentence)):
        if k > first and not separator.match(gap(body, sentence[k - 1], sentence[k])):
            break
        if sentence[k].entity_type not in types:
            break
        items.append(sentence[k])
    return items


def sectors_after(body: str, sentence: list[Mention], last: Mention) -> list[str]:
    """Sector ids listed right after `last` ("... in energy, agriculture and textiles"), also
    after a place that only locates the partner ("Sichuan province in China covering ...")."""
    k = sentence.index(last) + 1
    if k < len(sentence) and sentence[k].entity_type in PLACE_TYPES and PLACE_IN.match(gap(body, last, sentence[k])):
        last, k = sentence[k], k + 1
    if k >= len(sentence) or sentence[k].entity_type != "SECTOR" or not SECTOR_LEAD_IN.match(gap(body, last, sentence[k])):
        return []
    return sorted({m.entity_id for m in listed(body, sentence, k, ("SECTOR",), SECTOR_LIST_SEPARATOR)})


def pairing(body: str, sentence: list[Mention], subject: Mention, first: int, confidence: float,
            extractor: str = "pattern:paired_with") -> Iterator[Relation]:
    """`subject` paired with the list of places starting at sentence[first], with the sectors
    listed after it; the evidence is the partners' sentence."""
    partners = listed(body, sentence, first, PLACE_TYPES)
    sectors = sectors_after(body, sentence, partners[-1]) if partners else []
    for partner in partners:
        yield Relation(subject.entity_id, "paired_with", partner.entity_id, partner.sentence_index,
                       confidence, extractor, {"sectors": sectors} if sectors else None)


def paired_with(body: str, sentence: list[Mention]) -> Iterator[Relation]:
    pairing_seen = False
    for i, subject in enumerate(sentence):
        if subject.entity_type != "SUBDIVISION":
            continue
        for j in range(i + 1, len(sentence)):
            between = gap(body, subject, sentence[j])
            if PAIRING.match(between) or (pairing_seen and j == i + 1 and ELLIPTIC_PAIRING.match(between)):
                pairing_seen = True
                yield from pairing(body, sentence, subject, j, 0.8)
                break


def agreement_pairing(body: str, sentence: list[Mention], previous: Mention | None) -> Iterator[Relation]:
    """"<Province> signed cooperation agreements with <partner>"; a sentence opening with "The
    province" means `previous`, the province last named in an earlier sentence."""
    for j, partner in enumerate(sentence):
        if partner.entity_type not in ("SUBDIVISION", "COUNTRY"):
            continue
        before = [m for m in sentence[:j] if m.entity_type == "SUBDIVISION"]
        if before:
            if AGREEMENT_PAIRING.match(gap(body, before[-1], partner)):
                yield from pairing(body, sentence, before[-1], j, 0.7)
        elif previous is not None:
            sentence_start = max(body.rfind("\n", 0, partner.start) + 1, body.rfind(". ", 0, partner.start) + 2)
            anaphor = PROVINCE_ANAPHOR.match(body, sentence_start)
            if anaphor and AGREEMENT_PAIRING.match(body[anaphor.end():partner.start]):
                yield from pairing(body, sentence, previous, j, 0.6, "pattern:paired_with+anaphor")


# Between "funded by" and the first funder: a short lead-in such as "Beijing policy banks: the".
FUNDER_LEAD_IN = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+:\s+)?(?:the\s+)?$")


def funded_by(body: str, sentence: list[Mention]) -> Iterator[Relation]:
    """Organisations before "funded by" in the same clause, funded by the list of organisations
    that directly follows the verb. Confidence is modest: the subject side is a guess."""
    start, end = sentence[0].start, sentence[-1].end
    for verb in FUNDING.finditer(body, start, end):
        funded = [m for m in sentence if m.end <= verb.start() and m.entity_type == "ORG"
                  and not CLAUSE_BREAK.search(body, m.end, verb.start())]
        funders: list[Mention] = []
        for m in (m for m in sentence if m.start >= verb.end()):
            lead = body[verb.end():m.start] if not funders else gap(body, funders[-1], m)
            if not (FUNDER_LEAD_IN if not funders else LIST_SEPARATOR).match(lead):
                break
            if m.entity_type == "ORG":
                funders.append(m)
        for subject in funded:
            for funder in funders:
                yield relation(subject, "funded_by", funder, 0.5)


def lent_to(body: str, sentence: list[Mention]) -> Iterator[Relation]:
    """Loans between adjacent mentions: "<Financier> agreed to lend $1bn to <Borrower>", "<Financier>
    has lent <Borrower>", "<Borrower> signed a loan agreement with <Financier>"."""
    for left, right in zip(sentence, sentence[1:]):
        between = gap(body, left, right)
        if CLAUSE_BREAK.search(between):
            continue
        if left.entity_type in FINANCIER_TYPES and right.entity_type in BORROWER_TYPES and (
            (LENDING.search(between) and LENT_TO.search(between)) or LENT_DIRECT.match(between)
        ):
            yield relation(right, "funded_by", left, 0.7, extractor="pattern:lent_to")
        elif (left.entity_type in BORROWER_TYPES and right.entity_type in FINANCIER_TYPES
              and BORROWED_FROM.match(between)):
            yield relation(left, "funded_by", right, 0.7, extractor="pattern:borrowed_from")


def located_in(body: str, sentence: list[Mention]) -> Iterator[Relation]:
    for left, right in zip(sentence, sentence[1:]):
        between = gap(body, left, right)
        if left.entity_type in ("PLACE", "SUBDIVISION", "COUNTRY") and right.entity_type == "ORG" \
                and BASED_IN.match(between):
            yield relation(right, "located_in", left, 0.85)  # "the Almaty-based <Org>"
        elif left.entity_type in ("PLACE", "SUBDIVISION") and right.entity_type in ("SUBDIVISION", "COUNTRY"):
            if CAPITAL_OF.match(between):
                yield relation(left, "located_in", right, 0.85)  # "Kunming, the capital of Yunnan"
            elif PLACE_IN.match(between):
                yield relation(left, "located_in", right, 0.7)  # "Sichuan province in China"
        elif left.entity_type == "COUNTRY" and right.entity_type in ("PLACE", "SUBDIVISION") \
                and (possessed := POSSESSED_PLACE.match(between)) and inside(body, left, right, possessed):
            yield relation(right, "located_in", left, 0.8)  # "Argentina’s northern Catamarca"


def inside(body: str, country: Mention, place: Mention, possessed: re.Match) -> bool:
    """Whether "<Country>’s <Place>" locates the place: its known country agrees, or the text says
    where or what it is ("northern", "… province"); not for "Russia’s Soviet Union"."""
    if place.entity.country_code:
        return place.entity.country_code == country.entity.iso_code
    return bool(possessed.group("compass")) or DESIGNATED.match(body, place.end) is not None


def invests_in(body: str, sentence: list[Mention]) -> Iterator[Relation]:
    """"<Org> ... will invest $1bn in <Place>": the last organisation or country before the verb in
    its clause invests in the first place after "in" (and in the place it possesses, if any)."""
    start, end = sentence[0].start, sentence[-1].end
    for verb in INVEST.finditer(body, start, end):
        # a possessive is a modifier ("one of China’s largest producers"), not the investor
        investor = next((m for m in reversed(sentence) if m.end <= verb.start()
                         and m.entity_type in ("ORG", "COUNTRY")
                         and not body.startswith(POSSESSIVES, m.end)), None)
        if investor is None or CLAUSE_BREAK.search(body, investor.end, verb.start()) or any(
                m.entity_type in ("ORG", "PERSON") and investor.end <= m.start < verb.start() for m in sentence):
            continue
        targets = [m for m in sentence if verb.end() <= m.start <= verb.end() + MAX_INVEST_GAP
                   and m.entity_type in PLACE_TYPES and not CLAUSE_BREAK.search(body, verb.end(), m.start)
                   and INVEST_OBJECT.search(body, verb.end(), m.start)]
        if not targets:
            continue
        target = targets[0]
        yield relation(investor, "invests_in", target, 0.6)
        after = sentence.index(target) + 1
        if after < len(sentence) and POSSESSED_PLACE.match(gap(body, target, sentence[after])) \
                and sentence[after].entity_type in PLACE_TYPES:
            yield relation(investor, "invests_in", sentence[after], 0.6)
