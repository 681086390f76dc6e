"""The rules the passage matrix's misses were fixed by (tests/test_events_passages.py), on
passages of their own with the frame matrix's invented names given as mentions: what they must
read, and near phrasings that must stay as they were."""

import pytest

from tests.test_entities_events import events_of
from tests.test_events_frames import events_in


@pytest.mark.parametrize("body, expected", [
    # a "without" phrase on the trigger tells how it was done, not whether
    ("Sable Ventures invested $5m in Omnia, without giving details.",
     ("invest", ("org:sable",), ("org:omnia",), (), (), (5e6, "USD"))),
    ("Veltrix said it would buy Omnia for $80m, without disclosing its plans for the brand.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), (80e6, "USD"))),
    # the amount a next sentence gives the deal, by the type's noun or by "the deal"
    ("Halvard Bank agreed to lend to Orvex on Monday. The loan is worth $250 million, the bank said.",
     ("lend", ("org:halvard",), ("org:orvex",), (), (), (250e6, "USD"))),
    ("Veltrix bought Omnia on Tuesday. The deal was valued at $2bn.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), (2e9, "USD"))),
    ("Aurum Capital invested in Omnia. The investment totals 40m euros.",
     ("invest", ("org:aurum",), ("org:omnia",), (), (), (40e6, "EUR"))),
    # or by a modifier of the definite noun, wherever it stands
    ("Veltrix agreed to buy Omnia. The deal, worth $53 billion, is expected to close in June.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), (53e9, "USD"))),
    ("Veltrix agreed to buy Omnia. The £13.8m deal gives Veltrix a foothold in Kenya.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), (13.8e6, "GBP"))),
])
def test_passage_rule_event(body, expected):
    assert events_in(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # the next sentence's money is no size of the deal: another subject, a clause below, no "worth"
    ("Veltrix bought Omnia on Tuesday. Omnia's sales totalled $2bn last year.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)),
    ("Veltrix bought Omnia on Tuesday. The deal came after Omnia raised $2bn from banks.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)),
    ("Halvard Bank agreed to lend to Orvex. The loan is due in 2030, when $250 million falls due.",
     ("lend", ("org:halvard",), ("org:orvex",), (), (), None)),
    # a loan's noun does not size a purchase
    ("Veltrix bought Omnia on Tuesday. The loan is worth $50m.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)),
    ("Veltrix bought Omnia on Tuesday. The $50m loan was repaid in May.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)),
    # an amount in a clause on the deal is no size of it
    ("Veltrix bought Omnia on Tuesday. The deal, which cut costs by $5m, closed in May.",
     ("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)),
])
def test_passage_rule_amount_left_alone(body, expected):
    assert events_in(body) == [expected]


@pytest.mark.parametrize("body", [
    "Talks ended without a deal between Veltrix and Omnia.",
    "Veltrix said that efforts to sign a supply agreement with Omnia had failed.",
    "Norland said its attempts to form a joint venture with Pelora had collapsed.",
])
def test_passage_rule_non_event(body):
    assert events_in(body) == []


@pytest.mark.parametrize("body, expected", [
    # an adverb set apart by a comma at the start is the passage's, not the subjects'
    ("Halvard Bank lent Orvex $5m. Separately, Veltrix met Omnia in Paris.",
     [("lend", ("org:halvard",), ("org:orvex",), (), (), (5e6, "USD")),
      ("meet", (), (), (), ("org:omnia", "org:veltrix"), None)]),
    ("Veltrix and Omnia held talks in Paris.", [("meet", (), (), (), ("org:omnia", "org:veltrix"), None)]),
])
def test_passage_rule_meetings_kept(body, expected):
    assert events_in(body) == expected


def test_subjects_acting_apart_hold_no_meeting():
    assert events_in("Veltrix and Omnia separately held talks with their lenders.") == []


# The rules the second passage matrix's misses were fixed by (tests/test_events_passages_wire.py).
@pytest.mark.parametrize("body, expected", [
    # a past participle standing for a passive clause: after its noun, or opening the sentence
    ("Bought by Veltrix in 2019, Omnia now makes robots.", ("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)),
    # money named as the means that backs someone is given to them
    ("Backed by a $75 million credit line from Halvard Bank, Orvex hired 200 workers.",
     ("lend", ("org:halvard",), ("org:orvex",), (), (), (75e6, "USD"))),
    ("Brightwater Hospital, backed by a £3m grant from the Aldermoor Foundation, opened a new ward.",
     ("fund", ("org:aldermoor",), ("org:bwh",), (), (), (3e6, "GBP"))),
    # people of two or more sides meeting stand for their sides
    ("Leaders of Norland and Pelora met in Geneva on Friday.", ("meet", (), (), (), ("country:NRL", "country:PEL"), None)),
    # talks held by the round
    ("Veltrix and Omnia held a new round of talks in Paris.", ("meet", (), (), (), ("org:omnia", "org:veltrix"), None)),
    # capital spent to expand works in a place, and works worth a sum in a place
    ("Sable Ventures will spend $800 million to expand its copper mine in Pelora.",
     ("invest", ("org:sable",), ("country:PEL",), (), (), (800e6, "USD"))),
    ("Sable Ventures will build a plant worth 700 million euros in Pelora.",
     ("invest", ("org:sable",), ("country:PEL",), (), (), (700e6, "EUR"))),
    ("Sable Ventures will put $300 million into data centres in Pelora.",
     ("invest", ("org:sable",), ("country:PEL",), (), (), (300e6, "USD"))),
    # a contract that is itself the passive subject: "to" wins it, "by" awards it
    ("A $1.2 billion contract to build a port has been awarded to Corvane Engineering by Norland.",
     ("contract", ("org:corvane",), ("country:NRL",), (), (), (1.2e9, "USD"))),
    # a minister signing with a company is its client
    ("Finance Minister Ana Ruiz signed a contract with Corvane Engineering for 12 ferries.",
     ("contract", ("org:corvane",), ("person:ruiz",), (), (), None)),
    # an opening participle of making tells who made the deal it comes before
    ("Signed by Veltrix and Omnia last week, the deal will cut costs.",
     ("agreement", (), (), (), ("org:omnia", "org:veltrix"), None)),
    # so does a reduced passive of making after it, set off by commas
    ("The deal, signed by Veltrix and Omnia last week, will cut costs.",
     ("agreement", (), (), (), ("org:omnia", "org:veltrix"), None)),
    # licensing something to a named party is a deal with it
    ("Veltrix has licensed its software to Omnia.", ("agreement", (), (), (), ("org:omnia", "org:veltrix"), None)),
    # contracted to do any work
    ("Orvex has been contracted by Norland to run its ports.", ("contract", ("org:orvex",), ("country:NRL",), (), (), None)),
])
def test_wire_passage_rule_event(body, expected):
    assert events_in(body) == [expected]


def test_agreeing_to_resume_talks_is_an_agreement_and_the_talks_planned():
    # as eval/events' annotators read it (GUIDELINES section 2): an agreement to negotiate is one
    assert events_in("Norland and Pelora agreed to resume negotiations on Friday.") == [
        ("agreement", (), (), (), ("country:NRL", "country:PEL"), None),
        ("meet", (), (), (), ("country:NRL", "country:PEL"), None)]


def test_a_participle_describing_its_noun_is_no_transaction():
    # "financed by X" after a name tells what it is; with a sum or a date it tells what happened
    assert events_in("Omnia, a charity financed by Veltrix, has accused Norland of harassment.") == []
    assert events_in("Omnia, bought by Veltrix in 2019, now employs 300 people.") == [
        ("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]
    # after its clause the participle may tell of any noun before it: no reading
    assert events_in("Omnia was part of Tarsa Holdings, bought by Veltrix in 2019.") == []


@pytest.mark.parametrize("body", [
    "Omnia was licensed by Norland to operate a port.",  # a licence granted by a regulator
    "Leaders of Norland met in Geneva on Friday.",  # one side's people meeting
    "Officials of Veltrix and Omnia praised the budget.",
    "Sable Ventures will spend $800 million on marketing in Pelora.",  # no works
    "Backed by Norland, Omnia rejected the plan.",  # backing without money
    "Sable Ventures put its workers into hotels in Pelora.",  # no money put in
    "Signed by Veltrix, the letter was sent to Omnia.",  # no deal
    "The letter, signed by Veltrix and Omnia, was sent to Pelora.",  # no deal
    "The Pelora economy contracted by 2% as Veltrix cut jobs.",  # shrank
    "Jonas Brekke was contracted by Veltrix to advise its board.",  # a person hired
])
def test_wire_passage_rule_non_event(body):
    assert events_in(body) == []


def test_an_agreement_entered_into_is_undertaken_by_its_subject():
    # "entered into" an agreement undertakes it, as "signed" or "agreed on" one does: its subject buys
    assert events_in("Veltrix has entered into an agreement to acquire Omnia.") == [
        ("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]


@pytest.mark.parametrize("body, expected", [
    # a portion of the shares held in a company buys the company, with control when it is all of them
    ("Veltrix will acquire 100% of the shares in Omnia from Kestrel Group.",
     ("acquire", ("org:veltrix",), ("org:omnia",), ("org:kestrel",), (), None)),
    ("Veltrix will acquire all the shares in Omnia.", ("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)),
    ("Sable Ventures will acquire 30% of the shares in Omnia.", ("invest", ("org:sable",), ("org:omnia",), (), (), None)),
])
def test_a_portion_of_the_shares_in_a_company_is_bought_in_it(body, expected):
    assert events_in(body) == [expected]


@pytest.mark.parametrize("body", [
    # a deal on the verge of being struck is not yet one, whatever the parse hangs the deal's content on
    "Norland is on the cusp of a deal to extend a ceasefire with Pelora.",
    "Veltrix is on the verge of buying Omnia.",
    "Veltrix is on the brink of a takeover of Omnia.",
])
def test_a_deal_on_the_verge_is_none_yet(body):
    assert events_in(body) == []


def test_a_seller_on_the_brink_of_collapse_still_sells():
    assert events_in("Kestrel Group, on the brink of collapse, sold Omnia to Veltrix.") == [
        ("acquire", ("org:veltrix",), ("org:omnia",), ("org:kestrel",), (), None)]


@pytest.mark.parametrize("body, expected", [
    # what is licensed is from its owner when no licensee is told, also after a verb joined to it
    ("Veltrix has licensed Omnia's films for its cinemas.", [("agreement", (), (), (), ("org:omnia", "org:veltrix"), None)]),
    ("Veltrix has licensed and will screen Omnia's new film.",
     [("agreement", (), (), (), ("org:omnia", "org:veltrix"), None)]),
    ("Veltrix has licensed its own films.", []),
])
def test_a_licence_of_what_another_owns_is_a_deal_with_the_owner(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a definite noun of the event's own type sizes it in any later sentence, when it is the one such event
    ("Veltrix has agreed to buy Omnia. With the acquisition, Veltrix will grow. Omnia makes drills. "
     "The acquisition is valued at approximately EUR 985 million.",
     [("acquire", ("org:veltrix",), ("org:omnia",), (), (), (985e6, "EUR"))]),
    # "the deal" may restate any transaction: only the one told just before it
    ("Veltrix has agreed to buy Omnia. Omnia makes drills. The deal is valued at $2bn.",
     [("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]),
    # two purchases told: "the acquisition" is either, so neither is sized from afar
    ("Veltrix has agreed to buy Omnia. Aurum Capital bought Lumo Robotics. Omnia makes drills. "
     "The acquisition is valued at $2bn.",
     [("acquire", ("org:veltrix",), ("org:omnia",), (), (), None),
      ("acquire", ("org:aurum",), ("org:lumo",), (), (), None)]),
])
def test_a_later_sentence_sizing_the_acquisition(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a list of places visited is places, whatever a name in it was typed: no one met
    ("Ana Ruiz will visit Pelora, Norland and Omnia this week.", []),
    ("Ana Ruiz will visit Omnia and Veltrix this week.",
     [("meet", (), (), (), ("org:omnia", "org:veltrix", "person:ruiz"), None)]),
    ("Ana Ruiz visited Pelora and met Jonas Brekke.", [("meet", (), (), (), ("person:brekke", "person:ruiz"), None)]),
])
def test_a_list_of_places_visited_names_no_one_met(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a reflexive set in apposition before an infinitive makes its noun the infinitive's subject
    ("Omnia praised Veltrix, itself shortly to merge with Kestrel Group.",
     [("agreement", (), (), (), ("org:kestrel", "org:veltrix"), None)]),
    ("Omnia praised Veltrix, itself due to merge with Kestrel Group.",
     [("agreement", (), (), (), ("org:kestrel", "org:veltrix"), None)]),
])
def test_an_infinitive_after_itself_is_about_the_noun_itself_is_set_beside(body, expected):
    assert events_in(body) == expected


def test_a_company_about_to_be_bought_itself_is_the_target():
    assert events_in("Omnia was sold to Veltrix, itself about to be bought by Aurum Capital.") == [
        ("acquire", ("org:veltrix",), ("org:omnia",), (), (), None),
        ("acquire", ("org:aurum",), ("org:veltrix",), (), (), None)]


@pytest.mark.parametrize("body, expected", [
    # what one side accuses another of, or alleges, is a claim, not an event told
    ("Veltrix accused Omnia of signing up to a deal with Norland.", []),
    ("Veltrix alleged that Omnia had bought Tarsa Foods.", []),
    # an accusation beside the event, not above it, leaves it
    ("Veltrix, accused of fraud last year, bought Omnia.", [("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]),
    ("Norland accused Veltrix, which bought Omnia in May, of fraud.",
     [("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]),
])
def test_an_accusation_or_allegation_states_no_event(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # what unnamed others say or think goes on is hearsay, the press's guess, even of a bid weighed
    ("The owners of Omnia are said to be considering an offer from Veltrix.", []),
    ("Veltrix is believed to be buying Omnia.", []),
    # what they say was done is reported, and a named source is no hearsay; what a bid is thought to be
    # describes a bid made
    ("The two firms are expected to seal the deal on Monday, despite what was thought to be a higher bid from "
     "Aurum Capital for Omnia.", [("acquire", ("org:aurum",), ("org:omnia",), (), (), None)]),
    ("Veltrix is said to have bought Omnia.", [("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]),
    ("Veltrix was said by Norland to be buying Omnia.", [("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]),
    ("The owners of Omnia are considering an offer from Veltrix.",
     [("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]),
])
def test_unsourced_hearsay_of_what_goes_on_states_no_event(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "they" meeting no one else are the only two people named just before
    ("Ana Ruiz says she rang Jonas Brekke as soon as she got his letter, they met up and have been in contact "
     "ever since.", [("meet", (), (), (), ("person:brekke", "person:ruiz"), None)]),
    ("Ana Ruiz called Jonas Brekke. They met on Tuesday.", [("meet", (), (), (), ("person:brekke", "person:ruiz"), None)]),
    # three people named, or someone else met: no pair to read
    ("Ana Ruiz thanked Jonas Brekke and Aron Feld. They met on Tuesday.", []),
    ("Ana Ruiz called Jonas Brekke. They met Aron Feld on Tuesday.", []),
    # only "meet" is reciprocal: "they" who discuss may be any group
    ("Ana Ruiz called Jonas Brekke. They will also discuss the budget.", []),
])
def test_they_who_met_are_the_two_people_named_before(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a company passed (fell) into the hands of a new holder is taken over by it
    ("Omnia promptly passed into the hands of state-controlled firm Veltrix.",
     [("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]),
    ("Omnia fell into the hands of Veltrix in 2003.", [("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]),
    # a country taken, or what passed the test, is no purchase
    ("Pelora fell into the hands of Norland in 1940.", []),
    ("Omnia passed the test.", []),
])
def test_a_company_passed_into_the_hands_of_a_new_holder_is_taken_over(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # who speaks of talks with X holds them
    ("Talks with Norland will go on next week, Veltrix said.",
     [("meet", (), (), (), ("country:NRL", "org:veltrix"), None)]),
    ("The agreement with Norland will stand, Veltrix said.",
     [("agreement", (), (), (), ("country:NRL", "org:veltrix"), None)]),
    # of agreements of a kind in general, anyone's, the speaker is no side
    ("Free trade agreements with Norland helped the region's exports, Halvard Bank said.", []),
])
def test_a_speaker_holds_the_talks_not_agreements_in_general(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a stake held (owned) by someone named is bought from them: an acquisition with a seller
    ("Veltrix acquired the 25% stake in Omnia held by Ana Ruiz.",
     [("acquire", ("org:veltrix",), ("org:omnia",), ("person:ruiz",), (), None)]),
    ("Veltrix bought the 25% stake in Omnia owned by Aurum Capital for $40m.",
     [("acquire", ("org:veltrix",), ("org:omnia",), ("org:aurum",), (), (40e6, "USD"))]),
    # with no holder named, a minority stake is an investment
    ("Veltrix acquired a 25% stake in Omnia.", [("invest", ("org:veltrix",), ("org:omnia",), (), (), None)]),
])
def test_a_stake_held_by_someone_named_is_bought_from_them(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the stake bought to become Y's (largest) shareholder is one in Y
    ("Veltrix said it had become the largest shareholder of Omnia, the former owner of Orvex, by acquiring the "
     "entire 25.2% stake held by Ana Ruiz for $117.9 million.",
     [("acquire", ("org:veltrix",), ("org:omnia",), ("person:ruiz",), (), (117.9e6, "USD"))]),
    ("Veltrix became Omnia's largest shareholder after buying a 25% stake for $40m.",
     [("invest", ("org:veltrix",), ("org:omnia",), (), (), (40e6, "USD"))]),
    # becoming a holder with no stake bought tells no purchase
    ("Veltrix became the largest shareholder of Omnia.", []),
])
def test_a_stake_bought_to_become_a_companys_holder_is_in_that_company(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # who initiated (opened, began) talks with someone holds them
    ("Veltrix had initiated talks with Omnia.", [("meet", (), (), (), ("org:omnia", "org:veltrix"), None)]),
    ("Veltrix initiated a review of its Omnia stake.", []),
])
def test_talks_initiated_are_held(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a stake told as bought and again, the same share, from its seller: one purchase from that seller
    ("The two firms held talks after Veltrix bought an 18.8% stake in Omnia on 13 January. Veltrix spent $584m "
     "on buying an 18.8% stake in Omnia from Ana Ruiz.",
     [("acquire", ("org:veltrix",), ("org:omnia",), ("person:ruiz",), (), (584e6, "USD"))]),
    # two shares: two stakes
    ("Veltrix bought an 18.8% stake in Omnia on 13 January. Veltrix later bought a 10% stake in Omnia from Ana Ruiz.",
     [("invest", ("org:veltrix",), ("org:omnia",), (), (), None),
      ("acquire", ("org:veltrix",), ("org:omnia",), ("person:ruiz",), (), None)]),
])
def test_a_stake_told_again_with_its_seller_is_one_purchase(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # meeting one's own wife or husband is private life
    ("Jonas Brekke met his future wife Ana Ruiz at university in Norland.", []),
    ("Ana Ruiz met her husband, Jonas Brekke, in Norland.", []),
    # another's spouse, or a person with no such word, is met as anyone
    ("Jonas Brekke met Aron Feld's wife, Ana Ruiz, in Norland.",
     [("meet", (), (), (), ("person:brekke", "person:ruiz"), None)]),
    ("Jonas Brekke met Ana Ruiz in Norland.", [("meet", (), (), (), ("person:brekke", "person:ruiz"), None)]),
])
def test_a_meeting_with_ones_own_spouse_is_no_meeting(body, expected):
    assert events_in(body) == expected


def test_a_titled_name_listed_before_another_is_met_too():
    # "Prime Minister A and opposition leader B": the parse hangs A, with the "and", on B's title
    assert events_in("Jonas Brekke will meet Prime Minister Ana Ruiz and opposition leader Aron Feld for talks.") == [
        ("meet", (), (), (), ("person:brekke", "person:feld", "person:ruiz"), None)]


@pytest.mark.parametrize("body, expected", [
    # a company's technology or patents bought are an asset of it: it is the target
    ("Veltrix has bought Omnia's hybrid technology, but plans to bring out its first model only in 2006.",
     [("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]),
    ("Veltrix uses Omnia's technology.", []),
])
def test_a_companys_technology_bought_is_its_asset(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "for X from A and B" after a participle: the parse hangs "from" on X, which takes no complement
    ("There were also donations topping £250,000 for the Kestrel Group from Veltrix and Omnia.",
     [("fund", ("org:veltrix",), ("org:kestrel",), (), (), (250e3, "GBP")),
      ("fund", ("org:omnia",), ("org:kestrel",), (), (), (250e3, "GBP"))]),
    ("There were also donations topping £250,000 for the Kestrel Group from Veltrix.",
     [("fund", ("org:veltrix",), ("org:kestrel",), (), (), (250e3, "GBP"))]),
])
def test_givers_hung_on_the_recipient_after_a_participle_give(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # calls for something are demands, no conversation
    ("The plan from Ana Ruiz - who was elected in a Norland seat - prompted calls for a lower voting age.", []),
    ("Ana Ruiz had a call with Jonas Brekke for an hour.", [("meet", (), (), (), ("person:brekke", "person:ruiz"), None)]),
])
def test_calls_for_something_are_demands(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the speaker's own talks only when the clause names no one else holding them
    ("All four families have been involved in regular discussions with Norland, Ana Ruiz said.", []),
    ("The families held talks with Norland, Ana Ruiz said.", []),
    ("Talks with Norland will go on, Ana Ruiz said.", [("meet", (), (), (), ("country:NRL", "person:ruiz"), None)]),
    ("Omnia said it plans a joint venture with Veltrix.", [("agreement", (), (), (), ("org:omnia", "org:veltrix"), None)]),
])
def test_the_speaker_holds_the_talks_only_when_no_one_else_is_said_to(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # co-hosts of a dinner with no guest named met no one
    ("Ana Ruiz and Jonas Brekke hosted a dinner at the castle.", []),
    ("Ana Ruiz hosted a dinner for Jonas Brekke.", [("meet", (), (), (), ("person:brekke", "person:ruiz"), None)]),
    ("Ana Ruiz and Jonas Brekke had dinner in Oslo.", [("meet", (), (), (), ("person:brekke", "person:ruiz"), None)]),
])
def test_cohosts_of_a_dinner_meet_its_guests(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # what a clause of place follows right after it is a place, whatever the name was typed
    ("On Tuesday Ana Ruiz will visit Jonas Brekke, where the party won a seat last year.", []),
    ("Ana Ruiz will visit Jonas Brekke in Oslo, where they will discuss trade.",
     [("meet", (), (), (), ("person:brekke", "person:ruiz"), None)]),
])
def test_a_visit_to_what_a_clause_of_place_follows_is_no_meeting(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an act ordered ("the arrest of X") is a command, no goods ordered from a supplier
    ("Norland ordered the arrest of Ana Ruiz based on an extradition request from Pelora.", []),
    ("Veltrix ordered ten of Omnia's new jets.", [("contract", ("org:omnia",), ("org:veltrix",), (), (), None)]),
])
def test_an_act_ordered_is_no_goods_ordered(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body", [
    "According to ring insider Dane Rafter, Joslin and Wilde have agreed to all terms on a merger.",
    "According to ring insider Dane Rafter, Joslin and Wilde have signed a partnership deal.",
])
def test_the_source_after_according_to_is_no_side(body):
    """The parse may leave "to" without its object and make the source the subject, listing the
    sides with it or after it in apposition: the sides are the names after the comma."""
    events = events_of(body, ("Dane Rafter", "person:rafter"), ("Joslin", "org:joslin"), ("Wilde", "org:wilde"))
    assert [(e.event_type, sorted(p.entity_id for p in e.parties)) for e in events] == [
        ("agreement", ["org:joslin", "org:wilde"])]


@pytest.mark.parametrize("body, expected", [
    # the outlet's own reporter ("our X") interviews: no meeting
    ("In speaking with our Jonas Brekke, Ana Ruiz also explains how agencies work.", []),
    ("Ana Ruiz spoke with our correspondent Jonas Brekke on Monday.", []),
    ("Ana Ruiz spoke with Jonas Brekke on Monday.", [("meet", (), (), (), ("person:brekke", "person:ruiz"), None)]),
])
def test_speaking_with_the_outlets_own_reporter_is_an_interview(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a dispute settled "with" its other side, the parse hanging "with" on the dispute
    ("Veltrix agreed to pay $15m to settle a lawsuit with Omnia.", [("agreement", (), (), (), ("org:omnia", "org:veltrix"), None)]),
    ("Veltrix settled its dispute with Omnia in May.", [("agreement", (), (), (), ("org:omnia", "org:veltrix"), None)]),
])
def test_a_dispute_settled_with_its_other_side_is_an_agreement(body, expected):
    assert events_in(body) == expected
