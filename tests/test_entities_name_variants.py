"""Short and long forms of one organisation's name within an article (coreference.name_variants),
on invented text: the mentions are given as the resolution component would produce them."""

import re

import pytest

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


@pytest.mark.parametrize("body, short, short_type, extractor, long", [
    ("Ardel said on Monday that Ardelham University will open a campus.", "Ardel", "ORG", "ner", None),
    ("Kovra signed a deal with Kovraneft, its oil arm.", "Kovra", "ORG", "gazetteer", None),
    ("Ana Belt said Ana Belt Holdings will grow.", "Ana Belt", "PERSON", "ner", "Ana Belt Holdings"),
    ("Pelor said Peloran exports rose.", "Pelor", "ORG", "ner", None),
    ("Wigan v Chester, Chesterfield v Bury.", "Chester", "PERSON", "ner", "Chesterfield"),
    ("Fans in Dorven cheered. Dorven United won again.", "Dorven", "PLACE", "ner", "Dorven United"),
])
def test_a_name_that_is_no_short_form_keeps_its_entity(body, short, short_type, extractor, long):
    """A word of a longer name, a gazetteer name, a person with a first name, an inflected form,
    a name beside the longer word in one sentence, a place beside an organisation it starts."""
    mentions = [mention(body, short, short_type, extractor)] + ([mention(body, long)] if long else [])
    assert name_variants(body, mentions)[0] is mentions[0]


def test_a_name_and_its_possessive_take_the_company_named_with_the_possessive():
    """ "Harlow's Group" is Harlow's full name: "Harlow" and "Harlow's" alone are that company,
    over a run the model read across a list ("Harlow's Lager, Harlow")."""
    body = "Harlow's Group bid for Omnia. Harlow's bought a stake. Brewing Harlow's Lager, Harlow grew. Harlow said so."
    long = mention(body, "Harlow's Group")
    run = mention(body, "Harlow's Lager, Harlow")
    found = name_variants(body, [long, mention(body, "Harlow's", occurrence=1), run,
                                 mention(body, "Harlow", occurrence=4)])
    assert [m.entity for m in found] == [long.entity, long.entity, run.entity, long.entity]


def test_a_part_a_name_owns_is_no_long_form_of_the_name():
    body = "Macra's Entertainment Technologies Group grew. Macra said sales rose."
    short = mention(body, "Macra", occurrence=1)
    found = name_variants(body, [mention(body, "Macra's Entertainment Technologies Group"), short])
    assert found[1] is short


@pytest.mark.parametrize("body, short, long", [
    ("Shares in Dorvenhall United rose. The board of Dor Utd will meet.", "Dor Utd", "Dorvenhall United"),
    ("Dorvenhall City won again. Dorv City are top.", "Dorv City", "Dorvenhall City"),
    ("Kestrel International Paper grew. Kestrel Intl Paper said so.", "Kestrel Intl Paper", "Kestrel International Paper"),
    ("GX Pharmaceuticals rose 4%. GX Pharma said trials went well.", "GX Pharma", "GX Pharmaceuticals"),
])
def test_a_name_shortened_word_for_word_is_the_long_name(body, short, long):
    found = name_variants(body, [mention(body, long), mention(body, short)])
    assert found[1].entity is found[0].entity


@pytest.mark.parametrize("body, short, long", [
    ("Sky Networks grew. Sky News reported it.", "Sky News", "Sky Networks"),  # a vowel: no abbreviation
    ("The London Marathons grew. The London Marathon is in April.", "London Marathon", "London Marathons"),
    ("Dorvenhall United-Arsenal was a feud. Dorvenhall United won.", "Dorvenhall United", "Dorvenhall United-Arsenal"),
    ("Brenmoor Corp grew. B Corp status came.", "B Corp", "Brenmoor Corp"),
])
def test_a_different_name_of_as_many_words_is_no_short_form(body, short, long):
    found = name_variants(body, [mention(body, long), mention(body, short)])
    assert found[1].entity is not found[0].entity


@pytest.mark.parametrize("short, extractor", [("Arventa Pharma", "pattern:org_head"), ("Lysobio", "ner")])
def test_a_name_without_its_legal_form_is_that_company_whoever_found_it(short, extractor):
    body = ("Arventa Pharma AG agreed to acquire Lysobio Inc. for $2.1 billion. "
            "Arventa Pharma said Lysobio would keep its name.")
    long = {"Arventa Pharma": mention(body, "Arventa Pharma AG"), "Lysobio": mention(body, "Lysobio Inc")}
    short_mention = mention(body, short, extractor=extractor, occurrence=1)
    found = name_variants(body, [*long.values(), short_mention])
    assert found[2].entity is long[short].entity and found[2].extractor == extractor


def test_a_gazetteer_name_keeps_its_entity_beside_a_legal_form():
    body = "Gazprom Neft PLC bought the field. Gazprom Neft said it would drill."
    short = mention(body, "Gazprom Neft", extractor="gazetteer", occurrence=1)
    found = name_variants(body, [mention(body, "Gazprom Neft PLC"), short])
    assert found[1] is short


@pytest.mark.parametrize("charity", ["Dunmore Athletic Community Trust", "Dunmore Athletic Foundation"])
def test_a_club_is_not_the_charity_named_after_it(charity):
    body = f"The {charity} runs coaching in schools. Lakeshore completed its takeover of Dunmore Athletic."
    found = linked(body, [mention(body, charity), mention(body, "Lakeshore"), mention(body, "Dunmore Athletic")])
    assert found[2] == ("Dunmore Athletic", "Dunmore Athletic", "org:dunmore-athletic")


def test_a_short_form_still_takes_the_group_it_starts():
    # guard: a group's name closing on another word than a charity's is still its long form
    body = "Dunmore Athletic Holdings runs the club. Dunmore Athletic said profits rose."
    found = linked(body, [mention(body, "Dunmore Athletic Holdings"), mention(body, "Dunmore Athletic", occurrence=1)])
    assert found[1][1] == "Dunmore Athletic Holdings"
