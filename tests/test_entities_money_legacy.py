"""Trap sentences for the currencies of older news: the euro's predecessors and the other units
wire copy of the 1990s states sums in ("853 million guilders", "a 2 billion franc contract"),
resolved by the publication date and the article's countries, converted to USD through the
euro's fixed conversion rates; and the same words where they are not money."""

import datetime

import pytest

from assets.entities.money import find_amounts
from assets.entities.types import SentenceLocator

WIRE_DAY = datetime.date(1996, 8, 22)
RECENT_DAY = datetime.date(2021, 5, 3)


def amounts(text, published=WIRE_DAY):
    return find_amounts(text, published, SentenceLocator([(0, len(text))]))


def readings(text, published=WIRE_DAY):
    return [(a.text, a.currency, a.amount_min) for a in amounts(text, published)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The utility lifted net profit to 853 million guilders.", ("853 million guilders", "NLG", 853e6)),
        ("Alstom won a 2 billion franc contract to build the line.", ("2 billion franc", "FRF", 2e9)),
        ("Bonn agreed a 500 million mark credit line for Kiev.", ("500 million mark", "DEM", 500e6)),
        ("The insurer raised 300 million marks in new capital.", ("300 million marks", "DEM", 300e6)),
        ("The carmaker paid 1.5 billion Deutsche marks for the stake.",
         ("1.5 billion Deutsche marks", "DEM", 1.5e9)),
        ("The Treasury sold 7.8 trillion lire of bonds.", ("7.8 trillion lire", "ITL", 7.8e12)),
        ("Rome's deficit narrowed to 7.2 trillion lira.", ("7.2 trillion lira", "ITL", 7.2e12)),
        ("The oil group earned 61.45 billion pesetas in the half.", ("61.45 billion pesetas", "ESP", 61.45e9)),
        ("The handset maker lost 3.8 billion markka.", ("3.8 billion markka", "FIM", 3.8e9)),
        ("The truck maker earned 2.1 billion Swedish crowns.", ("2.1 billion Swedish crowns", "SEK", 2.1e9)),
        ("The bank lent 10 million ECUs to the port.", ("10 million ECUs", "XEU", 10e6)),
        ("Lisbon sold 50 billion escudos of bonds.", ("50 billion escudos", "PTE", 50e9)),
        ("Dublin's deficit was 500 million punts.", ("500 million punts", "IEP", 500e6)),
        ("A 10-mark fee is charged at the gate.", ("10-mark", "DEM", 10.0)),
    ],
)
def test_wire_currencies_of_the_1990s(text, expected):
    assert readings(text) == [expected]


@pytest.mark.parametrize(
    "text, published, currency",
    [
        # a word several currencies share: those in tender when the article was written come first
        ("The bank raised 300 million marks.", WIRE_DAY, "DEM"),
        ("The bank raised 300 million marks.", RECENT_DAY, "BAM"),
        ("The insurer raised 45 billion francs.", WIRE_DAY, "FRF"),
        ("The insurer raised 45 billion francs.", RECENT_DAY, "CHF"),
        ("The central bank printed 5 billion lira.", RECENT_DAY, "TRY"),
        ("The central bank printed 5 billion lira.", datetime.date(2003, 6, 1), "TRL"),
        ("The fund raised 70 million guilders.", RECENT_DAY, "ANG"),
        # ... but a country the article names beats the date
        ("Bonn said in 2021 that the wall had cost 300 million marks.", RECENT_DAY, "DEM"),
        ("Sarajevo approved 300 million marks for roads.", WIRE_DAY, "BAM"),
        ("Brussels raised 20 billion francs.", WIRE_DAY, "BEF"),
        ("The Istanbul exchange traded 9 trillion lira.", WIRE_DAY, "TRL"),
        ("Copenhagen lent 1.2 billion crowns.", WIRE_DAY, "DKK"),
    ],
)
def test_shared_currency_words_by_date_and_country(text, published, currency):
    (amount,) = amounts(text, published)
    assert amount.currency == currency and amount.currency_basis == "context"


def test_a_replaced_currency_converts_through_its_fixed_euro_rate():
    (mark,) = amounts("The bank lent 300 million marks.", datetime.date(2001, 3, 5))
    (euro,) = amounts("The bank lent 300 million euros.", datetime.date(2001, 3, 5))
    assert mark.usd_rate == pytest.approx(euro.usd_rate / 1.95583)
    assert mark.usd_max == pytest.approx(300e6 * euro.usd_rate / 1.95583)
    assert (mark.rate_source, mark.rate_date) == ("ecb", euro.rate_date)
    assert "1.95583 DEM per EUR" in mark.usd_note and "2866/98" in mark.usd_note


def test_a_rate_from_before_the_ecb_history_says_so():
    (amount,) = amounts("Exports reached 40 billion yen.")
    assert amount.rate_date == datetime.date(1999, 1, 4)
    assert "no ECB rate before 1999-01-04" in amount.usd_note
    (mark,) = amounts("The bank lent 300 million marks.")
    assert "2866/98" in mark.usd_note and "no ECB rate before 1999-01-04" in mark.usd_note


@pytest.mark.parametrize(
    "text, published",
    [
        ("The index passed the 20,000 mark on Friday.", WIRE_DAY),
        ("Sales broke through the 1 million mark last year.", WIRE_DAY),
        ("She scored 480 marks out of 500 in the board exam.", RECENT_DAY),
        ("The champion has won three crowns this season.", WIRE_DAY),
        ("The car has 3 ECUs and two batteries.", RECENT_DAY),
    ],
)
def test_the_currency_words_that_are_english_nouns(text, published):
    assert amounts(text, published) == []


def test_a_dollar_amount_before_the_noun_mark_stays_dollars():
    (amount,) = amounts("Sales broke through the $4 trillion mark for the first time.", RECENT_DAY)
    assert (amount.text, amount.currency, amount.amount_min) == ("$4 trillion", "USD", 4e12)
