"""JSON parser: one record of a scraper's export (a JSON object or one JSON-lines line)."""

from __future__ import annotations

import re
from typing import Any

from assets.parsed.bylines import split_names, tidy_name
from assets.parsed.dates import to_iso
from assets.parsed.furniture import is_furniture_line
from assets.parsed.model import ParsedArticle
from assets.parsed.markdown_text import read_markdown
from assets.parsed.text_layout import as_newlines, normalise_whitespace, split_opening_dateline

# Field names scrapers use, most specific first.
TITLE_FIELDS = ("headline", "title", "webTitle", "name")
TEXT_FIELDS = ("articleBody", "article_text", "bodyText", "body", "text", "content", "markdown")
URL_FIELDS = ("url", "canonical_url", "webUrl", "link")
DATE_FIELDS = ("datePublished", "published_at", "publishedAt", "webPublicationDate", "published", "pubDate", "date")
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


# Keys of the object an API puts a field's string (or paragraphs) in: WordPress's {"rendered": ...},
# {"text": ...}, {"paragraphs": [...]}.
VALUE_KEYS = ("rendered", "text", "value", "html", "plain", "paragraphs")
# How many envelopes deep article records are looked for ({"response": {"results": [...]}} is two).
MAX_ENVELOPES = 3
# An author's, publisher's or section's object describes the record it is in; it holds no record.
DESCRIBING_FIELDS = frozenset(name.lower() for name in AUTHOR_FIELDS + SECTION_FIELDS + PUBLICATION_FIELDS)


def _as_text(value: Any) -> str | None:
    """Strings as they are; {"name": ...} objects (publisher, source, category) by name, and
    {"rendered": ...}-style objects by their string; lists by their first usable item."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or _field(value, VALUE_KEYS)
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
    text = as_newlines(text)
    separator = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    paragraphs = [normalise_whitespace(p) for p in re.split(separator, text)]
    return [p for p in paragraphs if p and not is_furniture_line(p)]


def record_text(record: dict) -> str | None:
    """The record's article text (a list of strings is joined as paragraphs; an object gives its
    {"rendered": ...}-style string), or None when no text field holds any; the raw layer rejects
    such records as `missing_text`."""
    text = _field(record, TEXT_FIELDS)
    if isinstance(text, dict):
        text = _field(text, VALUE_KEYS)
    if isinstance(text, list) and not any(is_record(t) for t in text):
        text = "\n\n".join(part for part in map(block_text, text) if part)
    return text if isinstance(text, str) and text.strip() else None


def is_record(value: Any) -> bool:
    """An object with a title of its own: an article record, not a block of one (an image block has
    a url too)."""
    return isinstance(value, dict) and _field(value, TITLE_FIELDS) is not None


def block_text(block: Any) -> str | None:
    """The text of one part of a body given as a list: a string, or a block object's string
    ({"type": "paragraph", "text": ...}, {"content": ...}); an image or embed block has none."""
    if isinstance(block, dict):
        block = _field(block, VALUE_KEYS + ("content", "body"))
    return block if isinstance(block, str) else None


def enveloped_records(record: dict, envelopes: int = MAX_ENVELOPES) -> list[dict] | None:
    """The article records an envelope object holds when it has no article text of its own: the
    records of its one field that holds any, an object ({"article": {...}}, given the envelope's
    own plain fields it lacks, such as a url) or an array of objects ({"status": "ok",
    "articles": [...]}, every object kept, so one without text is still rejected by name); looked
    for `envelopes` levels down ({"response": {"results": [...]}}). None when the record has text
    of its own, or when no field or more than one field holds records (which is meant is unclear)."""
    if envelopes == 0 or record_text(record) is not None:
        return None
    held = {}
    for key, value in record.items():
        if not isinstance(key, str) or key.lower() in DESCRIBING_FIELDS:
            continue
        if isinstance(value, dict):
            inner = [value] if record_text(value) is not None else enveloped_records(value, envelopes - 1)
        elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            holding = any(record_text(item) is not None or enveloped_records(item, envelopes - 1) for item in value)
            inner = value if holding else None
        else:
            inner = None
        if inner:
            held[key] = inner
    if len(held) != 1:
        return None
    [(key, records)] = held.items()
    if len(records) == 1 and isinstance(record[key], dict):
        plain = {k: v for k, v in record.items() if not isinstance(v, (dict, list))}
        return [{**plain, **records[0]}]
    return records


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

        # the HTML parse splits off the text's wire dateline, its agency then the page's publication
        from_html = parse_html(text, url)
        paragraphs, dateline, wire_agency = from_html.paragraphs, from_html.dateline, from_html.publication
    else:
        # wire copy in a record opens its text with a dateline as plain text does ("COPENHAGEN - ")
        dateline, wire_agency, paragraphs = split_opening_dateline(split_paragraphs(read_markdown(text)))

    published_value = _field(record, DATE_FIELDS)
    return ParsedArticle(
        parser="json",
        paragraphs=paragraphs,
        headline=_as_text(_field(record, TITLE_FIELDS)) or (from_html.headline if from_html else None),
        section=_as_text(_field(record, SECTION_FIELDS)),
        authors=read_authors(_field(record, AUTHOR_FIELDS)) or (from_html.authors if from_html else []),
        publication=_as_text(_field(record, PUBLICATION_FIELDS)) or wire_agency,
        published=to_iso(published_value) if published_value is not None else None,
        dateline=dateline,
        url=url,
        language=_as_text(_field(record, ("language", "lang", "inLanguage"))),
        captions=from_html.captions if from_html else [],
        # Text of furniture lines only is an empty body; markup may say more (markup_too_deep, ...).
        empty_reason=from_html.empty_reason if from_html else None,
    )
