"""Roles of country mentions (roles.py) on invented sentences: actor, place, people, or None."""

import re

import pytest

from assets.entities.extract import ArticleText, EntityExtractor
from assets.entities.roles import assign_country_roles
from assets.entities.types import COUNTRY_ROLES, Entity, Mention

COUNTRIES = ("United States", "Argentina", "Bangladesh", "Colombia", "Venezuela", "Brazil", "Canada",
             "Norway", "Japan", "Chile", "India", "Ghana", "Kenya", "Nepal", "Yemen", "Sudan", "Haiti",
             "Chad", "Peru", "Libya", "Somalia", "Bolivia", "Iran", "Iraq", "US", "U.S")
DEMONYMS = {"Eritrean", "Colombian", "Venezuelan", "Polish", "Chilean", "Egyptian"}
PLURAL_DEMONYMS = ("Venezuelans", "Eritreans")
PLACES = ("Lima",)
NAMES = re.compile("|".join(sorted((*COUNTRIES, *DEMONYMS, *PLURAL_DEMONYMS, *PLACES), key=len, reverse=True)))


def roles(sentence: str) -> dict[str, str | None]:
    """The role of each country name or demonym in the sentence, by surface."""
    mentions = []
    for match in NAMES.finditer(sentence):
        entity_type = "PLACE" if match.group() in PLACES else "COUNTRY"
        entity = Entity(f"{entity_type.lower()}:{match.group()}", entity_type, match.group())
        mentions.append(Mention(match.start(), match.end(), match.group(), 0, entity, 0.9, "test"))
    assign_country_roles(sentence, mentions, lambda text: text in DEMONYMS)
    return {m.text: m.role for m in mentions if m.entity_type == "COUNTRY"}


@pytest.mark.parametrize("sentence, country", [
    ("Canada strongly condemns the attack on the embassy.", "Canada"),
    ("Brazil said on Monday that the deal was off.", "Brazil"),
    ("The United States will send a delegation.", "United States"),
    ("The talks with Norway ended without a deal.", "Norway"),
    ("The plan was backed by Japan.", "Japan"),
    ("Argentina's commitment to the accord is firm.", "Argentina"),
    ("Japan's quiet diplomatic efforts paid off.", "Japan"),
    ("Officials urged Kenya to reopen its consulate.", "Kenya"),
    ("It is time for Ghana to act.", "Ghana"),
    ("Analysts expect U.S. airstrikes to continue.", "U.S"),
    ("A US-led mission reached the port.", "US"),
])
def test_a_state_acting_or_acted_with_is_an_actor(sentence, country):
    assert roles(sentence)[country] == "actor"


@pytest.mark.parametrize("sentence, country", [
    ("Floods destroyed crops in Bangladesh last year.", "Bangladesh"),
    ("The convoy crossed into Chad on Friday.", "Chad"),
    ("Aid workers travelled to Haiti last week.", "Haiti"),
    ("Fighting spread across southern Sudan.", "Sudan"),
    ("The ministers met in Lima, Peru, on Tuesday.", "Peru"),
    ("Troops gathered near the Polish border.", "Polish"),
    ("The delegation visited Chile in May.", "Chile"),
])
def test_a_territory_is_a_place(sentence, country):
    assert roles(sentence)[country] == "place"


@pytest.mark.parametrize("sentence, country", [
    ("Thousands of Venezuelans crossed the river.", "Venezuelans"),
    ("Food aid reached the people of Yemen.", "Yemen"),
    ("Nepal's people went to the polls.", "Nepal"),
    ("Eritrean refugees arrived by boat.", "Eritrean"),
    ("Senior Colombian officials denied the report.", "Colombian"),
    ("The Venezuelan opposition called a strike.", "Venezuelan"),
    ("The minister visited U.S. service members at the base.", "U.S"),
])
def test_a_population_or_a_group_of_its_people_is_people(sentence, country):
    assert roles(sentence)[country] == "people"


@pytest.mark.parametrize("sentence, country", [
    ("Bolivia, a landlocked country, exports gas.", "Bolivia"),  # no cue
    ("The report on Libya was published.", "Libya"),
    ("The envoy for Libya said the talks would resume.", "Libya"),  # a complement, not the subject
    ("Somalia is being torn apart by drought.", "Somalia"),  # a passive says nothing of agency
    ("Trucks queued at the border with Kenya.", "Kenya"),  # "with" after a border is no partner
    ("He joined the US Secretary of Commerce on the trip.", "US"),  # the country opens a title
    ("A Chilean writer won the prize.", "Chilean"),  # one person: a demonym keeps no role
    ("The Egyptian government resigned.", "Egyptian"),  # demonyms take no actor cue
])
def test_without_a_clear_cue_the_role_stays_none(sentence, country):
    assert roles(sentence)[country] is None


def test_coordinated_countries_share_a_role():
    assert roles("Floods hit villages in Bangladesh and India.") == {"Bangladesh": "place", "India": "place"}
    assert roles("Protests spread in both Chile and Peru.") == {"Chile": "place", "Peru": "place"}
    assert roles("The plan was backed by Japan and Norway.") == {"Japan": "actor", "Norway": "actor"}
    assert roles("Colombia and Venezuela signed the accord.") == {"Colombia": "actor", "Venezuela": "actor"}


def test_a_hyphenated_pair_of_countries_takes_the_noun_after_it():
    assert roles("The Chile-Peru summit opened on Monday.") == {"Chile": "actor", "Peru": "actor"}
    assert roles("Guards closed the Iran-Iraq border.") == {"Iran": "place", "Iraq": "place"}
    assert roles("He spoke at the 2019 Chile-Peru Summit.") == {"Chile": "actor", "Peru": "actor"}
    assert roles("He bought a Peru-made hat.") == {"Peru": None}


def test_the_extractor_sets_roles_on_country_mentions_only():
    body = ("Canada strongly condemns the attack. Aid convoys crossed into Jordan on Monday. "
            "Thousands of people fled across Syria. Mexican officials met the mayor of Toronto.")
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", body)]
    (extraction,) = EntityExtractor().extract([ArticleText("a1", body, sentences, None)])
    by_text = {m.text: m for m in extraction.mentions}
    assert {text: by_text[text].role for text in ("Canada", "Jordan", "Syria", "Mexican")} == {
        "Canada": "actor", "Jordan": "place", "Syria": "place", "Mexican": "people"}
    assert all(m.role is None for m in extraction.mentions if m.entity_type != "COUNTRY")
    assert {m.role for m in extraction.mentions} <= {None, *COUNTRY_ROLES}


def test_plural_demonyms_are_the_countrys_people():
    text = "Iraqis and Omanis queued at the border while Kazakhs watched. The Dutch stayed home."
    [extraction] = EntityExtractor().extract([ArticleText("a", text, [(0, len(text))], None)])
    found = {m.text: (m.entity_id, m.role) for m in extraction.mentions}
    assert found["Iraqis"] == ("country:IRQ", "people")
    assert found["Omanis"] == ("country:OMN", "people")
    assert found["Kazakhs"] == ("country:KAZ", "people")
    assert "Dutchs" not in text and found["Dutch"][0] == "country:NLD"
