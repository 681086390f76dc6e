"""Text, regex and span building blocks shared by the entity grammars (money, quantities, titles,
relations, names, coreference)."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator

# What follows a name that is someone's owner: "China’s ambassador", "Peru's army".
POSSESSIVES = ("’s", "'s")
# A qualifier opening a model's figure or date span is no part of it ("nearly 12 months",
# "about 300 people"), as for money amounts.
LEADING_QUALIFIER = re.compile(
    r"(?i:about|around|approximately|roughly|some|nearly|almost|over|more than|fewer than|"
    r"less than|at least|at most|up to|as many as|as much as|just|only|an estimated|"
    r"close to|in excess of|upwards of|under|below|above)\s+")
# 1,250,000.5 or 1250000.5 or 12, or Indian grouping: 1,50,000 (one lakh fifty thousand)
DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# South Asian scale words after a figure ("Rs 13,911 crore", "1.5 lakh crore", "50 lakh units");
# plural forms ("crores") take the same value.
INDIAN_SCALES: dict[str, float] = {"lakh crore": 1e12, "crore": 1e7, "lakh": 1e5}


def overlaps_any(start: int, end: int, intervals: Iterable[tuple[int, int]]) -> bool:
    """Whether body[start:end] shares a character with any (start, end) of intervals."""
    return any(s < end and start < e for s, e in intervals)


class Intervals:
    """(start, end) intervals to ask whether a span overlaps, or lies inside, any of them without
    scanning them all: kept sorted by start, only those starting less than the longest one's
    length before the span can reach it. Same answers as overlaps_any and a scan for containment."""

    def __init__(self, intervals: Iterable[tuple[int, int]] = ()):
        self._sorted = sorted(intervals)
        self._longest = max((end - start for start, end in self._sorted), default=0)

    def add(self, start: int, end: int) -> None:
        insort(self._sorted, (start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with any interval (see overlaps_any)."""
        index = bisect_left(self._sorted, (end,))  # the intervals before it start before `end`
        while index > 0:
            index -= 1
            other_start, other_end = self._sorted[index]
            if other_start + self._longest <= start:
                return False
            if start < other_end:
                return True
        return False

    def contain(self, start: int, end: int) -> bool:
        """Whether some interval runs from at or before start to at or after end."""
        index = bisect_right(self._sorted, (start, float("inf")))  # those starting at or before start
        while index > 0:
            index -= 1
            other_start, other_end = self._sorted[index]
            if other_start + self._longest < end:
                return False
            if end <= other_end:
                return True
        return False


def whole_word(literal: str) -> re.Pattern:
    """literal as a whole word: not inside a longer word or hyphenated compound ("LWT-funded")."""
    return re.compile(rf"(?<![\w-]){re.escape(literal)}(?![\w-])")


# where a whole word may start (whole_word's lookbehind), and what may not follow one
WORD_RUN = re.compile(r"(?<![\w-])\w+")
LEADING_RUN = re.compile(r"\w+")
WORD_GOES_ON = re.compile(r"[\w-]")


class WordIndex:
    """The words of a text by where they start, to find literals as whole words (the matches of
    whole_word(literal).finditer(text)) without one scan of the whole text per literal."""

    def __init__(self, text: str):
        self.text = text
        self._starts: dict[str, list[int]] = {}
        for word in WORD_RUN.finditer(text):
            self._starts.setdefault(word.group(), []).append(word.start())

    def spans(self, literal: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each whole-word occurrence of literal, in text order, not overlapping."""
        lead = LEADING_RUN.match(literal)
        if lead is None:  # a literal opening with punctuation: no word starts it
            yield from (match.span() for match in whole_word(literal).finditer(self.text))
            return
        end = 0
        for start in self._starts.get(lead.group(), ()):
            if start >= end and self.text.startswith(literal, start) and not WORD_GOES_ON.match(
                    self.text, start + len(literal)):
                end = start + len(literal)
                yield start, end


@functools.lru_cache(maxsize=4)
def word_index(text: str) -> WordIndex:
    """The WordIndex of text, built once for the passes of the chain that each look words up in
    the same article (read only once built)."""
    return WordIndex(text)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so "US$" wins over "$"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def trie_alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """alternation(words) as a prefix tree ("US$|US|$" as "US(?:\\$|)|\\$"), for a long list: the
    regex engine tries a flat alternation's branches one by one at every position, a tree's only
    where the first characters agree. It matches the same text with
    the same preference: the words that match at a position are prefixes of one another, and each
    node tries its longer continuations before the word that ends there, as longest-first does.
    Inside an IGNORECASE group, pass ignore_case: the words are folded to lower case first, as
    "Gen" and "gene" would otherwise open two paths and "gen" match before "gene"."""
    words = list(words)
    if ignore_case:
        if not all(word.isascii() for word in words):  # str.lower() may lengthen other letters ("İ")
            raise ValueError(f"trie_alternation(ignore_case=True) takes ASCII words: {[w for w in words if not w.isascii()]}")
        words = [word.lower() for word in words]
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branches(node: dict) -> str:
        paths = [re.escape(char) + branches(child) for char, child in node.items() if char]
        if "" in node and paths:
            return f"(?:{'|'.join(paths)}|)"
        return "" if not paths else paths[0] if len(paths) == 1 else f"(?:{'|'.join(paths)})"

    return branches(tree)
