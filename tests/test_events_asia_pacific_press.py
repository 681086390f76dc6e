"""Event rules found on South-East Asian and Pacific business pages (invented, written blind by a helper
and read after scoring): the names a release defines for its company, descriptions and heads referring
back, a winner hung on the works, a repeated meeting, and a gerund read as a clause. On invented
sentences; the tests that also pass without the rule are guards, said so in their comments."""

import pytest

from tests.test_entities_events import events_of
from tests.test_events_trade_press import chain_events, sides


# ---- names a release and a story refer back with --------------------------------------------------

def test_an_initialism_and_the_company_a_release_defines_in_quotes_are_the_company():
    body = ('Sarawak Green Hydrogen Sdn Bhd ("SGH" or "the Company") today announced '
            "financial close. The Company has signed a RM1.8 billion term loan facility with Bank Pembangunan "
            "Borneo Berhad. SGH has awarded the RM2.1 billion EPC contract to Kinabalu Engineering Services Sdn Bhd.")
    assert sorted(chain_events(body)) == [
        ("contract", ["Kinabalu Engineering Services Sdn Bhd", "Sarawak Green Hydrogen Sdn Bhd"]),
        ("lend", ["Bank Pembangunan Borneo Berhad", "Sarawak Green Hydrogen Sdn Bhd"])]


def test_the_description_after_a_passive_s_by_is_not_its_subject():
    # "by the utility": the utility awarded the contract, it did not win it
    body = ("The ADB signed a loan with PT Listrik Nusantara Timur, the state-owned utility that runs the grid. "
            "Officials said the grid was old. Work began in May. The line runs 150 km. PT Wijaya Cakra Konstruksi "
            "was awarded the contract for that segment by the utility in January.")
    assert ("contract", ["PT Listrik Nusantara Timur", "PT Wijaya Cakra Konstruksi"]) in chain_events(body)


def test_the_department_after_the_department_of_a_ministry_is_that_department():
    body = ("The Department of Transportation runs the line. Kawaguchi Rolling Stock signed a 9.8 billion peso "
            "contract with the department in March.")
    found = events_of(body, ("Department of Transportation", "org:dotr"), ("Kawaguchi Rolling Stock", "org:kawaguchi"))
    assert sides(found) == [("contract", ("org:kawaguchi",), ("org:dotr",), ())]


def test_a_country_whose_adjective_is_its_name_is_a_side():
    # "New Zealand" was held for a nationality, as "New Zealand wines" writes it
    assert ("fund", ["Fiji", "New Zealand"]) in chain_events(
        "New Zealand announced a NZ$25 million grant to Fiji on Wednesday.")


# ---- contracts ------------------------------------------------------------------------------------

def test_the_winner_hung_on_the_works_a_contract_is_for_wins_it():
    body = "Tenaga Awan has awarded the RM780 million main building contract for the second phase to Binaan Seri Jaya Bhd."
    found = events_of(body, ("Tenaga Awan", "org:tenaga"), ("Binaan Seri Jaya Bhd", "org:binaan"))
    assert sides(found) == [("contract", ("org:binaan",), ("org:tenaga",), ())]


@pytest.mark.parametrize("body, expected", [
    ("The Department of Transportation awarded the civil works package, worth 54 billion pesos, to Hanabishi "
     "Construction last month.", [("contract", ("org:hanabishi",), ("org:dotr",), ())]),
    # guard: an aid package is aid
    ("The Department of Transportation approved an aid package for Hanabishi Construction.",
     [("fund", ("org:dotr",), ("org:hanabishi",), ())]),
])
def test_a_package_of_works_awarded_is_a_contract(body, expected):
    found = events_of(body, ("Department of Transportation", "org:dotr"), ("Hanabishi Construction", "org:hanabishi"))
    assert sides(found) == expected


# ---- meetings -------------------------------------------------------------------------------------

def test_what_two_others_sign_after_the_meeting_told_before_is_no_meeting_of_theirs():
    body = ("Vietnam's deputy prime minister Tran Quoc Hung met Danish minister Mette Lund in Hanoi on Wednesday. "
            "After the meeting, Mekong Power and Nordvind Offshore signed a memorandum of understanding.")
    found = events_of(body, ("Vietnam", "country:VNM"), ("Tran Quoc Hung", "person:tran"), ("Mette Lund", "person:lund"),
                      ("Mekong Power", "org:mekong"), ("Nordvind Offshore", "org:nordvind"))
    assert sides(found) == [("meet", (), (), ("person:lund", "person:tran")),
                            ("agreement", (), (), ("org:mekong", "org:nordvind"))]


# ---- parse repairs --------------------------------------------------------------------------------

def test_a_stake_bought_from_a_founding_shareholder_is_bought_from_it():
    # the parse reads "founding" as a gerund with the seller its object
    body = ("Banksia Capital bought a 19.9% stake in Kiwi Fibre from founding shareholder Tasman Holdings in November "
            "for NZ$410 million.")
    found = events_of(body, ("Banksia Capital", "org:banksia"), ("Kiwi Fibre", "org:kiwi"), ("Tasman Holdings", "org:tasman"))
    assert [(e.event_type, tuple(p.entity_id for p in e.role("seller"))) for e in found] == [("acquire", ("org:tasman",))]
