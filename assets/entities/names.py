"""Names the small model mistypes, misses or invents, for extract.py.

Cues that a name the model typed ORG, GPE, NORP... is a person's:
  age                "14-year-old Rami", "Omar Haddad, 34, said": only people have an age
                     written next to their name like this
  person noun        "One young girl, Lina, said", "Omar Haddad, a carpenter,", "his son Rami"
  honorific surname  "Mr Haddad" elsewhere in the article makes "Omar Haddad" a person
Names the model misses: a full name right after an office title that ran into it ("Minister for
the Baltic Ann Roe"), and an organisation's acronym defined in brackets after it
("the Baltic Grain Cooperative Fund (BGCF)") wherever the text uses it.
NER spans that are no entity of ours: a transcript's speaker label, a rank alone, an office's
portfolio ("State" in "Secretary of State"), a ship, a weapon's abbreviation. Names of groups the model took for people
("Jaish al-...", "... Brigades"), and military operations it took for organisations or places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .gazetteer import literal_alternation, word_list
from .patterns import Intervals, whole_word
from .titles import is_office_portfolio, is_title_only, title_before

# Word lists (gazetteers/word_lists.csv): a transcript's speakers by role ("QUESTION: Did you
# ..."), abbreviations of weapons and vehicles the model takes for organisations, navies' ship
# prefixes ("USS Hopper" names a ship, which has no type here).
SPEAKER_ROLES = frozenset(word_list("speaker_roles"))
EQUIPMENT_ABBREVIATIONS = frozenset(word_list("equipment_abbreviations"))
SHIP_NAME = re.compile(rf"\b(?:{literal_alternation(word_list('ship_prefixes'))})\s+"
                       r"(?P<name>[A-Z][\w-]*(?:\s+(?:de\s+)?[A-Z][\w-]*)*)")
# A name opening with an Arabic word for army, movement, party, front, brigade or group, or ending
# in an English one, is an organisation's, though the model took it for a person's.
GROUP_NAME = re.compile(
    r"^(?:Jaish|Jaysh|Harakat|Hizb|Liwa|Kataib|Kata'ib|Kata’ib|Jabhat|Saraya|Tanzim|Jamaat)\s"
    r"|\s(?:Army|Movement|Party|Front|Brigades?|Battalions?|Group|Regiment|Militia)$"
)
# "Operation Inherent Resolve": a military operation is an event, not the force that runs it.
OPERATION_NAME = re.compile(r"^Operation\s+[A-Z]")
AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+\Z")
AGE_AFTER = re.compile(r",\s*\d{1,3},")
# Nouns for people by family tie, trade or lot, which name a person in apposition: "One young
# girl, Lina, said", "Omar Haddad, a carpenter, said", "his son Rami".
PERSON_NOUNS = f"(?:{literal_alternation(word_list('person_nouns'))})"
PERSON_NOUN_BEFORE = re.compile(rf"(?:\b{PERSON_NOUNS},|\b(?:his|her|their|my|our)\s+{PERSON_NOUNS})\s+\Z")
PERSON_NOUN_AFTER = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?{PERSON_NOUNS}\b")
# Two or three capitalised words: a full name the model may have missed after an office.
FULL_NAME = re.compile(r"[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2}(?![\w’'-]|\s+[A-Z])")
# "<organisation> (BGCF)" or "<organisation>'s (LWT)": the acronym the text goes on to use
ACRONYM_DEFINITION = re.compile(r"(?:[’']s)?\s*\((?P<acronym>[A-Z][A-Z0-9&-]{1,9})\)")
WORD_START = re.compile(r"(?<![\w’'.-])[A-Z]")


def ship_names(body: str) -> set[str]:
    """Names of the ships the text writes with a prefix: {"USS Hopper", "Hopper"}."""
    return {name for m in SHIP_NAME.finditer(body) for name in (m.group(), m.group("name"))}


def is_no_entity(body: str, start: int, end: int, label: str, ships: set[str]) -> bool:
    """An NER span that is no entity of ours: a transcript's speaker label ("QUESTION:"), a rank
    or honorific alone ("Sgt", "Navy Capt"), a ship, a weapon's abbreviation ("VBIED"), or an
    office's portfolio ("State" in "Secretary of State")."""
    text = body[start:end]
    if text in ships:
        return True
    if label in ("PERSON", "ORG") and (
            (text in SPEAKER_ROLES and body.startswith(":", end)) or is_title_only(text)):
        return True
    if label == "ORG" and text.removesuffix("s") in EQUIPMENT_ABBREVIATIONS:
        return True
    return label == "ORG" and is_office_portfolio(body, start, end)


def corrected_label(text: str, label: str) -> str:
    """The NER label of a name of a group the model took for a person's ("Jaish al-Nasr",
    "Northern Freedom Brigades"), or of a military operation it took for anything else."""
    if label == "PERSON" and GROUP_NAME.search(text):
        return "ORG"
    if OPERATION_NAME.match(text):
        return "EVENT"
    return label


def has_person_cue(body: str, start: int, end: int, surnames: set[str]) -> bool:
    """An age or a noun for a person right before or after the name, or a name of several words
    ending in the surname an honorific gives elsewhere in the article ("Mr Haddad" ... "Omar
    Haddad")."""
    before, after = body[max(0, start - 40):start], body[end:end + 60]
    if AGE_BEFORE.search(before) or AGE_AFTER.match(after):
        return True
    if PERSON_NOUN_BEFORE.search(before) or PERSON_NOUN_AFTER.match(after):
        return True
    words = body[start:end].split()
    return len(words) > 1 and words[-1] in surnames


def names_after_offices(body: str, covered: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Full names no span touches, right after an office title ("Minister for the Middle East
    Ann Roe", where the model found only the region)."""
    covered = Intervals(covered)
    found = []
    for word in WORD_START.finditer(body):
        start = word.start()
        if found and start < found[-1][1]:
            continue
        match = FULL_NAME.match(body, start)
        if not match or covered.overlaps(start, match.end()):
            continue
        title = title_before(body, start)
        if title is not None and title.office and title.text[0].isupper():
            found.append(match.span())
    return found


def acronym_definitions(body: str, organisations: Iterable[tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """acronym -> (index of its organisation, where its definition starts) for each acronym
    defined in brackets right after an organisation."""
    definitions: dict[str, tuple[int, int]] = {}
    for index, (_, org_end) in enumerate(organisations):
        if definition := ACRONYM_DEFINITION.match(body, org_end):
            definitions.setdefault(definition.group("acronym"), (index, definition.start("acronym")))
    return definitions


def defined_acronyms(body: str, organisations: Iterable[tuple[int, int]],
                     covered: Iterable[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, index of its organisation) of each acronym defined in brackets right after an
    organisation, and of its later uses, where no span touches them."""
    covered = Intervals(covered)
    found: list[tuple[int, int, int]] = []
    for acronym, (index, defined_at) in acronym_definitions(body, organisations).items():
        uses = whole_word(acronym)
        for use in uses.finditer(body, defined_at):
            start, end = use.span()
            if not covered.overlaps(start, end):
                found.append((start, end, index))
                covered.add(start, end)
    return found
