"""Web furniture: the lines a news page wraps around an article that are not the article.

The phrase lists are data; each matcher is about what a line says and how long it is, never about
which site it came from. A line counts as furniture only when the whole (short) line is the phrase,
so a sentence that merely mentions "share" or "newsletter" stays in the body.
"""

from __future__ import annotations

import re

# Whole-line labels, case-insensitive.
AD_LABELS = [
    r"advertisement", r"advertising", r"ad", r"sponsored(?: content)?", r"paid (?:post|content)",
    r"promoted(?: content)?", r"story continues below(?: advertisement)?",
    r"article continues below(?: advertisement)?", r"continue reading(?: (?:the )?main story)?",
    r"scroll to continue(?: with content)?", r"report an ad",
]
PROMO_LINES = [
    # "Get more with Courier Premium": the offer is named, so its words are capitalised.
    r"get (?:more|the most|even more) (?:with|from|out of) (?-i:[A-Z]\S*(?:\s+[A-Z0-9+]\S*){0,4})",
    r"learn more", r"find out more", r"read the full story",
    r"sign up(?: now| here| today)?", r"sign up (?:for|to) .{0,60}", r"subscribe(?: now| today| here)?",
    r"subscribe (?:to|for|from) .{0,60}", r"subscribe\s*[-–—:|]\s*.{0,60}",
    r"already (?:a subscriber|a member|have an account|registered)\??.{0,40}",
    r"log ?in", r"sign in", r"register(?: now)?", r"download (?:the|our) .{0,30}app.{0,30}",
    r"follow us on .{0,40}", r"get the latest .{0,60}", r"support (?:our|independent) journalism.{0,40}",
    r"(?:a |your )?personali[sz]ed news feed.{0,60}", r"(?:\w+ )?newsletters?", r"newsletters?\s*[:|–—-]\s*.{0,80}",
    r"(?:get|sign up for|subscribe to) .{0,40}newsletter.{0,40}", r"try .{0,30}free(?: for .{0,20})?",
    r"want more .{0,60}\?", r"thanks? (?:you )?for (?:signing up|subscribing)\b.{0,80}",
    r".{0,80}\b(?:to|in|into) your inbox\b.{0,60}",
    r"click here.{0,60}", r"tap here.{0,60}", r"gift this article", r"listen to this article",
    r"\d+\s*min(?:ute)?s? (?:read|listen)", r"reading time:? .{0,20}",
]
# Subscription pitches: what the offer includes, what it costs, how to start it. Some open like a
# sentence could ("Unlimited access ..."), so they count only when the line does not end like one.
PITCH_LINES = [
    r"unlimited (?:digital )?(?:access|articles|reading|stories)\b.{0,80}",
    r"(?:start|begin|claim|get|try) (?:your |a |our )?(?:\d+[- ](?:day|week|month)[- ])?free trial.{0,40}",
    r"(?:start|begin) your (?:subscription|membership).{0,40}", r"cancel any ?time.{0,30}",
    r"(?:become|join as|join us as) a (?:member|subscriber|supporter).{0,40}",
    r"(?:only |just )?[$£€¥]\s?\d[\d.,]*\s?(?:a|per|/)\s?(?:week|month|year).{0,40}",
    r"\d+ (?:weeks?|months?) (?:for (?:free|[$£€¥]\s?\d[\d.,]*|the price of \w+)).{0,40}",
    r"(?:see|view|compare) (?:all )?(?:subscription )?(?:plans|offers|packages).{0,20}",
]
SHARE_WORDS = {
    "share", "shares", "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram",
    "reddit", "pinterest", "email", "e-mail", "mail", "print", "copy", "link", "copy link",
    "link copied", "comment", "comments", "save", "bookmark", "messenger", "wechat", "weibo",
    "flipboard", "share this", "share this article", "share this story", "share on facebook",
    "share on twitter", "share via email", "whatsapp share",
}
NAVIGATION_LINES = [
    r"skip to (?:main )?content", r"back to top", r"menu", r"close", r"search", r"home",
    r"(?:play |watch )?video", r"watch live", r"loading\W*", r"image", r"photo", r"gallery",
    r"\d+ comments?", r"view comments?", r"\d+ of \d+", r"show comments?", r"more", r"next", r"previous",
    r"topics?", r"tags?", r"(?:\w+ (?:&|and) )?(?:topics?|tags?):.{0,80}",  # "Industries & Tags: A, B"
    # a cookie banner's buttons
    r"accept(?: all(?: cookies)?)?", r"(?:reject|decline)(?: all| non-essential)?", r"i agree", r"agree", r"ok", r"got it!?",
    r"(?:cookie )?(?:settings|preferences)", r"manage (?:preferences|cookies|settings|choices)", r"more options",
]
# Labels that open a list of links to other stories; the title-like lines after them go too.
RELATED_LIST_LABELS = [
    r"read more", r"related(?: \w+){0,2}",  # "Related stories", "Related analysis", "Related reading"
    r"more on this (?:story|topic)", r"recommended(?: for you| reading)?", r"you may also like",
    r"you might also like", r"also read", r"see also", r"most (?:read|popular|viewed)",
    r"trending(?: now| this week| today)?", r"top stories", r"don'?t miss", r"(?:read|up) next",
    r"more (?:stories|news|articles)(?: like this)?", r"popular (?:now|today|stories)", r"editor'?s picks", r"more from .{1,40}", r"further reading",
]
# "Read more: <headline>" carries its link on the same line.
INLINE_RELATED = re.compile(
    r"^(?:read more|related|also read|see also|read also|recommended|more)\s*[:>»|–—-]\s*\S.*$",
    re.IGNORECASE,
)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
COPYRIGHT_HOLDER = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<holder>[^.©]+?)(?:\s*[.,]?\s*all rights reserved.*)?\.?$",
    re.IGNORECASE,
)
LEGAL_SUFFIXES = re.compile(
    r"(?:\s+(?:Publishers?|Publishing|Ltd\.?|Limited|Inc\.?|LLC|Corp\.?|Corporation|Group|Co\.?|plc))+$"
)
PRINT_EDITION = re.compile(
    r"^(?:This|The) (?:article|story) (?:first )?appeared in (?:the )?(?P<publication>.+?)"
    r"(?:'s|’s)? print edition (?:on .{1,30} )?as:?\s*(?P<headline>.+?)\s*$",
    re.IGNORECASE,
)
PRINT_VERSION = re.compile(
    r"^A version of this (?:article|story) appear(?:s|ed) in print .{1,120}?"
    r"with the headline:?\s*(?P<headline>.+?)\.?\s*$",
    re.IGNORECASE,
)
# "Appeared in the December 6, 2024, print edition as 'X Secures Grant'." (a dated print footer)
PRINT_DATED = re.compile(
    r"^Appeared in the (?:[\w ,]{1,40}? )?print edition(?: of .{1,40}?)? as:?\s*['‘\"“]?(?P<headline>.+?)['’\"”]?\.?\s*$",
    re.IGNORECASE,
)
# Wire-story credits at the foot: "(Reporting by Jane Doe; Editing by John Roe)".
WIRE_CREDIT = re.compile(
    r"^\(?(?:(?:Additional )?Reporting|Writing|Editing|Compiled|Research|Graphics) by .{2,200}\)?\.?$",
    re.IGNORECASE,
)
WIRE_REPORTERS = re.compile(r"(?:^|[;(]\s*)(?:Reporting|Writing) by (?P<names>[^;)]+)", re.IGNORECASE)


def _whole_line(patterns: list[str]) -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(patterns) + r")[\s.:!»>›]*$", re.IGNORECASE)


AD_LABEL = _whole_line(AD_LABELS)
PROMO_LINE = _whole_line(PROMO_LINES)
PITCH_LINE = _whole_line(PITCH_LINES)
SENTENCE_END = re.compile(r"\w{2,}[.][\"'”’)]*$")
NAVIGATION_LINE = _whole_line(NAVIGATION_LINES)
RELATED_LIST_LABEL = _whole_line(RELATED_LIST_LABELS)
MAX_FURNITURE_WORDS = 14


def is_share_line(line: str) -> bool:
    """"Share", "Tweet", "Facebook Twitter WhatsApp", "Share | Email | Print"."""
    lowered = line.lower().strip(" .:|")
    if lowered in SHARE_WORDS:
        return True
    parts = [p for p in re.split(r"[\s|/•·,:]+", lowered) if p]  # "Share: LinkedIn | X | Email"
    return len(parts) >= 2 and all(p in SHARE_WORDS for p in parts)


def is_promo_line(line: str) -> bool:
    """A promo, newsletter or subscription line: "Get more with X Premium", "Sign up for ...",
    "Unlimited articles and our daily podcast", "Start your free trial", "Subscribe for $1 a week"."""
    if len(line.split()) > MAX_FURNITURE_WORDS:
        return False
    return bool(PROMO_LINE.match(line)) or (
        bool(PITCH_LINE.match(line)) and not (SENTENCE_END.search(line) and len(line.split()) > 5)
    )


# A cookie banner speaks to the reader about the site's cookies and asks for consent; the words
# must all be there, so an article about cookies stays in the body.
COOKIE_NOTICE = re.compile(
    r"^(?=.*\bcookies?\b)(?=.*\b(?:we|our|us|you|your|this (?:web)?site)\b)"
    r"(?=.*\b(?:accept\w*|agree\w*|consent|ok|close|got it|settings|preferences|manage|learn more|"
    r"find out more|privacy|policy|decline|reject|choices|options)\b)",
    re.IGNORECASE,
)
COOKIE_NOTICE_MAX_WORDS = 50
MENU_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s*\[|\]\s*")
MENU_ITEM_MAX_WORDS = 4


def is_cookie_notice(line: str) -> bool:
    """"We use cookies to improve your experience. Accept | Settings"."""
    return len(line.split()) <= COOKIE_NOTICE_MAX_WORDS and bool(COOKIE_NOTICE.match(line))


def is_menu_line(line: str) -> bool:
    """A site's menu or footer links: three or more short items between bars ("Markets | Economy |
    Companies", "Privacy | Cookies | Terms"), or two that are each furniture ("Sign in | Subscribe
    to Pro"). A date or a byline among the items makes the line a stamp, which is read first."""
    items = [item.strip() for item in MENU_SEPARATOR.split(line) if item.strip()]
    # ("Search... | Log in": a search box's dots end no sentence)
    if len(items) < 2 or any(len(item.split()) > MENU_ITEM_MAX_WORDS
                             or (item.endswith((".", "?", "!")) and not item.endswith(("...", "…")))
                             for item in items):
        return False
    return len(items) >= 3 or all(is_furniture_line(item) for item in items)


def is_furniture_line(line: str) -> bool:
    """Ad labels, promo and newsletter lines, share buttons, navigation, copyright lines, cookie
    banners, blobs."""
    if is_cookie_notice(line):
        return True
    if len(line.split()) > MAX_FURNITURE_WORDS and not COPYRIGHT.search(line):
        return False
    return is_blob(line) or bool(
        AD_LABEL.match(line)
        or is_promo_line(line)
        or NAVIGATION_LINE.match(line)
        or is_share_line(line)
        or INLINE_RELATED.match(line)
        or COPYRIGHT.search(line)
    )


# No word of prose runs this long; base64 data, hashes, tokens and bare links do (written in ASCII:
# Chinese, Japanese or Thai prose runs on without spaces too).
BLOB_TOKEN = re.compile(r"[!-~]{60,}")


def is_blob(line: str) -> bool:
    """A line mostly of unbroken runs of 60 or more characters: pasted data ("iVBORw0KGgo..."), a
    token or a bare link, no words of the article (the entity model reads such runs as names)."""
    return sum(len(run) for run in BLOB_TOKEN.findall(line)) > len(line) / 2


# Code that leaks out of <script> and <noscript> blocks into the page text.
CODE_MARKERS = re.compile(
    r"</?(?:script|noscript|div|span|iframe)\b|\bfunction\s*\(|\bwindow\.\w|\bdocument\.\w+\(|=>|\{\s*\"\w+\"\s*:"
)
CODE_CHARACTERS = re.compile(r"[{};=<>]")
# The reporter's contact line at the foot: "Write to Jane Doe at jane@example.com", "Follow him on X".
CONTACT_LINE = re.compile(
    r"^(?:write to|e-?mail|contact|reach|follow|have a (?:news )?tip\??)\b.{0,200}"
    r"(?:@|\b(?:twitter|x|facebook|instagram|linkedin|bluesky|threads)\b)",
    re.IGNORECASE,
)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
CONTACT_MAX_WORDS = 40


def looks_like_code(line: str) -> bool:
    """Script or markup rather than prose: code markers, or a line dense in code punctuation."""
    if CODE_MARKERS.search(line):
        return True
    letters = sum(c.isalpha() for c in line)
    return len(line) >= 40 and len(CODE_CHARACTERS.findall(line)) > 0.1 * max(letters, 1)


def is_contact_line(line: str) -> bool:
    """A short line that gives the writer's e-mail address or social handle ("Write to Jane Doe at
    jane@example.com", "Follow us on X @Example", "Contact reporter Ann Poe at ann@example.org")."""
    if len(line.split()) > CONTACT_MAX_WORDS:
        return False
    return bool(CONTACT_LINE.match(line)) or (bool(EMAIL.search(line)) and len(line.split()) <= 20)


def wire_reporters(line: str) -> str | None:
    """The "Reporting by ..." names of a wire credit line, or None when the line is not one."""
    if not WIRE_CREDIT.match(line):
        return None
    return "; ".join(m.group("names") for m in WIRE_REPORTERS.finditer(line))


def is_related_list_label(line: str) -> bool:
    return bool(RELATED_LIST_LABEL.match(line))


def copyright_holder(line: str) -> str | None:
    """"© 2017 Northern Ledger Publishing Ltd. All rights reserved." -> "Northern Ledger"."""
    if not COPYRIGHT.search(line) or len(line.split()) > 20:
        return None
    match = COPYRIGHT_HOLDER.match(line.strip())
    if not match:
        return None
    holder = LEGAL_SUFFIXES.sub("", match.group("holder").strip(" ,.©"))
    return holder if holder and holder[0].isupper() and len(holder.split()) <= 6 else None


def print_edition(line: str) -> tuple[str | None, str] | None:
    """(publication, print headline) from a print-edition footer."""
    match = PRINT_EDITION.match(line) or PRINT_VERSION.match(line) or PRINT_DATED.match(line)
    if not match:
        return None
    publication = match.groupdict().get("publication")
    return (publication.strip() if publication else None), match.group("headline").strip()
