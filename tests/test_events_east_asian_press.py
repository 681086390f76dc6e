"""Event rules found on East Asian business pages and company filings (invented, written blind by a helper
and read after scoring): deals named by what they provide, a currency word read as a verb, a builder by
its name and a division of a named company. On invented sentences; the tests that also pass without the
rule are guards, said so in their comments."""

import pytest

from tests.test_entities_events import events_of
from tests.test_events_trade_press import sides

JADE = ("Jade Dragon Properties", "org:jade")


@pytest.mark.parametrize("body, other, expected", [
    ("Jade Dragon Properties entered into a facility agreement with a syndicate of banks led by Bank of Lingnan for "
     "a HK$4.5 billion term loan.", ("Bank of Lingnan", "org:lingnan"), [("lend", ("org:lingnan",), ("org:jade",), ())]),
    # the one financier of the two subscribes
    ("Jade Dragon Properties entered into a subscription agreement with Cheongun Asset Management, under which it "
     "will issue new shares for HK$780 million.", ("Cheongun Asset Management", "org:cheongun"),
     [("invest", ("org:cheongun",), ("org:jade",), ())]),
])
def test_a_facility_or_subscription_agreement_is_the_loan_or_investment_it_provides(body, other, expected):
    assert sides(events_of(body, JADE, other)) == expected


def test_money_provided_under_a_loan_agreement_is_lent():
    body = ("Under a loan agreement signed at the same ceremony, Huaxin Development Bank will provide 4.2 billion yuan "
            "to Erdene Rail Company.")
    found = events_of(body, ("Huaxin Development Bank", "org:huaxin"), ("Erdene Rail Company", "org:erdene"))
    assert sides(found) == [("lend", ("org:huaxin",), ("org:erdene",), ())]


def test_a_heavy_industries_group_signing_with_a_client_is_the_builder():
    body = "Taihe Green Energy last month signed a NT$18 billion contract with Kurobe Heavy Industries to supply turbines."
    found = events_of(body, ("Taihe Green Energy", "org:taihe"), ("Kurobe Heavy Industries", "org:kurobe"))
    assert sides(found) == [("contract", ("org:kurobe",), ("org:taihe",), ())]


def test_a_contract_worth_a_sum_in_won_keeps_its_client():
    # the parse reads "won" as a verb, with "with Y" hung on it
    body = "Hanbit Heavy Industries signed a contract worth 1.9 trillion won with Sakura Kaiun Co. to build ships."
    found = events_of(body, ("Hanbit Heavy Industries", "org:hanbit"), ("Sakura Kaiun Co", "org:sakura"))
    assert sides(found) == [("contract", ("org:hanbit",), ("org:sakura",), ())]
    assert (found[0].amount.currency, found[0].amount.amount_max) == ("KRW", 1.9e12)


def test_a_division_of_a_named_company_is_that_company_s_not_a_unit_named_before():
    body = ("Daesung Energy Solution, the battery-making unit of Daesung Group, plans to invest in Poland. Last month, "
            "Daesung Group completed its purchase of the cathode materials division of Nara Chemical for 820 billion won.")
    found = events_of(body, ("Daesung Energy Solution", "org:des"), ("Daesung Group", "org:daesung"),
                      ("Poland", "country:POL"), ("Daesung Group", "org:daesung"), ("Nara Chemical", "org:nara"))
    assert ("acquire", ("org:daesung",), ("org:nara",), ()) in sides(found)
