"""Trap cases of issue 11 (orgfix13) on invented sentences: a town's name as its club in a
player's move, brands and venues the model reads as people, channels named by their number, and
the people, places and figures that must keep their type beside them."""

import pytest

from assets.entities.extract import ArticleText
from tests.test_entities_misread_names_traps import extractor, typed  # noqa: F401  (a module fixture)


# ---- a town's name in a player's move, at home or away, or signing a player: its club --------------

@pytest.mark.parametrize("body, name", [
    ("The winger was signed from Norwich in the summer but has not scored.", "Norwich"),
    ("The striker, a £4m signing from Norwich, has played twice.", "Norwich"),
    ("Tom Kask was traded to Leeds before the deadline.", "Leeds"),
    ("The midfielder spent last season on loan from Norwich.", "Norwich"),
    ("Chesterton are at home to Leeds on Saturday.", "Leeds"),
    ("Leeds have secured Tom Kask, a pitcher from the minor leagues.", "Leeds"),
    ("Leeds' coach said the side was tired.", "Leeds"),
])
def test_a_town_in_a_players_move_or_a_fixture_is_its_club(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("Tom Kask moved to Leeds in 1990 to study law.", "Leeds"),  # people move to towns
    ("The mayor of Leeds signed the deal on Monday.", "Leeds"),
    ("Leeds signed Ann Roe's petition against the bypass.", "Leeds"),  # what the person owns
    ("Funds were sent from Norwich to the coast.", "Norwich"),
    ("Ann Roe was born in Norwich, a city in Norfolk.", "Norwich"),
])
def test_a_town_someone_moves_to_or_that_signs_a_paper_stays_a_place(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PLACE"}



@pytest.mark.parametrize("body, name", [
    # a town's name run into a club's further word, in a player's move or before a side's boss
    ("The striker completed a move to Exeter City on Friday.", "Exeter City"),
    ("Tom Kask joined Chesterfield Rovers from a rival in 2010.", "Chesterfield Rovers"),
    ("Manchester City boss Ann Roe praised her players.", "Manchester City"),
    ("The defender is close to a loan move to Exeter City, his agent said.", "Exeter City"),
])
def test_a_clubs_name_in_a_move_or_before_its_boss_is_the_club(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


def test_a_town_named_with_city_that_people_move_to_stays_a_place(extractor):
    assert "ORG" not in typed(extractor, "Ann Roe moved to Kansas City in 1990 to study law.").get("Kansas City", set())

# ---- brands, platforms and venues the model reads as people ----------------------------------------

@pytest.mark.parametrize("body, name", [
    ("The friends documented their trip on Snapgram, sharing a clip each day.", "Snapgram"),
    ("Fans posted dozens of photos on Snapgram after the show.", "Snapgram"),
    ("His latest Streamly special was released in April.", "Streamly"),
    ("Dancers from the Marlowe performed, and the Marlowe is sold out.", "Marlowe"),
    ])
def test_a_platform_a_products_maker_or_a_venue_after_the_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("He starred in the Oscar-nominated film last year.", "Oscar"),  # a modifier before a noun or hyphen
    ("Critics of the Bush administration said Bush had lied.", "Bush"),
    ("The new drama The Hangman, starring Tom Reyes, won a prize.", "Hangman"),  # a title
    ("He wrote a long report on Tom Kask for the council.", "Tom Kask"),  # written about, not posted on
    ("Fans posted messages for Tom Kask, who said he was moved.", "Tom Kask"),
    ("Velkor bought the stake from the Marlowe family, which founded it.", "Marlowe"),
    ("Tom Reyes scored from a Charlie Marlowe kick. Later Marlowe kicked a penalty.", "Marlowe"),
])
def test_a_name_before_a_noun_a_title_or_a_person_written_about_keeps_its_type(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PERSON"}


def test_a_full_name_after_an_indefinite_article_lends_no_surname(extractor):
    # "Kestrel Story" read as a person would make "Kestrel" its surname wherever it stands alone
    found = typed(extractor, "Tom Reyes posted a Kestrel Story about Ann Roe. Later Tom Reyes posted more on Kestrel.")
    assert found.get("Kestrel") == {"ORG"}
    assert found.get("Tom Reyes") == {"PERSON"}


def test_a_full_name_at_every_use_keeps_its_surname(extractor):
    found = typed(extractor, "Tom Reyes joined the board in May. Reyes said he was delighted.")
    assert found.get("Reyes") == {"PERSON"}


# ---- a channel or station named by its number --------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("The drama aired on Channel 4 and Radio 5 last week.", "Channel 4"),
    ("The drama aired on Channel 4 and Radio 5 last week.", "Radio 5"),
    ("The lawyer told VTN 6.", "VTN 6"),
])
def test_a_channel_named_by_its_number_is_one_organisation(extractor, body, name):
    found = typed(extractor, body)
    assert found.get(name) == {"ORG"}
    assert "4" not in found and "6" not in found


@pytest.mark.parametrize("body, absent", [
    ("The index rose 3.5 points on Radio 2.5 news.", "Radio 2"),  # a figure's decimals
    ("Shares in Velkor Group rose 3 per cent.", "Velkor Group 3"),
    ("Microsoft will end support for Velkor 10. Velkor 11 needs new chips.", "Velkor 10"),  # a version
])
def test_a_figure_after_a_name_is_no_channel(extractor, body, absent):
    assert absent not in typed(extractor, body)


# ---- a station's call sign; a month's name an organisation bears ----------------------------------

@pytest.mark.parametrize("body, name", [
    ("Six fans accuse former KVLR DJ Tom Reyes of fraud.", "KVLR"),
    ("She told WVLK-TV on Monday that she would appeal.", "WVLK-TV"),
])
def test_a_call_sign_with_its_band_or_before_a_stations_people_is_the_station(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


def test_a_call_sign_alone_is_left_to_the_model(extractor):
    assert "WVLK" not in typed(extractor, "The WVLK rules apply to all members from next year.")


JUNE_STORES = ("Velkor agreed to buy June Retail Stores for $11bn. Without this deal June would have been in "
               "trouble, analysts said. Talks sped up after June's chairman resigned in January. Velkor will "
               "assume $6bn of June's debt. The deal closes in June.")


def test_a_months_name_an_organisation_bears_is_the_organisation_where_no_date_is_beside_it(extractor):
    (result,) = extractor.extract([ArticleText("t", JUNE_STORES, [(0, len(JUNE_STORES))], None)])
    organisations = {m.start for m in result.mentions if m.text == "June" and m.entity_type == "ORG"}
    assert organisations == {JUNE_STORES.index("June would"), JUNE_STORES.index("June's chairman"),
                             JUNE_STORES.index("June's debt")}
    # "in June" stays the month
    assert [d.text for d in result.dates if d.start == JUNE_STORES.rindex("June")] == ["June"]


def test_a_month_with_a_possessive_and_no_organisation_of_its_name_stays_a_date(extractor):
    body = "The vote is in June. June's elections will be close, Tom Reyes said."
    assert "June" not in typed(extractor, body)


def test_a_kind_of_organisation_before_a_name_of_several_words_types_it_whole(extractor):
    found = typed(extractor, "Scottish outfit Harrow Town hope to sign Tom Reyes before the window shuts.")
    assert found.get("Harrow Town") == {"ORG"}
