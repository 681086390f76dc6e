"""Trap sentences for the forms news writes money in: minor units, currency names before the
figure, dollar variants with scale suffixes, ranges, fractions of a scale, per-unit prices and
losses; and figures that are not money."""

import datetime

import pytest

from assets.entities.money import find_amounts
from assets.entities.types import SentenceLocator

PUBLISHED = datetime.date(2019, 3, 14)


def amounts(text):
    found = find_amounts(text, PUBLISHED, SentenceLocator([(0, len(text))]))
    return [(a.text, a.currency, a.amount_min, a.amount_max) for a in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shares in Harbourline closed at 300p on Friday.", [("300p", "GBP", 3.0, 3.0)]),
        ("Its shares rose 12p to 312.5p.", [("12p", "GBP", 0.12, 0.12), ("312.5p", "GBP", 3.125, 3.125)]),
        ("The miner traded at 45.5p in early dealing.", [("45.5p", "GBP", 0.455, 0.455)]),
        ("Bread went up by 3 pence a loaf.", [("3 pence", "GBP", 0.03, 0.03)]),
        ("The brewer's shares closed up four pence at 1,088 pence.",
         [("four pence", "GBP", 0.04, 0.04), ("1,088 pence", "GBP", 10.88, 10.88)]),
        ("A can of soup now costs 99 cents.", [("99 cents", "USD", 0.99, 0.99)]),
        ("Stamps will cost 12c more from May.", [("12c", "USD", 0.12, 0.12)]),
        ("The fare rose by 40 euro cents.", [("40 euro cents", "EUR", 0.4, 0.4)]),
        ("New shares are priced at 9 euros cents each.", [("9 euros cents", "EUR", 0.09, 0.09)]),
        ("Milk fetched 80 Australian cents a litre.", [("80 Australian cents", "AUD", 0.8, 0.8)]),
        ("Tolls rose to €2.10 from 95 cents.", [("€2.10", "EUR", 2.1, 2.1), ("95 cents", "EUR", 0.95, 0.95)]),
    ],
)
def test_pence_and_cents_in_the_main_unit(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The lender paid Australian dollars 648m for the stake.", ("Australian dollars 648m", "AUD", 648e6)),
        ("The lender paid 648m Australian dollars for the stake.", ("648m Australian dollars", "AUD", 648e6)),
        ("Ottawa set aside Canadian dollars 2.5 billion.", ("Canadian dollars 2.5 billion", "CAD", 2.5e9)),
        ("The grant is worth US dollars 3 mn.", ("US dollars 3 mn", "USD", 3e6)),
        ("Investors put in Hong Kong dollars 12,500 each.", ("Hong Kong dollars 12,500", "HKD", 12500.0)),
        ("Exports reached 40bn Norwegian kroner.", ("40bn Norwegian kroner", "NOK", 40e9)),
        ("The lender paid A$648m for the stake.", ("A$648m", "AUD", 648e6)),
        ("The dairy group raised NZ$1.2bn.", ("NZ$1.2bn", "NZD", 1.2e9)),
        ("The port cost HK$3bn.", ("HK$3bn", "HKD", 3e9)),
        ("The mine was sold for C$450 million.", ("C$450 million", "CAD", 450e6)),
        ("The fund holds S$80k in cash.", ("S$80k", "SGD", 80e3)),
        ("Farmers borrowed R$5 billion.", ("R$5 billion", "BRL", 5e9)),
        ("Debt stands at US$1.1tn.", ("US$1.1tn", "USD", 1.1e12)),
        ("Turnover was $7.5 million.", ("$7.5 million", "USD", 7.5e6)),
        ("The actor made 4.2m Euros last year.", ("4.2m Euros", "EUR", 4.2e6)),
        ("Auditors found a 4bn-euro hole in the accounts.", ("4bn-euro", "EUR", 4e9)),
        ("The minister unveiled a 418bn-rand budget.", ("418bn-rand", "ZAR", 418e9)),
        ("The Amman fund repaid 900m Dinars.", ("900m Dinars", "JOD", 900e6)),
    ],
)
def test_currency_before_and_after_the_figure_with_scales(text, expected):
    (span, currency, value) = expected
    assert amounts(text) == [(span, currency, value, value)]


def test_a_currency_name_before_a_bare_small_figure_is_not_an_amount():
    # "the Australian dollar 0.7" is a rate, not a sum; a name before the figure needs a scale
    assert amounts("Analysts see the Australian dollar 0.7 by June.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Repairs will cost $2-3bn.", ("$2-3bn", "USD", 2e9, 3e9)),
        ("The fine is between £1m and £2m.", ("between £1m and £2m", "GBP", 1e6, 2e6)),
        ("The bank will lend up to €500m.", ("€500m", "EUR", 500e6, 500e6)),
        ("The bid was a quarter of a billion dollars.", ("a quarter of a billion dollars", "USD", 250e6, 250e6)),
        ("Rebuilding will take three quarters of a billion euros.",
         ("three quarters of a billion euros", "EUR", 750e6, 750e6)),
        ("Brent crude fell to $40 a barrel.", ("$40", "USD", 40.0, 40.0)),
        ("The chain reported a loss of £3m.", ("£3m", "GBP", 3e6, 3e6)),
        ("Shares slipped 2-3p after the warning.", ("2-3p", "GBP", 0.02, 0.03)),
    ],
)
def test_ranges_fractions_unit_prices_and_losses(text, expected):
    assert amounts(text) == [pytest.approx(expected)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2015 the firm, founded in 1998, hired 300 staff.",
        "The 45-year-old chief executive, aged 45, left.",
        "Profits grew 7% and margins 3.5 per cent.",
        "Call 020 7946 0958 or +44 161 496 0000 for details.",
        "Leaders of the G7 met in Biarritz.",
        "The Airbus A380 and the F-35 flew past.",
        "The film streams in 1080p and 720p.",
        "The mark was 5c in the exam.",
        "He won 3 games and lost 12.",
        "Barcelona 2 Real Madrid 1, after extra time.",
        "Spending in the 12 Euro zone countries slowed.",
    ],
)
def test_figures_that_are_not_money(text):
    assert amounts(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ithaca Holdings bought Big Machine for $300M in a deal.", [("$300M", "USD", 3e8, 3e8)]),
        ("The start-up raised a $1.2B round.", [("$1.2B", "USD", 1.2e9, 1.2e9)]),
        ("The state spends $449K on a campaign.", [("$449K", "USD", 449e3, 449e3)]),
        ("The bank arranged a $300MM term loan.", [("$300MM", "USD", 3e8, 3e8)]),
        ("Its market value passed $1.5T this week.", [("$1.5T", "USD", 1.5e12, 1.5e12)]),
        ("A C$2.5Bn pipeline was approved.", [("C$2.5Bn", "CAD", 2.5e9, 2.5e9)]),
        ("The ministry set aside Rs 1,200 cr for roads and ₹500Cr for ports.",
         [("Rs 1,200 cr", "INR", 1.2e10, 1.2e10), ("₹500Cr", "INR", 5e9, 5e9)]),
        # a capital after a figure that is no scale: a word, a product, a code
        ("The $5 Kindle and a $19.99 T-shirt sold out.", [("$5", "USD", 5.0, 5.0), ("$19.99", "USD", 19.99, 19.99)]),
        ("Use the code $5M2 at checkout.", [("$5", "USD", 5.0, 5.0)]),
    ],
)
def test_scales_in_capitals_as_american_copy_writes_them_and_crore_as_cr(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("WORLD BANK LENDS KENYA $400 MILLION FOR ROADS", [("$400 MILLION", "USD", 4e8, 4e8)]),
        ("World Bank Lends Kenya $400 Million For Roads", [("$400 Million", "USD", 4e8, 4e8)]),
        ("ADB APPROVES $150 MLN LOAN TO VIETNAM", [("$150 MLN", "USD", 1.5e8, 1.5e8)]),
        ("EU GIVES SERBIA 50 MILLION EUROS IN AID", [("50 MILLION EUROS", "EUR", 5e7, 5e7)]),
        ("He lost 5 POUNDS in a week.", []),
    ],
)
def test_scale_and_currency_words_in_headline_case_and_wire_capitals(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("PayVault signed a N5 billion working capital facility.", [("N5 billion", "NGN", 5e9, 5e9)]),
    ("The state spent N150bn on roads.", [("N150bn", "NGN", 150e9, 150e9)]),
    ("Toyoshima won the P28.7 billion civil works package.", [("P28.7 billion", "PHP", 28.7e9, 28.7e9)]),
    ("The stake was valued at P10-12 billion, people said.", [("P10-12 billion", "PHP", 10e9, 12e9)]),
    # the shilling of the country the article names
    ("Huaxin won a Sh12.6 billion tender to drill wells in Kenya.", [("Sh12.6 billion", "KES", 12.6e9, 12.6e9)]),
    ("In Tanzania, the bank lent Sh3 billion to farmers.", [("Sh3 billion", "TZS", 3e9, 3e9)]),
    ("The plant will cost TSh 1.1 trillion.", [("TSh 1.1 trillion", "TZS", 1.1e12, 1.1e12)]),
    ("Kalveld signed an R2.4bn facility.", [("R2.4bn", "ZAR", 2.4e9, 2.4e9)]),
    ("It drew on an R900m facility.", [("R900m", "ZAR", 9e8, 9e8)]),
    ("Ridgeway Dhs 500 million tower opens.", [("Dhs 500 million", "AED", 5e8, 5e8)]),
    # the CFA franc of the country the article names, West or Central African
    ("Senegal will pay CFA 195 billion into the trust.", [("CFA 195 billion", "XOF", 195e9, 195e9)]),
    ("Gabon raised CFA 150 billion from banks.", [("CFA 150 billion", "XAF", 150e9, 150e9)]),
    ("The Yaoundé utility borrowed FCFA 3 billion.", [("FCFA 3 billion", "XAF", 3e9, 3e9)]),
    # the cedi's symbol, with or without a space
    ("Adenta donated GH¢12 million to the university.", [("GH¢12 million", "GHS", 12e6, 12e6)]),
    ("The bank lent GH₵ 85 million.", [("GH₵ 85 million", "GHS", 85e6, 85e6)]),
])
def test_the_national_press_letters_before_a_scaled_figure(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize("text", [
    "Health workers need N95 masks.",
    "The P5 plan was dropped.",
    "He holds N5 shares in the firm.",
    "Sh 5 billion was spent on it.",
    "The BN5 billion figure was revised.",
    "The R5 plan was dropped.",
    "The CFA 5 coin is rare.",
])
def test_a_letter_before_a_figure_without_a_scale_word_is_no_currency(text):
    assert amounts(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Banque Lagunaire will lend a further 4 billion CFA francs to the Ivorian processor.",
         [("4 billion CFA francs", "XOF", 4e9, 4e9)]),
        ("Douala Port signed a 2.2 billion CFA franc contract.", [("2.2 billion CFA franc", "XAF", 2.2e9, 2.2e9)]),
        ("A Senegalese fund put 800 million FCFA into the mill.", [("800 million FCFA", "XOF", 8e8, 8e8)]),
        # with no country named, the West African franc, the more common
        ("It raised 6.5 billion CFA francs.", [("6.5 billion CFA francs", "XOF", 6.5e9, 6.5e9)]),
    ],
)
def test_cfa_francs_written_after_the_figure_are_the_franc_of_the_country_named(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cordillera made an offer of S/ 1.1 billion for the toll roads.", [("S/ 1.1 billion", "PEN", 1.1e9, 1.1e9)]),
        ("The city will receive S/.450 million.", [("S/.450 million", "PEN", 4.5e8, 4.5e8)]),
        # guard: a slash after a capital with no figure is no sum
        ("Sign the e-mail with S/MIME.", []),
    ],
)
def test_the_peruvian_sol_before_the_figure(text, expected):
    assert amounts(text) == expected
