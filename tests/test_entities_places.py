"""Places beyond the gazetteer's ruler patterns (places.py, gazetteer towns and subdivisions):
named facilities, names marked as places by the words before them, town names without their
Arabic article, and Iraqi and Syrian provinces. All text is invented."""

import pytest

from assets.entities.chain import extractors
from assets.entities.disambiguation import ArticleCountries
from assets.entities.extract import PersonIndex, Span, add_places, places_named_again, town_not_name
from assets.entities.gazetteer import load_gazetteer, without_arabic_article
from assets.entities.places import find_cued_places, find_facilities

FOUND = extractors()


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def facilities(body, is_place_word=lambda text: False):
    return [body[start:end] for start, end, _ in find_facilities(body, is_place_word)]


def cued(body):
    return [body[start:end] for start, end in find_cued_places(body)]


def test_named_facilities_with_capitalised_or_lower_case_heads():
    body = ("Supplies reached Qayyarah Air Base after the Zarqa military airport closed; the "
            "al-Nouri mosque, the Old Harbour Bridge and Karun Refinery were shut.")
    assert facilities(body) == ["Qayyarah Air Base", "Zarqa military airport", "al-Nouri mosque",
                                "Old Harbour Bridge", "Karun Refinery"]


def test_facility_name_drops_articles_and_possessive_owners():
    body = "The Zarqa Stadium filled up. Fans left Amman's Qasr Square. An Amman hospital waited."
    assert facilities(body) == ["Zarqa Stadium", "Qasr Square", "Amman hospital"]


def test_lower_case_head_after_an_acronym_or_country_is_no_facility():
    body = "The UK stadium tour and an English hospital plan; the Ethernet port and MTV Base."
    assert facilities(body, lambda text: text in {"UK", "English"}) == []


def test_named_facility_replaces_the_model_organisation_and_takes_in_the_city(gazetteer):
    body = "Engineers inspected the Mosul Dam and the Farida Palace on Sunday."
    spans = [Span(23, 28, "PLACE", "place:mosul", FOUND.ner), Span(37, 50, "ORG", None, FOUND.ner)]
    found = add_places(body, spans, gazetteer, FOUND)
    assert [(body[s.start:s.end], s.label, s.how) for s in found] == [
        ("Mosul Dam", "FAC", FOUND.facility), ("Farida Palace", "FAC", FOUND.facility)]


def test_facility_keeps_a_person_whose_surname_is_a_head_and_an_honorific_name(gazetteer):
    body = "Singer Anna Bridge thanked Mr Gate for the invitation."
    spans = [Span(7, 18, "PERSON", None, FOUND.ner), Span(27, 34, "PERSON", None, FOUND.honorific_person)]
    assert add_places(body, spans, gazetteer, FOUND) == spans


def test_facility_mention_is_a_place_of_kind_facility():
    from assets.entities.extract import ArticleText, EntityExtractor

    body = "Two aircraft landed at Qayyarah Air Base late on Tuesday."
    (result,) = EntityExtractor().extract([ArticleText("p", body, [(0, len(body))], None)])
    base = next(m for m in result.mentions if m.text == "Qayyarah Air Base")
    assert (base.entity_type, base.entity.kind) == ("PLACE", "facility")


def test_names_after_settlement_nouns_and_near_are_places():
    body = ("Families fled the town of Umm Qasab, the Iraqi village of Tell Rumaylah and the city "
            "of Zubar. Near Bir Hamad, a convoy stopped; others waited outside Kafr Nasr, north "
            "of Dar Hilal.")
    assert cued(body) == ["Umm Qasab", "Tell Rumaylah", "Zubar", "Bir Hamad", "Kafr Nasr", "Dar Hilal"]


def test_cue_skips_dates_possessives_and_lower_case_words():
    body = "Talks near March ended; the city of Halab's mayor spoke near the river outside Monday."
    assert cued(body) == []


def test_cued_name_the_model_called_a_person_becomes_a_place(gazetteer):
    body = "Rockets fell near Tell Rumaylah overnight."
    spans = [Span(18, 31, "PERSON", None, FOUND.ner)]
    (place,) = add_places(body, spans, gazetteer, FOUND)
    assert (place.start, place.end, place.label, place.how) == (18, 31, "GPE", FOUND.cued_place)


def test_cued_name_keeps_a_gazetteer_entity(gazetteer):
    body = "Rockets fell near Aleppo overnight."
    spans = [Span(18, 24, "PLACE", "place:aleppo", FOUND.ner)]
    assert add_places(body, spans, gazetteer, FOUND) == spans


def test_towns_are_known_without_their_arabic_article(gazetteer):
    assert gazetteer.towns["Raqqah"][0].entity_id == gazetteer.lookup("Ar Raqqah").entity_id
    assert gazetteer.towns["Fallujah"][0].canonical_name == "Al Fallūjah"
    assert gazetteer.towns["Samarra"][0].canonical_name == "Sāmarrā’"  # no closing hamza mark
    # only in Arabic-speaking countries: Vietnam's "An Nhon" keeps its first word
    assert without_arabic_article("An Nhon", "VN") == "An Nhon"
    assert without_arabic_article("An Najaf", "IQ") == "Najaf"


def test_town_after_an_honorific_stays_a_person(gazetteer):
    iraq_named = ArticleCountries([("Iraqi", "IRQ")])  # the article names the town's country
    body = "Mr Fallujah replied, Iraqi officials said."
    span = Span(3, 11, "PERSON", None, FOUND.ner)
    assert town_not_name(body, span, PersonIndex([]), gazetteer, iraq_named, FOUND) is span
    body = "Mortars hit Fallujah again, Iraqi officials said."
    span = Span(12, 20, "PERSON", None, FOUND.ner)
    assert town_not_name(body, span, PersonIndex([]), gazetteer, iraq_named, FOUND).entity_id == "place:al-fallujah"
    # without its country in the article, a town does not beat the model's person
    assert town_not_name(body, span, PersonIndex([]), gazetteer, ArticleCountries([]), FOUND) is span


def test_iraqi_and_syrian_provinces_match_with_english_names(gazetteer):
    patterns = {(p["pattern"], p["id"]) for p in gazetteer.ruler_patterns()}
    for surface, code in (("Anbar province", "IQ-AN"), ("Nineveh province", "IQ-NI"),
                          ("Diyala Governorate", "IQ-DI"), ("Raqqa province", "SY-RA"),
                          ("Kirkuk province", "IQ-KI")):
        assert (surface, f"subdivision:{code}") in patterns
    assert "Anbar" not in gazetteer.surfaces  # bare names stay towns or NER's


def test_a_name_shown_to_be_a_place_is_that_place_again(gazetteer):
    body = "Troops entered the town of Umm Qasab. Umm Qasab fell; Umm Qasab burned."
    cue = Span(27, 36, "GPE", None, FOUND.cued_place)
    again = Span(38, 47, "ORG", None, FOUND.ner)
    spans = [cue, again, Span(54, 63, "PERSON", None, FOUND.ner)]
    retyped = places_named_again(body, spans, PersonIndex([]), FOUND)
    assert [span.label for span in retyped] == ["GPE", "GPE", "GPE"]
    # a part of a person the article names keeps its type ("Ali Umm Qasab" said it)
    retyped = places_named_again(body, spans, PersonIndex(["Ali Umm Qasab"]), FOUND)
    assert [span.label for span in retyped][1:] == ["ORG", "PERSON"]


def test_the_model_own_place_label_is_no_evidence(gazetteer):
    body = "Users of Firefox grew. Firefox said so."
    spans = [Span(9, 16, "GPE", None, FOUND.ner), Span(23, 30, "PERSON", None, FOUND.ner)]
    assert places_named_again(body, spans, PersonIndex([]), FOUND) == spans


def test_settlement_noun_in_apposition_and_held_by_mark_places():
    body = ("He grew up in Qal'at Sukkar, a town in the south. Shells hit Umm Qasab, a farming "
            "village near the border, and rebel-held Bir Hamad. Ann Roe, a city councillor, and "
            "privately-held Ardent Group were not places.")
    assert cued(body) == ["Qal'at Sukkar", "Umm Qasab", "Bir Hamad"]


def test_cued_organisation_name_stays_an_organisation(gazetteer):
    body = "Protesters gathered outside Ardent Holdings on Friday."
    spans = [Span(28, 43, "ORG", None, FOUND.ner)]
    assert add_places(body, spans, gazetteer, FOUND) == spans


def test_one_capitalised_word_opening_a_sentence_is_no_facility_name():
    body = "Internal memo: Federal prison guards walked out. Local hospital staff joined them."
    assert facilities(body) == []


def test_acronyms_are_not_cued_places_and_particles_stay_in_names():
    body = "Families near CBP facilities waited; the house in Braunau am Inn, a town on the river."
    assert cued(body) == ["Braunau am Inn"]


def test_a_town_has_one_id_however_the_model_tagged_it():
    from assets.entities.extract import ArticleText, EntityExtractor

    body = ("The siege of Fallujah continued, officials in Baghdad said. Families left Fallujah on foot. "
            "Mr Karimi, who fled Fallujah, said the road to Tabqa in Syria was cut.")
    (result,) = EntityExtractor().extract([ArticleText("p", body, [(0, len(body))], None)])
    ids = {m.entity_id for m in result.mentions if m.text == "Fallujah"}
    assert ids == {"place:al-fallujah"}
    assert {m.entity_id for m in result.mentions if m.text == "Tabqa"} == {"place:al-tabqa"}
