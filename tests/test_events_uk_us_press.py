"""Event rules found on British, Irish and US local and web news pages (invented, written blind by a
helper and read after scoring): a held stake sold, a description named by a participle, a sum
before a comma-separated modifier, "of" phrases hung on the verb, debt financing, the company a
description stands for, money landed, and a "City, State-based" subject. On invented sentences; the
tests that also pass without the rule are guards, said so in their comments."""

import pytest

from tests.test_entities_events import events_of
from tests.test_events_trade_press import sides

VELKOR = ("Velkor Holdings", "org:velkor")
NORTHWIND = ("Northwind Partners", "org:northwind")


def test_a_company_selling_its_own_stake_is_no_investment_target():
    # "its stake" is the one it holds in another company, which the sentence does not name
    found = events_of("Velkor Holdings sold its stake to Northwind Partners for $40m.", VELKOR, NORTHWIND)
    assert not any(event.agent == ["org:northwind"] and event.recipient == ["org:velkor"] for event in found)


def test_a_stake_sold_to_a_buyer_gives_the_company_named_with_it():
    # guard: the stake's company is named, the seller is not the target
    found = events_of("Velkor Holdings sold its stake in Tarlo Mining to Northwind Partners for $40m.",
                      VELKOR, ("Tarlo Mining", "org:tarlo"), NORTHWIND)
    assert [side[:3] for side in sides(found)] == [("acquire", ("org:northwind",), ("org:tarlo",))]


@pytest.mark.parametrize("body", [
    "Canada had recently donated $30 million to the centre, called the Burj Laqlaq Society.",
    "Canada had recently donated $30 million to the centre, known as the Burj Laqlaq Society.",
    # guard: the parse hangs a participle without a comma on the noun already
    "Canada had recently donated $30 million to a charity named Burj Laqlaq Society.",
])
def test_a_description_named_by_a_participle_is_that_name(body):
    found = events_of(body, ("Canada", "country:CAN"), ("Burj Laqlaq Society", "org:burj"))
    assert sides(found) == [("fund", ("country:CAN",), ("org:burj",), ())]


def test_a_sum_and_a_modifier_set_off_by_a_comma_measure_the_contract():
    body = "Leeds Teaching Hospitals NHS Trust has awarded a £120m, ten-year contract to Medivance Robotics."
    found = events_of(body, ("Leeds Teaching Hospitals NHS Trust", "org:leeds"), ("Medivance Robotics", "org:medivance"))
    assert sides(found) == [("contract", ("org:medivance",), ("org:leeds",), ())]
    assert found[0].amount.amount_max == 120e6


def test_a_figure_restating_a_loan_stays_its_apposition():
    # guard: "about 70% of the total" restates the sum, no contract or other head
    body = "Velkor Holdings agreed to lend Northwind Partners $285m, about 70% of the total, over 15 years."
    assert sides(events_of(body, VELKOR, NORTHWIND)) == [("lend", ("org:velkor",), ("org:northwind",), ())]


@pytest.mark.parametrize("body", [
    "Barlow Lyle Bank has agreed to provide £400m of debt financing to Stonebridge Capital.",
    "Barlow Lyle Bank has agreed to provide £400m in debt funding to Stonebridge Capital.",
])
def test_debt_financing_is_lent(body):
    found = events_of(body, ("Barlow Lyle Bank", "org:barlow"), ("Stonebridge Capital", "org:stonebridge"))
    assert sides(found) == [("lend", ("org:barlow",), ("org:stonebridge",), ())]


def test_a_venture_debt_facility_is_lent_not_invested():
    body = "Lumenforge Systems secured a $15 million venture debt facility from Silverpine Bank."
    found = events_of(body, ("Lumenforge Systems", "org:lumen"), ("Silverpine Bank", "org:silverpine"))
    assert sides(found) == [("lend", ("org:silverpine",), ("org:lumen",), ())]


def test_venture_financing_stays_an_investment():
    # guard: venture money without debt buys a share
    body = "Lumenforge Systems secured $15 million in venture financing from Copperline Ventures."
    found = events_of(body, ("Lumenforge Systems", "org:lumen"), ("Copperline Ventures", "org:copperline"))
    assert sides(found) == [("invest", ("org:copperline",), ("org:lumen",), ())]


def test_the_business_is_the_company_not_the_government_named_last():
    body = ("Taff Aerospace Systems employs 190 people in Cardiff. The Welsh Government has given the company a "
            "£750,000 grant for a training centre. Last year, Severn Growth Partners took a 30% stake in the business "
            "for £6m.")
    found = events_of(body, ("Taff Aerospace Systems", "org:taff"), ("Cardiff", "place:cardiff"),
                      ("Welsh Government", "org:welsh-government"), ("Severn Growth Partners", "org:severn"))
    assert ("invest", ("org:severn",), ("org:taff",), ()) in sides(found)


def test_the_company_is_not_a_development_bank_named_in_the_same_sentence():
    body = ("Taff Aerospace Systems employs 190 people. The Development Bank of Wales lent Taff Aerospace Systems £2m in "
            "2022, and the Welsh Government has given the company a £750,000 grant.")
    found = events_of(body, ("Taff Aerospace Systems", "org:taff"), ("Development Bank of Wales", "org:dbw"),
                      ("Taff Aerospace Systems", "org:taff"), ("Welsh Government", "org:welsh-government"))
    assert ("fund", ("org:welsh-government",), ("org:taff",), ()) in sides(found)


def test_money_landed_from_a_backer_is_received():
    body = "Kettle & Key Labs landed $3 million from Elmstead Foundation last month."
    found = events_of(body, ("Kettle & Key Labs", "org:kettle"), ("Elmstead Foundation", "org:elmstead"))
    assert sides(found) == [("fund", ("org:elmstead",), ("org:kettle",), ())]


def test_a_plane_landing_with_money_is_no_event():
    # guard: landing somewhere takes no sum from anyone
    body = "The Velkor Holdings jet landed in Boston with $3 million in cash from Northwind Partners."
    assert events_of(body, VELKOR, ("Boston", "place:boston"), NORTHWIND) == []


def test_a_city_state_based_company_speaking_is_the_company_not_its_city():
    body = ("Lumenforge Systems makes grid sensors. The Portland, Oregon-based startup said Tuesday it has raised $40 "
            "million in a Series B round led by Copperline Ventures.")
    found = events_of(body, ("Lumenforge Systems", "org:lumen"), ("Portland", "place:portland"),
                      ("Copperline Ventures", "org:copperline"))
    assert sides(found) == [("invest", ("org:copperline",), ("org:lumen",), ())]
