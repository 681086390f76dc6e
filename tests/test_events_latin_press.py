"""Event rules found on the invented Latin American and Iberian business pages of H18 (written blind by
a helper, read after scoring): a lessor supplies what it leases, and a description is the company
introduced with it and named again lately. On invented sentences; the tests that also pass without
the rule are guards, said so in their comments."""

from tests.test_entities_events import events_of
from tests.test_events_trade_press import sides


def test_a_lease_contract_with_a_lessor_is_the_lessor_s_contract():
    body = "Tessa Air has signed a lease contract with Irish lessor Corran Aero Leasing for 12 new jets."
    found = events_of(body, ("Tessa Air", "org:tessa"), ("Corran Aero Leasing", "org:corran"))
    assert sides(found) == [("contract", ("org:corran",), ("org:tessa",), ())]


def test_a_description_is_the_company_introduced_with_it_and_named_again_lately():
    # "the carrier" is Tessa Air, introduced as a carrier and named in the sentence itself; not
    # Halvard Capital, the subject of the clause before it
    body = ("Tessa Air, the Guadalajara-based low-cost carrier, has leased 12 jets. The planes will open new routes. "
            "The airline will also retire old aircraft. Its chief executive spoke on Monday. Halvard Capital took a "
            "15% stake in Tessa Air, and Orvane Bank extended a loan of 3 billion pesos to the carrier.")
    found = events_of(body, ("Tessa Air", "org:tessa"), ("Guadalajara", "place:guadalajara"),
                      ("Halvard Capital", "org:halvard"), ("Tessa Air", "org:tessa"), ("Orvane Bank", "org:orvane"))
    assert ("lend", ("org:orvane",), ("org:tessa",), ()) in sides(found)



def test_an_offer_made_for_a_company_is_a_bid_for_it():
    # the parse hangs "for Y" on "made", not on the offer
    body = ("In the capital, meanwhile, Chilean infrastructure group Inversiones Cordillera Maipo on Monday made an "
            "offer of S/ 1.1 billion for Autopistas del Rímac, the operator of two toll roads in Lima.")
    found = events_of(body, ("Inversiones Cordillera Maipo", "org:icm"), ("Autopistas del Rímac", "org:adr"))
    assert sides(found) == [("acquire", ("org:icm",), ("org:adr",), ())]


def test_a_description_introduced_in_an_apposition_with_a_possessive_is_its_company():
    body = ("Tessa Motors will build a plant in Bahia. Halvard Fund has agreed to grant Tessa Brasil, the carmaker's "
            "local subsidiary, a R$300 million subsidy. Orvane Bank said its board had approved a R$1.2 billion "
            "loan to the subsidiary.")
    found = events_of(body, ("Tessa Motors", "org:tessa"), ("Bahia", "place:bahia"), ("Halvard Fund", "org:halvard"),
                      ("Tessa Brasil", "org:tessa-br"), ("Orvane Bank", "org:orvane"))
    assert ("lend", ("org:orvane",), ("org:tessa-br",), ()) in sides(found)
