"""The frame matrix of tests/test_events_frames.py run end to end: each case's text goes through
the parsed layer's sentence splitter and the whole entity chain (the `wirehouse extract` path), so
its parties are whatever the chain finds, not mentions given by hand.

A case passes when its events, each party read as the name of the matrix party its mention covers,
are exactly the expected one (for a statement of no event: none). The chain cannot know that an
invented country is one, so a party is matched by its name, not its type. The cases are run and
scored by the passage matrix's runner (tests/test_events_passages.py): a failing positive case is
put down to its first cause, a party no mention covers ("not found"), a mention only part of the
name or reaching past it ("clipped"), a mention of a type that is no party ("wrong type"), else
the event rules ("rules").

    PYTHONPATH=$PWD python -m tests.frames_end_to_end [--type lend]
"""

import argparse
import functools

from assets.entities.types import ArticleText
from tests.test_entities_events import PUBLISHED
from tests.test_events_frames import CASES
from tests.test_events_passages import Case, extract_texts, report

ROLES = ("agent", "recipient", "seller")  # a frame of a sale names its seller too


def passage_case(case) -> Case:
    """A frame case as the passage runner takes it: its parties by name, of any party type, and its
    expected event (agent, recipient and seller) with the names for the entity ids. A party is
    read as written: "she" or "the minister" resolved to a party does not count as its name (the
    passage runner's reading would pass 14 more meetings, told by a party named back)."""
    names = {party.entity_id: party.name for party in case.parties}
    expected = ()
    if case.expected:
        event_type, *parties, amount = case.expected
        named = tuple(tuple(sorted(names[i] for i in ids)) for ids in parties)
        expected = ((event_type, *named, amount),)
    return Case(case.case_id, case.body, dict.fromkeys(names.values()), expected, ROLES, reads_names_back=False)


@functools.cache
def extractions():
    """Every case's (body, Extraction), from one batch through the sentence splitter and the chain.
    A frame is a sentence written as a body: the plain-text parser would take one without a full
    stop for a headline."""
    from assets.parsed.sentences import split_sentences

    cases = [passage_case(case) for case in CASES]
    spans = split_sentences([case.text for case in cases])
    return extract_texts(cases, [ArticleText(case.case_id, case.text, sentences, PUBLISHED)
                                 for case, sentences in zip(cases, spans)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--type", help="only the cases of this event type")
    args = parser.parse_args()
    report([passage_case(c) for c in CASES if args.type is None or c.case_id.split("-")[0] == args.type],
           extractions())


if __name__ == "__main__":
    main()
