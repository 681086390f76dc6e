"""Headlines in the present tense (events.py, SentenceContext.headline_clause): the small parser
reads "X funds Y" or "X awards Y a contract" as one noun phrase with no verb; the word in -s right
after a named actor is read again as the verb when that makes it an event's trigger. Invented
sentences; every name of the frame matrix's pools is a mention."""

import pytest

from tests.test_events_frames import events_in

HEADLINE_EVENTS = [
    ("Aldermoor Foundation funds Brightwater Hospital with US$45 million",
     [("fund", ("org:aldermoor",), ("org:bwh",), (), (), (45e6, "USD"))]),
    ("Halvard Bank loans Orvex $75m",
     [("lend", ("org:halvard",), ("org:orvex",), (), (), (75e6, "USD"))]),
    # a deal planned is planned all the same ("plans a joint venture with Y"), as "plans to lend" is
    ("Halvard Bank plans loans to Orvex",
     [("lend", ("org:halvard",), ("org:orvex",), (), (), None)]),
    ("Norland awards Dalsund Shipyards a $300 million contract to build a port",
     [("contract", ("org:dalsund",), ("country:NRL",), (), (), (300e6, "USD"))]),
    ("Meridian Development Bank channels 400m euros in grants to Sanvik University",
     [("fund", ("org:mdb",), ("org:sanvik",), (), (), (400e6, "EUR"))]),
    ("Veltrix teams up with Pelora to develop batteries",
     [("agreement", (), (), (), ("country:PEL", "org:veltrix"), None)]),
]

# words in -s after a name that are no verb of an event, or a verb whose reading names no event
HEADLINE_NON_EVENTS = [
    "Veltrix shares fall on Omnia worries",
    "Veltrix funds chief quits",
    "Norland awards ceremony honours Pelora",
    "Halvard Bank plans cuts at Orvex",
    "Omnia orders probe into Veltrix",
    "Veltrix profits rise as Omnia sales slow",
]


@pytest.mark.parametrize("body, expected", HEADLINE_EVENTS)
def test_a_headline_verb_read_as_a_noun_is_read_as_the_verb(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body", HEADLINE_NON_EVENTS)
def test_a_word_in_s_after_a_name_is_no_verb_unless_it_makes_an_event(body):
    assert events_in(body) == []


def test_a_sentence_with_a_verb_of_its_own_is_not_read_again():
    # the parse has a finite verb ("rose"): "funds" stays the noun it is
    assert events_in("Aldermoor Foundation funds rose after Brightwater Hospital reported.") == []
