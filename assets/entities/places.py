"""Places the small model misses or mistypes: named facilities ("Qayyarah Air Base", "the Tabor
military airport") and towns that the words around them mark as places ("the town of Valdmere",
"near Narva", "north of Mosul"). Pure functions over the article body; extract.py decides
which model spans they replace.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator

from .gazetteer import literal_alternation, word_list

# Head nouns of named buildings and structures, which make the name before them a place of kind
# 'facility'; the heads written in lower case after a name ("Belmarsh prison"); the heads that are
# also surnames, so a person the model found ("Anna Bridge") stays a person. The lists, and why a
# word is in or out, are in gazetteers/word_lists.csv.
FACILITY_HEADS = literal_alternation(word_list("facility_heads"))
LOWER_CASE_HEADS = literal_alternation(word_list("lower_case_facility_heads"))
SURNAME_HEADS = frozenset(word_list("surname_facility_heads"))
# A name word: capitalised (not a possessive: "London's Leicester Square" is Leicester Square),
# or an Arabic article glued to one ("al-Khani").
NAME_WORD = r"(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w-]*(?:['’](?!s\b)[A-Za-z][\w-]*)*"
# Lower-case words that may stand between the name and a lower-case head ("military airport").
FACILITY_MODIFIERS = r"(?:military|international|naval|regional|grand|old|main)"
FACILITY_NAME = re.compile(
    rf"\b(?P<name>{NAME_WORD}(?: {NAME_WORD}){{0,3}})"
    rf" (?:(?P<head>{FACILITY_HEADS})|(?:{FACILITY_MODIFIERS} )?(?P<lower_head>{LOWER_CASE_HEADS}))\b"
)
# Where a capitalised word may be a common one: "Federal prison guards", "Local hospital".
SENTENCE_START = re.compile(r"(?:^|[.:!?\n]\s*|[\"“‘']\s*)\Z")
# Words opening a sentence that are no part of a name ("An English hospital").
NOT_NAME_WORDS = frozenset({"A", "An", "The", "This", "That", "These", "Those", "Its", "Their"})
FACILITY_KIND = "facility"

# Words that make the name after them a place: "the town of Valdmere", "the outskirts of Narva",
# "near Narva", "outside Tartu", "north of Mosul", "rebel-held Valdmere" (not "privately-held").
SETTLEMENT_OF = (r"\b(?:town|city|village|suburb|district|province|governorate|region|outskirts|"
                 r"vicinity) of")
NEAR = r"\b(?:[Nn]ear|outside|(?:north|south|east|west)(?:-?(?:east|west))? of|\w+(?<!ly)-held|\w+-besieged)"
PLACE_WORD = r"[A-Z][\w-]*(?:['’](?!s\b)[a-z][\w-]*)?"  # "Qal'at", not "Mosul's"
# Lower-case particles inside place names: "Dayr az Zawr", "Braunau am Inn", "Newcastle upon Tyne".
PLACE_NAME = rf"{PLACE_WORD}(?: (?:(?:al|an|ar|as|ad|az|ez|el|am|upon|sur|de|la) )?{PLACE_WORD}){{0,2}}"
CUED_NAME = re.compile(rf"(?:{SETTLEMENT_OF}|{NEAR}) ({PLACE_NAME})(?![\w’'])")
# ... or a settlement noun in apposition after it, closed by punctuation or a preposition:
# "Valdmere, a city in northern Estonia", "Narva, a border town about 30km from".
# ("Ann Roe, a city councillor" is a person: the noun goes on.)
APPOSED_NAME = re.compile(
    rf"(?<![\w’'-])({PLACE_NAME}), (?:an?|the) (?:[\w-]+ ){{0,2}}"
    r"(?:town|city|village|suburb|district|neighbou?rhood|area|province|region|governorate)"
    r"(?=[,.;:)]| (?:in|of|on|near|outside|about|some|just|north|south|east|west|where|that|which)\b)"
)
# Months and weekdays follow "near" and "outside" as dates, not places.
CALENDAR_WORDS = frozenset([*calendar.month_name[1:], *calendar.day_name])


def find_facilities(body: str, is_place_word: Callable[[str], bool]) -> Iterator[tuple[int, int, bool]]:
    """(start, end, surname_head) of every named facility: one to four name words and a head
    noun. Before a lower-case head the name must be a proper name: not an acronym, a country or
    demonym ("UK stadium", "an English hospital": is_place_word tells these), nor one word
    opening a sentence ("Federal prison guards")."""
    for match in FACILITY_NAME.finditer(body):
        words = match.group("name").split()
        while words and words[0] in NOT_NAME_WORDS:
            words.pop(0)
        if not words:
            continue
        name = " ".join(words)
        start = match.end("name") - len(name)
        if match.group("lower_head") and (name.isupper() or is_place_word(name) or (
                len(words) == 1 and SENTENCE_START.search(body, max(0, start - 3), start))):
            continue
        yield start, match.end(), match.group("head") in SURNAME_HEADS


def find_cued_places(body: str) -> list[tuple[int, int]]:
    """(start, end) of names that a settlement noun or "near"-like word right before, or a
    settlement noun in apposition after, marks as places; a name that goes on as a possessive
    is something of the place's, not the place."""
    found = {match.span(1) for regex in (CUED_NAME, APPOSED_NAME) for match in regex.finditer(body)
             if match.group(1).split()[0] not in CALENDAR_WORDS and not match.group(1).isupper()}
    return sorted(found)  # an acronym is an agency's ("near CBP facilities"), not a place
