"""QUANTITY mentions: percentages, measurements with a unit and counts of things.

Two sources, one output type:
  - a unit grammar over the body ("40,000 tonnes", "2.6 gigawatts", "10%", "15 to 20 per cent",
    "290 kilometres", "300 sq km"), which fixes the span to number + unit;
  - the NER's CARDINAL / QUANTITY / PERCENT spans the grammar does not cover: counts ("2,000
    people", "five strikes", "4.7 million Syrians") and units the grammar does not know.
The span is the figure (and its unit), never a qualifier before it ("about", "more than"), as for
money. Money amounts, dates and other entity mentions win over a quantity they overlap; a year
alone, an ordinal and a bare "one" ("one of them", "one man said") are not quantities.

Entity id: `quantity:<value>[-<high>][ <unit>]` with the value in plain digits ("quantity:6 km",
"quantity:10 percent", "quantity:2000"), so the same figure and unit is one entity across
articles; unparseable figures ("dozens") keep their lower-cased text.
"""

from __future__ import annotations

import re

from .patterns import DIGITS, INDIAN_SCALES, LEADING_QUALIFIER, Intervals, alternation
from .types import Entity, Mention, SentenceLocator

# surface (lower case) -> normalised unit. Currency words are money's (money.py), durations dates'.
UNITS: dict[str, str] = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pc": "percent",
    "percentage points": "percentage point", "percentage point": "percentage point",
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "m": "m", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "cm": "cm", "mm": "mm",
    "miles": "mi", "mile": "mi", "mi": "mi", "nautical miles": "nmi", "ft": "ft", "feet": "ft",
    "foot": "ft", "yards": "yd", "inches": "in",
    "sq km": "km2", "km2": "km2", "km²": "km2", "square kilometres": "km2", "square kilometers": "km2",
    "square miles": "mi2", "sq miles": "mi2", "square metres": "m2", "square meters": "m2",
    "m2": "m2", "m²": "m2", "hectares": "ha", "hectare": "ha", "ha": "ha", "acres": "acre",
    "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "metric tons": "t", "kg": "kg",
    "kilograms": "kg", "kilogrammes": "kg", "grams": "g", "mt": "Mt",
    "pounds": "lb", "pound": "lb", "lbs": "lb", "lb": "lb",
    "barrels": "bbl", "barrel": "bbl", "bbl": "bbl", "barrels per day": "bbl/d", "bpd": "bbl/d",
    "litres": "l", "liters": "l", "gallons": "gal", "cubic metres": "m3", "cubic meters": "m3",
    "m3": "m3", "m³": "m3", "bcm": "bcm", "m3/s": "m3/s", "cu ft/s": "ft3/s", "acre·ft": "acre-ft",
    "acre-feet": "acre-ft", "teu": "TEU",
    "mw": "MW", "megawatts": "MW", "megawatt": "MW", "gw": "GW", "gigawatts": "GW",
    "gigawatt": "GW", "kw": "kW", "kilowatts": "kW", "kv": "kV", "kilovolts": "kV",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "terawatt-hours": "TWh",
    "km/h": "km/h", "kph": "km/h", "mph": "mph", "knots": "kn",
    "degrees celsius": "°C", "°c": "°C", "degrees": "degree",
}
# Units that are also common words or letters need a number glued to them or a space and a case
# match: "50m" and "300 m" are metres, but "5 m" before a capitalised word is not checked further.
SCALES: dict[str, float] = {"trillion": 1e12, "billion": 1e9, "million": 1e6, "thousand": 1e3,
                            "hundred": 1e2, **INDIAN_SCALES}
# the model's count span stops before "lakh" and "crore" ("50" of "50 lakh units")
INDIAN_SCALE_AFTER = re.compile(rf"\s(?:{alternation(INDIAN_SCALES)})s?\b")
NUMBER_WORDS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "hundred": 100, "a thousand": 1000, "half a": 0.5, "a dozen": 12, "dozen": 12,
}


WORD = rf"\b(?i:{alternation(NUMBER_WORDS)})"
NUMBER = rf"(?:{DIGITS}|{WORD})(?:[\s-](?i:{alternation(SCALES)})s?)?"
# Unit after the number: glued or after one space; a unit must not run into a longer word.
UNIT = rf"(?P<unit>{alternation(UNITS)})(?![\w²³])"
QUANTITY_PATTERN = re.compile(
    rf"(?<![\w.,$€£¥])(?P<low>{NUMBER})(?:\s?(?:-|–|to)\s?(?P<high>{NUMBER}))?(?:\s?|-){UNIT}",
    re.IGNORECASE,
)
# Units that are ordinary words or single letters count only when written in lower case
# ("5 m" yes, "5 M" no; "3 ft"), and "%"-less percent words need a space before them.
CASE_SENSITIVE_UNITS = {"m", "mi", "mt", "ha", "pc", "mm", "cm", "ft", "kg", "km", "mw", "gw", "kw"}
METRE_CONTEXT = re.compile(r"\s*(?:[(,.;:)]|$|(?:apart|away|from|high|long|wide|deep|tall|above|below|"
                           r"underground|of (?:the|a|an|water|track|road|pipe|cable))\b)")
NER_LABELS = ("CARDINAL", "QUANTITY", "PERCENT")
PHONE = re.compile(r"\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}")


def not_a_figure(body: str, start: int, end: int) -> bool:
    """Telephone numbers, coordinates, fractions and codes ("910-432-3383", "33°47′N",
    "33.783; 44.500", "5/6", "24/7")."""
    around = body[max(0, start - 1):end + 1]
    if "/" in around or body[end:end + 1] in ("°", "′", "″") or re.search(r"\.\d{3,}$", body[start:end]):
        return True
    return any(m.start() <= start - max(0, start - 12) < m.end()
               for m in PHONE.finditer(body[max(0, start - 12):end + 12]))
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def parse_number(text: str) -> float | None:
    """12,500 | 4.7 million | five | two thousand | half a million -> float; None otherwise."""
    text = text.strip().lower()
    scale = 1.0
    text = text.removesuffix("s") if any(text.endswith(w + "s") for w in INDIAN_SCALES) else text
    for word, value in SCALES.items():
        if text.endswith(word) and text != word and not text.endswith("a " + word):
            text, scale = text[: -len(word)].rstrip(" -"), value
            break
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text] * scale
    try:
        return float(text.replace(",", "")) * scale
    except ValueError:
        return None


def plain(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.6g}"


# normalised unit -> its written forms at the end of a figure ("6km", "2.6 gigawatts")
UNIT_SUFFIXES: dict[str, re.Pattern] = {
    unit: re.compile(rf"\s?-?(?:{alternation(u for u, n in UNITS.items() if n == unit)})$", re.IGNORECASE)
    for unit in set(UNITS.values())
}


def normalise(text: str, unit: str | None = None) -> str:
    """'4.7 million' -> '4700000'; '3,000 to 5,000' -> '3000-5000'; '6km' with unit km -> '6 km'."""
    body = text
    if unit is not None:
        body = UNIT_SUFFIXES[unit].sub("", text)
    parts = re.split(r"\s?(?:–|to|-)\s?(?=[\d\w])", body, maxsplit=1) if re.search(r"\d|\s", body) else [body]
    values = [parse_number(p) for p in parts]
    if all(v is not None for v in values):
        figure = "-".join(plain(v) for v in values)
    else:
        figure = text.lower() if unit is None else body.lower()
    return f"{figure} {unit}" if unit else figure


def quantity_entity(text: str, unit: str | None) -> Entity:
    name = normalise(text, unit)
    return Entity(f"quantity:{name}", "QUANTITY", name)


FIGURE_BEFORE = re.compile(r"\d\s?\Z")


def is_unit_symbol(text: str) -> bool:
    """A unit written as its normalised symbol is ("MW", "kV", "km")."""
    return UNITS.get(text.lower()) == text


def unit_of_a_figure(body: str, start: int, end: int) -> bool:
    """ "a 1,500 MW plant": a unit written as its symbol right after a number, which the model
    may read as a name."""
    return is_unit_symbol(body[start:end]) and FIGURE_BEFORE.search(body[max(0, start - 2):start]) is not None


def unit_quantities(body: str) -> list[tuple[int, int, str]]:
    found = []
    for match in QUANTITY_PATTERN.finditer(body):
        unit_text = match.group("unit")
        # a unit written as its symbol's capitals ("1,500 MW", "2 GW", "33 kV") is no word
        as_symbol = is_unit_symbol(unit_text) and not unit_text.islower()
        if unit_text.lower() in CASE_SENSITIVE_UNITS and not unit_text.islower() and not as_symbol:
            continue
        if unit_text.isalpha() and len(unit_text) <= 2 and body[match.start("unit") - 1] == " " and not as_symbol \
                and re.match(r"\s+[A-Z]", body[match.end():]) and unit_text not in ("km", "mi", "ft"):
            continue  # "5 m People" is not five metres
        if unit_text == "m" and not METRE_CONTEXT.match(body, match.end()):
            continue  # "4.7m Syrians" is millions; "50m apart", "300m (984ft)" are metres
        found.append((match.start(), match.end(), UNITS[unit_text.lower()]))
    return found


def find_quantities(body: str, doc, locator: SentenceLocator, taken: list[tuple[int, int]]
                    ) -> list[Mention]:
    """QUANTITY mentions of the body that overlap no span in `taken` (mentions, amounts, dates)."""
    taken_spans = Intervals(taken)
    spans: list[tuple[int, int, str | None]] = [
        (s, e, u) for s, e, u in unit_quantities(body) if not taken_spans.overlaps(s, e)]
    found = Intervals(s[:2] for s in spans)
    for ent in doc.ents:
        if ent.label_ not in NER_LABELS:
            continue
        start, end = ent.start_char, ent.end_char
        qualifier = LEADING_QUALIFIER.match(body[start:end])
        start += qualifier.end() if qualifier else 0
        if scale := INDIAN_SCALE_AFTER.match(body, end):
            end = scale.end()
        text = body[start:end]
        if start >= end or taken_spans.overlaps(start, end) or found.overlaps(start, end):
            continue
        if not any(c.isdigit() for c in text) and parse_number(text.split(" to ")[0]) is None:
            continue  # "dozens", "a few": not a figure an analyst can use
        if not_a_figure(body, start, end):
            continue
        if YEAR.match(text) or re.fullmatch(r"\d+(?:st|nd|rd|th)", text):
            continue
        if text.lower() == "one":
            continue  # the indefinite or pronoun far more often than a count: "one man", "in one case"
        spans.append((start, end, None))
        found.add(start, end)
    mentions = []
    for start, end, unit in sorted(spans):
        text = body[start:end]
        mentions.append(Mention(start, end, text, locator.index_of(start), quantity_entity(text, unit),
                                0.7, "pattern:unit" if unit else "ner:quantity"))
    return mentions
