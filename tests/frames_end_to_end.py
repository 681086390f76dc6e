"""The frame matrix of tests/test_events_frames.py run end to end: each case's text goes through
the parsed layer's sentence splitter and the whole entity chain (the `wirehouse extract` path), so
its parties are whatever the chain finds, not mentions given by hand.

A case passes when its events, each party read as the name of the matrix party its mention covers,
are exactly the expected one (for a statement of no event: none). The chain cannot know that an
invented country is one, so a party is matched by its name, not its type. A positive case that
fails is put down to its first cause: a party no mention covers ("not found"), a mention only part
of the name or reaching past it ("clipped"), a mention of a type that is no party ("wrong type"),
else the event grammar ("grammar").

    PYTHONPATH=$PWD python -m tests.frames_end_to_end [--type lend] [--show CAUSE]
"""

import argparse
import collections
import functools

from assets.entities.events import PARTY_TYPES
from assets.entities.types import ArticleText
from tests.test_entities_events import PUBLISHED
from tests.test_events_frames import CASES, SYMMETRIC_TYPES


@functools.cache
def extractions():
    """Every case's Extraction, from one batch through the sentence splitter and the chain."""
    from assets.entities.extract import EntityExtractor
    from assets.parsed.sentences import split_sentences

    bodies = [case.body for case in CASES]
    articles = [ArticleText(case.case_id, body, spans, PUBLISHED)
                for case, body, spans in zip(CASES, bodies, split_sentences(bodies))]
    return dict(zip((case.case_id for case in CASES), EntityExtractor().extract(articles)))


def party_name_at(case, mention) -> str:
    """The id of the matrix party whose name the mention covers, else the mention's text."""
    for party in case.parties:
        name_start = case.body.find(party.name, max(0, mention.start - len(party.name)))
        if name_start != -1 and name_start < mention.end and mention.start < name_start + len(party.name):
            return party.entity_id
    return mention.text


def described(case, event) -> tuple:
    def ids(role):
        return tuple(party_name_at(case, p.mention) for p in event.parties if p.role == role)

    if event.event_type in SYMMETRIC_TYPES:
        return event.event_type, (), (), (), tuple(sorted(party_name_at(case, p.mention) for p in event.parties)), None
    amount = event.amount and (event.amount.amount_min, event.amount.currency)
    return event.event_type, ids("agent"), ids("recipient"), ids("seller"), (), amount


def passes(case) -> bool:
    expected = [case.expected] if case.expected else []
    return [described(case, e) for e in extractions()[case.case_id].events] == expected


def cause(case) -> str:
    """Why a failing positive case failed: its first party the chain did not find as written."""
    mentions = extractions()[case.case_id].mentions
    for party in case.parties:
        start = case.body.find(party.name)
        end = start + len(party.name)
        over = [m for m in mentions if m.start < end and start < m.end]
        if not over:
            return "not found"
        if not any(m.start == start and m.end == end for m in over):
            return "clipped"
        if not any(m.start == start and m.end == end and m.entity_type in PARTY_TYPES for m in over):
            return "wrong type"
    return "grammar"


def report(cases) -> None:
    by_type = collections.defaultdict(lambda: [0, 0, 0, 0])  # positives passed, positives, negatives passed, negatives
    causes = collections.Counter()
    for case in cases:
        event_type = case.case_id.split("-")[0]
        ok = passes(case)
        if case.expected:
            by_type[event_type][0] += ok
            by_type[event_type][1] += 1
            if not ok:
                causes[cause(case)] += 1
        else:
            by_type[event_type][2] += ok
            by_type[event_type][3] += 1
    totals = [sum(column) for column in zip(*by_type.values())]
    for event_type, (passed, positives, clean, negatives) in [*by_type.items(), ("all", totals)]:
        print(f"{event_type:10} positives {passed:4}/{positives:<4} ({passed / positives:.3f})"
              f"   no-event statements {clean:3}/{negatives}")
    print("failing positives by cause:", dict(causes.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--type", help="only the cases of this event type")
    parser.add_argument("--show", help="print the failing positive cases of this cause (or 'negative')")
    args = parser.parse_args()
    cases = [c for c in CASES if args.type is None or c.case_id.split("-")[0] == args.type]
    report(cases)
    if args.show:
        for case in cases:
            if passes(case):
                continue
            shown = cause(case) if case.expected else "negative"
            if shown == args.show:
                mentions = [(m.text, m.entity_type) for m in extractions()[case.case_id].mentions]
                events = [described(case, e) for e in extractions()[case.case_id].events]
                print(f"\n{case.case_id}: {case.body}\n  mentions {mentions}\n  events {events}")


if __name__ == "__main__":
    main()
