"""Text, regex and span building blocks shared by the entity grammars (money, quantities, titles,
relations, names, coreference)."""

from __future__ import annotations

import re
from collections.abc import Iterable

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


def whole_word(literal: str) -> re.Pattern:
    """literal as a whole word: not inside a longer word or hyphenated compound ("LWT-funded")."""
    return re.compile(rf"(?<![\w-]){re.escape(literal)}(?![\w-])")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so "US$" wins over "$"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
