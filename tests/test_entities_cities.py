"""The GeoNames city gazetteer (gazetteer.add_cities) and the rules around it, on invented text."""

import pytest

from assets.entities.chain import extractors
from assets.entities.extract import ArticleText, EntityExtractor
from assets.entities.gazetteer import CITY_MIN_POPULATION, load_gazetteer, read_csv

FOUND = extractors()


def mentions(body):
    (result,) = EntityExtractor().extract([ArticleText("c", body, [(0, len(body))], None)])
    return {m.text: m for m in result.mentions}


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_city_found_with_its_country():
    found = mentions("The new logistics hub opened outside Bukhara last spring.")
    assert found["Bukhara"].entity_type == "PLACE"
    assert found["Bukhara"].entity.entity_id == "place:bukhara"
    assert found["Bukhara"].entity.country_code == "UZB"


def test_accented_city_matches_without_accents(gazetteer):
    assert gazetteer.lookup("Dusseldorf").entity_id == "place:dusseldorf"
    assert gazetteer.lookup("Dusseldorf").canonical_name == "Düsseldorf"


def test_capital_is_a_place_linked_to_its_country():
    found = mentions("Ouagadougou welcomed the loan, and Bamako said it would reply soon.")
    for city, country in (("Ouagadougou", "BFA"), ("Bamako", "MLI")):
        assert found[city].entity_type == "PLACE"
        assert found[city].entity.country_code == country


def test_curated_place_keeps_its_id_and_country(gazetteer):
    beijing = gazetteer.lookup("Beijing")
    assert (beijing.entity_id, beijing.entity_type, beijing.country_code) == ("place:beijing", "PLACE", "CHN")
    assert gazetteer.entities[f"country:{beijing.country_code}"].entity_type == "COUNTRY"


def test_excluded_common_word_cities_are_not_tagged(gazetteer):
    excluded = {row["name"] for row in read_csv("city_exclusions.csv")}
    assert {"Split", "Reading", "Nancy"} <= excluded
    for name in ("Split", "Reading", "Nancy", "Male"):
        found = gazetteer.lookup(name)
        assert found is None or found.entity_id not in gazetteer.cities
    found = mentions("Reading the report, Nancy said the committee would split the fund.")
    assert "Reading" not in found or found["Reading"].entity_type != "PLACE"


def test_names_of_countries_and_demonyms_win_over_cities(gazetteer):
    # "Mexico", "Panama", "Kuwait" name both a country and its capital: the country wins.
    for name in ("Mexico", "Panama", "Kuwait"):
        assert gazetteer.lookup(name).entity_type == "COUNTRY"


def test_only_big_cities_and_capitals_are_ruler_patterns(gazetteer):
    assert CITY_MIN_POPULATION == 100_000
    assert "place:tarawa" in gazetteer.cities or gazetteer.lookup("Tarawa") is not None  # capital
    assert "Subotica" in gazetteer.surfaces  # ~100k


def test_name_tagged_as_person_that_is_a_town_becomes_a_place(gazetteer):
    # Towns under the ruler threshold are never patterns; an untitled NER name that is exactly
    # one is retyped, unless a title says it is a person.
    from assets.entities.extract import PersonIndex, Span, town_not_name

    from assets.entities.disambiguation import ArticleCountries

    town, (entity, _) = next((s, t) for s, t in gazetteer.towns.items()
                             if " " not in s and len(s) > 6 and t[0].country_code)
    country = gazetteer.entities[f"country:{entity.country_code}"].canonical_name
    countries = ArticleCountries([(country, entity.country_code)])  # the article names its country
    body = f"Farmers from {town} protested on Monday in {country}."
    start = body.index(town)
    span = Span(start, start + len(town), "PERSON", None, FOUND.ner)
    retyped = town_not_name(body, span, PersonIndex([]), gazetteer, countries, FOUND)
    assert retyped.label == "GPE" and retyped.entity_id.startswith("place:")
    titled = f"Foreign Minister {town} protested on Monday in {country}."
    start = titled.index(town)
    span = Span(start, start + len(town), "PERSON", None, FOUND.ner)
    assert town_not_name(titled, span, PersonIndex([]), gazetteer, countries, FOUND) is span


def test_city_after_a_first_name_or_honorific_is_a_surname(gazetteer):
    from assets.entities.extract import Span, merge_city_surnames

    found = mentions("Mr Aleppo met the envoy on Tuesday.")
    assert found["Aleppo"].entity_type == "PERSON"
    body = "Marta Kampala said the deal was done."
    spans = [Span(0, 5, "PERSON", None, FOUND.ner), Span(6, 13, "PLACE", "place:kampala", FOUND.gazetteer)]
    (merged,) = merge_city_surnames(body, spans, gazetteer.cities)
    assert (merged.start, merged.end, merged.label) == (0, 13, "PERSON")


def test_organisation_ending_in_de_keeps_its_city():
    found = mentions("She studied at the Universidad de Granada before joining the ministry.")
    assert "Granada" not in found or found["Granada"].entity_type != "PLACE"
