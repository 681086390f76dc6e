"""Sums in any currency the money layer reads are an event's money: the event layer knows a
figure's currency by the amounts found in its sentence (events.with_layer_spans), not by a list of
currency words of its own. Invented sentences."""

import pytest

from assets.entities.events import is_figure, is_money, load_parser, with_layer_spans
from assets.entities.money import find_amounts
from assets.entities.types import SentenceLocator
from tests.test_entities_events import PUBLISHED, events_of, summary
from tests.test_events_money_flows import NORLAND, ORVEX, PELORA, VELTRIX


@pytest.mark.parametrize("body, pairs, expected", [
    ("Norland provided Pelora with Rs 500 crore.", (NORLAND, PELORA),
     (("fund", "done", ("country:NOR",), ("country:PEL",)), "Rs 500 crore")),
    ("Norland gave Pelora 300 billion tugriks in aid.", (NORLAND, PELORA),
     (("fund", "done", ("country:NOR",), ("country:PEL",)), "300 billion tugriks")),
    ("Veltrix paid 300 billion tugriks for Orvex.", (VELTRIX, ORVEX),
     (("acquire", "done", ("org:veltrix",), ("org:orvex",)), "300 billion tugriks")),
    ("Norland provided Pelora with PLN 5 billion.", (NORLAND, PELORA),
     (("fund", "done", ("country:NOR",), ("country:PEL",)), "PLN 5 billion")),
    ("Norland provided Pelora with 40m Swiss francs.", (NORLAND, PELORA),
     (("fund", "done", ("country:NOR",), ("country:PEL",)), "40m Swiss francs")),
    # a headline's verb read again (read_as_verb) keeps the sentence's amounts
    ("Norland channels 40m Swiss francs in grants to Pelora", (NORLAND, PELORA),
     (("fund", "done", ("country:NOR",), ("country:PEL",)), "40m Swiss francs")),
])
def test_money_in_any_currency_the_money_layer_reads(body, pairs, expected):
    [event] = events_of(body, *pairs)
    assert (summary(event), event.amount.text) == expected


def words_of(sentence):
    """The sentence's parse with its amounts, by word."""
    amounts = find_amounts(sentence, PUBLISHED, SentenceLocator([(0, len(sentence))]))
    return {t.text: t for t in with_layer_spans(load_parser()(sentence), amounts, 0)}


def test_currency_words_that_are_plain_words_are_no_money():
    # "won" and "real" name currencies after a figure only; weighed coffee is no money
    words = words_of("Veltrix won a real prize and weighed 20 pounds of coffee.")
    assert not any(is_money(words[w]) or is_figure(words[w]) for w in ("won", "real", "pounds"))


def test_the_words_of_an_amount_are_its_figure_and_currency():
    words = words_of("Norland paid 300 billion tugriks and PLN 5 billion.")
    assert all(is_figure(words[w]) and is_money(words[w]) for w in ("tugriks", "PLN"))
