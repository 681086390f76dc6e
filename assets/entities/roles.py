"""The role a country mention plays in its sentence, after ACE's GPE roles.

A country name stands for three different things, and an analyst filtering mentions needs to know
which one:
  actor   the state or its government acting, speaking, or acted with or against: "The UK strongly
          condemns ...", "talks with France", "supported by the United States", "Russia's
          commitment", "U.S. airstrikes", "the US-led coalition"
  place   the territory: "in Iraq", "across Syria", "northern Iraq", "Palmyra, Syria",
          "the Syrian town of Kessab", "the Turkish border"
  people  its population or a group of its people: "Syrians", "the people of Iraq", "the Iraqi
          people", "Syrian refugees", "Iraqi officials", "the Syrian opposition"
  None    no cue says which: a role is only set when a short lexical cue says so.

The entity pipeline runs no tagger or parser, so the cues are the words next to the mention
(lists below), within its sentence. A demonym ("Syrian") is an adjective: it takes the place and
people cues only ("Syrian refugees", "the Syrian city of"), never the verb cues of a subject. A
plural demonym ("Syrians", "Iraqis") is always people. A country without a cue takes the role of
a country it is coordinated with ("in Iraq and Syria", "announced by Chile and Peru").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .patterns import POSSESSIVES
from .types import COUNTRY_ROLES, Mention

ACTOR, PLACE, PEOPLE = COUNTRY_ROLES

# place: a locative preposition before the country ("in", "across Syria", "from Lebanon")
LOCATIVE_BEFORE = {"in", "inside", "across", "into", "throughout", "within", "outside", "from",
                   "near", "around", "toward", "towards", "through"}
# place: "to" after a verb of travel ("will travel to Turkey", "returning to Syria")
MOTION_BEFORE_TO = {"travel", "travelled", "traveled", "travels", "travelling", "traveling",
                    "return", "returned", "returning", "returns", "back", "fled", "flee", "fleeing",
                    "go", "went", "going", "came", "come", "coming", "moved", "sent", "deployed",
                    "trip", "visit", "journey", "transferred", "flew"}
# place: a verb of visiting right before the country ("visited Turkey", "visiting Saudi Arabia")
VISIT_BEFORE = {"visit", "visited", "visiting", "visits", "entered", "crossed", "left", "bordering"}
# place: a compass part of the country ("northern Iraq", "North-Eastern Syria")
COMPASS_BEFORE = re.compile(r"(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?", re.I)
# place: a territorial noun after the country ("the Turkish border", "the Chilean city of Arica")
PLACE_NOUNS = {"border", "borders", "frontier", "territory", "airspace", "soil", "side", "coast",
               "city", "town", "village", "province", "region", "island", "waters", "capital"}

# actor: the country is the agent or counterpart of an action ("supported by", "talks with",
# "attacks against", "relations between", "our ally Turkey", "urged Russia", "joined France")
AGENT_BEFORE = {"by", "with", "against", "between", "ally", "allies", "partner", "partners",
                "urged", "urges", "urging", "warned", "warns", "warning", "accused", "accuses",
                "pressed", "thanked", "thank", "congratulated", "congratulate", "criticised",
                "criticized", "join", "joined", "joins", "joining"}
# ... unless a territorial noun comes before the preposition ("the border with Turkey")
TERRITORY_BEFORE_PREPOSITION = {"border", "borders", "frontier", "boundary"}
# actor: a verb or auxiliary after the country as subject ("The UK strongly condemns ...")
ACTOR_VERBS = {
    "said", "says", "say", "stated", "declared", "announced", "announces", "told", "warned",
    "warns", "urged", "urges", "called", "calls", "condemned", "condemns", "welcomed", "welcomes",
    "reaffirmed", "reaffirms", "reiterated", "reiterates", "accused", "accuses", "denied",
    "denies", "rejected", "rejects", "agreed", "agrees", "signed", "signs", "pledged", "pledges",
    "supported", "supports", "stands", "stood", "remains", "remained", "continues", "continued",
    "believes", "believed", "wants", "hopes", "expects", "intends", "plans", "seeks", "demanded",
    "demands", "insists", "recognises", "recognizes", "launched", "provided", "provides",
    "imposed", "joined", "voted", "faces", "plays", "appreciates", "values",
    "will", "would", "can", "could", "must", "should", "shall", "is", "has", "have", "was",
}
# an auxiliary that opens a passive or a state ("Syria is being torn apart", "Syria has been
# devastated") says nothing of agency
NOT_AGENT_AFTER_AUXILIARY = {"being", "been", "home", "in", "on", "at", "for", "one", "where",
                             "the"}
AUXILIARIES = {"is", "has", "have", "was"}
# a preposition before the country makes it a complement, not the subject of the verb after it
# ("the Special Representative for Syria said")
SUBJECT_BLOCKERS = {"of", "for", "on", "about", "over", "to", "at", "than", "via", "under"}
# adverbs skipped between subject and verb ("The UK strongly condemns", "Iraq now faces")
ADVERBS = {"also", "now", "still", "today", "again", "already", "once", "too"}
# actor: nouns of the state's action or stance after a possessive or a name used as a modifier
# ("the UK's commitment", "Australia's diplomatic efforts", "U.S. airstrikes")
AGENCY_NOUNS = {"commitment", "leadership", "support", "efforts", "effort", "response",
                "position", "decision", "policy", "role", "strike", "strikes", "airstrike",
                "airstrikes", "assistance", "aid", "contribution", "diplomacy", "sanctions",
                "stance", "intervention", "involvement", "backing", "government", "forces",
                "military", "troops", "work", "message", "influence", "interests"}
# actor: a relation between two countries joined by a hyphen ("UK-France summit", "the
# Iran-Iraq war"); a territorial noun instead makes both places ("the Syria-Iraq border")
RELATION_NOUNS = {"summit", "relationship", "relations", "cooperation", "co-operation", "talks",
                  "agreement", "partnership", "dialogue", "alliance", "treaty", "war", "deal",
                  "ties", "meeting", "negotiations"}
# words skipped before the country when reading its preposition ("in both Chile and Peru")
DETERMINERS = {"the", "both"}
# an infinitive after the country makes it the subject of that clause ("for Peru to obtain",
# "pressed for Norway to use"), unless the word after "to" opens a noun phrase
NOT_A_VERB_AFTER_TO = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
                       "her", "our", "your", "my", "all", "some", "date", "be"}
# people: a population or a group of its people after a demonym or name ("Syrian refugees",
# "the Iraqi people", "U.S. officials"); plural or collective, since a singular is one person
PEOPLE_NOUNS = {"people", "peoples", "population", "citizens", "nationals", "civilians",
                "refugees", "residents", "migrants", "workers", "children", "men", "women",
                "families", "students", "officials", "leaders", "soldiers", "fighters",
                "militants", "rebels", "officers", "personnel", "diplomats", "delegates", "opposition",
                "parties", "allies", "partners", "counterparts", "community", "communities",
                "marines", "members", "veterans", "volunteers", "nationalists", "exiles"}
# people: "the people of Iraq", "citizens of Syria"
PEOPLE_OF = re.compile(r"\b(?:people|peoples|population|citizens|nationals|residents)"
                       r" of (?:the )?$", re.I)
# coordination between two country mentions: "Iraq and Syria", "Jordan, Lebanon and Turkey"
COORDINATION = re.compile(r"(?:,| and| or|, and|, or)(?: the)? ")

WORD = re.compile(r"[\w’'-]+|[^\w\s]")
# a hyphenated compound around the mention: "UK-" before, "-France" or "-made" after
COMPOUND_BEFORE = re.compile(r"(?:[\w.]+[-–])+$")
COMPOUND_AFTER = re.compile(r"(?:[-–][\w.]+)+")


def words_before(body: str, start: int, limit: int = 3) -> list[str]:
    """Up to `limit` lower-cased words before start within its clause, nearest last."""
    left = body[max(0, start - 80):start]
    clause = re.split(r"[.!?;:\n\"“”(]\s", left)[-1]
    return [w.lower() for w in WORD.findall(clause)][-limit:]


def words_after(body: str, end: int, limit: int = 4) -> list[str]:
    """Up to `limit` words after end as written, stopping at punctuation."""
    out = []
    for word in WORD.findall(body, end, end + 80):
        if not word[0].isalnum():
            break
        out.append(word)
        if len(out) == limit:
            break
    return out


def country_role(body: str, start: int, end: int, demonym: bool, plural_demonym: bool) -> str | None:
    """The role of the country mention body[start:end] (see the module docstring); demonym is
    true for a singular or plural demonym ("Syrian", "Syrians"), plural_demonym for the latter."""
    if plural_demonym:
        return PEOPLE
    if body.startswith(".", end) and "." in body[start:end]:
        end += 1  # "U.S." whose final dot the span leaves out
    compound_left = COMPOUND_BEFORE.search(body, max(0, start - 40), start)
    compound_right = COMPOUND_AFTER.match(body, end)
    if body.startswith("-led", end) and not demonym:
        return ACTOR  # "the US-led coalition"
    if compound_left or compound_right:
        return None if demonym else compound_role(body, compound_right.end() if compound_right else end)
    before, written_after = words_before(body, start), words_after(body, end)
    after = [w.lower() for w in written_after]
    while before and before[-1] in DETERMINERS:
        before = before[:-1]
    previous = before[-1] if before else None
    following = after[0] if after else None
    people_after = following in PEOPLE_NOUNS or (len(after) > 1 and after[1] in PEOPLE_NOUNS)

    if demonym:
        if people_after:
            return PEOPLE
        if following in PLACE_NOUNS:
            return PLACE
        return None

    if PEOPLE_OF.search(body, max(0, start - 30), start):
        return PEOPLE
    possessive = body.startswith(POSSESSIVES, end)
    if possessive:
        owned = [w.lower() for w in words_after(body, end + 2, limit=3)]
        if owned and owned[0] in PEOPLE_NOUNS:
            return PEOPLE
        return ACTOR if any(w in AGENCY_NOUNS for w in owned) else None
    if people_after:
        return PEOPLE  # before the locative cues: "visited U.S. service members"
    if previous in LOCATIVE_BEFORE or previous in VISIT_BEFORE:
        return PLACE
    if previous == "to" and len(before) > 1 and before[-2] in MOTION_BEFORE_TO:
        return PLACE
    if previous is not None and COMPASS_BEFORE.fullmatch(previous):
        return PLACE
    if following in PLACE_NOUNS:
        return PLACE
    if following in AGENCY_NOUNS:
        return ACTOR
    if written_after and written_after[0][0].isupper():
        return None  # the country opens a longer name or title: "joined the UK Foreign Secretary"
    if previous in AGENT_BEFORE and not (len(before) > 1 and before[-2] in TERRITORY_BEFORE_PREPOSITION):
        return ACTOR
    if (following == "to" and previous != "to" and len(after) > 1 and written_after[1][0].islower()
            and after[1] not in NOT_A_VERB_AFTER_TO):
        return ACTOR
    if previous in SUBJECT_BLOCKERS:
        return None
    verbs = [w for w in after if w not in ADVERBS and not w.endswith("ly")]
    if verbs and verbs[0] in ACTOR_VERBS:
        if verbs[0] in AUXILIARIES and len(verbs) > 1 and verbs[1] in NOT_AGENT_AFTER_AUXILIARY:
            return None
        return ACTOR
    return None


def compound_role(body: str, end: int) -> str | None:
    """The role of a country inside a hyphenated compound ending at end, by the noun after it."""
    following = [w.lower() for w in words_after(body, end, limit=1)]
    if following and following[0] in PLACE_NOUNS:
        return PLACE
    if following and following[0] in RELATION_NOUNS:
        return ACTOR
    return None


def city_before(body: str, mention: Mention, previous: Mention) -> bool:
    """ "Palmyra, Syria": the country after a town or subdivision and a comma locates it."""
    return previous.entity_type in ("PLACE", "SUBDIVISION") and body[previous.end:mention.start] == ", "


def assign_country_roles(body: str, mentions: list[Mention], is_demonym: Callable[[str], bool]) -> None:
    """Set Mention.role on the COUNTRY mentions of one article; mentions are in body order."""
    countries = []
    for index, mention in enumerate(mentions):
        if mention.entity_type != "COUNTRY":
            continue
        text = mention.text
        demonym = is_demonym(text)
        plural = text.endswith("s") and is_demonym(text[:-1])
        if not demonym and index and city_before(body, mention, mentions[index - 1]):
            mention.role = PLACE
        else:
            mention.role = country_role(body, mention.start, mention.end, demonym or plural, plural)
        countries.append((mention, demonym or plural))
    # a country without a cue shares the role of a coordinated country of the same form
    for ordered in (countries, countries[::-1]):
        for (first, first_demonym), (second, second_demonym) in zip(ordered, ordered[1:]):
            left, right = sorted((first, second), key=lambda m: m.start)
            gap = body[left.end:right.start]
            gap = gap[1:] if gap.startswith(".") and "." in left.text else gap  # "U.S., France"
            if (second.role is None and first.role is not None and first_demonym == second_demonym
                    and COORDINATION.fullmatch(gap)):
                second.role = first.role
