"""Names that act as organisations, typed ORG wherever the article uses them (issue 11, item 2).

The small model types many companies and outlets as people or places ("SpaceX", "Yukos",
"Politico") and the gazetteer knows towns that name companies and clubs ("Honda", "Leeds"). The
grammar around a name says what it is, whatever the model or the gazetteer thought:

  legal form           "Tesla Inc", "Yukos Oil Co", "Tarmac Plc"  (company_suffixes)
  what it owns         "Yukos shareholders", "Tesla's chief executive", "shares of Yukos"
                                                               (organisation_belongings)
  apposition           "Politico, the news outlet,", "Tesla, the carmaker,"  (organisation_kinds)
  statement            "OpenAI said in a statement" (a one-word name: people issue statements too)
  company's acts       "Velkor bought", "Quenmar has sued", "Tavlin posted a record profit",
                       "the streaming service Streamly", "the Streamly series": a one-word name
                       only, and only one the article never gives as a person's (a first name,
                       a title or honorific, an age, a noun for a person, "said he"); people
                       buy, sell and sue too
  product              "SpaceX's Starship": a possessive before a name the model types PRODUCT
  match                "Leeds beat Chelsea", "Leeds 2 Chelsea 1", "Leeds manager": a town's or
                       state's side (match_verbs, side_roles); a country stays a country (its
                       national side is written as the country). Any capitalised name is a
                       side on a results line ("Everton 0 West Ham 2") or a standings row
                       ("Werder Bremen 3 2 1 0 7 2 7")

  short name           "Yukos" where the article also names "Yukos Oil Co"
One name has one referent within an article: a cue at any of its uses retypes all of them.
Countries, states and regions are never retyped (the people behind "Iraq said" are its
government, which institutions.py names).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import Gazetteer, literal_alternation, word_list
from .names import has_person_cue
from .patterns import WordIndex
from .titles import honorific_before, title_before

if TYPE_CHECKING:
    from .chain import Extractors
    from .extract import Span

SUFFIXES = literal_alternation(sorted(word_list("company_suffixes"), key=len, reverse=True))
SUFFIX_AFTER = re.compile(rf",?\s+(?:{SUFFIXES})(?!\w)")
SUFFIX_ENDING = re.compile(rf",?\s(?:{SUFFIXES})\.?\Z")  # "Tarmac Plc", "Cofinec S.A." as one name
BELONGINGS = literal_alternation(sorted(word_list("organisation_belongings"), key=len, reverse=True))
# a possessive may stand apart from the name in tokenised text ("Zenith 's stock")
BELONGING_AFTER = re.compile(rf"(?:\s?[’']s)?\s+(?:{BELONGINGS})\b")
BELONGING_BEFORE = re.compile(rf"\b(?:{BELONGINGS})\s+(?:of|in|at)\s+(?:the\s+)?\Z")
# the kind is the apposition's head: no preposition before it, no "of" after it ("Raqqa, the
# capital of the group"; "Ramtha, a young group of farmers")
KINDS = rf"(?:{literal_alternation(word_list('organisation_kinds'))}|\w+maker)"
# The kind ends the apposition: "Velkor, the club captain," is a person ("captain" is the head)
KIND_END = (r"(?=\s*(?:[,.;:)]|\Z)|\s+(?:that|which|whose|said|says|has|had|have|is|was|will|would|in|on|at|"
            r"for|with|and|to|from|based|owned|controlled|run)\b)")
KIND_AFTER = re.compile(
    rf",\s+(?:the|a|an|[A-Z][\w.-]*[’']s)\s+(?:(?!(?:of|in|for|from|with|to|by)\s)[\w’'-]+\s+){{0,3}}?"
    rf"{KINDS}{KIND_END}"
)
STATEMENT_AFTER = re.compile(r"\s+said\s+in\s+a\s+statement\b")
# what a company does as a subject, after auxiliaries and adverbs ("Quenmar has also sued"), and the
# kind right before its name ("the Chilean state miner Velkor", "oil company Velkor")
AUXILIARIES = r"(?:(?:has|have|had|will|would|also|then|first|recently|last\s+year|on\s+\w+day)\s+)*"
COMPANY_ACT_AFTER = re.compile(
    rf"\s+{AUXILIARIES}(?:(?:{literal_alternation(word_list('company_verbs'))})\b"
    rf"|(?:{literal_alternation(word_list('results_verbs'))})\s+(?:[\w£$€%.,-]+\s+){{0,6}}?"
    rf"(?:{literal_alternation(word_list('results_nouns'))})\b)"
)
PRODUCT_AFTER = re.compile(rf"(?:[’']s?)?\s+(?:{literal_alternation(word_list('company_products'))})\b")
KIND_BEFORE = re.compile(rf"\b{KINDS}\s+\Z")
MATCH_VERBS = literal_alternation(word_list("match_verbs"))
MATCH_AFTER = re.compile(rf"\s+(?:(?:{MATCH_VERBS})\.?\s+[A-Z]|(?:{literal_alternation(word_list('side_roles'))})\b)")
MATCH_BEFORE = re.compile(rf"\b(?:{MATCH_VERBS})\.?\s+\Z")
# "Leeds 2 Chelsea 1" (each side followed by its goals) and "NEW YORK 71 57 .555" (a table's
# row); not a dateline ("BONN 1996-08-22") nor a count of something ("Leeds 2 million")
SCORE_AFTER = re.compile(r"[ \t]+\d{1,3}(?:[ \t]+(?:\d|\.\d)|[ \t]*$|[ \t]+[A-Z])(?!\d*-\d\d-)", re.MULTILINE)
SCORE_BEFORE = re.compile(r"(?:^|\d[ \t]+)\Z", re.MULTILINE)
# both sides of a result on one line, "Everton 0 West Ham 2": a side even where the model read a
# person (a batsman's line, "Thorpe 54", has one name)
FIRST_SIDE = re.compile(r"[ \t]+\d{1,2}[ \t]+[A-Z][\w.’' -]{1,30}?[ \t]+\d{1,2}[ \t]*$", re.MULTILINE)
SECOND_SIDE = re.compile(r"^[A-Z][\w.’' -]{1,30}?[ \t]+\d{1,2}[ \t]+\Z", re.MULTILINE)
SECOND_SIDE_END = re.compile(r"[ \t]+\d{1,2}[ \t]*$", re.MULTILINE)
POSSESSIVE_AFTER = re.compile(r"[’']s\s+")
# Labels of the model's spans a cue may retype, and types of the gazetteer's: people and places,
# cities, towns and states (whose clubs and college sides bear their names), never countries or
# regions
RETYPED_LABELS = ("PERSON", "GPE", "LOC", "NORP", "FAC")
LOCAL_PLACE_TYPES = ("PLACE", "SUBDIVISION")


def acts_as_organisation(body: str, start: int, end: int, product_starts: frozenset[int]) -> bool:
    """Whether the grammar around body[start:end] makes it an organisation (module docstring)."""
    if (SUFFIX_AFTER.match(body, end) or BELONGING_AFTER.match(body, end) or KIND_AFTER.match(body, end)
            or BELONGING_BEFORE.search(body, max(0, start - 60), start)):
        return True
    if " " not in body[start:end] and STATEMENT_AFTER.match(body, end):
        return True
    possessive = POSSESSIVE_AFTER.match(body, end)
    return possessive is not None and possessive.end() in product_starts


def does_what_a_company_does(body: str, start: int, end: int) -> bool:
    """The subject of a company's act, a name before what a company makes or runs, or right
    after a kind of organisation (module docstring); a cue for a one-word name the article never
    gives as a person's."""
    return bool(COMPANY_ACT_AFTER.match(body, end) or PRODUCT_AFTER.match(body, end)
                or KIND_BEFORE.search(body, max(0, start - 60), start))


# he or she later in the name's sentence with no other name between ("Velkor sold the farm and
# said he would retire")
PRONOUN_LATER = re.compile(r"[^.!?A-Z]{0,160}?\b(?:he|she|his)\b")


def given_as_a_person(body: str, name: str, occurrences: list[tuple[int, int]], person_words: set[str]) -> bool:
    """Whether the article gives a one-word name as a person's anywhere: as a word of a longer
    person's name (a first name), after a title or honorific, or with a person cue
    (names.has_person_cue: an age, a noun for a person, "said he"), or he or she later in its
    sentence with no other name between."""
    return name in person_words or any(
        title_before(body, start) is not None or honorific_before(body, start) is not None
        or has_person_cue(body, start, end, set()) or PRONOUN_LATER.match(body, end) for start, end in occurrences)


def plays_a_match(body: str, start: int, end: int) -> bool:
    """A side of a match: before or after a match verb, or with its score next to it."""
    return bool(MATCH_AFTER.match(body, end) or MATCH_BEFORE.search(body, max(0, start - 12), start)
                or (SCORE_AFTER.match(body, end) and SCORE_BEFORE.search(body, max(0, start - 8), start)))


def side_of_a_result(body: str, start: int, end: int) -> bool:
    """One side of a result line naming both sides and their scores."""
    line_start = body.rfind("\n", 0, start) + 1
    if line_start == start and FIRST_SIDE.match(body, end):
        return True
    return bool(SECOND_SIDE.search(body, line_start, start) and SECOND_SIDE_END.match(body, end))


# Where a model's span runs over a line break or a score: "Manchester United 2 Blackburn",
# "Benfica 1 Braga 1\nGuimaraes"
NAME_BREAK = re.compile(r"[ \t]*\n\s*|[ \t]+\d{1,3}(?:[ \t]+|[ \t]*$)", re.MULTILINE)
SCORE_BREAK = re.compile(r"\d")


def split_at_results(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """A model's span that runs over a line break or a score, cut into the names it holds; the
    names on either side of a score are the sides of a result (ORG)."""
    from .extract import Span

    split = []
    for span in spans:
        breaks = list(NAME_BREAK.finditer(body, span.start, span.end)) if span.how == found.ner else []
        if not breaks:
            split.append(span)
            continue
        scored = any(SCORE_BREAK.search(b.group()) for b in breaks)
        edges = [span.start, *(edge for b in breaks for edge in b.span()), span.end]
        for start, end in zip(edges[::2], edges[1::2]):
            if end - start > 1 and body[start].isupper():
                split.append(Span(start, end, "ORG", None, found.organisation_cue) if scored
                             else Span(start, end, span.label, None, span.how))
    return split


# A side's name on a results or standings line: capitalised words
SIDE = r"[A-Z][\w.’'&-]*(?:[ \t]+[A-Z][\w.’'&-]*){0,4}"
# "Werder Bremen 1 Hansa Rostock 0", and a standings row of six figures or more
# ("VfB Stuttgart 3 3 0 0 10 1 9"); a golfer's or bowler's row has fewer
RESULT_LINE = re.compile(rf"^(?P<first>{SIDE})[ \t]+\d{{1,2}}[ \t]+(?P<second>{SIDE})[ \t]+\d{{1,2}}[ \t]*$", re.MULTILINE)
STANDINGS_ROW = re.compile(rf"^(?P<first>{SIDE})(?:[ \t]+\d{{1,3}}){{6,}}[ \t]*$", re.MULTILINE)


def with_result_sides(body: str, spans: list[Span], gazetteer: Gazetteer, found: Extractors) -> list[Span]:
    """The sides named on results and standings lines as ORG, replacing the spans inside them
    ("Bremen" of "Werder Bremen"); a country's national side stays the country, and a span
    running past a side's edges keeps its meaning."""
    from .extract import Span, SpanSet

    sides = [match.span(group) for pattern in (RESULT_LINE, STANDINGS_ROW) for match in pattern.finditer(body)
             for group in ("first", "second") if group in pattern.groupindex and match.group(group)]
    if not sides:
        return spans
    working = SpanSet(spans)
    for start, end in sides:
        known = gazetteer.lookup(body[start:end])
        if known is not None and known.entity_type == "COUNTRY":
            continue
        inside = working.overlapping(start, end)
        if all(start <= working[i].start and working[i].end <= end for i in inside):
            working.replace(inside, Span(start, end, "ORG", None, found.organisation_cue))
    return working.spans()


def organisations_by_role(body: str, spans: list[Span], gazetteer: Gazetteer, product_starts: frozenset[int],
                          found: Extractors) -> list[Span]:
    """The spans of names that act as organisations somewhere in the article, retyped ORG; a
    model's span over a result cut into its sides first (split_at_results)."""
    spans = with_result_sides(body, split_at_results(body, spans, found), gazetteer, found)
    words = WordIndex(body)
    organisations = {name for name in short_names(body, spans)
                     if gazetteer.lookup(name) is None and name not in gazetteer.towns}
    demonyms = {body[s.start:s.end] for s in spans if s.label == "NORP"}
    person_words = {word for s in spans if s.label == "PERSON" and " " in body[s.start:s.end]
                    for word in body[s.start:s.end].split()}
    for text in {body[s.start:s.end] for s in spans if retypable(s, gazetteer, found)}:
        if SUFFIX_ENDING.search(text):
            organisations.add(text)
            continue
        occurrences = list(words.spans(text))
        for start, end in occurrences:
            if acts_as_organisation(body, start, end, product_starts) or side_of_a_result(body, start, end) or (
                    is_local_place(text, gazetteer) and plays_a_match(body, start, end)):
                organisations.add(text)
                break
        else:
            # a city or state that buys, sells or sues is its government, which keeps the place;
            # a people's name before "films" is an adjective ("European films")
            if (" " not in text and text not in demonyms and not is_local_place(text, gazetteer)
                    and any(does_what_a_company_does(body, start, end) for start, end in occurrences)
                    and not given_as_a_person(body, text, occurrences, person_words)):
                organisations.add(text)
    from .extract import Span

    return [Span(s.start, s.end, "ORG", None, found.organisation_cue)
            if body[s.start:s.end] in organisations and retypable(s, gazetteer, found) else s for s in spans]


def short_names(body: str, spans: list[Span]) -> set[str]:
    """The first word of an organisation's name of several words that the model took alone for
    a person, and that no person's name of several words contains: the organisation's short name ("Yukos" of "Yukos Oil Co", "Norilsk"
    of "Norilsk Nickel"), where the article uses it alone. Only names the gazetteer does not
    know: a place stays the place ("Baghdad" beside "Baghdad Operational Command")."""
    first_words = {body[s.start:s.end].split()[0] for s in spans if s.label == "ORG" and " " in body[s.start:s.end]}
    person_words = {word for s in spans if s.label == "PERSON" for word in body[s.start:s.end].split()[1:]}
    people = {body[s.start:s.end] for s in spans if s.label == "PERSON"}
    return {word for word in (first_words & people) - person_words if word[:1].isupper() and len(word) > 2}


def retypable(span: Span, gazetteer: Gazetteer, found: Extractors) -> bool:
    """A model's person or place, or a gazetteer city, town or state: a name whose type grammar
    may overrule."""
    if span.entity_id is not None:
        return gazetteer.entities[span.entity_id].entity_type in LOCAL_PLACE_TYPES
    return span.how == found.ner and span.label in RETYPED_LABELS


def is_local_place(text: str, gazetteer: Gazetteer) -> bool:
    """A name that is a city, town or state, and no country or region."""
    known = gazetteer.lookup(text)
    if known is not None:
        return known.entity_type in LOCAL_PLACE_TYPES
    return text in gazetteer.towns
