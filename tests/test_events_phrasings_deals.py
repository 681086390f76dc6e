"""A phrasing matrix for acquire, agreement and meet events: invented news sentences (wire and web
style, invented companies and people, real countries), built as trigger families × grammatical
frames × status × amount, each with what the annotation guidelines would write for it, and
sentences that state no event (rumoured, ruled out, rejected, hypothetical, generic, press
conferences, speeches, internal meetings, options, analysts' expectations). Mentions are given by
hand, every occurrence of a known name, so each case is about the event grammar, not the NER."""

import re

import pytest

from assets.entities.events import find_events_of_articles
from assets.entities.types import Entity, Mention, SentenceLocator
from tests.test_entities_events import events_of, sentence_spans

# invented names: surface → entity id (longest first, so "Veltrix Energy" wins over "Veltrix")
NAMES = {
    "Veltrix": "org:veltrix", "Omnia": "org:omnia", "Tarsa": "org:tarsa", "Kestrel Bank": "org:kestrel",
    "Brightwater": "org:brightwater", "Ana Ruiz": "person:ana-ruiz", "Jonas Brekke": "person:jonas-brekke",
    "Mei Tanaka": "person:mei-tanaka", "PDVX": "org:pdvx", "Omnarsa": "org:omnarsa", "Norway": "country:NOR", "U.S.": "country:USA", "Kenya": "country:KEN", "Brazil": "country:BRA",
}
NAME = re.compile("|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True)))


def found(body, kind):
    """The events of `kind` in body, every known name in it a mention."""
    pairs = [(m.group(), NAMES[m.group()]) for m in NAME.finditer(body)]
    return events_of(body, *pairs, kind=kind)


def short(entity_id):
    return entity_id.split(":")[1]


def described(event):
    """What the guidelines would write: type, status, roles (parties for agreement and meet) and
    the amount as written."""
    def ids(role):
        return ",".join(short(p.entity_id) for p in event.role(role)) or None

    if event.event_type in ("agreement", "meet"):
        roles = ("+".join(sorted(short(p.entity_id) for p in event.parties)),)
    else:
        roles = (ids("agent"), ids("recipient"), ids("seller"))
    return (event.event_type, event.status, *roles, event.amount.text if event.amount else None)


ACQUISITIONS = [
    # the trigger family, active, with the price in its usual places
    ("Veltrix bought Omnia for $2.1 billion in 2021.", "done", "veltrix", "omnia", None, "$2.1 billion"),
    ("Veltrix has acquired Omnia in a $900 million deal.", "done", "veltrix", "omnia", None, "$900 million"),
    ("Veltrix purchased a controlling stake in Omnia from Tarsa.", "done", "veltrix", "omnia", "tarsa", None),
    # a stake its holder's possessive names is bought from the holder: an acquisition
    ("Veltrix completed its purchase of Tarsa's 25% stake in Omnia for $480m.", "done", "veltrix", "omnia", "tarsa", "$480m"),
    ("Veltrix took over Omnia last year.", "done", "veltrix", "omnia", None, None),
    ("Veltrix swallowed Omnia in a deal valued at $3 billion.", "done", "veltrix", "omnia", None, "$3 billion"),
    ("Veltrix absorbed Omnia in 2019.", "done", "veltrix", "omnia", None, None),
    ("Veltrix snapped up Omnia for $450 million.", "done", "veltrix", "omnia", None, "$450 million"),
    ("Veltrix bought out Omnia in a deal worth $75 million.", "done", "veltrix", "omnia", None, "$75 million"),
    ("Veltrix acquired a majority stake in Omnia for $1.1 billion.", "done", "veltrix", "omnia", None, "$1.1 billion"),
    ("Veltrix bought a 60% stake in Omnia.", "done", "veltrix", "omnia", None, None),
    ("Veltrix took control of Omnia in 2022.", "done", "veltrix", "omnia", None, None),
    # selling: the buyer after "to", the subject the seller
    ("Tarsa sold Omnia to Veltrix for $80 million.", "done", "veltrix", "omnia", "tarsa", "$80 million"),
    ("Tarsa has agreed to sell Omnia to Veltrix.", "agreed", "veltrix", "omnia", "tarsa", None),
    ("Tarsa agreed to divest Omnia to Veltrix for $200 million.", "agreed", "veltrix", "omnia", "tarsa",
     "$200 million"),
    ("Tarsa offloaded Omnia to Veltrix in March.", "done", "veltrix", "omnia", "tarsa", None),
    # passives and participles
    ("Omnia was bought by Veltrix for $2bn.", "done", "veltrix", "omnia", None, "$2bn"),
    ("Omnia was taken over by Veltrix in 2018.", "done", "veltrix", "omnia", None, None),
    ("Omnia has agreed to be acquired by Veltrix for $1.2 billion.", "agreed", "veltrix", "omnia", None,
     "$1.2 billion"),
    ("Omnia, acquired by Veltrix in 2021, makes sensors.", "done", "veltrix", "omnia", None, None),
    ("Omnia, which Veltrix bought last year, makes sensors.", "done", "veltrix", "omnia", None, None),
    ("Veltrix, which bought Omnia in 2020, reported higher profits.", "done", "veltrix", "omnia", None, None),
    ("Omnia was sold to Veltrix by Tarsa for $90 million.", "done", "veltrix", "omnia", "tarsa", "$90 million"),
    # nominal frames
    ("Veltrix's $2bn acquisition of Omnia closed on Friday.", "done", "veltrix", "omnia", None, "$2bn"),
    ("The sale of Omnia to Veltrix was completed in March.", "done", "veltrix", "omnia", None, None),
    ("Tarsa has completed the sale of Omnia to Veltrix.", "done", "veltrix", "omnia", "tarsa", None),
    ("Tarsa sold a 25% stake in Omnia to Veltrix, giving it control of the company.", "done", "veltrix", "omnia",
     "tarsa", None),
    ("A bid by Veltrix for Omnia lifted shares on Monday.", "announced", "veltrix", "omnia", None, None),
    ("Omnia's takeover by Veltrix was approved by regulators.", "agreed", "veltrix", "omnia", None, None),
    ("The purchase of Omnia by Veltrix gives it a foothold in Kenya.", "done", "veltrix", "omnia", None, None),
    ("Veltrix's takeover of Omnia, valued at $5 billion, closed in May.", "done", "veltrix", "omnia", None,
     "$5 billion"),
    ("Veltrix's purchase of Omnia for $250 million was approved by shareholders.", "agreed", "veltrix", "omnia",
     None, "$250 million"),
    # bids and offers
    ("Veltrix launched a $5 billion bid for Omnia.", "announced", "veltrix", "omnia", None, "$5 billion"),
    ("Veltrix made a $3.4 billion offer for Omnia on Tuesday.", "announced", "veltrix", "omnia", None,
     "$3.4 billion"),
    ("Veltrix launched a tender offer for Omnia worth $800 million.", "announced", "veltrix", "omnia", None,
     "$800 million"),
    ("Veltrix offered to buy Omnia for $1 billion.", "announced", "veltrix", "omnia", None, "$1 billion"),
    # infinitives and status verbs
    ("Veltrix agreed to buy Omnia for $700 million.", "agreed", "veltrix", "omnia", None, "$700 million"),
    ("Veltrix agreed to take over Omnia.", "agreed", "veltrix", "omnia", None, None),
    ("Veltrix plans to buy Omnia.", "planned", "veltrix", "omnia", None, None),
    ("Veltrix intends to acquire Omnia by the end of the year.", "planned", "veltrix", "omnia", None, None),
    ("Veltrix is due to complete its purchase of Omnia next month.", "planned", "veltrix", "omnia", None, None),
    ("Veltrix completed its purchase of Omnia on Tuesday.", "done", "veltrix", "omnia", None, None),
    ("Veltrix closed its acquisition of Omnia.", "done", "veltrix", "omnia", None, None),
    ("Veltrix finalised its takeover of Omnia in June.", "done", "veltrix", "omnia", None, None),
    ("Veltrix has reached a deal to buy Omnia for $600 million.", "agreed", "veltrix", "omnia", None,
     "$600 million"),
    ("Veltrix struck a deal to acquire Omnia.", "agreed", "veltrix", "omnia", None, None),
    ("Veltrix unveiled plans to buy Omnia.", "announced", "veltrix", "omnia", None, None),
    # reported speech
    ("Veltrix said on Monday it would acquire Omnia in a deal valued at $4.2 billion.", "announced", "veltrix",
     "omnia", None, "$4.2 billion"),
    ("Veltrix said on Monday it had agreed to acquire Omnia for $650 million in cash.", "agreed", "veltrix", "omnia",
     None, "$650 million"),
    ("Veltrix said it had completed the acquisition of Omnia.", "done", "veltrix", "omnia", None, None),
    ("Veltrix announced on Tuesday that it would acquire Omnia, marking its biggest deal since 2019.", "announced",
     "veltrix", "omnia", None, None),
    # per-share prices are no amount of the deal; the total is
    ("Veltrix will acquire Omnia for $38 a share, or about $1.6 billion.", "planned", "veltrix", "omnia", None,
     "$1.6 billion"),
    ("Veltrix agreed to buy Omnia for $12 per share in cash.", "agreed", "veltrix", "omnia", None, None),
    # apposition
    ("Veltrix, the Norwegian software group, bought Omnia for $300 million.", "done", "veltrix", "omnia", None,
     "$300 million"),
    ("Veltrix completed the takeover of Omnia, the Kenyan payments firm, in June.", "done", "veltrix", "omnia",
     None, None),
    ("Veltrix bought the Kenyan lender Omnia in 2020.", "done", "veltrix", "omnia", None, None),
    # headlines
    ("Veltrix to buy Omnia for $2.1 billion", "planned", "veltrix", "omnia", None, "$2.1 billion"),
    ("Veltrix buys Omnia in $2.1 billion deal", "done", "veltrix", "omnia", None, "$2.1 billion"),
    ("Veltrix to buy Omnia for $2.1 billion\nVeltrix agreed on Monday to buy Omnia, the Kenyan payments firm, "
     "for $2.1 billion.", "agreed", "veltrix", "omnia", None, "$2.1 billion"),
    ("Veltrix to acquire Omnia in $2.1 billion deal", "planned", "veltrix", "omnia", None, "$2.1 billion"),
    ("Veltrix agrees to buy Omnia for $2.1 billion", "agreed", "veltrix", "omnia", None, "$2.1 billion"),
    ("Veltrix completes Omnia acquisition", "done", "veltrix", "omnia", None, None),
    ("Shares rose after Veltrix's $900 million Omnia takeover was approved.", "agreed", "veltrix", "omnia", None,
     "$900 million"),
    # more wire frames
    ("Veltrix has bought Omnia, it said on Tuesday.", "done", "veltrix", "omnia", None, None),
    ("Omnia, which was bought by Veltrix in 2019, makes sensors.", "done", "veltrix", "omnia", None, None),
    ("Veltrix, which agreed last month to buy Omnia, reported higher sales.", "agreed", "veltrix", "omnia", None,
     None),
    ("Veltrix's acquisition of Omnia, announced in March, closed on Friday.", "done", "veltrix", "omnia", None, None),
    ("Veltrix won a bidding war for Omnia.", "agreed", "veltrix", "omnia", None, None),
    ("Omnia has been acquired by Veltrix.", "done", "veltrix", "omnia", None, None),
    ("Private equity firm Veltrix will take Omnia private in a $3 billion deal.", "planned", "veltrix", "omnia", None,
     "$3 billion"),
    ("Veltrix completed its previously announced acquisition of Omnia.", "done", "veltrix", "omnia", None, None),
    ("Veltrix said it would sell Omnia to Tarsa.", "announced", "tarsa", "omnia", "veltrix", None),
    ("Omnia will be acquired by Veltrix.", "planned", "veltrix", "omnia", None, None),
    ("Veltrix has made an offer to buy Omnia.", "announced", "veltrix", "omnia", None, None),
    ("Veltrix agreed to buy a majority stake in Omnia from Tarsa.", "agreed", "veltrix", "omnia", "tarsa", None),
    # descriptions and pronouns for a company named before
    ("Veltrix reported record sales. The company also said it had bought Omnia for $90 million.", "done",
     "veltrix", "omnia", None, "$90 million"),
    ("Veltrix shares rose 4%. The carmaker agreed to buy Omnia.", "agreed", "veltrix", "omnia", None, None),
    ("Omnia was put up for sale in May. Veltrix bought the firm in June.", "done", "veltrix", "omnia", None, None),
    ("Kestrel Bank posted a loss. The bank agreed to sell Omnia to Veltrix.", "agreed", "veltrix", "omnia",
     "kestrel", None),
    ("Omnia makes sensors. It was bought by Veltrix in 2019.", "done", "veltrix", "omnia", None, None),
    ("Omnia's parent, Tarsa, sold it to Veltrix in 2022.", "done", "veltrix", "omnia", "tarsa", None),
    ("Veltrix is offloading its stake in payments group Omnia. The sale of the 40% stake to Tarsa raised "
     "$90 million.", "done", "tarsa", "omnia", None, "$90 million"),
    # an asset with no name of its own: the target is its owner, who sells it
    ("Veltrix said it would buy Omnia's cloud unit for $400 million.", "announced", "veltrix", "omnia", None,
     "$400 million"),
    ("Tarsa agreed to sell its payments business to Veltrix for $1.3 billion.", "agreed", "veltrix", "tarsa", None,
     "$1.3 billion"),
    ("Veltrix bought the coatings unit of Omnia for $400 million.", "done", "veltrix", "omnia", None,
     "$400 million"),
    ("Veltrix's purchase of Omnia's European operations was completed in May.", "done", "veltrix", "omnia", None,
     None),
    ("Veltrix bought two cosmetics brands from Omnia in 2003.", "done", "veltrix", "omnia", None, None),
    # a deal expected to close was agreed
    ("The acquisition of Omnia by Veltrix is expected to close in the third quarter.", "agreed", "veltrix", "omnia",
     None, None),
    ("Veltrix has completed its $1.2 billion acquisition of Omnia, the company said on Tuesday.", "done", "veltrix",
     "omnia", None, "$1.2 billion"),
    ("Veltrix agreed to acquire Omnia in an all-stock deal valued at about $3.3 billion, the companies said on "
     "Monday.", "agreed", "veltrix", "omnia", None, "$3.3 billion"),
    # the deal a buyout is done in is the buyout itself, not what it buys
    ("Last week, Omnia agreed to a buyout by Veltrix in a deal valued at $6.75bn.", "agreed", "veltrix", "omnia",
     None, "$6.75bn"),
    # a fraction of a company: more than half buys it
    ("The other two-thirds of Omnia was bought by Veltrix.", "done", "veltrix", "omnia", None, None),
    ("Veltrix bought three-quarters of Omnia last year.", "done", "veltrix", "omnia", None, None),
    # the stake still outstanding makes the holding whole
    ("Veltrix has acquired the outstanding stake in Omnia.", "done", "veltrix", "omnia", None, None),
    # a name before what a company sells of itself is what is sold: a website, a newspaper
    ("Veltrix has bought the Omnia website.", "done", "veltrix", "omnia", None, None),
    ("Tarsa sold its Omnia newspaper to Veltrix for $20m.", "done", "veltrix", "omnia", "tarsa", "$20m"),
]


@pytest.mark.parametrize("body, status, agent, recipient, seller, amount", ACQUISITIONS)
def test_acquisition_frames(body, status, agent, recipient, seller, amount):
    assert [described(e) for e in found(body, "acquire")] == [("acquire", status, agent, recipient, seller, amount)]


def test_coordinated_targets_are_two_purchases():
    events = found("Veltrix bought Omnia and Tarsa last year.", "acquire")
    assert sorted(described(e) for e in events) == [("acquire", "done", "veltrix", "omnia", None, None),
                                                    ("acquire", "done", "veltrix", "tarsa", None, None)]


# Investments in a company: stakes made bigger, new shares bought by the company's holders, money
# for a share of it (venture, equity), and a second investment between the same sides.
INVESTMENTS = [
    # a holding made bigger: the verb or participle of raising, any word for the holding
    ("Veltrix raised its stake in Omnia to 30%.", "done", "veltrix", "omnia"),
    ("Veltrix lifted its holding in Omnia to 18 percent.", "done", "veltrix", "omnia"),
    ("Veltrix has boosted its shareholding in Omnia to 12%.", "done", "veltrix", "omnia"),
    ("Veltrix upped its stake in Omnia to 9%.", "done", "veltrix", "omnia"),
    ("Veltrix built up its stake in Omnia over the summer.", "done", "veltrix", "omnia"),
    ("Veltrix will double its stake in Omnia.", "planned", "veltrix", "omnia"),
    ("Veltrix's enlarged stake in Omnia gives it two board seats.", "done", "veltrix", "omnia"),
    # new shares bought by the company's holders, named by possessor or complement
    ("Veltrix, Omnia's largest shareholder, bought the new shares.", "done", "veltrix", "omnia"),
    ("Veltrix, the main shareholder of Omnia, bought the new stock on Monday.", "done", "veltrix", "omnia"),
    ("Veltrix, an investor in Omnia, has bought new shares.", "done", "veltrix", "omnia"),
    # money for a share of the company it goes to
    ("Omnia has secured venture financing from Veltrix.", "done", "veltrix", "omnia"),
    ("Omnia received equity funding from Veltrix last year.", "done", "veltrix", "omnia"),
    # a fraction of a company up to half is a stake in it
    ("Veltrix bought a third of Omnia in 2000.", "done", "veltrix", "omnia"),
    ("A quarter of Omnia was bought by Veltrix.", "done", "veltrix", "omnia"),
    # a stake sold with no company after it is a stake in the seller
    ("Omnia sold Veltrix a 20% stake in 2019.", "done", "veltrix", "omnia"),
]


@pytest.mark.parametrize("body, status, agent, recipient", INVESTMENTS)
def test_investment_frames(body, status, agent, recipient):
    assert [described(e) for e in found(body, None)] == [("invest", status, agent, recipient, None, None)]


def test_holders_buying_new_shares_each_invest():
    events = found("Veltrix and Tarsa, Omnia's two largest shareholders, will buy the fresh shares.", "invest")
    assert sorted(described(e) for e in events) == [("invest", "planned", "tarsa", "omnia", None, None),
                                                    ("invest", "planned", "veltrix", "omnia", None, None)]


def test_a_holding_raised_to_a_majority_is_an_acquisition():
    assert [described(e) for e in found("Veltrix raised its stake in Omnia to 51%.", None)] == [
        ("acquire", "done", "veltrix", "omnia", None, None)]


def test_a_second_sum_between_the_same_sides_is_a_second_investment():
    body = "Veltrix bought a 12% stake in Omnia for $50m. Veltrix will also invest $200m in Omnia through bonds."
    assert [described(e) for e in found(body, "invest")] == [("invest", "done", "veltrix", "omnia", None, "$50m"),
                                                            ("invest", "planned", "veltrix", "omnia", None, "$200m")]


@pytest.mark.parametrize("body", [
    "Veltrix will invest $2bn in Kenya. The $2bn investment by Veltrix in Kenya will create 900 jobs.",
    "Veltrix will invest $2bn in Kenya, it said. Veltrix's investment of about 1.9 billion dollars in Kenya starts soon.",
])
def test_the_same_sum_told_again_is_one_investment(body):
    assert len(found(body, "invest")) == 1


@pytest.mark.parametrize("body", [
    "Veltrix's stake in Omnia is worth $3bn.",
    "Veltrix, Omnia's largest shareholder, opposed the plan.",
    "Veltrix reduced its stake in Omnia to 5%.",
    "Veltrix cut its holding in Omnia to 3 percent.",
    "Veltrix raised its forecast for Omnia.",
    "Veltrix and Tarsa, Omnia's main shareholders, will not buy the new shares.",
    "Veltrix will raise its holding in Omnia, analysts expect.",
])
def test_no_investment(body):
    assert found(body, None) == []


MEETINGS = [
    ("Ana Ruiz met Jonas Brekke in Oslo on Tuesday.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz will meet Jonas Brekke next week.", "planned", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz is due to meet Jonas Brekke in Nairobi.", "planned", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz held talks with Jonas Brekke on Friday.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz hosted Jonas Brekke at her residence on Sunday.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz received Jonas Brekke in Madrid.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz visited Jonas Brekke in Oslo.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz spoke by phone with Jonas Brekke on Monday.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz phoned Jonas Brekke on Monday.", "done", "ana-ruiz+jonas-brekke"),
    ("A summit between Ana Ruiz and Jonas Brekke took place in Geneva.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz's meeting with Jonas Brekke lasted two hours.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz and Jonas Brekke met in Lisbon.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz raised the issue during talks with Jonas Brekke.", "done", "ana-ruiz+jonas-brekke"),
    ("In a call with Jonas Brekke on Tuesday, Ana Ruiz pledged support.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz and Jonas Brekke held talks on trade.", "done", "ana-ruiz+jonas-brekke"),
    ("Kenya and Norway held talks on debt in Nairobi.", "done", "KEN+NOR"),
    ("Ana Ruiz is scheduled to hold talks with Jonas Brekke on Monday.", "planned", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz discussed trade with Jonas Brekke.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz told reporters after meeting Jonas Brekke that the talks went well.", "done",
     "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz, Kenya's foreign minister, met Jonas Brekke in Oslo.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz met with Jonas Brekke on Thursday.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz will travel to Oslo to meet Jonas Brekke.", "planned", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz and Jonas Brekke are set to hold talks in Geneva next week.", "planned", "ana-ruiz+jonas-brekke"),
    ("Talks between Ana Ruiz and Jonas Brekke ended without a deal.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz, who met Jonas Brekke on Monday, said the talks were useful.", "done", "ana-ruiz+jonas-brekke"),
    ("Veltrix and Omnia failed to agree after six months of talks.", "done", "omnia+veltrix"),
    ("Ana Ruiz spoke to reporters after a weekend of talks with Jonas Brekke.", "done", "ana-ruiz+jonas-brekke"),
    ("Talks with Omnia and with Tarsa went on, Veltrix said.", "done", "omnia+tarsa+veltrix"),
    ("Ana Ruiz held a phone call with Jonas Brekke on Friday.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz met Jonas Brekke and Mei Tanaka on Monday.", "done", "ana-ruiz+jonas-brekke+mei-tanaka"),
    ("Ana Ruiz will host Jonas Brekke next week.", "planned", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz is scheduled to visit Jonas Brekke in June.", "planned", "ana-ruiz+jonas-brekke"),
    ("Jonas Brekke was received by Ana Ruiz in Madrid.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz welcomed Jonas Brekke to Madrid on Monday.", "done", "ana-ruiz+jonas-brekke"),
    # greeting a named guest, or being greeted by a named host, is meeting them
    ("Ana Ruiz greeted Jonas Brekke at Madrid airport.", "done", "ana-ruiz+jonas-brekke"),
    ("Jonas Brekke was greeted by Ana Ruiz in Madrid.", "done", "ana-ruiz+jonas-brekke"),
    # the one told something in (at, during) a meeting was at it
    ("At a meeting in Geneva, Ana Ruiz told Jonas Brekke that the plan was dead.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz told Jonas Brekke in a meeting in Geneva that the plan was dead.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz assured Jonas Brekke at their meeting of her support.", "done", "ana-ruiz+jonas-brekke"),
    # going into talks is taking part; whoever is drawn into them takes part, not who draws them
    ("Ana Ruiz went into talks with Jonas Brekke shortly after landing.", "done", "ana-ruiz+jonas-brekke"),
    ("Mei Tanaka drew Ana Ruiz into talks with Jonas Brekke.", "done", "ana-ruiz+jonas-brekke"),
    # the guest of honour at a meal someone hosts
    ("Ana Ruiz hosted a dinner for Jonas Brekke in Madrid.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz gave a lunch in honour of Jonas Brekke.", "done", "ana-ruiz+jonas-brekke"),
    # being, or being due, somewhere for talks is taking part in them
    ("Ana Ruiz is due in Oslo on Monday for talks with Jonas Brekke.", "planned", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz was in Oslo last week for talks with Jonas Brekke.", "done", "ana-ruiz+jonas-brekke"),
    # the guest's office written out before the name
    ("Ana Ruiz welcomed the Norwegian leader, Jonas Brekke, to Madrid.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz received her Norwegian counterpart, Jonas Brekke, in Madrid.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz hosted the Norwegian prime minister Jonas Brekke in Madrid.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz and Jonas Brekke spoke by phone on Monday.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz visited Oslo, where she met Jonas Brekke.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz will meet Jonas Brekke in a new round of talks.", "planned", "ana-ruiz+jonas-brekke"),
    # a visitor spoken to, briefed or received was met, named or named by where they come from
    ("Ana Ruiz briefed visiting Jonas Brekke on Tuesday on a peace plan.", "done", "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz told a visiting group from Kenya on Wednesday that it was time to talk.", "done", "KEN+ana-ruiz"),
    ("Ana Ruiz will receive a visiting delegation from Kenya on Friday.", "planned", "KEN+ana-ruiz"),
    # an object "her" is not the subject of its own clause but the other person named
    ("Jonas Brekke, who had long criticised Ana Ruiz, met her in Oslo on Monday.", "done", "ana-ruiz+jonas-brekke"),
    # "the two companies" are the two named before, not the one named last
    ("Veltrix wants to buy Omnia. The two companies held four days of talks last week.", "done", "omnia+veltrix"),
    # more companies named before: the two sides of the transaction told last
    ("Omnia rejected a takeover offer from Veltrix. Omnia, whose brands include Tarsa, Brightwater and Kestrel Bank, "
     "dismissed the offer. The two companies held four days of talks last week.", "done", "omnia+veltrix"),
    # "the duo" after a person and a name typed as an organisation joined by "and"; talks broken off were held
    ("Ana Ruiz and Veltrix own 29% of the club. The duo broke off talks with Jonas Brekke on Monday.", "done",
     "ana-ruiz+jonas-brekke+veltrix"),
    # talks gone on with were held; an organisation's management talks for it
    ("Veltrix resumed talks with Omnia on Monday.", "done", "omnia+veltrix"),
    ("Veltrix wants to buy Omnia. Its management has continued talks with Jonas Brekke.", "done",
     "jonas-brekke+veltrix"),
    # a meeting agreed on is to come
    ("Ana Ruiz and Jonas Brekke agreed to meet in Oslo next month.", "planned", "ana-ruiz+jonas-brekke"),
    # a meeting of two sides named after "of", held when something was agreed at it
    ("The plan was agreed at a meeting of Ana Ruiz and Jonas Brekke in Oslo.", "done", "ana-ruiz+jonas-brekke"),
    ("The deal came after a meeting of the foreign ministers of Norway and Kenya.", "done", "KEN+NOR"),
    ("Norway and Kenya agreed to open a bus link. The link was one of several announcements made after a meeting "
     "of foreign ministers of both countries.", "done", "KEN+NOR"),
    # an organisation's delegation meets for it, as a country's does
    ("The latest delegation from Veltrix met Omnia officials on Wednesday.", "done", "omnia+veltrix"),
    # talks conducted are held; a guest called "visiting" is met
    ("Ana Ruiz, who as Norway's envoy conducted fruitless negotiations with Kenya, retired.", "done",
     "KEN+ana-ruiz"),
    ("Ana Ruiz voiced her thanks in a meeting on Monday with visiting Kenyan President Jonas Brekke.", "done",
     "ana-ruiz+jonas-brekke"),
]


@pytest.mark.parametrize("body, status, parties", MEETINGS)
def test_meeting_frames(body, status, parties):
    assert [described(e) for e in found(body, "meet")] == [("meet", status, parties, None)]


AGREEMENTS = [
    ("Veltrix signed a deal with Omnia on Monday.", "done", "omnia+veltrix"),
    ("Veltrix struck a partnership with Omnia.", "agreed", "omnia+veltrix"),
    ("Veltrix reached an agreement with Omnia on pricing.", "agreed", "omnia+veltrix"),
    ("Norway and Kenya signed a trade pact in Oslo.", "done", "KEN+NOR"),
    ("Norway signed a memorandum of understanding with Kenya on energy.", "done", "KEN+NOR"),
    ("Veltrix formed a joint venture with Omnia to make batteries in Brazil.", "done", "omnia+veltrix"),
    ("Norway and Kenya agreed on a new fishing accord.", "agreed", "KEN+NOR"),
    ("A deal between Veltrix and Omnia was signed on Monday.", "done", "omnia+veltrix"),
    ("Veltrix and Omnia agreed to share their networks.", "agreed", "omnia+veltrix"),
    ("Norway and Kenya signed a treaty on double taxation.", "done", "KEN+NOR"),
    ("Veltrix has entered into a partnership with Omnia.", "done", "omnia+veltrix"),
    ("Veltrix will sign an accord with Omnia next month.", "planned", "omnia+veltrix"),
    ("Veltrix and Omnia struck a licensing deal.", "agreed", "omnia+veltrix"),
    ("Veltrix merged with Omnia in 2020.", "done", "omnia+veltrix"),
    ("Veltrix said on Tuesday it had signed a deal with Omnia.", "done", "omnia+veltrix"),
    ("Veltrix and Omnia set up a joint venture in Brazil.", "done", "omnia+veltrix"),
    ("Veltrix and Omnia said on Monday they had agreed to combine their networks.", "agreed", "omnia+veltrix"),
    ("Norway and Kenya signed an agreement to cooperate on energy.", "done", "KEN+NOR"),
    ("Veltrix inked a partnership with Omnia.", "done", "omnia+veltrix"),
    ("Veltrix and Omnia agreed to merge.", "agreed", "omnia+veltrix"),
    ("Veltrix will team up with Omnia.", "planned", "omnia+veltrix"),
    ("Veltrix and Omnia signed a deal on Monday to jointly develop chips.", "done", "omnia+veltrix"),
    ("Veltrix entered into an agreement with Omnia.", "done", "omnia+veltrix"),
    ("Norway and Kenya on Monday signed a free trade agreement.", "done", "KEN+NOR"),
    ("Veltrix said it had reached a licensing agreement with Omnia.", "agreed", "omnia+veltrix"),
    ("The agreement between Norway and Kenya was signed in Nairobi.", "done", "KEN+NOR"),
    ("Veltrix agreed with Omnia to extend their partnership.", "agreed", "omnia+veltrix"),
    ("Veltrix and Omnia agreed to combine in an all-stock merger.", "agreed", "omnia+veltrix"),
    # the sides as a hyphenated pair modifying the deal noun
    ("The Kenya-Norway treaty was signed in Oslo.", "done", "KEN+NOR"),
    ("Ana Ruiz praised the 1993 Kenya-Norway trade deal.", "done", "KEN+NOR"),
    # the deal made in a relative clause
    ("Talks were held as part of an agreement Kenya reached with Norway in June.", "agreed", "KEN+NOR"),
    # the small parser lists the subject with the object of an opening phrase
    ("According to Nordic Oil Weekly, Kenya and Veltrix signed a deal.", "done", "KEN+veltrix"),
    ("Jonas Brekke, for years Ana Ruiz's fiercest critic, made a pact with her.", "done", "ana-ruiz+jonas-brekke"),
    # a ceasefire, truce or armistice is a pact between its sides
    ("Norway and Kenya signed a ceasefire on Tuesday.", "done", "KEN+NOR"),
    ("Kenya agreed a truce with Norway last week.", "agreed", "KEN+NOR"),
    ("The armistice between Kenya and Brazil was signed in Oslo.", "done", "BRA+KEN"),
    # a relative clause in the past tells its own time, whatever the clause it hangs in is to do
    ("Under the accord, which Kenya signed with Norway in May, Kenya will cut tariffs.", "done", "KEN+NOR"),
    ("Under the accord, which Kenya will sign with Norway in May, Kenya will cut tariffs.", "planned", "KEN+NOR"),
    # what one side signs where it meets the other is signed with the one it meets
    ("Ana Ruiz was to meet Jonas Brekke and sign an agreement on a consulate in Oslo.", "planned",
     "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz held talks with Jonas Brekke on Monday and signed an accord on fishing.", "done",
     "ana-ruiz+jonas-brekke"),
    # "they" opening the sentence after one side met the other: the two who met
    ("Ana Ruiz met Jonas Brekke in Oslo on Monday. They signed an accord on fishing.", "done",
     "ana-ruiz+jonas-brekke"),
    ("Ana Ruiz held talks with Jonas Brekke on Monday. They agreed to cut tariffs.", "agreed",
     "ana-ruiz+jonas-brekke"),
    # work a joint venture or partnership is to do is done by its sides together, for neither
    ("Veltrix and Kenya concluded a joint venture agreement to build a refinery.", "done", "KEN+veltrix"),
    ("Kenya signed a partnership deal with Veltrix to develop a gas field.", "done", "KEN+veltrix"),
    # a group acting as one is a side, not a deal among its members
    ("An alliance of banks including Veltrix and Omnia agreed a deal with Kestrel Bank.", "agreed",
     "kestrel+omnia+veltrix"),
    # "between X and Y's Z": the parse makes X a co-owner of Z, but the sides are X and Z
    ("The two countries also formalised a co-operation deal between Venezuelan energy firm PDVX and Argentina's "
     "Omnarsa.", "done", "omnarsa+pdvx"),
    # who brokered a deal is no side of it
    ("Norway and Kenya signed a U.S.-brokered ceasefire last week.", "done", "KEN+NOR"),
    ("The U.S.-mediated truce between Norway and Kenya was signed in Oslo.", "done", "KEN+NOR"),
    # "the two parties" are the two sides named before
    ("Veltrix said Omnia had broken the truce the two parties agreed last week.", "agreed", "omnia+veltrix"),
    # a protocol or convention signed (concluded) is a deal
    ("Norway and Kenya have signed a trade protocol with Brazil.", "done", "BRA+KEN+NOR"),
    ("The protocol, signed by Kenya and Norway in Nairobi, will set up trade zones.", "done", "KEN+NOR"),
    ("Kenya and Brazil concluded a convention on double taxation.", "done", "BRA+KEN"),
]


@pytest.mark.parametrize("body, status, parties", AGREEMENTS)
def test_agreement_frames(body, status, parties):
    assert [described(e) for e in found(body, "agreement")] == [("agreement", status, parties, None)]


def test_a_union_of_states_is_where_a_company_is_bought_not_what():
    body = "Veltrix bought a controlling stake in Omnia for $210m, its first acquisition in the European Union."
    events = events_of(body, ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"),
                       ("European Union", "org:eu", "intergovernmental"), kind="acquire")
    assert [described(e) for e in events] == [("acquire", "done", "veltrix", "omnia", None, "$210m")]


def test_the_other_side_of_a_deal_worth_a_sum_is_a_party():
    """The parse hangs the deal's "with" on "worth"."""
    body = "Veltrix agreed a three-year sponsorship deal worth £12m with Omnia."
    assert [described(e) for e in found(body, "agreement")] == [("agreement", "agreed", "omnia+veltrix", "£12m")]


def test_both_sides_are_no_person_and_country_of_a_meeting_told_before():
    body = ("Jonas Brekke will hold talks with Kenya on Friday. Norway, Brazil and Tarsa welcomed the plan. "
            "Both sides agreed to sign a new trade deal.")
    assert found(body, "agreement") == []


NO_EVENTS = [
    # a country before a house of a trade says where the firm is from; it buys nothing
    ("The Kenya design house's agreed takeover of Omnia faces a review in Brussels.", "acquire"),
    # a protocol or convention not signed is a procedure or a gathering
    ("Veltrix uses the internet protocol for its network with Omnia.", "agreement"),
    ("Kenya held a convention with Norway.", "agreement"),
    # a company's own meeting, held when someone speaks, is no meeting with the company
    ("Veltrix reported a loss. Jonas Brekke told Reuters before the retailer's annual meeting that sales would rise.",
     "meet"),
    # visitors are no one the place they visit sent
    ("Seven ministers and the governor of Kestrel Bank will visit Norway in September.", "meet"),
    ("Veltrix is rumoured to be planning a bid for Omnia.", "acquire"),
    ("Veltrix ruled out buying Omnia.", "acquire"),
    ("Veltrix denied it would bid for Omnia.", "acquire"),
    ("Veltrix could buy Omnia if regulators allow it.", "acquire"),
    ("Veltrix would buy Omnia if the price fell.", "acquire"),
    ("Analysts expect Veltrix to bid for Omnia.", "acquire"),
    ("Veltrix is considering a bid for Omnia.", "acquire"),
    ("Tarsa is seeking a buyer for Omnia.", "acquire"),
    ("Veltrix abandoned its bid for Omnia.", "acquire"),
    ("Veltrix dropped its bid for Omnia after shareholders objected.", "acquire"),
    ("Veltrix is not planning to buy Omnia.", "acquire"),
    ("Veltrix has no plans to buy Omnia.", "acquire"),
    ("Tarsa refused to sell Omnia to Veltrix.", "acquire"),
    ("Veltrix owns 70% of Omnia.", "acquire"),
    ("Veltrix, which owns Omnia, reported record profits.", "acquire"),
    ("Veltrix has been linked with a move for Omnia.", "acquire"),
    ("Speculation that Veltrix would bid for Omnia lifted shares.", "acquire"),
    ("Veltrix explored a purchase of Omnia.", "acquire"),
    ("Veltrix is in talks over a possible purchase of Omnia.", "acquire"),
    ("Veltrix has an option to buy Omnia.", "acquire"),
    ("Omnia buys most of its steel from Veltrix.", "acquire"),
    ("A merger of Veltrix and Omnia would create a giant.", "agreement"),
    ("Veltrix may merge with Omnia.", "agreement"),
    ("Veltrix failed to agree a deal with Omnia.", "agreement"),
    ("Veltrix and Omnia did not sign the accord.", "agreement"),
    ("Veltrix is expected to close a matching accord with Omnia.", "agreement"),
    ("Veltrix wants to sign a pact with Omnia.", "agreement"),
    ("Ana Ruiz held a joint press conference with Jonas Brekke.", "meet"),
    ("Ana Ruiz gave a speech to Veltrix shareholders.", "meet"),
    ("Ana Ruiz refused to meet Jonas Brekke.", "meet"),
    ("Ana Ruiz hopes to meet Jonas Brekke.", "meet"),
    ("Ana Ruiz visited Norway last week.", "meet"),
    ("Ana Ruiz toured the Veltrix factory.", "meet"),
    ("Veltrix denied reports that it had held talks with Omnia.", "meet"),
    ("Ana Ruiz chaired a meeting of the Veltrix board.", "meet"),
    ("Ana Ruiz hosted a conference on climate.", "meet"),
    ("Ana Ruiz received an award from Veltrix.", "meet"),
    ("Ana Ruiz greeted the news from Veltrix with relief.", "meet"),
    ("Ana Ruiz hosted the annual trade fair, Expo Kenya, in Madrid.", "meet"),
    ("Ana Ruiz is ready for talks with Jonas Brekke.", "meet"),
    ("Ana Ruiz criticised Jonas Brekke at a meeting of party members.", "meet"),
    ("Ana Ruiz told reporters at a meeting that Jonas Brekke was wrong.", "meet"),
    ("Ana Ruiz told Jonas Brekke's aides at a meeting that the plan was dead.", "meet"),
    ("Ana Ruiz hosted a dinner in honour of the memory of Jonas Brekke.", "meet"),
    ("Ana Ruiz hosted a lunch for Veltrix in Madrid.", "meet"),
    ("Ana Ruiz is in favour of talks with Jonas Brekke.", "meet"),
    ("Veltrix declined to comment on reports that it would buy Omnia.", "acquire"),
    ("Veltrix said it was not in talks with Omnia.", "meet"),
    ("Ana Ruiz declined to meet Jonas Brekke.", "meet"),
    ("Ana Ruiz called for talks with Jonas Brekke.", "meet"),
    ("Ana Ruiz met Jonas Brekke's demands for a recount.", "meet"),
    ("Veltrix sold its cloud unit last year.", "acquire"),
    ("Ana Ruiz will not meet Jonas Brekke.", "meet"),
    ("Veltrix called off its bid for Omnia.", "acquire"),
    ("Veltrix has not ruled out a bid for Omnia.", "acquire"),
    ("Veltrix could face a bid from Omnia.", "acquire"),
    ("If the talks with Jonas Brekke fail, Ana Ruiz will resign.", "meet"),
    ("Veltrix took Omnia to court over the patents.", "acquire"),
    ("Veltrix said it was in advanced talks to buy Omnia.", "acquire"),
    ("Norway and Kenya are expected to sign a trade pact.", "agreement"),
    # sport: opponents drawn to play each other meet in a stage of the competition, not in a meeting
    ("Ana Ruiz and Jonas Brekke will meet in the final.", "meet"),
    ("Ana Ruiz, who beat Mei Tanaka 6-3 6-4, and Jonas Brekke both went through and will meet in Friday's "
     "quarter-finals.", "meet"),
    ("Ana Ruiz will meet Jonas Brekke in the second round.", "meet"),
    # a relative clause that does not make the deal
    ("The deal Veltrix wants to sign with Omnia is worth little.", "agreement"),
    ("Veltrix criticised the deal Omnia did not sign with Tarsa.", "agreement"),
    ("According to Nordic Oil Weekly, Kenya and Veltrix did not sign a deal.", "agreement"),
    ("Visiting Jonas Brekke said Ana Ruiz was right.", "meet"),
    ("A visiting delegation from Kenya toured the Veltrix plant.", "meet"),
    ("Ana Ruiz refused to brief visiting Jonas Brekke.", "meet"),
    # talks wanted or waited for, not held
    ("Kenya said it was now time for fresh talks with Norway.", "meet"),
    ("Jonas Brekke is still waiting in Oslo to meet Ana Ruiz.", "meet"),
    ("Veltrix is waiting to sign a deal with Omnia.", "agreement"),
    # "her" could be either woman named
    ("Ana Ruiz and Mei Tanaka praised Jonas Brekke, who met her in Oslo.", "meet"),
    # a journalist's guess, and intent to improve relations, are no deal
    ("Veltrix and Omnia are likely to unveil a joint venture with Tarsa.", "agreement"),
    ("Kenya is unlikely to sign the fishing accord with Norway this year.", "agreement"),
    ("Norway and Kenya have agreed to deepen and widen their trade and cultural ties.", "agreement"),
    ("Norway and Kenya agreed to deepen their ties.", "agreement"),
    ("Kenya and Brazil agreed on Monday to boost cooperation in farming.", "agreement"),
    # a deal stopped by a noun of stopping
    ("Tarsa welcomed the regulator's blocking of Veltrix's proposed merger with Omnia.", "agreement"),
    ("Kenya's veto of the pact between Veltrix and Omnia surprised analysts.", "agreement"),
    # an offer of something else than a purchase
    ("Omnia must decide whether to accept Veltrix's settlement offer or go to court.", "acquire"),
    ("Tarsa rejected the peace offer from Veltrix.", "acquire"),
    # a meeting of one body's people is no meeting between sides
    ("A meeting of Veltrix managers in Oslo agreed to cut costs.", "meet"),
    # talks called off may never have been held
    ("Veltrix called off talks with Omnia.", "meet"),
    # a stake sold in a company the text does not name is no stake in the seller
    ("Veltrix sold its stake in the hotel chain to Omnia.", "invest"),
    ("Veltrix sold its 40% stake in the chain to Omnia for $1bn.", "invest"),
]


@pytest.mark.parametrize("body, kind", NO_EVENTS)
def test_no_event(body, kind):
    assert found(body, kind) == []


def test_a_state_only_the_model_knows_is_a_party_to_a_pact():
    """A former state the gazetteer lacks is a place the model found: as a side of a pact it is
    a party; as the place of talks it is none."""
    body = "Kenya and Old Norland were poised to sign a treaty. Kenya held talks in Old Norland."
    sentences = sentence_spans(body)
    locator = SentenceLocator(sentences)

    def mention(surface, entity_id, kind, extractor, nth=0):
        start = [m.start() for m in re.finditer(re.escape(surface), body)][nth]
        entity = Entity(entity_id, kind, surface)
        return Mention(start, start + len(surface), surface, locator.index_of(start), entity, 0.9, extractor)

    mentions = [mention("Kenya", "country:KEN", "COUNTRY", "gazetteer"),
                mention("Old Norland", "place:old-norland", "PLACE", "ner"),
                mention("Kenya", "country:KEN", "COUNTRY", "gazetteer", 1),
                mention("Old Norland", "place:old-norland", "PLACE", "ner", 1)]
    [events] = find_events_of_articles([(body, sentences, mentions, [], [])])
    assert [(e.event_type, e.status, sorted(p.entity_id for p in e.parties)) for e in events] == [
        ("agreement", "planned", ["country:KEN", "place:old-norland"])]


def test_a_unit_named_before_is_the_target_and_one_named_later_is_not_its_owner():
    body = "Omnia put its Tarsa unit up for sale in May. Veltrix bought Omnia's unit in June."
    assert [described(e) for e in found(body, "acquire")] == [("acquire", "done", "veltrix", "tarsa", None, None)]
    body = "Veltrix defended its purchase of Omnia's cloud unit. Omnia had put its Tarsa unit up for sale in May."
    assert found(body, "acquire") == []


def test_a_deal_between_the_two_sides_of_a_purchase_is_that_purchase():
    body = "Veltrix agreed to buy Omnia for $2bn. Shares rose after Veltrix's Omnia deal was announced."
    assert [e.event_type for e in found(body, None)] == ["acquire"]


def test_the_company_among_several_is_the_last_one_named_alone_as_a_subject():
    body = ("Tarsa withdrew its offer at the auction, and Omnia was sold to Kestrel Bank. Days later, Kestrel Bank sold the "
            "company to Veltrix for $9 billion.")
    assert [described(e) for e in found(body, "acquire")] == [
        ("acquire", "done", "kestrel", "omnia", None, None),
        ("acquire", "done", "veltrix", "omnia", "kestrel", "$9 billion")]
    body = "Omnia was sold to Kestrel Bank in May. Weeks later, Kestrel Bank gave control of the company to Veltrix."
    assert [described(e) for e in found(body, "acquire")][1:] == [("acquire", "done", "veltrix", "omnia", "kestrel", None)]


def test_the_sides_of_a_deal_named_as_modifiers_of_its_subject():
    body = "The Kenyan and Norwegian governments reached an agreement on flights."
    events = events_of(body, ("Kenyan", "country:KEN"), ("Norwegian", "country:NOR"), kind="agreement")
    assert [described(e) for e in events] == [("agreement", "agreed", "KEN+NOR", None)]
    body = "The Kenyan and Norwegian governments criticised the trade pact."
    assert events_of(body, ("Kenyan", "country:KEN"), ("Norwegian", "country:NOR"), kind="agreement") == []
    # a subject named itself: its modifier is its nationality, no side of a deal
    body = "Kenyan carmaker Veltrix signed a deal on Sunday."
    assert events_of(body, ("Kenyan", "country:KEN"), ("Veltrix", "org:veltrix"), kind="agreement") == []


def test_a_name_after_an_abbreviated_title_is_the_owner_its_possessive_marks():
    """ "Dr. A B-C’s purchase of Y": after a title the parser may hang the name on the noun as a
    modifier, its "’s" on a word inside it (it does for this name); the name is the buyer all the same."""
    body = "Tarsa paid down its debt with the proceeds of Dr. Patrick Soon-Shiong’s purchase of Omnia."
    sentences = [(0, len(body))]  # one sentence: the test splitter would end one at "Dr."
    locator = SentenceLocator(sentences)

    def mention(surface, entity_id, kind):
        start = body.index(surface)
        return Mention(start, start + len(surface), surface, locator.index_of(start), Entity(entity_id, kind, surface),
                       0.9, "test")

    mentions = [mention("Tarsa", "org:tarsa", "ORG"), mention("Patrick Soon-Shiong", "person:patrick-soon-shiong", "PERSON"),
                mention("Omnia", "org:omnia", "ORG")]
    [events] = find_events_of_articles([(body, sentences, mentions, [], [])])
    assert [(e.event_type, e.status, [p.entity_id for p in e.role("agent")], [p.entity_id for p in e.role("recipient")])
            for e in events] == [("acquire", "done", ["person:patrick-soon-shiong"], ["org:omnia"])]


FIRM_INTRODUCED = "The private equity firm Tarsa, which owns 90 papers, has cut staff. Tarsa publications have shed jobs. "


def test_the_firm_is_the_subject_of_the_last_sentences_not_one_introduced_as_a_firm_long_before():
    body = (FIRM_INTRODUCED + "Veltrix reported a loss of $300 million. Veltrix said its finances were impaired. "
            "Veltrix has gone on a quest for a merger partner. In December, the firm bid $16.50 per share for Omnia.")
    assert [described(e) for e in found(body, "acquire")] == [("acquire", "announced", "veltrix", "omnia", None, None)]
    # a unit is the one introduced as a unit, however far back
    body = ("Oil unit Tarsa was put up for sale. Veltrix reported a loss. Veltrix said its finances were impaired. "
            "Veltrix needs cash. In December, the unit was sold to Omnia.")
    assert [described(e) for e in found(body, "acquire")] == [("acquire", "done", "omnia", "tarsa", None, None)]


def test_a_subject_that_opens_with_an_owner_makes_the_owner_what_the_clause_is_about():
    body = (FIRM_INTRODUCED + "Veltrix reported a loss of $300 million. Veltrix said its finances were impaired. "
            "Veltrix's parlous condition has sent it on a quest for a merger partner. In December, the firm bid "
            "$16.50 per share for Omnia.")
    assert [described(e) for e in found(body, "acquire")] == [("acquire", "announced", "veltrix", "omnia", None, None)]


@pytest.mark.parametrize("body, seller", [
    ("Tarsa agreed to sell its Omnia unit -- which runs 100 stores in Kenya -- to Veltrix.", "tarsa"),
    ("Tarsa sold its Omnia unit - which runs 100 stores in Kenya - to Veltrix.", "tarsa"),
])
def test_the_buyer_after_an_aside_set_off_by_dashes_is_the_verbs(body, seller):
    """The parse hangs "to Veltrix" inside the aside, on its verb; it goes with the selling verb
    (wire copy writes each dash as two hyphens)."""
    assert [(e.event_type, [short(p.entity_id) for p in e.role("agent")], [short(p.entity_id) for p in e.role("recipient")])
            for e in found(body, "acquire")] == [("acquire", ["veltrix"], ["omnia"])]


@pytest.mark.parametrize("body", [
    "Veltrix spent $584m on buying an 18.8% stake in Omnia from the Brekke family.",
    "Veltrix bought an 18.8% stake in Omnia from the Brekke family, which founded it.",
])
def test_a_minority_stake_bought_from_a_seller_named_only_in_words_is_an_acquisition(body):
    """The guidelines' named seller need not be a party: "the Brekke family" names one."""
    assert [(e.event_type, short(e.role("agent")[0].entity_id), short(e.role("recipient")[0].entity_id))
            for e in found(body, None)] == [("acquire", "veltrix", "omnia")]


def test_a_minority_stake_bought_from_sellers_not_named_is_an_investment():
    for body in ["Veltrix bought a 10% stake in Omnia from investors.",
                 "Veltrix bought a 10% stake in Omnia from the government."]:
        assert [e.event_type for e in found(body, None)] == ["invest"], body


def test_an_obligation_to_buy_is_no_purchase_until_it_is_told_as_done():
    for body in ["Tarsa claims that Veltrix is legally obliged to buy Omnia.",
                 "Veltrix will be obligated to buy the rest of Omnia."]:
        assert found(body, "acquire") == [], body
    body = "Veltrix was obliged to sell Omnia to Tarsa in 2019."
    assert [described(e) for e in found(body, "acquire")] == [("acquire", "done", "tarsa", "omnia", "veltrix", None)]


def test_a_bid_that_names_no_target_is_for_no_party_or_public_body():
    """ "encouraged Nacar's bid" after a guerrilla party is named: an effort, no bid for the party."""
    body = ("Their release was negotiated by Ana Ruiz with the Kenya Workers Party. Jonas Brekke has encouraged "
            "Ana Ruiz's bid.")
    events = events_of(body, ("Ana Ruiz", "person:ana-ruiz"), ("Kenya Workers Party", "org:kwp"),
                       ("Jonas Brekke", "person:jonas-brekke"), ("Ana Ruiz", "person:ana-ruiz"), kind="acquire")
    assert events == []
    # a company named before is what a bare bid is for
    body = "Omnia rejected the offer. Analysts said Veltrix's bid was too low."
    assert [described(e) for e in found(body, "acquire")] == [("acquire", "announced", "veltrix", "omnia", None, None)]


def test_the_right_to_sell_given_as_the_purpose_of_the_giving_is_an_option():
    """ "gave Omnia the right, via a 'put option', to sell": the parse hangs the infinitive on
    "gave" as its purpose; it is still what the right allows, no sale."""
    for body in ["At the time, Veltrix gave the Kenyan firm the right, via a 'put option', to sell the remaining stake to Tarsa.",
                 "Veltrix gave Omnia the right to sell its stake to Tarsa."]:
        assert found(body, None) == [], body
    body = ("Omnia sold a 20% stake to Tarsa. At the time, it gave Omnia the right, via a 'put option', to sell the "
            "remaining stake to Tarsa.")
    assert [e.event_type for e in found(body, None)] == ["invest"]  # the sale told, not the option
    assert [e.event_type for e in found("Veltrix sold its stake in Omnia to Tarsa to raise cash.", None)] == ["acquire"]


@pytest.mark.parametrize("body", [
    "Omnia had been threatened with collapse. A consortium of creditors and Veltrix, a family owned conglomerate, "
    "have each put up $480m to stabilise the firm.",
    "Omnia had been threatened with collapse. A consortium of banks including Veltrix put up $480m to stabilise the firm.",
])
def test_the_members_named_in_a_group_are_its_sides(body):
    """The parse hangs "and Veltrix" inside "of creditors": a member of the consortium or beside
    it, Veltrix puts the money up."""
    assert [described(e) for e in found(body, "fund")] == [("fund", "done", "veltrix", "omnia", None, "$480m")]


def test_a_repeated_preposition_the_parse_strands_keeps_its_object():
    """ "with A and with rival bidder B": the parse leaves the second "with" bare and makes B a
    second subject of "continue"."""
    body = "Talks with the European stock market and with rival bidder Veltrix will continue, Omnia said."
    assert [described(e)[2] for e in found(body, "meet")] == ["omnia+veltrix"]



def chiefs_meetings(body):
    """The meetings of body, where Omnia's chief Ana Ruiz and Veltrix's boss Jonas Brekke meet
    after the two companies are named."""
    return events_of(body, ("Omnia", "org:omnia"), ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"),
                     ("Ana Ruiz", "person:ana-ruiz"), ("Veltrix", "org:veltrix"), ("Jonas Brekke", "person:jonas-brekke"),
                     titles={"Ana Ruiz": "chief", "Jonas Brekke": "boss"},
                     affiliations={"Ana Ruiz": "org:omnia", "Jonas Brekke": "org:veltrix"}, kind="meet")


def test_a_meeting_of_two_sides_told_again_with_their_office_holders_is_one_meeting():
    """A lead's "A has met with B" and the next sentence's "A's chief X held talks with B's boss
    Y" tell one meeting; its parties are the people."""
    body = ("Omnia has met with Veltrix amid speculation that it may bid. Omnia chief Ana Ruiz held talks with "
            "Veltrix boss Jonas Brekke on Friday.")
    assert [described(e) for e in chiefs_meetings(body)] == [("meet", "done", "ana-ruiz+jonas-brekke", None)]
    # sentences apart, a meeting of the chiefs is another meeting
    body = ("Omnia has met with Veltrix. Shares rose. Analysts were upbeat. Rivals stayed silent. Omnia chief Ana Ruiz "
            "held talks with Veltrix boss Jonas Brekke on Friday.")
    assert len(chiefs_meetings(body)) == 2


def test_unnamed_hosts_met_in_a_country_stand_for_it_wherever_the_parse_hangs_the_place():
    """ "met government leaders in Kenya": the parse hangs "in Kenya" on "met", not on the leaders,
    as it does in "a meeting with government leaders in Kenya"."""
    for body in ["Ana Ruiz met government leaders in Kenya.", "Ana Ruiz raised the issue at a meeting with government "
                 "leaders in Kenya."]:
        assert [described(e) for e in found(body, "meet")] == [("meet", "done", "KEN+ana-ruiz", None)], body
    assert found("Ana Ruiz met bankers in Kenya.", "meet") == []


@pytest.mark.parametrize("body, status", [
    ("Shares rose in Tarsa. Last week, Omnia agreed to a buyout by Veltrix in a deal valued at $6bn.", "agreed"),
    ("Tarsa stayed silent. Omnia's board consented to a takeover by Veltrix.", "agreed"),
])
def test_who_consents_to_a_takeover_by_another_is_taken_over(body, status):
    """Another company named before leaves no single one a bare bid could be for: the subject
    consenting is the target."""
    assert [described(e)[:4] for e in found(body, "acquire")] == [("acquire", status, "veltrix", "omnia")]
    # the takeover's own object is the target, and a subject agreeing to it with no bidder named buys
    assert [described(e)[:4] for e in found("Tarsa stayed silent. Omnia agreed to the takeover of Brightwater.",
                                              "acquire")] == [("acquire", "agreed", "omnia", "brightwater")]


@pytest.mark.parametrize("body, expected", [
    ("Veltrix plans to rival Tarsa in bidding for Omnia.", [("acquire", "planned", "veltrix", "omnia")]),
    ("Veltrix agreed to join Tarsa in buying Omnia.", [("acquire", "agreed", "veltrix", "omnia")]),
    ("Veltrix wants to join Tarsa in buying Omnia.", []),
    ("Veltrix hopes to beat Tarsa in bidding for Omnia.", []),
])
def test_a_gerund_after_a_verb_in_a_chain_has_the_chains_subject_and_status(body, expected):
    """ "plans to rival Z in bidding for Y": the gerund's subject is the one "rival" shares with
    "plans", and the bid is as sure as the plan (wanted or hoped for, none)."""
    assert [described(e)[:4] for e in found(body, "acquire")] == expected


def test_a_bid_after_despite_is_told_as_made_whatever_the_clause_expects():
    """ "despite what was thought to be a bid": the parse makes "thought" the preposition's
    complement; what "despite" concedes is fact, not the main clause's expectation."""
    body = "Omnia is expected to be sold on Monday, despite what was thought to be a higher bid from Tarsa."
    assert [described(e)[:4] for e in found(body, "acquire")] == [("acquire", "announced", "tarsa", "omnia")]


def test_a_bidders_stake_bought_from_a_named_seller_is_no_part_of_its_bid():
    """A bid for the whole company and a stake bought from its founders are two purchases
    between one buyer and one target; the sum paid for the stake is the stake's, not the bid's."""
    body = ("Omnia rejected a takeover offer from Veltrix. Veltrix said a combination would create a global "
            "player. Veltrix spent $584m on buying a stake in Omnia from Tarsa.")
    assert [described(e) for e in found(body, "acquire")] == [
        ("acquire", "announced", "veltrix", "omnia", None, None),
        ("acquire", "done", "veltrix", "omnia", "tarsa", "$584m")]


@pytest.mark.parametrize("body", [
    "Shares rose on expectations of a Kenya-Norway trade deal.",
    "Shares fell as the prospect of a takeover of Omnia by Veltrix faded.",
    "Speculation of a bid by Veltrix for Omnia grew.",
])
def test_a_deal_expected_hoped_for_or_speculated_about_is_no_event(body):
    assert found(body, None) == []


def test_a_deal_made_beside_someones_expectations_is_still_made():
    body = "Veltrix signed a deal with Omnia, meeting the expectations of analysts."
    assert [described(e)[:3] for e in found(body, None)] == [("agreement", "done", "omnia+veltrix")]


def test_a_contract_handed_or_given_is_the_contract_not_a_grant_of_its_sum():
    """ "handed Y a $3bn contract": the sum sizes the contract, whose noun tells the event; "handed
    Y a $50m grant" and "gave Y $500m" stay gifts."""
    assert [described(e)[:4] for e in found("Omnia handed Veltrix a $3bn contract.", None)] == [
        ("contract", "done", "veltrix", "omnia")]
    assert [described(e)[:4] for e in found("Norway handed Kenya a $50m grant.", None)] == [("fund", "done", "NOR", "KEN")]
    assert [described(e)[:4] for e in found("Norway gave Kenya $500m.", None)] == [("fund", "done", "NOR", "KEN")]


def test_what_one_signs_after_a_visit_to_a_place_or_with_a_third_side_is_not_signed_with_the_one_met():
    assert found("Ana Ruiz spoke in Oslo on Monday. They signed an accord on fishing.", "agreement") == []
    assert found("Ana Ruiz toured Oslo and signed an agreement on fishing.", "agreement") == []
    assert [described(e) for e in found("Ana Ruiz met Jonas Brekke and signed an accord with Veltrix.", "agreement")] == [
        ("agreement", "done", "ana-ruiz+veltrix", None)]


def test_control_taken_of_a_town_is_territory_held_and_of_a_port_a_purchase():
    """ "Rebels took control of the village": no purchase; a facility or a company is bought."""
    kestrel = ("Kestrel Group", "org:kestrel")
    body = "The rebel Kestrel Group took control of Alva Ridge, a small village, for three hours."
    assert events_of(body, kestrel, ("Alva Ridge", "place:alva-ridge")) == []
    body = "Veltrix took control of Alva Port in May."
    assert [(e.event_type, [p.entity_id for p in e.role("recipient")]) for e in events_of(
        body, ("Veltrix", "org:veltrix"), ("Alva Port", "place:alva-port", "facility"))] == [("acquire", ["place:alva-port"])]


@pytest.mark.parametrize("body, expected", [
    ("Veltrix said its tie-up with Omnia would go ahead.", ("agreement", "planned", "omnia+veltrix")),
    ("The link-up between Veltrix and Omnia was approved.", ("agreement", "agreed", "omnia+veltrix")),
    ("Veltrix announced a tieup with Omnia.", ("agreement", "announced", "omnia+veltrix")),
])
def test_a_tie_up_written_with_a_hyphen_is_a_deal(body, expected):
    assert [described(e)[:3] for e in found(body, None)] == [expected]


def test_who_acts_under_a_pact_with_someone_is_its_other_side():
    assert [described(e)[:3] for e in found("Ana Ruiz rejoined the cabinet last June under a peace pact with "
                                            "Jonas Brekke.", None)] == [("agreement", "done", "ana-ruiz+jonas-brekke")]
    # a pact of two others leaves the one acting under it out
    assert [described(e)[:3] for e in found("Kenya cut spending under a deal between Norway and Brazil.", None)] == [
        ("agreement", "done", "BRA+NOR")]


@pytest.mark.parametrize("body", ["The plan was agreed by Norway and Brazil.",
                                  "Kenya criticised a plan agreed by Norway and Brazil."])
def test_what_sides_named_after_by_agreed_is_their_deal(body):
    assert [described(e)[:3] for e in found(body, None)] == [("agreement", "agreed", "BRA+NOR")]


def test_a_deal_of_its_own_that_a_verb_puts_at_risk_was_made():
    # "may jeopardise its tie-up": the modal is on the jeopardising; the tie-up exists
    assert [described(e)[:3] for e in found("Veltrix said the ruling may jeopardise its tie-up with Omnia.", None)] == [
        ("agreement", "done", "omnia+veltrix")]
    # "a tie-up" no one owns may be one still to come
    assert found("Veltrix said the ruling may jeopardise a tie-up with Omnia.", None) == []


def test_terms_agreed_with_someone_bind_who_acts_under_them():
    # a reduced passive ("reforms agreed with Y") tells terms agreed; the one acting under them is the other side
    assert [described(e)[:3] for e in found("Kenya doubled bread prices last week under radical reforms agreed "
                                            "with Tarsa.", None)] == [("agreement", "agreed", "KEN+tarsa")]
    # agreeing with a view is still no deal
    assert found("Kenya said it agreed with Tarsa.", None) == []


@pytest.mark.parametrize("body", [
    "Kenya's deal to join Omnia set 2010 as a deadline.",
    "Kenya signed a deal to join Omnia in May.",  # the parse hangs the infinitive on the verb
])
def test_a_deal_to_join_a_body_is_made_with_that_body(body):
    assert [described(e)[:3] for e in found(body, None)] == [("agreement", "done", "KEN+omnia")]


def test_a_deal_to_join_a_body_only_hoped_for_is_none():
    assert found("Kenya hopes for a deal to join Omnia.", None) == []
