"""Regex building blocks shared by the money, quantity and title grammars."""

from __future__ import annotations

import re
from collections.abc import Iterable

# 1,250,000.5 or 1250000.5 or 12
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so "US$" wins over "$"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
