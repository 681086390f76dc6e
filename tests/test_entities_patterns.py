"""The span index helpers of patterns.py give the answers of the plain scans they replace."""

import random
import re

import pytest

from assets.entities.patterns import Intervals, WordIndex, alternation, overlaps_any, trie_alternation, whole_word


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


def test_span_set_replaces_as_the_list_passes_did():
    from assets.entities.chain import extractors
    from assets.entities.extract import Span, SpanSet

    ner = extractors().ner
    rng = random.Random(5)
    for _ in range(100):
        spans = sorted((Span(s, s + rng.randint(1, 10), "ORG", None, ner) for s in (rng.randint(0, 90) for _ in range(12))),
                       key=lambda s: s.start)
        working, expected = SpanSet(spans), list(spans)
        for _ in range(8):
            start = rng.randint(0, 95)
            end = start + rng.randint(1, 15)
            inside = [s for s in expected if s.start < end and start < s.end]
            assert sorted(working[i].start for i in working.overlapping(start, end)) == sorted(s.start for s in inside)
            if rng.random() < 0.6:
                new = Span(start, end, "PERSON", None, ner)
                working.replace(working.overlapping(start, end), new)
                expected = [s for s in expected if s not in inside] + [new]
        assert working.spans() == sorted(expected, key=lambda s: s.start)


def test_trie_alternation_matches_as_the_flat_alternation_does():
    """Same matches, same groups, backtracking included: words that are prefixes of one another
    ("US", "US$"), an empty word, regex metacharacters, a word's tail that must be followed."""
    rng = random.Random(7)
    alphabet = "aUuS$ .b#-"
    for _ in range(150):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 12))]
        text = "".join(rng.choice(alphabet + "xX") for _ in range(60))
        for template in (r"(?P<w>{})", r"(?P<w>{})\s?(?P<n>b+)", r"(?:(?P<w>{})\.)?a", r"\b(?P<w>{})(?!S)"):
            flat, trie = (re.compile(template.format(build(words)), re.VERBOSE) for build in (alternation, trie_alternation))
            assert ([(m.span(), m.groupdict()) for m in trie.finditer(text)]
                    == [(m.span(), m.groupdict()) for m in flat.finditer(text)]), (words, text, template)
            # inside (?i:...) words differing in case ("US", "us$") must share one path
            flat, trie = (re.compile(template.format(f"(?i:{alternative})"), re.VERBOSE)
                          for alternative in (alternation(words), trie_alternation(words, ignore_case=True)))
            assert ([(m.span(), m.groupdict()) for m in trie.finditer(text)]
                    == [(m.span(), m.groupdict()) for m in flat.finditer(text)]), (words, text, template, "ignore case")


def test_trie_alternation_refuses_to_fold_letters_lower_would_lengthen():
    with pytest.raises(ValueError, match="ASCII"):
        trie_alternation(["İzmir office"], ignore_case=True)
