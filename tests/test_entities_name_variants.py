"""Short and long forms of one organisation's name within an article (coreference.name_variants),
on invented text: the mentions are given as the resolution component would produce them."""

import re

from assets.entities.coreference import name_variants
from assets.entities.types import Entity, Mention


def mention(body: str, name: str, entity_type: str = "ORG", extractor: str = "ner", occurrence: int = 0) -> Mention:
    start = [m.start() for m in re.finditer(re.escape(name), body)][occurrence]
    entity = Entity(f"{entity_type.lower()}:{name.lower().replace(' ', '-')}", entity_type, name)
    return Mention(start, start + len(name), name, 0, entity, 0.75, extractor)


def linked(body: str, mentions: list[Mention]) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity.canonical_name, m.entity_id) for m in name_variants(body, mentions)]


def test_a_short_form_starting_a_longer_word_of_the_text_takes_that_name():
    body = "Rosvik sold Tarnsk to Orel. Tarnskneftegaz, the unit's full name, pumps oil."
    found = linked(body, [mention(body, "Rosvik"), mention(body, "Tarnsk", "PLACE"), mention(body, "Orel")])
    assert found[1] == ("Tarnsk", "Tarnskneftegaz", "place:tarnskneftegaz")
    assert found[0] == ("Rosvik", "Rosvik", "org:rosvik") and found[2] == ("Orel", "Orel", "org:orel")


def test_a_short_form_takes_the_entity_of_the_longer_organisation_it_starts():
    body = "Tarnsk was sold to Baltor Finance Group. A week later Baltor sold it on."
    long = mention(body, "Baltor Finance Group")
    found = name_variants(body, [mention(body, "Tarnsk"), long, mention(body, "Baltor", "PERSON")])
    assert found[2].entity is long.entity and found[2].text == "Baltor" and found[2].extractor == "ner"


def test_two_organisations_sharing_the_start_leave_the_short_form_alone():
    body = "Norvik Bank and Norvik Oil both reported. Norvik said profits rose."
    short = mention(body, "Norvik", occurrence=2)
    found = name_variants(body, [mention(body, "Norvik Bank"), mention(body, "Norvik Oil"), short])
    assert found[2] is short


def test_a_word_of_a_longer_name_is_no_long_form():
    body = "Ardel said on Monday that Ardelham University will open a campus."
    short = mention(body, "Ardel")
    assert name_variants(body, [short]) == [short]


def test_a_name_the_gazetteer_knows_keeps_its_entity():
    body = "Kovra signed a deal with Kovraneft, its oil arm."
    short = mention(body, "Kovra", extractor="gazetteer")
    assert name_variants(body, [short]) == [short]


def test_a_person_with_a_first_name_is_no_short_form():
    body = "Ana Belt said Ana Belt Holdings will grow."
    person = mention(body, "Ana Belt", "PERSON")
    assert name_variants(body, [person, mention(body, "Ana Belt Holdings")])[0] is person


def test_an_inflected_form_is_no_long_form():
    body = "Pelor said Peloran exports rose."
    short = mention(body, "Pelor")
    assert name_variants(body, [short]) == [short]


def test_a_short_form_beside_the_longer_word_in_one_sentence_is_another_name():
    body = "Wigan v Chester, Chesterfield v Bury."
    short = mention(body, "Chester", "PERSON")
    assert name_variants(body, [short, mention(body, "Chesterfield")])[0] is short


def test_a_place_keeps_its_type_beside_an_organisation_it_starts():
    body = "Fans in Dorven cheered. Dorven United won again."
    place = mention(body, "Dorven", "PLACE")
    assert name_variants(body, [place, mention(body, "Dorven United")])[0] is place
