"""Acquire and agreement events from the dependency parse, on invented sentences: one grammatical
construction per case (nominal takeovers and sales, passives, bids made by a verb, buyers named by
their role, contests won, deals made and agreed), with the sentences it must not read as an event."""

import pytest

from assets.entities.events import load_parser, opens_infinitive_clause
from tests.test_entities_events import events_of, summary

VELTRIX = ("Corvane Mining", "org:corvane")
OMNIA = ("Talbot Resources", "org:talbot")
TARSA = ("Brenna Copper", "org:brenna")
NORLAND = ("Norland", "country:NOR")
PELORA = ("Pelora", "country:PEL")


def one(body, *pairs, kind=None):
    [event] = events_of(body, *pairs, kind=kind)
    return summary(event), event.amount.text if event.amount else None


@pytest.mark.parametrize("body, pairs, expected", [
    # nominal takeovers and purchases, their price as a modifier or a complement
    ("Corvane Mining said its $16bn takeover of Talbot Resources would close in May.", (VELTRIX, OMNIA),
     (("acquire", "planned", ("org:corvane",), ("org:talbot",)), "$16bn")),
    ("Brenna Copper's purchase of a majority stake in Talbot Resources was completed for £40m.", (TARSA, OMNIA),
     (("acquire", "done", ("org:brenna",), ("org:talbot",)), "£40m")),
    ("The sale of Talbot Resources to Corvane Mining for £146m is a lifeline for the group.", (OMNIA, VELTRIX),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), "£146m")),
    ("The sale of a 33% stake in Talbot Resources to Corvane Mining for £146m was approved.", (OMNIA, VELTRIX),
     (("acquire", "agreed", ("org:corvane",), ("org:talbot",)), "£146m")),
    ("Brenna Copper's sale of its Talbot Resources unit to Corvane Mining raised £90m.", (TARSA, OMNIA, VELTRIX),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), "£90m")),
    ("Shares rose after a bid by Corvane Mining for Talbot Resources worth $2bn.", (VELTRIX, OMNIA),
     (("acquire", "announced", ("org:corvane",), ("org:talbot",)), "$2bn")),
    # a sum in millions before the bid: its "m" is no "am" making the bid a verb done
    ("Corvane Mining tabled a $200m bid for Talbot Resources.", (VELTRIX, OMNIA),
     (("acquire", "announced", ("org:corvane",), ("org:talbot",)), "$200m")),
    ("The £800m bid from Corvane Mining for Talbot Resources was rejected.", (VELTRIX, OMNIA),
     (("acquire", "announced", ("org:corvane",), ("org:talbot",)), "£800m")),
    # an attempt made to buy is a bid, as "its attempt to buy" is
    ("Last year Corvane Mining tried to buy Talbot Resources, but lost out.", (VELTRIX, OMNIA),
     (("acquire", "announced", ("org:corvane",), ("org:talbot",)), None)),
    ("Corvane Mining, which is trying to buy Talbot Resources, raised its offer.", (VELTRIX, OMNIA),
     (("acquire", "announced", ("org:corvane",), ("org:talbot",)), None)),
    # the means of an outcome told as fact was used
    ("By buying Talbot Resources in 2003, Corvane Mining became the largest miner.", (OMNIA, VELTRIX),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), None)),
    # a company merged into another is taken over by it; the owner merging it is not the buyer
    ("Talbot Resources was merged into Corvane Mining in 2003.", (OMNIA, VELTRIX),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), None)),
    ("Brenna Copper will merge Talbot Resources into Corvane Mining next year.", (TARSA, OMNIA, VELTRIX),
     (("acquire", "planned", ("org:corvane",), ("org:talbot",)), None)),
    # a description as the object is not the clause's own subject, even when that subject is "it"
    ("Mining shares rallied on Monday. Shares in Talbot Resources rose after Corvane Mining confirmed it had "
     "agreed to buy the miner for $2bn.",
     (OMNIA, VELTRIX), (("acquire", "agreed", ("org:corvane",), ("org:talbot",)), "$2bn")),
    # a sum paid for a company's unit buys the unit, and the company is the target when the unit has no name
    ("Corvane Mining paid $1.75bn for Talbot Resources' copper division.", (VELTRIX, OMNIA),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), "$1.75bn")),
    # the parse may hang the "for" on the sum
    ("Under the terms of the deal, Corvane Mining will pay £10.7bn for Allied Talbot.",
     (VELTRIX, ("Allied Talbot", "org:talbot")),
     (("acquire", "planned", ("org:corvane",), ("org:talbot",)), "£10.7bn")),
    # passives and participles
    ("Talbot Resources was acquired by Corvane Mining in 2003.", (OMNIA, VELTRIX),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), None)),
    ("Talbot Resources was bought by Corvane Mining for $500m last year.", (OMNIA, VELTRIX),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), "$500m")),
    ("Talbot Resources, sold to Corvane Mining for $800m in 2004, has since doubled its sales.", (OMNIA, VELTRIX),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), "$800m")),
    ("Brenna Copper sold Talbot Resources to Corvane Mining for $800m.", (TARSA, OMNIA, VELTRIX),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), "$800m")),
    # control handed over, a holder's stake bought
    ("Brenna Copper gave control of Talbot Resources to Corvane Mining for $9.3bn.", (TARSA, OMNIA, VELTRIX),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), "$9.3bn")),
    ("Corvane Mining acquired the state's 30% stake in Talbot Resources in 2011.", (VELTRIX, OMNIA),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), None)),
    # contests won, bids made by a verb
    ("Corvane Mining has won the takeover battle for Talbot Resources with a bid worth $6.8bn.", (VELTRIX, OMNIA),
     (("acquire", "agreed", ("org:corvane",), ("org:talbot",)), "$6.8bn")),
    ("Corvane Mining bid $2bn for Talbot Resources in March.", (VELTRIX, OMNIA),
     (("acquire", "announced", ("org:corvane",), ("org:talbot",)), "$2bn")),
    ("Corvane Mining offered £1.3bn for Talbot Resources last year.", (VELTRIX, OMNIA),
     (("acquire", "announced", ("org:corvane",), ("org:talbot",)), "£1.3bn")),
    ("Corvane Mining earlier offered £1.1bn, which was rejected by Talbot Resources.", (VELTRIX, OMNIA),
     (("acquire", "announced", ("org:corvane",), ("org:talbot",)), "£1.1bn")),
    ("Talbot Resources is arguing against an offer from Corvane Mining.", (OMNIA, VELTRIX),
     (("acquire", "announced", ("org:corvane",), ("org:talbot",)), None)),
    ("Talbot Resources' takeover by Corvane Mining was approved.", (OMNIA, VELTRIX),
     (("acquire", "agreed", ("org:corvane",), ("org:talbot",)), None)),
    ("Corvane Mining snapped up Talbot Resources for $2bn.", (VELTRIX, OMNIA),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), "$2bn")),
    # a purchase yet to be completed is agreed
    ("Corvane Mining has yet to complete its purchase of Talbot Resources.", (VELTRIX, OMNIA),
     (("acquire", "agreed", ("org:corvane",), ("org:talbot",)), None)),
    # taken off the market by a buyer
    ("Talbot Resources will be taken private by Corvane Mining in a $5bn deal.", (OMNIA, VELTRIX),
     (("acquire", "planned", ("org:corvane",), ("org:talbot",)), "$5bn")),
    ("Corvane Mining agreed to take Talbot Resources private for $5bn.", (VELTRIX, OMNIA),
     (("acquire", "agreed", ("org:corvane",), ("org:talbot",)), "$5bn")),
    ("Corvane Mining sold its stake in Talbot Resources to Brenna Copper.", (VELTRIX, OMNIA, TARSA),
     (("acquire", "done", ("org:brenna",), ("org:talbot",)), None)),
    ("Corvane Mining has won control of Talbot Resources.", (VELTRIX, OMNIA),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), None)),
    ("Corvane Mining has taken a 51% stake in Talbot Resources.", (VELTRIX, OMNIA),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), None)),
    ("Talbot Resources has accepted a takeover offer from Corvane Mining.", (OMNIA, VELTRIX),
     (("acquire", "agreed", ("org:corvane",), ("org:talbot",)), None)),
    # an offer still weighed was made, not accepted
    ("Talbot Resources is deciding whether to accept an offer from Corvane Mining.", (OMNIA, VELTRIX),
     (("acquire", "announced", ("org:corvane",), ("org:talbot",)), None)),
    ("Talbot Resources agreed to a $2bn takeover by Corvane Mining.", (OMNIA, VELTRIX),
     (("acquire", "agreed", ("org:corvane",), ("org:talbot",)), "$2bn")),
    ("Corvane Mining agreed to pay $2bn for Talbot Resources.", (VELTRIX, OMNIA),
     (("acquire", "agreed", ("org:corvane",), ("org:talbot",)), "$2bn")),
    # a deal for a company is for its purchase
    ("Corvane Mining's $4.7bn deal for Talbot Resources was approved by shareholders.", (VELTRIX, OMNIA),
     (("acquire", "agreed", ("org:corvane",), ("org:talbot",)), "$4.7bn")),
    ("Corvane Mining signed a $2bn deal for Talbot Resources on Monday.", (VELTRIX, OMNIA),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), "$2bn")),
    # an unnamed asset "the" seller sells is the seller's own
    ("Corvane Mining sold the coal business to Talbot Resources for $2bn.", (VELTRIX, OMNIA),
     (("acquire", "done", ("org:talbot",), ("org:corvane",)), "$2bn")),
    ("The coal business was sold to Talbot Resources by Corvane Mining.", (OMNIA, VELTRIX),
     (("acquire", "done", ("org:talbot",), ("org:corvane",)), None)),
    # a sale told inside its proceeds still names what it sold and to whom
    ("Corvane Mining used the proceeds of the sale of its coal unit to Talbot Resources to cut debt.", (VELTRIX, OMNIA),
     (("acquire", "done", ("org:talbot",), ("org:corvane",)), None)),
    # the buyer named by its role
    ("Corvane Mining was the surprise buyer of Talbot Resources at an auction on Sunday.", (VELTRIX, OMNIA),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), None)),
    ("Talbot Resources was put up for sale in May. Corvane Mining emerged as the auction winner, agreeing to pay $9bn.",
     (OMNIA, VELTRIX), (("acquire", "done", ("org:corvane",), ("org:talbot",)), "$9bn")),
    # status from a clause the takeover only dates
    ("Corvane Mining expects to cut 800 jobs following its takeover of Talbot Resources.", (VELTRIX, OMNIA),
     (("acquire", "done", ("org:corvane",), ("org:talbot",)), None)),
    ("Talbot Resources' attempt to take over Brenna Copper was backed by Corvane Mining.", (OMNIA, TARSA, VELTRIX),
     (("acquire", "announced", ("org:talbot",), ("org:brenna",)), None)),
])
def test_acquisitions(body, pairs, expected):
    assert one(body, *pairs, kind="acquire") == expected


@pytest.mark.parametrize("body, pairs", [
    ("Corvane Mining ruled out a takeover of Talbot Resources.", (VELTRIX, OMNIA)),
    ("Corvane Mining is rumoured to be preparing a bid for Talbot Resources.", (VELTRIX, OMNIA)),
    ("Talbot Resources shareholders rejected the sale of Brenna Copper to Corvane Mining.", (OMNIA, TARSA, VELTRIX)),
    ("A sale of Talbot Resources to Corvane Mining could value the firm at $2bn.", (OMNIA, VELTRIX)),
    ("Corvane Mining has an option to buy Talbot Resources.", (VELTRIX, OMNIA)),
    ("If Corvane Mining bids for Talbot Resources, Brenna Copper will follow.", (VELTRIX, OMNIA, TARSA)),
    ("Corvane Mining bid farewell to Talbot Resources.", (VELTRIX, OMNIA)),
    ("Corvane Mining offered $5m to Talbot Resources in aid.", (VELTRIX, OMNIA)),
    ("Corvane Mining offered $5m in compensation.", (VELTRIX,)),
    ("Corvane Mining was the biggest buyer of Talbot Resources shoes last year.", (VELTRIX, OMNIA)),
    ("Corvane Mining won the race for the presidency of Talbot Resources.", (VELTRIX, OMNIA)),
    ("Sales of Talbot Resources cars to Corvane Mining rose 5%.", (OMNIA, VELTRIX)),
    ("Corvane Mining is the most likely bidder for Talbot Resources.", (VELTRIX, OMNIA)),
    ("Corvane Mining holds a 51% stake in Talbot Resources.", (VELTRIX, OMNIA)),
    ("Corvane Mining paid Talbot Resources $5m to settle the case.", (VELTRIX, OMNIA)),
    ("Corvane Mining paid $5m for the rights to Talbot Resources.", (VELTRIX, OMNIA)),
    ("Corvane Mining paid $5m for Talbot Resources' advice.", (VELTRIX, OMNIA)),
    ("Corvane Mining is in talks over a possible sale of Talbot Resources to Brenna Copper.", (VELTRIX, OMNIA, TARSA)),
    ("Corvane Mining announced a possible bid for Talbot Resources.", (VELTRIX, OMNIA)),
    ("Norland agreed to lend Corvane Mining the money to bid for Talbot Resources.", (NORLAND, VELTRIX, OMNIA)),
    ("Corvane Mining never tried to buy Talbot Resources.", (VELTRIX, OMNIA)),
    ("Talbot Resources bought the coal business last year.", (OMNIA,)),  # whose business, unsaid
    ("Corvane Mining will pay the proceeds of the sale to Talbot Resources.", (VELTRIX, OMNIA)),  # where money goes
    ("Pelora signed a $2bn deal for Talbot Resources trucks.", (PELORA, OMNIA)),  # goods the company makes
    ("Norland agreed a $2bn deal for Pelora.", (NORLAND, PELORA)),  # a deal for a country: aid, not its purchase
    ("Norland signed a deal for Talbot Resources to sell 20 ships to Pelora.", (NORLAND, OMNIA, PELORA)),  # for X to do
    ("Corvane Mining will try to buy Talbot Resources.", (VELTRIX, OMNIA)),
    ("By buying Talbot Resources, Corvane Mining would be able to cut costs, an analyst said.", (OMNIA, VELTRIX)),
    ("Corvane Mining wants to take Talbot Resources private.", (VELTRIX, OMNIA)),  # a wish
    ("Corvane Mining took Talbot Resources to court.", (VELTRIX, OMNIA)),  # "take" without "private"
    # a bid for a player, whose name the parse hangs elsewhere, is no bid for the club that reports it
    ('Talbot Resources have confirmed Corvane Mining made a bid for Tom Reyes - but managing director Ana Ruiz '
     'has called it "derisory".', (OMNIA, VELTRIX, ("Tom Reyes", "person:reyes"), ("Ana Ruiz", "person:ruiz"))),
])
def test_no_acquisition(body, pairs):
    assert events_of(body, *pairs, kind="acquire") == []


@pytest.mark.parametrize("body, pairs, expected", [
    ("Norland and Pelora agreed to merge their airlines.", (NORLAND, PELORA),
     ("agreement", "agreed", ("country:NOR", "country:PEL"))),
    ("The merger of Corvane Mining and Talbot Resources was completed in May.", (VELTRIX, OMNIA),
     ("agreement", "done", ("org:corvane", "org:talbot"))),
    ("Corvane Mining formed a joint venture with Talbot Resources.", (VELTRIX, OMNIA),
     ("agreement", "done", ("org:corvane", "org:talbot"))),
    ("Corvane Mining teamed up with Talbot Resources to build mines.", (VELTRIX, OMNIA),
     ("agreement", "done", ("org:corvane", "org:talbot"))),
    ("Corvane Mining is to link up with Talbot Resources.", (VELTRIX, OMNIA),
     ("agreement", "planned", ("org:corvane", "org:talbot"))),
    ("Corvane Mining joined forces with Talbot Resources in May.", (VELTRIX, OMNIA),
     ("agreement", "done", ("org:corvane", "org:talbot"))),
    # a collaboration is a joint project of its sides, by the noun or the verb
    ("Corvane Mining's collaboration with Talbot Resources was a project we could not ignore.", (VELTRIX, OMNIA),
     ("agreement", "done", ("org:corvane", "org:talbot"))),
    ("Corvane Mining and Talbot Resources announced a collaboration on battery metals.", (VELTRIX, OMNIA),
     ("agreement", "announced", ("org:corvane", "org:talbot"))),
    ("Corvane Mining is collaborating with Talbot Resources on a new smelter.", (VELTRIX, OMNIA),
     ("agreement", "done", ("org:corvane", "org:talbot"))),
    # work done jointly is a joint project of the sides
    ("Corvane Mining and Talbot Resources will jointly develop a copper mine.", (VELTRIX, OMNIA),
     ("agreement", "planned", ("org:corvane", "org:talbot"))),
    ("Corvane Mining will jointly explore the field with Talbot Resources.", (VELTRIX, OMNIA),
     ("agreement", "planned", ("org:corvane", "org:talbot"))),
    ("Norland and Pelora will build a joint border post.", (NORLAND, PELORA),
     ("agreement", "planned", ("country:NOR", "country:PEL"))),
    # a body two sides found together is a joint one of theirs
    ("Corvane Mining and Talbot Resources set up the venture in 2001.", (VELTRIX, OMNIA),
     ("agreement", "done", ("org:corvane", "org:talbot"))),
    ("The research centre, which was started by Norland and Pelora, closed in May.", (NORLAND, PELORA),
     ("agreement", "done", ("country:NOR", "country:PEL"))),
    ("The fund was founded by Norland and Pelora to finance clean energy.", (NORLAND, PELORA),
     ("agreement", "done", ("country:NOR", "country:PEL"))),
    ("Norland and Pelora initialled a border treaty on Friday.", (NORLAND, PELORA),
     ("agreement", "agreed", ("country:NOR", "country:PEL"))),
    # a deal on a policy named by a bare plural is a deal, not the money flow the plural names
    ("Norland and Pelora clinched a deal on farm subsidies.", (NORLAND, PELORA),
     ("agreement", "agreed", ("country:NOR", "country:PEL"))),
    ("Corvane Mining signed a memorandum with Talbot Resources on Monday.", (VELTRIX, OMNIA),
     ("agreement", "done", ("org:corvane", "org:talbot"))),
    ("Corvane Mining struck a pact with Talbot Resources.", (VELTRIX, OMNIA),
     ("agreement", "agreed", ("org:corvane", "org:talbot"))),
    ("Norland and Pelora reached an accord on fishing rights.", (NORLAND, PELORA),
     ("agreement", "agreed", ("country:NOR", "country:PEL"))),
    ("Norland terminated an agreement with Pelora, reached in 1992, on aircraft subsidies.", (NORLAND, PELORA),
     ("agreement", "done", ("country:NOR", "country:PEL"))),
    # who approves a deal between two others named is no side of it; its own deal it is
    ("Pelora approved Corvane Mining's deal with Talbot Resources.", (PELORA, VELTRIX, OMNIA),
     ("agreement", "agreed", ("org:corvane", "org:talbot"))),
    ("Pelora approved a trade deal with Norland.", (PELORA, NORLAND),
     ("agreement", "agreed", ("country:NOR", "country:PEL"))),
    # who merges two named bodies is no side of the merger; who merges its own unit is
    ("As minister, Ana Ruiz merged Corvane Mining with Talbot Resources.", (("Ana Ruiz", "person:ruiz"), VELTRIX, OMNIA),
     ("agreement", "done", ("org:corvane", "org:talbot"))),
    ("Corvane Mining merged its coal unit with Talbot Resources.", (VELTRIX, OMNIA),
     ("agreement", "done", ("org:corvane", "org:talbot"))),
])
def test_agreements(body, pairs, expected):
    [event] = events_of(body, *pairs, kind="agreement")
    assert summary(event) == expected


@pytest.mark.parametrize("body, pairs", [
    ("Corvane Mining rejected a deal with Talbot Resources.", (VELTRIX, OMNIA)),
    ("Corvane Mining hopes to sign a pact with Talbot Resources.", (VELTRIX, OMNIA)),
    ("Corvane Mining agreed with Talbot Resources that prices were too high.", (VELTRIX, OMNIA)),
    ("Corvane Mining criticised an agreement with Talbot Resources.", (VELTRIX, OMNIA)),
    ("Norland could team up with Pelora.", (NORLAND, PELORA)),
    ("Norland called for closer collaboration with Pelora.", (NORLAND, PELORA)),
    ("The report was written by Norland in collaboration with Pelora.", (NORLAND, PELORA)),
    ("Corvane Mining and Talbot Resources jointly own the smelter.", (VELTRIX, OMNIA)),  # held, no deal made
    # one founder, or a thing launched that is no body
    ("Corvane Mining set up the venture in 2001 with its own money.", (VELTRIX,)),
    ("Corvane Mining and Talbot Resources launched new products on Monday.", (VELTRIX, OMNIA)),
    ("Corvane Mining and Talbot Resources formed a consortium to bid for the mill.", (VELTRIX, OMNIA)),
    ("Corvane Mining raised venture capital with Talbot Resources.", (VELTRIX, OMNIA)),
    ("Norland and Pelora have yet to agree a trade deal.", (NORLAND, PELORA)),  # none so far
    ("Norland has yet to sign a pact with Pelora.", (NORLAND, PELORA)),
])
def test_no_agreement(body, pairs):
    assert events_of(body, *pairs, kind="agreement") == []


def test_its_venture_said_by_a_named_person_is_not_theirs():
    body = "The deal extends its joint venture with Pelora, said chief executive Ann Roe."
    found = events_of(body, PELORA, ("Ann Roe", "person:ann-roe"), kind="agreement",
                      titles={"Ann Roe": "chief executive"})
    assert all("person:ann-roe" not in {p.entity_id for p in e.parties} for e in found)


@pytest.mark.parametrize("body, expected", [
    ("Corvane Mining agreed to buy Talbot Resources for $31 a share, valuing the company at $2bn.", "$2bn"),
    ("Corvane Mining bought Talbot Resources in a deal worth $2bn.", "$2bn"),
    ("Corvane Mining bought Talbot Resources last year, when its shares were worth $5bn.", None),
    ("Corvane Mining made a 300p a share offer for Talbot Resources.", None),
    ("Corvane Mining made a 300p-a-share offer for Talbot Resources.", None),  # hyphenated, as the BBC writes it
    ("Corvane Mining agreed to buy Talbot Resources for $31-a-share in cash, or $135m.", "$135m"),
])
def test_the_amount_is_the_price_of_the_deal(body, expected):
    assert one(body, VELTRIX, OMNIA, kind="acquire")[1] == expected


@pytest.mark.parametrize("body, status", [
    # what a party says it would (will) do, or announces it plans to do, it announces
    ("Corvane Mining said it would buy Talbot Resources.", "announced"),
    ("Corvane Mining said it will buy Talbot Resources.", "announced"),
    ("Corvane Mining announced that it plans to buy Talbot Resources.", "announced"),
    ("Corvane Mining said it plans to buy Talbot Resources.", "planned"),
    # a proposal agreed to is agreed
    ("Corvane Mining has agreed a draft proposal to buy Talbot Resources.", "agreed"),
    ("Corvane Mining is set to buy Talbot Resources.", "planned"),
    ("Corvane Mining has agreed to buy Talbot Resources.", "agreed"),
    ("Corvane Mining has completed the purchase of Talbot Resources.", "done"),
    ("Corvane Mining did not cut jobs after its takeover of Talbot Resources.", "done"),
    ("Corvane Mining will cut 800 jobs after its takeover of Talbot Resources next year.", "planned"),
    # a purchase the noun calls planned or proposed is not made by the clause that backs or clears it
    ("Corvane Mining has won the backing of investors for its planned purchase of Talbot Resources.", "planned"),
    ("Regulators cleared Corvane Mining's proposed takeover of Talbot Resources.", "announced"),
    ("Corvane Mining completed its proposed takeover of Talbot Resources.", "done"),
    # "due to" as a preposition gives a cause; "is due to" a date
    ("Corvane Mining has a presence in Canada due to its 2001 acquisition of Talbot Resources.", "done"),
    ("Corvane Mining is due to complete its purchase of Talbot Resources next week.", "planned"),
])
def test_status_follows_the_clause(body, status):
    assert one(body, VELTRIX, OMNIA, kind="acquire")[0][1] == status


def test_two_names_the_parse_does_not_coordinate_are_both_parties():
    body = "Corvane Mining and Brenna Copper bought Talbot Resources."
    assert sorted(summary(e) for e in events_of(body, VELTRIX, TARSA, OMNIA)) == [
        ("acquire", "done", ("org:brenna",), ("org:talbot",)), ("acquire", "done", ("org:corvane",), ("org:talbot",))]
    body = "Corvane Mining and Talbot Resources reached an accord on prices."
    [event] = events_of(body, VELTRIX, OMNIA)
    assert summary(event) == ("agreement", "agreed", ("org:corvane", "org:talbot"))


RUIZ = ("Ana Ruiz", "person:ruiz")


@pytest.mark.parametrize("body, kind", [
    ("Talbot Resources took a majority stake in Ana Ruiz's mining company last week.", "acquire"),
    ("Talbot Resources took a 10% stake in Ana Ruiz's mining business last week.", "invest"),
    ("Talbot Resources bought Ana Ruiz's mining business last week.", "acquire"),
])
def test_a_person_s_company_with_no_name_is_written_as_its_owner(body, kind):
    assert [summary(e) for e in events_of(body, OMNIA, RUIZ)] == [(kind, "done", ("org:talbot",), ("person:ruiz",))]


def test_a_stake_bought_in_a_company_s_unnamed_unit_is_written_as_its_owner():
    for body in ("Talbot Resources has completed its $1.3 billion purchase of a stake in Brenna Copper's tower unit.",
                 "Talbot Resources completed the purchase of a stake in Brenna Copper's tower unit."):
        assert [summary(e) for e in events_of(body, OMNIA, TARSA)] == [
            ("invest", "done", ("org:talbot",), ("org:brenna",))], body


def test_a_deal_that_gives_control_of_a_company_is_its_purchase():
    body = "The deal will give Talbot Resources control of Brenna Copper."
    assert [summary(e) for e in events_of(body, OMNIA, TARSA)] == [
        ("acquire", "planned", ("org:talbot",), ("org:brenna",))]


def test_names_in_the_other_complements_of_a_deal_s_of_noun_are_no_members():
    # "of understanding": its "on a new Brenna plant" says what the deal is about
    body = "Corvane Mining signed a memorandum of understanding with Talbot Resources on a new Brenna plant."
    assert [summary(e) for e in events_of(body, VELTRIX, OMNIA, ("Brenna", "org:brenna"))] == [
        ("agreement", "done", ("org:corvane", "org:talbot"))]


def test_a_partnership_a_company_has_is_a_standing_relation_not_a_deal():
    assert events_of("Talbot Resources still has a partnership with Brenna Copper to sell ore.", OMNIA, TARSA) == []
    # a partnership formed, or one held in the past and told as such, is still one
    assert [summary(e) for e in events_of("Talbot Resources formed a partnership with Brenna Copper.", OMNIA, TARSA)] == [
        ("agreement", "done", ("org:brenna", "org:talbot"))]


@pytest.mark.parametrize("body, pairs, expected", [
    # a gerund after a preposition on a noun of intent or offer is its purchase, as an infinitive is
    ("Corvane Mining unveiled plans for acquiring Talbot Resources on Monday.", (VELTRIX, OMNIA),
     ("acquire", "announced", ("org:corvane",), ("org:talbot",))),
    ("Corvane Mining has made a proposal about buying Talbot Resources.", (VELTRIX, OMNIA),
     ("acquire", "announced", ("org:corvane",), ("org:talbot",))),
    ("Brenna Copper approved Corvane Mining's plans for buying Talbot Resources.", (TARSA, VELTRIX, OMNIA),
     ("acquire", "agreed", ("org:corvane",), ("org:talbot",))),
])
def test_a_gerund_on_a_noun_of_intent_or_offer_is_its_purchase(body, pairs, expected):
    assert [summary(e) for e in events_of(body, *pairs)] == [expected]


@pytest.mark.parametrize("body", [
    "Corvane Mining has opened talks about acquiring Talbot Resources.",  # negotiated, not yet a deal
    "Corvane Mining has no plans for buying Talbot Resources.",
    "Corvane Mining imposed a ban on buying Talbot Resources shares.",  # no noun of intent, offer or talks
])
def test_a_gerund_on_talks_a_denied_plan_or_another_noun_is_no_purchase(body):
    assert events_of(body, VELTRIX, OMNIA, kind="acquire") == []


@pytest.mark.parametrize("body, status", [
    ("Corvane Mining recently announced a deal to buy 26% of Talbot Resources.", "agreed"),
    ("Corvane Mining signed an agreement to acquire Talbot Resources on Monday.", "agreed"),
    ("Corvane Mining completed a deal to acquire Talbot Resources on Monday.", "done"),
])
def test_a_deal_to_buy_agrees_the_purchase_until_it_is_completed(body, status):
    [event] = events_of(body, VELTRIX, OMNIA)
    assert event.status == status


def test_a_signed_deal_to_supply_is_a_contract_made():
    [event] = events_of("Corvane Mining signed a deal to supply Talbot Resources with copper.", VELTRIX, OMNIA)
    assert summary(event) == ("contract", "done", ("org:corvane",), ("org:talbot",))


@pytest.mark.parametrize("body, expected", [
    # a noun of a deal or plan as the prepositional object of a verb of undertaking: its subject
    # is the one who takes it on, and so the subject of the noun's infinitive
    ("Corvane Mining agreed on a deal to buy Talbot Resources.", ("acquire", "agreed", ("org:corvane",), ("org:talbot",))),
    ("Corvane Mining signed up for a deal to buy Talbot Resources.", ("acquire", "agreed", ("org:corvane",), ("org:talbot",))),
    ("Corvane Mining embarked on a plan to invest $1bn in Talbot Resources.",
     ("invest", "planned", ("org:corvane",), ("org:talbot",))),
    ("Corvane Mining committed to a $2bn lifeline to bail out Talbot Resources.",
     ("fund", "agreed", ("org:corvane",), ("org:talbot",))),
])
def test_a_verb_of_undertaking_gives_its_subject_to_the_infinitive_of_its_prepositional_object(body, expected):
    assert [summary(e) for e in events_of(body, VELTRIX, OMNIA)] == [expected]


@pytest.mark.parametrize("body", [
    "Corvane Mining commented on a plan to buy Talbot Resources.",  # no verb of undertaking
    "Corvane Mining objected to a plan to buy Talbot Resources.",
    "Corvane Mining did not agree on a deal to buy Talbot Resources.",
])
def test_a_plan_commented_on_opposed_or_not_agreed_on_gives_no_purchase_to_the_subject(body):
    assert events_of(body, VELTRIX, OMNIA) == []


@pytest.mark.parametrize("body, pairs, expected", [
    # "for X to ...": X is the subject of a deal's or plan's infinitive, not the one who signs or announces it
    ("Pelora signed an agreement for Corvane Mining to buy Talbot Resources.", (PELORA, VELTRIX, OMNIA),
     [("acquire", "agreed", ("org:corvane",), ("org:talbot",))]),
    ("Pelora announced a plan for Corvane Mining to invest $1bn in Talbot Resources.", (PELORA, VELTRIX, OMNIA),
     [("invest", "announced", ("org:corvane",), ("org:talbot",))]),
    # a price after "for" gives no subject: the signatory still buys
    ("Corvane Mining signed a deal for $2bn to buy Talbot Resources.", (VELTRIX, OMNIA),
     [("acquire", "agreed", ("org:corvane",), ("org:talbot",))]),
])
def test_for_gives_the_subject_of_a_deal_s_infinitive(body, pairs, expected):
    assert [summary(e) for e in events_of(body, *pairs, kind=expected[0][0])] == expected


@pytest.mark.parametrize("body, expected", [
    ("Corvane Mining's move to buy Talbot Resources surprised analysts.", [("acquire", "announced", ("org:corvane",), ("org:talbot",))]),
    ("Corvane Mining's move to buy Talbot Resources failed.", []),  # a failed move bought nothing
])
def test_a_move_to_buy_is_a_bid_made(body, expected):
    assert [summary(e) for e in events_of(body, VELTRIX, OMNIA)] == expected


@pytest.mark.parametrize("body, status", [
    ("The $9bn proposed acquisition of Talbot Resources by Corvane Mining could spark more mergers.", "announced"),
    ("The agreed takeover of Talbot Resources by Corvane Mining might create a giant.", "agreed"),
])
def test_a_deal_told_as_proposed_or_agreed_is_one_whatever_it_would_do(body, status):
    assert one(body, OMNIA, VELTRIX)[0] == ("acquire", status, ("org:corvane",), ("org:talbot",))


@pytest.mark.parametrize("body", [
    "A takeover of Talbot Resources by Corvane Mining could value the firm at $2bn.",
    "The acquisition of Talbot Resources by Corvane Mining could spark more mergers.",
    "A possible takeover of Talbot Resources by Corvane Mining might spark more mergers.",
])
def test_a_deal_only_supposed_by_what_it_would_do_is_no_event(body):
    assert events_of(body, OMNIA, VELTRIX) == []


@pytest.mark.parametrize("body", [
    "Corvane Mining is linking with Talbot Resources in a venture to be called Brenna Copper.",
    "Corvane Mining set up a venture with Talbot Resources last year.",
])
def test_a_venture_with_a_named_side_is_a_deal_without_the_word_joint(body):
    assert [summary(e) for e in events_of(body, VELTRIX, OMNIA)] == [("agreement", "done", ("org:corvane", "org:talbot"))]


@pytest.mark.parametrize("body", [
    "Corvane Mining has invested in a venture run by Talbot Resources.",
    "Corvane Mining spoke with analysts about a venture in Talbot Resources' home town.",
    "Corvane Mining has no venture with Talbot Resources.",
])
def test_a_venture_with_no_side_named_after_with_or_denied_is_no_deal(body):
    assert [e for e in events_of(body, VELTRIX, OMNIA) if e.event_type == "agreement"] == []


def test_its_deal_that_an_adviser_advises_on_is_its_clients():
    body = "Kestrel Bank advised Corvane Mining on its purchase of Talbot Resources."
    assert [summary(e) for e in events_of(body, ("Kestrel Bank", "org:kestrel"), VELTRIX, OMNIA)] == [
        ("acquire", "done", ("org:corvane",), ("org:talbot",))]


@pytest.mark.parametrize("body, pairs, expected", [
    # "agree" with a takeover as its object: the takeover is the event, its target the subject when
    # the bidder is told after "by"
    ("Talbot Resources said it had agreed a £1.8bn takeover by Corvane Mining.", (OMNIA, VELTRIX),
     (("acquire", "agreed", ("org:corvane",), ("org:talbot",)), "£1.8bn")),
    ("Corvane Mining has agreed the purchase of Talbot Resources.", (VELTRIX, OMNIA),
     (("acquire", "agreed", ("org:corvane",), ("org:talbot",)), None)),
    # a proposal or approach whose compound is a takeover is a bid, from whoever it comes from
    ("Last week Talbot Resources rejected a takeover proposal from its rival Corvane Mining.", (OMNIA, VELTRIX),
     (("acquire", "announced", ("org:corvane",), ("org:talbot",)), None)),
    ("Corvane Mining made a takeover approach to Talbot Resources in May.", (VELTRIX, OMNIA),
     (("acquire", "announced", ("org:corvane",), ("org:talbot",)), None)),
])
def test_a_takeover_agreed_or_proposed_is_read_from_its_noun(body, pairs, expected):
    assert one(body, *pairs, kind="acquire") == expected


@pytest.mark.parametrize("body, pairs", [
    ("Talbot Resources rejected a proposal from Corvane Mining to cut fees.", (OMNIA, VELTRIX)),
    ("Talbot Resources took a new approach to Corvane Mining.", (OMNIA, VELTRIX)),
    # bids for a service received: a tender, not a takeover of whoever receives them
    ("Talbot Resources chose to receive bids from two firms, Corvane Mining and Brenna Copper, for delivery services.",
     (OMNIA, VELTRIX, TARSA)),
])
def test_a_proposal_that_is_no_takeover_or_bids_for_a_service_are_no_purchase(body, pairs):
    assert [e for e in events_of(body, *pairs) if e.event_type == "acquire"] == []


def test_firms_bought_are_the_companies_given_as_their_examples():
    body = "Corvane Mining has also bought firms such as Talbot Resources and Brenna Copper."
    assert [summary(e) for e in events_of(body, VELTRIX, OMNIA, TARSA)] == [
        ("acquire", "done", ("org:corvane",), ("org:talbot",)), ("acquire", "done", ("org:corvane",), ("org:brenna",))]


def test_a_description_stands_for_every_name_apposed_to_it():
    body = ("Canadian mining groups Talbot Resources and Brenna Copper have agreed plans to merge and create "
            "the biggest miner in Canada.")
    assert [summary(e) for e in events_of(body, OMNIA, TARSA)] == [("agreement", "agreed", ("org:brenna", "org:talbot"))]


@pytest.mark.parametrize("body, pairs, expected", [
    # a sale with no "of": its possessor is what is sold
    ("Shareholders of Talbot Resources approved the company's sale to Corvane Mining.", (OMNIA, VELTRIX),
     ("acquire", "agreed", ("org:corvane",), ("org:talbot",))),
    ("Talbot Resources' sale to Corvane Mining was approved by shareholders.", (OMNIA, VELTRIX),
     ("acquire", "agreed", ("org:corvane",), ("org:talbot",))),
    # the buyer the parse hangs on the verb the sale is the object of
    ("Brenna Copper completed the sale of Talbot Resources to Corvane Mining.", (TARSA, OMNIA, VELTRIX),
     ("acquire", "done", ("org:corvane",), ("org:talbot",))),
])
def test_a_sale_s_buyer_and_what_is_sold(body, pairs, expected):
    [event] = events_of(body, *pairs, kind="acquire")
    assert summary(event) == expected


def test_a_deal_the_parse_makes_the_subject_of_its_purpose_is_the_object_of_the_verb_above():
    body = "Corvane Mining and Talbot Resources announced a partnership to develop the mine."
    assert [summary(e) for e in events_of(body, VELTRIX, OMNIA)] == [("agreement", "announced", ("org:corvane", "org:talbot"))]


def test_the_verb_a_sale_is_the_to_object_of_names_no_buyer():
    body = "Claims for back taxes were a tool used against Brenna Copper, and led to the enforced sale Talbot Resources."
    assert [e for e in events_of(body, TARSA, OMNIA) if e.event_type == "acquire"] == []


def test_a_purchase_told_of_a_party_in_a_relative_clause_is_its_own_beside_the_deal():
    body = "Corvane Mining is set to merge with Brenna Copper, the company that acquired Talbot Resources last year."
    assert sorted(summary(e) for e in events_of(body, VELTRIX, TARSA, OMNIA)) == [
        ("acquire", "done", ("org:brenna",), ("org:talbot",)), ("agreement", "planned", ("org:brenna", "org:corvane"))]


@pytest.mark.parametrize("body, pairs", [
    ("The plan to sell Talbot Resources to Corvane Mining was scrapped.", (OMNIA, VELTRIX)),
    ("Corvane Mining's plan to invest $500m in Norland was shelved.", (VELTRIX, NORLAND)),
    ("Corvane Mining has shelved plans to buy Talbot Resources.", (VELTRIX, OMNIA)),
])
def test_a_plan_dropped_is_no_event(body, pairs):
    assert events_of(body, *pairs) == []


def test_a_plan_approved_stays_planned():
    body = "Corvane Mining's plan to buy Talbot Resources was approved by regulators."
    assert [summary(e) for e in events_of(body, VELTRIX, OMNIA)] == [("acquire", "planned", ("org:corvane",), ("org:talbot",))]


@pytest.mark.parametrize("body, pairs, expected", [
    # a company named before "stake" is the one the stake is held in
    ("Corvane Mining sold its Talbot Resources stake to Brenna Copper.", (VELTRIX, OMNIA, TARSA),
     ("acquire", "done", ("org:brenna",), ("org:talbot",))),
    ("Corvane Mining bought a 20% Talbot Resources stake from Brenna Copper.", (VELTRIX, OMNIA, TARSA),
     ("acquire", "done", ("org:corvane",), ("org:talbot",))),
    # the name before a bid its target accepts or rejects is the bidder
    ("Talbot Resources accepted a $2bn Corvane Mining bid.", (OMNIA, VELTRIX),
     ("acquire", "agreed", ("org:corvane",), ("org:talbot",))),
])
def test_a_name_before_a_stake_or_a_bid(body, pairs, expected):
    assert [summary(e) for e in events_of(body, *pairs, kind="acquire")] == [expected]


def test_a_stake_its_buyer_holds_was_bought_from_no_one():
    # "its stake" after a buying verb is the stake the buyer holds now, not the buyer's stake sold
    # to itself: a stake of no stated size, no seller named, is an investment
    kestrel = ("Kestrel Gold", "org:kestrel")
    body = "Talbot Resources bought its stake in Kestrel Gold in 1999."
    assert [summary(e) for e in events_of(body, OMNIA, kestrel)] == [
        ("invest", "done", ("org:talbot",), ("org:kestrel",))]
    # another's stake is bought from its holder
    body = "Talbot Resources bought Brenna Copper's stake in Kestrel Gold in 1999."
    assert [(summary(e), [p.entity_id for p in e.role("seller")]) for e in events_of(body, OMNIA, TARSA, kestrel)] == [
        (("acquire", "done", ("org:talbot",), ("org:kestrel",)), ["org:brenna"])]
    # a stake bought out is its holder's, whoever "its" is read as
    body = "Talbot Resources agreed a deal with Brenna Copper which will see it buy out its stake in Kestrel Gold."
    assert [summary(e)[0] for e in events_of(body, OMNIA, TARSA, kestrel) if e.event_type != "agreement"] == ["acquire"]


@pytest.mark.parametrize("body, unit, expected", [
    ("Corvane Mining bought Brenna Copper's Talbot unit in 1999.", ("Talbot", "org:talbot"), "org:talbot"),
    # a place only the model knows may be the unit's name mistyped
    ("Corvane Mining bought Brenna Copper's Talbot unit in 1999.", ("Talbot", "place:talbot"), "place:talbot"),
    # a place the gazetteer knows says where the owner's unit is
    ("Corvane Mining bought Brenna Copper's Pelora unit in 1999.", PELORA, "org:brenna"),
])
def test_a_unit_named_between_its_owners_possessive_and_its_noun_is_what_is_bought(body, unit, expected):
    [event] = events_of(body, VELTRIX, TARSA, unit, extractors={"Talbot": "ner"})
    assert summary(event) == ("acquire", "done", ("org:corvane",), (expected,))


def test_a_name_the_parse_reads_as_an_opening_adverb_is_the_subject():
    # the small parser reads "BSkyB" opening a sentence as an adverb, leaving "bought" no subject
    body = "BSkyB bought its stake in Kestrel Gold in 1999."
    assert [summary(e) for e in events_of(body, ("BSkyB", "org:bskyb"), ("Kestrel Gold", "org:kestrel"))] == [
        ("invest", "done", ("org:bskyb",), ("org:kestrel",))]


@pytest.mark.parametrize("body, word, expected", [
    ("Pelora signed a deal worth $1bn for Veltrix to sell ships to Norland.", "Veltrix", True),
    ("Pelora signed a deal worth $1bn for Talbot Resources on Monday.", "Resources", False),
    ("Pelora signed a deal for Veltrix, to everyone's surprise.", "Veltrix", False),
])
def test_a_name_doing_the_infinitive_after_it_is_no_company_bought(body, word, expected):
    # "a deal for Airbus to sell planes": Airbus sells, nobody buys it
    doc = load_parser()(body)
    [token] = [t for t in doc if t.text == word]
    assert opens_infinitive_clause(token) is expected


@pytest.mark.parametrize("body, status", [
    ("The EBRD has agreed to subscribe to new shares in Kartli Bank for 25 million euros.", "agreed"),
    ("The EBRD will subscribe for new shares in Kartli Bank worth 25 million euros.", "planned"),
    ("The EBRD subscribed to 25 million euros of new shares in Kartli Bank.", "done"),
])
def test_shares_subscribed_to_are_bought(body, status):
    # a new issue subscribed to is a stake bought from no seller: an investment
    events = events_of(body, ("EBRD", "org:ebrd"), ("Kartli Bank", "org:kartli"))
    assert [(summary(e), e.amount.text) for e in events] == [
        (("invest", status, ("org:ebrd",), ("org:kartli",)), "25 million euros")]


def test_a_subscription_to_a_newspaper_is_no_purchase():
    assert events_of("Veltrix subscribed to the Kartli Herald in 2019.", ("Veltrix", "org:veltrix"),
                     ("Kartli Herald", "org:herald")) == []


@pytest.mark.parametrize("body, expected", [
    ("Corvane Mining has completed the acquisition of 100 per cent of Talbot Resources for $98 million.",
     ("acquire", "done", ("org:corvane",), ("org:talbot",))),
    # a minority stake from a seller left unnamed is an investment, as "25%" is
    ("Corvane Mining bought 25 per cent of Talbot Resources from its founder for $60 million.",
     ("invest", "done", ("org:corvane",), ("org:talbot",))),
])
def test_a_share_written_per_cent_is_a_share_as_with_a_percent_sign(body, expected):
    # not goods counted by number ("bought 25 ... from its founder" was a supply contract)
    assert [summary(e) for e in events_of(body, VELTRIX, OMNIA)] == [expected]


def test_the_one_a_purchase_is_made_from_is_its_seller_never_its_buyer():
    # the buyer is not named (a description the layer cannot resolve): no event rather than the seller's
    body = "The company has completed its €640m purchase of Talbot Resources from Brenna Copper."
    assert events_of(body, OMNIA, TARSA) == []


def test_an_offer_from_someone_is_their_bid():
    body = "Talbot Resources rejected a takeover offer from Corvane Mining."
    assert [summary(e) for e in events_of(body, OMNIA, VELTRIX)] == [
        ("acquire", "announced", ("org:corvane",), ("org:talbot",))]


def test_a_purchase_agreement_signed_to_buy_a_stake_is_that_purchase_alone():
    # the side the agreement is signed with sells; it is not bought
    body = ("Corvane Mining has signed a share purchase agreement with Brenna Copper to acquire its 56.2 percent "
            "shareholding in Talbot Resources for $230m.")
    assert [summary(e) for e in events_of(body, VELTRIX, TARSA, OMNIA)] == [
        ("acquire", "agreed", ("org:corvane",), ("org:talbot",))]


@pytest.mark.parametrize("body", [
    "Brenna Copper said it had received an offer from Corvane Mining to buy its 49 percent stake in Talbot Resources.",
    "Brenna Copper said it had received an offer from Corvane Mining to buy Talbot Resources for $38m.",
    # a bid rejected was made all the same
    "Brenna Copper rejected an offer of $38m from Corvane Mining to buy its stake in Talbot Resources.",
])
def test_an_offer_from_a_bidder_to_buy_a_company_is_the_bidders_purchase_of_that_company(body):
    # the offer's infinitive tells what is bought: the one receiving the offer is no target (and,
    # for its stake, no buyer either: it had bought the stake it owns)
    events = events_of(body, TARSA, VELTRIX, OMNIA)
    assert [summary(e) for e in events] == [("acquire", "announced", ("org:corvane",), ("org:talbot",))]


def test_the_one_receiving_an_offer_for_its_stake_sells_it():
    body = "Brenna Copper said it had received an offer from Corvane Mining to buy its 49 percent stake in Talbot Resources."
    [event] = events_of(body, TARSA, VELTRIX, OMNIA)
    assert [p.entity_id for p in event.role("seller")] == ["org:brenna"]


def test_the_seller_of_a_stake_is_named_after_the_stake():
    # "from" hangs on the stake, not on "purchase": the seller named makes it a purchase, not a
    # minority investment
    body = ("The company said Corvane Mining had completed its purchase of a 49% stake in Talbot Resources "
            "from Brenna Copper for $310 million.")
    [event] = events_of(body, VELTRIX, OMNIA, TARSA)
    assert summary(event) == ("acquire", "done", ("org:corvane",), ("org:talbot",))
    assert [p.entity_id for p in event.role("seller")] == ["org:brenna"]


def test_a_deal_noun_naming_no_side_leaves_its_verb_to_tell_the_sale():
    # "In the ... asset sale since ...": the noun hangs on "sold" and names no one
    body = ("In the most significant asset sale since its troubles began, Orvex also sold its 51 per cent stake in "
            "Omnia Plaza to Veltrix for 5.6 billion yuan.")
    found = events_of(body, ("Orvex", "org:orvex"), ("Omnia Plaza", "org:omnia"), ("Veltrix", "org:veltrix"))
    assert [summary(e) for e in found] == [("acquire", "done", ("org:veltrix",), ("org:omnia",))]
