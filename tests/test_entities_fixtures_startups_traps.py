"""Trap cases of issue 11 (round 13's errors) on invented sentences: a town's name as its club
against whom a side plays or before the match it names, a sentence opening with a kind of
organisation no person is and where it is based, a title the model reads as a work after such a
kind, a planet's name that GeoNames also has as a town, and the places, people and works that
must keep their type beside them."""

import pytest

from assets.entities.extract import ArticleText
from tests.test_entities_misread_names_traps import extractor, typed  # noqa: F401  (a module fixture)


# ---- a town's name as the side played against or naming a match: its club -------------------------

@pytest.mark.parametrize("body, name", [
    ("Tom Kask has no chance of playing against Leeds next week, the manager said.", "Leeds"),
    ("The goalkeeper would not have played against Porto anyway.", "Porto"),
    ("Tom Kask could miss the Norwich game on Tuesday after hurting his knee.", "Norwich"),
    ("Ann Roe scored twice in Leeds' match with the leaders.", "Leeds"),
    ("Fans queued outside the ground before the Porto fixture.", "Porto"),
])
def test_a_town_played_against_or_naming_a_match_is_its_club(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("Tom Kask moved to Leeds to be near his family and plays against the wall every morning.", "Leeds"),
    ("The county voted against Norwich joining the scheme.", "Norwich"),
    ("The Leeds Match Day guide was printed in Norwich.", "Norwich"),
])
def test_a_town_against_no_match_or_before_a_capitalised_noun_stays_a_place(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PLACE"}


# ---- a sentence opening with a kind no person is, and where it is based, then the name -------------

@pytest.mark.parametrize("body, name", [
    ("An Indian start-up based in Mumbai, Velora Fresh was launched last year.", "Velora Fresh"),
    ("The studio said so. A small games studio founded in 2015, Tarvo Kask now employs 40 people.", "Tarvo Kask"),
])
def test_a_sentence_opening_with_a_kind_and_its_base_names_the_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("A former banker based in Leeds, Tom Reyes now runs a farm.", "Tom Reyes"),  # a banker is a person
    ("The company, Tom Reyes said, will grow next year.", "Tom Reyes"),  # a parenthesis, no base
])
def test_a_person_after_a_persons_trade_or_in_a_parenthesis_stays_a_person(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PERSON"}


# ---- a title the model reads as a work, right after a kind no person is: the outlet -------------------

def test_a_work_after_a_kind_no_person_is_is_an_outlet(extractor):
    assert typed(extractor, "The paper appeared in the journal Wild Hearts on Monday.").get("Wild Hearts") == {"ORG"}


def test_a_work_after_no_kind_is_no_organisation(extractor):
    assert "ORG" not in typed(extractor, "The band played Wild Hearts on Monday.").get("Wild Hearts", set())


# ---- a planet's name is no town -----------------------------------------------------------------------

def test_a_planet_named_like_a_town_carries_no_country(extractor):
    body = "Probes found water above the surface of Jupiter's icy moon."
    (result,) = extractor.extract([ArticleText("t", body, [(0, len(body))], None)])
    planet = [m for m in result.mentions if m.text == "Jupiter"]
    assert all(m.entity.country_code is None and m.entity.iso_code is None for m in planet)
