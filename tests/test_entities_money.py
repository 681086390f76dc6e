"""Money amounts: spans, ranges, scales, currencies, qualifiers and USD conversion."""

import datetime

import pytest

from assets.entities.money import find_amounts, usd_rate
from assets.entities.types import SentenceLocator

PUBLISHED = datetime.date(2017, 6, 8)


def amounts(text, published=PUBLISHED):
    found = find_amounts(text, published, SentenceLocator([(0, len(text))]))
    for amount in found:
        assert text[amount.start:amount.end] == amount.text
    return found


def test_range_with_prefix_code_and_scale_word():
    (amount,) = amounts("The deals are worth US$25-30 billion over five years.")
    assert amount.text == "US$25-30 billion"
    assert (amount.currency, amount.amount_min, amount.amount_max) == ("USD", 25e9, 30e9)
    assert (amount.usd_min, amount.usd_max, amount.usd_rate) == (25e9, 30e9, 1.0)
    assert not amount.approximate and amount.qualifier is None


@pytest.mark.parametrize(
    "text, span, currency, value",
    [
        ("Lenders approved $4.5bn for the port.", "$4.5bn", "USD", 4.5e9),
        ("The fund holds 1.2 trillion yuan in assets.", "1.2 trillion yuan", "CNY", 1.2e12),
        ("A credit line of RMB800 million was signed.", "RMB800 million", "CNY", 8e8),
        ("Brussels pledged €300m to the corridor.", "€300m", "EUR", 3e8),
        ("The bank raised £2,500,000 last year.", "£2,500,000", "GBP", 2.5e6),
        ("A 50 billion tenge programme was announced.", "50 billion tenge", "KZT", 5e10),
        ("Tickets cost 2,500 rubles each.", "2,500 rubles", "RUB", 2500.0),
        ("It sold for HK$12k at auction.", "HK$12k", "HKD", 12e3),
    ],
)
def test_currencies_and_scales(text, span, currency, value):
    (amount,) = amounts(text)
    assert (amount.text, amount.currency, amount.amount_min, amount.amount_max) == (
        span, currency, value, value)


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("The railway will cost about $6bn to build.", "about"),
        ("Exports reached more than $1.2 billion.", "over"),
        ("The lender may provide up to €500m.", "up to"),
        ("At least RMB5 billion has been spent.", "at least"),
        ("Nearly $900 million was written off.", "nearly"),
    ],
)
def test_qualifier_is_outside_the_span_and_marks_approximate(text, qualifier):
    (amount,) = amounts(text)
    assert amount.approximate and amount.qualifier == qualifier
    assert not amount.text[0].isalpha() or amount.text.startswith("RMB")


def test_range_with_repeated_symbol_and_scale():
    (amount,) = amounts("Estimates range from $25bn-$30bn.")
    assert (amount.text, amount.amount_min, amount.amount_max) == ("$25bn-$30bn", 25e9, 30e9)


def test_bare_numbers_and_years_are_not_money():
    assert amounts("In 2015, 50 projects employed 3,000 people and grew 7 per cent.") == []


def test_usd_conversion_uses_rate_of_publication_date():
    (amount,) = amounts("Beijing lent 10 billion yuan.")
    assert amount.rate_date == PUBLISHED
    assert 0.14 < amount.usd_rate < 0.16  # CNY was about 6.8 per USD in June 2017
    assert amount.usd_min == pytest.approx(1e10 * amount.usd_rate)


def test_weekend_publication_falls_back_to_nearest_published_rate():
    saturday = datetime.date(2017, 6, 10)
    rate = usd_rate("EUR", saturday)
    assert rate.rate_date != saturday and abs((rate.rate_date - saturday).days) == 1


def test_currency_without_ecb_rate_has_no_usd_values():
    (amount,) = amounts("A 50 billion tenge programme was announced.")
    assert amount.usd_min is None and amount.usd_rate is None and amount.rate_date is None


def test_sentence_index_of_amount():
    text = "Officials met on Monday. The loan was $3bn."
    (amount,) = find_amounts(text, PUBLISHED, SentenceLocator([(0, 24), (25, len(text))]))
    assert amount.sentence_index == 1
