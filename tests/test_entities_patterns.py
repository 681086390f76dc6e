"""The span index helpers of patterns.py give the answers of the plain scans they replace."""

import random

from assets.entities.patterns import Intervals, WordIndex, overlaps_any, whole_word


def test_intervals_answer_as_the_scans_do():
    rng = random.Random(11)
    for _ in range(200):
        intervals = [(s, s + rng.randint(0, 12)) for s in (rng.randint(0, 80) for _ in range(rng.randint(0, 15)))]
        index = Intervals(intervals[:5])
        for start, end in intervals[5:]:
            index.add(start, end)
        for start in range(0, 95, 3):
            for end in (start, start + 1, start + 7):
                assert index.overlaps(start, end) == overlaps_any(start, end, intervals)
                assert index.contain(start, end) == any(s <= start and end <= e for s, e in intervals)


def test_word_index_finds_what_whole_word_finds():
    text = ("Ana Lukic met O'Neil and Ana-Maria Neil. Neil's aide, Anastasia, saw Ana; "
            "X'X'X and Ana_b are no Ana, but Ana is. Lukic-led talks; LUKIC; al-Lukic.")
    index = WordIndex(text)
    for literal in ("Ana", "Neil", "O'Neil", "X'X", "Lukic", "Anastasia", "'X", "Ana Lukic", "Zed"):
        assert list(index.spans(literal)) == [m.span() for m in whole_word(literal).finditer(text)], literal
