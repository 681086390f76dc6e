"""A phrasing matrix for the money-flow events (lend, fund, invest, contract) on invented news
sentences: each type's trigger family (verbs and nominals) crossed with the frames news writes them
in (active, passive with "by", nominal with of/by/from/to/for, possessive, participle, relative
clause, infinitival, reported speech, headline, coordination), the four statuses and the amount
before or after its trigger, as a range or with a currency code. Then the statements the guidelines
(eval/events/GUIDELINES.md) say are no event: hoped for, sought, talks, negated, hypothetical,
generic, expected by others, budget totals, money from unnamed investors, ordinary sales.

Mentions are given by hand (every name of NAMES found in the text), so each case tests the event
rules, not the NER."""

import re

import pytest

from tests.test_entities_events import events_of, summary

# Invented names (and two real countries) by entity id and, where the rules read it, kind.
NAMES = {
    "Meridian Development Bank": ("org:mdb", "development_bank"),
    "Halvard Bank": ("org:halvard",),
    "Bank of Norland": ("org:bon", "central_bank"),
    "Bank of Pelora": ("org:bop", "central_bank"),
    "World Bank": ("org:wb", "development_bank"),
    "IMF": ("org:imf",),
    "USAID": ("org:usaid",),
    "Armament Agency": ("org:armament-agency",),
    "Chancay": ("place:chancay",),
    "European Commission": ("org:ec",),
    "EU": ("org:eu",),
    "Kestrel Foundation": ("org:kestrel",),
    "Kestrel Water": ("org:kwater",),
    "Ministry of Health": ("org:moh", "ministry"),
    "Ministry of Industry": ("org:moi", "ministry"),
    "Pelora Ministry of Transport": ("org:pmot", "ministry"),
    "Norland army": ("org:nor-army", "military"),
    "Pelora Green Party": ("org:pgp", "political_party"),
    "Labour": ("org:labour", "political_party"),
    "Brightwater Hospital": ("org:bwh",),
    "Brightwater University": ("org:bwu",),
    "Brightwater Labs": ("org:bwl",),
    "Orvex": ("org:orvex",),
    "Veltrix Ventures": ("org:vv",),
    "Veltrix": ("org:veltrix",),
    "Brenna Copper": ("org:brenna",),
    "Talbot Resources": ("org:talbot",),
    "Corvane Engineering": ("org:corvane",),
    "Aeron Aircraft": ("org:aeron",),
    "Pelora Rail": ("org:prail",),
    "Norland": ("country:NOR",),
    "Pelora": ("country:PEL",),
    "Kenya": ("country:KEN",),
    "Ghana": ("country:GHA",),
    "Ana Ruiz": ("person:ruiz",),
    "LNG": ("org:lng",),  # goods' short form, as NER mistypes it
}
NAME = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(name) for name in sorted(NAMES, key=len, reverse=True)))
MONEY_TYPES = ("lend", "fund", "invest", "contract")


def money_events(body):
    """The money-flow events of body, every name of NAMES in it a mention."""
    pairs = [(m.group(), *NAMES[m.group()]) for m in NAME.finditer(body)]
    return [e for e in events_of(body, *pairs) if e.event_type in MONEY_TYPES]


def described(event):
    """(type, status, agent, recipient, amount) with parties by name and amount as (min, max, currency)."""
    [agent], [recipient] = event.role("agent"), event.role("recipient")
    amount = event.amount and (event.amount.amount_min, event.amount.amount_max, event.amount.currency)
    return event.event_type, event.status, agent.mention.text, recipient.mention.text, amount


def expected_events(kind, status, agents, recipients, amount):
    """One event per agent and recipient named together: the guidelines annotate "X and Y lent Z"
    as two loans."""
    return sorted((kind, status, agent, recipient, amount)
                  for agent in agents.split("+") for recipient in recipients.split("+"))


def usd(low, high=None):
    return low, high or low, "USD"


EUR_400M, GBP_12M = (400e6, 400e6, "EUR"), (12e6, 12e6, "GBP")

# (text, type, status, agent(s), recipient(s), amount): coordinated parties of one role joined by "+".
LEND = [
    # proposing to lend is the lender's own offer
    ("The European Commission proposed lending Kenya €40bn.", "lend", "announced", "European Commission", "Kenya",
     (40e9, 40e9, "EUR")),
    # a clause on the loan, its object the loan itself, tells who gives it to whom
    ("The $500m loan that Halvard Bank gave Pelora was repaid in full.",
     "lend", "done", "Halvard Bank", "Pelora", usd(500e6)),
    ("The loan which Halvard Bank extended to Orvex last year was the largest.",
     "lend", "done", "Halvard Bank", "Orvex", None),
    ("Halvard Bank lent Pelora $500m last year.", "lend", "done", "Halvard Bank", "Pelora", usd(500e6)),
    ("The Meridian Development Bank has agreed to lend Norland $1.2bn to rebuild its power grid.",
     "lend", "agreed", "Meridian Development Bank", "Norland", usd(1.2e9)),
    ("Pelora was lent $300 million by the Meridian Development Bank in March.",
     "lend", "done", "Meridian Development Bank", "Pelora", usd(300e6)),
    ("Norland's $2bn loan to Pelora was signed on Tuesday.", "lend", "done", "Norland", "Pelora", usd(2e9)),
    ("Halvard Bank was Pelora's biggest creditor last year.", "lend", "done", "Halvard Bank", "Pelora", None),
    # a bracketed conversion between the figure and its loan; a possessed loan a verb of examining looks at
    ("Officials will look at Norland's provision of a 250m euro ($310m; £172m) loan to Pelora.",
     "lend", "done", "Norland", "Pelora", (250e6, 250e6, "EUR")),
    ("Halvard Bank approved a 400m euro ($495m) loan to Pelora Rail.",
     "lend", "agreed", "Halvard Bank", "Pelora Rail", EUR_400M),
    ("The IMF approved a $3bn rescue loan for Pelora on Friday.", "lend", "agreed", "IMF", "Pelora", usd(3e9)),
    ("Halvard Bank extended a EUR 400 million credit facility to Orvex.",
     "lend", "done", "Halvard Bank", "Orvex", EUR_400M),
    ("The finance ministry said Halvard Bank had lent Pelora $250m.",
     "lend", "done", "Halvard Bank", "Pelora", usd(250e6)),
    ("Meridian Development Bank lends Kenya $500m for solar farms\nThe money will pay for 12 plants, officials said.",
     "lend", "done", "Meridian Development Bank", "Kenya", usd(500e6)),
    ("Norland plans to lend Pelora $5bn over three years.", "lend", "planned", "Norland", "Pelora", usd(5e9)),
    ("Pelora borrowed $700m from Halvard Bank in 2023.", "lend", "done", "Halvard Bank", "Pelora", usd(700e6)),
    ("Orvex secured a $150 million credit line from Halvard Bank.",
     "lend", "done", "Halvard Bank", "Orvex", usd(150e6)),
    ("Halvard Bank, which lent Orvex $80m in 2022, said on Monday it was reviewing the terms.",
     "lend", "done", "Halvard Bank", "Orvex", usd(80e6)),
    ("Pelora received a $1bn loan from Norland.", "lend", "done", "Norland", "Pelora", usd(1e9)),
    ("The loan of $900m from Halvard Bank to Orvex was agreed in May.",
     "lend", "agreed", "Halvard Bank", "Orvex", usd(900e6)),
    ("Norland and Halvard Bank agreed to lend Pelora a combined $3bn.",
     "lend", "agreed", "Halvard Bank+Norland", "Pelora", usd(3e9)),
    ("Halvard Bank said on Thursday it had provided a $200m loan to Orvex.",
     "lend", "done", "Halvard Bank", "Orvex", usd(200e6)),
    ("Pelora signed a $750 million loan agreement with the Meridian Development Bank on Wednesday.",
     "lend", "done", "Meridian Development Bank", "Pelora", usd(750e6)),
    ("A loan of between $1bn and $1.5bn from Norland to Pelora is due to be signed next month.",
     "lend", "planned", "Norland", "Pelora", usd(1e9, 1.5e9)),
    ("The Bank of Norland will buy $2bn of bonds issued by Pelora.",
     "lend", "planned", "Bank of Norland", "Pelora", usd(2e9)),
    ("A $450m loan approved by the Meridian Development Bank will help Ghana repair its ports.",
     "lend", "agreed", "Meridian Development Bank", "Ghana", usd(450e6)),
    ("Kenya and Ghana received $600m in loans from the World Bank.",
     "lend", "done", "World Bank", "Ghana+Kenya", usd(600e6)),
    ("Pelora has taken out a $1bn loan from Halvard Bank.", "lend", "done", "Halvard Bank", "Pelora", usd(1e9)),
    ("The IMF's $4bn bailout loan to Pelora was approved on Friday.", "lend", "agreed", "IMF", "Pelora", usd(4e9)),
    ("Halvard Bank arranged a $1bn syndicated loan for Orvex in April.",
     "lend", "done", "Halvard Bank", "Orvex", usd(1e9)),
    ("Norland has offered Pelora a $1bn credit line.", "lend", "announced", "Norland", "Pelora", usd(1e9)),
    ("The IMF signed off on a $1.2bn loan to Pelora on Friday.", "lend", "agreed", "IMF", "Pelora", usd(1.2e9)),
    ("Pelora has tapped Halvard Bank for a $300m loan.", "lend", "done", "Halvard Bank", "Pelora", usd(300e6)),
    ("Pelora taps Halvard Bank for $1.5 bln loan\nThe five-year loan will refinance debt due in 2026.",
     "lend", "done", "Halvard Bank", "Pelora", usd(1.5e9)),
    ("Meridian Development Bank to lend Kenya $400 mln for roads\nThe loan runs for 20 years.",
     "lend", "planned", "Meridian Development Bank", "Kenya", usd(400e6)),
    ("Kenya and the Meridian Development Bank reached a staff-level agreement on a $1 billion loan.",
     "lend", "agreed", "Meridian Development Bank", "Kenya", usd(1e9)),
    ("Pelora signed a €300 million loan with the Meridian Development Bank to upgrade its grid.",
     "lend", "done", "Meridian Development Bank", "Pelora", (300e6, 300e6, "EUR")),
    ("Orvex will use the $300m loan from Halvard Bank to build a plant.",
     "lend", "done", "Halvard Bank", "Orvex", usd(300e6)),
    ("Halvard Bank offered Orvex a $60m bridging loan on Friday.",
     "lend", "announced", "Halvard Bank", "Orvex", usd(60e6)),
    # an offer whose words are money given is that loan or grant, accepted by the one it goes to
    ("Pelora accepted the loan offer from Halvard Bank.", "lend", "agreed", "Halvard Bank", "Pelora", None),
    ("Pelora accepted Halvard Bank's offer of a loan.", "lend", "agreed", "Halvard Bank", "Pelora", None),
    ("Halvard Bank made an offer of a $2bn loan to Pelora.", "lend", "announced", "Halvard Bank", "Pelora", usd(2e9)),
    # the parse hangs the loan's "with" on the sum it is of
    ("The Meridian Development Bank has signed a loan of 500m euros with Pelora.",
     "lend", "done", "Meridian Development Bank", "Pelora", (500e6, 500e6, "EUR")),
    # the money a relative clause tells of carries its figure
    ("The new loan follows a $19bn package which the IMF lent Kenya after the crisis.",
     "lend", "done", "IMF", "Kenya", usd(19e9)),
]

FUND = [
    # the parse reads an acronym opening the sentence before an aside as a modifier
    ("USAID, meanwhile, provided $40m in grants to Kenya last year.", "fund", "done", "USAID", "Kenya", usd(40e6)),
    # proceeds and profits given away are money given, though no figure is written
    ("Orvex will donate the proceeds of the concert to the Kestrel Foundation.",
     "fund", "planned", "Orvex", "Kestrel Foundation", None),
    ("Veltrix donated all its profits to Brightwater Hospital last year.",
     "fund", "done", "Veltrix", "Brightwater Hospital", None),
    # what another does to a gift leaves the giving told in its own clause as it was
    ("Pelora blocked a $1 billion donation Norland had pledged to the Kestrel Foundation.",
     "fund", "announced", "Norland", "Kestrel Foundation", usd(1e9)),
    ("Norland will give Pelora $200m in aid to rebuild after the floods.",
     "fund", "planned", "Norland", "Pelora", usd(200e6)),
    ("The European Commission has granted Orvex €35m to develop battery cells.",
     "fund", "done", "European Commission", "Orvex", (35e6, 35e6, "EUR")),
    ("The Kestrel Foundation donated £2m to Brightwater Hospital.",
     "fund", "done", "Kestrel Foundation", "Brightwater Hospital", (2e6, 2e6, "GBP")),
    # the complements of a measuring participle or of the noun "be" equates with the gift are the gift's
    ("There were further donations topping £75,000 for Labour from Veltrix.",
     "fund", "done", "Veltrix", "Labour", (75e3, 75e3, "GBP")),
    ("Veltrix put up $480m to rescue Orvex.", "fund", "done", "Veltrix", "Orvex", usd(480e6)),
    ("Veltrix put £50m into the Kestrel Foundation.",                # a charity has no stake to buy
     "fund", "done", "Veltrix", "Kestrel Foundation", (50e6, 50e6, "GBP")),
    # "be" names the donor or creditor of the possessor
    ("Labour's largest donor was the Kestrel Foundation, a charity which gave a sum of £250,000.",
     "fund", "done", "Kestrel Foundation", "Labour", None),
    ("The largest donor to Labour was Ana Ruiz.", "fund", "done", "Ana Ruiz", "Labour", None),
    ("Veltrix stumped up £5m for Brightwater Hospital.",
     "fund", "done", "Veltrix", "Brightwater Hospital", (5e6, 5e6, "GBP")),
    ("Kestrel Foundation made grants totalling $3m to Brightwater Hospital.",
     "fund", "done", "Kestrel Foundation", "Brightwater Hospital", usd(3e6)),
    ("The largest donation to Labour was a bequest from Ana Ruiz of nearly £400,000.",
     "fund", "done", "Ana Ruiz", "Labour", (400e3, 400e3, "GBP")),
    ("Among the gifts to Labour were 11 donations totalling £58,200 from Veltrix.",
     "fund", "done", "Veltrix", "Labour", (58200.0, 58200.0, "GBP")),
    ("The Ministry of Health allocated $40m to Brightwater Hospital for a new cancer wing.",
     "fund", "done", "Ministry of Health", "Brightwater Hospital", usd(40e6)),
    ("Norland earmarked $300m for Pelora's reconstruction.", "fund", "done", "Norland", "Pelora", usd(300e6)),
    ("The World Bank disbursed $120m to Pelora in June.", "fund", "done", "World Bank", "Pelora", usd(120e6)),
    ("The grant of $25m from the Kestrel Foundation to Brightwater University was announced on Friday.",
     "fund", "announced", "Kestrel Foundation", "Brightwater University", usd(25e6)),
    # goods bought or sent as a gift: the buyer or sender gives; a price per tonne is no amount
    ("Orvex bought 18,000 tonnes of wheat from Veltrix at $195 per tonne for donation to Kenya.",
     "fund", "planned", "Orvex", "Kenya", None),
    ("Norland shipped 5,000 tonnes of rice to Kenya as aid.", "fund", "done", "Norland", "Kenya", None),
    # every inflection of a trigger passes the sentence test before the parse
    ("Veltrix is donating $5m to Brightwater Hospital.", "fund", "done", "Veltrix", "Brightwater Hospital", usd(5e6)),
    ("Norland extended credits worth $300m to Pelora.", "lend", "done", "Norland", "Pelora", usd(300e6)),
    # the one given the goods named as the indirect object, or after the dative "to"
    ("Norland will give Kenya 10,000 tonnes of wheat as food aid.", "fund", "planned", "Norland", "Kenya", None),
    ("Norland gave 10,000 tonnes of wheat to Kenya as food aid.", "fund", "done", "Norland", "Kenya", None),
    ("Medicines worth $2m were bought by the Kestrel Foundation for donation to Ghana.",
     "fund", "planned", "Kestrel Foundation", "Ghana", usd(2e6)),
    ("Norland pledged $400 million in humanitarian aid to Pelora on Sunday.",
     "fund", "announced", "Norland", "Pelora", usd(400e6)),
    ("Pelora received €90m in subsidies from the EU.", "fund", "done", "EU", "Pelora", (90e6, 90e6, "EUR")),
    # the parse hangs "in" on the preposition before the sum: the money noun still measures it
    ("Pelora will benefit from $300m in Norland funding.", "fund", "planned", "Norland", "Pelora", usd(300e6)),
    ("Norland has written off $1.1bn of Pelora's debt.", "fund", "done", "Norland", "Pelora", usd(1.1e9)),
    ("Norland agreed to cancel $800m of debt owed by Pelora.", "fund", "agreed", "Norland", "Pelora", usd(800e6)),
    ("Norland bailed out Orvex with a $4bn rescue package last year.",
     "fund", "done", "Norland", "Orvex", usd(4e9)),
    ("Norland provided Pelora with $60m in emergency funding.", "fund", "done", "Norland", "Pelora", usd(60e6)),
    ("Pelora will get $75m in grants from the World Bank.", "fund", "planned", "World Bank", "Pelora", usd(75e6)),
    ("The Kestrel Foundation handed Brightwater University a £12m grant.",
     "fund", "done", "Kestrel Foundation", "Brightwater University", GBP_12M),
    ("World Bank hands Pelora $90m grant for schools\nThe money will build 300 classrooms.",
     "fund", "done", "World Bank", "Pelora", usd(90e6)),
    ("Norland and the EU gave Pelora a combined €500m in aid.",
     "fund", "done", "EU+Norland", "Pelora", (500e6, 500e6, "EUR")),
    ("Norland announced $250m in funding for Pelora on Tuesday.",
     "fund", "announced", "Norland", "Pelora", usd(250e6)),
    # assistance or support a sum of money measures is money given
    ("Norland announced $50m in humanitarian assistance for Pelora.", "fund", "announced", "Norland", "Pelora", usd(50e6)),
    ("Norland announced $300m in new funds for Pelora.", "fund", "announced", "Norland", "Pelora", usd(300e6)),
    ("The Ministry of Industry said it had given Orvex a $20m grant.",
     "fund", "done", "Ministry of Industry", "Orvex", usd(20e6)),
    ("Norland is to provide $1bn in aid to Pelora.", "fund", "planned", "Norland", "Pelora", usd(1e9)),
    ("The EU gives Pelora €150m to fight drought\nThe money comes from the bloc's emergency reserve.",
     "fund", "done", "EU", "Pelora", (150e6, 150e6, "EUR")),
    ("Norland agreed to fund Pelora's new port with $400m.", "fund", "agreed", "Norland", "Pelora", usd(400e6)),
    ("Norland subsidised Orvex with €70m last year.", "fund", "done", "Norland", "Orvex", (70e6, 70e6, "EUR")),
    ("Halvard Bank will finance Orvex's new smelter with a $300m package.",
     "fund", "planned", "Halvard Bank", "Orvex", usd(300e6)),
    ("Kenya and Ghana will receive $50m each in drought aid from Norland.",
     "fund", "planned", "Norland", "Ghana+Kenya", usd(50e6)),  # a figure per recipient: each one's gift
    ("The Kestrel Foundation's $10m donation to Brightwater University was made in March.",
     "fund", "done", "Kestrel Foundation", "Brightwater University", usd(10e6)),
    ("A $30m subsidy to Orvex approved by the Ministry of Industry was challenged by rivals.",
     "fund", "agreed", "Ministry of Industry", "Orvex", usd(30e6)),
    ("The Ministry of Health is to give £10m to Brightwater Hospital.",
     "fund", "planned", "Ministry of Health", "Brightwater Hospital", (10e6, 10e6, "GBP")),
    ("Brightwater University has been given £4m by the Kestrel Foundation.",
     "fund", "done", "Kestrel Foundation", "Brightwater University", (4e6, 4e6, "GBP")),
    ("Brightwater Labs won a £3m grant from the European Commission.",
     "fund", "done", "European Commission", "Brightwater Labs", (3e6, 3e6, "GBP")),
    ("The Ministry of Health has awarded Brightwater Hospital a £15m grant.",
     "fund", "done", "Ministry of Health", "Brightwater Hospital", (15e6, 15e6, "GBP")),
    ("The EU has approved €2bn in aid for Pelora.", "fund", "agreed", "EU", "Pelora", (2e9, 2e9, "EUR")),
    ("The World Bank approved a $500 million financing package for Kenya.",
     "fund", "agreed", "World Bank", "Kenya", usd(500e6)),
    ("Norland unveiled a $2bn aid package for Pelora on Monday.",
     "fund", "announced", "Norland", "Pelora", usd(2e9)),
    ("Norland sent Pelora $20m in emergency aid.", "fund", "done", "Norland", "Pelora", usd(20e6)),
    ("Pelora will benefit from $300m in funding from the EU.", "fund", "planned", "EU", "Pelora", usd(300e6)),
    ("Brightwater Labs will hire 40 engineers thanks to a $5m grant from the Kestrel Foundation.",
     "fund", "done", "Kestrel Foundation", "Brightwater Labs", usd(5e6)),
    ("Thanks to a £3m loan from Halvard Bank, Brightwater Labs opened a second plant.",
     "lend", "done", "Halvard Bank", "Brightwater Labs", (3e6, 3e6, "GBP")),
    # the parse reads "its Boston lab thanks" as one noun phrase and hangs "to" on the verb
    ("Brightwater Labs will expand its Boston lab thanks to a $1.2m grant from the Kestrel Foundation.",
     "fund", "done", "Kestrel Foundation", "Brightwater Labs", usd(1.2e6)),
    ("The Kestrel Foundation backs Brightwater Labs with $5m\nThe grant will pay for two years of research.",
     "fund", "done", "Kestrel Foundation", "Brightwater Labs", usd(5e6)),
    ("The IMF approved the disbursement of $800m to Pelora.",
     "fund", "agreed", "IMF", "Pelora", usd(800e6)),
    ("Norland committed $75m to Pelora's water sector in March.", "fund", "agreed", "Norland", "Pelora", usd(75e6)),
    ("Ana Ruiz gave £2m to the Pelora Green Party in 2023.",
     "fund", "done", "Ana Ruiz", "Pelora Green Party", (2e6, 2e6, "GBP")),
    ("The Pelora Green Party received £1m from Ana Ruiz last year.",
     "fund", "done", "Ana Ruiz", "Pelora Green Party", (1e6, 1e6, "GBP")),
    ("Ana Ruiz, who gave the Pelora Green Party £5m in 2021, has stepped down as its treasurer.",
     "fund", "done", "Ana Ruiz", "Pelora Green Party", (5e6, 5e6, "GBP")),
    ("Ana Ruiz donated £1m to Labour in December.", "fund", "done", "Ana Ruiz", "Labour", (1e6, 1e6, "GBP")),
    ("The Ministry of Health is giving Brightwater Hospital £3m to cut waiting lists.",
     "fund", "done", "Ministry of Health", "Brightwater Hospital", (3e6, 3e6, "GBP")),
    ("Pelora is to get £15m from the EU to repair flood defences.",
     "fund", "planned", "EU", "Pelora", (15e6, 15e6, "GBP")),
    ("The Kestrel Foundation is funding Brightwater Labs with £2m a year.",
     "fund", "done", "Kestrel Foundation", "Brightwater Labs", (2e6, 2e6, "GBP")),
    ("Norland's aid to Pelora, worth $300m, was announced on Monday.",
     "fund", "announced", "Norland", "Pelora", usd(300e6)),
    ("Norland cancelled Pelora's $2bn debt in 2022.", "fund", "done", "Norland", "Pelora", usd(2e9)),
    ("The World Bank has forgiven $1bn owed by Pelora.", "fund", "done", "World Bank", "Pelora", usd(1e9)),
    # the tagger reads "forgave" as a base form, which the lemmatizer leaves as it is
    ("Norland forgave $500m of Pelora's debt.", "fund", "done", "Norland", "Pelora", usd(500e6)),
    # a loan rolled over or renewed is lent again
    ("Norland rolled over a $2bn loan to Pelora that was due this month.", "lend", "done", "Norland", "Pelora", usd(2e9)),
    ("Halvard Bank renewed a $300m loan to Orvex.", "lend", "done", "Halvard Bank", "Orvex", usd(300e6)),
    ("Donors led by Norland pledged $4bn to Pelora at a conference in Geneva.",
     "fund", "announced", "Norland", "Pelora", usd(4e9)),
    ("The IMF approved a $1.1 billion disbursement to Pelora.", "fund", "agreed", "IMF", "Pelora", usd(1.1e9)),
    ("Kenya and Ghana accepted Norland's offer of a debt freeze.", "fund", "agreed", "Norland", "Ghana+Kenya", None),
    # "the Norland offer" with no words of its own: what Norland was said to offer before
    ("Ghana no longer wants the debt freeze offered by Norland.\nKenya and Ghana accepted the Norland offer.",
     "fund", "agreed", "Norland", "Ghana+Kenya", None),
    ("Norland offered to write off debts owed by poorer nations.\nLater Kenya took up the Norland offer.",
     "fund", "agreed", "Norland", "Kenya", None),
    ("The Ministry of Health is to hand Brightwater Hospital an extra £5m.",
     "fund", "planned", "Ministry of Health", "Brightwater Hospital", (5e6, 5e6, "GBP")),
    ("Norland said it would send $80m in aid to Pelora.", "fund", "announced", "Norland", "Pelora", usd(80e6)),
]

INVEST = [
    # works a modifier tells: a wind farm, a power station
    ("Orvex will invest $700m in a wind farm in Ghana.", "invest", "planned", "Orvex", "Ghana", usd(700e6)),
    ("Orvex will invest $50m in a new power station in Ghana.", "invest", "planned", "Orvex", "Ghana", usd(50e6)),
    # the port (city, province) of a place is the place
    ("Orvex invested $1.3bn in the port of Chancay.", "invest", "done", "Orvex", "Chancay", usd(1.3e9)),
    # the money a receiving verb takes is counted in what it is ("in investment"), which says the type
    ("Pelora attracted $2bn in investment from Orvex last year.", "invest", "done", "Orvex", "Pelora", usd(2e9)),
    ("Orvex will invest $2bn in Pelora over five years.", "invest", "planned", "Orvex", "Pelora", usd(2e9)),
    ("Orvex invested €400m in Brenna Copper last year.", "invest", "done", "Orvex", "Brenna Copper", EUR_400M),
    ("Veltrix said it would invest $800 million in Pelora.",
     "invest", "announced", "Veltrix", "Pelora", usd(800e6)),
    ("Orvex plans to invest $1.2bn in Kenya.", "invest", "planned", "Orvex", "Kenya", usd(1.2e9)),
    ("Orvex took a 15% stake in Brenna Copper for $90m.", "invest", "done", "Orvex", "Brenna Copper", usd(90e6)),
    ("Orvex poured $300m into Brenna Copper in 2023.", "invest", "done", "Orvex", "Brenna Copper", usd(300e6)),
    ("Veltrix injected £150m into Talbot Resources last month.",
     "invest", "done", "Veltrix", "Talbot Resources", (150e6, 150e6, "GBP")),
    ("Orvex will build a $1bn battery plant in Pelora.", "invest", "planned", "Orvex", "Pelora", usd(1e9)),
    # the one leading a plural group of investors acts for it
    ("Foreign investors, led by Orvex, have poured $5bn into Pelora.", "invest", "done", "Orvex", "Pelora", usd(5e9)),
    # an investment in works: the place they are in, as for the verb
    ("Orvex announced a $1.2bn investment in a copper smelter in Pelora.",
     "invest", "announced", "Orvex", "Pelora", usd(1.2e9)),
    ("Orvex's $500m investment in Pelora was announced on Monday.",
     "invest", "announced", "Orvex", "Pelora", usd(500e6)),
    ("Brightwater Labs raised $25m in a funding round led by Veltrix Ventures.",
     "invest", "done", "Veltrix Ventures", "Brightwater Labs", usd(25e6)),
    ("Brightwater Labs raised $45m in a Series B round led by Veltrix Ventures.",
     "invest", "done", "Veltrix Ventures", "Brightwater Labs", usd(45e6)),
    ("Veltrix Ventures led a $30m funding round in Brightwater Labs.",
     "invest", "done", "Veltrix Ventures", "Brightwater Labs", usd(30e6)),
    ("Brightwater Labs raised $25m from Veltrix Ventures in its latest funding round.",
     "invest", "done", "Veltrix Ventures", "Brightwater Labs", usd(25e6)),
    ("Orvex first bought into Brenna Copper in 1969.", "invest", "done", "Orvex", "Brenna Copper", None),
    ("Orvex has agreed to buy a 10% stake in Brenna Copper.", "invest", "agreed", "Orvex", "Brenna Copper", None),
    ("Orvex ploughed £60m into Talbot Resources.",
     "invest", "done", "Orvex", "Talbot Resources", (60e6, 60e6, "GBP")),
    ("Orvex put $100m into Brightwater Labs last year.", "invest", "done", "Orvex", "Brightwater Labs", usd(100e6)),
    ("Orvex unveiled plans to invest $700m in Kenya.", "invest", "announced", "Orvex", "Kenya", usd(700e6)),
    ("Orvex, which invested $200m in Pelora in 2021, opened a second office there.",
     "invest", "done", "Orvex", "Pelora", usd(200e6)),
    ("Orvex to invest $3bn in Pelora plants\nThe carmaker will make batteries there from 2027.",
     "invest", "planned", "Orvex", "Pelora", usd(3e9)),
    ("Orvex is set to open a $250m factory in Pelora next year.",
     "invest", "planned", "Orvex", "Pelora", usd(250e6)),
    ("The $900m investment by Orvex in Pelora was completed in March.",
     "invest", "done", "Orvex", "Pelora", usd(900e6)),
    ("Orvex and Veltrix will jointly invest $1bn in Pelora.",
     "invest", "planned", "Orvex+Veltrix", "Pelora", usd(1e9)),
    ("Orvex bought a 20% stake in Brenna Copper for $150m.",
     "invest", "done", "Orvex", "Brenna Copper", usd(150e6)),
    ("Orvex said it had invested $50m in Brightwater Labs.",
     "invest", "done", "Orvex", "Brightwater Labs", usd(50e6)),
    ("Pelora attracted $3bn of investment from Orvex in 2024.", "invest", "done", "Orvex", "Pelora", usd(3e9)),
    ("Orvex is to invest £40m in a new plant in Ghana.", "invest", "planned", "Orvex", "Ghana", (40e6, 40e6, "GBP")),
    ("Veltrix has bought a minority stake in Brightwater Labs.", "invest", "done", "Veltrix", "Brightwater Labs", None),
    ("Orvex announced a $1bn investment in Kenya on Tuesday.", "invest", "announced", "Orvex", "Kenya", usd(1e9)),
    ("Orvex will spend $1bn on a new plant in Ghana.", "invest", "planned", "Orvex", "Ghana", usd(1e9)),
    ("Orvex will set up a $300m factory in Ghana.", "invest", "planned", "Orvex", "Ghana", usd(300e6)),
    ("Orvex opened a $200m plant in Ghana on Tuesday.", "invest", "done", "Orvex", "Ghana", usd(200e6)),
    ("Orvex broke ground on a $200m plant in Ghana on Tuesday.", "invest", "done", "Orvex", "Ghana", usd(200e6)),
    ("Orvex will begin construction of a battery factory in Kenya next year.", "invest", "planned", "Orvex", "Kenya", None),
    ("Orvex started work on a $90m smelter in Ghana in May.", "invest", "done", "Orvex", "Ghana", usd(90e6)),
    ("Veltrix acquired a 5% stake in Talbot Resources.", "invest", "done", "Veltrix", "Talbot Resources", None),
    ("Orvex has tried to stay independent since Veltrix bought a 15% stake in Orvex.",
     "invest", "done", "Veltrix", "Orvex", None),
    ("Orvex will invest $500 million to expand its plant in Ghana.",
     "invest", "planned", "Orvex", "Ghana", usd(500e6)),
    # data centres, chip fabs, foundries and industrial complexes are built as plants are
    ("Orvex will build a $3bn data centre in Ghana.", "invest", "planned", "Orvex", "Ghana", usd(3e9)),
    ("Orvex is building a $20 billion fab in Kenya.", "invest", "done", "Orvex", "Kenya", usd(20e9)),
    ("Orvex will build a $5.5 billion battery complex in Ghana.", "invest", "planned", "Orvex", "Ghana", usd(5.5e9)),
    # plans stated for a transaction, as plans stated to make it
    ("Orvex unveiled plans for a $10 billion investment in Ghana.", "invest", "announced", "Orvex", "Ghana", usd(10e9)),
    # a company's capital spent in a place
    ("Orvex will spend $2 billion in Ghana over the next five years.", "invest", "planned", "Orvex", "Ghana", usd(2e9)),
    # the investment as the means of the works
    ("Orvex will expand its plant in Ghana with a $500 million investment.",
     "invest", "planned", "Orvex", "Ghana", usd(500e6)),
    ("Brightwater Labs secured $450 million in Series B funding led by Veltrix Ventures.",
     "invest", "done", "Veltrix Ventures", "Brightwater Labs", usd(450e6)),
    ("Brightwater Labs has raised $30 million from Veltrix Ventures and Orvex.",
     "invest", "done", "Orvex+Veltrix Ventures", "Brightwater Labs", usd(30e6)),
    ("Orvex has committed to investing $2 billion in Kenya by 2030.", "invest", "agreed", "Orvex", "Kenya", usd(2e9)),
    ("Talbot Resources received a $40m investment from Veltrix.",
     "invest", "done", "Veltrix", "Talbot Resources", usd(40e6)),
]

CONTRACT = [
    # what is awarded after an aside on the one it goes to, which the parse hangs on the aside
    ("Pelora Rail awarded Corvane Engineering, a unit of Orvex, a $1bn contract to build a bridge.",
     "contract", "done", "Corvane Engineering", "Pelora Rail", usd(1e9)),
    # with no client in its clause, the organisation announcing the award after it
    ("Corvane Engineering has won a $400m contract to upgrade the line, Pelora Rail has announced.",
     "contract", "done", "Corvane Engineering", "Pelora Rail", usd(400e6)),
    # a state's agency by its name is the client
    ("Kenya's Armament Agency signed a $6.5bn contract with Corvane Engineering for 180 tanks.",
     "contract", "done", "Corvane Engineering", "Armament Agency", usd(6.5e9)),
    ("Corvane Engineering won a $400m contract to build a bridge for the Pelora Ministry of Transport.",
     "contract", "done", "Corvane Engineering", "Pelora Ministry of Transport", usd(400e6)),
    ("Corvane Engineering was awarded a $1.2bn contract by the Pelora Ministry of Transport.",
     "contract", "done", "Corvane Engineering", "Pelora Ministry of Transport", usd(1.2e9)),
    ("The Pelora Ministry of Transport awarded Corvane Engineering a $1.2bn contract to build a motorway.",
     "contract", "done", "Corvane Engineering", "Pelora Ministry of Transport", usd(1.2e9)),
    ("Corvane Engineering has signed a $600m deal to supply trains to Pelora.",
     "contract", "done", "Corvane Engineering", "Pelora", usd(600e6)),
    ("Norland ordered 40 jets from Aeron Aircraft.", "contract", "done", "Aeron Aircraft", "Norland", None),
    ("Corvane Engineering was chosen to build Pelora's new airport.",
     "contract", "done", "Corvane Engineering", "Pelora", None),
    ("Corvane Engineering secured a $90m order from Pelora Rail for 20 locomotives.",
     "contract", "done", "Corvane Engineering", "Pelora Rail", usd(90e6)),
    ("Aeron Aircraft will supply 30 helicopters to the Norland army under a $2bn deal.",
     "contract", "planned", "Aeron Aircraft", "Norland army", usd(2e9)),
    ("Corvane Engineering's $300m contract with Pelora Rail was signed on Monday.",
     "contract", "done", "Corvane Engineering", "Pelora Rail", usd(300e6)),
    ("The contract to build the dam, awarded to Corvane Engineering by Pelora in 2022, is worth $1bn.",
     "contract", "done", "Corvane Engineering", "Pelora", usd(1e9)),
    ("Corvane Engineering said it had won a £75m contract from Kestrel Water.",
     "contract", "done", "Corvane Engineering", "Kestrel Water", (75e6, 75e6, "GBP")),
    ("Corvane Engineering wins $500m metro contract from Pelora\nWork on the line starts in May.",
     "contract", "done", "Corvane Engineering", "Pelora", usd(500e6)),
    ("The Pelora Ministry of Transport is due to sign a $700m contract with Corvane Engineering next week.",
     "contract", "planned", "Corvane Engineering", "Pelora Ministry of Transport", usd(700e6)),
    ("Corvane Engineering won the tender to build Pelora's new port.",
     "contract", "done", "Corvane Engineering", "Pelora", None),
    ("Corvane Engineering and Aeron Aircraft won a $2bn contract from Pelora.",
     "contract", "done", "Aeron Aircraft+Corvane Engineering", "Pelora", usd(2e9)),
    ("Corvane Engineering has agreed a €300m supply deal with Pelora Rail for 50 trains.",
     "contract", "agreed", "Corvane Engineering", "Pelora Rail", (300e6, 300e6, "EUR")),
    ("Kestrel Water awarded the contract to Corvane Engineering in June.",
     "contract", "done", "Corvane Engineering", "Kestrel Water", None),
    ("Corvane Engineering landed a $250m deal to build 40 schools for Pelora.",
     "contract", "done", "Corvane Engineering", "Pelora", usd(250e6)),
    ("Pelora picked Corvane Engineering to build its new metro.", "contract", "done", "Corvane Engineering", "Pelora", None),
    ("Aeron Aircraft supplies Norland with 12 jets.", "contract", "done", "Aeron Aircraft", "Norland", None),
    ("Last month, Pelora inked a $2.5 billion deal with Corvane Engineering to build a high-speed rail line.",
     "contract", "done", "Corvane Engineering", "Pelora", usd(2.5e9)),
    ("Corvane Engineering will build the bridge under a $300m contract with Pelora.",
     "contract", "planned", "Corvane Engineering", "Pelora", usd(300e6)),
    # the one served, named on the verb whose work the contract is the terms of
    ("Corvane Engineering will provide cloud services to Pelora under a five-year contract.",
     "contract", "planned", "Corvane Engineering", "Pelora", None),
    ("Corvane Engineering has been contracted by Pelora to build a dam.",
     "contract", "done", "Corvane Engineering", "Pelora", None),
    ("Pelora has tapped Corvane Engineering to build its new airport.",
     "contract", "done", "Corvane Engineering", "Pelora", None),
    ("Pelora Rail placed an order for 30 trains with Corvane Engineering.",
     "contract", "done", "Corvane Engineering", "Pelora Rail", None),
    ("Aeron Aircraft has received an order for 50 jets from Pelora.", "contract", "done", "Aeron Aircraft", "Pelora", None),
    ("Aeron Aircraft said on Monday it would supply Norland with 12 transport planes.",
     "contract", "announced", "Aeron Aircraft", "Norland", None),
    ("Pelora Rail has ordered 25 trains worth $400m from Corvane Engineering.",
     "contract", "done", "Corvane Engineering", "Pelora Rail", usd(400e6)),
    ("40 jets were ordered by Pelora Rail from Aeron Aircraft.", "contract", "done", "Aeron Aircraft", "Pelora Rail", None),
    ("Pelora Rail's order for 40 Aeron Aircraft jets was the largest this year.",
     "contract", "done", "Aeron Aircraft", "Pelora Rail", None),
    ("The order from Pelora Rail for 12 Aeron Aircraft jets was signed on Monday.",
     "contract", "done", "Aeron Aircraft", "Pelora Rail", None),
    ("The contract that Corvane Engineering won from Pelora covers a new port.",
     "contract", "done", "Corvane Engineering", "Pelora", None),
    # an order resized was placed
    ("Pelora Rail is reducing an order for 30 Aeron Aircraft jets to 20.",
     "contract", "done", "Aeron Aircraft", "Pelora Rail", None),
    ("Pelora Rail said it would cut an earlier order for Aeron Aircraft freighters from 90 to 53.",
     "contract", "done", "Aeron Aircraft", "Pelora Rail", None),
    # the deal's other side told by a relative clause to do the work
    ("Orvex said it had signed a £90m deal with Corvane Engineering, which will supply the radar systems.",
     "contract", "done", "Corvane Engineering", "Orvex", (90e6, 90e6, "GBP")),
    ("Pelora signed a deal with Corvane Engineering, which will build 20 bridges.",
     "contract", "done", "Corvane Engineering", "Pelora", None),
]

# Statements of no event: each names a giver and a taker the rules could pair.
NO_EVENT = [
    "Pelora hopes to secure a $2bn loan from Halvard Bank.",                     # hoped for
    "Pelora is seeking $3bn in aid from Norland.",                               # sought
    "Pelora has requested a $1bn loan from the IMF.",                            # requested
    "Pelora and the IMF are in talks over a possible $4bn loan.",                # talks
    "Halvard Bank did not lend Pelora any money last year.",                     # negated
    "If Norland lends Pelora $1bn, its currency could recover.",                 # conditional
    "Development banks such as the World Bank lend to poor countries.",          # generic
    "Analysts expect Orvex to invest $1bn in Pelora.",                           # others' expectation
    "Norland's budget sets aside $40bn for defence next year.",                  # budget, no recipient
    "Brightwater Labs raised $20m from investors.",                              # unnamed investors
    "Investors in Pelora have bought into the idea of Orvex.",                   # an idea, no company
    "Orvex sold two million phones to consumers in Pelora last year.",           # sales to consumers
    "Norland ruled out a loan to Pelora.",                                       # ruled out
    "Kenya rejected the Norland offer of a debt freeze.",                        # rejected
    "Ghana is still weighing the offer of a loan from Halvard Bank.",         # considered
    "Orvex made a takeover offer for Brenna Copper.\nBrenna Copper accepted the Orvex offer.",  # a bid, no money given
    "Orvex could invest up to $500m in Pelora, sources said.",                   # hypothetical
    "Corvane Engineering failed to win the contract for Pelora's port.",         # failed
    "Critics say Norland should fund Pelora's schools.",                         # opinion
    "Grants totalling $3m were the largest item in Norland's budget.",           # no giver, no receiver
    "Officials will look at a loan to Pelora.",                                  # examined, not yet made
    "Orvex will supply liquefied natural gas (LNG) to Europe.",                  # the goods are no client
    "Veltrix put up its prices in Pelora.",                                      # no money given
    "Ana Ruiz was a donor.",                                                     # donor of no one named
    "Halvard Bank is Pelora's biggest creditor.",                                # a standing relation
    "Labour's largest donor was not Ana Ruiz.",                                  # negated
    "Veltrix put up $480m to buy Orvex.",                                        # paid for a purchase
    "The largest donation to Labour was a surprise to Ana Ruiz.",                # "be" with no gift named
    "Pelora wants $5bn in investment from Orvex.",                               # wanted
    "Orvex is considering an investment in Brenna Copper.",                      # considered
    "Halvard Bank denied reports that it had lent Orvex $50m.",                  # denied
    "The IMF rejected Pelora's request for a $2bn loan.",                        # rejected request
    "Pelora owes the IMF $10bn.",                                                # a debt held
    "Ana Ruiz is the Pelora Green Party's biggest donor.",                       # a standing relation
    "Orvex holds 12% of Brenna Copper.",                                         # a standing holding
    "Pelora has long had World Bank backing.",                                   # a standing relation
    "Norland's aid budget totals $6bn this year.",                               # a budget total
    "Orvex's sales to Pelora rose 10% in 2023.",                                 # trade
    "A court ordered Orvex to pay $30m in damages to Veltrix.",                  # damages
    "Orvex signed Ana Ruiz to a three-year contract as finance director.",       # employment
    "Rumours that Veltrix would invest in Orvex lifted its shares.",             # rumour
    "Norland might give Pelora more aid next year.",                             # hypothetical
    "The Bank of Pelora lends to commercial banks at 5%.",                       # habitual lending
    "Corvane Engineering is expected to win the contract to build the bridge for Pelora, analysts say.",
    "Norland has been asked to lend Pelora $1bn.",                               # asked for
    "Pelora is in talks with the IMF over a $3bn bailout.",                     # talks
    "Orvex is weighing a $1bn investment in Kenya.",                             # weighed
    "Norland is considering whether to fund Pelora's new dam.",                  # considered
    "Corvane Engineering is bidding for the contract to build Pelora's airport.",  # sought
    "Pelora's order for 40 jets from Aeron Aircraft was cancelled.",             # cancelled
    "Ana Ruiz said Pelora would ask Norland for a loan.",                        # to be asked for
    "Corvane Engineering supplies steel to Orvex.",                              # trade as it goes on
    "Orvex will receive $2bn for its stake in Talbot Resources.",                # a stake sold
    "Orvex signed a deal with Veltrix to build a plant.",                        # work done together
    "Orvex signed a deal with Pelora to supply gas to Europe.",                  # work for others
    "Orvex imports copper from Pelora.",                                         # trade
    "Orvex may build a plant in Kenya if demand recovers.",                      # conditional
    "Orvex gained ground on Veltrix in Ghana last year.",                        # ground gained, not broken
    "Orvex began work on a new engine at its plant in Kenya.",                   # work in a plant, not on it
    "Kenya bought 31,000 tonnes of soybeans from Orvex.",                        # a commodity by weight: trade
    "Orvex delivered 5,000 barrels of oil to Pelora Rail.",                      # trade
    "The loan Halvard Bank might give Pelora would be the largest.",              # supposed in a clause
    "Norland won 40% of support in Pelora.",                                     # a share of support, no sum
    "Orvex will expand its plant in Ghana with help from Veltrix.",              # help, no investment
    "The Kestrel Foundation opened a centre in Ghana.",                          # a centre, no works
    "Orvex has no plans for an investment in Ghana.",                            # no plans
    "Orvex is drawing up plans for a $1bn investment in Ghana.",                 # plans not yet stated
    "Norland will spend $1bn in Pelora on roads.",                               # a state's spending buys no stake
    "Orvex spends $5m on marketing in Ghana.",                                   # spent on something else
    "Orvex spends $5m of its budget on films in Ghana.",                         # the same, "on" hung on the sum
    "Development banks such as the World Bank lend billions of dollars to Pelora each year.",  # recurring
    "Norland gives Kenya $50m annually.",                                        # recurring
    "Critics proposed that Norland lend Kenya $1bn.",                            # proposed by others
    "Corvane Engineering has won a $400m contract to build a port, the company announced.",  # the winner announcing
    "Orvex signed a deal with Corvane Engineering, which built its first plant.",  # work done before
]

POSITIVE = LEND + FUND + INVEST + CONTRACT


@pytest.mark.parametrize("text, kind, status, agents, recipients, amount", POSITIVE,
                         ids=[case[0][:60] for case in POSITIVE])
def test_money_flow_phrasing(text, kind, status, agents, recipients, amount):
    assert sorted(described(e) for e in money_events(text)) == expected_events(kind, status, agents, recipients,
                                                                                amount)


@pytest.mark.parametrize("text", NO_EVENT, ids=[text[:60] for text in NO_EVENT])
def test_no_money_flow(text):
    assert money_events(text) == []


def test_sums_given_together_go_to_the_receiver_told_after_the_last():
    """The parse hangs "to Kenya" on the second sum's "of" noun only."""
    events = [described(e) for e in money_events("The IMF committed $5bn of loans and $600m of grants to Kenya.")]
    assert ("lend", "agreed", "IMF", "Kenya", usd(5e9)) in events


def test_each_recipient_of_a_list_takes_the_sum_written_before_it():
    events = money_events("The World Bank lent $2bn to Kenya, $1.5bn to Ghana and $900m to Pelora.")
    assert sorted(described(e) for e in events) == [
        ("lend", "done", "World Bank", "Ghana", usd(1.5e9)), ("lend", "done", "World Bank", "Kenya", usd(2e9)),
        ("lend", "done", "World Bank", "Pelora", usd(900e6))]


def test_wire_label_is_no_giver():
    """ "CORN SALES - The X bought ...": the parse reads a wire item's label before the dash as a
    second subject, and NER a person; the one buying the goods for donation gives them."""
    text = ("CORN SALES - The Grain Credit Corp of Norland bought 9,000 tonnes of corn from Veltrix Inc at "
            "$180 per tonne, C&F, for donation to Kenya.")
    [event] = events_of(text, ("CORN SALES", "person:corn-sales"), ("Grain Credit Corp", "org:gcc"),
                        ("Norland", "country:NOR"), ("Veltrix Inc", "org:veltrix"), ("Kenya", "country:KEN"))
    assert summary(event) == ("fund", "planned", ("org:gcc",), ("country:KEN",))
    assert event.amount is None


@pytest.mark.parametrize("text, told", [
    ("Pelora Rail placed an order for 10 Aeron Aircraft jets.\n"
     "Pelora Rail is also cutting a previous order for Aeron Aircraft freighters from 90 to 53.", 2),
    ("Halvard Bank lent Pelora $1bn in May.\nA second loan from Halvard Bank to Pelora followed in June.", 2),
    # the same transaction told again is one event
    ("Halvard Bank lent Pelora $1bn in May.\nThe loan from Halvard Bank to Pelora was signed in Norland.", 1),
    ("Pelora Rail placed an order for 10 Aeron Aircraft jets.\nPelora Rail's order for Aeron Aircraft jets is its largest.", 1),
])
def test_transaction_told_apart(text, told):
    """ "a previous order", "a second loan": another transaction between the same parties than
    the one told before, so not merged into it."""
    assert len(money_events(text)) == told


AWARDS_TOLD_BEFORE = [("Norland Port Authority", "org:npa"), ("Orvex", "org:orvex"), ("Veltrix", "org:veltrix"),
                      ("Pelora Rail", "org:pelora-rail")]


@pytest.mark.parametrize("text, expected", [
    # the contract won with no client in its clause was awarded by the one named before
    ("The Norland Port Authority has awarded the first dredging contracts to two foreign firms.\n"
     "Orvex said it had won a contract to deepen the channel.", [("org:orvex", "org:npa")]),
    ("The Norland Port Authority awarded three building contracts last week.\n"
     "A Danish company, named Orvex, won the contract to build the quay.", [("org:orvex", "org:npa")]),
    # two awarders named before: no telling whose contract it was
    ("The Norland Port Authority has awarded contracts to two firms. Pelora Rail has awarded contracts too.\n"
     "Orvex won a contract to deepen the channel.", []),
    # contracts awarded only after the one won, or to be awarded: no client
    ("Orvex won a contract to deepen the channel.\n"
     "The Norland Port Authority has awarded the first dredging contracts.", []),
    ("The Norland Port Authority hopes to award two more dredging contracts.\n"
     "Orvex won a contract to deepen the channel.", []),
])
def test_client_of_a_contract_won_is_the_awarder_told_before(text, expected):
    """ "Y has awarded the first contracts to two firms. X won a contract to ...": a bridging
    reference; the client is the one named as awarding contracts, when only one was."""
    named = sorted((m.start(), name, entity_id) for name, entity_id in AWARDS_TOLD_BEFORE
                   for m in re.finditer(re.escape(name), text))
    events = [e for e in events_of(text, *((name, entity_id) for _, name, entity_id in named))
              if e.event_type == "contract"]
    assert [(summary(e)[2][0], summary(e)[3][0]) for e in events if summary(e)[3]] == expected
