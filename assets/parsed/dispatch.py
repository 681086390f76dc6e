"""One entry point for the parsed layer: pick the parser by content type, then fill the language."""

from __future__ import annotations

import json
import re

from assets.parsed.budget import OverTimeBudget, budget_seconds, time_budget
from assets.parsed.model import ParsedArticle

LANGUAGE_MIN_WORDS = 20  # below this py3langid guesses more than it knows
# English function words no other language writes often: in English prose they are some 15-20% of
# the words, in French, German, Spanish or Dutch prose next to none.
ENGLISH_FUNCTION_WORDS = frozenset("the of and to that with was were for from this which have has by at it".split())
ENGLISH_FUNCTION_SHARE = 0.08
WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it is too short to tell or shows no language.
    Prose whose words are English function words often enough is English: py3langid reads an
    English article with a pasted blob or runs of figures in it as "zxx" (no language) or another
    language."""
    words = WORD.findall(text.lower())
    if len(words) < LANGUAGE_MIN_WORDS:
        return None
    if writes_english_function_words(words):
        return "en"
    import py3langid

    code, _score = py3langid.classify(text)
    return None if code == "zxx" else code


def reads_as_english(text: str) -> bool:
    """Whether prose of enough words writes English function words as often as English does."""
    words = WORD.findall(text.lower())
    return len(words) >= LANGUAGE_MIN_WORDS and writes_english_function_words(words)


def writes_english_function_words(words: list[str]) -> bool:
    return sum(word in ENGLISH_FUNCTION_WORDS for word in words) >= ENGLISH_FUNCTION_SHARE * len(words)


PARSERS = {"text/plain": "layout", "text/html": "html", "application/json": "json"}


def parse_document(text: str, content_type: str, record: dict | None = None) -> ParsedArticle:
    """Parse one decoded input document. `content_type` is "text/plain", "text/html" or
    "application/json"; for JSON, `record` is the decoded object (decoded from `text` if None).
    An article whose parse outlasts the time budget comes back empty, body_status
    'over_time_budget'."""
    if content_type not in PARSERS:
        raise ValueError(f"unsupported content type: {content_type!r}")
    try:
        with time_budget(budget_seconds()):
            article = _parse(text, content_type, record)
    except OverTimeBudget:
        return ParsedArticle(PARSERS[content_type], [], empty_reason="over_time_budget")
    if article.language is None:
        article.language = detect_language(article.body)
    elif article.language != "en" and reads_as_english(article.body):
        # a site's template may declare its home language over an English article ("es" on an
        # English edition): the prose says what it is written in
        article.language = "en"
    return article


def _parse(text: str, content_type: str, record: dict | None) -> ParsedArticle:
    if content_type == "text/plain":
        from assets.parsed.markdown_text import read_markdown
        from assets.parsed.text_layout import parse_plain_text

        return parse_plain_text(read_markdown(text))
    if content_type == "text/html":
        from assets.parsed.html_page import parse_html

        return parse_html(text)
    from assets.parsed.json_record import parse_json_record

    return parse_json_record(json.loads(text) if record is None else record)
