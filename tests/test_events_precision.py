"""Events that are not there, on invented sentences: causes of false events found by issue 9's blind
audit (eval/events/audit/): a company's home state taken for the company, a maker's counted products
taken for the maker, deals unnamed reports expect or a source's name holds, and a deal told again with
its possessive ("its deal"); from its third batch, a pronoun taken for the source named after it, a
city before a company noun taken for the company, and the deals of several owners taken for one deal
between them; from its fourth batch, a bid for something else than a company (an office, a licence)
given the article's company as target, a meeting someone is only willing to hold, and a deal told
with two countries and again with their leaders as two deals. From a read of the events of BBC
files in no split: a title the parse splits off its name taken for a second side, a deal noun's
"planned" overruled by its clause, a deal its subject plans read as none, and a joint visit to a
place taken for a meeting of the visitors. Mentions are given by hand, as in
test_entities_events.py."""

import pytest

from tests.test_entities_events import events_of, summary


def summaries(body, *pairs, kind=None):
    return sorted(summary(e) for e in events_of(body, *pairs, kind=kind))


def summaries_named(body, *pairs):
    """The events of a sentence with those of the names given that it has."""
    return summaries(body, *sorted((p for p in pairs if p[0] in body), key=lambda p: body.index(p[0])))


# --- a state or region before a company noun is the company's home, not the company --------------


def test_a_state_before_a_company_noun_is_not_the_company():
    assert summaries("A Norland firm held talks with Veltrix Group on Monday.",
                     ("Norland", "country:NOR"), ("Veltrix Group", "org:veltrix")) == []
    assert summaries("Pelora's biggest airline ordered 12 jets from Avelo Aircraft for $900m.",
                     ("Pelora", "country:PEL"), ("Avelo Aircraft", "org:avelo")) == []


def test_a_state_before_a_noun_of_a_person_in_business_is_their_nationality():
    assert summaries("Tom Kask has sold his Orvex company to a Norland entrepreneur in a $156m deal.",
                     ("Tom Kask", "person:kask"), ("Orvex", "org:orvex"), ("Norland", "country:NOR")) == []
    assert summaries("Veltrix Group held talks with a Pelora tycoon on Monday.",
                     ("Veltrix Group", "org:veltrix"), ("Pelora", "country:PEL")) == []


def test_the_state_still_stands_for_its_government_its_own_company_and_a_named_company_for_itself():
    assert summaries("Halvard Bank agreed to lend $300m to Pelora's state railway company.",
                     ("Halvard Bank", "org:halvard"), ("Pelora", "country:PEL")) == [
        ("lend", "agreed", ("org:halvard",), ("country:PEL",))]
    assert summaries("The Pelora government signed a trade deal with Norland.",
                     ("Pelora", "country:PEL"), ("Norland", "country:NOR")) == [
        ("agreement", "done", ("country:NOR", "country:PEL"))]
    assert summaries("Pelora's biggest airline, Skyvale, ordered 12 jets from Avelo Aircraft for $900m.",
                     ("Pelora", "country:PEL"), ("Skyvale", "org:skyvale"), ("Avelo Aircraft", "org:avelo")) == [
        ("contract", "done", ("org:avelo",), ("org:skyvale",))]


def test_a_states_central_bank_and_the_state_body_a_contract_serves_stand_for_the_state():
    for body in ("Halvard Bank has lent $300m to Pelora's central bank.",
                 "Halvard Bank has extended a $300m credit line to Pelora's central bank."):
        assert summaries(body, ("Halvard Bank", "org:halvard"), ("Pelora", "country:PEL")) == [
            ("lend", "done", ("org:halvard",), ("country:PEL",))], body
    assert summaries("Avelo won a $2bn contract to supply trains to Pelora's state railway.",
                     ("Avelo", "org:avelo"), ("Pelora", "country:PEL")) == [
        ("contract", "done", ("org:avelo",), ("country:PEL",))]
    # a state's private company is another party, whatever the contract serves
    assert summaries("Avelo won a $2bn contract to supply trains to Pelora's biggest private railway.",
                     ("Avelo", "org:avelo"), ("Pelora", "country:PEL")) == []


# --- a maker's name counted by number stands for its products -------------------------------------


def test_a_counted_makers_name_is_a_supply_contract_not_a_takeover():
    assert summaries("Under the deal, Skyvale will buy 15 new Avelo 40-300 next year.",
                     ("Skyvale", "org:skyvale"), ("Avelo", "org:avelo")) == [
        ("contract", "planned", ("org:avelo",), ("org:skyvale",))]


def test_a_company_bought_whole_or_in_part_is_still_bought():
    assert summaries("Skyvale will buy Avelo for $900m.", ("Skyvale", "org:skyvale"), ("Avelo", "org:avelo")) == [
        ("acquire", "planned", ("org:skyvale",), ("org:avelo",))]
    assert summaries("Skyvale bought 60% of Avelo in May.", ("Skyvale", "org:skyvale"), ("Avelo", "org:avelo")) == [
        ("acquire", "done", ("org:skyvale",), ("org:avelo",))]


# --- what unnamed reports say is rumour; a source is no deal --------------------------------------


def test_deals_unnamed_reports_expect_are_rumours():
    pairs = (("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"))
    assert summaries("Veltrix is poised to launch a bid for Omnia, Pelorian media reports say.", *pairs) == []
    assert summaries("Veltrix will bid for Omnia, according to press reports.", *pairs) == []
    assert summaries("Reports said Veltrix would buy Omnia.", *pairs) == []
    assert summaries("Veltrix will buy Omnia, a report said.", *pairs) == []


@pytest.mark.parametrize("body", [
    "Omnia shares rose after a media report that Veltrix and Omnia were in early talks.",
    "Omnia shares rose after reports that Veltrix was in talks to buy Omnia.",
    "Omnia shares rose after reports that Veltrix would buy Omnia.",
])
def test_talks_or_deals_to_come_that_unnamed_reports_tell_of_are_rumours(body):
    assert summaries(body, *sorted((("Veltrix", "org:veltrix"), ("Omnia", "org:omnia")),
                                   key=lambda p: body.index(p[0]))) == []


def test_talks_a_named_reporter_tells_of_and_a_deal_reported_done_are_told():
    body = "Omnia shares rose after a Tarsa Herald report that Veltrix was in talks with Omnia."
    assert summaries(body, ("Omnia", "org:omnia"), ("Tarsa Herald", "org:herald"), ("Veltrix", "org:veltrix"),
                     ("Omnia", "org:omnia")) == [("meet", "done", ("org:omnia", "org:veltrix"))]
    body = "Omnia shares rose after reports that Veltrix had bought Omnia."
    assert summaries(body, ("Omnia", "org:omnia"), ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia")) == [
        ("acquire", "done", ("org:veltrix",), ("org:omnia",))]


def test_deals_reported_as_done_or_by_a_named_reporter_are_told():
    pairs = (("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"))
    assert summaries("Veltrix has bought Omnia, reports say.", *pairs) == [
        ("acquire", "done", ("org:veltrix",), ("org:omnia",))]
    assert summaries("Veltrix will buy Omnia, a Tarsa Herald report said.", *pairs) == [
        ("acquire", "planned", ("org:veltrix",), ("org:omnia",))]
    assert summaries("Veltrix has agreed to buy Omnia, according to a statement.", *pairs) == [
        ("acquire", "agreed", ("org:veltrix",), ("org:omnia",))]


@pytest.mark.parametrize("body", [
    "The Tarsa Herald said Veltrix had held talks. Veltrix will buy Omnia, the report said.",
    "The Tarsa Herald said Veltrix had held talks. Veltrix will buy Omnia, according to the report.",
    "The Tarsa Herald said Veltrix had held talks. Veltrix will buy Omnia, this report said.",
])
def test_the_report_the_article_has_named_is_a_named_source(body):
    pairs = (("Tarsa Herald", "org:herald"), ("Veltrix", "org:veltrix"), ("Veltrix", "org:veltrix"),
             ("Omnia", "org:omnia"))
    assert ("acquire", "planned", ("org:veltrix",), ("org:omnia",)) in summaries(body, *pairs)


def test_a_deals_survey_named_as_a_source_is_no_deal():
    assert summaries("Deal values fell by a third, according to Carrow Partners' annual Pelora deals survey.",
                     ("Carrow Partners", "org:carrow"), ("Pelora", "country:PEL")) == []
    assert summaries("Carrow Partners signed a deal with Pelora, according to a statement.",
                     ("Carrow Partners", "org:carrow"), ("Pelora", "country:PEL")) == [
        ("agreement", "done", ("country:PEL", "org:carrow"))]


# --- "its deal" is the deal told before ------------------------------------------------------------


def test_a_deal_with_a_possessive_pronoun_is_the_deal_told_before():
    body = ("Veltrix signed a licensing deal with Omnia on Monday. "
            "Shares in Tarsa rose after Veltrix signed its deal with Omnia and Tarsa.")
    pairs = (("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"), ("Tarsa", "org:tarsa"),
             ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"), ("Tarsa", "org:tarsa"))
    assert summaries(body, *pairs) == [("agreement", "done", ("org:omnia", "org:veltrix"))]
    body = ("Veltrix signed a licensing deal with Omnia on Monday. "
            "Shares in Tarsa rose after Veltrix signed a deal with Omnia and Tarsa.")
    assert summaries(body, *pairs) == [("agreement", "done", ("org:omnia", "org:tarsa", "org:veltrix")),
                                       ("agreement", "done", ("org:omnia", "org:veltrix"))]


# --- a participle of speaking frames an interview -------------------------------------------------


def test_speaking_to_someone_as_the_frame_of_a_statement_is_no_meeting():
    pairs = (("Daniel Okafor", "person:okafor"), ("Ana Ruiz", "person:ruiz"))
    assert summaries("Speaking to Daniel Okafor on Sunday, Ana Ruiz said the vote would be close.", *pairs,
                     kind="meet") == []
    assert summaries("When speaking with Daniel Okafor, Ana Ruiz urged his listeners to vote.", *pairs,
                     kind="meet") == []
    assert summaries("Conferring with Daniel Okafor on Sunday, Ana Ruiz said the vote would be close.", *pairs,
                     kind="meet") == []


def test_speaking_with_someone_as_the_clause_itself_is_a_meeting():
    pairs = (("Ana Ruiz", "person:ruiz"), ("Daniel Okafor", "person:okafor"))
    assert summaries("Ana Ruiz spoke with Daniel Okafor on Monday.", *pairs, kind="meet") == [
        ("meet", "done", ("person:okafor", "person:ruiz"))]
    assert summaries("Ana Ruiz conferred with Daniel Okafor on Monday.", *pairs, kind="meet") == [
        ("meet", "done", ("person:okafor", "person:ruiz"))]


def test_counted_brands_or_units_are_a_companys_assets_not_goods():
    assert summaries("Corvane Retail bought two fashion labels from Veltrix in 2003.",
                     ("Corvane Retail", "org:corvane"), ("Veltrix", "org:veltrix"), kind="contract") == []
    assert summaries("Corvane Retail sold three brands to Veltrix for $40m.",
                     ("Corvane Retail", "org:corvane"), ("Veltrix", "org:veltrix"), kind="contract") == []
    assert summaries("Skyvale bought 12 jets from Avelo Aircraft in May.",
                     ("Skyvale", "org:skyvale"), ("Avelo Aircraft", "org:avelo")) == [
        ("contract", "done", ("org:avelo",), ("org:skyvale",))]


# --- one takeover, however many offers ------------------------------------------------------------


def test_an_earlier_and_an_improved_offer_for_one_target_are_one_takeover():
    """An earlier order or loan is another transaction (test_events_phrasings_money.py's
    test_transaction_told_apart); an earlier offer for the same company is the same takeover."""
    pairs = (("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"))
    assert summaries("Veltrix, which had an earlier offer for Omnia rejected, said it would submit an improved bid.",
                     *pairs) == [("acquire", "announced", ("org:veltrix",), ("org:omnia",))]



# --- a unit named in its own noun phrase is the target, not its owner -------------------------------


def test_a_unit_named_before_its_noun_is_the_target():
    pairs = (("Halvard Bank", "org:halvard"), ("Orvex Marine & Cargo", "org:orvex-life"), ("Kestrel", "org:kestrel"))
    assert summaries("Halvard Bank has sold its Orvex Marine & Cargo underwriting arm to Kestrel for $2bn.", *pairs) == [
        ("acquire", "done", ("org:kestrel",), ("org:orvex-life",))]
    # an arm with no name of its own is its owner's asset: the owner is the target
    assert summaries("Halvard Bank has sold its insurance arm to Kestrel for $2bn.",
                     ("Halvard Bank", "org:halvard"), ("Kestrel", "org:kestrel")) == [
        ("acquire", "done", ("org:kestrel",), ("org:halvard",))]


# --- the audit's third batch: a source named after a pronoun, a city before a company noun, ---------
# --- deals of each of several owners ---------------------------------------------------------------


def test_a_pronoun_refers_back_not_to_the_source_named_after_it():
    pairs = (("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"), ("Pelora News", "org:pnews"))
    assert summaries("Veltrix has bid $800m for two rivals. It plans to buy Omnia, Pelora News reported.", *pairs) == [
        ("acquire", "planned", ("org:veltrix",), ("org:omnia",))]
    assert summaries("Veltrix has bid $800m for two rivals.\n\nIt plans to buy Omnia and Tarsa, a Pelora News "
                     "report said.", *pairs[:2], ("Tarsa", "org:tarsa"), pairs[2]) == [
        ("acquire", "planned", ("org:veltrix",), ("org:omnia",)),
        ("acquire", "planned", ("org:veltrix",), ("org:tarsa",))]


def test_a_speaker_named_before_the_pronoun_is_still_its_antecedent():
    assert summaries("Veltrix said it had bought Omnia.", ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia")) == [
        ("acquire", "done", ("org:veltrix",), ("org:omnia",))]


def test_a_city_before_a_company_noun_is_its_home_not_the_company():
    assert summaries("Veltrix is in competition with Omnia to take over the Lisvan exchange.",
                     ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"), ("Lisvan", "place:lisvan")) == []
    assert summaries("Veltrix agreed to buy the Lisvan exchange.",
                     ("Veltrix", "org:veltrix"), ("Lisvan", "place:lisvan")) == []


def test_a_company_named_beside_its_city_and_a_unit_named_by_a_place_are_still_bought():
    assert summaries("Veltrix agreed to buy Omnia, the Lisvan exchange.",
                     ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"), ("Lisvan", "place:lisvan")) == [
        ("acquire", "agreed", ("org:veltrix",), ("org:omnia",))]
    # a name typed as a place before a unit's noun is the unit's own name
    assert summaries("Veltrix bought the Lisvan unit from Omnia.",
                     ("Veltrix", "org:veltrix"), ("Lisvan", "place:lisvan"), ("Omnia", "org:omnia")) == [
        ("acquire", "done", ("org:veltrix",), ("place:lisvan",))]


def test_the_deals_of_several_owners_are_no_deal_between_them():
    pairs = (("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"))
    assert summaries("The terms match Veltrix's and Omnia's agreements.", *pairs) == []
    assert summaries("The terms match those of Veltrix's and Omnia's agreements.", *pairs) == []


def test_one_deal_of_two_owners_or_with_another_is_still_a_deal():
    pairs = (("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"))
    assert summaries("The terms match Veltrix's and Omnia's agreement.", *pairs) == [
        ("agreement", "done", ("org:omnia", "org:veltrix"))]
    assert summaries("The terms match Veltrix's agreement with Omnia.", *pairs) == [
        ("agreement", "done", ("org:omnia", "org:veltrix"))]


# --- a bid whose infinitive names its aim is no bid for the company the article is about ----------


def test_a_bid_to_become_or_to_run_something_is_no_takeover():
    assert summaries("Omnia's shares fell. Tomas Ekdal made a bid last year to become chairman of the retailer.",
                     ("Omnia", "org:omnia"), ("Tomas Ekdal", "person:ekdal")) == []
    assert summaries("Lumanet will carry ten new channels next year. Veltrix TV and Sorrel Media have made bids "
                     "to run packages of channels.",
                     ("Lumanet", "org:lumanet"), ("Veltrix TV", "org:veltrix"), ("Sorrel Media", "org:sorrel")) == []


def test_a_bid_with_no_aim_or_to_buy_is_still_a_takeover_bid():
    pairs = (("Omnia", "org:omnia"), ("Halvard Group", "org:halvard"))
    assert summaries("Omnia's shares rose. Halvard Group made a bid last week.", *pairs) == [
        ("acquire", "announced", ("org:halvard",), ("org:omnia",))]
    assert summaries("Halvard Group made a bid to buy Omnia last week.", *pairs[::-1]) == [
        ("acquire", "announced", ("org:halvard",), ("org:omnia",))]


# --- an adjective of willingness over a trigger: disposed to, not told as done or arranged ---------


PEOPLE = (("Ana Ruiz", "person:ruiz"), ("Daniel Okafor", "person:okafor"))


def test_being_happy_or_ready_to_meet_or_buy_is_no_event():
    assert summaries("Ana Ruiz said she would be happy to meet Daniel Okafor.", *PEOPLE) == []
    assert summaries("Halvard Group is ready to buy Omnia.", ("Halvard Group", "org:halvard"),
                     ("Omnia", "org:omnia")) == []


def test_an_arranged_event_or_a_past_act_after_an_adjective_is_still_told():
    assert summaries("Ana Ruiz is due to meet Daniel Okafor on Friday.", *PEOPLE) == [
        ("meet", "planned", ("person:okafor", "person:ruiz"))]
    # "about", which the small model tags as an adjective there, is to come at once
    assert summaries("Halvard Group is about to buy Omnia.", ("Halvard Group", "org:halvard"),
                     ("Omnia", "org:omnia")) == [("acquire", "planned", ("org:halvard",), ("org:omnia",))]
    assert summaries("Ana Ruiz was quick to sign a deal with Daniel Okafor.", *PEOPLE) == [
        ("agreement", "done", ("person:okafor", "person:ruiz"))]


# --- two countries' deal signed again by their leaders is one deal, the leaders its parties --------

SIGNED_BY_LEADERS = ("Norland and Pelora have agreed a grain-for-gas barter deal. Norland's President Ana Ruiz and "
                     "Pelora's Prime Minister Daniel Okafor signed the deal in Lisbon on Monday.")
LEADERS = (("Norland", "country:NOR"), ("Pelora", "country:PEL"), ("Norland", "country:NOR"),
           ("Ana Ruiz", "person:ruiz"), ("Pelora", "country:PEL"), ("Daniel Okafor", "person:okafor"))
TITLES = {"Ana Ruiz": "President", "Daniel Okafor": "Prime Minister"}


def test_a_deal_signed_again_by_the_sides_leaders_is_one_deal_between_the_leaders():
    [deal] = events_of(SIGNED_BY_LEADERS, *LEADERS, titles=TITLES,
                       affiliations={"Ana Ruiz": "country:NOR", "Daniel Okafor": "country:PEL"})
    assert summary(deal) == ("agreement", "done", ("person:okafor", "person:ruiz"))
    assert deal.start == 0 and deal.evidence == [0, 1]


def test_leaders_of_other_sides_sign_a_deal_of_their_own():
    body = SIGNED_BY_LEADERS.replace("Pelora's Prime", "Tarsa's Prime")
    deals = events_of(body, *LEADERS[:4], ("Tarsa", "country:TAR"), LEADERS[5], titles=TITLES,
                      affiliations={"Ana Ruiz": "country:NOR", "Daniel Okafor": "country:TAR"})
    assert sorted(map(summary, deals)) == [("agreement", "agreed", ("country:NOR", "country:PEL")),
                                           ("agreement", "done", ("person:okafor", "person:ruiz"))]


# --- sides that "meet" in a sentence telling of a match play it --------------------------------------

@pytest.mark.parametrize("body, pairs", [
    ("Halden meet Tarsa in Turin on September 11, with the return match in May.",
     (("Halden", "org:halden"), ("Tarsa", "org:tarsa"))),
    ("Two weeks ago Halden met Tarsa for the first time in a Cup match in Turin.",
     (("Halden", "person:halden"), ("Tarsa", "org:tarsa"))),  # a club the model took for a person
    ("Ana Ruiz met Mei Tanaka in the final on Sunday and won 6-4 6-2.",
     (("Ana Ruiz", "person:ruiz"), ("Mei Tanaka", "person:tanaka"))),
])
def test_sides_that_meet_in_a_sentence_telling_of_a_match_play_it(body, pairs):
    assert events_of(body, *pairs) == []


@pytest.mark.parametrize("body", [
    "Halden met Tarsa in Turin on September 11 to discuss a merger.",
    "Halden met Tarsa in Turin on September 11 to discuss a tie-up.",
])
def test_sides_that_meet_with_no_match_told_still_meet(body):
    assert summaries(body, ("Halden", "org:halden"), ("Tarsa", "org:tarsa")) == [
        ("meet", "done", ("org:halden", "org:tarsa"))]


# --- "an order for" names what is ordered --------------------------------------------------------------

def test_orders_accepted_for_a_product_have_no_client_named():
    # the entity layer may type a product's name as a person or an organisation
    assert summaries("Velka resellers are accepting orders for the new Orvex Pro.",
                     ("Velka", "org:velka"), ("Orvex Pro", "person:orvex")) == []
    assert summaries("Velka won an order from Skyvale for 20 jets.", ("Velka", "org:velka"), ("Skyvale", "org:skyvale")) == [
        ("contract", "done", ("org:velka",), ("org:skyvale",))]
    assert summaries("Velka won a contract for the Norland navy.", ("Velka", "org:velka"), ("Norland", "country:NOR")) == [
        ("contract", "done", ("org:velka",), ("country:NOR",))]


# --- whoever made a thing is someone else than the thing ------------------------------------------------

def test_the_creator_or_founder_of_a_company_is_not_the_company():
    assert summaries("The creator of TV soap Velka has written to the minister to offer to buy Orvex.",
                     ("Velka", "org:velka"), ("Orvex", "org:orvex")) == []
    assert summaries("Velka's founder agreed to buy Orvex.", ("Velka", "org:velka"), ("Orvex", "org:orvex")) == []
    # the government of a country stands for it
    assert summaries("The government of Pelora agreed to buy Orvex.", ("Pelora", "country:PEL"), ("Orvex", "org:orvex")) == [
        ("acquire", "agreed", ("country:PEL",), ("org:orvex",))]


def test_a_job_discussed_with_an_employer_is_no_meeting():
    pairs = (("Ana Kovac", "person:kovac"), ("Veltrix Group", "org:veltrix"))
    assert summaries("Ana Kovac said she was discussing a job with Veltrix Group at the time.", *pairs) == []
    assert summaries("Ana Kovac discussed the merger with Veltrix Group.", *pairs) == [
        ("meet", "done", ("org:veltrix", "person:kovac"))]


# --- a party's title the parse splits off as a subject of its own names no second party ---------------

def test_a_title_split_off_its_name_is_no_second_side():
    pairs = (("Tory", "org:tory"), ("Ana Kovac", "person:kovac"), ("Jonas Brekke", "person:brekke"))
    assert summaries_named("Tory co-chairman Ana Kovac was speaking to reporters.", *pairs) == []
    assert summaries_named("Tory co-chairman Ana Kovac was speaking with Jonas Brekke.", *pairs) == [
        ("meet", "done", ("person:brekke", "person:kovac"))]
    # two subjects joined by "and" stay two sides
    assert summaries_named("Tory and co-chairman Jonas Brekke conferred on trade.", *pairs) == [
        ("meet", "done", ("org:tory", "person:brekke"))]


# --- a deal noun said to be planned (proposed) is so, whatever the clause it is told in ---------------

@pytest.mark.parametrize("body, status", [
    ("Shares fell after a fund voiced opposition to Veltrix's planned takeover of Omnia Bank.", "planned"),
    ("Veltrix completed its planned takeover of Omnia Bank in May.", "done"),
    ("Shareholders approved Veltrix's proposed takeover of Omnia Bank.", "agreed"),
    # what is contemplated or intended is to come, whatever its clause says of it
    ("Veltrix said its contemplated cash acquisition of Omnia Bank is in its interests.", "planned"),
    ("Veltrix said its intended acquisition of Omnia Bank is in its interests.", "planned"),
])
def test_a_planned_deal_told_of_in_a_past_clause_is_still_planned(body, status):
    pairs = (("Veltrix", "org:veltrix"), ("Omnia Bank", "org:omnia"))
    assert summaries_named(body, *pairs) == [("acquire", status, ("org:veltrix",), ("org:omnia",))]


def test_a_deal_its_subject_plans_is_planned():
    pairs = (("Veltrix", "org:veltrix"), ("Omnia Bank", "org:omnia"), ("Pelora", "country:PEL"))
    assert summaries_named("Veltrix plans a joint venture with Omnia Bank.", *pairs) == [
        ("agreement", "planned", ("org:omnia", "org:veltrix"))]
    assert summaries_named("Veltrix said it plans a joint venture with Omnia Bank to make engine parts.", *pairs) == [
        ("agreement", "planned", ("org:omnia", "org:veltrix"))]
    assert summaries_named("Veltrix is preparing a bid for Omnia Bank.", *pairs) == [
        ("acquire", "planned", ("org:veltrix",), ("org:omnia",))]
    assert summaries_named("Veltrix is planning a $50m investment in Pelora.", *pairs) == [
        ("invest", "planned", ("org:veltrix",), ("country:PEL",))]
    # a deal set up is made
    assert summaries_named("Veltrix set up a joint venture with Omnia Bank in 2003.", *pairs) == [
        ("agreement", "done", ("org:omnia", "org:veltrix"))]


# --- those who visit a place or receive an honour together do not meet each other ---------------------

def test_a_joint_visit_to_a_place_or_an_honour_received_together_is_no_meeting():
    pairs = (("Ana Kovac", "person:kovac"), ("Jonas Brekke", "person:brekke"), ("Pelora", "country:PEL"),
             ("Veltrix Group", "org:veltrix"), ("Lund Prize", "org:lund"))
    assert summaries_named("Ana Kovac and Jonas Brekke visited Pelora on Monday.", *pairs) == []
    assert summaries_named("Ana Kovac and Jonas Brekke together received Lund Prize honours in 2004.", *pairs) == []
    # a named host or guest is met, and so is each other
    assert summaries_named("Ana Kovac and Jonas Brekke visited Veltrix Group on Monday.", *pairs) == [
        ("meet", "done", ("org:veltrix", "person:brekke", "person:kovac"))]
    assert summaries_named("Ana Kovac received Jonas Brekke in her office on Monday.", *pairs) == [
        ("meet", "done", ("person:brekke", "person:kovac"))]
    assert summaries_named("Ana Kovac and Jonas Brekke visited each other in May.", *pairs) == [
        ("meet", "done", ("person:brekke", "person:kovac"))]


# --- "was met with protests by Y" is a reception, no meeting --------------------------------------------

def test_a_reception_met_with_is_no_meeting():
    pairs = (("Veltrix", "org:veltrix"), ("Lund Council", "org:lund"))
    assert summaries_named("Veltrix's advert was met with protests by the Lund Council.", *pairs) == []
    assert summaries_named("Veltrix was met by Lund Council executives on Monday.", *pairs) == [
        ("meet", "done", ("org:lund", "org:veltrix"))]


# --- sports reports: fixtures, players transferred and pairings on the field are no events ----------

SPORTS_REPORT = ("Halden United beat Brask City 2-1 in the league on Saturday, their striker scoring twice. "
                 "{} The coach said the title race was open.")
HALDEN, BRASK = ("Halden United", "org:halden"), ("Brask City", "org:brask")
ANA, OMAR = ("Ana Kovac", "person:kovac"), ("Omar Bello", "person:bello")


@pytest.mark.parametrize("sentence", [
    "Halden United meet Brask City next week.",                  # a fixture
    "Ana Kovac will meet Omar Bello on Sunday.",                 # a match between players
    "Halden United have made a bid for Ana Kovac.",              # a player bid for
    "Ana Kovac will link up with Omar Bello in the doubles.",    # a pairing on the field
    "Ana Kovac converted to give Halden United a lifeline.",     # a score
])
def test_in_a_sports_report_fixtures_players_and_pairings_are_no_events(sentence):
    body = SPORTS_REPORT.format(sentence)
    assert summaries_named(body, HALDEN, BRASK, ANA, OMAR) == []


def test_in_a_sports_report_talks_and_a_club_bought_are_still_events():
    body = SPORTS_REPORT.format("Ana Kovac held talks with Omar Bello. Lia Sand agreed to buy Lake Rovers.")
    assert summaries_named(body, HALDEN, BRASK, ANA, OMAR, ("Lia Sand", "person:sand"), ("Lake Rovers", "org:lake")) == [
        ("acquire", "agreed", ("person:sand",), ("org:lake",)),
        ("meet", "done", ("person:bello", "person:kovac"))]


def test_in_a_sports_report_a_person_meeting_a_body_is_a_meeting():
    # a fixture is between clubs or between players; a new owner meeting the fans' society is a meeting
    body = SPORTS_REPORT.format("Ana Kovac met the Halden Supporters Society at the stadium on Thursday.")
    assert summaries_named(body, HALDEN, BRASK, ANA, ("Halden Supporters Society", "org:hss")) == [
        ("meet", "done", ("org:hss", "person:kovac"))]


def test_outside_a_sports_report_sides_meeting_still_meet():
    assert summaries_named("Halden United met Brask City in Oslo to discuss the merger.", HALDEN, BRASK) == [
        ("meet", "done", ("org:brask", "org:halden"))]


def test_a_title_hosted_is_no_guest_met():
    # "hosted the children's show Fat Albert": a kind of work before the name makes it a title
    assert summaries_named("Ana Kovac was a comic before hosting the children's show Omar Bello.", ANA, OMAR) == []
    assert summaries_named("Ana Kovac hosted the visiting minister Omar Bello.", ANA, OMAR) == [
        ("meet", "done", ("person:bello", "person:kovac"))]


def test_its_in_a_phrase_before_the_subject_is_the_subjects():
    # "According to the FT, in its latest meeting Deutsche Boerse will ...": Deutsche Boerse's
    # meeting, of which the FT is no side
    outlet, bank = ("FT", "org:ft"), ("Halvard Bank", "org:halvard")
    body = "According to the FT, in its next meeting Halvard Bank will adopt a softer tone."
    assert summaries_named(body, outlet, bank) == []
