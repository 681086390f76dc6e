"""Trap cases of issue 11 on invented sentences: country and place words inside longer names lend
them no country, a country's adjective qualifies a curated organisation of another country, "the
military wing of" is no armed forces, and a party's name used as a common noun is no party
(name_countries.py); with the negatives each rule must leave alone."""

import pytest

from assets.entities.chain import extractors
from assets.entities.extract import ArticleText, EntityExtractor, Span
from assets.entities.gazetteer import load_gazetteer
from assets.entities.name_countries import is_name, names_without_countries, trimmed_name

FOUND = extractors()


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.fixture(scope="module")
def extractor():
    return EntityExtractor()


def mentions(extractor, body):
    (result,) = extractor.extract([ArticleText("t", body, [(0, len(body))], None)])
    return [m for m in result.mentions if not m.extractor.startswith("coreference")]


def countries(extractor, body):
    """{text: the country the mention carries} of the mentions with one."""
    return {m.text: m.entity.iso_code or m.entity.country_code for m in mentions(extractor, body)
            if m.entity.iso_code or m.entity.country_code}


# ---- a place that does not open a geographic name -------------------------------------------------

@pytest.mark.parametrize("body, name, country", [
    ("Navy ships patrolled the Gulf of Oman after the attack.", "Gulf of Oman", "OMN"),
    ("Ferries were late on the Sea of Japan all week.", "Sea of Japan", "JPN"),
    ("Fishing boats left the South China Sea before the storm.", "South China Sea", "CHN"),
    ("Fishermen in the Bay of Bengal sheltered from the cyclone.", "Bay of Bengal", None),
])
def test_a_water_body_takes_no_country_from_the_place_in_its_name(extractor, body, name, country):
    found = mentions(extractor, body)
    assert name in {m.text for m in found}
    assert not any(m.entity.iso_code or m.entity.country_code for m in found)


@pytest.mark.parametrize("body, place, country", [
    ("Oman's navy patrolled the coast near Muscat.", "Muscat", "OMN"),
    ("Rockets were fired from the Gaza Strip on Tuesday.", "Gaza", "PSE"),  # the place opens the name
])
def test_a_place_outside_or_opening_a_name_keeps_its_country(extractor, body, place, country):
    assert countries(extractor, body)[place] == country


# ---- a country's adjective after a word the gazetteer does not read with it -------------------------

def test_a_regions_adjective_is_no_country(extractor):
    found = countries(extractor, "Sales chief for North American markets, Dana Ruel, said the Latin American unit grew.")
    assert "USA" not in found.values()


def test_a_countrys_own_compound_adjective_and_a_plain_one_stay(extractor):
    found = countries(extractor, "South African miners struck while American buyers waited.")
    assert found == {"South African": "ZAF", "American": "USA"}


# ---- a country inside an organisation's name --------------------------------------------------------

@pytest.mark.parametrize("body, lent", [
    ("The actor will speak at a charity lunch for the Northern Jewish Israel Fund.", "ISR"),
    ("Proceeds go to the British Kenya Appeal, the charity said.", "KEN"),
    ("The International Labour Organisation said jobless rates fell in Germany.", "GBR"),
])
def test_a_country_or_party_between_the_words_of_a_name_lends_it_none(extractor, body, lent):
    assert lent not in countries(extractor, body).values()


def test_a_countrys_adjective_opening_a_company_lends_it_none(gazetteer):
    body = "Tickets for Canadian Harbour Theatre sold out."
    end = body.index(" sold")
    spans = [Span(12, 20, "COUNTRY", "country:CAN", FOUND.gazetteer), Span(21, end, "ORG", None, FOUND.ner)]
    assert names_without_countries(body, spans, [(12, end, "ORG")], gazetteer, FOUND) == [Span(12, end, "ORG", None, FOUND.ner)]


def test_a_countrys_adjective_opening_its_own_institution_stays(gazetteer):
    body = "Tickets for Canadian Harbour Police sold out."
    model = [(12, 35, "ORG")]
    spans = [Span(12, 20, "COUNTRY", "country:CAN", FOUND.gazetteer), Span(21, 35, "ORG", None, FOUND.ner)]
    assert names_without_countries(body, spans, model, gazetteer, FOUND) == spans


def test_a_hyphened_pair_of_sides_is_no_name_around_a_country(gazetteer):
    body = "Since the Chile-Peru War began, trade fell."
    model = [(6, 24, "EVENT"), (10, 24, "ORG")]
    spans = [Span(10, 15, "COUNTRY", "country:CHL", FOUND.gazetteer), Span(16, 20, "COUNTRY", "country:PER", FOUND.gazetteer)]
    assert names_without_countries(body, spans, model, gazetteer, FOUND) == spans


def test_the_party_named_whole_keeps_its_country(extractor):
    assert countries(extractor, "The Labour Party won the seat.") == {"Labour Party": "GBR"}


# ---- a country's adjective before another country's curated organisation ---------------------------

def test_a_foreign_adjective_takes_the_curated_country_off_an_organisation(extractor):
    found = countries(extractor, "The head of the clinic at the Israeli Ministry of Defence said 40 soldiers were hurt.")
    assert found == {"Israeli": "ISR"}


def test_the_curated_organisation_alone_keeps_its_country(extractor):
    assert countries(extractor, "The Ministry of Defence in London said two jets flew.")["Ministry of Defence"] == "GBR"


# ---- "the military wing of" --------------------------------------------------------------------------

def test_the_military_wing_of_a_group_is_no_armed_forces(extractor):
    body = ("The Israeli army said rockets fell near Sderot. The Qorran Brigades, which act as the military "
            "arm of the Zafir movement, claimed the attack.")
    found = [m for m in mentions(extractor, body) if m.text == "military"]
    assert found == []


def test_the_military_acting_stays_the_armed_forces_named_before(extractor):
    body = "The Israeli army said rockets fell near Sderot. Later the military said two were intercepted."
    found = [m.entity.entity_id for m in mentions(extractor, body) if m.text == "military"]
    assert found == ["org:armed-forces-of-israel"]


# ---- a party's name used as a common noun ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    '"Labour markets tightened in most regions," the central bank said.',
    "Exports grew in the spring. Labour costs rose faster than prices.",
])
def test_a_party_name_opening_a_sentence_as_a_common_noun_is_no_party(extractor, body):
    assert "GBR" not in countries(extractor, body).values()


@pytest.mark.parametrize("body", [
    "Labour won the seat.",  # the model reads the name
    "Labour costs rose. Voters backed Labour in the city.",  # the article writes it as a name elsewhere
])
def test_a_party_name_the_text_treats_as_a_name_stays_the_party(extractor, body):
    assert "GBR" in countries(extractor, body).values()


# ---- the model's span read as a name ------------------------------------------------------------------

def test_the_model_span_is_trimmed_to_the_name():
    body = "the International Timber Organisation (ITO) said"
    start, end = trimmed_name(body, 0, 43)
    assert body[start:end] == "International Timber Organisation"
    body = "Velmora Blues Theater’s show"
    assert trimmed_name(body, 0, body.index(" show")) == (0, len("Velmora Blues Theater"))


@pytest.mark.parametrize("words, name", [
    (["Gulf", "of", "Oman"], True),
    (["Britain", "and", "France"], False),
    (["Britain,", "France"], False),
    (["Oman"], False),
])
def test_only_capitalised_words_and_particles_make_a_name(words, name):
    assert is_name(words) is name


# ---- a town named "The <noun>" ------------------------------------------------------------------------

def test_a_valley_is_no_town_called_the_valley(extractor):
    assert "AIA" not in countries(extractor, "The ranch lies in the Tarrow Valley, two hours from the coast.").values()


def test_a_town_named_the_and_a_proper_name_is_still_found(gazetteer):
    assert gazetteer.towns["Hague"][0].country_code == "NLD"
    assert gazetteer.towns["Bronx"][0].country_code == "USA"


# ---- where the rules hold back --------------------------------------------------------------------------

def test_a_sentence_opening_word_before_an_adjective_makes_no_peoples_name(gazetteer):
    body = "Freed American sailors flew home."
    spans = [Span(6, 14, "COUNTRY", "country:USA", FOUND.gazetteer)]
    assert names_without_countries(body, spans, [(0, 14, "NORP")], gazetteer, FOUND) == spans


def test_a_countrys_branch_of_a_known_body_keeps_its_country(gazetteer):
    body = "Staff of the Kenyan World Bank said"
    spans = [Span(13, 19, "COUNTRY", "country:KEN", FOUND.gazetteer), Span(20, 30, "ORG", "org:world-bank", FOUND.gazetteer)]
    assert names_without_countries(body, spans, [(9, 30, "ORG")], gazetteer, FOUND) == spans


def test_an_adjective_qualifying_a_place_keeps_its_country(gazetteer):
    body = "The Eastern Kenyan Valley Court ruled."
    spans = [Span(12, 18, "COUNTRY", "country:KEN", FOUND.gazetteer)]
    assert names_without_countries(body, spans, [(0, 31, "LOC")], gazetteer, FOUND) == spans


def test_a_possessive_apart_from_the_name_is_trimmed():
    body = "Velmora Rotterdam 's coach"
    assert trimmed_name(body, 0, body.index(" coach")) == (0, len("Velmora Rotterdam"))


@pytest.mark.parametrize("body, place, country", [
    ("Fighting spread across Northern Iraq overnight.", "Iraq", "IRQ"),
    ("Floods hit Eastern Ukraine on Monday.", "Ukraine", "UKR"),
])
def test_a_compass_word_before_a_place_names_a_part_of_it(gazetteer, body, place, country):
    start = body.index(place)
    name_start = body.rindex(" ", 0, start - 1) + 1
    spans = [Span(start, start + len(place), "COUNTRY", f"country:{country}", FOUND.gazetteer)]
    assert names_without_countries(body, spans, [(name_start, start + len(place), "LOC")], gazetteer, FOUND) == spans
