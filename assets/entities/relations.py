"""Relations between entities mentioned in one sentence: co-occurrence for every pair, plus a few
surface patterns chosen for precision over recall. Every pattern reads the text between mentions,
so it only fires when the entities sit exactly where the construction puts them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations, groupby

from .types import Mention, Relation

CO_OCCURRENCE_CONFIDENCE = 0.3

TITLE_WORDS = frozenset(
    """ambassador minister president premier chairman chairwoman chair chief director governor
    spokesman spokeswoman spokesperson secretary envoy head economist analyst adviser advisor ceo
    executive officer lecturer professor researcher deputy founder editor correspondent
    commissioner manager partner mayor leader king queen chancellor strategist treasurer
    vice-president vice-chairman vice-premier general official diplomat""".split()
)

PLACE_TYPES = ("COUNTRY", "SUBDIVISION", "PLACE", "REGION")
AGENT_TYPES = ("PERSON", "ORG", "COUNTRY")

MEETING = re.compile(r"^,?\s*(?:(?:also|later|recently|then|reportedly|first)\s+)?"
                     r"(?:met|meets|meeting|held talks|holds talks|hold talks)(?:\s+with)?\s+(?:the\s+)?$")
# "<Owner>’s minister for investment and development, <Person>"
OWNER_TITLE_PERSON = re.compile(r"^[’']s\s+(?P<title>[a-z][a-z-]*(?:\s+[a-z-]+){0,6}),\s+$")
# "<Owner>’s ambassador to <X>, <Person>": the title runs up to the next mention
TITLE_TO_OWNER = re.compile(r"^[’']s\s+(?P<title>[a-z][a-z-]*(?:\s+[a-z-]+){0,3})\s+(?:to|in)\s+$")
# "<Owner> president <Person>", "<Demonym> Foreign Minister <Person>"
OWNER_TITLE_NAME = re.compile(r"^\s+(?P<title>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2})\s+$")
# "<Person>, chief economist at <Org>"
PERSON_TITLE_AT = re.compile(r"^,\s+(?:the\s+|a\s+|an\s+)?(?P<title>[a-z][a-z-]*(?:\s+[a-z-]+){0,5})"
                             r"\s+(?:at|of|for|with)\s+(?:the\s+)?$")
POSSESSIVE_GAP = re.compile(r"^[’']s\s+$")
PAIRING = re.compile(r"^\s+(?:is|are|was|were|has been|have been|will be)\s+(?:\w+\s+)?"
                     r"(?:paired|twinned|partnered)\b[^.;:]{0,60}?\bwith\s+(?:the\s+)?$")
LIST_SEPARATOR = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+|\s+as well as\s+)(?:the\s+)?$")
FUNDING = re.compile(r"\b(?:funded|financed|backed|bankrolled|underwritten|co-financed)\s+"
                     r"(?:in part\s+|partly\s+|jointly\s+|largely\s+|mainly\s+)?by\b")


def has_title(text: str) -> bool:
    return any(word.casefold() in TITLE_WORDS for word in re.split(r"[\s]+", text))


def find_relations(body: str, mentions: list[Mention]) -> list[Relation]:
    """Relations of one article; `mentions` in text order. One relation per (subject, predicate,
    object, sentence), the most confident one."""
    best: dict[tuple[str, str, str, int], Relation] = {}
    for sentence_index, group in groupby(mentions, key=lambda m: m.sentence_index):
        sentence = list(group)
        for relation in (*co_occurrences(sentence), *pattern_relations(body, sentence)):
            key = (relation.subject_id, relation.predicate, relation.object_id, sentence_index)
            if relation.subject_id != relation.object_id and (
                key not in best or best[key].confidence < relation.confidence
            ):
                best[key] = relation
    return list(best.values())


def co_occurrences(sentence: list[Mention]) -> Iterator[Relation]:
    entity_ids = sorted({m.entity_id for m in sentence})
    for subject_id, object_id in combinations(entity_ids, 2):
        yield Relation(subject_id, "co_occurs_with", object_id, sentence[0].sentence_index,
                       CO_OCCURRENCE_CONFIDENCE, "cooccurrence")


def pattern_relations(body: str, sentence: list[Mention]) -> Iterator[Relation]:
    yield from met_with(body, sentence)
    yield from works_for(body, sentence)
    yield from paired_with(body, sentence)
    yield from funded_by(body, sentence)


def relation(subject: Mention, predicate: str, obj: Mention, confidence: float) -> Relation:
    return Relation(subject.entity_id, predicate, obj.entity_id, subject.sentence_index,
                    confidence, f"pattern:{predicate}")


def gap(body: str, left: Mention, right: Mention) -> str:
    return body[left.end:right.start]


def met_with(body: str, sentence: list[Mention]) -> Iterator[Relation]:
    for i, subject in enumerate(sentence):
        if subject.entity_type not in ("PERSON", "ORG"):
            continue
        for obj in sentence[i + 1:]:
            if obj.entity_type in AGENT_TYPES and MEETING.match(gap(body, subject, obj)):
                yield relation(subject, "met_with", obj, 0.8)
                break


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
                yield relation(person, "works_for", owner, 0.8)
            elif j == i - 2:  # one mention between: "<Owner>’s ambassador to <X>, <Person>"
                middle = sentence[i - 1]
                title = TITLE_TO_OWNER.match(gap(body, owner, middle))
                if (title and has_title(title.group("title"))
                        and re.match(r"^,\s+$", gap(body, middle, person))):
                    yield relation(person, "works_for", owner, 0.8)
        # "<Owner> president <Person>"
        if earlier and earlier[-1].entity_type in ("COUNTRY", "ORG"):
            title = OWNER_TITLE_NAME.match(gap(body, earlier[-1], person))
            if title and has_title(title.group("title")):
                yield relation(person, "works_for", earlier[-1], 0.7)
        # "<Person>, <title> at [<Country>’s] <Org>"
        if later:
            title = PERSON_TITLE_AT.match(gap(body, person, later[0]))
            if title and has_title(title.group("title")):
                employer = later[0]
                if len(later) > 1 and POSSESSIVE_GAP.match(gap(body, employer, later[1])):
                    employer = later[1]  # "at China’s <Org>": the organisation, not its owner
                elif body.startswith(("’s", "'s"), employer.end):
                    continue  # the possessed organisation was not recognised
                if employer.entity_type in ("ORG", "COUNTRY"):
                    yield relation(person, "works_for", employer, 0.75)


def paired_with(body: str, sentence: list[Mention]) -> Iterator[Relation]:
    for i, subject in enumerate(sentence):
        if subject.entity_type != "SUBDIVISION":
            continue
        for j in range(i + 1, len(sentence)):
            if PAIRING.match(gap(body, subject, sentence[j])):
                previous = subject
                for partner in sentence[j:]:
                    if previous is not subject and not LIST_SEPARATOR.match(gap(body, previous, partner)):
                        break
                    if partner.entity_type in PLACE_TYPES:
                        yield relation(subject, "paired_with", partner, 0.8)
                    previous = partner
                break


# Between "funded by" and the first funder: a short lead-in such as "Beijing policy banks: the".
FUNDER_LEAD_IN = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+:\s+)?(?:the\s+)?$")
CLAUSE_BREAK = re.compile(r"[.;!?]\s|\n")


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
