"""Names and sums as the business press of South Asia writes them (extract.py, disambiguation.py,
titles.py, money.py): a company's first word alone after its full name, towns where works are
sited "at", portfolios of ministers ("Ports and Shipping Minister", "Minister of Digital Economy"),
and the taka and rupees of the country named. On invented articles through the whole chain; the
tests that also pass without the rule are guards, said so in their comments."""

import pytest

# the chain's fixture and readers, shared with the tests of company names
from tests.test_entities_company_forms import extraction, extractor, named  # noqa: F401


# ---- a company's first word alone -------------------------------------------------------------------

def test_the_first_word_of_a_company_s_name_alone_is_that_company(extractor):
    body = ("Suryoday Renewables Ltd has won a solar contract. Module supply will come from Tirupati PV Modules, "
            "which received an order from Suryoday on Friday. Bharat Infrastructure Finance Company has agreed "
            "to lend Rs 3,200 crore to Suryoday for the project.")
    assert [f for f in named(extractor, body) if f[0] == "Suryoday"] == [("Suryoday", "ORG", "Suryoday Renewables Ltd")] * 2


def test_a_word_written_before_the_company_named_after_it_is_no_back_reference():
    # "Sundance" the festival comes before "the Sundance TV Channel"
    from assets.entities.chain import extractors
    from assets.entities.extract import Span, organisation_back_references

    body = ("Redford walks through the crowds at Sundance. Now in its twenty-first year, Sundance continues to "
            "grow. Redford started the Sundance TV Channel to reach a wider audience. Viewers find Sundance on cable.")
    channel = body.index("Sundance TV Channel")
    found = extractors()
    added = organisation_back_references(body, [Span(channel, channel + len("Sundance TV Channel"), "ORG", None, found.ner)],
                                         found)
    assert [(body[s.start:s.end], s.start > channel) for s in added] == [("Sundance", True)]


def test_an_english_word_opening_a_name_is_no_short_name(extractor):
    # guard: "Vision" is a word of English, whatever company it opens
    body = "Vision Renewables Ltd won the order. The vision of the board was clear. Vision is what they need."
    assert not [f for f in named(extractor, body) if f[0] == "Vision"]


# ---- towns where works are sited --------------------------------------------------------------------

def test_a_town_after_works_sited_at_it_is_a_place(extractor):
    body = ("Bangladesh's Rupsha Shipbuilders Ltd plans to invest Tk 350 crore to expand its dry dock at "
            "Narayanganj. India's Kaveri will build a girder-casting facility at Wardha.")
    found = named(extractor, body)
    assert ("Narayanganj", "PLACE", "Narayanganj") in found and ("Wardha", "PLACE", "Wardha") in found


# ---- ministers' portfolios --------------------------------------------------------------------------

def test_portfolios_joined_by_and_before_an_office_name_no_organisation(extractor):
    body = ("Before the signing, Ports and Shipping Minister Chaminda Wijeratne met Aravalli Group chairman Harsh "
            "Vardhan Kothari at the ministry in Colombo.")
    found = named(extractor, body)
    assert not [f for f in found if f[0] == "Ports"]
    assert ("Chaminda Wijeratne", "PERSON", "Chaminda Wijeratne") in found


def test_a_portfolio_after_minister_of_is_no_part_of_the_name(extractor):
    body = "Priya Raman met Sri Lanka's Minister of Digital Economy Kanchana Dissanayake in Colombo on Monday."
    assert ("Kanchana Dissanayake", "PERSON", "Kanchana Dissanayake") in named(extractor, body)


def test_a_portfolio_word_run_into_the_name_after_another_outside_it_is_the_office_s(extractor):
    # found on a South-East Asian page: "Development" outside the model's span, "Cooperation" inside it
    body = "Tran Quoc Hung met Danish Minister for Development Cooperation Mette Lund in Hanoi on Wednesday."
    assert ("Mette Lund", "PERSON", "Mette Lund") in named(extractor, body)


# ---- taka and rupees ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("Japan extended Tk 210 crore in grant aid to the Rural Electrification Board.", [("Tk 210 crore", "BDT", 2.1e9)]),
    ("Karachi-based Indus Crescent Group will pay Rs18.5 billion for Zarghun, a Pakistani food maker.",
     [("Rs18.5 billion", "PKR", 1.85e10)]),
    ("The Colombo port operator will spend Rs 4 billion on cranes, Sri Lanka's ports authority said.",
     [("Rs 4 billion", "LKR", 4e9)]),
    # guard: "Rs" with no country named stays India's rupee
    ("The port trust approved Rs 13,911 crore for the new berths.", [("Rs 13,911 crore", "INR", 1.3911e11)]),
])
def test_taka_and_the_rupee_of_the_country_named(extractor, body, expected):
    assert [(a.text, a.currency, a.amount_min) for a in extraction(extractor, body).amounts] == expected
