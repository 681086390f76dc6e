"""Event rules found on North American and European financial-daily pages (invented, written blind by a
helper and read after scoring): long sentences whose sides are told in relative clauses, infinitives,
participation phrases or by the one reporting, town governments named like countries, and pairs of
office holders. On invented sentences; the tests that also pass without the rule are guards, said so in
their comments."""

import pytest

from tests.test_entities_events import events_of
from tests.test_events_trade_press import chain_events, sides

# ---- loans whose sides a clause or the speaker gives ----------------------------------------------

KESTREL, NORRBRO = ("Kestrel", "org:kestrel"), ("Norrbro Credit", "org:norrbro")


@pytest.mark.parametrize("body", [
    "Kestrel will finance the purchase in part with a 650 million euro loan that Norrbro Credit has agreed to provide.",
    "Kestrel will finance the purchase with a 650 million euro loan that Norrbro Credit provided.",
])
def test_a_loan_that_pays_for_something_goes_to_the_one_paying_with_it(body):
    assert sides(events_of(body, KESTREL, NORRBRO)) == [("lend", ("org:norrbro",), ("org:kestrel",), ())]


def test_a_loan_a_lender_agreed_to_provide_to_a_borrower_in_a_clause_on_the_means():
    body = "The line is financed by a $95 million loan that Norrbro Credit has agreed to provide to Kestrel."
    assert sides(events_of(body, NORRBRO, KESTREL)) == [("lend", ("org:norrbro",), ("org:kestrel",), ())]


@pytest.mark.parametrize("body, expected", [
    ("To pay for the deal, Kestrel said Norrbro Credit had agreed to provide a 1.8 billion euro bridge loan.",
     [("lend", ("org:norrbro",), ("org:kestrel",), ())]),
    # guard: a news outlet telling of a loan borrows nothing
    ("Reuters said Norrbro Credit had agreed to provide a 1.8 billion euro bridge loan.", []),
])
def test_a_loan_with_no_borrower_is_the_reporting_company_s(body, expected):
    pairs = [("Kestrel", "org:kestrel") if "Kestrel" in body else ("Reuters", "org:reuters", "media"), NORRBRO]
    assert sides(events_of(body, *pairs)) == expected


@pytest.mark.parametrize("body, expected", [
    ("The Pellham School District sold $148 million in general obligation bonds on Wednesday to Carrow Securities, "
     "the Atlanta investment bank.", [("lend", ("org:carrow",), ("org:pellham",), ())]),
    # guard: bonds another issued, sold on, lend nothing to the seller
    ("The Pellham School District sold its holdings of Ruritania's bonds to Carrow Securities.", []),
])
def test_new_bonds_sold_to_a_buyer_are_lent_by_it(body, expected):
    pairs = [("Pellham School District", "org:pellham")] + (
        [("Ruritania", "country:RUR")] if "Ruritania" in body else []) + [("Carrow Securities", "org:carrow")]
    assert sides(events_of(body, *pairs)) == expected


def test_it_after_a_region_that_says_so_is_that_region():
    body = ("The European Investment Bank has agreed to lend 400 million euros to Lario Energia. Separately, the "
            "Lombardy Region said it would allocate 35 million euros from its climate fund to Lario Energia.")
    found = events_of(body, ("European Investment Bank", "org:eib"), ("Lario Energia", "org:lario"),
                      ("Lombardy Region", "place:lombardy"), ("Lario Energia", "org:lario"),
                      extractors={"Lombardy Region": "ner"})  # a region only the model knows
    assert sides(found)[1:] == [("fund", ("place:lombardy",), ("org:lario",), ())]


# ---- rounds, works and bids -----------------------------------------------------------------------

def test_backers_taking_part_in_a_round_invest_with_its_leader():
    body = ("Voltfeld has raised 85 million euros in a Series B funding round led by Corvid Ventures, with participation "
            "from existing backers Halden Capital and the Innovation Fund, the company said.")
    found = events_of(body, ("Voltfeld", "org:voltfeld"), ("Corvid Ventures", "org:corvid"),
                      ("Halden Capital", "org:halden"), ("Innovation Fund", "org:eicf"))
    assert sorted(sides(found)) == [("invest", (investor,), ("org:voltfeld",), ())
                                    for investor in ("org:corvid", "org:eicf", "org:halden")]


def test_money_invested_in_a_production_line_in_a_town_invests_there():
    body = "Valdane Systems said it would invest 150 million Swedish crowns in a new final-assembly and test line in Trondheim."
    found = events_of(body, ("Valdane Systems", "org:valdane"), ("Trondheim", "place:trondheim"))
    assert sides(found) == [("invest", ("org:valdane",), ("place:trondheim",), ())]


def test_a_rival_s_offer_beaten_in_a_tender_is_no_bid_for_the_winner():
    body = "Valdane Systems, which beat a rival offer from Teller-Marsh Defence after a long competition, said it was pleased."
    assert events_of(body, ("Valdane Systems", "org:valdane"), ("Teller-Marsh Defence", "org:teller")) == []


# ---- town governments and departments ------------------------------------------------------------

def test_a_city_government_named_like_a_country_is_an_organisation():
    body = ("The City of Lebanon on Monday awarded a $4.2 million contract to replace water mains on the city's north "
            "side to Keystate Pipe & Paving Co., a local contractor.")
    assert chain_events(body) == [("contract", ["City of Lebanon", "Keystate Pipe & Paving Co"])]


def test_the_department_far_after_its_full_name_is_the_one_department_of_the_article():
    body = ("The U.S. Department of Transportation has awarded Minnesota a grant. Officials met on Monday. The city is "
            "small. Crashes rose. In 2022 the department gave Acme Holdings $18 million to build a lot.")
    found = events_of(body, ("U.S. Department of Transportation", "org:usdot"), ("Minnesota", "place:minnesota"),
                      ("Acme Holdings", "org:acme"))
    assert ("fund", ("org:usdot",), ("org:acme",), ()) in sides(found)


# ---- pairs of office holders ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    # a counterpart holds the office of the one named beside
    "Economy Minister Claire Vautrin and her Italian counterpart, Matteo Ferrandi, held talks in Rome. At the end of "
    "the meeting, the two ministers signed a memorandum on hydrogen.",
    # a secretary of state is a minister
    "Business Secretary Claire Vautrin met Italy's Minister of Industry, Matteo Ferrandi, in London. At the end of the "
    "session, the two ministers signed a joint declaration.",
    # "the ministers", when the article names two
    "Economy Minister Claire Vautrin and her Italian counterpart, Matteo Ferrandi, held talks in Rome. The ministers "
    "signed a memorandum on hydrogen.",
])
def test_the_two_ministers_are_the_two_named_with_a_minister_s_office(body):
    found = events_of(body, ("Claire Vautrin", "person:vautrin"), ("Matteo Ferrandi", "person:ferrandi"),
                      titles={"Claire Vautrin": body.split(" Claire")[0].split(". ")[-1],
                              **({"Matteo Ferrandi": "Minister of Industry"} if "Minister of Industry" in body else {})})
    assert ("agreement", (), (), ("person:ferrandi", "person:vautrin")) in sides(found)
