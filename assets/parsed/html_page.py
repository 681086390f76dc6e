"""HTML parser: trafilatura for the body, the page's structured metadata for everything else.

Metadata is read in order of trust: JSON-LD article objects, then OpenGraph / article:* meta tags,
`<meta name="author">`, byline markup, `<time datetime>` and `<html lang>`, then trafilatura's own
guesses. Authors with no byline markup come from the headline block ("By ..." under the <h1>),
an organisation the metadata names as author, links to writers' pages, then a bare name beside the
date stamp. The headline is the page's visible <h1> when one can be told apart (metadata titles are
often SEO variants). The body is trafilatura's precision mode, then filtered paragraph by
paragraph: furniture lines, the repeated headline, date stamps, leaked script, related-story lists,
and at the foot the writer's contact line and bio.
"""

from __future__ import annotations

from html import unescape
from itertools import islice, takewhile
import json
import re
from typing import Any, Iterator

from assets.parsed.budget import check_time_budget
from assets.parsed.bylines import (
    NAME_SEPARATORS as NAME_SPLIT, ORGANISATION_WORDS, ROLE_WORDS, agency_author, bare_names, is_person_name,
    organisation_author, split_names, tidy_name,
)
from assets.parsed.captions import split_credit
from assets.parsed.dates import ISO_DATE, parse_stated_date, to_iso
from assets.parsed.furniture import is_contact_line, is_furniture_line, is_related_list_label, looks_like_code
from assets.parsed.model import Caption, ParsedArticle
from assets.parsed.text_layout import (
    BIO_MAX_WORDS, is_prose, normalise_whitespace, parse_stamp, split_bio, split_opening_dateline,
)

ARTICLE_TYPES = {
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting",
    "LiveBlogPosting", "Report",
}
TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»]\s+|\s*\|\s*")
TITLE_SEPARATOR_END = re.compile(r"(?:\s+[\-–—:·•»]|\s*\|)\s*$")
TITLE_SEPARATOR_START = re.compile(r"^(?:\s*[\-–—:·•»]\s+|\s*\|)")
# Class or id words of the small page elements that label an article rather than tell it.
LABEL_CLASS = re.compile(
    r"kicker|eyebrow|breadcrumb|label|section|categor|rubric|overline|supertitle|flag|topic",
    re.IGNORECASE,
)
BIO_CLASS = re.compile(
    r"(?:^|[\s_-])(?:author-?)?bios?(?:$|[\s_-])|author-?(?:info|about|description|details)"
    r"|about-?(?:the-?)?authors?",
    re.IGNORECASE,
)
BYLINE_CLASS = re.compile(r"byline|author-?name|author-?link|article-?author|(?:^|\s)author(?:$|\s)", re.IGNORECASE)
# A byline's credits that are not authorship: "By Jane Doe Contributions from John Roe".
CONTRIBUTOR_ROLE = re.compile(
    r"\b(?:contributions?\s+(?:from|by)|additional\s+reporting\s+by|(?:photo(?:graph)?s|photography|pictures"
    r"|illustrations?|video|graphics?)\s+by|edited\s+by|(?:fact-checked|reviewed|produced)\s+by)\s*",
    re.IGNORECASE,
)
# Links to a writer's page: /author/jane-doe, /people/jane-doe/, /contributors/jdoe, /writer/1207/jane_doe/.
AUTHOR_HREF = re.compile(
    r"/(?:authors?|writers?|contributors?|people|journalists?|columnists?|reporters?)/(?:\d+/)?[^/?#]+/?(?:[?#]|$)",
    re.IGNORECASE,
)
BYLINE_MAX_WORDS = 12
LISTING_NAMES = 3
FIGURE_MAX_LEVELS = 4  # how far up from a credit to look for the image it credits
FIGURE_MAX_WORDS = 60  # an image, its caption and credit; more is the article around the image
CAPTION_MIN_WORDS = 6
# Text pieces after the <h1> searched for a byline that has no markup of its own: the headline
# block (standfirst, byline, date stamp, a role or a share label) is a dozen pieces at most.
HEADLINE_BLOCK_PIECES = 12
LABEL_LEVELS = 3  # ancestors of a piece checked for a label or breadcrumb class
BY_PREFIX = re.compile(r"^(?:posted\s+|written\s+)?by\s+(?=\S)", re.IGNORECASE)
LABEL_MAX_WORDS = 10
HEADLINE_MAX_WORDS = 40  # an <h1> longer than this is a page's intro, not its headline
HEADLINE_MIN_SHARED_WORDS = 0.3  # Jaccard share of words between an <h1> and the stated title
SENTENCE_PUNCTUATION = re.compile(r"[.!?;:,…][\"'”’)]*$")
# Below this, trafilatura's precision mode has likely cut the article rather than its furniture.
PRECISE_BODY_MIN_WORDS = 50
BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
CODE_TAGS = ("script", "style", "template", "noscript")
LIBXML_MAX_DEPTH = 256  # libxml2 stops building the tree this deep (without XML_PARSE_HUGE)


def _types(node: dict) -> set[str]:
    value = node.get("@type", [])
    return set(value if isinstance(value, list) else [value])


def _walk(node: Any) -> Iterator[dict]:
    """Every dict inside a JSON-LD value (lists, @graph arrays, nested objects)."""
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        yield node
        for value in node.values():
            if isinstance(value, (list, dict)):
                yield from _walk(value)


def _json_ld_nodes(tree) -> list[dict]:
    nodes = []
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?://)?\s*<!\[CDATA\[|(?://)?\s*\]\]>\s*$", "", raw).strip().rstrip(";")
        try:
            nodes.extend(_walk(json.loads(raw)))
        except (json.JSONDecodeError, ValueError):
            continue  # a broken block on the page is not our article's problem
    return nodes


def _name_of(value: Any, by_id: dict[str, dict]) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        if "name" not in value and value.get("@id") in by_id:
            value = by_id[value["@id"]]
        name = value.get("name")
        if isinstance(name, list):
            name = name[0] if name else None
        return name.strip() if isinstance(name, str) and name.strip() else None
    return None


def _first_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _authors_from_json_ld(value: Any, by_id: dict[str, dict], publisher: str | None) -> list[str]:
    """Person names only: organisations listed as author (often the publisher, or "X Staff") are
    skipped."""
    authors = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            node = by_id.get(item.get("@id"), item) if "name" not in item else item
            if "Organization" in _types(node) or "NewsMediaOrganization" in _types(node):
                continue
            if isinstance(node.get("name"), list):  # one Person listing several names
                names = [n.strip() for n in node["name"] if isinstance(n, str) and n.strip()]
            else:
                name = _name_of(node, by_id)
                names = [name] if name else []
        elif isinstance(item, str):
            names = split_names(item) or [item.strip()]
        else:
            names = []
        for name in names:
            name = tidy_name(name)
            words = {w.lower() for w in name.split()}
            if (
                name
                and name != publisher
                and not words & (ORGANISATION_WORDS | {"staff"})
                and not name.startswith(("http://", "https://"))
                and name not in authors
            ):
                authors.append(name)
    return authors


def _organisation_authors_from_json_ld(value: Any, by_id: dict[str, dict]) -> list[str]:
    """The names of the authors that are organisations ("Field Level Media", "X Staff")."""
    names = []
    for item in value if isinstance(value, list) else [value]:
        node = by_id.get(item.get("@id"), item) if isinstance(item, dict) and "name" not in item else item
        name = _name_of(node, by_id)
        if name and (organisation := organisation_author(name)) and organisation not in names:
            names.append(organisation)
    return names


def read_json_ld(tree) -> dict[str, Any]:
    """headline, authors, published, section, publication, url, language of the page's article."""
    nodes = _json_ld_nodes(tree)
    # References ({"@id": ...} alone) are not definitions and must not shadow them.
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}
    article = next((n for n in nodes if _types(n) & ARTICLE_TYPES), None)
    if article is None:
        return {}
    publisher = _name_of(article.get("publisher"), by_id)
    page = article.get("mainEntityOfPage")
    url = article.get("url") or (page.get("@id") or page.get("url") if isinstance(page, dict) else page)
    language = article.get("inLanguage")
    return {
        "headline": _first_text(article.get("headline")) or _first_text(article.get("name")),
        "authors": _authors_from_json_ld(article.get("author", []), by_id, publisher),
        "organisation_authors": _organisation_authors_from_json_ld(article.get("author", []), by_id),
        "published": _first_text(article.get("datePublished")),
        "section": _first_text(article.get("articleSection")),
        "publication": publisher,
        "url": url if isinstance(url, str) else None,
        "language": language if isinstance(language, str) else None,
        "body": _first_text(article.get("articleBody")),
    }


def _meta(tree, attribute: str, name: str) -> str | None:
    for element in tree.xpath(f'//meta[translate(@{attribute}, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", '
                              f'"abcdefghijklmnopqrstuvwxyz")="{name}"]'):
        content = (element.get("content") or "").strip()
        if content:
            return content
    return None


def read_meta_tags(tree) -> dict[str, Any]:
    """OpenGraph, article:*, meta author, <time datetime>, <html lang>, <link rel=canonical>."""
    authors, organisation_authors = [], []
    for element in tree.xpath('//meta[@property="article:author" or @name="author"]'):
        content = (element.get("content") or "").strip()
        if content and not re.match(r"https?://|www\.", content):
            authors.extend(n for n in split_names(content) if n not in authors)
            if (organisation := organisation_author(content)) and organisation not in organisation_authors:
                organisation_authors.append(organisation)
    lang = tree.xpath("/html/@lang")
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    return {
        "headline": _meta(tree, "property", "og:title") or _meta(tree, "name", "twitter:title"),
        "publication": _meta(tree, "property", "og:site_name"),
        "published": _meta(tree, "property", "article:published_time"),
        "time_published": _time_element_date(tree),
        "section": _meta(tree, "property", "article:section"),
        "authors": authors,
        "organisation_authors": organisation_authors,
        "url": _meta(tree, "property", "og:url") or (canonical[0] if canonical else None),
        "language": lang[0].strip() if lang and lang[0].strip() else None,
    }


# Elements whose class, id or itemprop says they show the article's date ("ArticlePage-datePublished").
DATE_CLASS = re.compile(r"date|time|publish|posted", re.IGNORECASE)
DATE_STAMP_MAX_WORDS = 12
# An URL path's date: /2024/05/14/, /2024-05-14/, /2024/may/14/.
URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>\d{1,2}|[a-z]{3,9})[/-](?P<day>\d{1,2})(?=[/-]|$)", re.IGNORECASE
)
MAX_ZONE_SHIFT_HOURS = 14
CLOCK_ONLY = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)


def _time_element_date(tree) -> str | None:
    """The first <time datetime> that dates an article: its attribute when that is a clean ISO stamp,
    else its visible date ("<time datetime="garbled">June 8, 2024</time>"). A <time> showing only a
    clock ("13:05") belongs to a list of the day's stories, not to the article."""
    for element in tree.xpath("//time[@datetime]"):
        text = normalise_whitespace(element.text_content())
        if CLOCK_ONLY.fullmatch(text):
            continue
        shown = parse_stated_date(text) if text else None
        attribute = (element.get("datetime") or "").strip()
        if attribute and ISO_DATE.fullmatch(attribute):
            return attribute
        if shown:
            return shown
    return None


def url_date(url: str | None) -> str | None:
    """The date in an URL's path (/2024/05/14/, /2024-05-14/, /2024/may/14/), as YYYY-MM-DD."""
    from urllib.parse import urlsplit
    from assets.parsed.dates import MONTHS

    match = URL_DATE.search(urlsplit(url or "").path)
    if not match:
        return None
    month = match.group("month")
    month_number = int(month) if month.isdigit() else MONTHS.get(month[:3].lower())
    if not month_number:
        return None
    return to_iso(f"{match.group('year')}-{month_number:02d}-{int(match.group('day')):02d}")


def _within_a_day(first: str, second: str) -> bool:
    from datetime import date

    try:
        days = date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])
    except ValueError:  # a month ("2024-05") is not a day to compare
        return False
    return abs(days.days) <= 1


def displayed_dates(tree) -> list[str]:
    """Date-times the page shows its readers: <time> elements (attribute and text) and the short
    text of elements marked as dates (class, id or itemprop naming a date or time)."""
    shown = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "time" and element.get("datetime"):
            shown.append(to_iso(element.get("datetime").strip()))
        if element.tag == "time" or DATE_CLASS.search(f"{_class_and_id(element)} {element.get('itemprop') or ''}"):
            text = normalise_whitespace(element.text_content())
            if text and len(text.split()) <= DATE_STAMP_MAX_WORDS:
                shown.append(parse_stated_date(text))
    return [value for value in shown if value and "T" in value]


def in_local_time(published: str | None, shown: list[str]) -> str | None:
    """A UTC stamp restated in the page's own zone when the page shows the same instant in local
    time: "2024-05-15T02:30:00+00:00" beside a visible "May 14, 2024 10:30 PM" (or a <time> with
    -04:00) is the 14th where the story was published, not the 15th. The offset of a zoneless
    local time is the whole or half hours between the two; otherwise `published` as it was."""
    from datetime import datetime, timedelta

    if not published or not re.search(r"T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?\+00:00$", published):
        return published
    instant = datetime.fromisoformat(published).replace(second=0, microsecond=0)
    for value in shown:
        try:
            local = datetime.fromisoformat(value).replace(second=0, microsecond=0)
        except ValueError:
            continue
        if local.tzinfo is not None:
            if local == instant:  # the same instant: the page's own zone, or UTC shown as such
                return value if local.utcoffset() else published
            continue
        shift = local - instant.replace(tzinfo=None)
        if abs(shift) > timedelta(hours=MAX_ZONE_SHIFT_HOURS):
            continue  # another story's date
        # The first shown time near the stamp decides: it is the stamp in some zone, or not.
        minutes = int(shift.total_seconds() // 60)
        if not shift or minutes % 30:
            return published
        sign = "+" if minutes > 0 else "-"
        return f"{local.isoformat()}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return published


def _comparable(text: str) -> str:
    return re.sub(r"[\W_]+", "", re.sub(r"^the\s+", "", text.casefold()))


def clean_title(title: str | None, site_names: list[str | None]) -> str | None:
    """Unescape left-over entities and drop a site-name prefix or suffix: "Headline | Site",
    "Site - Headline", "Headline - Site - Tagline" when "Site - Tagline" is the site name."""
    if not title:
        return None
    title = normalise_whitespace(unescape(title))
    for site in filter(None, site_names):
        site = normalise_whitespace(unescape(site))
        lowered, site_lowered = title.casefold(), site.casefold()
        if lowered.endswith(site_lowered) and TITLE_SEPARATOR_END.search(title[: -len(site)]):
            return title[: -len(site)].rstrip(" |-–—:·•»") or title
        if lowered.startswith(site_lowered) and TITLE_SEPARATOR_START.match(title[len(site):]):
            return title[len(site):].lstrip(" |-–—:·•»") or title
    parts = TITLE_SEPARATOR.split(title)
    sites = {_comparable(s) for s in site_names if s}
    if len(parts) >= 2 and sites:
        if _comparable(parts[-1]) in sites:
            return normalise_whitespace(title[: title.rfind(parts[-1])].rstrip(" |-–—:·•»"))
        if _comparable(parts[0]) in sites:
            return normalise_whitespace(title[len(parts[0]):].lstrip(" |-–—:·•»"))
    return title


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def choose_headline(stated: str | None, tree, site_names: list[str | None]) -> str | None:
    """The headline as the page shows it in its <h1>, which the metadata title often is not: an SEO
    variant, cut short with "...", straight quotes for curly ones, a "WATCH:" prefix. A page's only
    <h1> is taken, or of several the one sharing most words with the stated title, if enough."""
    sites = {_comparable(s) for s in site_names if s}
    candidates = [
        text for text in (normalise_whitespace(h1.text_content()) for h1 in tree.iter("h1"))
        if text and len(text.split()) <= HEADLINE_MAX_WORDS and _comparable(text) not in sites
    ]
    if not candidates or not stated:
        return candidates[0] if candidates else stated
    if len(candidates) == 1:
        return candidates[0]
    stated_words = _words(stated)

    def shared(text: str) -> float:
        words = _words(text)
        return len(words & stated_words) / len(words | stated_words)

    best = max(candidates, key=shared)
    return best if shared(best) >= HEADLINE_MIN_SHARED_WORDS else stated


def read_captions(tree) -> list[Caption]:
    captions = []
    for figcaption in tree.xpath("//figcaption"):
        text = normalise_whitespace(figcaption.text_content())
        if not text:
            continue
        caption_text, credit = split_credit(text)
        caption = Caption(caption_text or text, credit)
        if caption not in captions:
            captions.append(caption)
    return captions


def _class_and_id(element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def read_labels(tree, sections: list[str | None]) -> set[str]:
    """Casefolded texts of the page's labels: kickers, eyebrows, breadcrumbs, section and category
    tags (each item of a short label list too), navigation links, and the stated sections."""
    labels = {normalise_whitespace(s).casefold() for s in sections if s}
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        is_nav = element.tag == "nav"
        if not is_nav and not LABEL_CLASS.search(_class_and_id(element)):
            continue
        text = normalise_whitespace(element.text_content())
        if not text or (len(text.split()) > 3 * LABEL_MAX_WORDS and not is_nav):
            continue
        labels.add(text.casefold())
        for child in element.iterdescendants():
            if isinstance(child.tag, str):
                piece = normalise_whitespace(child.text_content())
                if piece and len(piece.split()) <= LABEL_MAX_WORDS:
                    labels.add(piece.casefold())
    return labels


def read_kicker(tree) -> str | None:
    """The label printed right above the <h1> ("<div class="eyebrow">Green Shipping</div>")."""
    for h1 in tree.iter("h1"):
        above = h1.getprevious()
        while above is not None and not isinstance(above.tag, str):
            above = above.getprevious()
        if above is not None and LABEL_CLASS.search(_class_and_id(above)):
            text = normalise_whitespace(above.text_content())
            if text and is_heading_like(text):
                return text
    return None


def is_heading_like(text: str) -> bool:
    """Short and without sentence punctuation at the end: a label or a title, not a paragraph."""
    return len(text.split()) <= LABEL_MAX_WORDS and not SENTENCE_PUNCTUATION.search(text)


def read_byline_elements(tree) -> list[str]:
    """Names from the page's byline markup (rel="author" links, itemprop="author", byline or
    author-name elements), for pages whose metadata names no author. Markup of one class naming
    LISTING_NAMES or more different bylines is a list of other stories, not this one's byline."""
    found: list[tuple[str, list[str]]] = []
    for element in _byline_elements(tree):
        text = normalise_whitespace(element.text_content())
        if not text or len(text.split()) > BYLINE_MAX_WORDS:
            continue
        # Each text node apart: a name and the newspaper under it must not run together; every
        # node's names: co-authors often sit in links of their own.
        names: list[str] = []
        for piece in element.itertext():
            names += [name for name in split_names(normalise_whitespace(piece)) if name not in names]
        if names:
            found.append((f"{element.tag} {_class_and_id(element)}", names))
    bylines_per_class: dict[str, set[tuple[str, ...]]] = {}
    for key, names in found:
        bylines_per_class.setdefault(key, set()).add(tuple(names))
    return next((names for key, names in found if len(bylines_per_class[key]) < LISTING_NAMES), [])


def _byline_elements(tree) -> Iterator:
    for element in tree.iter():
        if isinstance(element.tag, str) and (
            element.get("rel") == "author" or element.get("itemprop") == "author"
            or BYLINE_CLASS.search(_class_and_id(element))
        ):
            yield element


def in_figure(element) -> bool:
    """Inside a <figure>, or inside the smallest element holding an image when that holds little
    more than a caption (a sentence): a photographer's "By Ann Poe" under a photo is no byline,
    a writer's name beside the headshot is."""
    if element.xpath("ancestor-or-self::figure|ancestor-or-self::figcaption"):
        return True
    for level, ancestor in enumerate(element.iterancestors()):
        if level >= FIGURE_MAX_LEVELS:
            return False
        pieces, words = [], 0
        for piece in ancestor.itertext():
            pieces.append(normalise_whitespace(piece))
            words += len(pieces[-1].split())
            if words > FIGURE_MAX_WORDS:
                return False  # this and every wider element is more than an image and its caption
        if next(ancestor.iter("img"), None) is not None:
            return any(len(p.split()) >= CAPTION_MIN_WORDS and SENTENCE_PUNCTUATION.search(p) for p in pieces)
    return False


def _headline_block_pieces(tree) -> list[str]:
    """The first text pieces after the page's first <h1>, leaving out figures, and labels and
    breadcrumbs ("Nutrition > Meal Plans" above a date stamp is no byline)."""
    headings = tree.xpath("//h1")
    if not headings:
        return []
    pieces = []
    for element in headings[0].xpath("following::text()[normalize-space()][position() <= 60]"):
        if len(pieces) >= HEADLINE_BLOCK_PIECES:
            break
        parent = element.getparent()
        if parent is None or parent.tag in CODE_TAGS or in_figure(parent) or any(
            LABEL_CLASS.search(_class_and_id(e)) for e in (parent, *islice(parent.iterancestors(), LABEL_LEVELS))
        ):
            continue
        pieces.append(normalise_whitespace(element))
    return pieces


def read_headline_block_byline(tree) -> list[str]:
    """Names of a "By ..." byline with no markup of its own in the headline block: "posted on
    <time> by Jane Doe", or "By", the names and the commas between them as pieces apart."""
    pieces = _headline_block_pieces(tree)
    for index, piece in enumerate(pieces):
        if piece.lower() in {"by", "posted by", "written by"}:
            names = list(takewhile(lambda p: not parse_stamp(p) and (p in {",", "&"} or split_names(p)
                                                                      or p.lower() == "and"), pieces[index + 1:]))
            piece = " ".join([piece, *names])
        if (prefix := BY_PREFIX.match(piece)) and (names := split_names(piece[prefix.end():])):
            return names
    return []


def read_name_beside_stamp(tree) -> list[str]:
    """Bare names in the headline block beside the date stamp, with at most a job title between
    ("Jane Doe", "Editor", "Updated: August 8, 2023"): the weakest sign of a byline."""
    pieces = _headline_block_pieces(tree)
    for index, piece in enumerate(pieces):
        names = bare_names(piece)
        for after in pieces[index + 1: index + 4] if names else []:
            if parse_stamp(after):
                return names
            if not all(word.lower() in ROLE_WORDS for word in after.split()):
                break
    return []


def read_agency_author(tree, extracted_author: str | None) -> list[str]:
    """[the agency] a page with no person author names as its author, in <meta name="author">,
    the byline markup, or the byline trafilatura found ("By The Associated Press")."""
    texts = [*tree.xpath('//meta[@property="article:author" or @name="author"]/@content'),
             *(normalise_whitespace(e.text_content()) for e in _byline_elements(tree)), extracted_author or ""]
    return next(([agency] for text in texts if (agency := agency_author(text))), [])


def read_contributor_credits(tree) -> set[str]:
    """Names the byline credits in another role than author ("Contributions from John Roe",
    "Photography by Ann Poe"): structured data often lists them among the authors."""
    credited = set()
    for element in _byline_elements(tree):
        pieces = [normalise_whitespace(p) for p in element.itertext()]
        after_role = False
        for piece in pieces:
            if not piece or re.fullmatch(r"[,;&]|and", piece):
                continue
            role = CONTRIBUTOR_ROLE.search(piece)
            if role:
                credited.update(_names_only(piece[role.end():]))
                after_role = True
                continue
            if after_role:
                names = _names_only(piece)
                if names:
                    credited.update(names)
                    continue
                after_role = False
    return credited


def _names_only(text: str) -> list[str]:
    """The names of a text that is nothing but person names and separators, else []."""
    parts = [part.strip() for part in NAME_SPLIT.split(text) if part.strip()]
    return [tidy_name(p) for p in parts] if parts and all(is_person_name(p) for p in parts) else []


def read_author_links(tree) -> list[str]:
    """The names of the first links to writers' pages (<a href="/author/jane-doe">Jane Doe</a>),
    with the author links beside it, for pages with no byline markup."""
    for link in tree.iter("a"):
        if not AUTHOR_HREF.search(link.get("href") or "") or in_figure(link):
            continue
        names = split_names(normalise_whitespace(link.text_content()))
        if not names:
            continue
        parent = link.getparent()
        for sibling in parent.iter("a") if parent is not None else []:
            if sibling is not link and AUTHOR_HREF.search(sibling.get("href") or ""):
                names.extend(n for n in split_names(normalise_whitespace(sibling.text_content())) if n not in names)
        return names
    return []


def read_author_bio(tree, authors: list[str]) -> str | None:
    """The text of an author-bio element ("<p class="author-bio">Jane Doe is ...") that reads as a
    bio of the byline's authors."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or not BIO_CLASS.search(_class_and_id(element)):
            continue
        text = normalise_whitespace(element.text_content())
        if text and len(text.split()) <= BIO_MAX_WORDS:
            bio, _name = split_bio([text], authors)
            if bio:
                return bio
    return None


# The JSON-LD articleBody trims the extracted text only when it is a whole article (not a teaser)
# and the extraction runs well past it (the next stories of an endless page, a comment thread).
STATED_BODY_MIN_WORDS = 100
STATED_BODY_OVERRUN = 2.0
STATED_BODY_SHARE = 0.5  # share of a paragraph's word 4-grams the articleBody must contain


def _four_grams(text: str) -> list[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return [tuple(words[i:i + 4]) for i in range(max(1, len(words) - 3))] if words else []


def within_stated_body(paragraphs: list[str], stated: str | None) -> list[str]:
    """The paragraphs that belong to the article as its JSON-LD articleBody states it, when the
    extraction runs far past that text; otherwise all of them."""
    stated_words = len((stated or "").split())
    if stated_words < STATED_BODY_MIN_WORDS:
        return paragraphs
    if sum(len(p.split()) for p in paragraphs) <= STATED_BODY_OVERRUN * stated_words:
        return paragraphs
    stated_grams = set(_four_grams(unescape(stated)))
    kept = []
    for paragraph in paragraphs:
        grams = _four_grams(paragraph)
        if grams and sum(g in stated_grams for g in grams) >= STATED_BODY_SHARE * len(grams):
            kept.append(paragraph)
    # A stated body that is some other text than the page's (a summary, another language) is ignored.
    kept_words = sum(len(p.split()) for p in kept)
    return kept if kept_words >= STATED_BODY_SHARE * stated_words else paragraphs


def _language_code(tag: str | None) -> str | None:
    """"en-GB" -> "en" (ISO 639-1)."""
    if not tag:
        return None
    code = re.split(r"[-_]", tag.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def _resplit_run_on(text: str, tree) -> list[str]:
    """trafilatura's last-resort extraction returns one run-on line; recover the page's blocks
    that it is made of, in page order."""
    blocks = [normalise_whitespace(b.text_content()) for b in tree.iter(*BLOCK_TAGS)]
    inside = [b for b in blocks if b and b in text]
    return inside if len(inside) >= 2 else [text]


def _extract_body(html: str, url: str | None):
    """trafilatura in precision mode (with the filters below, the best body F1 on news pages), and in
    its default balanced mode when precision mode finds less than a news brief's worth of text."""
    from trafilatura import bare_extraction

    def extract(favor_precision: bool):
        # Comments are reader content, not the article.
        return bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, deduplicate=False, favor_precision=favor_precision,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )

    def words(document) -> int:
        return len((getattr(document, "text", None) or "").split())

    precise = extract(favor_precision=True)
    if words(precise) >= PRECISE_BODY_MIN_WORDS:
        return precise
    balanced = extract(favor_precision=False)
    if precise is None and balanced is None and not re.search(r"<body\b", html, re.IGNORECASE):
        # a fragment with one top element (a JSON field's lone <p>) is no page to trafilatura
        html = f"<html><body>{html}</body></html>"
        precise, balanced = extract(favor_precision=True), extract(favor_precision=False)
    return balanced if words(balanced) > words(precise) else precise


def _load_tree(html: str):
    import lxml.etree
    import lxml.html

    if not html.strip():
        raise ValueError("empty HTML document")
    try:
        return lxml.html.document_fromstring(html)
    except ValueError:  # a str that still carries an <?xml encoding=...?> declaration
        return lxml.html.document_fromstring(html.encode("utf-8"))
    except lxml.etree.ParserError as error:
        raise ValueError(f"unparseable HTML document: {error}") from error


def empty_body_reason(tree) -> str | None:
    """Why a page gave no body: 'markup_too_deep' when its elements nest as deep as libxml2 goes
    (it drops what lies deeper, prose included), 'no_visible_text' when all the text in its
    <body> is script, style or template code; None when it simply holds no article."""
    depth: dict = {}
    for element in tree.iter():
        depth[element] = depth.get(element.getparent(), 0) + 1
        if depth[element] >= LIBXML_MAX_DEPTH:
            return "markup_too_deep"
    body = tree.find("body")
    body = tree if body is None else body

    def characters(element) -> int:
        return sum(len(word) for word in element.text_content().split())

    code = sum(characters(element) for element in body.iter(*CODE_TAGS))
    return "no_visible_text" if code and characters(body) == code else None


def parse_html(html: str, url: str | None = None) -> ParsedArticle:
    """Parse an HTML news page into a ParsedArticle (parser="html")."""
    tree = _load_tree(html)
    ld = read_json_ld(tree)
    meta = read_meta_tags(tree)
    extracted = _extract_body(html, url)  # None when trafilatura finds no text at all

    def pick(key: str, fallback: Any = None) -> Any:
        return ld.get(key) or meta.get(key) or fallback or None

    publication = pick("publication", getattr(extracted, "sitename", None))
    site_names = [publication, meta.get("publication")]
    headline = choose_headline(
        clean_title(pick("headline", getattr(extracted, "title", None)), site_names), tree, site_names
    )
    captions = read_captions(tree)
    caption_lines = {c.text for c in captions}
    caption_lines |= {normalise_whitespace(f.text_content()) for f in tree.iter("figcaption")}
    page_headlines = {normalise_whitespace(h.text_content()).casefold() for h in tree.iter("h1")}
    headline_key = (headline or "").casefold()
    page_headlines.add(headline_key)

    stated_sections = [ld.get("section"), meta.get("section")]
    labels = read_labels(tree, stated_sections)
    lines = (getattr(extracted, "text", None) or "").split("\n")
    if len(lines) == 1:
        lines = _resplit_run_on(normalise_whitespace(lines[0]), tree)
    paragraphs, kicker, in_related_list = [], None, False
    for line in lines:
        check_time_budget()
        paragraph = normalise_whitespace(line)
        if not paragraph or is_furniture_line(paragraph) or paragraph in caption_lines:
            continue
        # Above the first paragraph the extractor often keeps the <h1>; the headline also comes back
        # where a page repeats it (a sticky bar, a share box).
        if not paragraphs and paragraph.casefold() in page_headlines or paragraph.casefold() == headline_key:
            continue
        if looks_like_code(paragraph) or parse_stamp(paragraph):
            continue
        if not paragraphs and is_heading_like(paragraph) and paragraph.casefold() in labels:
            kicker = kicker or paragraph
            continue
        # "Related stories" and the titles listed under it, up to the next paragraph of prose.
        if is_related_list_label(paragraph):
            in_related_list = True
            continue
        if in_related_list and not is_prose(paragraph.lstrip("-–•* ")):
            continue
        in_related_list = False
        paragraphs.append(paragraph)

    # The publisher posing as an author ("THE DAILY" in <meta name="author">) is no person.
    publisher_keys = {_comparable(name) for name in (publication, meta.get("publication")) if name}
    author_sources = (
        lambda: ld.get("authors"), lambda: meta.get("authors"), lambda: read_byline_elements(tree),
        # A "By" line under the headline comes before trafilatura's guess, which may be another story's.
        lambda: read_headline_block_byline(tree),
        lambda: split_names((getattr(extracted, "author", None) or "").replace(";", ",")),
        # An organisation the metadata names as author ("Field Level Media", "X Staff") signs a story
        # no person signs (the publisher itself is no author): surer than links to writers' pages,
        # which may be another story's.
        lambda: ld.get("organisation_authors") or meta.get("organisation_authors"),
        lambda: read_author_links(tree), lambda: read_name_beside_stamp(tree),
    )
    authors = []
    for source in author_sources:
        authors = [a for a in source() or [] if _comparable(a) not in publisher_keys]
        if authors:
            break
    # <meta name="author"> tags listing the structured data's authors and more name co-authors it left out.
    meta_authors = [a for a in meta.get("authors") or [] if _comparable(a) not in publisher_keys]
    if authors and set(authors) < set(meta_authors):
        byline_text = " ".join(normalise_whitespace(e.text_content()) for e in _byline_elements(tree))
        if all(name in byline_text for name in meta_authors):  # and the byline shows them all
            authors = meta_authors
    if not authors:
        authors = read_agency_author(tree, getattr(extracted, "author", None))
    # Photographers and contributors credited as such in the byline are not its authors.
    credited = read_contributor_credits(tree)
    if credited and any(a not in credited for a in authors):
        authors = [a for a in authors if a not in credited]
    while paragraphs and is_contact_line(paragraphs[-1]):
        paragraphs.pop()
    author_bio = read_author_bio(tree, authors)
    if author_bio and paragraphs and paragraphs[-1] == author_bio:
        paragraphs.pop()
    elif not author_bio:
        bio, name = split_bio(paragraphs, authors)
        if bio and (name is None or name in authors or any(a.endswith(" " + name.split()[-1]) for a in authors)):
            author_bio = paragraphs.pop()
    while paragraphs and is_contact_line(paragraphs[-1]):
        paragraphs.pop()
    paragraphs = within_stated_body(paragraphs, ld.get("body"))
    # wire copy on the web opens as printed wire copy does ("SANTIAGO (Reuters) - ...")
    dateline, wire_agency, paragraphs = split_opening_dateline(paragraphs)
    # The first source whose date can be read wins: some pages put US-style dates in JSON-LD. The
    # URL's date comes before trafilatura's guess (which can be the page's last-modified header).
    # A page's first <time> (weaker: it may date a sidebar story) gives way to a date in the URL
    # more than a day away from it.
    in_url = url_date(pick("url", url))
    in_time = to_iso(meta.get("time_published"))
    if in_time and in_url and not _within_a_day(in_time, in_url):
        in_time = None
    published_values = (ld.get("published"), meta.get("published"), in_time, in_url,
                        getattr(extracted, "date", None))
    published = next((iso for iso in map(to_iso, published_values) if iso), None)
    categories = getattr(extracted, "categories", None) or []
    empty_reason = None if paragraphs else empty_body_reason(tree)
    return ParsedArticle(
        parser="html",
        paragraphs=paragraphs,
        headline=headline,
        section=pick("section", kicker or read_kicker(tree) or (categories[0] if categories else None)),
        authors=list(authors or []),
        author_bio=author_bio,
        publication=publication or wire_agency,
        published=in_local_time(published, displayed_dates(tree)),
        dateline=dateline,
        url=pick("url", url or getattr(extracted, "url", None)),
        language=_language_code(ld.get("language") or meta.get("language")),
        captions=captions,
        empty_reason=empty_reason,
    )
