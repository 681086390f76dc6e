"""A frame matrix for the seven event types, written before the event rules were read: per type,
trigger verbs and light-verb phrases chosen from general lexical knowledge (synonyms, phrasal and
light-verb forms, the converse verbs whose subject is the recipient: borrow, receive, win, raise)
crossed with the syntactic frames news writes them in — active past, present perfect, "agreed to",
a modal or plan ("will", "plans to", "is to", ...), passive with "by", a subject relative clause,
reported speech ("said on Monday it had ..."), a headline in the present tense, a fronted date, the
subject named back by a description in a second sentence ("The bank has lent ..."), coordinated
subjects for the symmetric types — and each type's nouns in nominal frames ("X's $2m loan to Y",
"a loan from X to Y"). Money sits before or after the object as the trigger's phrase puts it.
Each trigger is also put in frames that state no event: negated, hypothetical, sought or hoped-for,
and habitual.

All names are invented; mentions are given by hand (every occurrence of a case's party names, a
person's title as written before the name), so each case is about the event grammar, not the NER.
A case passes when the events found are exactly the expected one — type, agent, recipient, seller
(or the parties of an agreement or meeting) and the amount's value and currency — or, for the
statements of no event, when none is found. Status is not asserted here.

Cases the rules missed are listed in tests/events_frames_misses.txt and run as strict xfails, so a
fix flips them (and must then leave the list)."""

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from assets.entities.dates import find_dates
from assets.entities.events import find_events_of_articles
from assets.entities.money import find_amounts
from assets.entities.types import Entity, Mention, SentenceLocator
from tests.recorded_misses import recorded_misses, strict_xfail_params
from tests.test_entities_events import PUBLISHED, TYPES, sentence_spans

MISSES_FILE = Path(__file__).with_name("events_frames_misses.txt")


@dataclass(frozen=True)
class Party:
    name: str
    entity_id: str
    title: str | None = None  # written before the name: "Finance Minister Ana Ruiz"
    pronoun: str = "it"
    kind: str | None = None
    description: str = "the company"  # how a later sentence names it back

    @property
    def written(self):
        return f"{self.title} {self.name}" if self.title else self.name

    @property
    def which(self):
        return "which" if self.pronoun == "it" else "who"


# an organisation named back by the last word of its name, else as "the company"
DESCRIPTIONS = {"Bank": "the bank", "Foundation": "the foundation", "Hospital": "the hospital",
                "University": "the university", "Clinic": "the clinic", "Ventures": "the fund", "Capital": "the fund",
                "Partners": "the fund", "Rail": "the operator", "Power": "the utility"}


def org(name, slug, kind=None):
    return Party(name, f"org:{slug}", kind=kind, description=DESCRIPTIONS.get(name.split()[-1], "the company"))


def country(name, code):
    return Party(name, f"country:{code}", description="the government")


def person(name, slug, title, pronoun):
    return Party(name, f"person:{slug}", title, pronoun, description=f"the {title.split()[-1].lower()}" if title else pronoun)


NORLAND, PELORA, VESTRIA = country("Norland", "NRL"), country("Pelora", "PEL"), country("Vestria", "VST")

# role pools per type, each trigger taking the next names in turn
POOLS = {
    "lend": {"agent": [org("Halvard Bank", "halvard"), org("Meridian Development Bank", "mdb", "development_bank"),
                       NORLAND, org("Caspian Trust Bank", "caspian")],
             "recipient": [PELORA, org("Orvex", "orvex"), org("Kestrel Water", "kwater"), org("Talbot Resources", "talbot")]},
    "fund": {"agent": [org("Aldermoor Foundation", "aldermoor"), NORLAND, org("Meridian Development Bank", "mdb",
                                                                              "development_bank"), VESTRIA],
             "recipient": [org("Brightwater Hospital", "bwh"), PELORA, org("Sanvik University", "sanvik"),
                           org("Lumo Clinic", "lumo-clinic")]},
    "invest": {"agent": [org("Sable Ventures", "sable"), org("Aurum Capital", "aurum"), org("Kirov Partners", "kirov")],
               "recipient": [org("Omnia", "omnia"), org("Brenna Copper", "brenna"), org("Lumo Robotics", "lumo"),
                             PELORA, org("Quill Biotech", "quill"), org("Tessa Motors", "tessa")]},
    "acquire": {"agent": [org("Veltrix", "veltrix"), org("Corvane Holdings", "corvane-h"), org("Aurum Capital", "aurum")],
                "recipient": [org("Omnia", "omnia"), org("Tarsa Foods", "tarsa"), org("Lumo Robotics", "lumo")],
                "seller": [org("Kestrel Group", "kestrel"), org("Dunmore Industries", "dunmore")]},
    "contract": {"agent": [org("Corvane Engineering", "corvane"), org("Aeron Aircraft", "aeron"),
                           org("Dalsund Shipyards", "dalsund")],
                 "recipient": [org("Pelora Rail", "prail"), NORLAND, org("Orvex", "orvex"), org("Vestria Power", "vpower")]},
    "agreement": {"party": [NORLAND, org("Veltrix", "veltrix"), PELORA, org("Omnia", "omnia"),
                            org("Kestrel Group", "kestrel"), VESTRIA]},
    "meet": {"party": [person("Ana Ruiz", "ruiz", "Finance Minister", "she"), person("Jonas Brekke", "brekke", None, "he"),
                       person("Mei Tanaka", "tanaka", "Prime Minister", "she"),
                       person("Tomas Halloran", "halloran", "President", "he"),
                       person("Lena Sorvik", "sorvik", "Foreign Minister", "she"), NORLAND, PELORA,
                       person("Aron Feld", "feld", "Ambassador", "he")]},
}

# (text, min, currency): the money a case names, taken in turn; before a noun ("a $75m loan")
# only the forms led by a currency sign or code
MONIES = [("$300 million", 300e6, "USD"), ("400m euros", 400e6, "EUR"), ("$1.2bn", 1.2e9, "USD"),
          ("£12m", 12e6, "GBP"), ("EUR 250 million", 250e6, "EUR"), ("US$45 million", 45e6, "USD"),
          ("2.5 billion yen", 2.5e9, "JPY"), ("$75m", 75e6, "USD")]
ATTRIBUTIVE_MONIES = [money for money in MONIES if not money[0][0].isdigit()]


def money_of(template, turn):
    """The turn-th money for a template, None when it names none."""
    if "{M}" not in template:
        return None
    monies = ATTRIBUTIVE_MONIES if re.search(r"(?:\b[Aa]|\bThe|\{Apos\}) \{M\}", template) else MONIES
    return monies[turn % len(monies)]


@dataclass(frozen=True)
class Trigger:
    """A verb or light-verb phrase of one event type. `forms` are base, past, participle, third
    person present and gerund; the clause is `forms` + `obj` (the direct object, subject of the
    passive) + `rest`, with {O} and {T} the other parties and {M} the money. `roles` says which
    slot (S subject, O, T) fills which role; `joint` is the clause with both sides as a
    coordinated subject ("sign a memorandum") for the symmetric types."""

    event_type: str
    slug: str
    forms: tuple[str, str, str, str, str]
    obj: str
    rest: str
    roles: dict = field(default_factory=lambda: {"agent": "S", "recipient": "O"})
    passive: bool = True
    joint: str | None = None
    outcome: bool = False  # win, land, secure: not agreed to or planned by the subject, only obtained
    plural_object: bool = False


def forms(base, past, participle, present, gerund):
    return base, past, participle, present, gerund


RECIPIENT_SUBJECT = {"agent": "O", "recipient": "S"}
SYMMETRIC = {"party": "S+O"}

TRIGGERS = [
    # lend: lender → borrower
    Trigger("lend", "lend", forms("lend", "lent", "lent", "lends", "lending"), "{O}", "{M}"),
    Trigger("lend", "extend-credit", forms("extend", "extended", "extended", "extends", "extending"),
            "{M} in credit", "to {O}"),
    Trigger("lend", "advance-loan", forms("advance", "advanced", "advanced", "advances", "advancing"),
            "a {M} loan", "to {O}"),
    Trigger("lend", "provide-loan-of", forms("provide", "provided", "provided", "provides", "providing"),
            "a loan of {M}", "to {O}"),
    Trigger("lend", "grant-loan", forms("grant", "granted", "granted", "grants", "granting"), "{O}", "a {M} loan"),
    Trigger("lend", "open-credit-line", forms("open", "opened", "opened", "opens", "opening"),
            "a {M} credit line", "for {O}"),
    Trigger("lend", "borrow", forms("borrow", "borrowed", "borrowed", "borrows", "borrowing"), "{M}", "from {O}",
            RECIPIENT_SUBJECT),
    Trigger("lend", "take-out-loan", forms("take out", "took out", "taken out", "takes out", "taking out"),
            "a {M} loan", "from {O}", RECIPIENT_SUBJECT),
    Trigger("lend", "secure-facility", forms("secure", "secured", "secured", "secures", "securing"),
            "a {M} credit facility", "from {O}", RECIPIENT_SUBJECT),
    # fund: funder → recipient
    Trigger("fund", "fund", forms("fund", "funded", "funded", "funds", "funding"), "{O}", "with {M}"),
    Trigger("fund", "give-aid", forms("give", "gave", "given", "gives", "giving"), "{O}", "{M} in aid"),
    Trigger("fund", "donate", forms("donate", "donated", "donated", "donates", "donating"), "{M}", "to {O}"),
    Trigger("fund", "award-grant", forms("award", "awarded", "awarded", "awards", "awarding"), "{O}", "a {M} grant"),
    Trigger("fund", "allocate", forms("allocate", "allocated", "allocated", "allocates", "allocating"), "{M}",
            "to {O}"),
    Trigger("fund", "bail-out", forms("bail out", "bailed out", "bailed out", "bails out", "bailing out"), "{O}",
            "with {M}"),
    Trigger("fund", "channel", forms("channel", "channelled", "channelled", "channels", "channelling"),
            "{M} in grants", "to {O}"),
    Trigger("fund", "receive-funding", forms("receive", "received", "received", "receives", "receiving"),
            "{M} in funding", "from {O}", RECIPIENT_SUBJECT),
    Trigger("fund", "win-grant", forms("win", "won", "won", "wins", "winning"), "a {M} grant", "from {O}",
            RECIPIENT_SUBJECT, passive=False, outcome=True),
    # invest: investor → target
    Trigger("invest", "invest", forms("invest", "invested", "invested", "invests", "investing"), "{M}", "in {O}"),
    Trigger("invest", "put-into", forms("put", "put", "put", "puts", "putting"), "{M}", "into {O}"),
    Trigger("invest", "take-stake", forms("take", "took", "taken", "takes", "taking"), "a {M} stake", "in {O}"),
    Trigger("invest", "inject", forms("inject", "injected", "injected", "injects", "injecting"), "{M}", "into {O}"),
    Trigger("invest", "pour", forms("pour", "poured", "poured", "pours", "pouring"), "{M}", "into {O}"),
    Trigger("invest", "lead-round", forms("lead", "led", "led", "leads", "leading"), "a {M} funding round", "in {O}"),
    Trigger("invest", "buy-minority-stake", forms("buy", "bought", "bought", "buys", "buying"), "a 15% stake",
            "in {O} for {M}"),
    Trigger("invest", "take-venture-financing", forms("take", "took", "taken", "takes", "taking"),
            "{M} in venture financing", "from {O}", RECIPIENT_SUBJECT),
    Trigger("invest", "raise-from", forms("raise", "raised", "raised", "raises", "raising"), "{M}", "from {O}",
            RECIPIENT_SUBJECT),
    # acquire: buyer → target, seller when named
    Trigger("acquire", "buy", forms("buy", "bought", "bought", "buys", "buying"), "{O}", "for {M}"),
    Trigger("acquire", "acquire", forms("acquire", "acquired", "acquired", "acquires", "acquiring"), "{O}",
            "in a {M} deal"),
    Trigger("acquire", "snap-up", forms("snap up", "snapped up", "snapped up", "snaps up", "snapping up"), "{O}",
            "for {M}"),
    Trigger("acquire", "take-over", forms("take over", "took over", "taken over", "takes over", "taking over"),
            "{O}", "for {M}"),
    Trigger("acquire", "purchase", forms("purchase", "purchased", "purchased", "purchases", "purchasing"), "{O}",
            "for {M}"),
    Trigger("acquire", "take-control", forms("take", "took", "taken", "takes", "taking"), "control of {O}",
            "in a {M} deal", passive=False),
    Trigger("acquire", "buy-controlling-stake", forms("buy", "bought", "bought", "buys", "buying"),
            "a controlling stake in {O}", "for {M}"),
    Trigger("acquire", "buy-from", forms("buy", "bought", "bought", "buys", "buying"), "{O}", "from {T} for {M}",
            {"agent": "S", "recipient": "O", "seller": "T"}),
    Trigger("acquire", "sell-to", forms("sell", "sold", "sold", "sells", "selling"), "{O}", "to {T} for {M}",
            {"agent": "T", "recipient": "O", "seller": "S"}),
    # contract: contractor → client
    Trigger("contract", "win-contract", forms("win", "won", "won", "wins", "winning"), "a {M} contract",
            "from {O}", passive=False, outcome=True),
    Trigger("contract", "win-contract-worth", forms("win", "won", "won", "wins", "winning"),
            "a contract worth {M}", "from {O}", passive=False, outcome=True),
    Trigger("contract", "land-order", forms("land", "landed", "landed", "lands", "landing"), "a {M} order",
            "from {O}", passive=False, outcome=True),
    Trigger("contract", "secure-contract", forms("secure", "secured", "secured", "secures", "securing"),
            "a {M} contract", "with {O} to build a bridge", passive=False, outcome=True),
    Trigger("contract", "supply", forms("supply", "supplied", "supplied", "supplies", "supplying"), "{O}",
            "with turbines worth {M}"),
    Trigger("contract", "award-contract", forms("award", "awarded", "awarded", "awards", "awarding"), "{O}",
            "a {M} contract to build a port", RECIPIENT_SUBJECT),
    Trigger("contract", "order-from", forms("order", "ordered", "ordered", "orders", "ordering"),
            "ten trains worth {M}", "from {O}", RECIPIENT_SUBJECT, plural_object=True),
    Trigger("contract", "hire", forms("hire", "hired", "hired", "hires", "hiring"), "{O}",
            "to build a {M} dam", RECIPIENT_SUBJECT),
    Trigger("contract", "pick", forms("pick", "picked", "picked", "picks", "picking"), "{O}",
            "for a {M} contract to upgrade its grid", RECIPIENT_SUBJECT),
    # agreement: the signatories
    Trigger("agreement", "sign-memorandum", forms("sign", "signed", "signed", "signs", "signing"),
            "a memorandum of understanding", "with {O}", SYMMETRIC, joint="{V} a memorandum of understanding"),
    Trigger("agreement", "strike-deal", forms("strike", "struck", "struck", "strikes", "striking"), "a deal",
            "with {O} on gas supplies", SYMMETRIC, joint="{V} a deal on gas supplies"),
    Trigger("agreement", "reach-agreement", forms("reach", "reached", "reached", "reaches", "reaching"),
            "an agreement", "with {O} on fishing rights", SYMMETRIC, joint="{V} an agreement on fishing rights"),
    Trigger("agreement", "seal-pact", forms("seal", "sealed", "sealed", "seals", "sealing"), "a trade pact",
            "with {O}", SYMMETRIC, joint="{V} a trade pact"),
    Trigger("agreement", "ink-accord", forms("ink", "inked", "inked", "inks", "inking"), "a cooperation accord",
            "with {O}", SYMMETRIC, joint="{V} a cooperation accord"),
    Trigger("agreement", "form-venture", forms("form", "formed", "formed", "forms", "forming"), "a joint venture",
            "with {O}", SYMMETRIC, joint="{V} a joint venture"),
    Trigger("agreement", "conclude-treaty", forms("conclude", "concluded", "concluded", "concludes", "concluding"),
            "a tax treaty", "with {O}", SYMMETRIC, joint="{V} a tax treaty"),
    Trigger("agreement", "team-up", forms("team up", "teamed up", "teamed up", "teams up", "teaming up"), "",
            "with {O} to develop batteries", SYMMETRIC, passive=False, joint="{V} to develop batteries"),
    Trigger("agreement", "take-up-joint", forms("take up", "took up", "taken up", "takes up", "taking up"),
            "a joint exploration project", "with {O}", SYMMETRIC, joint="{V} a joint exploration project"),
    # meet: the participants
    Trigger("meet", "visit", forms("visit", "visited", "visited", "visits", "visiting"), "{O}", "", SYMMETRIC),
    Trigger("meet", "meet", forms("meet", "met", "met", "meets", "meeting"), "{O}", "in Oslo", SYMMETRIC,
            passive=False, joint="{V} in Oslo"),
    Trigger("meet", "host", forms("host", "hosted", "hosted", "hosts", "hosting"), "{O}", "at the palace", SYMMETRIC),
    Trigger("meet", "receive", forms("receive", "received", "received", "receives", "receiving"), "{O}",
            "at the ministry", SYMMETRIC),
    Trigger("meet", "hold-talks", forms("hold", "held", "held", "holds", "holding"), "talks", "with {O}",
            SYMMETRIC, joint="{V} talks", plural_object=True),
    Trigger("meet", "hold-meeting", forms("hold", "held", "held", "holds", "holding"), "a meeting", "with {O}",
            SYMMETRIC, joint="{V} a meeting"),
    Trigger("meet", "confer", forms("confer", "conferred", "conferred", "confers", "conferring"), "",
            "with {O} on trade", SYMMETRIC, passive=False, joint="{V} on trade"),
    Trigger("meet", "speak-by-phone", forms("speak", "spoke", "spoken", "speaks", "speaking"), "",
            "by phone with {O}", SYMMETRIC, passive=False, joint="{V} by phone"),
    Trigger("meet", "sit-down", forms("sit down", "sat down", "sat down", "sits down", "sitting down"), "",
            "with {O} in Geneva", SYMMETRIC, passive=False, joint="{V} in Geneva"),
]

SYMMETRIC_TYPES = ("agreement", "meet")
# the modal or plan of the future frame, one per trigger in turn
FUTURES = ("will", "plans to", "is to", "is set to", "intends to", "is due to")


def clean(text):
    return re.sub(r"\s+([,.])", r"\1", re.sub(r" {2,}", " ", text)).strip()


def possessive(name):
    return name + ("'" if name.endswith("s") else "'s")


def capitalised(text):
    return text[:1].upper() + text[1:]


def positive_frames(trigger, index):
    """(frame name, template) with {S} and the verb forms filled in later: the frames of a
    transaction or meeting stated as fact, agreed or planned."""
    base, past, participle, present, _ = trigger.forms
    clause = "{obj} {rest}"
    future = FUTURES[index % len(FUTURES)]
    frames = [("past", f"{{S}} {past} {clause}."),
              ("perfect", f"{{S}} has {participle} {clause}.")]
    if not trigger.outcome:
        frames += [("agreed", f"{{S}} agreed to {base} {clause}."),
                   ("future", f"{{S}} {future} {base} {clause}.")]
    frames += [("relative", f"{{S}}, {{which}} {past} {clause}, said on Tuesday that the outlook was bright."),
              ("reported", f"{{S}} said on Monday {{pronoun}} had {participle} {clause}."),
              ("headline", f"{{S}} {present} {clause}"),
              ("fronted", f"On Monday, {{S}} {past} {clause}."),
              ("named-back", f"{{S}} issued a statement on Monday. {{Desc}} has {participle} {clause}.")]
    # the passive of a recipient's verb ("$5m was borrowed from X by Y") or of a light verb with
    # "with" ("a deal was struck with X by Y") is no news English; their object must be a party
    if trigger.passive and trigger.obj and (trigger.roles.get("agent") == "S" or trigger.obj == "{O}"):
        be = "were" if trigger.plural_object else "was"
        frames.append(("passive", f"{{Obj}} {be} {participle} {{rest}} by {{S}}."))
    if trigger.joint:
        frames += [("joint-past", "{S} and {O} " + trigger.joint.format(V=past) + "."),
                   ("joint-are-to", "{S} and {O} are to " + trigger.joint.format(V=base) + "."),
                   ("joint-perfect", "{S} and {O} have " + trigger.joint.format(V=participle) + ".")]
    return frames


def negative_frames(trigger):
    """Frames that state no event of the trigger: negated, hypothetical, sought or hoped for,
    habitual."""
    base, _, participle, present, gerund = trigger.forms
    clause = "{obj} {rest}"
    return [("negated", f"{{S}} did not {base} {clause}."),
            ("ruled-out", f"{{S}} ruled out {gerund} {clause}."),
            ("denied", f"{{S}} denied that {{pronoun}} had {participle} {clause}."),
            ("could", f"{{S}} could {base} {clause}, analysts said."),
            ("if", f"If {{S}} {present} {clause}, the talks will end."),
            ("hopes", f"{{S}} hopes to {base} {clause}."),
            ("seeking", f"{{S}} is seeking to {base} {clause}."),
            ("habitual", f"{{S}} usually {present} {clause}.")]


@dataclass(frozen=True)
class Case:
    case_id: str
    body: str
    parties: tuple  # every Party named in the body
    expected: tuple | None  # described() of the one event, None for no event


def cast(trigger, index):
    """The parties of a trigger's sentences by slot, the next names of its type's pools."""
    pools = POOLS[trigger.event_type]
    if trigger.event_type in SYMMETRIC_TYPES:
        names = pools["party"]
        return {"S": names[index % len(names)], "O": names[(index + 1) % len(names)]}
    slots = {}
    for role, slot in trigger.roles.items():
        slots[slot] = pools[role][index % len(pools[role])]
    return slots


def expectation(trigger, slots, money):
    def ids(role):
        slot = trigger.roles.get(role)
        return (slots[slot].entity_id,) if slot else ()

    if trigger.event_type in SYMMETRIC_TYPES:
        return trigger.event_type, (), (), (), tuple(sorted((slots["S"].entity_id, slots["O"].entity_id))), None
    amount = money and (money[1], money[2])
    return trigger.event_type, ids("agent"), ids("recipient"), ids("seller"), (), amount


def filled(template, trigger, slots, money):
    subject = slots["S"]
    names = {slot: party.written for slot, party in slots.items()}
    money_text = money[0] if money else ""

    def part(text):
        return text.format(O=names.get("O", ""), T=names.get("T", ""), M=money_text)

    obj, rest = part(trigger.obj), part(trigger.rest)
    return clean(template.format(S=subject.written, O=names.get("O", ""), obj=obj, rest=rest,
                                 Obj=capitalised(obj), which=subject.which, pronoun=subject.pronoun,
                                 Desc=capitalised(subject.description)))


def trigger_cases():
    cases, money_turn = [], 0
    per_type = {}
    for trigger in TRIGGERS:
        index = per_type[trigger.event_type] = per_type.get(trigger.event_type, -1) + 1
        slots = cast(trigger, index)
        phrase = f"{trigger.obj} {trigger.rest}"
        for frame, template in positive_frames(trigger, index):
            money = money_of(phrase, money_turn)
            money_turn += 1
            cases.append(Case(f"{trigger.event_type}-{trigger.slug}-{frame}", filled(template, trigger, slots, money),
                              tuple(slots.values()), expectation(trigger, slots, money)))
        if index < 3:  # the first three triggers of each type in every frame of no event
            for frame, template in negative_frames(trigger):
                money = money_of(phrase, money_turn)
                money_turn += 1
                cases.append(Case(f"{trigger.event_type}-{trigger.slug}-not-{frame}",
                                  filled(template, trigger, slots, money), tuple(slots.values()), None))
    return cases


# Nouns of each type in nominal frames: {A} agent, {R} recipient (for the symmetric types the two
# parties), {N} the noun, {M} the money.
NOUNS = {
    "lend": ["loan", "credit line", "bridge loan", "credit facility", "standby loan"],
    "fund": ["grant", "aid package", "donation", "subsidy", "bail-out"],
    "invest": ["investment", "equity injection", "capital injection", "equity investment"],
    "acquire": ["acquisition", "purchase", "takeover", "buyout"],
    "contract": ["contract", "order", "supply contract", "construction contract"],
    "agreement": ["memorandum of understanding", "trade pact", "joint venture", "accord", "partnership deal"],
    "meet": ["talks", "meeting", "summit", "phone call", "negotiations"],
}
NOMINAL_FRAMES = {
    "lend": ["{Apos} {M} {N} to {R} was signed on Tuesday.", "A {M} {N} from {A} to {R} was approved on Monday."],
    "fund": ["{Apos} {M} {N} to {R} was announced on Tuesday.", "A {N} of {M} from {A} to {R} arrived in May."],
    "invest": ["{Apos} {M} {N} in {R} was completed on Friday.", "The {N} of {M} by {A} in {R} closed in June."],
    "acquire": ["{Apos} {M} {N} of {R} closed on Friday.", "The {N} of {R} by {A} for {M} was completed in May."],
    "contract": ["{Apos} {M} {N} from {R} runs until 2030.", "The {M} {N} awarded to {A} by {R} was signed on Monday."],
    "agreement": ["{Apos} {N} with {R} was signed on Monday.", "A {N} between {A} and {R} was signed in Oslo."],
    "meet": ["{Apos} {N} with {R} ended on Friday.", "The {N} between {A} and {R} took place in Geneva."],
}


def nominal_cases():
    cases, money_turn = [], 3
    for event_type, nouns in NOUNS.items():
        pools = POOLS[event_type]
        if event_type in SYMMETRIC_TYPES:
            agents, recipients = pools["party"], pools["party"][1:]
        else:
            agents, recipients = pools["agent"], pools["recipient"]
        for index, noun in enumerate(nouns):
            agent, recipient = agents[index % len(agents)], recipients[index % len(recipients)]
            for number, template in enumerate(NOMINAL_FRAMES[event_type], 1):
                money = money_of(template, money_turn)
                money_turn += 1
                body = capitalised(clean(template.format(A=agent.written, Apos=possessive(agent.written),
                                                         R=recipient.written, N=noun, M=money[0] if money else "")))
                if event_type in SYMMETRIC_TYPES:
                    expected = (event_type, (), (), (), tuple(sorted((agent.entity_id, recipient.entity_id))), None)
                else:
                    expected = (event_type, (agent.entity_id,), (recipient.entity_id,), (), (),
                                money and (money[1], money[2]))
                cases.append(Case(f"{event_type}-noun-{noun.replace(' ', '-')}-{number}", body,
                                  (agent, recipient), expected))
    return cases


CASES = trigger_cases() + nominal_cases()


def mentions_of(body, sentences, parties):
    """A mention for every occurrence of each party's name, its title when written before it."""
    locator = SentenceLocator(sentences)
    found = []
    for party in {p.entity_id: p for p in parties}.values():
        for match in re.finditer(re.escape(party.name), body):
            entity_type = TYPES[party.entity_id.split(":")[0]]
            entity = Entity(party.entity_id, entity_type, party.name, kind=party.kind)
            mention = Mention(match.start(), match.end(), party.name, locator.index_of(match.start()), entity, 0.9,
                              "test")
            if party.title and body[:match.start()].endswith(party.title + " "):
                mention.title = party.title
                mention.title_start = match.start() - len(party.title) - 1
                mention.title_end = match.start() - 1
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


def described(event):
    def ids(role):
        return tuple(p.entity_id for p in event.role(role))

    if event.event_type in SYMMETRIC_TYPES:
        return event.event_type, (), (), (), tuple(sorted(p.entity_id for p in event.parties)), None
    amount = event.amount and (event.amount.amount_min, event.amount.currency)
    return event.event_type, ids("agent"), ids("recipient"), ids("seller"), (), amount


def article_of(body, parties):
    """(body, sentences, mentions, amounts, dates) as the event rules take an article."""
    sentences = sentence_spans(body)
    locator = SentenceLocator(sentences)
    return (body, sentences, mentions_of(body, sentences, parties), find_amounts(body, PUBLISHED, locator),
            find_dates(body, PUBLISHED, locator, []))


@functools.cache
def events_by_case():
    """Every case's events from one batch through the event rules."""
    articles = [article_of(case.body, case.parties) for case in CASES]
    return {case.case_id: [described(e) for e in events]
            for case, events in zip(CASES, find_events_of_articles(articles))}


MISSES = recorded_misses(MISSES_FILE)


def test_the_matrix_is_large_and_its_ids_unique():
    ids = [case.case_id for case in CASES]
    assert len(ids) == len(set(ids)) and len(ids) >= 300
    assert sum(case.expected is None for case in CASES) >= 7 * 3 * 7


def test_every_recorded_miss_is_a_case():
    assert MISSES <= {case.case_id for case in CASES}


@pytest.mark.parametrize("case", list(strict_xfail_params(CASES, MISSES)))
def test_frame(case):
    expected = [case.expected] if case.expected else []
    assert events_by_case()[case.case_id] == expected, case.body


# The rules the matrix's misses were fixed by, on sentences of their own: what they must read,
# and near phrasings that must stay without an event. Every name of the pools is a mention.
KNOWN = {party.name: party for pools in POOLS.values() for names in pools.values() for party in names}
KNOWN["Orla Foundation"] = org("Orla Foundation", "orla")
KNOWN_NAME = re.compile("|".join(re.escape(name) for name in sorted(KNOWN, key=len, reverse=True)))


def events_in(body):
    parties = [KNOWN[m.group()] for m in KNOWN_NAME.finditer(body)]
    [events] = find_events_of_articles([article_of(body, parties)])
    return [described(e) for e in events]


RULE_EVENTS = [
    # a gerund that is no complement of the verb before it keeps its own status
    ("Veltrix expanded in Asia last year, buying Omnia for $2bn.",
     [("acquire", ("org:veltrix",), ("org:omnia",), (), (), (2e9, "USD"))]),
    # "by" hung on the phrase before it is the passive's agent
    ("Omnia was bought in a $2bn deal by Veltrix.", [("acquire", ("org:veltrix",), ("org:omnia",), (), (), (2e9, "USD"))]),
    # a closed compound written with a hyphen is the compound
    ("A take-over of Omnia by Veltrix was agreed in May.", [("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]),
    # a part of a company named among the modifiers of its noun is what is bought; "its" is the
    # seller's, the subject of its own clause, whoever the sentence is about
    ("Omnia shares rose on news that Kestrel Group had sold its Tarsa Foods snacks business to Veltrix.",
     [("acquire", ("org:veltrix",), ("org:tarsa",), ("org:kestrel",), (), None)]),
    # a currency code makes a sum money
    ("EUR 5 million was given to Pelora by Norland.", [("fund", ("country:NRL",), ("country:PEL",), (), (), (5e6, "EUR"))]),
    # a sum spent on goods from their makers buys them under contract, one with each maker
    ("Norland will spend $1bn on jets from Omnia and Kestrel Group.",
     [("contract", ("org:omnia",), ("country:NRL",), (), (), (1e9, "USD")),
      ("contract", ("org:kestrel",), ("country:NRL",), (), (), (1e9, "USD"))]),
]

RULE_NON_EVENTS = [
    # a sum spent on goods with no supplier named is no contract
    "Norland spent $1bn on new jets last year, Ana Ruiz said.",
    # the "with" of a noun phrase of its own is that noun's: a joint news conference is no meeting
    "Jonas Brekke spoke at a joint news conference with Finance Minister Ana Ruiz.",
    "Jonas Brekke conferred an honour on Finance Minister Ana Ruiz.",
    "Jonas Brekke sat down with reporters in Oslo.",
    # a title's words are no trigger
    "Finance Minister Ana Ruiz and Jonas Brekke praised the Norland budget.",
    # the agent of a clause of its own is not the passive's
    "Omnia was sold in a deal brokered by Kestrel Group.",
    # "advance" gives only money
    "Norland advanced its plans for Pelora.",
    # control of something other than a company
    "Veltrix took control of the board of Omnia.",
    # a head word two organisations share names neither
    "Aldermoor Foundation and Orla Foundation were founded in 1990. The foundation has funded Lumo Clinic with $5m.",
    # habits
    "Halvard Bank typically lends Orvex about $5m.",
    "Veltrix normally buys Omnia's spare parts.",
    # "joint" makes a deal of an undertaking only
    "Norland and Pelora issued a joint statement on Monday.",
    # chosen for something other than a contract
    "Pelora Rail picked Dalsund Shipyards for its speed.",
    # worth, in, from: complements of something other than a transaction
    "Aeron Aircraft won a prize worth $5m from Norland.",
    "Meridian Development Bank channelled $5m in grants.",
    "Omnia took $5m in fees from Orvex.",
    "Omnia raised prices from $5 to $6.",
    "A 15% stake in Omnia is held by Veltrix.",
    # a gerund completing a verb of refusal or wish
    "Veltrix ruled out buying Omnia.",
    "Norland is interested in lending Pelora $5m.",
]


@pytest.mark.parametrize("body, expected", RULE_EVENTS)
def test_rule_event(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body", RULE_NON_EVENTS)
def test_rule_non_event(body):
    assert events_in(body) == []
