"""Money amounts found by regular expression over the body text, normalised to ISO 4217 currency,
min/max in original units and USD at the publication date.

A regex over the body (rather than spaCy MONEY spans) gives exact span control: the span is the
amount itself ("US$25-30 billion"), without a preceding qualifier ("about"), and ranges, scale
words and currency words after the number ("5 billion yuan") are all handled by one grammar.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .types import Amount, SentenceLocator

# Symbols and codes written before the number. Longest first so "US$" wins over "$".
PREFIX_CURRENCIES: dict[str, str] = {
    "US$": "USD", "US $": "USD", "USD": "USD", "HK$": "HKD", "HKD": "HKD", "A$": "AUD",
    "AU$": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "S$": "SGD",
    "SGD": "SGD", "NZ$": "NZD", "NZD": "NZD", "NT$": "TWD", "R$": "BRL", "$": "USD",
    "RMB": "CNY", "Rmb": "CNY", "CNY": "CNY", "CN¥": "CNY", "¥": "CNY", "JPY": "JPY",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "₹": "INR", "Rs.": "INR", "Rs": "INR",
    "INR": "INR", "₽": "RUB", "RUB": "RUB", "₸": "KZT", "KZT": "KZT", "₩": "KRW", "KRW": "KRW",
    "CHF": "CHF", "SFr": "CHF", "₺": "TRY", "TRY": "TRY", "ZAR": "ZAR",
    "AED": "AED", "SAR": "SAR", "₦": "NGN", "Rp": "IDR", "RM": "MYR", "฿": "THB", "₫": "VND",
    "PKR": "PKR", "UZS": "UZS", "KGS": "KGS", "TJS": "TJS",
}

# Currency words written after the number ("5 billion yuan"). Plural and singular forms.
SUFFIX_CURRENCIES: dict[str, str] = {
    "US dollars": "USD", "US dollar": "USD", "dollars": "USD", "dollar": "USD",
    "Hong Kong dollars": "HKD", "Australian dollars": "AUD", "Canadian dollars": "CAD",
    "Singapore dollars": "SGD", "yuan": "CNY", "renminbi": "CNY", "RMB": "CNY", "CNY": "CNY",
    "euros": "EUR", "euro": "EUR", "EUR": "EUR", "pounds sterling": "GBP", "pounds": "GBP",
    "sterling": "GBP", "GBP": "GBP", "yen": "JPY", "JPY": "JPY", "rubles": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rouble": "RUB", "RUB": "RUB", "tenge": "KZT", "KZT": "KZT", "rupees": "INR",
    "rupee": "INR", "won": "KRW", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "dong": "VND",
    "dirhams": "AED", "riyals": "SAR", "lira": "TRY", "Swiss francs": "CHF", "francs": "CHF",
    "rand": "ZAR", "naira": "NGN", "som": "KGS", "somoni": "TJS", "manat": "AZN",
    "hryvnia": "UAH", "zloty": "PLN", "USD": "USD", "HKD": "HKD",
}

SCALES: dict[str, float] = {
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3,
}

# Qualifier word(s) -> normalised qualifier. Every qualifier makes the amount approximate.
QUALIFIERS: dict[str, str] = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "nearly": "nearly",
    "almost": "nearly", "close to": "nearly", "over": "over", "more than": "over",
    "above": "over", "in excess of": "over", "upwards of": "over", "up to": "up to",
    "as much as": "up to", "at most": "up to", "at least": "at least", "no less than": "at least",
    "less than": "under", "under": "under", "below": "under",
}


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Short scale abbreviations attach to the number ("$5bn"); words may follow a space.
SCALE = r"(?:\s?(?:trillion|billion|million|thousand)|\s?(?:tn|trn|bn|mln|mn)|(?:b|m|k))(?![A-Za-z])"
RANGE_SEPARATOR = r"\s?(?:-|–|—|to)\s?"

AMOUNT_PATTERN = re.compile(
    rf"""
    (?:(?P<qualifier>\b(?i:{alternation(QUALIFIERS)}))\s+)?
    (?P<amount>
        (?P<prefix>{alternation(PREFIX_CURRENCIES)})?
        (?P<low>{NUMBER})(?P<low_scale>{SCALE})?
        (?:{RANGE_SEPARATOR}(?P=prefix)?(?P<high>{NUMBER})(?P<high_scale>{SCALE})?)?
        (?:\s(?P<suffix>{alternation(SUFFIX_CURRENCIES)})\b)?
    )
    """,
    re.VERBOSE,
)

# A prefix of letters must not be the tail of a word ("OUR 5"), nor a number part of a longer one.
LETTER_PREFIX_GUARD = re.compile(r"[A-Za-z0-9]$")


def parse_number(text: str) -> float:
    return float(text.replace(",", ""))


def scale_of(text: str | None) -> float:
    return SCALES[text.strip()] if text else 1.0


@dataclass(frozen=True)
class UsdRate:
    usd_per_unit: float
    rate_date: datetime.date


@functools.lru_cache(maxsize=1)
def currency_converter():
    """The converter on the ECB history bundled with the package (no network): missing days are
    left missing so that `usd_rate` reports the date of a published rate."""
    from currency_converter import CurrencyConverter

    return CurrencyConverter()


@functools.lru_cache(maxsize=4096)
def usd_rate(currency: str, on: datetime.date | None) -> UsdRate | None:
    """USD per unit of `currency` on the ECB date nearest to `on` (the latest date when `on` is
    unknown), or None when the ECB does not publish the currency."""
    from currency_converter import RateNotFoundError

    converter = currency_converter()
    if currency not in converter.currencies:
        return None
    first = max(converter.bounds[currency].first_date, converter.bounds["USD"].first_date)
    last = min(converter.bounds[currency].last_date, converter.bounds["USD"].last_date)
    target = min(max(on or last, first), last)
    for distance in range(0, 15):  # weekends and holidays: the nearest published day
        for day in (target - datetime.timedelta(distance), target + datetime.timedelta(distance)):
            if first <= day <= last:
                try:
                    return UsdRate(converter.convert(1.0, currency, "USD", date=day), day)
                except RateNotFoundError:
                    continue
    return None


def find_amounts(body: str, published: datetime.date | None,
                 locator: SentenceLocator) -> list[Amount]:
    return list(iter_amounts(body, published, locator))


def iter_amounts(body: str, published: datetime.date | None,
                 locator: SentenceLocator) -> Iterator[Amount]:
    for match in AMOUNT_PATTERN.finditer(body):
        prefix, suffix = match.group("prefix"), match.group("suffix")
        if not prefix and not suffix:
            continue
        start, end = match.span("amount")
        if prefix and prefix[0].isalpha() and LETTER_PREFIX_GUARD.search(body[:start]):
            continue
        if not prefix and LETTER_PREFIX_GUARD.search(body[:start]):
            continue
        currency = PREFIX_CURRENCIES[prefix] if prefix else SUFFIX_CURRENCIES[suffix]
        if suffix and prefix and SUFFIX_CURRENCIES[suffix] != currency:
            # "$5 billion yuan" is not one amount; keep the number with its prefix only.
            end = match.start("suffix") - 1
        low_scale = scale_of(match.group("low_scale"))
        high_scale = scale_of(match.group("high_scale"))
        if match.group("high") and not match.group("low_scale"):
            low_scale = high_scale  # "25-30 billion": the scale applies to both ends
        low = parse_number(match.group("low")) * low_scale
        high = parse_number(match.group("high")) * high_scale if match.group("high") else low
        qualifier = QUALIFIERS[match.group("qualifier").lower()] if match.group("qualifier") else None
        rate = usd_rate(currency, published)
        yield Amount(
            start=start,
            end=end,
            text=body[start:end],
            sentence_index=locator.index_of(start),
            currency=currency,
            amount_min=min(low, high),
            amount_max=max(low, high),
            usd_min=min(low, high) * rate.usd_per_unit if rate else None,
            usd_max=max(low, high) * rate.usd_per_unit if rate else None,
            usd_rate=rate.usd_per_unit if rate else None,
            rate_date=rate.rate_date if rate else None,
            approximate=qualifier is not None,
            qualifier=qualifier,
        )
