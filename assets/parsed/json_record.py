"""JSON parser: one record of a scraper's export (a JSON object or one JSON-lines line)."""

from __future__ import annotations

import re
from typing import Any

from assets.parsed.bylines import split_names, tidy_name
from assets.parsed.dates import to_iso
from assets.parsed.furniture import is_furniture_line
from assets.parsed.model import ParsedArticle
from assets.parsed.text_layout import normalise_whitespace

# Field names scrapers use, most specific first.
TITLE_FIELDS = ("headline", "title", "name")
TEXT_FIELDS = ("articleBody", "article_text", "body", "text", "content")
URL_FIELDS = ("url", "canonical_url", "link")
DATE_FIELDS = ("datePublished", "published_at", "published", "pubDate", "date")
AUTHOR_FIELDS = ("authors", "author", "byline")
SECTION_FIELDS = ("section", "category")
PUBLICATION_FIELDS = ("publication", "site_name", "publisher", "source")

HTML_BLOCK_TAG = re.compile(r"<(?:p|div|br|h[1-6]|li|ul|ol|article|section|blockquote|figure|table)\b", re.I)


def _field(record: dict, names: tuple[str, ...]) -> Any:
    """The first non-empty value among `names` (case-insensitive keys)."""
    lowered = {key.lower(): value for key, value in record.items() if isinstance(key, str)}
    for name in names:
        value = lowered.get(name.lower())
        if value not in (None, "", [], {}):
            return value
    return None


def _as_text(value: Any) -> str | None:
    """Strings as they are; {"name": ...} objects (publisher, source, category) by name; lists by
    their first usable item."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if isinstance(value, list):
        value = next((_as_text(v) for v in value if _as_text(v)), None)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return (normalise_whitespace(value) or None) if isinstance(value, str) else None


def read_authors(value: Any) -> list[str]:
    """"By A and B", "A, B", ["A", {"name": "B"}] -> ["A", "B"]."""
    items = value if isinstance(value, list) else [value]
    authors: list[str] = []
    for item in items:
        text = _as_text(item)
        if not text:
            continue
        names = split_names(text) or [tidy_name(re.sub(r"^by\s+", "", text, flags=re.I))]
        authors.extend(name for name in names if name and name not in authors)
    return authors


def split_paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; without any, single newlines do."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    separator = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    paragraphs = [normalise_whitespace(p) for p in re.split(separator, text)]
    return [p for p in paragraphs if p and not is_furniture_line(p)]


def record_text(record: dict) -> str | None:
    """The record's article text (a list of strings is joined as paragraphs), or None when no
    text field holds any; the raw layer rejects such records as `missing_text`."""
    text = _field(record, TEXT_FIELDS)
    if isinstance(text, list):
        text = "\n\n".join(str(t) for t in text if isinstance(t, str))
    return text if isinstance(text, str) and text.strip() else None


def parse_json_record(record: dict) -> ParsedArticle:
    """Parse one scraper record into a ParsedArticle (parser="json"). Raises ValueError when the
    record carries no article text."""
    if not isinstance(record, dict):
        raise ValueError(f"JSON record must be an object, got {type(record).__name__}")
    text = record_text(record)
    if text is None:
        raise ValueError(
            "JSON record has no article text: expected a non-empty string in one of "
            + ", ".join(TEXT_FIELDS)
        )
    url = _as_text(_field(record, URL_FIELDS))
    from_html = None
    if HTML_BLOCK_TAG.search(text):
        from assets.parsed.html_page import parse_html

        from_html = parse_html(text, url)
        paragraphs = from_html.paragraphs
    else:
        paragraphs = split_paragraphs(text)

    published_value = _field(record, DATE_FIELDS)
    return ParsedArticle(
        parser="json",
        paragraphs=paragraphs,
        headline=_as_text(_field(record, TITLE_FIELDS)) or (from_html.headline if from_html else None),
        section=_as_text(_field(record, SECTION_FIELDS)),
        authors=read_authors(_field(record, AUTHOR_FIELDS)) or (from_html.authors if from_html else []),
        publication=_as_text(_field(record, PUBLICATION_FIELDS)),
        published=to_iso(published_value) if published_value is not None else None,
        url=url,
        language=_as_text(_field(record, ("language", "lang", "inLanguage"))),
        captions=from_html.captions if from_html else [],
        # Text of furniture lines only is an empty body; markup may say more (markup_too_deep, ...).
        empty_reason=from_html.empty_reason if from_html else None,
    )
