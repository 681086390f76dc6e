"""Date expressions, resolved against the publication date.

Regular expressions find and resolve the forms we can normalise exactly (absolute dates, months,
years, relative weeks/months/years, weekdays, "since <year>", durations). spaCy DATE spans add
recall: a DATE or TIME span that no rule covers is kept with resolution "unresolved", so the
table shows what the text talks about even when we cannot pin it down ("decades", "10 a.m.").
Hours and minutes are durations too ("the past 24 hours" = PT24H ending on the publication day).
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .patterns import LEADING_QUALIFIER, Intervals, alternation, overlaps_any
from .types import DateMention, SentenceLocator

MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}
MONTHS |= {
    abbreviation: MONTHS[full]
    for full in MONTHS
    for abbreviation in (full[:3], full[:3] + ".", full[:4] + ".")
    if abbreviation != full
}
MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
FULL_MONTH = "|".join(calendar.month_name[1:])
WEEKDAYS = {name: number for number, name in enumerate(calendar.day_name)}
WEEKDAY = "|".join(WEEKDAYS)

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# A verb form looking ahead, earlier in the sentence than a bare month or weekday, makes it the
# next such month or day rather than the last one ("talks will resume in March").
FUTURE_CUE = re.compile(r"\b(?:will|would|shall|is due|are due|scheduled|expected to|expects? to|"
                        r"plans? to|planned|set to|aims? to|going to)\b|’ll|'ll", re.IGNORECASE)
# A past form: the auxiliaries, regular past forms ("signed", "opened"; not "need", "speed") and
# irregular ones ("said", "met": irregular_past_forms), but not a passive participle, whose
# auxiliary carries the tense ("would be signed"). With FUTURE_CUE it gives a bare month its
# direction; the future cue wins where both match.
PASSIVE = r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"


@functools.lru_cache(maxsize=1)
def irregular_past_forms() -> frozenset[str]:
    """Past forms and participles of English verbs that the regular "-ed" misses ("said", "met",
    "took", "held"): the verb exceptions of the English pipeline's lemmatizer tables, less
    present forms ("is", "goes", "being") and forms equal to their lemma ("set", "put")."""
    from assets.english_model import english_lookups

    verbs = english_lookups().get_table("lemma_exc")["verb"]
    return frozenset(form for form, lemmas in verbs.items()
                     if form.isalpha() and form not in lemmas and "be" not in lemmas
                     and not form.endswith(("s", "ing")))


def is_past_form(word: str) -> bool:
    """A lowercase past form or participle of an English verb: irregular ("lent", "met") or a
    verb of the lemmatizer's index with "-ed" ("signed", "agreed", "planned", "supplied")."""
    from assets.english_model import lemma_index_words

    if word in irregular_past_forms():
        return True
    if len(word) < 5 or not word.endswith("ed"):
        return False  # "need", "bed"
    stems = [word[:-2], word[:-1]]  # "signed", "issued"
    stems += [word[:-3]] if word[-3] == word[-4] else []  # "planned"
    stems += [word[:-3] + "y"] if word.endswith("ied") else []  # "supplied"
    return any(stem in lemma_index_words("verb") for stem in stems)


@functools.lru_cache(maxsize=1)
def tense_cue() -> re.Pattern:
    past = rf"\b(?:was|were|had|did)\b|{PASSIVE}\b(?:[a-z]+[^\We]ed|{alternation(irregular_past_forms())})\b"
    return re.compile(rf"(?P<future>{FUTURE_CUE.pattern})|(?P<past>{past})", re.IGNORECASE)


SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
CLAUSE_END = re.compile(r"[.!?,;:](?:\s|$)")
COUNT = r"\d{1,3}|" + "|".join(NUMBER_WORDS)
# Duration unit -> (ISO 8601 designator, multiplier); hours and minutes are time designators
# ("PT24H", "PT45M"), so the "M" of minutes never reads as months.
UNITS = {"year": ("Y", 1), "month": ("M", 1), "week": ("W", 1), "day": ("D", 1), "decade": ("Y", 10),
         "hour": ("TH", 1), "minute": ("TM", 1)}
UNIT = "year|month|week|day|decade|hour|minute"
# A bare "<count> <unit>s" span or a "25-year" adjective is a duration ("a maturity of 20 years").
BARE_DURATION = re.compile(rf"^(?:(?P<n>{COUNT})[\s-](?P<unit>{UNIT})s?)$", re.IGNORECASE)

# An age ("64-year-old", "25 years old", "aged 64") or a period of comparison ("year on year",
# "quarter-over-quarter") names no date: no date mention is taken inside one.
NOT_A_DATE = re.compile(
    rf"\b(?:{COUNT})[\s-](?:{UNIT})s?[\s-](?:olds?|of age)\b"
    rf"|\b(?:{UNIT}|quarter)[\s-](?:on|over)[\s-](?:{UNIT}|quarter)\b"
    rf"|\bag(?:ed?)\s\d{{1,3}}\b",
    re.IGNORECASE,
)

YEAR = r"(?:19|20)\d{2}"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# Prepositions that may start a sentence before a bare year ("In 2015"); any other capitalised
# word directly before a year makes it part of a name ("Expo 2017", "Vision 2030").
YEAR_PREPOSITIONS = {"In", "Since", "By", "Until", "From", "Before", "After", "During", "Through",
                     "Of", "At", "Between", "And", "Or", "To"}

DATE_PATTERN = re.compile(
    rf"""
    \b(?:  # every alternative opens a word: one test of the boundary, not one per alternative
    (?P<iso>(?P<iso_y>{YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])\b)
  | (?P<mdy>(?P<mdy_m>{MONTH})\s(?P<mdy_d>{DAY})(?:,?\s(?P<mdy_y>{YEAR}))?\b)
  | (?P<dmy>(?P<dmy_d>{DAY})\s(?P<dmy_m>{MONTH})(?:,?\s(?P<dmy_y>{YEAR}))?\b)
  | (?P<my>(?P<my_m>{MONTH})\s(?:of\s)?(?P<my_y>{YEAR})\b)
  | (?P<since>(?i:since)\s(?P<since_y>{YEAR})\b)
  | (?P<part>(?P<part_ordinal>first|second|third|fourth|1st|2nd|3rd|4th)\s(?P<part_unit>half|quarter)\s
        of\s(?:(?P<part_y>{YEAR})|the\syear|(?P<part_which>this|last|next)\syear)\b)
  | (?P<decade>(?P<decade_y>(?:19|20)\d0)s\b)
  | (?P<ago>(?P<ago_n>{COUNT})\s(?P<ago_unit>{UNIT})s?\s(?P<ago_dir>ago|ahead)\b)
  | (?P<relative>(?P<relative_which>(?i:this|last|next))\s(?P<relative_unit>week|month|year)\b)
  | (?P<duration>(?:(?i:over|for|within|during|in)\s(?:the\s)?
        (?:(?P<duration_dir>past|last|next|coming|previous)\s)?
        |(?i:the)\s(?P<duration_dir2>past|last|next|coming|previous)\s)
        (?P<duration_n>{COUNT})\s(?P<duration_unit>{UNIT})s?\b)
  | (?P<deictic>(?i:today|yesterday|tomorrow)\b)
  | (?P<weekday>(?:(?P<weekday_prep>(?i:on|last|next|this))\s)?(?P<weekday_name>{WEEKDAY})\b)
  | (?P<month>(?P<month_prep>(?i:in|since|by|until|from|early|late|mid|last|this|next|during)
        [\s-])?(?P<month_name>{FULL_MONTH})\b(?!,?\s(?:of\s)?\d))
  | (?P<year>{YEAR}\b)
    )
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Resolved:
    value: str | None
    resolution: str
    date_start: datetime.date | None
    date_end: datetime.date | None
    note: str | None = None  # why it stays unresolved


def month_range(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])


def day(year: int, month: int, day_of_month: int) -> Resolved | None:
    try:
        date = datetime.date(year, month, day_of_month)
    except ValueError:
        return None
    return Resolved(date.isoformat(), "day", date, date)


def month(year: int, month_number: int) -> Resolved:
    return Resolved(f"{year:04d}-{month_number:02d}", "month", *month_range(year, month_number))


def year(value: int) -> Resolved:
    return Resolved(f"{value:04d}", "year", datetime.date(value, 1, 1), datetime.date(value, 12, 31))


def week(date: datetime.date) -> Resolved:
    iso_year, iso_week, iso_weekday = date.isocalendar()
    monday = date - datetime.timedelta(days=iso_weekday - 1)
    return Resolved(f"{iso_year:04d}-W{iso_week:02d}", "week", monday, monday + datetime.timedelta(6))


def add_months(date: datetime.date, months: int) -> datetime.date:
    index = date.year * 12 + date.month - 1 + months
    year_, month_ = divmod(index, 12)
    return date.replace(year=year_, month=month_ + 1,
                        day=min(date.day, calendar.monthrange(year_, month_ + 1)[1]))


def shift(date: datetime.date, designator: str, amount: int) -> datetime.date:
    if designator == "Y":
        return add_months(date, 12 * amount)
    if designator == "M":
        return add_months(date, amount)
    if designator in ("TH", "TM"):  # the publication hour is unknown: count whole days only
        return date + datetime.timedelta(int(amount / (24 if designator == "TH" else 24 * 60)))
    return date + datetime.timedelta(weeks=amount) if designator == "W" else date + datetime.timedelta(amount)


def iso_duration(amount: int, designator: str) -> str:
    """"P5Y", "P3W", "PT24H": time designators follow a T."""
    return f"PT{amount}{designator[1]}" if designator.startswith("T") else f"P{amount}{designator}"


def most_recent_month(month_number: int, published: datetime.date) -> int:
    """The year of the latest such month not after publication ("in February")."""
    return published.year if month_number <= published.month else published.year - 1


def month_year(month_number: int, published: datetime.date, direction: str | None) -> int:
    """The year of a bare month: the latest such month not after publication when the text looks
    back, the first not before it when it looks ahead, else the nearer of the two (the past one
    when both are six months away: news mostly reports)."""
    past = most_recent_month(month_number, published)
    future = past if month_number == published.month else past + 1
    if direction is None:
        months_back = (published.month - month_number) % 12
        return past if months_back <= 6 else future
    return past if direction == "past" else future


def year_for(explicit: str | None, month_number: int, day_of_month: int | None,
             published: datetime.date | None) -> int | None:
    if explicit:
        return int(explicit)
    if published is None:
        return None
    if day_of_month is None or month_number != published.month:
        return most_recent_month(month_number, published)
    return published.year if day_of_month <= published.day else published.year - 1


NO_PUBLICATION_DATE = "relative to the publication date, which is unknown"
NO_RULE = "recognised by the language model; no rule normalises it"
UNRESOLVED = Resolved(None, "unresolved", None, None, NO_PUBLICATION_DATE)


def resolve(match: re.Match, published: datetime.date | None) -> Resolved | None:
    """Normalise one DATE_PATTERN match; None means the match is not a date after all."""
    group = match.lastgroup
    g = match.group
    if group == "iso":
        return day(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    if group in ("mdy", "dmy"):
        month_number = MONTHS[g(f"{group}_m")]
        day_of_month = int(re.match(r"\d+", g(f"{group}_d")).group())
        year_ = year_for(g(f"{group}_y"), month_number, day_of_month, published)
        return day(year_, month_number, day_of_month) if year_ else UNRESOLVED
    if group == "part":
        return part_of_year(match, published)
    if group == "decade":
        first = int(g("decade_y"))
        return Resolved(f"{first // 10}X", "decade", datetime.date(first, 1, 1), datetime.date(first + 9, 12, 31))
    if group == "ago":
        return ago(g("ago_n").lower(), g("ago_unit"), g("ago_dir"), published)
    if group == "my":
        return month(int(g("my_y")), MONTHS[g("my_m")])
    if group == "since":
        since = year(int(g("since_y")))
        if published is None:
            return since
        # An open interval up to publication, written as an ISO 8601 start/end interval.
        return Resolved(f"{since.value}/{published.isoformat()}", "year", since.date_start, published)
    if group == "relative":
        return relative(g("relative_which").lower(), g("relative_unit"), published)
    if group == "duration":
        return duration(g("duration_n").lower(), g("duration_unit"),
                        (g("duration_dir") or g("duration_dir2") or "").lower(), published)
    if group == "deictic":
        if published is None:
            return UNRESOLVED
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[match.group().lower()]
        date = published + datetime.timedelta(offset)
        return Resolved(date.isoformat(), "day", date, date)
    if group == "weekday":
        preposition = (g("weekday_prep") or "").lower() or None
        if preposition in (None, "on") and looks_ahead(match):
            preposition = "next"
        return weekday(WEEKDAYS[g("weekday_name")], preposition, published)
    if group == "month":
        # "May" alone is usually the verb or a name; require a preposition for it.
        if g("month_name") == "May" and not g("month_prep"):
            return None
        if published is None:
            return UNRESOLVED
        month_number = MONTHS[g("month_name")]
        preposition = (g("month_prep") or "").lower()
        direction = {"last": "past", "since": "past", "next": "future"}.get(preposition) or tense_of(match)
        return month(month_year(month_number, published, direction), month_number)
    if group == "year":
        return bare_year(match)
    return None


# A number glued to currency, digits or separators, or followed by a percent sign, a range or a
# scale word, is an amount or a code rather than a year.
NOT_A_YEAR_BEFORE = re.compile(r"[$€£¥\d.,/-]$")
NOT_A_YEAR_AFTER = re.compile(r"[%\d/]|-\d|\s?(?:bn|m|billion|million|per cent|percent)\b")


def bare_year(match: re.Match) -> Resolved | None:
    text, start = match.string, match.start()
    words_before = text[:start].rsplit(None, 1)  # only the last word is needed
    previous_word = words_before[-1] if words_before else ""
    if previous_word[:1].isupper() and previous_word not in YEAR_PREPOSITIONS:
        return None
    # NOT_A_YEAR_BEFORE is one character at the end (or before a final newline)
    if NOT_A_YEAR_BEFORE.search(text, max(0, start - 2), start) or NOT_A_YEAR_AFTER.match(text, match.end()):
        return None
    return year(int(match.group()))


def tense_of(match: re.Match) -> str | None:
    """"future" or "past" by the tense cue nearest to the date in its clause, else in its
    sentence ("In January, the minister said"); None when the sentence has none ("the
    celebration in January")."""
    text = match.string
    before = text[max(0, match.start() - 200): match.start()]
    before = before[max((m.end() for m in SENTENCE_END.finditer(before)), default=0):]
    after = text[match.end(): match.end() + 200]
    end = SENTENCE_END.search(after)
    after = after[: end.start() if end else len(after)]
    for boundary in (CLAUSE_END, SENTENCE_END):
        clause_start = max((m.end() for m in boundary.finditer(before)), default=0)
        clause_end = boundary.search(after)
        clause_end = clause_end.start() if clause_end else len(after)
        cues = [(len(before) - m.end(), m.lastgroup) for m in tense_cue().finditer(before, clause_start)]
        cues += [(m.start(), m.lastgroup) for m in tense_cue().finditer(after, 0, clause_end)]
        if cues:
            return min(cues)[1]
    return None


def looks_ahead(match: re.Match) -> bool:
    """A future cue in the clause that leads up to the date ("would be announced in March", not
    "which will open ..., opened an office in January")."""
    before = match.string[max(0, match.start() - 200): match.start()]
    return FUTURE_CUE.search(re.split(r"[.!?;,:]\s", before)[-1]) is not None


def part_of_year(match: re.Match, published: datetime.date | None) -> Resolved:
    """"the first half of 2026" → 2026-H1; "the third quarter of last year" → 2016-Q3."""
    g = match.group
    if g("part_y"):
        year_ = int(g("part_y"))
    elif published is None:
        return UNRESOLVED
    else:
        year_ = published.year + {"this": 0, "last": -1, "next": 1, None: 0}[g("part_which")]
    index, unit = ORDINALS[g("part_ordinal")], g("part_unit")
    months = 6 if unit == "half" else 3
    if index * months > 12:
        return Resolved(None, "unresolved", None, None, f"there is no {g('part_ordinal')} {unit}")
    first_month = (index - 1) * months + 1
    start = datetime.date(year_, first_month, 1)
    end = month_range(year_, first_month + months - 1)[1]
    return Resolved(f"{year_}-{'H' if unit == 'half' else 'Q'}{index}", unit, start, end)


def ago(count: str, unit: str, direction: str, published: datetime.date | None) -> Resolved:
    """"two decades ago" → the year 20 years before publication (at the unit's resolution)."""
    if published is None:
        return UNRESOLVED
    designator, multiplier = UNITS[unit]
    amount = (int(count) if count.isdigit() else NUMBER_WORDS[count]) * multiplier
    date = shift(published, designator, amount if direction == "ahead" else -amount)
    if designator == "Y":
        return year(date.year)
    if designator == "M":
        return month(date.year, date.month)
    return week(date) if designator == "W" else Resolved(date.isoformat(), "day", date, date)


def relative(which: str, unit: str, published: datetime.date | None) -> Resolved:
    if published is None:
        return UNRESOLVED
    step = {"this": 0, "last": -1, "next": 1}[which]
    if unit == "week":
        return week(published + datetime.timedelta(weeks=step))
    if unit == "month":
        anchor = add_months(published.replace(day=1), step)
        return month(anchor.year, anchor.month)
    return year(published.year + step)


def duration(count: str, unit: str, direction: str, published: datetime.date | None) -> Resolved:
    designator, multiplier = UNITS[unit]
    amount = (int(count) if count.isdigit() else NUMBER_WORDS[count]) * multiplier
    value = iso_duration(amount, designator)
    if published is None or not direction:
        return Resolved(value, "duration", None, None)
    if direction in ("past", "last", "previous"):
        return Resolved(value, "duration", shift(published, designator, -amount), published)
    return Resolved(value, "duration", published, shift(published, designator, amount))


def weekday(weekday_number: int, preposition: str | None,
            published: datetime.date | None) -> Resolved:
    """News weekdays refer to the current week: the latest such day not after publication,
    or the next one for "next Monday"."""
    if published is None:
        return UNRESOLVED
    if preposition == "next":
        delta = (weekday_number - published.weekday()) % 7 or 7
    else:
        delta = -((published.weekday() - weekday_number) % 7)
        if preposition == "last" and delta == 0:
            delta = -7
    date = published + datetime.timedelta(delta)
    return Resolved(date.isoformat(), "day", date, date)


# A leftover spaCy DATE or TIME span is worth keeping only if it names a unit of time or a number.
TIME_WORD = re.compile(
    rf"\d|(?<![-\w])(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|quarters?|hours?|minutes?|"
    rf"spring|summer|autumn|fall|winter|weekends?|{FULL_MONTH}|{WEEKDAY})\b",
    re.IGNORECASE,
)

# Prepositions are context; modifiers ("last Wednesday", "early March") belong to the date.
LEADING_PREPOSITION = re.compile(r"^(?:in|on|since|by|until|from|during|over|for|within)\s", re.IGNORECASE)


def find_dates(body: str, published: datetime.date | None, locator: SentenceLocator,
               model_spans: Iterable[tuple[int, int]] = ()) -> list[DateMention]:
    """Date mentions of `body`, in text order. `model_spans` are (start, end) of spaCy DATE and
    TIME entities; those no rule covers become "unresolved" mentions ("10 a.m.", "decades")."""
    found: list[DateMention] = []
    not_dates = [m.span() for m in NOT_A_DATE.finditer(body)]
    for match in DATE_PATTERN.finditer(body):
        try:
            resolved = resolve(match, published)
        except (OverflowError, ValueError):  # counted past the calendar's ends (year 1 or 9999): no day to give
            resolved = None
        if resolved is None or overlaps_any(*match.span(), not_dates):
            continue
        start, end = match.span()
        if match.lastgroup in ("month", "weekday", "duration"):
            # "in February", "over the past year": the preposition is context, not part of the date.
            prefix = LEADING_PREPOSITION.match(match.group())
            start += prefix.end() if prefix else 0
        found.append(DateMention(start, end, body[start:end], locator.index_of(start),
                                 resolved.value, resolved.resolution,
                                 resolved.date_start, resolved.date_end,
                                 resolved.note))
    found_spans = Intervals((d.start, d.end) for d in found)
    for start, end in model_spans:
        qualifier = LEADING_QUALIFIER.match(body, start, end)  # "nearly 12 months": not the date
        start = qualifier.end() if qualifier else start
        text = body[start:end]
        if overlaps_any(start, end, not_dates):
            continue
        if TIME_WORD.search(text) and not found_spans.overlaps(start, end):
            found_spans.add(start, end)
            if bare := BARE_DURATION.match(text):
                resolved = duration(bare.group("n").lower(), bare.group("unit").lower(), "", published)
                found.append(DateMention(start, end, text, locator.index_of(start), resolved.value,
                                         resolved.resolution, None, None))
                continue
            found.append(DateMention(start, end, text, locator.index_of(start),
                                     None, "unresolved", None, None, NO_RULE))
    return sorted(found, key=lambda d: d.start)
