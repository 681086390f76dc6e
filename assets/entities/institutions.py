"""A country's government and armed forces as organisations.

"the Syrian government", "the government of Iraq", "Iraq's government", "the Syrian regime" all
name one real-world organisation, `org:government-of-syria` (kind `government`); "the Iraqi
army", "Iraqi security forces", "U.S. forces", "the armed forces of Chile" name
`org:armed-forces-of-iraq` (kind `military`). The entities are built for every country from
pycountry (see gazetteer.add_institutions); the phrases are found around the country and demonym
spans the gazetteer ruler already marked, so the demonym inside the phrase becomes part of the
organisation rather than a mention of its own.

Bare references ("the government", "the regime", "the army") join the nearest earlier
government or armed forces the article names; with none named before, they stay unlinked.
Likewise "the coalition" / "coalition forces" join the one named coalition of the gazetteer the
article mentions (organisations.csv); an article naming none but naming the adversary of exactly
one ("IS", for the Global Coalition to Defeat ISIS) means that one; otherwise they stay unlinked.
"""

from __future__ import annotations

import re

from .gazetteer import word_list
from .patterns import POSSESSIVES, overlaps_any

GOVERNMENT_KIND = "government"
MILITARY_KIND = "military"

# head words after a country or demonym: "Syrian government", "Iraq's army", "U.S. forces"
GOVERNMENT_HEADS = r"[Gg]overnment|regime"
MILITARY_HEADS = (r"(?:[Gg]overnment |[Ss]ecurity |[Aa]rmed |[Ss]pecial |[Gg]round |[Mm]ilitary )?[Ff]orces"
                  r"|[Aa]rmy|[Mm]ilitary|[Nn]avy|[Aa]ir [Ff]orce|troops")
HEAD_AFTER = re.compile(rf"(?:[’']s)? (?:(?P<mil>{MILITARY_HEADS})|(?P<gov>{GOVERNMENT_HEADS}))\b")
# heads before "of": "the government of Iraq", "the armed forces of Chile"
HEAD_BEFORE = re.compile(rf"\b(?:(?P<gov>[Gg]overnment)|(?P<mil>[Aa]rmed [Ff]orces|[Aa]rmy|[Mm]ilitary))"
                         r" of (?:the )?$")
# A capitalised word right before the country is part of a longer name ("Free Syrian Army"),
# unless it is a function word that can open a sentence.
OPENING_WORDS = frozenset(word_list("sentence_opening_words"))
WORD_BEFORE = re.compile(r"([A-Z][\w.’'-]*)\s+$")
# what a phrase may continue with and still be the bare institution: not "Syrian Army Day"
NAME_CONTINUES = re.compile(r" (?:[A-Z][a-z]|of [A-Z])")
# bare back-references to the nearest earlier institution of the same kind
BARE_REFERENCE = re.compile(r"\b[Tt]he (?:(?P<gov>[Gg]overnment|regime)|(?P<mil>army|military|armed forces))\b"
                            r"(?! of\b)")

# bare references to a coalition the article names: "the coalition", "the US-led coalition",
# "Coalition forces"; not its members ("coalition partners", "Coalition nations")
COALITION_REFERENCE = re.compile(
    r"\b(?:[Tt]he )?(?:(?:[Gg]lobal|[Ii]nternational|U\.?S\.?-led) )?[Cc]oalition"
    r"(?: (?:military |air )?forces)?\b(?! (?:partners?|nations|members|countries|of|to)\b)")

# Country names read with "the" ("Government of the United States").
NEEDS_THE = re.compile(r"^(?:United|Czech|Dominican|Central African|Philippines|Netherlands|Gambia|"
                       r"Bahamas|Maldives)|(?:Islands|Republic|Emirates|Kingdom|States)$")


def government_name(country_name: str) -> str:
    return f"Government of {'the ' if NEEDS_THE.search(country_name) else ''}{country_name}"


def armed_forces_name(country_name: str) -> str:
    return f"Armed Forces of {'the ' if NEEDS_THE.search(country_name) else ''}{country_name}"


def find_institutions(body: str, spans: list, institutions: dict[tuple[str, str], str]
                      ) -> list[tuple[int, int, str]]:
    """(start, end, entity id) for each government or armed forces phrase built on a country
    span (a span whose entity_id is 'country:<alpha-3>'); institutions maps (kind, alpha-3) to
    the ORG entity id (Gazetteer.institutions)."""
    found = []
    for span in spans:
        if span.label != "COUNTRY" or not (span.entity_id or "").startswith("country:"):
            continue
        alpha_3 = span.entity_id.split(":", 1)[1]
        before = WORD_BEFORE.search(body, max(0, span.start - 30), span.start)
        inside_name = before is not None and before.group(1) not in OPENING_WORDS
        after = HEAD_AFTER.match(body, span.end)
        if after and not inside_name and not NAME_CONTINUES.match(body, after.end()):
            kind = GOVERNMENT_KIND if after.group("gov") else MILITARY_KIND
            if (kind, alpha_3) in institutions:
                found.append((span.start, after.end(), institutions[kind, alpha_3]))
            continue
        head = HEAD_BEFORE.search(body, max(0, span.start - 30), span.start)
        if head and not body.startswith(POSSESSIVES, span.end):
            kind = GOVERNMENT_KIND if head.group("gov") else MILITARY_KIND
            if (kind, alpha_3) in institutions:
                found.append((head.start(), span.end, institutions[kind, alpha_3]))
    return found


def find_bare_references(body: str, named: list[tuple[int, int, str]], kinds: dict[str, str]
                         ) -> list[tuple[int, int, str]]:
    """'the government' / 'the regime' / 'the army' after a named institution of that kind;
    kinds maps entity id to kind."""
    if not named:
        return []
    found = []
    for match in BARE_REFERENCE.finditer(body):
        kind = GOVERNMENT_KIND if match.group("gov") else MILITARY_KIND
        earlier = [n for n in named if n[1] <= match.start() and kinds.get(n[2]) == kind]
        if earlier and not overlaps_any(match.start(), match.end(), [n[:2] for n in named]):
            found.append((match.start(), match.end(), earlier[-1][2]))
    return found


def find_coalition_references(body: str, spans: list, coalitions: dict[str, frozenset[str]]
                              ) -> list[tuple[int, int, str]]:
    """Bare coalition references, linked when the article names exactly one coalition of the
    gazetteer anywhere, or, naming none, names the adversary of exactly one (coalitions: entity id
    -> the entities it was formed against); otherwise none."""
    mentioned = {s.entity_id for s in spans if s.entity_id}
    named = mentioned & coalitions.keys() or {c for c, against in coalitions.items() if against & mentioned}
    if len(named) != 1:
        return []
    (entity_id,) = named
    return [(m.start(), m.end(), entity_id) for m in COALITION_REFERENCE.finditer(body)]
