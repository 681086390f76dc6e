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
        ("The fund also provided a grant of RO4 million to Zanzibar.", "RO4 million", "OMR", 4e6),
        ("The Kuwait Fund lent KD 25m for the road.", "KD 25m", "KWD", 25e6),
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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Debt came to £41bn - £3.5bn less than the Treasury forecast.",
         [("£41bn", 41e9, 41e9), ("£3.5bn", 3.5e9, 3.5e9)]),
        ("Sales reached $7bn-500m short of the target.", [("$7bn", 7e9, 7e9), ("500m", 500e6, 500e6)]),
        ("Bids of about €9m to €4m were refused.", [("€9m", 9e6, 9e6), ("€4m", 4e6, 4e6)]),
    ],
)
def test_falling_figures_are_two_amounts_not_a_range(text, expected):
    assert [(a.text, a.amount_min, a.amount_max) for a in amounts(text)] == expected


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


@pytest.mark.parametrize(
    "text, span, currency, value",
    [
        ("The utility borrowed SR7.2 billion from local lenders.", "SR7.2 billion", "SAR", 7.2e9),
        ("Bids may reach EUR 3.4 billion next spring.", "EUR 3.4 billion", "EUR", 3.4e9),
        ("Banks will lend Rp 4.1 trillion to the smelter.", "Rp 4.1 trillion", "IDR", 4.1e12),
        ("The county raised KSh8 billion in bonds.", "KSh8 billion", "KES", 8e9),
        ("Tashkent budgeted 1.6 trillion soums for meters.", "1.6 trillion soums", "UZS", 1.6e12),
        ("Vientiane set aside 900 billion kip for roads.", "900 billion kip", "LAK", 9e11),
        ("The yard cost 70 billion yen to rebuild.", "70 billion yen", "JPY", 7e10),
        ("A fund of 25 billion rupees was announced.", "25 billion rupees", "INR", 2.5e10),
        ("The plan costs Php299 a month.", "Php299", "PHP", 299),
        ("Manila approved Php 1.2 billion for ferries.", "Php 1.2 billion", "PHP", 1.2e9),
    ],
)
def test_more_currencies_with_spaced_codes_and_words(text, span, currency, value):
    (amount,) = amounts(text)
    assert (amount.text, amount.currency) == (span, currency)
    assert amount.amount_min == pytest.approx(value)


@pytest.mark.parametrize(
    "text, currency",
    [
        ("Tunisia's cabinet approved 2 billion dinars for ports.", "TND"),
        ("Moroccan officials pledged 5 billion dirhams for solar farms.", "MAD"),
        ("Dubai will spend 5 billion dirhams on metro lines.", "AED"),
        ("Chile's miners paid 800 billion pesos in royalties.", "CLP"),
        ("Officials pledged 5 billion dirhams for the grid.", "AED"),  # no country named: the first candidate
    ],
)
def test_ambiguous_currency_words_take_the_nearest_country(text, currency):
    (amount,) = amounts(text)
    assert amount.currency == currency and amount.currency_basis == "context"


def test_explicit_country_adjective_wins_over_context():
    (amount,) = amounts("In Cairo, Jordan was said to pay 9 billion Egyptian pounds.")
    assert amount.currency == "EGP" and amount.currency_basis == "word"


@pytest.mark.parametrize(
    "text, low, high, bound",
    [
        ("Costs run between $2bn and $2.5bn a year.", 2e9, 2.5e9, "range"),
        ("The plan costs up to €4bn.", 4e9, 4e9, "upper"),
        ("Exports topped more than $7 billion.", 7e9, 7e9, "lower"),
        ("The port cost about £90m.", 9e7, 9e7, "approximate"),
        ("The port cost £90m.", 9e7, 9e7, "exact"),
    ],
)
def test_bounds_keep_the_stated_figure_in_min_and_max(text, low, high, bound):
    (amount,) = amounts(text)
    assert (amount.amount_min, amount.amount_max, amount.bound) == (low, high, bound)


def test_between_range_reads_as_one_amount():
    (amount,) = amounts("Costs run between $2bn and $2.5bn a year.")
    assert amount.text == "between $2bn and $2.5bn" and not amount.approximate


def test_spelled_out_amounts():
    two, half = amounts("They spent two billion dollars, then half a billion euros.")
    assert (two.text, two.currency, two.amount_min) == ("two billion dollars", "USD", 2e9)
    assert (half.text, half.currency, half.amount_min) == ("half a billion euros", "EUR", 5e8)


def test_measurements_and_percentages_are_not_money():
    text = ("The 120-kilometre road feeds a 3.5-gigawatt plant that ships 60,000 tonnes a year, "
            "15% more than a 300-megawatt unit, said the company, which employs 2 million people.")
    assert amounts(text) == []


def test_pegged_currency_converts_with_the_peg_and_says_so():
    (amount,) = amounts("The fund committed SR 3 billion.")
    assert amount.usd_rate == pytest.approx(1 / 3.75) and amount.usd_max == pytest.approx(8e8)
    assert amount.rate_source == "peg" and "3.75 SAR per USD" in amount.usd_note
    assert amount.rate_date == PUBLISHED


def test_currency_pegged_to_the_euro_converts_through_the_euro_and_says_so():
    (amount,) = amounts("Dakar's port raised CFA 65.5957 billion.")
    euro = usd_rate("EUR", PUBLISHED)
    assert amount.currency == "XOF" and amount.usd_rate == pytest.approx(euro.usd_per_unit / 655.957)
    assert amount.usd_max == pytest.approx(1e8 * euro.usd_per_unit)
    assert "655.957 XOF per EUR" in amount.usd_note and amount.rate_date == euro.rate_date


def test_a_euro_peg_gives_no_rate_before_the_euro():
    (amount,) = amounts("Dakar's port raised CFA 65 billion.", published=datetime.date(1997, 3, 1))
    assert amount.usd_rate is None and amount.usd_max is None


def test_missing_usd_is_explained():
    (amount,) = amounts("A 50 billion tenge programme was announced.")
    assert amount.rate_source is None and "KZT" in amount.usd_note


def test_unknown_publication_date_uses_latest_rate_and_says_so():
    (amount,) = amounts("Beijing lent 10 billion yuan.", published=None)
    assert amount.rate_source == "ecb" and amount.rate_date is not None
    assert "publication date unknown" in amount.usd_note


def test_orders_of_magnitude_without_a_figure_are_ranges():
    text = ("The port cost $4bn; donors gave millions of dollars, and the bank hundreds of millions of "
            "euros, while a clinic in Cairo raised thousands of pounds.")
    found = find_amounts(text, PUBLISHED, SentenceLocator([(0, len(text))]))
    assert [(a.text, a.currency, a.amount_min, a.amount_max, a.bound, a.qualifier) for a in found] == [
        ("$4bn", "USD", 4e9, 4e9, "exact", None),
        ("millions of dollars", "USD", 2e6, 1e9, "range", "order of magnitude"),
        ("hundreds of millions of euros", "EUR", 2e8, 1e9, "range", "order of magnitude"),
        ("thousands of pounds", "EGP", 2e3, 1e6, "range", "order of magnitude"),
    ]
    assert all(a.approximate for a in found[1:])
    assert amounts("Millions of people and billions of stars.") == []
