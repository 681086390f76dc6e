"""Bylines and author names: "By Jane Doe and John Roe", "Jane Doe | Reuters", ["A, B"]."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

# News and photo agencies: a credit that names one of these is a source, not a person.
AGENCIES = {
    "reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP", "ap": "AP",
    "associated press": "Associated Press", "the associated press": "Associated Press",
    "bloomberg": "Bloomberg", "xinhua": "Xinhua", "kyodo": "Kyodo", "yonhap": "Yonhap",
    "pa": "PA", "press association": "PA", "dpa": "dpa", "efe": "EFE", "ansa": "ANSA",
    "tass": "TASS", "interfax": "Interfax", "upi": "UPI", "aap": "AAP", "pti": "PTI", "ani": "ANI",
    "ians": "IANS", "bernama": "Bernama", "anadolu": "Anadolu", "cna": "CNA", "epa": "EPA",
    "epa-efe": "EPA-EFE", "getty": "Getty Images", "getty images": "Getty Images",
}

# Words that make a byline part an organisation rather than a person's name.
ORGANISATION_WORDS = {
    "agency", "agencies", "news", "press", "times", "post", "daily", "herald", "journal", "tribune",
    "media", "network", "service", "wire", "desk", "bureau", "team", "online", "digital", "group",
    "ltd", "inc", "images", "magazine", "radio", "television", "tv",
    # newspaper titles: a masthead in the byline markup is no co-author ("Worcester Telegram")
    "gazette", "telegram", "telegraph", "chronicle", "courier", "observer", "examiner", "inquirer",
    "enquirer", "dispatch", "bulletin", "sentinel", "globe",
}
# Words of job titles and labels, which are neither a name nor a source.
ROLE_WORDS = {
    "staff", "reporter", "reporters", "correspondent", "correspondents", "writer", "writers",
    "editor", "editors", "contributor", "contributors", "columnist", "chief", "senior", "special",
    "opinion", "analysis", "updated", "published", "photo", "photos", "by", "the", "for", "with",
    "contributing", "associate", "assistant", "deputy", "managing", "executive", "freelance", "guest",
}
NON_PERSON_WORDS = ORGANISATION_WORDS | ROLE_WORDS
# The jobs that close a byline's "Names, <job>" ("Jane Doe, Staff Reporter").
BYLINE_JOBS = {"reporter", "reporters", "correspondent", "correspondents", "writer", "writers",
               "editor", "editors", "columnist", "contributor", "contributors"}

NAME_PARTICLES = {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le",
                  "bin", "binti", "al", "el", "ibn", "dos", "das", "ter", "ten", "y"}

# Degrees and credentials after a name: "Ann Poe MS, RDN", "John Roe, PhD".
CREDENTIALS = re.compile(
    r"(?:,?\s+(?:MD|PhD|Ph\.D\.|MS|MSc|MA|MBA|RD|RDN|LD|CDN|CDCES|RN|DO|DDS|MPH|JD|CPA|CFA))+$"
)
NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z]?\.|[A-Z][\w'’\-]*[\w.]|[A-Z])$", re.UNICODE)
BYLINE_PREFIX = re.compile(r"^(?:By|BY|Written by|Words by|Reporting by|Text by|Story by)\s+(?=\S)")
# An agency in brackets after the names: "By Jane Doe (AFP)".
BRACKETED_AGENCY = re.compile(r"\s*\((?P<agency>[^()]{2,40})\)\s*$")
LOCATION_SUFFIX = re.compile(r"\s+(?i:in|at|from)\s+[A-Z][\w .'’-]*$")
NAME_SEPARATORS = re.compile(r"\s*(?:,|;|\band\b|&|\||·|•)\s*")
# Share, follow and profile buttons whose labels run into the name in the byline's text ("Jane Doe
# Link Copied", "Jane Doe Follow", "Jane Doe View profile"). Words that are also surnames ("More",
# "Read") are left out.
WIDGET_WORDS = {
    "link", "copied", "copy", "share", "follow", "following", "email", "e-mail", "print", "tweet", "subscribe",
    "twitter", "facebook", "linkedin", "instagram", "view", "profile", "bio", "posts", "articles",
}
WIDGET_TAIL = re.compile(rf"(?:\s+(?i:{'|'.join(sorted(WIDGET_WORDS))}))+$")
# A button's whole label ("View More", "See all posts") is no name, though "More" may be a surname.
LABEL_WORDS = WIDGET_WORDS | {"more", "all", "read", "see"}
# Job titles written after the name with no separator ("Jane Doe Senior Editor"); "X Staff" is an
# organisation's credit, not a person with a title.
_ROLES = "|".join(sorted(ROLE_WORDS - {"by", "the", "for", "with"}))
_LAST_ROLES = "|".join(sorted(ROLE_WORDS - {"by", "the", "for", "with", "staff"}))
ROLE_TAIL = re.compile(rf"(?:\s+(?i:{_ROLES}))*\s+(?i:{_LAST_ROLES})$")
# An agency written after the person with no separator ("Jane Doe The Associated Press").
AGENCY_NAMES = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
AGENCY_TAIL = re.compile(rf"\s+(?P<agency>(?i:(?:the\s+)?(?:{AGENCY_NAMES})))$")


def is_person_name(text: str) -> bool:
    """Two to five name-shaped tokens ("Jane Doe", "Carlos de la Vega", "J. R. Hartley"), none of
    which marks an organisation or a job title."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or text.lower() in AGENCIES or all(t.lower() in LABEL_WORDS for t in tokens):
        return False
    capitalised = 0
    for token in tokens:
        if token.lower().strip(".") in NON_PERSON_WORDS:
            return False
        if token.lower() in NAME_PARTICLES:
            continue
        if not NAME_TOKEN.match(token):
            return False
        capitalised += 1
    return capitalised >= 2


def tidy_name(name: str) -> str:
    """Collapse whitespace; title-case a name written in capitals ("JANE DOE" -> "Jane Doe")."""
    name = CREDENTIALS.sub("", " ".join(unescape(name).split())).strip(" ,;:-–—")
    name = WIDGET_TAIL.sub("", name)
    if name.isupper() and len(name) > 3:
        name = " ".join(part.capitalize() if len(part) > 2 else part for part in name.title().split())
    return name


def agency_name(text: str) -> str | None:
    return AGENCIES.get(text.strip().lower())


def agency_author(text: str) -> str | None:
    """The agency an author field or byline names alone ("By The Associated Press", "Reuters"):
    the author of a wire story no person signs."""
    return agency_name(BYLINE_PREFIX.sub("", " ".join(unescape(text).split())))


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    credit: str | None = None  # an agency or organisation named in the byline


def split_names(text: str) -> list[str]:
    """Author names from a free-form author field: "By A and B", "A, B", "A; B". Parts that are not
    person-shaped (job titles, organisations) are dropped."""
    return parse_byline_parts(BYLINE_PREFIX.sub("", unescape(text).strip())).authors


def parse_byline_parts(text: str) -> Byline:
    byline = Byline()
    for part in NAME_SEPARATORS.split(text):
        part = tidy_name(LOCATION_SUFFIX.sub("", part.strip()))
        if not part:
            continue
        if not is_person_name(part) and (tail := AGENCY_TAIL.search(part)) and is_person_name(part[:tail.start()]):
            byline.credit = byline.credit or agency_name(tail.group("agency"))
            part = part[:tail.start()]
        if not is_person_name(part) and (role := ROLE_TAIL.search(part)) and is_person_name(part[:role.start()]):
            part = part[:role.start()]
        if is_person_name(part):
            if part not in byline.authors:
                byline.authors.append(part)
        elif byline.credit is None and (agency_name(part) or _is_organisation(part)):
            byline.credit = agency_name(part) or part
    return byline


def _is_organisation(text: str) -> bool:
    """A short capitalised name with an organisation word in it ("Northern Ledger News")."""
    words = text.split()
    return (
        1 <= len(words) <= 6
        and all(w[0].isupper() or w.lower() in {"of", "the", "and", "for"} for w in words)
        and any(w.lower() in ORGANISATION_WORDS for w in words)
    )


def organisation_author(text: str) -> str | None:
    """The organisation an author field names instead of a person ("Field Level Media",
    "Northern Ledger Staff", "By The Associated Press"), None for a person or anything else."""
    text = BYLINE_PREFIX.sub("", " ".join(unescape(text).split()))
    if agency := agency_name(text):
        return agency
    if text.lower().endswith(" staff") and text[0].isupper() and len(text.split()) <= 4:
        return text
    return text if _is_organisation(text) and not is_person_name(text) else None


BYLINE_MAX_CHARACTERS = 300
BYLINE_EMAIL = re.compile(r"\s*[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?")


def names_alone(names: str) -> list[str]:
    """The authors of a byline part that holds nothing but their names ("Jane Doe and John Roe"),
    else none."""
    authors = parse_byline_parts(names).authors
    every = all(tidy_name(p) in authors for p in NAME_SEPARATORS.split(names) if p.strip())
    return authors if every else []


def parse_byline_line(line: str) -> Byline | None:
    """A standalone byline line, or None. "By ..." lines and "Names | Source" lines qualify; a line
    is never a byline when it reads like a sentence."""
    if len(line.split()) > 16 or len(line) > BYLINE_MAX_CHARACTERS:
        return None
    line = BYLINE_EMAIL.sub("", line)  # "By Lee Soo-min (smlee@example.co.kr)"
    if line.rstrip().endswith((".", "?", "!")) and not line.rstrip().endswith(" Jr."):
        return None  # it reads like a sentence
    prefixed = BYLINE_PREFIX.match(line)
    if prefixed:
        names = line[prefixed.end():]
        bracketed = BRACKETED_AGENCY.search(names)
        agency = agency_name(bracketed.group("agency")) if bracketed else None
        byline = parse_byline_parts(names[:bracketed.start()] if agency else names)
        byline.credit = byline.credit or agency
        return byline if byline.authors or byline.credit else None
    names, _, source = line.rpartition(",")
    if agency_name(source) and (authors := names_alone(names)):
        return Byline(authors, agency_name(source))  # "Jane Doe and John Roe, Reuters"
    if (role := source.split()) and role[-1].lower() in BYLINE_JOBS and (authors := names_alone(names)):
        # "Jane Doe and John Roe, Asia Ledger staff writers": names and their job, with the
        # paper named before "staff"
        lowered = [word.lower() for word in role]
        paper = " ".join(role[:lowered.index("staff")]) if "staff" in lowered else ""
        return Byline(authors, paper or None)
    if "|" in line:
        names, _, source = line.rpartition("|")
        names_parsed = parse_byline_parts(names)
        source = source.strip()
        if names_parsed.authors and len(source.split()) <= 5 and not NAME_SEPARATORS.sub("", names).islower():
            leftovers = [p for p in NAME_SEPARATORS.split(names) if p.strip()
                         and tidy_name(p) not in names_parsed.authors]
            if not leftovers:  # "Jane Doe | Staff Writer": a job title, no source
                is_title = all(word.lower() in ROLE_WORDS for word in source.split())
                return Byline(names_parsed.authors, agency_name(source) or (None if is_title else source))
    return None


BARE_NAME_SEPARATORS = re.compile(r"\s*(?:,\s*and\b|,|\band\b|&)\s*")


def bare_names(line: str) -> list[str] | None:
    """The names of a line that is nothing but person names ("Jane Doe and John Roe",
    "Jane Doe, John Roe & Ann Poe"), None when any part is something else. Such a line is a
    byline only by where it sits (next to a date stamp, right under the headline)."""
    if len(line.split()) > 16 or re.search(r"[.!?:;|]$", line.strip()):
        return None
    parts = [p.strip() for p in BARE_NAME_SEPARATORS.split(line.strip())]
    if not parts or len(parts) > 4 or any(not p for p in parts):
        return None
    names = []
    for part in parts:
        if not is_person_name(part) or part.isupper():
            return None
        names.append(tidy_name(part))
    return names
