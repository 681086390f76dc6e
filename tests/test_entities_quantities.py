"""QUANTITY mentions (quantities.py), money counted in words, and person names the small model
misses, on invented text."""

import datetime
import re

import pytest

from assets.entities.extract import ArticleText, EntityExtractor
from assets.entities.money import find_amounts
from assets.entities.quantities import normalise, unit_quantities
from assets.entities.types import SentenceLocator

PUBLISHED = datetime.date(2021, 3, 15)


def sentence_spans(body):
    return [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", body)]


def extract(body):
    (result,) = EntityExtractor().extract([ArticleText("q1", body, sentence_spans(body), PUBLISHED)])
    return result


@pytest.mark.parametrize("text, span, unit", [
    ("The plant will ship 40,000 tonnes of cement a year.", "40,000 tonnes", "t"),
    ("A solar park of 2.6 gigawatts opened.", "2.6 gigawatts", "GW"),
    ("Exports rose 12% last year.", "12%", "percent"),
    ("Turnout fell by 15 to 20 per cent.", "15 to 20 per cent", "percent"),
    ("The line runs 290 kilometres to the coast.", "290 kilometres", "km"),
    ("The wells sit about 80m apart.", "80m", "m"),
    ("The reserve covers 1,200 square miles of steppe.", "1,200 square miles", "mi2"),
    ("They will build a 1,500 MW LNG-fired plant.", "1,500 MW", "MW"),  # the symbol's capitals
    ("A 33 kV Line links the mine.", "33 kV", "kV"),
])
def test_unit_grammar(text, span, unit):
    (found,) = unit_quantities(text)
    assert (text[found[0]:found[1]], found[2]) == (span, unit)


def test_millions_written_m_are_not_metres():
    assert unit_quantities("Funds reached 3.2m farmers in the valley.") == []


def test_a_unit_written_as_a_word_in_capitals_is_no_unit():
    assert unit_quantities("It hired 5 M People in the valley.") == []


def test_a_figure_s_unit_symbol_is_no_organisation():
    body = "Tarvel Gas and Orvane Power Corp agreed to develop a 1,500 MW LNG-fired plant in the south."
    mentions = {m.text: m.entity_type for m in extract(body).mentions}
    assert mentions["1,500 MW"] == "QUANTITY"
    assert "MW" not in mentions


@pytest.mark.parametrize("text, unit, value", [
    ("4.7 million", None, "4700000"), ("3,000 to 5,000", None, "3000-5000"), ("five", None, "5"),
    ("290 kilometres", "km", "290 km"), ("12%", "percent", "12 percent"), ("dozens", None, "dozens"),
])
def test_normalised_value(text, unit, value):
    assert normalise(text, unit) == value


def test_quantities_in_an_article():
    body = ("The cooperative employs 2,300 people and grew its harvest by 18% in the valley. "
            "A new canal of 45 kilometres cost $12 million. One of the pumps failed in 2019. "
            "In one case a farmer said one pump was enough. "
            "Call 555-201-7788 for details.")
    result = extract(body)
    quantities = {m.text: m.entity_id for m in result.mentions if m.entity_type == "QUANTITY"}
    assert quantities["2,300"] == "quantity:2300"
    assert quantities["18%"] == "quantity:18 percent"
    assert quantities["45 kilometres"] == "quantity:45 km"
    assert not any("12" in text or "2019" in text or "555" in text or text.lower() == "one" for text in quantities)
    assert [a.text for a in result.amounts] == ["$12 million"]
    assert not any(r.subject_id.startswith("quantity:") or r.object_id.startswith("quantity:")
                   for r in result.relations)


def test_counted_currency_words_are_money():
    body = "Porters earn three Omani rials a shift, and one dinar buys lunch in Amman."
    found = find_amounts(body, PUBLISHED, SentenceLocator([(0, len(body))]))
    assert [(a.text, a.currency, a.amount_min) for a in found] == [
        ("three Omani rials", "OMR", 3), ("one dinar", "JOD", 1)]
    assert find_amounts("a pound of flour", PUBLISHED, SentenceLocator([(0, 16)])) == []


def test_bare_surname_after_full_name_links_to_the_person():
    body = ("Jonas Kettleby opened the mill on Monday. Kettleby hopes to hire more staff. "
            "Neighbours say Kettleby works late.")
    people = [m for m in extract(body).mentions if m.entity_type == "PERSON"]
    assert {m.entity_id for m in people} == {"person:jonas-kettleby"}
    assert len(people) == 3


def test_untitled_name_after_locative_preposition_is_a_place_when_no_person_has_it():
    from assets.entities.chain import extractors
    from assets.entities.extract import PersonIndex, Span, place_not_person

    body = "Convoys were seen near Qarmuzi on Tuesday."
    start = body.index("Qarmuzi")
    found = extractors()
    span = Span(start, start + 7, "PERSON", None, found.ner)
    assert place_not_person(body, span, PersonIndex([]), found).label == "GPE"
    assert place_not_person(body, span, PersonIndex(["Amir Qarmuzi"]), found).label == "PERSON"
