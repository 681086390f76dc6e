"""Money amounts found by regular expression over the body text, normalised to ISO 4217 currency,
min/max in original units and USD at the publication date.

A regex over the body (rather than spaCy MONEY spans) gives exact span control: the span is the
amount itself ("US$25-30 billion"), without a preceding qualifier ("about"), and ranges, scale
words and currency words after the number ("5 billion yuan") are all handled by one grammar.
The grammar knows every currency some country has tendered since 1999 (CLDR data via babel: ISO
codes and English names, singular and plural) beside the hand tables of symbols and common
words (the 1990s wire's "guilders", "marks" and "lire" too), and South Asian scales ("Rs 1.5 lakh
crore"). amount_countries() names the countries party to an amount.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator
from decimal import Decimal
from dataclasses import dataclass

from .dates import YEAR
from .patterns import DIGITS, INDIAN_SCALES, alternation, trie_alternation
from .types import ORDER_OF_MAGNITUDE, Amount, Mention, SentenceLocator

# Symbols and codes written before the number, optionally followed by one space ("EUR 2.5
# billion", "Rp 9.5 trillion"). Longest first so "US$" wins over "$".
PREFIX_CURRENCIES: dict[str, str] = {
    "US$": "USD", "US $": "USD", "USD": "USD", "HK$": "HKD", "HKD": "HKD", "A$": "AUD",
    "AU$": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "S$": "SGD",
    "SGD": "SGD", "NZ$": "NZD", "NZD": "NZD", "NT$": "TWD", "R$": "BRL", "BRL": "BRL", "$": "USD",
    "RMB": "CNY", "Rmb": "CNY", "CNY": "CNY", "CN¥": "CNY", "¥": "CNY", "JP¥": "JPY", "JPY": "JPY",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "₹": "INR", "Rs.": "INR", "Rs": "INR",
    "INR": "INR", "₽": "RUB", "RUB": "RUB", "₸": "KZT", "KZT": "KZT", "₩": "KRW", "KRW": "KRW",
    "CHF": "CHF", "SFr": "CHF", "₺": "TRY", "TRY": "TRY", "ZAR": "ZAR", "AED": "AED", "Dh": "AED", "Dhs": "AED",
    "SAR": "SAR", "SR": "SAR", "QAR": "QAR", "QR": "QAR", "OMR": "OMR", "BHD": "BHD", "KWD": "KWD",
    # the Gulf press's abbreviations of the Omani rial and the Kuwaiti dinar ("RO4 million", "KD 25m")
    "RO": "OMR", "KD": "KWD",
    "₦": "NGN", "NGN": "NGN", "KSh": "KES", "Ksh": "KES", "KES": "KES", "Rp": "IDR", "IDR": "IDR",
    "RM": "MYR", "MYR": "MYR", "฿": "THB", "THB": "THB", "₫": "VND", "VND": "VND", "₱": "PHP",
    "FCFA": "XOF", "GH¢": "GHS", "GH₵": "GHS", "Php": "PHP",  # the Philippine press's own spelling ("Php299", "Php 1.2 billion")
    "PKR": "PKR", "UZS": "UZS", "KGS": "KGS", "TJS": "TJS", "RSD": "RSD", "MAD": "MAD",
    "ARS": "ARS", "MXN": "MXN", "EGP": "EGP", "LAK": "LAK", "MNT": "MNT", "₮": "MNT",
    "TSh": "TZS", "USh": "UGX", "Tk": "BDT", "BDT": "BDT", "LKR": "LKR", "NPR": "NPR",
    "S/.": "PEN", "S/": "PEN", "PEN": "PEN",  # Peru's sol ("S/ 1.1 billion")
}
# Prefixes several countries' presses write for their own currency: "Rs" is the rupee of the
# country named nearest (India's when none: "Rs18.5 billion" in a Karachi story is Pakistan's).
# "FCFA" is the West or Central African franc by the country named, as "CFA" below.
CONTEXT_PREFIXES: dict[str, str] = {"Rs": "rupee", "Rs.": "rupee", "FCFA": "cfa franc"}
# One- and two-letter symbols of the national press, read only before a figure with a scale word
# ("N150 billion", "P28.7 billion", "Sh12.6 billion", "R2.4bn"): alone they are models and routes
# ("N95", "P5"). "Sh" is a shilling of the country the article names (Kenya's when none), "CFA"
# the West or Central African franc by the country named.
SCALED_PREFIX_CURRENCIES: dict[str, str] = {"N": "NGN", "P": "PHP", "Sh": "shilling", "R": "ZAR",
                                             "CFA": "cfa franc"}
# the scale words those prefixes need: written out or abbreviated in two letters or more (the
# South African press glues "m" to the rand's "R" too: "R900m")
WORD_SCALE = re.compile(r"[\s-]?[A-Za-z]{2,}")

# Currency words written after the number ("5 billion yuan"), plural and singular. A word naming
# several currencies ("dinars") maps to None and is resolved by CONTEXT_CURRENCIES.
SUFFIX_CURRENCIES: dict[str, str | None] = {
    "US dollars": "USD", "US dollar": "USD", "U.S. dollars": "USD", "U.S. dollar": "USD",
    "dollars": "USD", "dollar": "USD",
    "Hong Kong dollars": "HKD", "Australian dollars": "AUD", "Canadian dollars": "CAD",
    "Singapore dollars": "SGD", "yuan": "CNY", "renminbi": "CNY", "RMB": "CNY", "CNY": "CNY",
    "euros": "EUR", "euro": "EUR", "EUR": "EUR", "pounds sterling": "GBP", "sterling": "GBP",
    "GBP": "GBP", "yen": "JPY", "JPY": "JPY", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rouble": "RUB", "RUB": "RUB", "tenge": "KZT", "KZT": "KZT", "won": "KRW", "rupiah": "IDR",
    "ringgit": "MYR", "baht": "THB", "dong": "VND", "Swiss francs": "CHF",
    "rand": "ZAR", "naira": "NGN", "som": "KGS", "somoni": "TJS", "hryvnia": "UAH", "zloty": "PLN",
    "forints": "HUF", "forint": "HUF", "soums": "UZS", "soum": "UZS", "sums": "UZS", "kip": "LAK",
    "riel": "KHR", "kyat": "MMK", "taka": "BDT", "tugrik": "MNT", "lari": "GEL", "dram": "AMD",
    "real": "BRL", "reais": "BRL", "shekels": "ILS", "cedi": "GHS", "birr": "ETB", "kwacha": None,
    "USD": "USD", "HKD": "HKD", "Saudi riyals": "SAR", "Qatari riyals": "QAR", "UAE dirhams": "AED",
    "Moroccan dirhams": "MAD", "Egyptian pounds": "EGP", "Mexican pesos": "MXN",
    "Argentine pesos": "ARS", "Philippine pesos": "PHP", "Serbian dinars": "RSD",
    "Pakistani rupees": "PKR", "Indian rupees": "INR", "Kenyan shillings": "KES",
    "pounds": None, "pound": None, "dinars": None, "dinar": None, "dirhams": None, "dirham": None,
    "pesos": None, "peso": None, "riyals": None, "riyal": None, "rials": None, "rial": None,
    "rupees": None, "rupee": None, "shillings": None, "shilling": None, "francs": None,
    "manat": None, "CFA francs": None, "CFA franc": None, "FCFA": None,
    # a demonym names the currency outright ("two Jordanian dinars")
    "Jordanian dinars": "JOD", "Jordanian dinar": "JOD", "Iraqi dinars": "IQD", "Iraqi dinar": "IQD",
    "Kuwaiti dinars": "KWD", "Kuwaiti dinar": "KWD", "Bahraini dinars": "BHD", "Libyan dinars": "LYD",
    "Tunisian dinars": "TND", "Algerian dinars": "DZD", "Syrian pounds": "SYP", "Syrian pound": "SYP",
    "Lebanese pounds": "LBP", "Lebanese pound": "LBP", "Sudanese pounds": "SDG",
    "Egyptian pound": "EGP", "Iranian rials": "IRR", "Iranian rial": "IRR", "Omani rials": "OMR",
    "Yemeni rials": "YER", "Saudi riyal": "SAR", "Turkish lira": "TRY", "Russian roubles": "RUB",
    "Russian rubles": "RUB", "Chinese yuan": "CNY", "Japanese yen": "JPY", "Kazakh tenge": "KZT",
    "Afghan afghanis": "AFN", "afghanis": "AFN", "Nigerian naira": "NGN", "South African rand": "ZAR",
    # the currencies of the 1990s wire ("853 million guilders", "a 2 billion franc contract"), whose
    # CLDR names alone ("Dutch guilders", "Finnish markkas") miss how the press wrote them
    "franc": None, "marks": None, "guilders": None, "guilder": None, "pesetas": None, "peseta": None,
    "escudos": None, "crowns": None, "lira": None, "lire": "ITL", "markka": "FIM", "markkaa": "FIM",
    "Finnish marks": "FIM", "Deutsche marks": "DEM", "Deutschmarks": "DEM", "D-marks": "DEM",
    "punts": "IEP", "Swedish crowns": "SEK", "Danish crowns": "DKK", "Norwegian crowns": "NOK",
    "Czech crowns": "CZK", "Slovak crowns": "SKK", "Icelandic crowns": "ISK", "Estonian crowns": "EEK",
    "ecus": "XEU", "Ecus": "XEU", "ECUs": "XEU", "ECU": "XEU", "ecu": "XEU",
    # "mark" is an English noun first ("the 1 million mark"): money only before what money buys
    "mark": None,
}
# Several words of one shared currency: "CFA francs" are the West or Central African franc by the
# country named, never the French or Swiss franc that "francs" alone may be.
CONTEXT_SUFFIXES: dict[str, str] = {"CFA francs": "cfa franc", "CFA franc": "cfa franc", "FCFA": "cfa franc"}

# For a currency word several countries use: (currency, words naming its country) in order of
# preference; the candidate whose country is named nearest to the amount wins, else the first.
CONTEXT_CURRENCIES: dict[str, tuple[tuple[str, str], ...]] = {
    "pound": (("GBP", r"Britain|British|UK|London|England"), ("EGP", r"Egypt(?:ian)?|Cairo"),
              ("LBP", r"Leban(?:on|ese)|Beirut"), ("SDG", r"Sudan(?:ese)?|Khartoum")),
    "dinar": (("RSD", r"Serbi(?:a|an)|Belgrade"), ("IQD", r"Iraq(?:i)?|Baghdad"),
              ("KWD", r"Kuwait(?:i)?"), ("JOD", r"Jordan(?:ian)?|Amman"),
              ("DZD", r"Algeri(?:a|an)|Algiers"), ("TND", r"Tunisi(?:a|an)|Tunis"),
              ("BHD", r"Bahrain(?:i)?|Manama"), ("LYD", r"Liby(?:a|an)|Tripoli")),
    "dirham": (("AED", r"UAE|Emirat(?:es|i)|Dubai|Abu Dhabi"), ("MAD", r"Morocc(?:o|an)|Rabat")),
    "cfa franc": (("XOF", r"Senegal(?:ese)?|Ivor(?:y Coast|ian)|Côte d'Ivoire|Mali(?:an)?|Niger(?:ien)?|Burkina Faso"
                          r"|Benin(?:ese)?|Togo(?:lese)?|Guinea-Bissau|Dakar|Abidjan|Bamako|Lomé|Cotonou"),
                  ("XAF", r"Cameroon(?:ian)?|Gabon(?:ese)?|Chad(?:ian)?|Congo(?:lese)?|Central African"
                          r"|Equatorial Guinea|Yaoundé|Douala|Libreville|Brazzaville")),
    "peso": (("MXN", r"Mexic(?:o|an)"), ("ARS", r"Argentin(?:a|e|ian)|Buenos Aires"),
             ("PHP", r"Philippines?|Filipino|Manila"), ("CLP", r"Chile(?:an)?|Santiago"),
             ("COP", r"Colombi(?:a|an)|Bogotá"), ("UYU", r"Urugua(?:y|yan)|Montevideo")),
    "riyal": (("SAR", r"Saudi|Riyadh"), ("QAR", r"Qatar(?:i)?|Doha"), ("OMR", r"Oman(?:i)?|Muscat"),
              ("YER", r"Yemen(?:i)?|Sanaa")),
    "rial": (("OMR", r"Oman(?:i)?|Muscat"), ("IRR", r"Iran(?:ian)?|Tehran")),
    "rupee": (("INR", r"India(?:n)?|Delhi|Mumbai"), ("PKR", r"Pakistan(?:i)?|Islamabad|Karachi"),
              ("LKR", r"Sri Lanka(?:n)?|Colombo"), ("NPR", r"Nepal(?:i)?|Kathmandu")),
    "shilling": (("KES", r"Keny(?:a|an)|Nairobi"), ("UGX", r"Ugand(?:a|an)|Kampala"),
                 ("TZS", r"Tanzani(?:a|an)|Dodoma|Dar es Salaam")),
    # the French franc first: it is the franc of most news until it left tender in 2002
    "franc": (("FRF", r"French|France|Paris"), ("CHF", r"Swiss|Switzerland|Zurich|Geneva"),
              ("BEF", r"Belgi(?:um|an)|Brussels"), ("LUF", r"Luxembourg"),
              ("XOF", r"Senegal|Ivory Coast|Mali|Niger"), ("XAF", r"Cameroon|Gabon|Chad|Congo")),
    "mark": (("DEM", r"German(?:y)?|Bonn|Berlin|Frankfurt|Bundesbank"), ("FIM", r"Finland|Finnish|Helsinki"),
             ("BAM", r"Bosnia(?:n)?|Sarajevo")),
    "guilder": (("NLG", r"Dutch|Netherlands|Holland|Amsterdam|The Hague|Rotterdam"),
                ("ANG", r"Antille(?:s|an)|Curaçao|Sint Maarten"), ("XCG", r"Curaçao|Sint Maarten"),
                ("SRG", r"Surinam(?:e|ese)?|Paramaribo")),
    "peseta": (("ESP", r"Spain|Spanish|Madrid|Barcelona"), ("ADP", r"Andorra(?:n)?")),
    "escudo": (("PTE", r"Portug(?:al|uese)|Lisbon"), ("CVE", r"Cape Verde(?:an)?|Praia"),
               ("TPE", r"Timor(?:ese)?|Dili")),
    "crown": (("SEK", r"Swed(?:en|ish)|Stockholm"), ("DKK", r"Denmark|Danish|Copenhagen"),
              ("NOK", r"Norw(?:ay|egian)|Oslo"), ("CZK", r"Czech|Prague"), ("SKK", r"Slovak(?:ia)?|Bratislava"),
              ("ISK", r"Iceland(?:ic)?|Reykjavik"), ("EEK", r"Estonia(?:n)?|Tallinn")),
    "lira": (("ITL", r"Ital(?:y|ian)|Rome|Milan"), ("TRY", r"Turk(?:ey|ish|iye)|Istanbul|Ankara"),
             ("TRL", r"Turk(?:ey|ish)|Istanbul|Ankara"), ("MTL", r"Malt(?:a|ese)|Valletta")),
    "manat": (("AZN", r"Azerbaijan(?:i)?|Baku"), ("TMT", r"Turkmen(?:istan)?|Ashgabat")),
    "kwacha": (("ZMW", r"Zambi(?:a|an)|Lusaka"), ("MWK", r"Malawi(?:an)?|Lilongwe")),
}
CONTEXT_PATTERNS = {stem: tuple((code, re.compile(rf"\b(?:{words})\b")) for code, words in options)
                    for stem, options in CONTEXT_CURRENCIES.items()}


# the first day of the ECB rate history amounts are converted with
TENDER_SINCE = datetime.date(1999, 1, 4)


@functools.lru_cache(maxsize=1)
def circulating_currencies() -> dict[str, tuple[str, ...]]:
    """ISO 4217 code -> alpha-3 codes (pycountry) of the countries whose tender it has been since
    TENDER_SINCE, by babel's CLDR territory data. Funds, metals and test codes ("XAU", "CLF") are
    tendered nowhere and left out; currencies replaced since then ("BGN") stay, as older news
    still states amounts in them."""
    import pycountry
    from babel.numbers import get_territory_currencies

    countries: dict[str, list[str]] = {}
    for country in pycountry.countries:
        for code in get_territory_currencies(country.alpha_2, start_date=TENDER_SINCE,
                                             end_date=datetime.date.max):
            countries.setdefault(code, []).append(country.alpha_3)
    return {code: tuple(alpha_3) for code, alpha_3 in sorted(countries.items())}


@dataclass(frozen=True)
class CurrencyWords:
    """Every way the grammar knows to write a currency: the hand tables above, and for every
    circulating ISO 4217 currency its code (before or after the number) and its English CLDR
    names, singular and plural ("Polish zloty", "Mongolian tugriks"), and the plural unit word
    alone ("tugriks", "kroner"). A singular unit word alone counts only from the hand table: many
    are English nouns ("the 5 million mark"). A generated unit word several currencies share
    maps to None in `suffixes`, and its candidates are in `shared`."""

    prefixes: dict[str, str]
    suffixes: dict[str, str | None]
    generated_codes: frozenset[str]  # codes only the ISO list gives (not in PREFIX_CURRENCIES)
    shared: dict[str, tuple[tuple[str, re.Pattern], ...]]  # unit word -> (code, country words)


@functools.lru_cache(maxsize=1)
def currency_words() -> CurrencyWords:
    """The hand tables completed from CLDR (see CurrencyWords)."""
    import pycountry
    from babel.numbers import get_currency_name

    prefixes, suffixes = PREFIX_CURRENCIES | SCALED_PREFIX_CURRENCIES, dict(SUFFIX_CURRENCIES)
    units: dict[str, dict[str, re.Pattern]] = {}
    for code, countries in circulating_currencies().items():
        prefixes.setdefault(code, code)
        suffixes.setdefault(code, code)
        singular, plural = (get_currency_name(code, count=n, locale="en") for n in (1, 2))
        suffixes.setdefault(singular, code)
        suffixes.setdefault(plural, code)
        if plural != singular:
            # the country's names and the currency name's adjective ("Norwegian krone")
            states = [pycountry.countries.get(alpha_3=c) for c in countries]
            names = {n for state in states for n in (state.name, getattr(state, "common_name", None)) if n}
            names |= {singular.rsplit(" ", 1)[0]} if " " in singular else set()
            units.setdefault(plural.rsplit(" ", 1)[-1], {})[code] = re.compile(
                rf"\b(?:{alternation(names)})\b")
    shared = {}
    for word, candidates in units.items():
        if word in suffixes:
            continue
        suffixes[word] = next(iter(candidates)) if len(candidates) == 1 else None
        if len(candidates) > 1:
            shared[word] = tuple(candidates.items())
    # plural unit words in headline case or a wire's capitals ("5.45m Euros", "50 MILLION EUROS");
    # not singulars, which open names ("the 12 Euro zone countries"), nor mixed-case names, which
    # are written one way
    plurals = {word: code for word, code in suffixes.items() if word.islower() and word.endswith("s")}
    suffixes = ({word.capitalize(): code for word, code in plurals.items()}
                | {word.upper(): code for word, code in plurals.items()} | suffixes)
    return CurrencyWords(prefixes, suffixes,
                         frozenset(set(prefixes) - set(PREFIX_CURRENCIES) - set(SCALED_PREFIX_CURRENCIES)), shared)


SCALES: dict[str, float] = {
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mm": 1e6, "t": 1e12, "thousand": 1e3, "k": 1e3, "cr": 1e7,
    **INDIAN_SCALES,
}
# Spelled-out numbers count only before a scale word ("two billion dollars").
NUMBER_WORDS: dict[str, float] = {
    "half a": 0.5, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100,
    "a quarter of a": 0.25, "three quarters of a": 0.75, "a third of a": 1 / 3,
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
# How to read amount_min/amount_max. A single figure always has min = max = the figure; `bound`
# says whether that figure is the value itself or a bound on it, so sums over min/max stay sums of
# the figures the text states.
BOUNDS: dict[str | None, str] = {
    None: "exact", "about": "approximate", "nearly": "upper", "up to": "upper", "under": "upper",
    "over": "lower", "at least": "lower",
}

# USD per unit for currencies the ECB does not publish but that are pegged to the dollar, valid
# from the date the peg was fixed. Sources: the central banks' published pegs (Saudi Central Bank
# 3.75 SAR since June 1986; UAE Central Bank 3.6725 AED since November 1997; Qatar Central Bank
# 3.64 QAR, legislated July 2001; Central Bank of Oman 0.3845 OMR per USD since January 1986;
# Central Bank of Bahrain 0.376 BHD per USD since December 1980).
PEGS: dict[str, tuple[float, datetime.date, str]] = {
    "SAR": (3.75, datetime.date(1986, 6, 1), "Saudi Central Bank peg"),
    "AED": (3.6725, datetime.date(1997, 11, 1), "UAE Central Bank peg"),
    "QAR": (3.64, datetime.date(2001, 7, 1), "Qatar Central Bank peg"),
    "OMR": (0.3845, datetime.date(1986, 1, 1), "Central Bank of Oman peg"),
    "BHD": (0.376, datetime.date(1980, 12, 1), "Central Bank of Bahrain peg"),
}

# Units per euro of currencies pegged to the euro since it was introduced (to the French franc or
# the mark before), which the ECB does not publish. Sources: the central banks' pegs (BCEAO and
# BEAC 655.957 CFA francs, Banco de Cabo Verde 110.265 escudos, Banque Centrale des Comores
# 491.96775 Comorian francs, Central Bank of Bosnia and Herzegovina 1.95583 marks per euro).
EURO_PEGS: dict[str, tuple[float, str]] = {
    "XOF": (655.957, "BCEAO peg"), "XAF": (655.957, "BEAC peg"), "CVE": (110.265, "Banco de Cabo Verde peg"),
    "KMF": (491.96775, "Banque Centrale des Comores peg"), "BAM": (1.95583, "Central Bank of Bosnia and Herzegovina peg"),
}
EURO_SINCE = datetime.date(1999, 1, 1)

# Units per euro of the currencies the euro replaced, fixed for good when it was introduced; the
# ECB publishes no rate for them, so their USD rate goes through the euro's. Sources: Council
# Regulation (EC) No 2866/98 (the eleven of 1999), No 1478/2000 (the drachma); the ECU became the
# euro one for one (Council Regulation (EC) No 1103/97).
EURO_FIXED_RATES: dict[str, tuple[float, str]] = {
    "ATS": (13.7603, "2866/98"), "BEF": (40.3399, "2866/98"), "DEM": (1.95583, "2866/98"),
    "ESP": (166.386, "2866/98"), "FIM": (5.94573, "2866/98"), "FRF": (6.55957, "2866/98"),
    "IEP": (0.787564, "2866/98"), "ITL": (1936.27, "2866/98"), "LUF": (40.3399, "2866/98"),
    "NLG": (2.20371, "2866/98"), "PTE": (200.482, "2866/98"), "GRD": (340.750, "1478/2000"),
    "XEU": (1.0, "1103/97"),
}


# Short scale abbreviations attach to the number ("$5bn"), in capitals too as American copy writes
# them ("$300M", "$1.2B", "$45K", "$1.5T", finance's "$300MM"); words may follow a space or hyphen,
# in a headline's or a wire's capitals too ("$400 Million", "$400 MILLION", "$150 MLN");
# "lakh", "crore" and "lakh crore" follow a space or hyphen ("Rs 1.5 lakh crore", "₹500-crore"), and
# crore's "cr" may attach ("Rs 300cr", "₹1,200 Cr").
SCALE_WORDS = "trillion|billion|million|thousand"
SCALE = (rf"(?:[\s-]?(?:{SCALE_WORDS}|{SCALE_WORDS.title()}|{SCALE_WORDS.upper()})"
         r"|[\s-](?:lakh[\s-]crores?|crores?|lakhs?)"
         r"|\s?(?:tn|trn|bn|bln|mln|mn|Bn|BN|Mn|MN|BLN|MLN|[Cc]r)|(?:b|m|k|MM|M|B|K|T))(?![A-Za-z\d])")
RANGE_SEPARATOR = r"\s?(?:-|–|—|to)\s?"
# Orders of magnitude without a figure: "millions of dollars" = [2 million, 1 billion),
# "hundreds of millions of dollars" = [200 million, 1 billion); read as a range, qualifier
# ORDER_OF_MAGNITUDE, which makes them vague (Amount.vague): no figure is stated.
MULTIPLES = {"tens": 10, "hundreds": 100}


@dataclass(frozen=True)
class Grammar:
    amount: re.Pattern
    order_of_magnitude: re.Pattern
    currency_after: re.Pattern  # a currency word or symbol right after a name: "US$", "US dollars"
    minor_unit: re.Pattern  # a figure in pence or cents: "312.5p", "99 cents"


@functools.lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The amount patterns over every currency word of currency_words()."""
    words = currency_words()
    # ... or, counting units, right before a currency word ("two Jordanian dinars", "one dinar");
    # not "a": "a pound" is as often weight as money.
    counting_words = [w for w in NUMBER_WORDS if not w.startswith(("a", "half"))]
    word_number = (rf"(?i:{alternation(NUMBER_WORDS)})(?=[\s-](?i:{SCALE_WORDS})\b)"
                   rf"|\b(?i:{alternation(counting_words)})(?=\s(?:{trie_alternation(words.suffixes)})\b)")
    number = rf"{DIGITS}|{word_number}"
    # a currency name of several words may also stand before the figure ("Australian dollars 648m")
    names_before = [w for w in words.suffixes if " " in w]
    amount = re.compile(
        rf"""
        (?:(?P<qualifier>\b(?i:{alternation(QUALIFIERS)}))\s+)?
        (?:(?P<between>\b(?i:between))\s+)?
        (?P<amount>
            (?:(?P<prefix>{trie_alternation(words.prefixes)})\s?|(?P<name_before>{trie_alternation(names_before)})\s)?
            (?P<low>{number})(?P<low_scale>{SCALE})?
            (?:(?P<separator>{RANGE_SEPARATOR}|(?(between)\sand\s|(?!)))(?P=prefix)?\s?(?P<high>{DIGITS})(?P<high_scale>{SCALE})?)?
            (?:[\s-](?P<suffix>{trie_alternation(words.suffixes)})\b(?!\s(?:cents?|pence)\b))?  # "4bn-euro"; not "40 euro cents"
        )
        """,
        re.VERBOSE,
    )
    order_of_magnitude = re.compile(
        rf"\b(?:(?P<multiple>(?i:tens|hundreds)) of )?(?P<scale>(?i:thousands|millions|billions|trillions))"
        rf" of (?P<suffix>{trie_alternation(words.suffixes)})\b"
    )
    currency_after = re.compile(rf"\$|\s(?:{trie_alternation(words.suffixes)})\b")
    minor_unit = re.compile(
        rf"""
        (?<![\w.$£€-])(?:(?P<qualifier>\b(?i:{alternation(QUALIFIERS)}))\s+)?
        (?P<amount>(?P<low>{DIGITS}|\b(?i:{alternation(counting_words)})(?=\s(?:pence|cents?)\b))
            (?:{RANGE_SEPARATOR}(?P<high>{DIGITS}))?
            (?:(?P<letter>[pc])(?![\w$£€])|\s(?:(?P<minor_of>[A-Z][\w.]*|euros?)\s)?(?P<word>pence|cents?)\b))
        """,
        re.VERBOSE,
    )
    return Grammar(amount, order_of_magnitude, currency_after, minor_unit)


# A capitalised word right after an amount's code makes the code part of a name.
NAME_AFTER = re.compile(r"\s+[A-Z]")
# A prefix of letters must not be the tail of a word ("OUR 5"), nor a number part of a longer one.
LETTER_PREFIX_GUARD = re.compile(r"[A-Za-z0-9]$")


def scaled(text: str, scale: float) -> float:
    """The figure times its scale in decimal arithmetic: "16.4bn" is 16400000000, not
    16399999999.999998."""
    return float(Decimal(repr(parse_number(text))) * Decimal(repr(scale)))


def parse_number(text: str) -> float:
    word = NUMBER_WORDS.get(text.lower())
    return word if word is not None else float(text.replace(",", ""))


def scale_of(text: str | None) -> float:
    if not text:
        return 1.0
    word = " ".join(text.replace("-", " ").split()).lower()  # "$300M" as "$300m"
    return SCALES.get(word) or SCALES[word.removesuffix("s")]  # "crores", "lakh crores"


@functools.lru_cache(maxsize=1024)
def tendered_on(day: datetime.date | None) -> frozenset[str]:
    """The ISO 4217 codes legal tender somewhere on `day` (CLDR territory data via babel); on an
    unknown day, those still in tender."""
    from babel.core import get_global

    def held(since: tuple | None, until: tuple | None) -> bool:
        if day is None:
            return until is None
        return (since is None or datetime.date(*since) <= day) and (until is None or day <= datetime.date(*until))

    return frozenset(code for currencies in get_global("territory_currencies").values()
                     for code, since, until, tender in currencies if tender and held(since, until))


def currency_from_context(word: str, body: str, position: int, published: datetime.date | None) -> str:
    """The currency of an ambiguous word ("dinars", "kroner", "francs"): the candidate whose country
    is named nearest to `position` in the body, else the first (most common). Candidates in tender
    when the article was published come first ("marks" in 1996 are German, since 2002 Bosnian,
    unless the article names Germany; "lira" in 1996 Turkey is the old lira)."""
    candidates = currency_words().shared.get(word.lower()) or CONTEXT_PATTERNS[word.lower().rstrip("s")]
    tendered = tendered_on(published)
    options = sorted(candidates, key=lambda option: option[0] not in tendered)
    nearest: tuple[int, str] | None = None
    for code, pattern in options:
        for match in pattern.finditer(body):
            distance = abs(match.start() - position)
            if nearest is None or distance < nearest[0]:
                nearest = (distance, code)
    return nearest[1] if nearest else options[0][0]


@dataclass(frozen=True)
class UsdRate:
    usd_per_unit: float
    rate_date: datetime.date | None
    source: str  # ecb | peg
    note: str | None


@functools.lru_cache(maxsize=1)
def currency_converter():
    """The converter on the ECB history bundled with the package (no network): missing days are
    left missing so that `usd_rate` reports the date of a published rate."""
    from currency_converter import CurrencyConverter

    return CurrencyConverter()


@functools.lru_cache(maxsize=4096)
def usd_rate(currency: str, on: datetime.date | None) -> UsdRate | None:
    """USD per unit of `currency` on the ECB date nearest to `on` (the latest date when `on` is
    unknown), or from PEGS, or None when no offline rate exists."""
    from currency_converter import RateNotFoundError

    if currency in PEGS:
        per_usd, since, source = PEGS[currency]
        if on is None or on >= since:
            return UsdRate(1 / per_usd, on, "peg", f"{source}: {per_usd} {currency} per USD since {since:%Y-%m}")
        return None
    if currency in EURO_PEGS:
        per_euro, source = EURO_PEGS[currency]
        if on and on < EURO_SINCE:
            return None
        return through_euro(per_euro, on, f"{source}: {per_euro} {currency} per EUR since {EURO_SINCE:%Y-%m}")
    if currency in EURO_FIXED_RATES:
        per_euro, regulation = EURO_FIXED_RATES[currency]
        return through_euro(per_euro, on, f"fixed at {per_euro} {currency} per EUR (Council Regulation (EC) No {regulation})")
    converter = currency_converter()
    if currency not in converter.currencies:
        return None
    first = max(converter.bounds[currency].first_date, converter.bounds["USD"].first_date)
    last = min(converter.bounds[currency].last_date, converter.bounds["USD"].last_date)
    target = min(max(on or last, first), last)
    note = (f"no ECB rate before {first:%Y-%m-%d}: the first one used" if on and on < first
            else None if on else "publication date unknown: latest ECB rate used")
    for distance in range(0, 15):  # weekends and holidays: the nearest published day
        for day in (target - datetime.timedelta(distance), target + datetime.timedelta(distance)):
            if first <= day <= last:
                try:
                    return UsdRate(converter.convert(1.0, currency, "USD", date=day), day, "ecb", note)
                except RateNotFoundError:
                    continue
    return None


def through_euro(per_euro: float, on: datetime.date | None, note: str) -> UsdRate | None:
    """USD per unit of a currency fixed at `per_euro` units per euro, through the euro's rate on
    `on`, the fixing told before the euro rate's own note."""
    euro = usd_rate("EUR", on)
    return euro and UsdRate(euro.usd_per_unit / per_euro, euro.rate_date, euro.source,
                            "; ".join(filter(None, (note, euro.note))))


def find_amounts(body: str, published: datetime.date | None,
                 locator: SentenceLocator) -> list[Amount]:
    return sorted(iter_amounts(body, published, locator), key=lambda a: a.start)


def iter_amounts(body: str, published: datetime.date | None,
                 locator: SentenceLocator) -> Iterator[Amount]:
    major = list(iter_major_amounts(body, published, locator))
    yield from major
    yield from iter_minor_amounts(body, published, locator, major)


def iter_major_amounts(body: str, published: datetime.date | None,
                       locator: SentenceLocator) -> Iterator[Amount]:
    """Amounts in a currency's main unit: symbol, code or name with the figure."""
    words, patterns = currency_words(), grammar()
    for match in patterns.amount.finditer(body):
        prefix, suffix, name_before = match.group("prefix"), match.group("suffix"), match.group("name_before")
        if not prefix and not suffix and not name_before:
            continue
        if name_before and not (match.group("low_scale") or "," in match.group("low")):
            continue  # "the Australian dollar 0.7": a name before the figure needs a scale or thousands
        if name_before:
            suffix = name_before
        start, end = match.span("amount")
        # the guard's `$` needs no more than the two characters before the amount (a final newline)
        if (not prefix or prefix[0].isalpha()) and LETTER_PREFIX_GUARD.search(body, max(start - 2, 0), start):
            continue
        if prefix and match.group("low")[0].isalpha():
            continue  # "$ one billion" is not how amounts are written; "$ a" is noise
        scale = match.group("low_scale") or match.group("high_scale") or ""
        if prefix in SCALED_PREFIX_CURRENCIES and not (
                (match.end("prefix") == match.start("low") or len(prefix) > 2)
                and (WORD_SCALE.fullmatch(scale) or (prefix == "R" and scale == "m"))):
            continue  # "N95 masks", "P 5": a letter alone before a figure is no currency
        if (prefix or suffix) in words.generated_codes and not money_shaped(match):
            continue  # "TOP 10", "ALL 3", "20 AMD": a code that is also a word needs an amount's figure
        word_after = match.group("suffix")
        # (a word in a wire's capitals opens nothing: "50 MILLION EUROS IN AID")
        capitalised = bool(word_after) and word_after[0].isupper() and not word_after.isupper()
        if (word_after in words.generated_codes or capitalised and word_after.lower() in words.suffixes) \
                and NAME_AFTER.match(body, end):
            continue  # "300 ANG Airmen", "2 Real Madrid": a code or capitalised word opening a name
        if (not prefix and match.group("low")[0].isalpha() and not match.group("low_scale")
                and ISO_CODE.fullmatch(suffix)):
            continue  # "Two GHC wrestlers": a code counts after a figure in digits or a scale word
        if not prefix and suffix.lower() in ("pound", "pounds") and not match.group("low_scale") \
                and pound_is_weight(body, locator, start, *match.span("suffix")):
            continue  # "a 113-pound class", "weighed 132 pounds": a weight (quantities.py's lb)
        if suffix in NOUN_UNITS and unit_is_noun(body, match):
            if not prefix:
                continue  # "passed the 1 million mark", "scored 480 marks"
            suffix, end = None, match.start("suffix") - 1  # "broke through the $4 trillion mark"
        if (not prefix and suffix == "won" and not match.group("low_scale") and not match.group("high")
                and re.fullmatch(YEAR, match.group("low"))):
            continue  # "which in 2022 won a contract": a year, then the verb
        currency = words.prefixes[prefix] if prefix else words.suffixes[suffix]
        basis = ("code" if prefix.isalpha() else "symbol") if prefix else "word"
        if prefix in CONTEXT_PREFIXES:
            currency, basis = currency_from_context(CONTEXT_PREFIXES[prefix], body, start, published), "context"
        if prefix in SCALED_PREFIX_CURRENCIES:
            basis = "symbol"
            if currency in CONTEXT_CURRENCIES:  # "Sh": the shilling of the country named nearest
                currency, basis = currency_from_context(currency, body, start, published), "context"
        if suffix and prefix and words.suffixes[suffix] not in (currency, None):
            # "$5 billion yuan" is not one amount; keep the number with its prefix only.
            end = match.start("suffix") - 1
        elif currency is None:
            currency, basis = currency_from_context(CONTEXT_SUFFIXES.get(suffix, suffix.split()[-1]), body, start,
                                                    published), "context"
        low_scale = scale_of(match.group("low_scale"))
        high_scale = scale_of(match.group("high_scale"))
        if match.group("high") and not match.group("low_scale"):
            low_scale = high_scale  # "25-30 billion": the scale applies to both ends
        low = scaled(match.group("low"), low_scale)
        high = scaled(match.group("high"), high_scale) if match.group("high") else low
        qualifier = QUALIFIERS[match.group("qualifier").lower()] if match.group("qualifier") else None
        if (match.group("separator") and match.group("separator").strip() == "to" and not prefix
                and not match.group("low_scale") and re.fullmatch(YEAR, match.group("low"))
                and TIME_PREPOSITION_BEFORE.search(body, max(start - 8, 0), start)):
            start, low = match.start("high"), high  # "fell 4% in 2021 to 640m euros": a year, then the sum
        if high < low:
            # A range rises ("£2bn-£3bn"); falling figures are two amounts, the second an aside
            # ("£35bn - £2.5bn less than forecast").
            first_end = match.end("low_scale") if match.group("low_scale") else match.end("low")
            second_start = match.start("high")
            if prefix and body[second_start - len(prefix):second_start] == prefix:
                second_start -= len(prefix)
            yield amount(body, start, first_end, locator, currency, basis, (low, low), qualifier,
                         BOUNDS[qualifier], published)
            yield amount(body, second_start, end, locator, currency, basis, (high, high), None,
                         BOUNDS[None], published)
            continue
        if match.group("high") and match.group("separator") == " and ":
            start = match.start("between")  # "between $2bn and $3bn" reads as one amount
        # a range only when its ends differ: "in 2021 to 640m euros" is the one figure after the year
        bound = "range" if match.group("high") and low < high else BOUNDS[qualifier]
        yield amount(body, start, end, locator, currency, basis, (low, high), qualifier, bound, published)
    for match in patterns.order_of_magnitude.finditer(body):
        suffix = match.group("suffix")
        currency, basis = words.suffixes[suffix], "word"
        if currency is None:
            currency, basis = currency_from_context(suffix.split()[-1], body, match.start(), published), "context"
        scale = SCALES[match.group("scale").lower().rstrip("s")]
        multiple = MULTIPLES[match.group("multiple").lower()] if match.group("multiple") else 1
        # plural: at least two of the unit, and short of the next unit up
        low, high = 2 * multiple * scale, (10 * multiple * scale if multiple > 1 else 1000 * scale)
        yield amount(body, *match.span(), locator, currency, basis, (low, high), ORDER_OF_MAGNITUDE,
                     "range", published)


# Cues that a whole figure with a bare "p" or "c" is a price ("shares rose 12p", "stamps cost
# 12c"), not a screen resolution or a grade ("1080p", "5c"): money symbols and the nouns and verbs
# of pricing.
PRICE_CUES = re.compile(r"[$£€¥]|\b(?i:shares?|stocks?|prices?d?|costs?|paid|pay|worth|fares?|fees?"
                        r"|trad(?:ed|ing)|sold|bought)\b")


def iter_minor_amounts(body: str, published: datetime.date | None, locator: SentenceLocator,
                       major: list[Amount]) -> Iterator[Amount]:
    """Amounts in pence or cents ("312.5p", "99 cents"), in the main unit's figures (ISO 4217
    minor-unit digits, via babel). Pence are GBP; cents are in the currency of the nearest
    amount before them (else USD). A bare "p"/"c" counts only in a sentence with a price cue."""
    from babel.numbers import get_currency_precision

    words, minor = currency_words(), list(grammar().minor_unit.finditer(body))
    cue_sentences = {locator.index_of(m.start()) for m in PRICE_CUES.finditer(body)}
    cue_sentences |= {locator.index_of(m.start()) for m in minor if m.group("word")}
    for match in minor:
        start, end = match.span("amount")
        letter, minor_of = match.group("letter"), match.group("minor_of")
        if letter and "." not in match.group("low") and locator.index_of(start) not in cue_sentences:
            continue  # a decimal figure ("45.5p") is a price by itself
        basis = "word"
        if minor_of:  # "US cents", "euro cents", "Australian cents"
            currency = words.suffixes.get(minor_of) or words.suffixes.get(f"{minor_of} dollars")
            if not currency:
                continue
        elif (letter or match.group("word"))[0] == "p":
            currency = "GBP"
        else:
            before = [a for a in major if a.end <= start and get_currency_precision(a.currency) == 2]
            currency, basis = (before[-1].currency if before else "USD"), "context"
        per_unit = Decimal(10) ** -get_currency_precision(currency)
        low = float(Decimal(repr(parse_number(match.group("low")))) * per_unit)
        high = float(Decimal(repr(parse_number(match.group("high")))) * per_unit) if match.group("high") else low
        qualifier = QUALIFIERS[match.group("qualifier").lower()] if match.group("qualifier") else None
        bound = "range" if match.group("high") else BOUNDS[qualifier]
        yield amount(body, start, end, locator, currency, basis, (low, high), qualifier, bound, published)


ISO_CODE = re.compile(r"[A-Z]{3}")
TIME_PREPOSITION_BEFORE = re.compile(r"\b(?i:in|since|during|by|until|of|for)\s$")
# "pound" is a unit of weight as well as money. An adjective "N-pound <noun>" is a weight unless
# its noun is one money is paid as; a bare "N pounds" is a weight beside a word of weighing, and
# money only where the sentence prices or pays something or the article names a country of the pound.
MONEY_NOUNS = re.compile(r"[\s-]+(?i:notes?|fines?|fees?|bills?|tickets?|bets?|prices?|prizes?|bonus(?:es)?"
                         r"|payments?|pay|rises?|raises?|loans?|debts?|deposits?|cheques?|checks?|coins?"
                         r"|vouchers?|tips?|bribes?|budgets?|deals?|salar(?:y|ies)|wages?|rents?"
                         r"|credits?|contracts?|bonds?|eurobonds?|orders?|facilit(?:y|ies)|investments?"
                         r"|packages?|stakes?|offers?|bids?|subsid(?:y|ies)|guarantees?|tranches?)\b")
WEIGHT_CUES = re.compile(r"\b(?i:weigh(?:s|ed|ing|t|ts|ty)?|lbs?|ounces?|oz|stones?|kilo(?:gram)?s?|kg"
                         r"|(?:heavy|light|feather|middle|welter|cruiser|bantam|fly)weights?"
                         r"|wrestl(?:er|ers|ing|ed))\b")
# Money changing hands, beyond PRICE_CUES' prices and trades: "fined 500 pounds", "raised 900 pounds".
PAYING_WORDS = re.compile(r"\b(?i:fin(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|spend(?:s|ing)?|spent"
                          r"|owe[sd]?|donat(?:e|es|ed|ing|ions?)|award(?:s|ed)?|compensation"
                          r"|damages|grants?|loans?|lent|tax(?:es)?|bills?|prizes?|wages?|salar(?:y|ies))\b")
POUND_COUNTRIES = re.compile(r"£|\bsterling\b|" + "|".join(
    pattern.pattern for _, pattern in CONTEXT_PATTERNS["pound"]))


# Currency words that are English nouns first: "the 1 million mark", "scored 480 marks", "three
# crowns", "3 ECUs" (engine control units). The singular "mark" is money only as the adjective of
# what money pays ("a 500 million mark credit line"); the others with a scale word, decimals or
# thousands, or where the article names a country of the currency.
NOUN_UNITS = frozenset({"mark", "marks", "crowns", "ECUs", "ECU"})


def unit_is_noun(body: str, match: re.Match) -> bool:
    word = match.group("suffix")
    if word == "mark":
        return not MONEY_NOUNS.match(body, match.end("suffix"))
    if match.group("low_scale") or any(mark in match.group("low") for mark in ".,"):
        return False
    countries = CONTEXT_PATTERNS.get(word.removesuffix("s"), ())  # "the car's 3 ECUs": none
    return not any(pattern.search(body) for _, pattern in countries)


def pound_is_weight(body: str, locator: SentenceLocator, start: int, word_start: int, end: int) -> bool:
    """Whether the figure at `start` with "pound(s)" at [word_start, end) weighs something (see
    MONEY_NOUNS)."""
    if body[word_start - 1] == "-":
        return not MONEY_NOUNS.match(body, end)
    sentence = locator.index_of(start)

    def in_sentence(cues: re.Pattern) -> bool:
        return any(locator.index_of(m.start()) == sentence for m in cues.finditer(body))

    if in_sentence(WEIGHT_CUES):
        return True
    return not (in_sentence(PRICE_CUES) or in_sentence(PAYING_WORDS) or POUND_COUNTRIES.search(body))


def money_shaped(match: re.Match) -> bool:
    """A figure written as money: with a scale word, decimals or thousands, or of three digits."""
    low = match.group("low")
    return bool(match.group("low_scale")) or "," in low or "." in low or len(low) >= 3


def amount(body: str, start: int, end: int, locator: SentenceLocator, currency: str, basis: str,
           figures: tuple[float, float], qualifier: str | None, bound: str,
           published: datetime.date | None) -> Amount:
    low, high = min(figures), max(figures)
    rate = usd_rate(currency, published)
    return Amount(
        start=start,
        end=end,
        text=body[start:end],
        sentence_index=locator.index_of(start),
        currency=currency,
        amount_min=low,
        amount_max=high,
        usd_min=low * rate.usd_per_unit if rate else None,
        usd_max=high * rate.usd_per_unit if rate else None,
        usd_rate=rate.usd_per_unit if rate else None,
        rate_date=rate.rate_date if rate else None,
        approximate=qualifier is not None,
        qualifier=qualifier,
        bound=bound,
        currency_basis=basis,
        rate_source=rate.source if rate else None,
        usd_note=rate.note if rate else f"no offline USD rate for {currency}: not published by the ECB, not pegged",
    )


# "<Word> of <country>" is another name ("the Strait of Gibraltar", "Bank of England") unless the
# word opens a state's official name ("Republic of", "Kingdom of": pycountry) or is "Government".
NAME_BEFORE_OF = re.compile(r"\b(?P<word>[A-Z][\w’'-]*) of (?:the )?$")


@functools.lru_cache(maxsize=1)
def state_words() -> frozenset[str]:
    import pycountry

    return frozenset({"Government"} | {m.group(1) for c in pycountry.countries
                                       for m in re.finditer(r"(\w+) of ", getattr(c, "official_name", ""))})


def amount_countries(body: str, amount: Amount, mentions: list[Mention]) -> list[str]:
    """The ISO codes of the countries party to an amount: the COUNTRY mentions of its sentence,
    in text order and each once, except a country that names the currency ("US$", "denominated
    in US dollars", "Australian dollars") and one inside another name ("the Strait of
    Gibraltar")."""
    currency_after = grammar().currency_after
    codes: list[str] = []
    for mention in mentions:
        code = mention.entity.iso_code
        if mention.sentence_index != amount.sentence_index or mention.entity_type != "COUNTRY" or not code:
            continue
        if amount.start <= mention.start < amount.end or currency_after.match(body, mention.end):
            continue
        named = NAME_BEFORE_OF.search(body, max(0, mention.start - 40), mention.start)
        if named and named.group("word") not in state_words():
            continue
        if code not in codes:
            codes.append(code)
    return codes

