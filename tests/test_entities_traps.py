"""Trap cases of issue 11 on invented sentences: one test per error class seen on general news
(money in every numbering, ages and comparisons that are no dates, bare months in the tense's
direction). Bylines have their traps in tests/test_parsed_bylines_traps.py."""

import datetime

import pytest

from assets.entities.money import find_amounts
from assets.entities.types import SentenceLocator

PUBLISHED = datetime.date(2023, 12, 14)


def amounts(text, published=PUBLISHED):
    found = find_amounts(text, published, SentenceLocator([(0, len(text))]))
    for a in found:
        assert text[a.start:a.end] == a.text
    return [(a.text, a.currency, a.amount_min, a.amount_max) for a in found]


# ---- money: Indian numbering ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The port trust approved Rs 13,911 crore for the new berths.",
     ("Rs 13,911 crore", "INR", 13_911e7, 13_911e7)),
    ("A rail corridor worth Rs 1.5 lakh crore is planned across three states.",
     ("Rs 1.5 lakh crore", "INR", 1.5e12, 1.5e12)),
    ("Each farmer receives ₹2 lakh under the scheme.", ("₹2 lakh", "INR", 2e5, 2e5)),
    ("The hospital wing cost Rs. 450 crores to build.", ("Rs. 450 crores", "INR", 450e7, 450e7)),
    ("She was fined Rs 1,50,000 by the tribunal.", ("Rs 1,50,000", "INR", 150_000, 150_000)),
    ("Bids ranged from Rs 200-300 crore for the stadium contract.",
     ("Rs 200-300 crore", "INR", 200e7, 300e7)),
])
def test_lakh_and_crore_scale_indian_amounts(text, expected):
    assert amounts(text) == [expected]


def test_lakh_of_units_is_no_money():
    assert amounts("The carmaker sold 50 lakh units of its compact model last year.") == []


# ---- money: every ISO 4217 currency, by code or name -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The utility will borrow PLN 5 billion from a group of lenders.", ("PLN 5 billion", "PLN", 5e9, 5e9)),
    ("The mine paid 300 billion tugriks in royalties.", ("300 billion tugriks", "MNT", 300e9, 300e9)),
    ("Profits rose to 12 billion Norwegian kroner in the quarter.",
     ("12 billion Norwegian kroner", "NOK", 12e9, 12e9)),
    ("A bond of 2 billion CZK was sold on Tuesday.", ("2 billion CZK", "CZK", 2e9, 2e9)),
    ("Copenhagen's budget adds DKK 450 million for cycling lanes.",
     ("DKK 450 million", "DKK", 450e6, 450e6)),
    ("The harbour levy raised 80 million Bulgarian leva.", ("80 million Bulgarian leva", "BGN", 80e6, 80e6)),
    ("Lima spent 900 million soles on the metro line.", ("900 million soles", "PEN", 900e6, 900e6)),
    ("The co-operative lent 3 million Ghanaian cedis to cocoa growers.",
     ("3 million Ghanaian cedis", "GHS", 3e6, 3e6)),
])
def test_currencies_by_iso_code_and_cldr_name(text, expected):
    assert amounts(text) == [expected]


def test_shared_unit_word_takes_the_currency_of_the_country_named():
    assert amounts("In Sweden the grant is 40 million kronor.") == [
        ("40 million kronor", "SEK", 40e6, 40e6)]
    assert amounts("The Norwegian ferry line got 40 million kroner.")[0][1] == "NOK"
    assert amounts("Copenhagen gave Danish artists 5 million kroner.")[0][1] == "DKK"


@pytest.mark.parametrize("text", [
    "TOP 10 destinations for the summer, ranked by readers.",
    "ALL 3 candidates answered the question.",
    "The striker passed the 5 million mark on social media followers.",
])
def test_codes_and_units_that_are_words_are_no_money(text):
    assert amounts(text) == []


# ---- money: vague amounts ----------------------------------------------------------------------

@pytest.mark.parametrize("text, currency", [
    ("The floods caused billions of dollars in damage.", "USD"),
    ("Brussels has spent millions of euros on the study.", "EUR"),
    ("Investors poured hundreds of millions of dollars into the start-up.", "USD"),
])
def test_orders_of_magnitude_are_vague(text, currency):
    (found,) = find_amounts(text, PUBLISHED, SentenceLocator([(0, len(text))]))
    assert found.vague and found.currency == currency


def test_a_stated_figure_is_not_vague():
    (found,) = find_amounts("The city paid $4 billion for the bridge.", PUBLISHED, SentenceLocator([(0, 40)]))
    assert not found.vague
