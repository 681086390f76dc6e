"""Trap cases of issue 11 (orgfix14) on invented sentences: a country's adjective naming a
language, a country's name that is a person's first name, makers of goods and research sources
the model reads as people, and the countries, places and people that must keep their type."""

import pytest

from tests.test_entities_misread_names_traps import countries, extractor, typed  # noqa: F401  (a module fixture)


# ---- a country's adjective naming a language is no country ------------------------------------------

@pytest.mark.parametrize("body", [
    "The band chose the Spanish word for door as its name.",
    "She wrote the lyrics in Spanish.",
    "Tom Kask sang the chorus in Spanish, then in English.",
    "He speaks French and German.",
    "The film was dubbed into Italian and subtitled in English.",
])
def test_a_demonym_naming_a_language_is_no_country(extractor, body):
    assert countries(extractor, body) == set()


@pytest.mark.parametrize("body, country", [
    ("Spanish banks lent more to builders.", "country:ESP"),
    ("Fishing boats were seized in Spanish waters.", "country:ESP"),  # a noun after it: the country's
    ("The firm moved its offices from French soil to Ireland.", "country:FRA"),
])
def test_a_demonym_qualifying_a_noun_keeps_its_country(extractor, body, country):
    assert country in countries(extractor, body)


# ---- a country's name that is a person's first name ------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("The director Jordan Whitlock spoke to fans. Jordan said he liked the script.", "Jordan"),
    ("Kenya Barris wrote the show, and Barris cast it. Kenya said it would return next year.", "Kenya"),
])
def test_a_country_that_is_a_persons_first_name_is_the_person(extractor, body, name):
    found = typed(extractor, body)
    assert found.get(name) == {"PERSON"}
    assert countries(extractor, body) == set()


@pytest.mark.parametrize("body, name", [
    ("The update made a controversial change to America Chavez's card.", "America Chavez"),
    ("The columnist India Knight wrote about the show.", "India Knight"),
])
def test_a_country_that_is_a_common_given_name_opening_a_persons_name_is_the_given_name(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PERSON"}
    assert countries(extractor, body) == set()


@pytest.mark.parametrize("body, country", [
    ("Jordan King Abdullah said the border would reopen.", "country:JOR"),  # a title after the country
    ("Kazakhstan Temir Zholy ordered 300 wagons.", "country:KAZ"),  # no given name: a company's name
])
def test_a_country_before_a_title_or_that_is_no_given_name_stays_a_country(extractor, body, country):
    assert country in countries(extractor, body)


@pytest.mark.parametrize("body, country", [
    ("Jordan Whitlock directed the film. He later toured Jordan with the cast.", "country:JOR"),
    ("Kenya Barris wrote the show, and Barris cast it. Prices rose in Kenya.", "country:KEN"),
    ("Tom Reyes flew to Jordan. Jordan said it would close its border.", "country:JOR"),  # no such person
])
def test_a_country_after_a_word_of_place_or_without_such_a_person_stays_a_country(extractor, body, country):
    assert country in countries(extractor, body)


# ---- makers of goods and research sources are organisations ----------------------------------------

@pytest.mark.parametrize("body, name", [
    ("British car maker Halden Vorst has taken on its rivals. Halden Vorst will build 500 cars.", "Halden Vorst"),
    ("According to Mortimer, investors fall short by 2% a year.", "Mortimer"),  # a sentence opening "According"
])
def test_a_goods_maker_or_a_source_after_according_to_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("The award went to film maker Tom Reyes for his debut.", "Tom Reyes"),  # a film maker is a person
    ("Lawmaker Ann Kask voted against the bill.", "Ann Kask"),
    ("According to Tom Reyes, investors fall short.", "Tom Reyes"),
    ("According to Mortimer, she was late for the vote.", "Mortimer"),  # "she": a person
])
def test_a_person_after_a_trade_or_as_a_source_stays_a_person(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PERSON"}


# ---- a club fielding a player: before a position and the player, after "at <position> for", heading a team sheet

@pytest.mark.parametrize("body, name", [
    ("The Tykes have brought in Halverton prop Tom Kask on loan.", "Halverton"),
    ("Ben Roe is named at hooker for Quarrymen in one of four changes.", "Quarrymen"),
    ("Team news. Halverton: Roe; Kask, Lund, Vale, Moss; Dane, Hart; Bell (capt), Reed.", "Halverton"),
])
def test_a_club_fielding_a_player_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("Kask is now at the Halverton centre for the arts.", "Halverton"),  # no player's name after it
    ("She met Tom Kask in Halverton: a busy day.", "Halverton"),  # a colon before no team sheet
])
def test_a_town_before_a_building_or_a_colon_stays_a_place(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PLACE"}


# ---- an organisation's short name the model reads as a people's adjective ---------------------------

@pytest.mark.parametrize("word, short_name", [
    ("Brakmoor", True),  # a coined word: the short name of "Brakmoor Studios"
    ("Republican", False),  # an English word: the adjective of "Republican Party"
])
def test_a_coined_word_read_as_a_peoples_adjective_is_an_organisations_short_name(word, short_name):
    from assets.entities.chain import Found
    from assets.entities.extract import Span
    from assets.entities.gazetteer import load_gazetteer
    from assets.entities.organisations import short_names

    body = f"He set up {word} Studios in 1997. The next title from {word} is a game."
    model = Found(0.75, "ner")
    full, alone = body.index(f"{word} Studios"), body.rindex(word)
    spans = [Span(full, full + len(word) + 8, "ORG", None, model), Span(alone, alone + len(word), "NORP", None, model)]
    assert (word in short_names(body, spans, load_gazetteer(), set())) is short_name


def test_a_networks_numbered_channel_as_a_subject_is_one_organisation(extractor):
    found = typed(extractor, "The network VTN said its ratings rose. VTN Two will run a documentary next month.")
    assert found.get("VTN Two") == {"ORG"} and "Two" not in found


def test_a_number_after_another_name_stays_a_count(extractor):
    assert "Velkor Two" not in typed(extractor, "Ten of the Velkor staff said the Velkor Two will be enough.")


@pytest.mark.parametrize("body", [
    "The Reds are sixth in the table, 15 points behind leaders Halverton.",
    "Premiership leaders Halverton won again on Saturday.",
])
def test_a_side_named_by_its_standing_in_a_league_is_an_organisation(extractor, body):
    assert typed(extractor, body).get("Halverton") == {"ORG"}


def test_leaders_before_people_named_in_full_stay_people(extractor):
    found = typed(extractor, "EU leaders Tom Kask and Ann Lund met on Monday.")
    assert found.get("Tom Kask") == {"PERSON"} and found.get("Ann Lund") == {"PERSON"}


# ---- a player named after his club and role is a person -------------------------------------------

def test_a_name_after_a_club_and_a_players_role_is_a_person(extractor):
    found = typed(extractor, "They are preparing a summer bid for Lazio Roma striker Mariano.")
    assert found.get("Mariano") == {"PERSON"}


@pytest.mark.parametrize("body, cue", [
    ("a bid for Velkor striker Mariano", True),
    ("Velkor prop Mariano scored", True),
    ("the Velkor fans Mariano sang with", False),  # a side's crowd is no one's name
    ("a bid for the striker Mariano", False),  # no club's name before the role
])
def test_a_players_role_after_a_clubs_name_is_a_person_cue(body, cue):
    from assets.entities.names import has_person_cue

    start = body.index("Mariano")
    assert has_person_cue(body, start, start + len("Mariano"), set()) is cue


# ---- a common noun named after a country refers to no country ----------------------------------------

@pytest.mark.parametrize("body", [
    "The diner in Ohio sells French fries and Danish pastries.",
    "The Treasury sold the bonds in a Dutch auction on Tuesday.",
    "Bankers keep Chinese walls between their advisory and trading desks.",
    "The Spanish flu of 1918 killed millions.",
    "Fans did a Mexican wave, and a German shepherd barked.",
    "Turkish Delight and Swiss cheese were on sale in Leeds.",
])
def test_a_country_opening_a_common_noun_named_after_it_is_no_country(extractor, body):
    assert countries(extractor, body) == set()


def test_a_place_opening_a_common_noun_named_after_it_is_no_place(extractor):
    assert "Brussels" not in typed(extractor, "The farm in Kent grows Brussels sprouts.")
    assert typed(extractor, "The farm sold sprouts in Brussels.").get("Brussels") == {"PLACE"}


@pytest.mark.parametrize("body, country", [
    ("French firms sold fries to the army.", "country:FRA"),  # the adjective on another noun
    ("Dutch banks held an auction of bonds.", "country:NLD"),
    ("Prices of Turkish coffee beans rose as Turkey cut exports.", "country:TUR"),  # the country named too
])
def test_a_country_beside_such_nouns_stays_a_country(extractor, body, country):
    assert country in countries(extractor, body)
