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


def test_money_landed_from_a_backer_is_received():
    body = "Kettle & Key Labs landed $3 million from Elmstead Foundation last month."
    found = events_of(body, ("Kettle & Key Labs", "org:kettle"), ("Elmstead Foundation", "org:elmstead"))
    assert sides(found) == [("fund", ("org:elmstead",), ("org:kettle",), ())]


def test_a_plane_landing_with_money_is_no_event():
    # guard: landing somewhere takes no sum from anyone
    body = "The Velkor Holdings jet landed in Boston with $3 million in cash from Northwind Partners."
    assert events_of(body, VELKOR, ("Boston", "place:boston"), NORTHWIND) == []
