"""Countries and places inside longer names, which lend those names no country (issue 11).

The gazetteer ruler marks a country, place or curated organisation wherever its words stand.
Inside a longer name that the small model reads whole, those words are part of the name, not a
mention of their own, unless the name is the country's own institution:

  a geographic name     a place that does not open it ("the Gulf of Aden", "the San Fernando
                        Valley", "the South China Sea"): the feature is no town of the place's
                        country and may border several; a compass word before a place names a
                        part of it, which keeps its country ("Northern Iraq");
  a people's name       a country's adjective after a word the gazetteer does not read with it
                        ("North American", "Latin American"): a region's people;
  an organisation       a country, place or another country's party between the words of its
                        name ("the United Jewish Israel Appeal", "the International Labour
                        Organisation"), or a country's adjective opening it ("American Blues
                        Theater"), where no word of it names a state's institution (STATE_HEADS:
                        "the Israeli Ministry of Defence", "the Iraqi Army" keep their country).

Such a name becomes one span of the model's reading, without an entity id. Two more readings
give an organisation a wrong country:

  a country's adjective right before a curated organisation of another country ("the Israeli
  Ministry of Defence", curated as the UK's): the name, read with the adjective, has no curated
  identity; its adjective stays the country's mention;
  a bare "military" or "army" that a noun and "of" follow ("the military wing of Hamas", "the
  army chief of staff"): an adjective of that noun, not the armed forces named before it;
  a party's one-word name that is also a common noun ("Labour", "Reform"), capitalised only as
  the first word of a sentence before a lower-case word, where the model reads no name and the
  article writes it nowhere else: the noun ("Labour markets tightened"), not the party.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assets.english_model import lemma_index_words

from .gazetteer import Gazetteer, word_list
from .patterns import POSSESSIVES

if TYPE_CHECKING:
    from .chain import Extractors
    from .extract import Span

PLACE_TYPES = frozenset({"COUNTRY", "SUBDIVISION", "PLACE", "REGION"})
# the model's labels of names a country may be part of, and the label of the name they make
NAME_LABELS = {"LOC": "LOC", "NORP": "NORP", "ORG": "ORG", "GPE": "ORG", "FAC": "ORG"}
# lower-case words a name may hold between its capitalised ones ("Gulf of Aden")
NAME_PARTICLES = frozenset({"of", "the", "for", "de", "du", "la", "on"})
STATE_HEADS = frozenset(word_list("state_institution_heads"))
# what the model's span may carry around the name: "the", a possessive, an acronym in brackets
LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")
TRAILING_PARTS = re.compile(r"(?:\s*\(.*|[’']s?)$")
# a compass word before a place names a part of it ("Northern Iraq", "Eastern Ukraine"), unless
# more of the name follows the place ("the South China Sea")
COMPASS_WORD = re.compile(r"(?:North|South|East|West|Central)(?:-?(?:[Ee]ast|[Ww]est))?(?:ern)?")
# a noun and "of" after a bare head word: "military wing of", "army chief of"
NOUN_AND_OF_AFTER = re.compile(r"\s+[a-z]+\s+of\b")
# where a sentence opens, so that a capital says nothing of a name: after a full stop, a line
# break or an opening quote
SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"“‘']?\Z")
LOWER_CASE_WORD_AFTER = re.compile(r"\s+[a-z]")
PARTY_KIND = "political_party"
ADJECTIVE_GAP = re.compile(rf"(?:{'|'.join(POSSESSIVES)})?\s+")


def trimmed_name(body: str, start: int, end: int) -> tuple[int, int]:
    """The model's span less its leading article, a bracketed acronym and a possessive."""
    text = body[start:end]
    lead = LEADING_ARTICLE.match(text)
    if lead:
        start += lead.end()
    text = body[start:end]
    tail = TRAILING_PARTS.search(text)
    return start, start + len(text[:tail.start() if tail else len(text)].rstrip())


def is_name(words: list[str]) -> bool:
    """Capitalised words and particles only: no list ("Britain and France"), no clause."""
    return len(words) > 1 and not any("," in word for word in words) and all(
        word[:1].isupper() or word in NAME_PARTICLES for word in words)


def lends_no_country(body: str, name: tuple[int, int, str], inner: Span, entity_type: str,
                     gazetteer: Gazetteer, known_organisation: bool) -> bool:
    """Whether the gazetteer span `inner`, lying inside the model's name, is part of the name;
    known_organisation: the name holds a curated organisation besides `inner`."""
    start, end, label = name
    opens, closes = inner.start == start, inner.end == end
    text = body[inner.start:inner.end]
    if label == "LOC":  # an adjective qualifies the place ("North Norland District Court")
        return (entity_type in PLACE_TYPES and not opens and not gazetteer.is_demonym(text)
                and not (closes and all(COMPASS_WORD.fullmatch(word) for word in body[start:inner.start].split())))
    if label == "NORP":  # not after a word a sentence's opening capitalises ("Freed American")
        return gazetteer.is_demonym(text) and not opens and not opens_sentence(body, start)
    if STATE_HEADS & set(body[start:end].split()):
        return False
    if not opens and not closes:  # "United Jewish Israel Appeal", not "Israel-Hamas War"
        return body[inner.start - 1] == " " and body[inner.end] == " "
    # "American Blues Theater"; not a country's branch of a known body ("Slovak Interpol")
    return label == "ORG" and opens and gazetteer.is_demonym(text) and not known_organisation


def names_without_countries(body: str, spans: list[Span], model: list[tuple[int, int, str]],
                            gazetteer: Gazetteer, found: Extractors) -> list[Span]:
    """The spans, each model name (start, end, label) that holds a country or place it takes no
    country from (lends_no_country) made one span without the spans inside it."""
    from .extract import Span

    names = []
    for model_start, model_end, model_label in model:
        if model_label not in NAME_LABELS:
            continue
        start, end = trimmed_name(body, model_start, model_end)
        if not is_name(body[start:end].split()):
            continue
        inside = [s for s in spans if start <= s.start and s.end <= end and (s.start, s.end) != (start, end)]
        known = [(s, gazetteer.entities[s.entity_id]) for s in inside if s.entity_id in gazetteer.entities]
        organisations = [s for s, entity in known if entity.entity_type == "ORG"]
        if any((entity.country_code or entity.iso_code) and (entity.entity_type in PLACE_TYPES or entity.kind)
               and lends_no_country(body, (start, end, model_label), s, entity.entity_type, gazetteer,
                                    any(o is not s for o in organisations))
               for s, entity in known):
            names.append(Span(start, end, NAME_LABELS[model_label], None, found.ner))
    if not names:
        return spans
    kept = [s for s in spans if not any(n.start <= s.start and s.end <= n.end for n in names)]
    return sorted(kept + names, key=lambda s: (s.start, s.end))


def foreign_adjective_organisations(body: str, spans: list[Span], gazetteer: Gazetteer,
                                    found: Extractors) -> list[Span]:
    """The spans, a curated organisation of one country right after another country's adjective
    or possessive read as the name with the adjective, without the curated identity."""
    from .extract import Span

    result = list(spans)
    for i, span in enumerate(spans[1:], 1):
        entity = gazetteer.entities.get(span.entity_id or "")
        before = spans[i - 1]
        country = gazetteer.entities.get(before.entity_id or "")
        if (entity is None or entity.entity_type != "ORG" or not entity.country_code or country is None
                or country.entity_type != "COUNTRY" or country.iso_code == entity.country_code
                or not ADJECTIVE_GAP.fullmatch(body[before.end:span.start])):
            continue
        result[i] = Span(span.start, span.end, "ORG", None, found.ner,
                         name=f"{body[before.start:before.end]} {body[span.start:span.end]}")
    return result


def without_adjective_heads(body: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """The spans less a bare lower-case reference to a country's institution that a noun and
    "of" follow ("the military wing of")."""
    institutions = frozenset(gazetteer.institutions.values())
    return [s for s in spans if not (s.entity_id in institutions and body[s.start:s.end].islower()
                                     and NOUN_AND_OF_AFTER.match(body, s.end))]


def opens_sentence(body: str, start: int) -> bool:
    return SENTENCE_OPENING.search(body, max(0, start - 4), start) is not None


def parties_not_common_nouns(body: str, spans: list[Span], model: list[tuple[int, int, str]],
                             gazetteer: Gazetteer) -> list[Span]:
    """The spans less a party's one-word name read as the common noun it also is (see above)."""
    def common_noun(span: Span) -> bool:
        entity = gazetteer.entities.get(span.entity_id or "")
        text = body[span.start:span.end]
        if entity is None or entity.kind != PARTY_KIND or " " in text or not opens_sentence(body, span.start):
            return False
        if not LOWER_CASE_WORD_AFTER.match(body, span.end) or text.lower() not in lemma_index_words("noun"):
            return False
        if any(start < span.end and span.start < end for start, end, _ in model):
            return False
        uses = re.finditer(rf"(?<![\w-]){re.escape(text)}(?![\w-])", body)
        return all(opens_sentence(body, use.start()) and LOWER_CASE_WORD_AFTER.match(body, use.end()) for use in uses)

    return [span for span in spans if not common_noun(span)]
