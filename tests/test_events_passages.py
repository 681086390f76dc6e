"""A matrix of wire- and web-style PASSAGES (2-4 sentences), written before the event rules were
read: real items differ from single sentences by a dateline lede ("LONDON, March 3 (Reuters) -"),
a headline line before the lede, "X said on Tuesday it would ...", a party introduced in one
sentence and named back by a description ("the bank", "the group") or a pronoun in the next, an
amount given in a following sentence ("The deal is worth $2bn"), a statement or a quote by an
executive around the news, two events in one passage, and bylines and web furniture around the
body. Per type a few triggers are crossed with these shapes; each trigger is also put in passages
that state no event (a denied report, talks that failed, a plan under consideration, hoped-for
money, a generic statement).

Every case runs the `wirehouse extract` path: the plain-text parser (headline, byline and
furniture lines), the sentence splitter and the whole entity chain, so the parties are whatever
the chain finds. A case passes when its events, each party read as the name of the case's party
its mention covers, are exactly the expected ones — type, agent, recipient (or the parties of an
agreement or meeting) and, when the passage names money for it, the amount's value and currency.

All names and passages are invented. Cases the chain missed on the blind run are listed in
tests/events_passages_misses.txt and run as strict xfails, so a fix flips them (and must then
leave the list). `python -m tests.test_events_passages` prints the pass rate per type."""

import collections
import functools
from dataclasses import dataclass
from pathlib import Path

import pytest

from assets.entities.events import PARTY_TYPES
from tests.recorded_misses import recorded_misses, strict_xfail_params

MISSES_FILE = Path(__file__).with_name("events_passages_misses.txt")
SYMMETRIC_TYPES = {"agreement", "meet"}


@dataclass(frozen=True)
class Actor:
    name: str
    description: str  # how a later sentence names it back
    pronoun: str = "it"
    title: str | None = None  # written before a person's name
    intro: str = "held its annual meeting"  # a sentence's news about it, no event
    entity_type: str = "ORG"  # the type the chain should give it

    @property
    def object_pronoun(self):
        return {"he": "him", "she": "her"}.get(self.pronoun, self.pronoun)


def bank(name):
    return Actor(name, "the bank")


def company(name, description="the company"):
    return Actor(name, description)


def state(name):
    return Actor(name, "the government", intro="published its budget", entity_type="COUNTRY")


def official(name, title, pronoun):
    return Actor(name, f"the {title.lower()}", pronoun, title, "arrived in the capital", "PERSON")


@dataclass(frozen=True)
class Trigger:
    """One way of telling an event: `clause` in the past, `perfect` after "had"/"has", `base`
    after "would"/"to", `headline` in the present. {A} is the agent (first party), {R} the
    recipient (second party), {M} the money, {X} the clause's own reference to the agent when it
    is its subject in a later sentence."""

    event_type: str
    slug: str
    past: str
    perfect: str
    base: str
    headline: str
    money: bool = True  # whether {M} is in the clause
    bare: str | None = None  # the past clause without the money, for a passage giving it in the next sentence
    outcome: bool = False  # won or secured: obtained, not planned by the subject, so never "would"


# (text, min, currency), taken in turn
MONIES = [("$250 million", 250e6, "USD"), ("$1.4bn", 1.4e9, "USD"), ("300 million euros", 300e6, "EUR"),
          ("£80m", 80e6, "GBP"), ("$60m", 60e6, "USD"), ("EUR 500 million", 500e6, "EUR")]

TRIGGERS = [
    Trigger("lend", "lend", "lent {R} {M}", "lent {R} {M}", "lend {R} {M}", "lends {R} {M}",
            bare="agreed to lend to {R}"),
    Trigger("lend", "loan-to", "granted a {M} loan to {R}", "granted a {M} loan to {R}",
            "grant a {M} loan to {R}", "grants {M} loan to {R}",
            bare="granted a loan to {R}"),
    Trigger("lend", "credit-line", "extended a {M} credit line to {R}", "extended a {M} credit line to {R}",
            "extend a {M} credit line to {R}", "extends {M} credit line to {R}",
            bare="extended a credit line to {R}"),
    Trigger("lend", "provide-financing-loan", "provided {R} with a {M} loan", "provided {R} with a {M} loan",
            "provide {R} with a {M} loan", "gives {R} {M} loan",
            bare="provided {R} with a loan"),
    Trigger("fund", "grant", "awarded {R} a {M} grant", "awarded {R} a {M} grant", "award {R} a {M} grant",
            "awards {R} {M} grant",
            bare="awarded {R} a grant"),
    Trigger("fund", "fund", "funded {R} with {M}", "funded {R} with {M}", "fund {R} with {M}",
            "funds {R} with {M}",
            bare="agreed to fund {R}"),
    Trigger("fund", "donate", "donated {M} to {R}", "donated {M} to {R}", "donate {M} to {R}",
            "donates {M} to {R}",
            bare="made a donation to {R}"),
    Trigger("fund", "aid", "gave {R} {M} in aid", "given {R} {M} in aid", "give {R} {M} in aid",
            "gives {R} {M} in aid",
            bare="gave {R} aid"),
    Trigger("invest", "invest", "invested {M} in {R}", "invested {M} in {R}", "invest {M} in {R}",
            "invests {M} in {R}",
            bare="invested in {R}"),
    Trigger("invest", "stake", "took a 20% stake in {R} for {M}", "taken a 20% stake in {R} for {M}",
            "take a 20% stake in {R} for {M}", "takes 20% stake in {R}",
            bare="took a 20% stake in {R}"),
    Trigger("invest", "inject", "injected {M} into {R}", "injected {M} into {R}", "inject {M} into {R}",
            "injects {M} into {R}",
            bare="injected fresh capital into {R}"),
    Trigger("invest", "lead-round", "led a {M} funding round in {R}", "led a {M} funding round in {R}",
            "lead a {M} funding round in {R}", "leads {M} round in {R}",
            bare="led a funding round in {R}"),
    Trigger("acquire", "buy", "bought {R} for {M}", "bought {R} for {M}", "buy {R} for {M}", "buys {R}",
            bare="bought {R}"),
    Trigger("acquire", "acquire", "acquired {R} for {M}", "acquired {R} for {M}", "acquire {R} for {M}",
            "acquires {R}",
            bare="acquired {R}"),
    Trigger("acquire", "take-over", "took over {R} in a {M} deal", "taken over {R} in a {M} deal",
            "take over {R} in a {M} deal", "takes over {R}",
            bare="took over {R}"),
    Trigger("acquire", "purchase", "purchased {R} for {M}", "purchased {R} for {M}", "purchase {R} for {M}",
            "purchases {R}",
            bare="purchased {R}"),
    Trigger("contract", "win-contract", "won a {M} contract from {R}", "won a {M} contract from {R}",
            "win a {M} contract from {R}", "wins {M} contract from {R}",
            bare="won a contract from {R}", outcome=True),
    Trigger("contract", "supply", "signed a {M} contract to supply {R} with turbines",
            "signed a {M} contract to supply {R} with turbines",
            "sign a {M} contract to supply {R} with turbines", "to supply {R} with turbines",
            bare="signed a contract to supply {R} with turbines"),
    Trigger("contract", "build", "signed a {M} contract with {R} to build a port",
            "signed a {M} contract with {R} to build a port", "sign a {M} contract with {R} to build a port",
            "to build port for {R}",
            bare="signed a contract with {R} to build a port"),
    Trigger("contract", "order", "secured a {M} order from {R}", "secured a {M} order from {R}",
            "secure a {M} order from {R}", "lands {M} order from {R}",
            bare="secured an order from {R}", outcome=True),
    Trigger("agreement", "sign-agreement", "signed a cooperation agreement with {R}",
            "signed a cooperation agreement with {R}", "sign a cooperation agreement with {R}",
            "signs cooperation pact with {R}", money=False),
    Trigger("agreement", "joint-venture", "formed a joint venture with {R}", "formed a joint venture with {R}",
            "form a joint venture with {R}", "forms joint venture with {R}", money=False),
    Trigger("agreement", "memorandum", "signed a memorandum of understanding with {R}",
            "signed a memorandum of understanding with {R}", "sign a memorandum of understanding with {R}",
            "signs memorandum with {R}", money=False),
    Trigger("agreement", "partnership", "struck a partnership with {R}", "struck a partnership with {R}",
            "strike a partnership with {R}", "strikes partnership with {R}", money=False),
    Trigger("meet", "meet", "met {R}", "met {R}", "meet {R}", "meets {R}", money=False),
    Trigger("meet", "hold-talks", "held talks with {R}", "held talks with {R}", "hold talks with {R}",
            "holds talks with {R}", money=False),
    Trigger("meet", "host", "hosted {R} for talks", "hosted {R} for talks", "host {R} for talks",
            "hosts {R} for talks", money=False),
    Trigger("meet", "visit", "visited {R} for talks", "visited {R} for talks", "visit {R} for talks",
            "visits {R} for talks", money=False),
]

# the agents and recipients per type, taken in turn
CAST = {
    "lend": ([bank("Norvale Bank"), bank("Ardent Development Bank"), state("Castavia"), bank("Brixham Bank")],
             [state("Pelmora"), company("Oskari Steel"), company("Vantor Energy", "the group"), state("Delvania")]),
    "fund": ([company("Lindqvist Foundation", "the foundation"), state("Castavia"), bank("Ardent Development Bank"),
              state("Oressa")],
             [company("Sandor Hospital", "the hospital"), state("Pelmora"), company("Tamsin University", "the university"),
              company("Halden Institute", "the institute")]),
    "invest": ([company("Corbel Capital", "the fund"), company("Riviq Ventures", "the fund"),
                company("Mardon Group", "the group"), company("Ostrava Partners", "the fund")],
               [company("Quenby Robotics"), company("Helix Minerals"), company("Pavane Foods"), company("Zorin Labs")]),
    "acquire": ([company("Mardon Group", "the group"), company("Kelso Industries"), company("Tavish Holdings", "the group"),
                 company("Brevik Energy")],
                [company("Quenby Robotics"), company("Pavane Foods"), company("Solent Marine"), company("Zorin Labs")]),
    "contract": ([company("Hallam Engineering"), company("Torvik Shipbuilding"), company("Ansel Aerospace"),
                  company("Drummond Systems")],
                 [state("Pelmora"), company("Delvania Rail", "the operator"), state("Castavia"),
                  company("Oressa Ports", "the operator")]),
    "agreement": ([company("Mardon Group", "the group"), state("Castavia"), company("Kelso Industries"),
                   state("Oressa")],
                  [company("Brevik Energy"), state("Pelmora"), company("Solent Marine"), state("Delvania")]),
    "meet": ([official("Ines Varga", "Prime Minister", "she"), official("Tobias Lund", "President", "he"),
              official("Clara Mendt", "Foreign Minister", "she"), official("Pavel Orsk", "Finance Minister", "he")],
             [official("Hugo Brant", "President", "he"), official("Selma Haug", "Prime Minister", "she"),
              official("Rafael Ostin", "Trade Minister", "he"), official("Nora Kiel", "Chancellor", "she")]),
}

# what a following sentence calls the deal when it gives its amount
DEAL_NOUNS = {"lend": "loan", "fund": "grant", "invest": "investment", "acquire": "deal", "contract": "contract"}
CITIES = ["LONDON", "SINGAPORE", "FRANKFURT", "NAIROBI", "TOKYO", "SAO PAULO"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
EXECUTIVES = [("Chief Executive", "Maren Holt"), ("Chairman", "Eduard Pasko"), ("Chief Financial Officer", "Lise Brun")]


@dataclass(frozen=True)
class Case:
    case_id: str
    text: str  # the whole document as fed to `wirehouse extract`: headline, byline, furniture and body
    # every party name the case's expectations use, with the type the chain should give it (None: any
    # party type, for a name whose type the chain cannot know, such as an invented country's)
    names: dict[str, str | None]
    expected: tuple  # the expected events, each described as `described` writes it
    roles: tuple[str, ...] = ("agent", "recipient")  # the roles of a one-way event compared, in order
    reads_names_back: bool = True  # a party named back ("she", "the bank") is the entity it was resolved to


def written(actor):
    return f"{actor.title} {actor.name}" if actor.title else actor.name


def fill(template, agent_ref, recipient, money):
    return template.format(A=agent_ref, R=written(recipient), M=money[0] if money else "")


def tidy(text):
    return " ".join(text.replace(" ,", ",").replace(" .", ".").split())


def expected_event(trigger, agent, recipient, money):
    if trigger.event_type in SYMMETRIC_TYPES:
        return trigger.event_type, (), (), tuple(sorted([agent.name, recipient.name])), None
    amount = (money[1], money[2]) if money and trigger.money else None
    return trigger.event_type, (agent.name,), (recipient.name,), (), amount


def positive_passages(trigger, agent, recipient, money, turn, other):
    """(shape, text, expected events) for each passage shape stating the trigger's event."""
    city, day = CITIES[turn % len(CITIES)], DAYS[turn % len(DAYS)]
    title, executive = EXECUTIVES[turn % len(EXECUTIVES)]
    clause_money = money if trigger.money else None
    past = tidy(fill(trigger.past, "", recipient, clause_money))
    perfect = tidy(fill(trigger.perfect, "", recipient, clause_money))
    base = tidy(fill(trigger.base, "", recipient, clause_money))
    event = expected_event(trigger, agent, recipient, money)
    a = written(agent)
    pronoun = agent.pronoun
    description = agent.description
    shapes = [
        ("dateline", f"{city}, March 3 (Reuters) - {a} {past}, it said on {day}. "
                     f"The move follows months of negotiations. Officials gave no further details.", [event]),
        ("headline", f"{a} {tidy(fill(trigger.headline, '', recipient, clause_money))}\n\n"
                     f"{a} {past} on {day}, officials said. The news was welcomed by analysts.", [event]),
        ("description", f"{a} {agent.intro} on {day}. "
                        f"{description.capitalize()} also said {pronoun} had {perfect}. No other details were given.",
         [event]),
        ("pronoun", f"{a} {agent.intro} on {day}. {pronoun.capitalize()} said {pronoun} "
                    f"{'had ' + perfect if trigger.outcome else 'would ' + base}, "
                    f"without giving a timetable.", [event]),
        ("statement", f"{a} {past}, {description if not agent.title else pronoun} said in a statement on {day}. "
                      f"The announcement came after markets closed.", [event]),
        ("quote", f"\"This is a milestone for all of us,\" {title} {executive} told reporters on {day}. "
                  f"{a} {past}, the spokesperson added." if not agent.title else
                  f"\"This is a milestone for both our countries,\" {a} told reporters on {day}. "
                  f"{a} {past} earlier in the day.", [event]),
    ]
    if trigger.money:
        bare = tidy(fill(trigger.bare, "", recipient, None))
        shapes.append(("amount-next", f"{a} {bare} on {day}. The {DEAL_NOUNS[trigger.event_type]} is worth {money[0]}, "
                                      f"{description} said.", [event]))
    other_trigger, other_agent, other_recipient, other_money = other
    other_past = tidy(fill(other_trigger.past, "", other_recipient,
                           other_money if other_trigger.money else None))
    shapes.append(("two-events", f"{a} {past} on {day}. Separately, {written(other_agent)} {other_past}.",
                   [event, expected_event(other_trigger, other_agent, other_recipient, other_money)]))
    return shapes


def negative_passages(trigger, agent, recipient, money, turn):
    """(shape, text) for passages that name the trigger's parties but state no event."""
    day = DAYS[turn % len(DAYS)]
    base = tidy(fill(trigger.base, "", recipient, money if trigger.money else None))
    perfect = tidy(fill(trigger.perfect, "", recipient, money if trigger.money else None))
    hoped = tidy(trigger.base.format(R=recipient.object_pronoun, M=money[0]))
    generic = tidy(trigger.base.format(R="smaller partners", M=""))
    a = written(agent)
    return [
        ("denied", f"{a} denied a newspaper report on {day} that it had {perfect}. "
                   f"A spokesperson called the report speculation."),
        ("failed-talks", f"{a} said on {day} that efforts to {base} had failed. "
                         f"No new approach is planned."),
        ("considering", f"{a} is considering whether to {base}, people familiar with the matter said. "
                        f"No decision has been made."),
        ("hoped-for", f"{written(recipient)} hopes {a} will {hoped}. Officials said on {day} that no request "
                      f"had been made yet."),
        ("generic", f"Groups such as {a} often {generic}. "
                    f"Analysts say such moves are common."),
    ]


# web furniture and a byline around some bodies, as pages copied from a site look
FURNITURE_BEFORE = "Share this article\nBy Jana Wells, Business Reporter\n\n"
FURNITURE_AFTER = "\n\nRead more: Markets in brief\nSign up for our newsletter"


def build_cases():
    cases = []
    by_type = collections.defaultdict(list)
    for trigger in TRIGGERS:
        by_type[trigger.event_type].append(trigger)
    for turn, trigger in enumerate(TRIGGERS):
        agents, recipients = CAST[trigger.event_type]
        index = by_type[trigger.event_type].index(trigger)
        agent, recipient = agents[index % len(agents)], recipients[index % len(recipients)]
        money = MONIES[turn % len(MONIES)]
        # the second event of a two-event passage: the next type's trigger, with its own cast
        other_trigger = TRIGGERS[(turn + 5) % len(TRIGGERS)]
        other_agents, other_recipients = CAST[other_trigger.event_type]
        other_index = by_type[other_trigger.event_type].index(other_trigger)
        other_agent = other_agents[(other_index + 1) % len(other_agents)]
        other_recipient = other_recipients[(other_index + 1) % len(other_recipients)]
        if {other_agent.name, other_recipient.name} & {agent.name, recipient.name}:
            other_agent, other_recipient = other_agents[(other_index + 2) % 4], other_recipients[(other_index + 2) % 4]
        other = (other_trigger, other_agent, other_recipient, MONIES[(turn + 3) % len(MONIES)])
        for number, (shape, text, events) in enumerate(positive_passages(trigger, agent, recipient, money, turn,
                                                                         other)):
            if number % 3 == 2:
                text = FURNITURE_BEFORE + text + FURNITURE_AFTER
            names = {actor.name: actor.entity_type for actor in (agent, recipient, other_agent, other_recipient)}
            cases.append(Case(f"{trigger.event_type}-{trigger.slug}-{shape}", text, names, tuple(sorted(events))))
        for shape, text in negative_passages(trigger, agent, recipient, money, turn):
            cases.append(Case(f"{trigger.event_type}-{trigger.slug}-no-{shape}", text,
                              {agent.name: agent.entity_type, recipient.name: recipient.entity_type},
                              ()))
    return cases


CASES = build_cases()


def extract_cases(cases):
    """Every case's (parsed body, Extraction), one batch through the `wirehouse extract` path."""
    from assets.parsed.dispatch import parse_document
    from pipelines.cli import article_texts

    articles = [parse_document(case.text, "text/plain") for case in cases]
    return extract_texts(cases, article_texts([{"article_id": case.case_id} for case in cases], articles))


def extract_texts(cases, texts):
    """Every case's (body, Extraction) of its ArticleText, one batch through the entity chain."""
    from assets.entities.extract import EntityExtractor

    return {case.case_id: (text.body, extraction)
            for case, text, extraction in zip(cases, texts, EntityExtractor().extract(texts))}


@functools.cache
def extractions():
    return extract_cases(CASES)


def party_name(case, body, mention):
    """The case's party name the mention covers (the longest), else (for a case that reads names
    back) the name of the entity a pronoun mention was resolved to when that is one of the case's,
    else the mention's text."""
    for name in sorted(case.names, key=len, reverse=True):
        start = body.find(name, max(0, mention.start - len(name)))
        if start != -1 and start < mention.end and mention.start < start + len(name):
            return name
    resolved = mention.entity.canonical_name
    return resolved if case.reads_names_back and resolved in case.names else mention.text


def described(case, body, event):
    def names(role):
        return tuple(party_name(case, body, p.mention) for p in event.parties if p.role == role)

    if event.event_type in SYMMETRIC_TYPES:
        return (event.event_type, *[()] * len(case.roles),
                tuple(sorted(party_name(case, body, p.mention) for p in event.parties)), None)
    amount = event.amount and (event.amount.amount_min, event.amount.currency)
    return event.event_type, *map(names, case.roles), (), amount


def events_found(case, body, extraction):
    return tuple(sorted(described(case, body, e) for e in extraction.events))


def found_events(case):
    return events_found(case, *extractions()[case.case_id])


MISSES = recorded_misses(MISSES_FILE)


def test_the_matrix_covers_every_type_and_shape():
    ids = [case.case_id for case in CASES]
    assert len(ids) == len(set(ids))
    types = collections.Counter(case.case_id.split("-")[0] for case in CASES)
    assert set(types) == {"lend", "fund", "invest", "acquire", "contract", "agreement", "meet"}
    assert sum(not case.expected for case in CASES) >= 7 * 4 * 5


def test_every_recorded_miss_is_a_case():
    assert MISSES <= {case.case_id for case in CASES}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(strict_xfail_params(CASES, MISSES)))
def test_passage(case):
    assert found_events(case) == case.expected, case.text


def cause(case, body, extraction) -> str:
    """Why a failing case failed: a stated event's party (the first, in the order the expected
    events name them) the chain did not find as written or typed otherwise than the case means it,
    else the event rules (a negative case's cause is always the rules)."""
    for name in dict.fromkeys(name for event in case.expected for role in event[1:-1] for name in role):
        start = body.find(name)
        over = [m for m in extraction.mentions if m.start < start + len(name) and start < m.end]
        if not over:
            return "not found"
        exact = [m for m in over if (m.start, m.end) == (start, start + len(name))]
        if not exact:
            return "clipped"
        if not any(m.entity_type in ([case.names[name]] if case.names[name] else PARTY_TYPES) for m in exact):
            return "wrong type"
    return "rules"


def report(cases, extracted) -> None:
    """Print each failing case, the pass rate per type (positives and negatives) and the causes,
    the type being the first part of a case's id."""
    counts = collections.defaultdict(lambda: [0, 0, 0, 0])
    causes = collections.Counter()
    for case in cases:
        found = events_found(case, *extracted[case.case_id])
        ok = found == case.expected
        column = 0 if case.expected else 2
        counts[case.case_id.split("-")[0]][column] += ok
        counts[case.case_id.split("-")[0]][column + 1] += 1
        if not ok:
            why = cause(case, *extracted[case.case_id])
            causes[why] += 1
            print(f"MISS {case.case_id} ({why})\n  {case.text!r}\n  expected {case.expected}\n  found    {found}")
    totals = [sum(column) for column in zip(*counts.values())]
    for event_type, (passed, positives, clean, negatives) in [*counts.items(), ("all", totals)]:
        print(f"{event_type:10} positives {passed:3}/{positives:<3} ({passed / positives:.3f})"
              f"   negatives {clean:3}/{negatives}")
    print("failures by cause:", dict(causes.most_common()))


def main() -> None:
    report(CASES, extractions())


if __name__ == "__main__":
    main()
