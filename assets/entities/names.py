"""Names the small model mistypes, misses or invents, for extract.py.

Cues that a name the model typed ORG, GPE, NORP... is a person's:
  age                "14-year-old Rami", "Omar Haddad, 34, said": only people have an age
                     written next to their name like this
  person noun        "One young girl, Lina, said", "Omar Haddad, a carpenter,", "his son Rami"
  speaker pronoun    "Nikki Haley said she would run", "... said in a statement that she": the
                     report calls the speaker he or she
  honorific surname  "Mr Haddad" elsewhere in the article makes "Omar Haddad" a person
Names the model misses: a full name right after an office title that ran into it ("Minister for
the Baltic Ann Roe"), and an organisation's acronym defined in brackets after it
("the Baltic Grain Cooperative Fund (BGCF)") wherever the text uses it.
NER spans that are no entity of ours: a transcript's speaker label, a rank alone, an office's
portfolio ("State" in "Secretary of State"), a ship, a weapon's abbreviation. Names of groups the model took for people
("Jaish al-...", "... Brigades"), and military operations it took for organisations or places.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_right
from collections.abc import Iterable

import justext
from spacy.lang.en.stop_words import STOP_WORDS

from .coreference import LEGAL_FORMS
from .gazetteer import literal_alternation, strip_accents, word_list
from .patterns import Intervals, whole_word
from .titles import (ends_on_honorific, is_office_portfolio, is_office_words, is_postposed_modifier, is_title_only,
                     title_before)

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
# A law by its name ("Securities Exchange Act", "Clean Air Act of 1990"), whatever the model made of it
LAW_NAME = re.compile(r"^(?:[A-Z][\w&’'-]*\s+)+Act(?:\s+of\s+\d{4})?$")
AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+\Z")
AGE_AFTER = re.compile(r",\s*\d{1,3},")
# Nouns for people by family tie, trade or lot, which name a person in apposition: "One young
# girl, Lina, said", "Omar Haddad, a carpenter, said", "his son Rami".
PERSON_NOUNS = f"(?:{literal_alternation(word_list('person_nouns'))})"
# "his son Rami", "his Turkish counterpart Ali Veli", "her late husband Omar": one word may qualify the noun
SOMEONES_PERSON_NOUN = rf"\b(?:his|her|their|my|our)\s+(?:[\w-]+\s+)?{PERSON_NOUNS}"
PERSON_NOUN_BEFORE = re.compile(rf"(?:\b{PERSON_NOUNS},|{SOMEONES_PERSON_NOUN})\s+\Z")
SOMEONES_PERSON_NOUN_BEFORE = re.compile(rf"{SOMEONES_PERSON_NOUN}\s+\Z")
PERSON_NOUN_AFTER = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?{PERSON_NOUNS}\b")
# "Velkor striker Tom Reyes", "Velkor prop Kask": a club's player or staff named after the club's
# name and the role (not its fans: a side's crowd is no one's name)
PLAYER_ROLES = literal_alternation([*(w for w in word_list("side_roles") if w not in ("fans", "supporters")),
                                    *word_list("player_positions")])
PLAYER_ROLE_BEFORE = re.compile(rf"[A-Z][\w.’'-]*\s+(?:{PLAYER_ROLES})\s+\Z")
# "Nikki Haley said she would run": a speaker the report goes on to call he or she is a person
# (an organisation says "it" or "we")
SPEAKER_PRONOUN_AFTER = re.compile(r"\s+(?:said|says|told\s+\w+|added|insisted|argued|wrote)(?:\s+in\s+a\s+statement)?"
                                   r"\s+(?:that\s+)?(?:she|he)\b")
# Two or three capitalised words: a full name the model may have missed after an office.
FULL_NAME = re.compile(r"[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2}(?![\w’'-]|\s+[A-Z])")
# "<organisation> (BGCF)" or "<organisation>'s (LWT)": the acronym the text goes on to use; or a
# short name in lower case after its capital ("Petróleos Mexicanos (Pemex)"), when it contracts the name
ACRONYM_DEFINITION = re.compile(
    r"(?:[’']s)?\s*\((?P<acronym>[A-Z][A-Z0-9&-]{1,9}|[A-Z][a-z]{3,11}|[A-Z][a-z]{1,3}(?:[A-Z][a-z]{0,3}){1,6})\)")
SHORT_NAME = re.compile(r"[A-Z][a-z]+")
# An acronym in capitals and small letters, each capital opening a piece of a word ("KeNHA",
# "KenGen", "DfID")
MIXED_CASE_ACRONYM = re.compile(r"[A-Z][a-z]{1,3}(?:[A-Z][a-z]{0,3}){1,6}")
# A term a company defines for itself in quotes after "the" ("the "Company"", "the "Issuer"", ""the Company"").
DEFINED_TERM = re.compile(r"(?:\bthe\s+[\"“]|[\"“]the\s+)(?P<term>[A-Z][a-z]+)[\"”]")
# A short name in capitals long enough to be made of word openings rather than initials ("ENSUR").
CONTRACTED_CAPITALS = re.compile(r"[A-Z]{4,}")
# A listed company's exchange and ticker in brackets after its name, as releases write them
TICKER_DEFINITION = re.compile(r"\s*\([A-Z][A-Za-z]*:\s*(?P<acronym>[A-Z][A-Z0-9]{1,5}(?:\.[A-Z]{1,2})?)\)")
# A short name a company defines for itself in quotes, as press releases and filings do: "Calder
# Basin Energy (NYSE: CBEX) ("Calder Basin" or the "Company")", "Arventa Pharma AG (“Arventa”)"
QUOTED_DEFINITION = re.compile(
    r"(?:\s*\([A-Z][A-Za-z]*:\s*[A-Z][A-Z0-9.]*\))?\s*\((?:the\s+)?[\"“](?P<acronym>[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,3})[\"”]")
WORD_START = re.compile(r"(?<![\w’'.-])[A-Z]")
# a person's trade written before their name ("Actress Sandra Bullock"), and the name that follows one
PERSON_TRADES = f"(?i:{literal_alternation(word_list('person_trades'))})"
TRADE = re.compile(PERSON_TRADES)
TRADE_BEFORE = re.compile(rf"(?<![\w-]){PERSON_TRADES}\s+\Z")
NAME_AFTER_TRADE = re.compile(r" [A-Z]")
# "MPs", "PCs": a plural of a common noun's initials, never one name
PLURAL_INITIALISM = re.compile(r"[A-Z]{2,}s")


def ship_names(body: str) -> set[str]:
    """Names of the ships the text writes with a prefix: {"USS Hopper", "Hopper"}."""
    return {name for m in SHIP_NAME.finditer(body) for name in (m.group(), m.group("name"))}


def is_no_entity(body: str, start: int, end: int, label: str, ships: set[str]) -> bool:
    """An NER span that is no entity of ours: a transcript's speaker label ("QUESTION:"), a rank
    or honorific alone ("Sgt", "Navy Capt") or closing the words before a name ("Tory Treasurer
    Lord" Ashcroft), a ship, a weapon's abbreviation ("VBIED"), an
    office's portfolio ("State" in "Secretary of State") or a modifier after an office ("Ambassador
    Extraordinary and Plenipotentiary"), or a group of people written as a plural of initials
    ("Labour MPs")."""
    text = body[start:end]
    if text in ships or (label == "PERSON" and PLURAL_INITIALISM.fullmatch(text)):
        return True
    if label in ("PERSON", "ORG") and (
            (text in SPEAKER_ROLES and body.startswith(":", end)) or is_title_only(text)):
        return True
    if label == "PERSON" and ends_on_honorific(body, start, end):
        return True
    if is_postposed_modifier(body, start, end):
        return True
    if label == "PERSON" and " " not in text and text in owned_words(body):
        return True
    if label == "ORG" and text.removesuffix("s") in EQUIPMENT_ABBREVIATIONS:
        return True
    return label == "ORG" and is_office_portfolio(body, start, end)


@functools.lru_cache(maxsize=4)
def owned_words(body: str) -> frozenset[str]:
    """The one-word names the article writes as a thing someone has or gets, never said of a
    person: after "a", "another" or a possessive determiner in lower case (a capital "A" may be
    an initial: "A Jones"), ending its phrase ("received her Oscar", "won an Emmy for"); not "a
    Blair government", where the name is a modifier."""
    return frozenset(m.group(1) for m in re.finditer(
        rf"\b(?:an?|another|his|her|their|its)\s+([A-Z][\w’'-]*)(?=(?:{PHRASE_ENDS.pattern}))", body))


def corrected_label(text: str, label: str) -> str:
    """The NER label of a name of a group the model took for a person's ("Jaish al-Nasr",
    "Northern Freedom Brigades"), or of a military operation or a law it took for anything else."""
    if label == "PERSON" and GROUP_NAME.search(text):
        return "ORG"
    if OPERATION_NAME.match(text):
        return "EVENT"
    if LAW_NAME.match(text):
        return "LAW"
    return label


def has_person_cue(body: str, start: int, end: int, surnames: set[str]) -> bool:
    """An age or a noun for a person right before or after the name, a club's name and a player's
    role before it (PLAYER_ROLE_BEFORE), he or she for the name as
    the speaker of the next words, or a name of several words
    ending in the surname an honorific gives elsewhere in the article ("Mr Haddad" ... "Omar
    Haddad")."""
    before, after = body[max(0, start - 40):start], body[end:end + 60]
    if AGE_BEFORE.search(before) or AGE_AFTER.match(after):
        return True
    if (PERSON_NOUN_BEFORE.search(before) or PERSON_NOUN_AFTER.match(after) or SPEAKER_PRONOUN_AFTER.match(after)
            or PLAYER_ROLE_BEFORE.search(before)):
        return True
    words = body[start:end].split()
    return len(words) > 1 and words[-1] in surnames


def names_after_offices(body: str, covered: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Full names no span touches, right after an office title ("Minister for the Middle East
    Ann Roe", where the model found only the region), a person's trade ("Actress Sandra Bullock",
    where it found nothing: a capitalised word before a name hides the name from it) or someone's
    noun for a person ("met her Norlandic counterpart Ivo Marek")."""
    covered = Intervals(covered)
    found = []
    for word in WORD_START.finditer(body):
        start = word.start()
        if found and start < found[-1][1]:
            continue
        match = FULL_NAME.match(body, start)
        if not match or covered.overlaps(start, match.end()) or is_office_words(match.group()):
            continue  # "Deputy Prime Minister": an office after a title word, no one's name
        title = title_before(body, start)
        # an office in lower case names its holder in apposition only: "the bank's vice-president
        # for countries, Teresa Alcalde, met ..."
        apposed = body[title.end:start].startswith(",") and body.startswith(",", match.end()) if title else False
        if ((title is not None and title.office and (title.text[0].isupper() or apposed))
                or TRADE_BEFORE.search(body, max(0, start - 40), start)
                or SOMEONES_PERSON_NOUN_BEFORE.search(body, max(0, start - 40), start)):
            found.append(match.span())
    return found


def leading_trade(text: str) -> int:
    """Length of a person's trade the model ran into the name it opens ("Rapper Jay-Z" ->
    len("Rapper "))."""
    match = TRADE.match(text)
    return match.end() + 1 if match and NAME_AFTER_TRADE.match(text, match.end()) else 0


def is_trade_before_name(body: str, start: int, end: int) -> bool:
    """A span that is a person's trade alone, a name right after it ("Entrepreneur" before "Sir
    Richard Branson"): it names no one. "Singer" alone may be a surname."""
    return TRADE.fullmatch(body, start, end) is not None and NAME_AFTER_TRADE.match(body, end) is not None


def acronym_definitions(body: str, organisations: Iterable[tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """acronym -> (index of its organisation, where its definition starts) for each acronym
    defined in brackets right after an organisation."""
    definitions: dict[str, tuple[int, int]] = {}
    for index, (org_start, org_end) in enumerate(organisations):
        name = body[org_start:org_end]
        if ticker := TICKER_DEFINITION.match(body, org_end):  # "Calder Basin Energy (NYSE: CBEX)"
            definitions.setdefault(ticker.group("acronym"), (index, ticker.start("acronym")))
        if (definition := ACRONYM_DEFINITION.match(body, org_end)) and (
                not (SHORT_NAME.fullmatch(acronym := definition.group("acronym"))
                     or MIXED_CASE_ACRONYM.fullmatch(acronym))
                or contracts(acronym, name) or spelled_by_pieces(acronym, name)):
            definitions.setdefault(acronym, (index, definition.start("acronym")))
        elif definition := QUOTED_DEFINITION.match(body, org_end):
            # ("Sarawak Green Hydrogen Sdn Bhd ("SGH" or "the Company")": an initialism in quotes too)
            if is_word_run_of(short := definition.group("acronym"), name) or short in initials(name):
                definitions.setdefault(short, (index, definition.start("acronym")))
            # the defined term of a filing or release in the same brackets: ("Calder Basin" or the
            # "Company"), (the "Company"): the company wherever the text writes it so
            bracket_end = body.find(")", definition.start("acronym"))
            for term in DEFINED_TERM.finditer(body, definition.start(), bracket_end if bracket_end > 0 else org_end):
                definitions.setdefault(term.group("term"), (index, term.start("term")))
    return definitions


# A name an acronym abbreviates: capitalised words, joined by "of", "and", "&", "for", "the", or
# the particles of Spanish, Portuguese, French and Italian names ("Corporación Minera del Norte")
ABBREVIATED_NAME = re.compile(
    r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|and|&|for|the|de|del|do|da|dos|das|des|du|di|la|y|e)\s+)*[A-Z][\w’'.-]*)*\s*\Z")
JOINING_WORDS = frozenset("of and for the de del do da dos das des du di la y e".split())
INITIALISM = re.compile(r"[A-Z][A-Z&]{1,5}")


# the initials of a country that open the name of one of its bodies ("US", "UK", "EU")
COUNTRY_INITIALS = re.compile(r"[A-Z]{2}|U\.[SK]\.")


def initials(name: str) -> set[str]:
    """The initialisms that abbreviate a name of two words or more: the capitalised words'
    first letters, with "and" or "&" kept as "&" or left out ("Royal Bank of Scotland" → RBS,
    "Scottish and Newcastle" → S&N, SN); a country's initials opening the name may be left out
    ("US Securities and Exchange Commission" → SEC as well as USSEC)."""
    words = name.split()
    if len(words) > 2 and words[-1].rstrip(".") in LEGAL_FORMS:
        # "Vardhan Ports and Special Economic Zone Ltd (VPSEZ)": the legal form is no initial
        return {*initials(" ".join(words[:-1])), *initials_of_words(words)}
    return initials_of_words(words)


def initials_of_words(words: list[str]) -> set[str]:
    if len(words) < 2:
        return set()
    with_and = "".join("&" if w in ("and", "&") else "" if w in JOINING_WORDS else w[0] for w in words)
    found = {with_and, with_and.replace("&", "")}
    if len(words) > 2 and COUNTRY_INITIALS.fullmatch(words[0]):
        found |= initials(" ".join(words[1:]))
    return found


def contracts(short: str, name: str) -> bool:
    """Whether a short name is made of openings of a name's words, in order, the first word's
    first: "Pemex" (Petróleos Mexicanos), "Codelco" (Corporación Nacional del Cobre), "Comin"
    (Corporación Minera del Norte); two pieces or more, each of two letters or more."""
    words = [strip_accents(w).lower() for w in name.split()]
    letters = strip_accents(short).lower()

    def spelled(rest: str, first_word: int) -> bool:
        if not rest:
            return True
        for index in range(first_word, len(words) if first_word else min(1, len(words))):
            word = words[index]
            if any(rest.startswith(word[:n]) and (n < len(rest) or first_word) and spelled(rest[n:], index + 1)
                   for n in range(min(len(word), len(rest)), 1, -1)):
                return True
        return False

    return len(words) >= 2 and spelled(letters, 0)


def spelled_by_pieces(short: str, name: str) -> bool:
    """Whether each capital of a mixed-case acronym opens, with the small letters after it, a word
    of the name, in order, the first word's first ("KeNHA" of "Kenya National Highways Authority",
    "KenGen" of "Kenya Electricity Generating Company"); joining words ("the", "of") need no piece."""
    pieces = [piece.lower() for piece in re.findall(r"[A-Z][a-z]*", short)]
    words = [strip_accents(w).lower() for w in name.split() if w.lower() not in JOINING_WORDS]
    if len(pieces) < 2 or not words or not words[0].startswith(pieces[0]):
        return False
    rest = iter(words[1:])
    return all(any(word.startswith(piece) for word in rest) for piece in pieces[1:])


def is_word_run_of(short: str, name: str) -> bool:
    """Whether a shorter name is words of the name, in a row ("Calder Basin" of "Calder Basin
    Energy", "Basin Energy" of it too)."""
    words, run = name.split(), short.split()
    return len(run) < len(words) and any(words[i:i + len(run)] == run for i in range(len(words) - len(run) + 1))


def names_defined_by_acronyms(body: str) -> list[tuple[int, int]]:
    """(start, end) of each name an acronym in brackets right after it abbreviates ("Scottish and
    Newcastle (S&N)"), the shortest run of capitalised words before the bracket whose initials
    it spells: a definition names an organisation even where the model split the name."""
    found = []
    for definition in ACRONYM_DEFINITION.finditer(body):
        run = ABBREVIATED_NAME.search(body, max(0, definition.start() - 120), definition.start())
        if run is None:
            continue
        acronym = definition.group("acronym")
        for start in [m.start() for m in WORD_START.finditer(body, run.start(), definition.start())][::-1]:
            name = body[start:definition.start()].rstrip()
            # (a word of capitals may contract the name too: "Energía Neuquina del Sur (ENSUR)")
            if acronym in initials(name) or ((SHORT_NAME.fullmatch(acronym) or CONTRACTED_CAPITALS.fullmatch(acronym))
                                             and contracts(acronym, name)) or (
                    MIXED_CASE_ACRONYM.fullmatch(acronym) and spelled_by_pieces(acronym, name)):
                found.append((start, start + len(name)))
                break
    return found


def initialism_of(text: str, names: dict[str, int]) -> int | None:
    """The index of the organisation (by name) an initialism written alone abbreviates ("RBS"
    after "Royal Bank of Scotland"), when exactly one does."""
    if not INITIALISM.fullmatch(text):
        return None
    matching = {index for name, index in names.items() if text in initials(name)}
    return matching.pop() if len(matching) == 1 else None


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


# --- names that are no country, place or organisation in their sentence -------------------------

WORK_KINDS = literal_alternation(word_list("work_kinds"))
# "the hit show Little Peru": a kind of work right before the title; lower case only, as a
# capitalised kind may open the title itself
WORK_KIND_BEFORE = re.compile(rf"\b(?:{WORK_KINDS})\s+[\"“‘']?\Z")
# after the title: its cast ("Little Peru stars Dana Holm", "Late Harbour star Dana Holm"),
# a kind of work it is or began as ("Little Peru started as a radio series", ", a BBC
# sitcom,"), or a relative clause giving it a kind of work of its own ("which is now in its
# third series")
WORK_CUE_AFTER = re.compile(
    rf"[\"”’']?(?:\s+stars?\s+[A-Z]"
    rf"|,?\s+(?:(?:is|was)|(?:began|started)\s+(?:life\s+)?as)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{WORK_KINDS})\b"
    rf"|,\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{WORK_KINDS}),"
    rf"|,\s+which\s+(?:is|was|has)\b[^.,;\n]{{0,30}}?\bits\s+(?:\w+\s+)?(?:{WORK_KINDS})\b)")
# a run of capitalised words on one line ("Come Dine With Us", "Little Peru"); a possessive
# ends it ("Britain's economy")
CAPITALISED_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*)*")
OPENING_WORDS = frozenset(word_list("sentence_opening_words"))


def capitalised_runs(body: str) -> list[tuple[int, int]]:
    """Every run of capitalised words in body, in order; none crosses a line break. Found once per
    article: scanning the name's line for each name is quadratic in a text of one long line."""
    return [run.span() for run in CAPITALISED_RUN.finditer(body)]


def capitalised_run(runs: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The run of capitalised words (of capitalised_runs) the name at start..end stands in."""
    i = bisect_right(runs, (start, math.inf)) - 1
    if i >= 0 and runs[i][0] <= start and end <= runs[i][1]:
        return runs[i]
    return start, end


def work_titles(body: str, spans: list) -> set[str]:
    """Titles of works (shows, films, books, albums) that hold a country's or place's name with
    other capitalised words ("Little Peru"): the text gives a kind of work right before one of
    the title's uses, or its cast right after. The country in a title is no country of the article."""
    titles, runs, capitalised = set(), set(), None
    for span in spans:
        if (span.entity_id or "").startswith(("country:", "place:", "subdivision:", "region:")):
            capitalised = capitalised_runs(body) if capitalised is None else capitalised
            start, end = capitalised_run(capitalised, span.start, span.end)
            if (start, end) != (span.start, span.end) and body[start:end].split()[0] not in OPENING_WORDS:
                runs.add(body[start:end])
    for run in runs:
        for use in whole_word(run).finditer(body):
            if WORK_KIND_BEFORE.search(body, max(0, use.start() - 40), use.start()) or WORK_CUE_AFTER.match(body, use.end()):
                titles.add(run)
                break
    return titles


def outside_work_titles(body: str, spans: list) -> list:
    """The spans left when every use of a work's title (work_titles) loses the names inside it."""
    titles = work_titles(body, spans)
    if not titles:
        return spans
    uses = Intervals(m.span() for title in titles for m in whole_word(title).finditer(body))
    return [span for span in spans if not uses.contain(span.start, span.end)]



# Frequent English words: jusText's English stoplist (trafilatura's dependency), drawn from word
# frequencies, not written by hand. A capitalised one, or one the article also writes in lower
# case, is a common word whose capital opens a sentence, a heading or a longer name ("Broadband
# has become ...", "the City", "Asia Earthquake Appeal"), not a place's name.
FREQUENT_WORDS = frozenset(justext.get_stoplist("English"))
MODEL_PLACE_LABELS = ("GPE", "LOC")


def is_common_word(body: str, word: str) -> bool:
    """Whether a one-word name is also a common lower-case English word: a frequent one, or one
    the article writes in lower case elsewhere."""
    lower = word.lower()
    return word.isalpha() and (lower in FREQUENT_WORDS or whole_word(lower).search(body) is not None)


def common_words_not_places(body: str, spans: list, model_places: set[tuple[int, int]], gazetteer,
                            is_placed, is_region) -> list:
    """The spans less the places that are one common word (is_common_word) with nothing else to
    make them places: a GeoNames town or city needs the model's own GPE/LOC reading of the same
    words, a place the model alone found ("place:broadband") has no identity to weigh, and either
    stays only where the text puts it on the map (is_placed: "in Reading", "Bath, a city in ...")
    or names again a place the article names in full ("south of the Strip" after "the Gaza
    Strip"). A capital or very populous city is what it is ("LONDON —"), the model's place of a
    name the gazetteer knows is weighed when it is resolved, and a compass area the model reads
    as a location is a region ("the West": is_region(word, label))."""
    kept = []
    common: dict[str, bool] = {}  # by word: a long article names one place thousands of times
    for span in spans:
        word = body[span.start:span.end]
        known = (span.entity_id in gazetteer.cities and span.entity_id not in gazetteer.prominent_cities
                 if span.entity_id else span.label in MODEL_PLACE_LABELS and word in gazetteer.towns)
        unknown = (span.entity_id is None and span.label in MODEL_PLACE_LABELS and not known
                   and gazetteer.lookup(word) is None and gazetteer.lookup(word.title()) is None
                   and not is_region(word, span.label))
        confirmed = known and (span.start, span.end) in model_places
        if word not in common:
            common[word] = is_common_word(body, word)
        if ((known or unknown) and not confirmed and " " not in word and common[word]
                and not is_placed(body, span.start, span.end) and not names_again_in_short(body, span.start, span.end)):
            continue
        kept.append(span)
    return kept


# the capitalised word right before a name, which makes the name the last word of a longer one
NAME_WORD_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+\Z")


def names_again_in_short(body: str, start: int, end: int) -> bool:
    """Whether a word standing alone names again, by its last word, a longer name the article
    gives ("the Strip" after "the Gaza Strip")."""
    word = body[start:end]
    return NAME_WORD_BEFORE.search(body, max(0, start - 40), start) is None and re.search(
        rf"[A-Z][\w’'.-]*\s+{re.escape(word)}(?![\w-])", body) is not None

# "French and Lindqvist, who ...": a country's adjective joined to a bare name, the pair standing
# alone (punctuation or a verb after it, no noun it would qualify): two surnames, a duo's or a
# firm's name
PAIR_END = re.compile(r"[,.;:!?)]|\s+(?:who|whose|have|has|had|were|are|is|was)\b")
PAIRED_NAME_AFTER = re.compile(rf"\s+(?:and|&)\s+(?P<name>[A-Z][\w’'-]+)(?={PAIR_END.pattern})")
PAIRED_NAME_BEFORE = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+)\s+(?:and|&)\s+\Z")
PLACE_LABELS = frozenset({"COUNTRY", "GPE", "PLACE", "SUBDIVISION", "REGION", "LOC", "NORP"})


def surname_demonyms(body: str, spans: list, is_demonym) -> list:
    """The spans without a country's adjective that names a person with a bare name beside it
    ("the comedy duo French and Lindqvist"): is_demonym(text) says which words are adjectives of a
    country; the other name is no place and no adjective, and a noun after the pair would make
    it an adjective's use ("French and Lindqvist families" keeps the country)."""
    placed = {(span.start, span.end) for span in spans if span.label in PLACE_LABELS}

    def bare_name(start: int, end: int) -> bool:
        return not is_demonym(body[start:end]) and (start, end) not in placed

    kept = []
    for span in spans:
        text = body[span.start:span.end]
        if (span.entity_id or "").startswith("country:") and is_demonym(text):
            after = PAIRED_NAME_AFTER.match(body, span.end)
            before = PAIRED_NAME_BEFORE.search(body, max(0, span.start - 40), span.start)
            if (after and bare_name(*after.span("name"))) or (
                    before and bare_name(*before.span("name")) and PAIR_END.match(body, span.end)):
                continue
        kept.append(span)
    return kept


# A country's adjective that names its language: the head of "the Spanish word", "an English
# term", or a language spoken or written in ("said it in Spanish", "speaks French and German"),
# where no noun follows it that it would qualify ("in Spanish waters" keeps the country)
LANGUAGE_NOUN_AFTER = re.compile(r"\s+(?:words?|terms?|phrases?|expressions?|slang|spelling|pronunciation|subtitles"
                                 r"|translations?|dubbing|-language|-speaking|speakers?|-speakers?)\b")
LANGUAGE_USE_BEFORE = re.compile(r"\b(?:in|into|from|speaks?|spoke|spoken|speaking|learn(?:s|ed|ing|t)?"
                                 r"|fluent|translated|sung|written|subtitled|dubbed)\s+(?:[A-Z][a-z]+\s+(?:and|or)\s+)?\Z")
# the phrase closes after the language, or after a second one ("in French and German.", not "in
# French and German banks")
LANGUAGE_USE_END = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][a-z]+)?(?:\s*(?:[.,;:!?)”\"]|\Z)"
                              r"|\s+(?:but|as|with|by|is|was|too|instead|rather|because|so|to)\b"
                              r"|\s+(?:and|or)\s+(?:[a-z]+ed|then|in|on)\b)")  # "dubbed into Italian and subtitled"


def names_a_language(body: str, start: int, end: int) -> bool:
    """Whether a country's adjective at body[start:end] names the language (LANGUAGE_NOUN_AFTER,
    LANGUAGE_USE_BEFORE with the phrase closing after it, LANGUAGE_USE_END)."""
    if LANGUAGE_NOUN_AFTER.match(body, end):
        return True
    return bool(LANGUAGE_USE_BEFORE.search(body, max(0, start - 40), start) and LANGUAGE_USE_END.match(body, end))


def languages_not_countries(body: str, spans: list, is_demonym) -> list:
    """The spans without a country's adjective that names a language (names_a_language): a word
    quoted in Spanish is no reference to Spain."""
    return [span for span in spans if not ((span.entity_id or "").startswith("country:")
                                          and is_demonym(body[span.start:span.end])
                                          and names_a_language(body, span.start, span.end))]


def country_named_noun(phrase: str) -> str:
    """A pattern of one country_named_nouns phrase: its first word as written, the rest in any case."""
    first, _, rest = phrase.partition(" ")
    return re.escape(first) + r"\s+(?i:" + r"\s+".join(map(re.escape, rest.split())) + ")"


# "French fries", "a Dutch auction": common nouns whose first word is a country's or place's
COUNTRY_NAMED_NOUNS = re.compile(r"(?<![\w-])(?:" + "|".join(
    country_named_noun(p) for p in sorted(word_list("country_named_nouns"), key=len, reverse=True)) + r")(?![\w-])")


def country_named_nouns(body: str, spans: list) -> list:
    """The spans without a country's or place's name that opens a common noun named after it
    (COUNTRY_NAMED_NOUNS: "French fries", "a Dutch auction", "Brussels sprouts"): no reference
    to the country or place."""
    nouns = [(found.start(), found.end()) for found in COUNTRY_NAMED_NOUNS.finditer(body)]
    if not nouns:
        return spans
    return [span for span in spans if not (span.label in PLACE_LABELS
                                           and any(start <= span.start and span.end <= end for start, end in nouns))]


# where a country's name is a place's, not a person's first name ("flew to Jordan", "in Jordan's
# capital"): a preposition or verb of travel before it
PLACE_USE_BEFORE = re.compile(r"\b(?:in|into|to|from|across|throughout|of|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|leave|leaves|left"
                              r"|reach(?:es|ed)?|enter(?:s|ed)?|invade[sd]?|via)\s+(?:the\s+)?\Z", re.IGNORECASE)


def first_names_not_countries(body: str, spans: list, is_demonym, how) -> list:
    """The spans with a country's name that is the first name of one person the article names in
    full ("Jordan Reyes ... Jordan said") made that person's (found `how`) at each use alone, but
    after a preposition or verb of place (PLACE_USE_BEFORE: "he toured Jordan" keeps the country)."""
    from .extract import Span

    by_first_name: dict[str, set[str]] = {}
    for name in full_names_of_people(body, spans):
        by_first_name.setdefault(name.split()[0], set()).add(name)
    if not by_first_name:
        return spans
    kept = []
    for span in spans:
        text = body[span.start:span.end]
        people = by_first_name.get(text, set())
        if (len(people) == 1 and (span.entity_id or "").startswith("country:") and not is_demonym(text)
                and not PLACE_USE_BEFORE.search(body, max(0, span.start - 20), span.start)):
            span = Span(span.start, span.end, "PERSON", None, how, next(iter(people)))
        kept.append(span)
    return kept


# the model's labels it gives to a colour or another adjective written with a capital ("White")
ADJECTIVE_PRONE_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})


def may_be_adjective(body: str, span) -> bool:
    """A one-word organisation or place the model found without the gazetteer."""
    return (span.label in ADJECTIVE_PRONE_LABELS and span.entity_id is None
            and re.fullmatch(r"[A-Z][a-z]+", body[span.start:span.end]) is not None)


def adjectives_not_organisations(body: str, spans: list, adjectives: set[str]) -> list:
    """The spans without the one-word organisations and places the model found that the article
    uses as adjectives (`adjectives`: words a tagger reads so after a form of "be": "were White
    people", "who were White, too"); a colour or an adjective names no
    organisation. A name the gazetteer knows keeps its type."""
    return [span for span in spans if not (may_be_adjective(body, span) and body[span.start:span.end] in adjectives)]


# a form of "be" right before a word: what follows describes the subject ("were White, too",
# "were White people"); a company's name used as a modifier stands elsewhere ("Smart booths",
# "his Arsenal counterpart")
COPULA_BEFORE = re.compile(r"\b(?:am|is|are|was|were|be|been|being)\s+(?:all\s+|also\s+|not\s+)?\Z", re.IGNORECASE)


def adjective_candidates(body: str, spans: list) -> list[tuple[int, int]]:
    """(start, end) of the uses of may_be_adjective names right after a form of "be" where no
    capitalised word follows: the uses a tagger must read to tell a predicate's adjective."""
    return [(span.start, span.end) for span in spans
            if may_be_adjective(body, span) and not re.match(r"\s+[A-Z]", body[span.end:span.end + 3])
            and COPULA_BEFORE.search(body, max(0, span.start - 20), span.start)]


# what a person's full name is not written after: an indefinite article ("an Instagram Story",
# "another Velkor Arena") where the name heads its phrase (a person's name before a noun modifies
# it: "a Tom Roe kick"), or a person's possessive ("Ann Roe's English Disco"; people are not
# possessed by name)
INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+\Z")
PHRASE_ENDS = re.compile(rf"\s*(?:[.,;:!?)”\"]|\Z)|\s+(?:{'|'.join(sorted(w for w in STOP_WORDS if w.isalpha()))})\b")
POSSESSIVE_BEFORE = re.compile(r"[’']s\s+\Z")


def full_names_of_people(body: str, spans: list) -> set[str]:
    """The names of the PERSON spans of several words, but for a name the article writes at some
    use where no person's name stands (INDEFINITE_BEFORE, POSSESSIVE_BEFORE after a person's
    span): a product, a club or a venue the model read as a person, whose words are no person's."""
    person_ends = {s.end for s in spans if s.label == "PERSON"}

    def no_persons_place(start: int, end: int) -> bool:
        owner = POSSESSIVE_BEFORE.search(body, max(0, start - 4), start)
        return ((INDEFINITE_BEFORE.search(body, max(0, start - 10), start) is not None
                 and PHRASE_ENDS.match(body, end) is not None)
                or (owner is not None and owner.start() in person_ends))

    full = [s for s in spans if s.label == "PERSON" and " " in body[s.start:s.end]]
    not_people = {body[s.start:s.end] for s in full if no_persons_place(s.start, s.end)}
    return {body[s.start:s.end] for s in full} - not_people
