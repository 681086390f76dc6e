"""Event rules found on South-East Asian and Pacific business pages (invented, written blind by a helper
and read after scoring): the names a release defines for its company, descriptions and heads referring
back, a winner hung on the works, a repeated meeting, and a gerund read as a clause. On invented
sentences; the tests that also pass without the rule are guards, said so in their comments."""

from tests.test_events_trade_press import chain_events


# ---- names a release and a story refer back with --------------------------------------------------

def test_an_initialism_and_the_company_a_release_defines_in_quotes_are_the_company():
    body = ('Sarawak Green Hydrogen Sdn Bhd ("SGH" or "the Company") today announced '
            "financial close. The Company has signed a RM1.8 billion term loan facility with Bank Pembangunan "
            "Borneo Berhad. SGH has awarded the RM2.1 billion EPC contract to Kinabalu Engineering Services Sdn Bhd.")
    assert sorted(chain_events(body)) == [
        ("contract", ["Kinabalu Engineering Services Sdn Bhd", "Sarawak Green Hydrogen Sdn Bhd"]),
        ("lend", ["Bank Pembangunan Borneo Berhad", "Sarawak Green Hydrogen Sdn Bhd"])]


def test_a_country_whose_adjective_is_its_name_is_a_side():
    # "New Zealand" was held for a nationality, as "New Zealand wines" writes it
    assert ("fund", ["Fiji", "New Zealand"]) in chain_events(
        "New Zealand announced a NZ$25 million grant to Fiji on Wednesday.")
