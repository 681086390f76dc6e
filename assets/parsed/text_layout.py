"""Layout parser for plain text copied off a news page.

Copied text keeps the page's reading order but loses its markup, so the parts of the page are told
apart by layout and language alone: how long a line is, how it ends, where it sits, how it is
capitalised, and whether it repeats another line. The steps:

1. split the text into units (lines, or hard-wrapped blocks joined back into paragraphs);
2. label the units that announce themselves: furniture, print-edition footer, date stamps, bylines,
   captions, breadcrumbs, related-link lists;
3. find pull quotes: standalone lines that repeat (nearly) verbatim a sentence of another paragraph;
4. the body starts at the first prose unit; the header above it yields headline and section;
5. the tail loses stray short lines, then an author bio, and the first paragraph loses its dateline.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from assets.parsed.budget import check_time_budget
from assets.parsed.bylines import (
    AGENCIES,
    Byline,
    agency_name,
    bare_names,
    is_person_name,
    parse_byline_line,
    split_names,
)
from assets.parsed.captions import caption_from_line, credit_only
from assets.parsed.dates import parse_stated_date
from assets.parsed.furniture import (
    copyright_holder,
    is_furniture_line,
    is_menu_line,
    is_promo_line,
    is_share_line,
    is_related_list_label,
    print_edition,
    wire_reporters,
)
from assets.parsed.model import Caption, ParsedArticle, mostly_letters

HEADLINE_MAX_WORDS = 16
HEADLINE_MIN_WORDS = 4  # preferred, not required
KICKER_MAX_WORDS = 6
CAPTION_MAX_WORDS = 60
BIO_MAX_WORDS = 70
STRAY_TAIL_MAX_WORDS = 6
PULL_QUOTE_MIN_WORDS = 6
PULL_QUOTE_MIN_SIMILARITY = 90  # rapidfuzz partial_ratio, 0-100
SHINGLE_WORDS = 3
SHINGLE_MIN_SHARE = 0.3  # a near-verbatim repeat keeps most word triples even with a word changed
SHINGLE_MAX_UNITS = 20

SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of",
               "on", "or", "the", "to", "up", "vs", "via", "with"}
TITLE_WORDS = {"president", "minister", "prime", "premier", "secretary", "general", "chairman",
               "chairwoman", "governor", "senator", "king", "queen", "prince", "mr", "mrs", "ms",
               "mayor", "ambassador", "chancellor", "judge", "commissioner", "spokesman",
               "spokeswoman", "chief"}

# Capitalised only because they open a sentence: "Although Angels is a good song ..." is no bio.
SENTENCE_OPENERS = {"although", "while", "but", "and", "if", "when", "as", "after", "before",
                    "however", "since", "because", "so", "yet", "meanwhile", "this", "that", "these",
                    "those", "the", "it", "there", "here", "what", "why", "how", "now", "then",
                    "today", "perhaps", "whether", "even", "still", "such", "every", "each"}

PROSE_END = re.compile(r"[.…][\"'”’)\]]*$")
QUESTION_END = re.compile(r"[?!][\"'”’)\]]*$")
STAMP_LABEL = re.compile(
    r"^(?P<label>(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?)\s*:?\s*",
    re.IGNORECASE,
)
SEGMENT_SEPARATOR = re.compile(r"\s+[|·•]\s+")
BREADCRUMB_SEPARATOR = re.compile(r"\s+[›»>/]\s+")
LIST_ITEM = re.compile(r"^(?:[-–•*·]|\d+[.)])\s")
WORD = re.compile(r"\w+")
QUOTE_MARKS = "\"'“”‘’«»"
ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|van|von|der|al|bin|la|le)){1,3}"
BIO_OPENING = re.compile(rf"^(?P<name>{_NAME})\s+(?:is|was|has been|writes|covers|reports)\b")
GENERIC_BIO = re.compile(rf"^(?P<name>{_NAME})\s+is\s+(?:a|an|the)\s")
WRITER_BIO = re.compile(r"^The (?:writer|author|columnist)s?\s+(?:is|are|was|were)\s", re.IGNORECASE)
WEEKDAYS = frozenset(day.lower() for day in calendar.day_name)
_MONTH = (r"(?i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)")
# "June 8", "JUNE 8, 2017", "8 June", "8 June 2017"
_DATELINE_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
DATELINE = re.compile(
    r"^(?P<dateline>(?P<place>[A-Z][\w.'’-]*(?:[ -][A-Za-z][\w.'’-]*|/[A-Z][\w.'’-]*){0,3})"
    r"(?P<region>(?:,\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}){0,2}?)"
    rf"(?:,\s*(?P<date>{_DATELINE_DATE}))?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\))?)"
    r"\s*(?:--?|–|—)\s+(?=[A-Z“\"‘'])"
)


@dataclass
class Unit:
    """One line or paragraph of the copied page and what the parser has decided it is."""

    text: str
    kind: str = "text"  # text | furniture | caption | byline | stamp | print | breadcrumb | quote
    block: int = 0  # which blank-line-separated block of the page the unit came from

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Findings:
    """What the labelling pass learnt from the units it set aside."""

    bylines: list[Byline] = field(default_factory=list)
    stamps: dict[str, str] = field(default_factory=dict)  # published | updated | date -> ISO
    captions: list[Caption] = field(default_factory=list)
    print_headline: str | None = None
    print_publication: str | None = None
    copyright_holder: str | None = None
    wire_reporters: list[str] = field(default_factory=list)
    breadcrumb_section: str | None = None


def normalise_whitespace(text: str) -> str:
    return " ".join(text.split())


def _is_wrapped_block(lines: list[str]) -> bool:
    """Hard-wrapped prose: several lines of similar width where the text runs on across lines."""
    if len(lines) < 2:
        return False
    width = max(len(line) for line in lines)
    if not 40 <= width <= 100:
        return False
    runs_on = sum(not PROSE_END.search(line) for line in lines[:-1])
    if not (all(len(line) >= 0.6 * width for line in lines[:-1]) and runs_on >= (len(lines) - 1) / 2):
        return False
    # A line that announces itself (date stamp, byline, furniture) is an element of its own, so
    # the block is a stack of page elements, not one paragraph wrapped across lines.
    return not any(_announces_itself(line) for line in lines)


def _announces_itself(line: str) -> bool:
    return bool(
        len(line.split()) <= 16 and parse_stamp(line)
        or parse_byline_line(line)
        or bare_names(line)
        or is_furniture_line(line)
    )


# Unicode's paragraph separator, and the line breaks text may carry besides "\n": Windows' and old
# Macs' carriage returns, Unicode's line separator, vertical tab, form feed, next line.
PARAGRAPH_SEPARATOR = re.compile("\u2029")
LINE_BREAK = re.compile("\r\n|[\r\u2028\x0b\x0c\x85]")


def as_newlines(text: str) -> str:
    """Text with every paragraph separator a blank line and every other line break "\n"."""
    return LINE_BREAK.sub("\n", PARAGRAPH_SEPARATOR.sub("\n\n", text))


def split_units(text: str) -> list[Unit]:
    """Blocks are separated by blank lines; a block is one paragraph when it is hard-wrapped prose,
    otherwise each of its lines stands alone (copied pages put one element per line)."""
    units = []
    blocks = re.split(r"\n\s*\n", as_newlines(text))
    for number, block in enumerate(blocks):
        check_time_budget()
        lines = [normalise_whitespace(line) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if _is_wrapped_block(lines):
            units.append(Unit(" ".join(lines), block=number))
        else:
            units.extend(Unit(line, block=number) for line in lines)
    return units


def is_prose(text: str) -> bool:
    """Reads like running text rather than a title or a label."""
    words = len(text.split())
    return (
        words >= 20
        or (words >= 6 and bool(PROSE_END.search(text)))
        or (words >= HEADLINE_MAX_WORDS and bool(QUESTION_END.search(text)))
    )


def is_title_cased(text: str) -> bool:
    words = [w for w in re.findall(r"[\w'’-]+", text) if w.lower() not in SMALL_WORDS]
    if not words:
        return False
    return text.isupper() or sum(w[0].isupper() or w[0].isdigit() for w in words) / len(words) >= 0.8


def is_title_like(text: str) -> bool:
    return not is_prose(text) and not text.endswith((",", ";")) and len(text.split()) <= 25


def is_kicker_like(text: str) -> bool:
    return (
        len(text.split()) <= KICKER_MAX_WORDS
        and not re.search(r"[.,;:!?]$", text)
        and is_title_cased(text)
    )


TIME_ONLY = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{1,4})?\s*$", re.IGNORECASE)


def is_place_name(text: str) -> bool:
    """One to three capitalised words without figures: a place a stamp line may name."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(w[0].isupper() for w in words) and not any(c.isdigit() for c in text)


def parse_stamp(line: str) -> dict[str, str] | None:
    """{"published"|"updated"|"date": ISO} for a date-stamp line ("Published: 8 June 2017 | Updated
    10:15am, 9 Jun 2017", "June 8, 2017"), None when the line is anything else."""
    whole = parse_stated_date(line, whole=True)
    if whole:
        return {"date": whole}
    stamps = {}
    placed = False
    for segment in SEGMENT_SEPARATOR.split(line):
        label = STAMP_LABEL.match(segment)
        value = parse_stated_date(segment[label.end():] if label else segment, whole=True)
        if value is None and (is_furniture_line(segment) or label and TIME_ONLY.match(segment[label.end():])):
            continue  # "29 April 2025 | 5 min read", "June 2, 2025 | Updated 11:40 a.m. ET"
        if value is None and not label and not placed and is_place_name(segment):
            placed = True  # "Bogotá | 29 April 2025": where the story was filed
            continue
        if value is None:
            return None
        kind = "date"
        if label:
            kind = "updated" if re.search(r"updated|modified", label.group("label"), re.I) else "published"
        stamps.setdefault(kind, value)
    return stamps or None


def _label_byline_with_stamp(unit: Unit, findings: Findings) -> bool:
    """"By Jane Doe | 8 June 2017": a byline and a stamp sharing one line."""
    segments = SEGMENT_SEPARATOR.split(unit.text)
    if len(segments) < 2:
        return False
    stamps = [(s, stamp) for s in segments if (stamp := parse_stamp(s))]
    dates = [s for s, _ in stamps]
    names = [s for s in segments if s not in dates]
    byline = parse_byline_line(" | ".join(names)) if dates and names else None
    if byline is None:
        return False
    findings.bylines.append(byline)
    for _, stamp in stamps:
        for kind, value in stamp.items():
            findings.stamps.setdefault(kind, value)
    unit.kind = "byline"
    return True


def _breadcrumb_section(text: str) -> str | None:
    """"News › Asia › Central Asia" -> "Central Asia"."""
    parts = BREADCRUMB_SEPARATOR.split(text)
    # three levels or more need no capitals ("Home > Newsroom > Media releases > 2025")
    if len(parts) >= 2 and all(1 <= len(p.split()) <= 4 and not PROSE_END.search(p) for p in parts) and (
            len(parts) >= 3 or all(is_title_cased(p) for p in parts)):
        return next((p for p in reversed(parts) if not p.isdigit()), parts[-1])
    return None


def label_units(units: list[Unit]) -> Findings:
    """Label every unit that announces itself by its wording; collect what the labels carry."""
    findings = Findings()
    in_related_list = False
    for index, unit in enumerate(units):
        check_time_budget()
        text = unit.text
        if in_related_list and not is_prose(text):
            unit.kind = "furniture"
            continue
        in_related_list = False
        footer = print_edition(text)
        stamp = parse_stamp(text) if unit.words <= 16 else None
        byline = parse_byline_line(text)
        caption = caption_from_line(text) if unit.words <= CAPTION_MAX_WORDS else None
        reporters = wire_reporters(text)
        if footer:
            unit.kind = "print"
            findings.print_publication, findings.print_headline = footer
        elif reporters is not None:
            unit.kind = "furniture"
            findings.wire_reporters.extend(split_names(reporters))
        elif is_related_list_label(text):
            unit.kind = "furniture"
            in_related_list = True
        elif is_furniture_line(text):
            unit.kind = "furniture"
            findings.copyright_holder = findings.copyright_holder or copyright_holder(text)
        elif stamp:
            unit.kind = "stamp"
            for kind, value in stamp.items():
                findings.stamps.setdefault(kind, value)
        elif byline:
            unit.kind = "byline"
            findings.bylines.append(byline)
        elif _label_byline_with_stamp(unit, findings):
            pass
        elif caption:
            unit.kind = "caption"
            findings.captions.append(caption)
        elif (credit := credit_only(text)) is not None:
            unit.kind = "furniture"
            previous = units[index - 1] if index else None
            if previous and previous.kind == "text" and previous.words <= CAPTION_MAX_WORDS:
                previous.kind = "caption"
                findings.captions.append(Caption(previous.text, credit))
        elif (section := _breadcrumb_section(text)) is not None:
            unit.kind = "breadcrumb"
            findings.breadcrumb_section = findings.breadcrumb_section or section
        elif is_menu_line(text):
            unit.kind = "furniture"
    _label_sandwiched_promos(units)
    return findings


def _label_sandwiched_promos(units: list[Unit]) -> None:
    """A short sentence-case line between two furniture lines is the promo's tagline
    ("Get more with X" / "A feed of stories that matter to you" / "Learn more")."""
    for previous, unit, following in zip(units, units[1:], units[2:]):
        if (
            unit.kind == "text"
            and previous.kind == following.kind == "furniture"
            and unit.words <= 15
            and not is_prose(unit.text)
            and not is_title_cased(unit.text)
        ):
            unit.kind = "furniture"


# Words a promo's tagline uses to address the reader and pitch the offer.
PROMO_VOCABULARY = re.compile(
    r"\b(?:you|your|yours|our|us|free|inbox|newsletters?|podcasts?|briefings?|digests?|"
    r"subscri\w+|members?|membership|premium|unlimited|exclusive|offers?|trial|archive|"
    r"join|start|try|claim|unlock|discover|explore|upgrade)\b",
    re.IGNORECASE,
)
PROMO_BLOCK_LINE_MAX_WORDS = 15


def _promo_material(unit: Unit) -> bool:
    """Furniture, or a short line that does not end like a sentence (a tagline, a button)."""
    return unit.kind == "furniture" or (
        unit.kind == "text"
        and unit.words <= PROMO_BLOCK_LINE_MAX_WORDS
        and not PROSE_END.search(unit.text)
        and not QUESTION_END.search(unit.text)
    )


def _promo_runs(units: list[Unit]) -> list[list[int]]:
    """Maximal runs of consecutive promo-material units inside one blank-line block."""
    runs: list[list[int]] = []
    for index, unit in enumerate(units):
        if not _promo_material(unit):
            continue
        if runs and runs[-1][-1] == index - 1 and units[index - 1].block == unit.block:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def label_promo_blocks(units: list[Unit], body_start: int) -> None:
    """A promo box is a run of short non-sentence lines around at least one clear promo line
    ("Get more with X Premium" / "Unlimited articles and our daily podcast" / "Start your free
    trial"); its lines go as a whole. Lines between two furniture lines go; lines before the first
    or after the last go when they pitch to the reader (PROMO_VOCABULARY), or, below the headline
    area, when the run is the whole block. Kickers above the body are never taken."""
    for run in _promo_runs(units):
        furniture = [i for i in run if units[i].kind == "furniture"]
        if not any(is_promo_line(units[i].text) for i in furniture):
            continue
        first, last = furniture[0], furniture[-1]
        starts_block = run[0] == 0 or units[run[0] - 1].block != units[run[0]].block
        ends_block = run[-1] == len(units) - 1 or units[run[-1] + 1].block != units[run[-1]].block
        whole_block = starts_block and ends_block
        for index in run:
            unit = units[index]
            if unit.kind != "text":
                continue
            in_body = index >= body_start
            if not in_body and is_kicker_like(unit.text):
                continue
            pitches = bool(PROMO_VOCABULARY.search(unit.text))
            if first < index < last:
                unit.kind = "furniture"
            elif index > last and (ends_block or in_body) and (pitches or (in_body and whole_block)):
                unit.kind = "furniture"
            elif index < first and (starts_block or in_body) and (
                (pitches and not is_title_cased(unit.text)) or (in_body and whole_block)
            ):
                unit.kind = "furniture"


def _strip_quote_marks(text: str) -> str:
    return text.strip(QUOTE_MARKS + " ")


def _quote_pieces(candidate: str) -> list[str]:
    """The pieces of a would-be pull quote, split at ellipses (which mark cuts)."""
    return [p for p in ELLIPSIS.split(_strip_quote_marks(candidate)) if len(p.split()) >= 3]


def _repeats_within(pieces: list[str], other: str) -> bool:
    """Every piece is found nearly verbatim in `other`."""
    from rapidfuzz import fuzz

    other_folded = other.casefold()
    return bool(pieces) and all(
        len(piece) < len(other)
        and fuzz.partial_ratio(piece.casefold(), other_folded) >= PULL_QUOTE_MIN_SIMILARITY
        for piece in pieces
    )


def _shingles(text: str) -> set[int]:
    """Hashes of the text's runs of SHINGLE_WORDS consecutive words, case-folded."""
    words = WORD.findall(text.casefold())
    return {hash(tuple(words[i:i + SHINGLE_WORDS])) for i in range(max(len(words) - SHINGLE_WORDS + 1, 0))}


class ShingleIndex:
    """Which units contain which word triples, so that a would-be pull quote is compared only
    with the few paragraphs that share most of its words in order, not with every paragraph."""

    def __init__(self, units: list[Unit]):
        self.units = units
        self.postings: dict[int, list[int]] = {}
        for position, unit in enumerate(units):
            for shingle in _shingles(unit.text):
                self.postings.setdefault(shingle, []).append(position)

    def sharing(self, piece: str) -> set[int]:
        """Positions of units holding at least SHINGLE_MIN_SHARE of the piece's word triples
        (triples found in over SHINGLE_MAX_UNITS units are stock phrases and do not count)."""
        shingles = _shingles(piece)
        hits: dict[int, int] = {}
        for shingle in shingles:
            positions = self.postings.get(shingle, ())
            if len(positions) > SHINGLE_MAX_UNITS:
                continue
            for position in positions:
                hits[position] = hits.get(position, 0) + 1
        needed = max(1, SHINGLE_MIN_SHARE * len(shingles))
        return {position for position, count in hits.items() if count >= needed}


def label_pull_quotes(units: list[Unit]) -> list[str]:
    """Standalone lines that repeat a sentence of another paragraph. Of two identical paragraphs,
    the one without closing punctuation (or else the earlier one) is taken as the quote. Work is
    near-linear in the text's size: candidates come from a shingle index and a hash of texts."""
    texts = [u for u in units if u.kind == "text"]
    index = ShingleIndex(texts)
    same_text: dict[str, list[int]] = {}
    for position, unit in enumerate(texts):
        same_text.setdefault(_strip_quote_marks(unit.text), []).append(position)
    quotes = []
    for position, unit in enumerate(texts):
        check_time_budget()
        if unit.words < PULL_QUOTE_MIN_WORDS or LIST_ITEM.match(unit.text):
            continue
        pieces = _quote_pieces(unit.text)
        sources = set.intersection(*(index.sharing(piece) for piece in pieces)) if pieces else set()
        repeats = any(
            texts[other].kind == "text" and _repeats_within(pieces, texts[other].text)
            for other in sorted(sources - {position})
        )
        duplicate_of = [o for o in same_text[_strip_quote_marks(unit.text)] if o != position and texts[o].kind == "text"]
        if duplicate_of and not repeats:
            other = texts[duplicate_of[0]]
            repeats = not PROSE_END.search(unit.text) or bool(PROSE_END.search(other.text) and position < duplicate_of[0])
        if repeats:
            unit.kind = "quote"
            quotes.append(_strip_quote_marks(unit.text))
    return quotes


def label_bare_byline(header_units: list[Unit], findings: Findings) -> None:
    """Some pages print the byline as names alone ("Jane Doe and John Roe"). Above the body, a
    line of nothing but person names is the byline when no "By" line was found, it sits below a
    headline-shaped line, and it touches a date stamp or follows the headline (captions between
    them are allowed, as pages put the lead photo under the headline)."""
    if findings.bylines:
        return
    for index, unit in enumerate(header_units):
        if unit.kind != "text":
            continue
        names = bare_names(unit.text)
        if not names:
            continue
        above = [u for u in header_units[:index] if u.kind not in ("caption", "furniture")]
        headline_above = any(
            u.kind == "text" and is_title_like(u.text) and u.words >= HEADLINE_MIN_WORDS
            and not bare_names(u.text)
            for u in above
        )
        if not headline_above:
            continue
        previous = above[-1] if above else None
        following = header_units[index + 1] if index + 1 < len(header_units) else None
        next_to_stamp = (previous is not None and previous.kind == "stamp") or (
            following is not None and following.kind == "stamp"
        )
        under_headline = (
            previous is not None and previous.kind == "text" and is_title_like(previous.text)
            and previous.words >= HEADLINE_MIN_WORDS and not is_kicker_like(previous.text)
        )
        if next_to_stamp or (under_headline and len(names) >= 2):
            unit.kind = "byline"
            findings.bylines.append(Byline(names))
            return


@dataclass
class Header:
    headline: str | None = None
    section: str | None = None
    standfirst: list[str] = field(default_factory=list)


def read_header(header_units: list[Unit]) -> Header:
    """Kickers sit above the headline and standfirsts below it, so the headline is the first
    title-like line that is not a kicker, preferably of four words or more (when all are
    kicker-shaped, the last one). The section
    is the nearest kicker above it; title-like lines below it that are not kickers are the
    standfirst, which belongs to the article."""
    candidates = [u.text for u in header_units if u.kind == "text" and is_title_like(u.text)]
    # A page's masthead (site name, tagline) stands above its navigation menu, the headline below.
    menu = next((i for i, u in enumerate(header_units)
                 if u.kind == "furniture" and is_menu_line(u.text) and not is_share_line(u.text)), None)
    if menu is not None:
        below_menu = [u.text for u in header_units[menu:] if u.kind == "text" and is_title_like(u.text)]
        if any(HEADLINE_MIN_WORDS <= len(t.split()) <= HEADLINE_MAX_WORDS for t in below_menu):
            candidates = below_menu
    fitting = [i for i, text in enumerate(candidates) if len(text.split()) <= HEADLINE_MAX_WORDS]
    if not fitting:
        return Header(standfirst=candidates)
    not_kickers = [i for i in fitting if not is_kicker_like(candidates[i])]
    # Menu and button leftovers are a word or three; headlines rarely are.
    substantial = [i for i in not_kickers if len(candidates[i].split()) >= HEADLINE_MIN_WORDS]
    position = (substantial or not_kickers or fitting[-1:])[0]
    section = next((t for t in reversed(candidates[:position]) if is_kicker_like(t)), None)
    standfirst = [t for t in candidates[position + 1:] if not is_kicker_like(t)]
    return Header(candidates[position], section, standfirst)


def split_bio(paragraphs: list[str], authors: list[str]) -> tuple[str | None, str | None]:
    """(bio, name in it) when the last paragraph is an author bio: it opens with a byline author's
    name, or reads "<Capitalised Name> is a/an/the ...", or "The writer is ..."."""
    if not paragraphs:
        return None, None
    last = paragraphs[-1]
    text = last.lstrip("—–-*_ ")
    if len(text.split()) > BIO_MAX_WORDS:
        return None, None
    opening = BIO_OPENING.match(text)
    if opening:
        name = opening.group("name")
        surnames = {a.split()[-1] for a in authors}
        if name in authors or name.split()[-1] in surnames:
            return last, name
    generic = GENERIC_BIO.match(text)
    if generic:
        name = generic.group("name")
        words = {w.lower().strip(".") for w in name.split()}
        opener = name.split()[0].lower()
        if is_person_name(name) and not words & TITLE_WORDS and opener not in SENTENCE_OPENERS:
            return last, name
    if WRITER_BIO.match(text):
        return last, None
    return None, None


def split_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """(dateline, wire agency, paragraph without the dateline) for "ASTANA, June 8 (Reuters) - ..."."""
    match = DATELINE.match(paragraph)
    if not match or len(match.group("dateline")) > 70:
        return None, None, paragraph
    agency = match.group("agency")
    place = match.group("place")
    # a place in capitals, or one in names' case with its date ("Nairobi, 5 May –"), where a
    # sentence's opening words would not stand ("On Friday, 5 May – ")
    placed = place.isupper() and len(re.sub(r"\W", "", place)) >= 3 or match.group("date") and all(
        word[0].isupper() and word.lower() not in WEEKDAYS for word in place.split())
    if not agency and not placed:
        return None, None, paragraph
    agency = (agency_name(agency) or agency.strip()) if agency else None
    return match.group("dateline").strip(), agency, paragraph[match.end():]


def split_opening_dateline(
    paragraphs: list[str], standfirst_count: int = 0,
) -> tuple[str | None, str | None, list[str]]:
    """(dateline, wire agency, paragraphs) with the opening dateline split off (split_dateline),
    and its paragraph left out when the dateline was all of it. The dateline opens the story,
    which is the first paragraph or, on a page with a standfirst, the first one after it."""
    for position in dict.fromkeys((0, standfirst_count)):
        if position < len(paragraphs):
            dateline, agency, opening = split_dateline(paragraphs[position])
            if dateline:
                rest = paragraphs[:position] + [opening] + paragraphs[position + 1:]
                return dateline, agency, [p for p in rest if p]
    return None, None, paragraphs


def _drop_stray_tail(units: list[Unit]) -> list[Unit]:
    """Short non-prose lines after the last paragraph are page leftovers ("Post", tag lists)."""
    while (
        units
        and units[-1].words <= STRAY_TAIL_MAX_WORDS
        and not PROSE_END.search(units[-1].text)
        and not QUESTION_END.search(units[-1].text)
    ):
        units = units[:-1]
    return units


def parse_plain_text(text: str) -> ParsedArticle:
    """Parse plain text copied off a news page into a ParsedArticle (parser="layout")."""
    units = split_units(text)
    findings = label_units(units)
    pull_quotes = label_pull_quotes(units)

    body_start = next((i for i, u in enumerate(units) if u.kind == "text" and is_prose(u.text)), len(units))
    label_promo_blocks(units, body_start)
    label_bare_byline(units[:body_start], findings)
    header = read_header(units[:body_start])
    body_units = _drop_stray_tail([u for u in units[body_start:] if u.kind == "text"])
    paragraphs = header.standfirst + [u.text for u in body_units]

    authors = [name for byline in findings.bylines for name in byline.authors]
    authors = list(dict.fromkeys(authors or findings.wire_reporters))
    author_bio, bio_name = split_bio(paragraphs, authors)
    if author_bio:
        paragraphs = paragraphs[:-1]
        if not authors and bio_name:
            authors = [bio_name]

    dateline, wire_agency, paragraphs = split_opening_dateline(paragraphs, len(header.standfirst))
    byline_credit = next((b.credit for b in findings.bylines if b.credit), None)
    if not authors and byline_credit in AGENCIES.values():
        authors = [byline_credit]  # a wire story no person signs: "By The Associated Press"
    stamps = findings.stamps

    return ParsedArticle(
        parser="layout",
        paragraphs=paragraphs,
        headline=header.headline,
        section=findings.breadcrumb_section or header.section,
        authors=authors,
        author_bio=author_bio,
        publication=(
            findings.print_publication or findings.copyright_holder or byline_credit or wire_agency
        ),
        published=stamps.get("published") or stamps.get("date") or stamps.get("updated"),
        print_headline=findings.print_headline,
        dateline=dateline,
        captions=findings.captions,
        pull_quotes=pull_quotes,
        # Text with no paragraph of prose in it is, when it is mostly symbols, no prose at all.
        empty_reason=None if paragraphs or mostly_letters(text) else "not_prose",
    )
