"""A transaction noun as the passive subject of a verb that tells the transaction itself
(events.py, is_told_by_passive_verb): "a stake in Y was bought by X" is read from the
verb, its "by" the buyer and the stake's own "in" the company; a verb that carries out what the
noun names ("the loan was granted by X") still leaves the event to the noun. Invented sentences;
every name of the frame matrix's pools is a mention."""

import pytest

from tests.test_events_frames import events_in

PASSIVE_EVENTS = [
    ("A 15% stake was bought in Omnia for $1.2bn by Sable Ventures.",
     [("invest", ("org:sable",), ("org:omnia",), (), (), (1.2e9, "USD"))]),
    ("A controlling stake in Omnia was bought for 400m euros by Veltrix.",
     [("acquire", ("org:veltrix",), ("org:omnia",), (), (), (400e6, "EUR"))]),
    ("A majority stake in Omnia was bought by Veltrix from Kestrel Group.",
     [("acquire", ("org:veltrix",), ("org:omnia",), ("org:kestrel",), (), None)]),
    ("A 15% stake in Omnia was sold to Veltrix by Kestrel Group.",
     [("acquire", ("org:veltrix",), ("org:omnia",), ("org:kestrel",), (), None)]),
    # a verb that carries out what the noun names: the noun's event, as before
    ("A $75m loan was granted to Orvex by Halvard Bank.",
     [("lend", ("org:halvard",), ("org:orvex",), (), (), (75e6, "USD"))]),
]

PASSIVE_NON_EVENTS = [
    "A stake in Omnia was not bought by Veltrix.",
    "A 51% stake in Omnia could be bought by Veltrix.",
    "A 10% stake in Omnia is held by Veltrix.",
]


@pytest.mark.parametrize("body, expected", PASSIVE_EVENTS)
def test_a_transaction_noun_as_passive_subject_is_read_from_its_verb(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body", PASSIVE_NON_EVENTS)
def test_a_passive_negated_supposed_or_held_stake_is_no_event(body):
    assert events_in(body) == []
