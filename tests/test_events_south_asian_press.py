"""Event rules found on the invented South Asian business pages of H15 (written blind by a helper,
read after scoring): parse repairs of sums, who a delegation or "the group" is, and a deal named
again by the people who signed it. On invented sentences; the tests that also pass without the
rule are guards, said so in their comments."""

from tests.test_entities_events import events_of
from tests.test_events_frames import events_in
from tests.test_events_trade_press import sides


# ---- parse repairs ------------------------------------------------------------------------------------

def test_a_sum_split_by_the_parse_stays_the_verb_s_object():
    # "Tk" is read as the object and "210 crore" as a phrase of its own, "to Y" hung on neither
    body = "Under an exchange of notes signed in Dhaka, Norland extended Tk 210 crore in grant aid to Pelora Rail."
    assert events_in(body) == [("fund", ("country:NRL",), ("org:prail",), (), (), (2.1e9, "BDT"))]


def test_a_worth_set_off_by_commas_leaves_the_awardee_to_the_verb():
    body = "Veltrix has awarded the civil construction contract, worth Tk 410 crore, to Omnia, which will start in May."
    assert events_in(body) == [("contract", ("org:omnia",), ("org:veltrix",), (), (), (4.1e9, "BDT"))]


# ---- who a word refers to ---------------------------------------------------------------------------

def test_a_delegation_led_by_an_office_holder_named_in_apposition_is_that_person():
    body = "Ana Ruiz held talks with a Veltrix delegation led by its chairman Jonas Brekke in Dhaka on Tuesday."
    assert events_in(body) == [("meet", (), (), (), ("person:brekke", "person:ruiz"), None)]


def test_the_group_is_the_organisation_whose_name_it_ends():
    # "Zarghun" is named in the sentence before; "the group" is the acquirer named three sentences back
    body = ("Indus Crescent Group has agreed to buy Zarghun Foods. The deal needs approval. The remainder will be "
            "paid from the group's cash. \"Zarghun gives us national distribution,\" the chairman said. "
            "The group plans to invest $75 million in a dairy plant in Sahiwal, Tariq Qureshi added.")
    found = events_of(body, ("Indus Crescent Group", "org:icg"), ("Zarghun Foods", "org:zarghun"),
                      ("Zarghun", "org:zarghun"), ("Sahiwal", "place:sahiwal"), ("Tariq Qureshi", "person:qureshi"))
    assert ("invest", ("org:icg",), ("place:sahiwal",), ()) in sides(found)


# ---- no new event ------------------------------------------------------------------------------------

def test_the_loan_named_again_with_its_signers_is_the_loan_told_before():
    body = ("Meridian Development Bank on Thursday signed a $400 million loan with Pelora. The loan agreement was "
            "signed in the capital by Secretary Ana Ruiz and country director Jonas Brekke.")
    assert events_in(body) == [("lend", ("org:mdb",), ("country:PEL",), (), (), (4e8, "USD"))]
