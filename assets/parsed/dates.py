"""Turn the dates that articles and scrapers state into ISO 8601, as precise as the source is.

A date alone stays a date ("2017-06-08"); a stated time adds hours and minutes; a stated zone
(numeric offset or one of a few fixed-offset abbreviations) adds the offset. Nothing is invented:
a date without a year is not a date here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

# Abbreviations with one offset in news use; truly ambiguous ones (CST, AST, ET) are left out on
# purpose. IST is read as India Standard Time, by far its most common use on news pages.
ZONE_OFFSETS = {
    "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "WET": "+00:00",
    "BST": "+01:00", "CET": "+01:00", "WAT": "+01:00", "WEST": "+01:00",
    "CEST": "+02:00", "EET": "+02:00", "CAT": "+02:00", "SAST": "+02:00",
    "EEST": "+03:00", "MSK": "+03:00", "EAT": "+03:00",
    "GST": "+04:00", "PKT": "+05:00", "IST": "+05:30", "ICT": "+07:00", "WIB": "+07:00",
    "HKT": "+08:00", "SGT": "+08:00", "AWST": "+08:00", "PHT": "+08:00", "MYT": "+08:00",
    "JST": "+09:00", "KST": "+09:00", "ACST": "+09:30", "AEST": "+10:00", "ACDT": "+10:30",
    "AEDT": "+11:00", "NZST": "+12:00", "NZDT": "+13:00",
    "EST": "-05:00", "EDT": "-04:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00",
    "PST": "-08:00", "PDT": "-07:00",
}

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)
MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.IGNORECASE)
ISO_DATE = re.compile(
    r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<offset>Z|[+-]\d{2}:?\d{2})?)?"
)
TIME_12H = re.compile(
    r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>[ap])\.?\s?m\b\.?", re.IGNORECASE
)
# "14:05", and the dotted "09.05" some pages print (two-digit hour only, unlike a decimal "9.5").
TIME_24H = re.compile(
    r"\b(?:(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?"
    r"|(?P<dhour>[01]\d|2[0-3])\.(?P<dminute>[0-5]\d))\b(?!\.\d)"
)
# Zones written without saying which offset ("ET" is EST or EDT; "CST" China's or the US's)
AMBIGUOUS_ZONE = re.compile(r"\s*\b(?:ET|PT|CT|MT|CST|AST)\b")
ZONE = re.compile(
    r"(?:\b(?P<name>[A-Z]{1,4})\b(?P<shift>[+-]\d{1,2}(?::?\d{2})?)?|(?P<offset>[+-]\d{2}:?\d{2})\b)"
)
WEEKDAY = re.compile(
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\b\.?",
    re.IGNORECASE,
)
FILLER = re.compile(r"\b(?:at|on|of|the|local time|time)\b|[\s,|/–—\-:()]+", re.IGNORECASE)


def _format_offset(sign_hours_minutes: str) -> str:
    digits = sign_hours_minutes[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    return f"{sign_hours_minutes[0]}{int(hours):02d}:{minutes}"


def _find_zone(text: str) -> tuple[str | None, re.Match | None]:
    for match in ZONE.finditer(text):
        if match.group("offset"):
            return _format_offset(match.group("offset")), match
        name = match.group("name")
        if name in ("UTC", "GMT") and match.group("shift"):
            return _format_offset(match.group("shift")), match
        if name in ZONE_OFFSETS:
            return ZONE_OFFSETS[name], match
    return None, None


def _find_time(text: str) -> tuple[tuple[int, int] | None, re.Match | None]:
    match = TIME_12H.search(text)
    if match:
        hour = int(match.group("hour")) % 12 + (12 if match.group("half").lower() == "p" else 0)
        minute = int(match.group("minute") or 0)
        if hour < 24 and minute < 60:
            return (hour, minute), match
    match = TIME_24H.search(text)
    if match:
        hour, minute = match.group("hour") or match.group("dhour"), match.group("minute") or match.group("dminute")
        return (int(hour), int(minute)), match
    return None, None


def parse_stated_date(text: str, whole: bool = False) -> str | None:
    """ISO 8601 for a date written in prose ("Updated 10:15am, 8 Jun 2017", "June 8, 2017 3 p.m. HKT").

    With `whole=True` the text must be nothing but a date (weekday, time and zone allowed), which is
    how a date stamp line is told apart from a sentence that mentions a date."""
    iso = ISO_DATE.search(text)
    if iso:
        value = _iso_from_match(iso)
        rest = text[: iso.start()] + text[iso.end():]
        if value and (not whole or not FILLER.sub("", WEEKDAY.sub("", rest))):
            return value
        return None
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR):
        date_match = pattern.search(text)
        if date_match:
            break
    else:
        return None
    month = MONTHS[date_match.group("month")[:3].lower()]
    year = int(date_match.group("year"))
    day = int(date_match.group("day")) if "day" in date_match.groupdict() else None
    rest = text[: date_match.start()] + " " + text[date_match.end():]
    clock, time_match = _find_time(rest)
    zone = None
    if time_match:
        after_time = rest[time_match.end():]
        zone, zone_match = _find_zone(after_time)
        if zone is None:
            zone_match = AMBIGUOUS_ZONE.match(after_time)  # "7:12 a.m. ET": the time, no offset
        rest = rest[: time_match.start()] + " " + (
            after_time[: zone_match.start()] + after_time[zone_match.end():] if zone_match else after_time
        )
    if whole and FILLER.sub("", WEEKDAY.sub("", rest)):
        return None
    try:
        if day is None:
            datetime(year, month, 1)
            return f"{year:04d}-{month:02d}"
        datetime(year, month, day)
    except ValueError:
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if clock:
        value += f"T{clock[0]:02d}:{clock[1]:02d}" + (zone or "")
    return value


# No news page is dated before this year; earlier ISO dates are placeholders.
EARLIEST_PUBLICATION_YEAR = 1800


def _iso_from_match(match: re.Match) -> str | None:
    year, month, day = int(match.group("year")), int(match.group("month")), int(match.group("day"))
    if year < EARLIEST_PUBLICATION_YEAR:
        return None  # "0001-01-01T00:00:00": the value some sites' metadata hold for no date
    try:
        datetime(year, month, day)
    except ValueError:
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if match.group("hour"):
        value += f"T{match.group('hour')}:{match.group('minute')}"
        if match.group("second"):
            value += f":{match.group('second')}"
        offset = match.group("offset")
        if offset:
            value += "+00:00" if offset == "Z" else _format_offset(offset)
    return value


# Numeric dates a scraper stores: year first ("2023/11/14", "2023.11.14", "20231114"), or year last
# with the day and month in the one order they can be ("14/11/2023", "11/14/2023": no month 14).
YEAR_FIRST = re.compile(r"(?P<year>(?:19|20)\d{2})(?:(?P<sep>[/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
                        r"|(?P<month8>\d{2})(?P<day8>\d{2}))")
YEAR_LAST = re.compile(r"(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})")


def numeric_date(text: str) -> str | None:
    """ISO 8601 day of a numeric date (YEAR_FIRST, YEAR_LAST); None when it is none, or when its day
    and month could be either ("03/04/2023")."""
    if (match := YEAR_FIRST.fullmatch(text)) is not None:
        month, day = int(match["month"] or match["month8"]), int(match["day"] or match["day8"])
    elif (match := YEAR_LAST.fullmatch(text)) is not None:
        first, second = int(match["first"]), int(match["second"])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        else:
            return None
    else:
        return None
    try:
        return date(int(match["year"]), month, day).isoformat()
    except ValueError:
        return None


def to_iso(value: object) -> str | None:
    """ISO 8601 for a scraper's date value: ISO strings, RFC 2822 (RSS pubDate), epoch seconds or
    milliseconds, or a date written in prose. None when it cannot be read."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value
        return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
    text = str(value).strip()
    if not text:
        return None
    if text.isdigit() and len(text) >= 9:
        return to_iso(int(text))
    iso = ISO_DATE.match(text)
    if iso:
        return _iso_from_match(iso)
    if (numeric := numeric_date(text)) is not None:
        return numeric
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.isoformat()
    return parse_stated_date(text)
