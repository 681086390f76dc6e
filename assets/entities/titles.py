"""Person titles: the office or rank stated next to a name, and whose office it is.

Three constructions, from the words in gazetteers/person_titles.csv:
  before the name   "Foreign Minister Sergei Lavrov", "Lt. Gen. Ann Roe",
                    "Chile's ambassador to Peru, Marta Quispe", "President Hollande"
  after the name    "Sergei Lavrov, the Russian foreign minister, said"
  honorific         "Mr Haddad", "Dr. Lee": a name the model may have missed; no title kept
The owner (affiliation) is the organisation or country mentioned right before the title
("Kazakhstan's", "Russian", "U.S. Central Command") or, failing that, after "of/at/for" inside
it ("head of Apple"); never after "to" ("ambassador to China" serves the sender, not China).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .gazetteer import read_csv, word_list
from .patterns import trie_alternation

WINDOW = 120  # characters searched on each side of a name; titles are short
# a capitalised word, or an initialism with its dots ("U.S."); a sentence's full stop stays out
# the lower-case link of an Arabic or Malay patronymic name: "Moza bint Nasser", "Najib bin Razak"
PATRONYMIC = r"(?:bin|bint|binti|ibn)"
CAPITALISED_WORD = r"(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w&’'-]*)"


# A month or weekday after "in" or "at" says when, not what of: "a letter to the president in
# May, Ann Roe, ..." gives Roe no title.
CALENDAR_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
                 r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def title_tail(word: str) -> str:
    """ "of the Middle East", "of State", "for investment and development", "of Trade, Industry
    and Energy" (a list of portfolios closed by "and") """
    return (rf"(?:\s+(?:of|for|to|at|in)\s+(?:the\s+)?(?!{CALENDAR_WORD}){word}"
            rf"(?:(?:,\s+{word}){{1,3}},?\s+and\s+{word})?"
            rf"(?:\s+(?:and\s+|of\s+)?{word}){{0,4}})")


# Lower-case words may close a title only before a comma ("minister for investment, <Name>"):
# without one, "director at advisory <Firm>" would make the firm a person.
NAMED_TAIL = title_tail(CAPITALISED_WORD)
PROSE_TAIL = title_tail(rf"(?:{CAPITALISED_WORD}|[a-z][\w-]*)")
OWNER_GAPS = ("", " ", "'s ", "’s ")
# Bodies of a state that hold no office of their own: a title after "<Country>'s <body>" is the
# country's ("Kenya's Cabinet secretary for transport")
STATE_BODIES = frozenset(word.casefold() for word in word_list("state_bodies"))
ABBREVIATION_MAX = 4  # letters of an abbreviated rank: Gen, Capt, Cmdr


@dataclass(frozen=True)
class Title:
    start: int
    end: int
    text: str
    office: bool  # False for an honorific ("Mr"), which is no title but marks a name


@functools.lru_cache(maxsize=1)
def title_words() -> dict[str, list[str]]:
    """The words of person_titles.csv by kind. A portfolio ("Foreign", "Defence") qualifies an
    office as a modifier does, so "modifier" lists the portfolios too."""
    kinds: dict[str, list[str]] = {}
    for row in read_csv("person_titles.csv"):
        kinds.setdefault(row["kind"], []).append(row["title"])
    kinds["modifier"] += kinds["portfolio"]
    return kinds


@functools.lru_cache(maxsize=1)
def title_regexes() -> dict[str, re.Pattern]:
    kinds = title_words()
    honorific, rank = trie_alternation(kinds["honorific"]), trie_alternation(kinds["rank"])
    # offices, portfolios and modifiers are matched in any case: (?i:...) below
    office = trie_alternation(kinds["office"], ignore_case=True)
    portfolio = trie_alternation(kinds["portfolio"], ignore_case=True)
    # a portfolio capitalised in an office's name ("Minister of Digital Economy")
    portfolio_cased = "|".join(word.capitalize() for word in sorted(kinds["portfolio"], key=len, reverse=True))
    modifier = trie_alternation(kinds["modifier"], ignore_case=True)
    # "Gen." is a rank before a name; "General." ends a sentence
    abbreviated = trie_alternation(r for r in kinds["rank"] if len(r) <= ABBREVIATION_MAX)
    rank_word = rf"(?:(?:{abbreviated})\.|(?:{rank}))"
    ranks = rf"(?:{rank_word}\s+)*{rank_word}"
    office_head = rf"(?:(?i:{modifier})[\s-]+){{0,3}}(?i:{office})(?:[\s-]+(?i:{office}))?(?:-(?:designate|elect))?"
    office_phrase = rf"{office_head}{NAMED_TAIL}?(?:\s+{ranks})?"
    prose_phrase = rf"{office_head}{PROSE_TAIL}?"
    return {
        # ends right before the name: "<title> Name" or "<title>, Name"
        # (text pasted from right-to-left scripts may carry a direction mark before the name)
        # (a form of address may stand between: "chief executive Dr. Sipho Ndlovu")
        "before": re.compile(rf"\b(?P<title>{ranks}|{office_phrase})(?:\s+(?:{honorific})\.?)?(?:,\s+|[\s\u200e\u200f]+)\Z"),
        "before_comma": re.compile(rf"\b(?P<title>{prose_phrase}),\s+\Z"),
        # starts right after the name; the title ends at punctuation or a verb
        "after": re.compile(
            rf"^,\s+(?:the\s+|an?\s+)?(?P<lead>{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD}){{0,4}}?"
            rf"(?:[’']s)?\s+)??(?P<title>{prose_phrase})"
            r"(?=\s*[,.;:)]|\s+(?:said|says|told|who|and|has|had|was|is|will|would)\b|\s*\Z)"
        ),
        # a name the model missed after an honorific or abbreviated rank: "Mr Haddad", "Tengku
        # Datuk Seri Azlan Shah"; an honorific is a word of its own, so the capitals after "Dr"
        # inside "DrKW" are no name
        "honorific": re.compile(
            rf"\b(?P<title>(?:(?:{honorific})\.?\s+)*(?:{honorific})\.?|(?:(?:{abbreviated})\.\s+)+)(?:(?<=[.\s])\s*|\s+)"
            rf"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+(?:{PATRONYMIC}\s+)?[A-Z][\w’'-]+){{0,2}})"
        ),
        "honorific_only": re.compile(rf"^(?:{honorific})\.?$"),
        "title_word_before": re.compile(rf"\b(?i:{office}|{modifier})\s+(?:and\s+)?\Z"),
        # several words closing on an honorific, before the name it is for: "Tory Treasurer Lord"
        "honorific_end": re.compile(rf"\s(?:{honorific})\.?$"),
        "honorific_before": re.compile(rf"\b(?:{honorific})\.?\s+\Z"),
        # a span that is only a title: "Sgt", "Navy Capt" (a service before a rank); a full rank
        # word alone may be a surname ("Major")
        # ("H.E. Mr": forms of address one after another)
        "title_only": re.compile(
            rf"^(?:[A-Z][a-z]+\s+)?(?:(?:{honorific})\.?\s+)*(?:(?:{abbreviated})\.?|(?:{honorific})\.?)$"),
        # the portfolio of an office, which names no organisation: "Secretary of State",
        # "Defense Secretary"
        "portfolio": re.compile(rf"^(?:(?i:{portfolio})[\s-]+)*(?i:{portfolio})$"),
        # (with portfolio words of the office already outside the span: "Minister for Development [Cooperation]")
        "office_of_before": re.compile(
            rf"\b(?i:{office})\s+(?:of|for)\s+(?:the\s+)?(?:(?:{portfolio_cased})\s+(?:and\s+)?)*\Z"),
        "leading_portfolio": re.compile(rf"(?:(?:{portfolio_cased})\s+(?:and\s+)?)+(?=[A-Z])"),
        # ("Ports and Shipping Minister": portfolios joined by "and")
        "office_after": re.compile(rf"^(?:(?:[\s-]+|\s+(?:and|&)\s+)(?i:{modifier}))*[\s-]+(?i:{office})\b"),
        "leading": re.compile(rf"^(?P<title>{ranks}|{office_phrase}|(?:{honorific})\.?)\s+(?=[A-Z])"),
    }


# Four components ask for the title before the same names; a Title is frozen, so one search serves all.
@functools.lru_cache(maxsize=4096)
def title_before(body: str, start: int) -> Title | None:
    """The title ending right before a name starting at `start`."""
    window_start = max(0, start - WINDOW)
    matches = [title_regexes()[name].search(body, window_start, start) for name in ("before", "before_comma")]
    match = min((m for m in matches if m), key=lambda m: m.start(), default=None)  # the longer
    if not match:
        return None
    return make_title(body, match.start("title"), match.end("title"))


def title_after(body: str, end: int) -> tuple[Title, int] | None:
    """The title in apposition after a name ending at `end`, and where the text before the title
    (its owner, "the Russian") starts."""
    match = title_regexes()["after"].match(body[end:end + WINDOW])
    if not match:
        return None
    title = make_title(body, end + match.start("title"), end + match.end("title"))
    lead_start = end + (match.start("lead") if match.group("lead") else match.start("title"))
    return title, lead_start


# A title held in the past: "former", "one-time" or "then-" inside it, or "ex-", "then-" or
# "former" right before it or before the name of what it is held in ("ex-president", "former
# Foreign Minister <Name>" where the model took "former" out, "former Yukos boss <Name>"); a bare
# "then" is the adverb ("and then President <Name> said").
PAST_IN_TITLE = re.compile(r"\b(?:[Ff]ormer|[Ee]rstwhile|[Oo]ne-?time)\b|\b[Tt]hen-")
PAST_BEFORE_TITLE = re.compile(r"(?:\b(?:[Ee]x|[Tt]hen)-|\b(?:[Ff]ormer|[Ee]rstwhile|[Oo]ne-?time)\s+)"
                               r"(?:[A-Z][\w&’'.-]*\s+){0,3}\Z")


def is_past_role(body: str, start: int, end: int) -> bool:
    """Whether the title body[start:end] is one its holder no longer holds."""
    return bool(PAST_IN_TITLE.search(body, start, end) or PAST_BEFORE_TITLE.search(body, max(0, start - 60), start))


def leading_title(text: str) -> int:
    """Length of a title that opens a name span ("President Hollande" -> len("President "))."""
    match = title_regexes()["leading"].match(text)
    return match.end() if match and match.end() < len(text) else 0


def make_title(body: str, start: int, end: int) -> Title:
    text = body[start:end]
    return Title(start, end, text, office=not title_regexes()["honorific_only"].match(text))


def honorific_names(body: str) -> list[tuple[int, int, int]]:
    """(title start, name start, name end) of names written after an honorific or abbreviated rank."""
    return [(m.start("title"), *m.span("name")) for m in title_regexes()["honorific"].finditer(body)]


def honorific_before(body: str, start: int) -> int | None:
    """Where an honorific right before a name starting at `start` begins ("Mr Haddad")."""
    match = title_regexes()["honorific_before"].search(body, max(0, start - 12), start)
    return match.start() if match else None


def ends_on_honorific(body: str, start: int, end: int) -> bool:
    """A span of several words whose last is an honorific right before a capitalised word: the
    words before a name ("former Tory Treasurer Lord Ashcroft"), no name themselves."""
    return (title_regexes()["honorific_end"].search(body[start:end]) is not None
            and re.match(r"\s[A-Z]", body[end:end + 2]) is not None)


def is_title_only(text: str) -> bool:
    """A span that is a rank or honorific and no name ("Sgt", "Navy Capt", "Dr.")."""
    return title_regexes()["title_only"].match(text) is not None


def is_postposed_modifier(body: str, start: int, end: int) -> bool:
    """A modifier written after the office it qualifies ("Ambassador [Extraordinary] and
    [Plenipotentiary]"): no name."""
    return (body[start:end].lower() in title_words()["modifier"]
            and title_regexes()["title_word_before"].search(body, max(0, start - 40), start) is not None)


def is_office_words(text: str) -> bool:
    """Words that are a title and no name ("Prime Minister", "Foreign Minister"); not a royal's
    name that is also a title ("Prince Sultan")."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() in ROYAL_OFFICES:
        return False
    match = title_regexes()["leading"].match(text + " X")  # (the pattern wants a name after the title)
    return match is not None and match.end() >= len(text)


ROYAL_OFFICES = frozenset("king queen prince princess sultan emir".split())


def leading_portfolio(body: str, start: int, end: int) -> int:
    """Length of the portfolio words opening a person's span right after "<office> of", which the
    model runs into the name ("Minister of Digital Economy Kanchana Dissanayake"); 0 when none or
    when fewer than two words would be left for the name."""
    regexes = title_regexes()
    lead = regexes["leading_portfolio"].match(body, start, end)
    if lead is None or not regexes["office_of_before"].search(body, max(0, start - WINDOW), start):
        return 0
    return lead.end() - start if len(body[lead.end():end].split()) >= 2 else 0


def is_office_portfolio(body: str, start: int, end: int) -> bool:
    """The span's words are an office's portfolio, inside the office's name: "State" in
    "Secretary of State", "Defense" in "Defense Secretary"."""
    regexes = title_regexes()
    if not regexes["portfolio"].match(body[start:end]):
        return False
    return bool(regexes["office_of_before"].search(body, max(0, start - WINDOW), start)
                or regexes["office_after"].match(body[end:end + WINDOW]))
