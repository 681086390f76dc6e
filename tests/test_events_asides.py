"""A name set off by a spaced dash from an aside that describes it (events.py,
SentenceContext.repair_dashed_asides): the small parser hangs the name on a word of the aside as
a compound; the name is read as the head of its phrase, the aside as its apposition. A hyphen inside
a word group ("the Pelora-Norland treaty") sets nothing off. Invented sentences; every name of the
frame matrix's pools is a mention."""

import pytest

from tests.test_events_frames import events_in

ASIDE_EVENTS = [
    ("Veltrix bought the state's 31% holding in Omnia - Pelora's third-biggest miner - in 2011.",
     [("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]),
    ("Veltrix - Pelora's biggest carmaker - bought Omnia for $2bn.",
     [("acquire", ("org:veltrix",), ("org:omnia",), (), (), (2e9, "USD"))]),
    # an aside the parse already reads as an apposition stays one
    ("Halvard Bank lent Orvex - a Pelora miner - $75m.",
     [("lend", ("org:halvard",), ("org:orvex",), (), (), (75e6, "USD"))]),
    # hyphenated names of a pair are the deal's sides, as before
    ("Veltrix signed the Pelora-Norland treaty with Omnia.",
     [("agreement", (), (), (), ("country:NRL", "country:PEL", "org:omnia", "org:veltrix"), None)]),
]

ASIDE_NON_EVENTS = [
    "Veltrix - Pelora's biggest carmaker - did not buy Omnia.",
    "Veltrix - Pelora's biggest carmaker - could buy Omnia.",
]


@pytest.mark.parametrize("body, expected", ASIDE_EVENTS)
def test_a_name_set_off_by_dashes_heads_its_phrase(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body", ASIDE_NON_EVENTS)
def test_a_negated_or_supposed_event_stays_none_after_the_repair(body):
    assert events_in(body) == []
