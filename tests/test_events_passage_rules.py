"""The rules the passage matrix's misses were fixed by (tests/test_events_passages.py), on
passages of their own with the frame matrix's invented names given as mentions: what they must
read, and near phrasings that must stay as they were."""

import pytest

from tests.test_events_frames import events_in


@pytest.mark.parametrize("body, expected", [
    # a "without" phrase on the trigger tells how it was done, not whether
    ("Sable Ventures invested $5m in Omnia, without giving details.",
     ("invest", ("org:sable",), ("org:omnia",), (), (), (5e6, "USD"))),
    ("Veltrix said it would buy Omnia for $80m, without disclosing its plans for the brand.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), (80e6, "USD"))),
    # the amount a next sentence gives the deal, by the type's noun or by "the deal"
    ("Halvard Bank agreed to lend to Orvex on Monday. The loan is worth $250 million, the bank said.",
     ("lend", ("org:halvard",), ("org:orvex",), (), (), (250e6, "USD"))),
    ("Veltrix bought Omnia on Tuesday. The deal was valued at $2bn.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), (2e9, "USD"))),
    ("Aurum Capital invested in Omnia. The investment totals 40m euros.",
     ("invest", ("org:aurum",), ("org:omnia",), (), (), (40e6, "EUR"))),
])
def test_passage_rule_event(body, expected):
    assert events_in(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # the next sentence's money is no size of the deal: another subject, a clause below, no "worth"
    ("Veltrix bought Omnia on Tuesday. Omnia's sales totalled $2bn last year.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)),
    ("Veltrix bought Omnia on Tuesday. The deal came after Omnia raised $2bn from banks.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)),
    ("Halvard Bank agreed to lend to Orvex. The loan is due in 2030, when $250 million falls due.",
     ("lend", ("org:halvard",), ("org:orvex",), (), (), None)),
    # a loan's noun does not size a purchase
    ("Veltrix bought Omnia on Tuesday. The loan is worth $50m.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)),
])
def test_passage_rule_amount_left_alone(body, expected):
    assert events_in(body) == [expected]


@pytest.mark.parametrize("body", [
    "Talks ended without a deal between Veltrix and Omnia.",
    "Veltrix said that efforts to sign a supply agreement with Omnia had failed.",
    "Norland said its attempts to form a joint venture with Pelora had collapsed.",
])
def test_passage_rule_non_event(body):
    assert events_in(body) == []


@pytest.mark.parametrize("body, expected", [
    # an adverb set apart by a comma at the start is the passage's, not the subjects'
    ("Halvard Bank lent Orvex $5m. Separately, Veltrix met Omnia in Paris.",
     [("lend", ("org:halvard",), ("org:orvex",), (), (), (5e6, "USD")),
      ("meet", (), (), (), ("org:omnia", "org:veltrix"), None)]),
    ("Veltrix and Omnia held talks in Paris.", [("meet", (), (), (), ("org:omnia", "org:veltrix"), None)]),
])
def test_passage_rule_meetings_kept(body, expected):
    assert events_in(body) == expected


def test_subjects_acting_apart_hold_no_meeting():
    assert events_in("Veltrix and Omnia separately held talks with their lenders.") == []
