"""Event rules found on British and international wire pages in the style of the mid-1990s to
mid-2000s (invented, written blind by a helper and read after scoring): a settlement of a
regulator's charges the parser misreads, a state company as a contract's client, aid told by the
company it goes to, and a loan signed with banks led by one. On invented sentences; the tests that
also pass without the rule are guards, said so in their comments."""

from tests.test_entities_events import events_of
from tests.test_events_trade_press import sides


def test_paying_to_settle_a_regulator_s_charges_read_as_a_verb():
    # "charges" is read as a verb and the regulator as what is settled
    body = ("Lanford Brothers & Co., the New York brokerage, agreed on Thursday to pay $45 million to settle "
            "Securities and Exchange Commission charges that it allowed late trading.")
    found = events_of(body, ("Lanford Brothers & Co.", "org:lanford"), ("Securities and Exchange Commission", "org:sec"))
    assert sides(found) == [("agreement", (), (), ("org:lanford", "org:sec"))]


def test_a_state_company_signing_a_contract_with_a_maker_is_its_client():
    body = "Dala Temir, the Kazakh state railway company, signed a £150m contract with Pennant Rail to build 40 engines."
    found = events_of(body, ("Dala Temir", "org:dala"), ("Pennant Rail", "org:pennant"))
    assert sides(found) == [("contract", ("org:pennant",), ("org:dala",), ())]


def test_a_private_company_signing_a_contract_keeps_the_signer_as_contractor():
    # guard: only the state's companies are clients by what they are called
    body = "Acme Rail, the private rail company, signed a £150m contract with Pennant Rail to build 40 engines."
    found = events_of(body, ("Acme Rail", "org:acme"), ("Pennant Rail", "org:pennant"))
    assert sides(found) == [("contract", ("org:acme",), ("org:pennant",), ())]


def test_aid_with_no_receiver_named_goes_to_the_company_telling_of_it():
    body = ("Meridian Aerospace will build a wing plant in Broughton. The Welsh Development Agency has agreed to "
            "provide £20m of regional aid towards the project, the company said.")
    found = events_of(body, ("Meridian Aerospace", "org:meridian"), ("Broughton", "place:broughton"),
                      ("Welsh Development Agency", "org:wda"))
    assert ("fund", ("org:wda",), ("org:meridian",), ()) in sides(found)


def test_a_loan_a_state_signed_with_banks_led_by_one_is_lent_by_that_bank():
    body = ("The line will be financed with a $300 million, 10-year loan which Chile signed last week with a group "
            "of banks led by Banco Austral.")
    found = events_of(body, ("Chile", "country:CHL"), ("Banco Austral", "org:austral"))
    assert sides(found) == [("lend", ("org:austral",), ("country:CHL",), ())]
