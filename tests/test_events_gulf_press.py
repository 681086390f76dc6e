"""Event rules found on Gulf and Middle East business pages (invented, written blind by a helper and
read after scoring): a bid never received, investors taking part in a round, a round's valuation,
and "who" after a person's title. On invented sentences; the tests that also pass without the rule
are guards, said so in their comments."""

import pytest

from tests.test_entities_events import events_of
from tests.test_events_trade_press import sides

JAHRA = ("Jahra Telecom", "org:jahra")
NAKHLA = ("Nakhla Mobile", "org:nakhla")


@pytest.mark.parametrize("body", [
    "Jahra Telecom said on Monday that it had not received any offer from Nakhla Mobile.",
    # guard: "no" before the offer already denied it
    "Jahra Telecom said it had received no offer from Nakhla Mobile.",
])
def test_a_bid_never_received_is_none(body):
    assert events_of(body, JAHRA, NAKHLA) == []


@pytest.mark.parametrize("body", [
    "Jahra Telecom said it had received an offer from Nakhla Mobile.",
    "Jahra Telecom did not accept an offer from Nakhla Mobile.",
])
def test_a_bid_received_or_turned_down_was_made(body):
    # guards: a bid received, or one not accepted, was made all the same
    assert [side[:3] for side in sides(events_of(body, JAHRA, NAKHLA))] == [
        ("acquire", ("org:nakhla",), ("org:jahra",))]


@pytest.mark.parametrize("verb", ["also participated in", "also took part in"])
def test_an_investor_taking_part_in_the_round_invests(verb):
    body = f"PayNidhi Labs raised $40 million in a round led by Qasr Capital. Tamkeen Ventures {verb} the round."
    found = events_of(body, ("PayNidhi Labs", "org:paynidhi"), ("Qasr Capital", "org:qasr"),
                      ("Tamkeen Ventures", "org:tamkeen"))
    assert ("invest", ("org:tamkeen",), ("org:paynidhi",), ()) in sides(found)


def test_a_person_taking_part_in_a_final_round_invests_nothing():
    body = "Velkor Golf Club hosted the Open. Tiger Woods took part in the final round."
    assert events_of(body, ("Velkor Golf Club", "org:velkor"), ("Tiger Woods", "person:woods")) == []


def test_a_round_s_valuation_is_not_the_sum_invested():
    body = ("PayNidhi Labs raised $40 million in a round led by Qasr Capital. Tamkeen Ventures also took part in "
            "the round, which values PayNidhi Labs at about $1 billion.")
    found = events_of(body, ("PayNidhi Labs", "org:paynidhi"), ("Qasr Capital", "org:qasr"),
                      ("Tamkeen Ventures", "org:tamkeen"), ("PayNidhi Labs", "org:paynidhi"))
    joined = [e for e in found if [p.entity_id for p in e.role("agent")] == ["org:tamkeen"]]
    assert len(joined) == 1 and joined[0].amount is None


def test_who_after_a_person_s_title_is_the_person_not_the_organisation():
    body = ("\"The pipeline is strong,\" said Faisal Al Hammadi, chief executive of Rimal Investment Authority, who met "
            "Helioterra chairman Javier Montoro in Madrid last week.")
    found = events_of(body, ("Faisal Al Hammadi", "person:hammadi"), ("Rimal Investment Authority", "org:rimal"),
                      ("Helioterra", "org:helioterra"), ("Javier Montoro", "person:montoro"))
    assert [(kind, set(parties)) for kind, _, _, parties in sides(found)] == [
        ("meet", {"person:hammadi", "person:montoro"})]


def test_which_after_an_organisation_stays_the_organisation():
    # guard: only "who" looks for a person
    body = "Velkor Bank, which met Northwind Partners last week, agreed to lend the company $5m."
    found = events_of(body, ("Velkor Bank", "org:velkor"), ("Northwind Partners", "org:northwind"))
    assert ("meet", (), (), ("org:northwind", "org:velkor")) in sides(found)


def test_a_deal_valued_at_a_sum_keeps_it_as_its_size():
    # guard of the rule above: a deal "valued at" a sum is that big
    body = "Budget airline Ryanair has placed an order for 70 Boeing planes, in a deal valued at $4bn (£2.1bn)."
    found = events_of(body, ("Ryanair", "org:ryanair"), ("Boeing", "org:boeing"))
    assert sides(found) == [("contract", ("org:boeing",), ("org:ryanair",), ())]
    assert (found[0].amount.currency, found[0].amount.amount_max) == ("USD", 4e9)
