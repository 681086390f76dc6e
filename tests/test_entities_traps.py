"""Trap cases of issue 11 on invented sentences: one test per error class seen on general news
(money in every numbering, ages and comparisons that are no dates, bare months in the tense's
direction). Bylines have their traps in tests/test_parsed_bylines_traps.py."""

import datetime

import pytest

from assets.entities.dates import find_dates
from assets.entities.extract import ArticleText, EntityExtractor
from assets.entities.money import amount_countries, find_amounts
from assets.entities.quantities import normalise
from assets.entities.relations import MAX_MEETING_SIDES, meetings_met_with
from assets.entities.types import Entity, Event, EventParty, Mention, SentenceLocator

PUBLISHED = datetime.date(2023, 12, 14)


def amounts(text, published=PUBLISHED):
    found = find_amounts(text, published, SentenceLocator([(0, len(text))]))
    for a in found:
        assert text[a.start:a.end] == a.text
    return [(a.text, a.currency, a.amount_min, a.amount_max) for a in found]


def dates(text, published=PUBLISHED, model_spans=()):
    found = find_dates(text, published, SentenceLocator([(0, len(text))]), model_spans)
    return [(d.text, d.value) for d in found]


def model_span(text, surface):
    start = text.index(surface)
    return [(start, start + len(surface))]


# ---- money: Indian numbering ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The port trust approved Rs 13,911 crore for the new berths.",
     ("Rs 13,911 crore", "INR", 13_911e7, 13_911e7)),
    ("A rail corridor worth Rs 1.5 lakh crore is planned across three states.",
     ("Rs 1.5 lakh crore", "INR", 1.5e12, 1.5e12)),
    ("Each farmer receives ₹2 lakh under the scheme.", ("₹2 lakh", "INR", 2e5, 2e5)),
    ("The hospital wing cost Rs. 450 crores to build.", ("Rs. 450 crores", "INR", 450e7, 450e7)),
    ("She was fined Rs 1,50,000 by the tribunal.", ("Rs 1,50,000", "INR", 150_000, 150_000)),
    ("Bids ranged from Rs 200-300 crore for the stadium contract.",
     ("Rs 200-300 crore", "INR", 200e7, 300e7)),
    ("The state cleared a ₹500-crore flyover near the airport.", ("₹500-crore", "INR", 500e7, 500e7)),
])
def test_lakh_and_crore_scale_indian_amounts(text, expected):
    assert amounts(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The airline hopes to raise 16.4bn rupees in the offer.", 16_400_000_000),
    ("The ministry spent $0.3m on consultants.", 300_000),
    ("Rs 2.35 crore was recovered from the trader.", 23_500_000),
])
def test_scaled_figures_are_exact(text, expected):
    (found,) = amounts(text)
    assert found[2] == found[3] == expected


@pytest.mark.parametrize("text, expected", [
    ("The lender booked a 4.2 bln dlr writedown, or $4.2 bln.", ("$4.2 bln", "USD", 4.2e9, 4.2e9)),
    ("Trade reached 1.2 billion U.S. dollars in the first half.",
     ("1.2 billion U.S. dollars", "USD", 1.2e9, 1.2e9)),
])
def test_wire_styles_of_dollar_amounts(text, expected):
    assert amounts(text) == [expected]


def test_lakh_of_units_is_no_money_but_a_count_of_five_million():
    text = "The carmaker sold 50 lakh units of its compact model last year."
    assert amounts(text) == []
    article = ArticleText("t", text, [(0, len(text))], PUBLISHED)
    (extraction,) = EntityExtractor().extract([article])
    assert [(m.text, m.entity_id) for m in extraction.mentions if m.entity_type == "QUANTITY"] == [
        ("50 lakh", "quantity:5000000")]


@pytest.mark.parametrize("text, unit, value", [
    ("3.5 lakh tonnes", "t", "350000 t"), ("2 crore", None, "20000000"), ("1,50,000", None, "150000"),
])
def test_counts_in_indian_numbering(text, unit, value):
    assert normalise(text, unit) == value


# ---- money: every ISO 4217 currency, by code or name -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The utility will borrow PLN 5 billion from a group of lenders.", ("PLN 5 billion", "PLN", 5e9, 5e9)),
    ("The mine paid 300 billion tugriks in royalties.", ("300 billion tugriks", "MNT", 300e9, 300e9)),
    ("Profits rose to 12 billion Norwegian kroner in the quarter.",
     ("12 billion Norwegian kroner", "NOK", 12e9, 12e9)),
    ("A bond of 2 billion CZK was sold on Tuesday.", ("2 billion CZK", "CZK", 2e9, 2e9)),
    ("Copenhagen's budget adds DKK 450 million for cycling lanes.",
     ("DKK 450 million", "DKK", 450e6, 450e6)),
    ("The harbour levy raised 80 million Bulgarian leva.", ("80 million Bulgarian leva", "BGN", 80e6, 80e6)),
    ("Lima spent 900 million soles on the metro line.", ("900 million soles", "PEN", 900e6, 900e6)),
    ("The co-operative lent 3 million Ghanaian cedis to cocoa growers.",
     ("3 million Ghanaian cedis", "GHS", 3e6, 3e6)),
])
def test_currencies_by_iso_code_and_cldr_name(text, expected):
    assert amounts(text) == [expected]


def test_shared_unit_word_takes_the_currency_of_the_country_named():
    assert amounts("In Sweden the grant is 40 million kronor.") == [
        ("40 million kronor", "SEK", 40e6, 40e6)]
    assert amounts("The Norwegian ferry line got 40 million kroner.")[0][1] == "NOK"
    assert amounts("Copenhagen gave Danish artists 5 million kroner.")[0][1] == "DKK"


@pytest.mark.parametrize("text", [
    "TOP 10 destinations for the summer, ranked by readers.",
    "ALL 3 candidates answered the question.",
    "The striker passed the 5 million mark on social media followers.",
    "The lab bought 20 AMD servers for the cluster.",
    "Flying with the jets were 300 ANG Airmen from the wing.",
])
def test_codes_and_units_that_are_words_are_no_money(text):
    assert amounts(text) == []



@pytest.mark.parametrize("text", [
    "Four BKT riders crossed the line together.",
    "Two GHC sprinters reached the final in Tamsworth.",
])
def test_a_spelled_out_small_number_before_a_code_is_no_money(text):
    assert amounts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The lender wrote off 3 GHC worth of bad loans.", []),  # a generated code needs money's figure
    ("Ghana's mint printed two billion GHC in new notes.", [("two billion GHC", "GHC", 2e9, 2e9)]),
    ("Two Jordanian dinars bought a loaf in Amman.", [("Two Jordanian dinars", "JOD", 2.0, 2.0)]),
])
def test_a_code_takes_a_figure_or_a_scale_word_and_a_name_a_counting_word(text, expected):
    assert amounts(text) == expected


# ---- money: pounds of weight ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Marlow took the 145-pound title bout at the Dunmore arena.",
    "Teagan Rusk won four matches in the 160-pound division.",
    "Rusk reached the final at 152 pounds before losing on points.",
    "The newborn weighed 7 pounds at the Fenwick clinic.",
    "The heavyweight came in at 230 pounds for the London bout.",
])
def test_pounds_of_weight_are_no_money(text):
    assert amounts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The driver paid a 60-pound fine in Leeds.", ("60-pound", "GBP", 60.0, 60.0)),
    ("She handed over a 20-pound note.", ("20-pound", "GBP", 20.0, 20.0)),
    ("The Bristol stall sold the lamp for 45 pounds.", ("45 pounds", "GBP", 45.0, 45.0)),
    ("Tickets cost 35 pounds at the door.", ("35 pounds", "GBP", 35.0, 35.0)),
    ("The club in London lost 80 pounds a week on the bar.", ("80 pounds", "GBP", 80.0, 80.0)),
    ("The Delmont charity raised 2 million pounds.", ("2 million pounds", "GBP", 2e6, 2e6)),
    ("A magistrate fined the Harwick landlord 700 pounds.", ("700 pounds", "GBP", 700.0, 700.0)),
    ("The Kestrel Trust raised 6,400 pounds at its spring fair.", ("6,400 pounds", "GBP", 6400.0, 6400.0)),
    ("Middle-class tenants in Coldbrook were charged 300 pounds.", ("300 pounds", "GBP", 300.0, 300.0)),
    ("The anglers donated 250 pounds to the lifeboat crew.", ("250 pounds", "GBP", 250.0, 250.0)),
])
def test_pounds_of_money_stay_money(text, expected):
    assert amounts(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Kelvar's sales fell 4% in 2021 to 640m euros.", [("640m euros", "EUR", 640e6, 640e6)]),
    ("The fund grew 12% since 2019 to 3bn euros.", [("3bn euros", "EUR", 3e9, 3e9)]),
    ("The Dutch brewer lifted profit for the first half of 1996 to 1.2 billion guilders.",
     [("1.2 billion guilders", "NLG", 1.2e9, 1.2e9)]),
    ("Earnings for the first six months of 2019 to 3.4bn euros beat forecasts.",
     [("3.4bn euros", "EUR", 3.4e9, 3.4e9)]),
    ("The brewer forecast profit for 2020 to 800m euros.", [("800m euros", "EUR", 800e6, 800e6)]),
    # a change between two sums, and a range of figures, stay what they were
    ("Profits rose from 500 to 789m euros.", [("500 to 789m euros", "EUR", 500e6, 789e6)]),
    ("Pellets sold for 2020-2500 euros a lorry.", [("2020-2500 euros", "EUR", 2020.0, 2500.0)]),
])
def test_a_year_before_to_is_no_end_of_a_range(text, expected):
    assert amounts(text) == expected
    # the entities_amounts suite blocks a batch whose range has equal ends
    assert all((a.bound == "range") == (a.amount_min < a.amount_max)
               for a in find_amounts(text, PUBLISHED, SentenceLocator([(0, len(text))])))


def test_a_weight_in_pounds_is_a_quantity_in_lb():
    assert normalise("145-pound", "lb") == "145 lb"

# ---- money: vague amounts ----------------------------------------------------------------------

@pytest.mark.parametrize("text, currency", [
    ("The floods caused billions of dollars in damage.", "USD"),
    ("Brussels has spent millions of euros on the study.", "EUR"),
    ("Investors poured hundreds of millions of dollars into the start-up.", "USD"),
])
def test_orders_of_magnitude_are_vague(text, currency):
    (found,) = find_amounts(text, PUBLISHED, SentenceLocator([(0, len(text))]))
    assert found.vague and found.currency == currency


def test_a_stated_figure_is_not_vague():
    (found,) = find_amounts("The city paid $4 billion for the bridge.", PUBLISHED, SentenceLocator([(0, 40)]))
    assert not found.vague


# ---- dates: ages and comparisons ---------------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("The 64-year-old engineer retired after the merger.", "64-year-old"),
    ("Her son, now 25 years old, runs the family bakery.", "25 years old"),
    ("Exports rose 7% year on year in November.", "year on year"),
    ("Sales fell 3% quarter-over-quarter, the retailer said.", "quarter-over-quarter"),
    ("The driver, aged 58, was unhurt.", "58"),
])
def test_ages_and_comparisons_are_no_dates(text, surface):
    assert all(surface not in found for found, _ in dates(text, model_spans=model_span(text, surface)))


def test_a_duration_next_to_an_age_is_still_a_date():
    text = "The 40-year-old teacher has worked there for five years."
    assert dates(text, model_spans=model_span(text, "40-year-old")) == [("five years", "P5Y")]


# ---- dates: a bare month in the direction of the tense ------------------------------------------

@pytest.mark.parametrize("text, value", [
    # written in December: no tense cue, the nearest January is the coming one
    ("The town is preparing the celebration in January.", "2024-01"),
    ("Tickets for the celebration in January are on sale.", "2024-01"),
    # past tense: the last such month
    ("The council approved the plan in January.", "2023-01"),
    ("The talks were held in February.", "2023-02"),
    ("In January, the minister said, the fund ran dry.", "2023-01"),
    ("The envoys met in February to settle the dispute.", "2023-02"),
    ("The treaty would be signed in February, the envoys said.", "2024-02"),
    ("Talks will be held in February.", "2024-02"),
    # future: the next such month
    ("The bridge will reopen in March.", "2024-03"),
    ("Officials said the vote is scheduled for June.", "2024-06"),
    # no cue and closer behind: the last one
    ("Prices in October set a record.", "2023-10"),
    # this very month, whatever the tense
    ("The market opens in December.", "2023-12"),
])
def test_bare_month_follows_the_tense(text, value):
    (found,) = dates(text)
    assert found[1] == value


def test_last_and_next_month_names_override_tense():
    assert dates("Next January the rules will change.")[0][1] == "2024-01"
    assert dates("Since March, output has doubled.")[0][1] == "2023-03"


# ---- money: the countries of an amount are its sentence's parties -------------------------------

def country_mentions(text, names):
    """COUNTRY mentions of `names` (surface -> ISO code) in a one-sentence text."""
    return [Mention(text.index(name), text.index(name) + len(name), name, 0,
                    Entity(f"country:{code}", "COUNTRY", name, iso_code=code), 0.9, "gazetteer")
            for name, code in names.items()]


@pytest.mark.parametrize("text, names, expected", [
    ("The bonds, denominated in US dollars, raised $2 billion for Kenya.",
     {"US": "USA", "Kenya": "KEN"}, ["KEN"]),
    ("A ferry across the Strait of Gibraltar will cost Morocco $300 million.",
     {"Gibraltar": "GIB", "Morocco": "MAR"}, ["MAR"]),
    ("Lenders gave Fiji A$2 billion, paid in Australian dollars.",
     {"Fiji": "FJI", "Australian": "AUS"}, ["FJI"]),
    ("Canada lent the Republic of Ghana $1 billion.", {"Canada": "CAN", "Ghana": "GHA"}, ["CAN", "GHA"]),
    ("Peru paid US$40 million to Chile.", {"Peru": "PER", "US": "USA", "Chile": "CHL"}, ["PER", "CHL"]),
])
def test_amount_countries_leave_out_currency_and_name_parts(text, names, expected):
    (found,) = find_amounts(text, PUBLISHED, SentenceLocator([(0, len(text))]))
    assert amount_countries(text, found, country_mentions(text, names)) == expected


# ---- people and titles: the person met, the whole owner of a title, past roles --------------------

def extraction_of(text):
    article = ArticleText("t", text, [(0, len(text))], PUBLISHED)
    (extraction,) = EntityExtractor().extract([article])
    return extraction


def relations_of(text, predicate):
    """(subject, object, attributes) of `predicate` in a one-sentence text, by canonical name."""
    extraction = extraction_of(text)
    names = {m.entity_id: m.entity.canonical_name for m in extraction.mentions}
    return [(names[r.subject_id], names[r.object_id], r.attributes)
            for r in extraction.relations if r.predicate == predicate]


@pytest.mark.parametrize("text, met", [
    ("Wang Yi met Azerbaijan's transport minister, Rashad Aliyev, in Baku on Monday.", "Rashad Aliyev"),
    ("Ivan Petrov held talks with Germany's economy minister, Karl Weber, on Tuesday.", "Karl Weber"),
    ("Wang Yi met Iraqi Foreign Minister Fuad Hussein in Baghdad.", "Fuad Hussein"),
])
def test_met_with_points_at_the_person_the_text_names(text, met):
    assert [obj for _, obj, _ in relations_of(text, "met_with")] == [met]


def test_met_with_a_country_whose_minister_goes_unnamed_stays_with_the_country():
    assert [obj for _, obj, _ in relations_of("Wang Yi met Azerbaijan on trade last week.", "met_with")] == ["Azerbaijan"]


@pytest.mark.parametrize("text, met", [
    ("Levan Kapanadze met the prime minister of Armenia, Nikol Ashot, in Yerevan.", "Nikol Ashot"),
    ("Levan Kapanadze held talks with the foreign minister of Azerbaijan, Elmar Mammadov.", "Elmar Mammadov"),
])
def test_met_with_the_office_of_a_country_is_its_named_holder(text, met):
    assert [obj for _, obj, _ in relations_of(text, "met_with")] == [met]


@pytest.mark.parametrize("text", [
    "Levan Kapanadze met the people of Armenia in Yerevan.",
    "Levan Kapanadze met the prime minister of Armenia in Yerevan.",
])
def test_met_with_an_office_or_crowd_of_a_country_names_no_one(text):
    assert relations_of(text, "met_with") == []


@pytest.mark.parametrize("text", [
    "Levan Kapanadze met Azerbaijan's transport minister, Rashad Aliyev, in Baku on Monday.",
    "Levan Kapanadze met the prime minister of Armenia, Nikol Ashot, in Yerevan.",
])
def test_met_with_and_the_meet_event_name_the_same_person(text):
    extraction = extraction_of(text)
    [relation] = [r for r in extraction.relations if r.predicate == "met_with"]
    [event] = [e for e in extraction.events if e.event_type == "meet"]
    assert {p.entity_id for p in event.parties} == {relation.subject_id, relation.object_id}


@pytest.mark.parametrize("text, pairs", [
    ("Kofi Annan met Ariel Sharon and Mahmoud Abbas in Jerusalem.",
     [("Kofi Annan", "Ariel Sharon"), ("Kofi Annan", "Mahmoud Abbas")]),
    ("Gordon Brown's meeting with Alan Greenspan took place in Washington on Monday.",
     [("Gordon Brown", "Alan Greenspan")]),
])
def test_every_side_of_a_held_meeting_is_met_with_its_first_side(text, pairs):
    assert sorted((subject, obj) for subject, obj, _ in relations_of(text, "met_with")) == pairs


@pytest.mark.parametrize("text", [
    "Tony Blair ruled out a meeting with Jacques Chirac.",
    "Levan Kapanadze met the people of Armenia in Yerevan.",
])
def test_a_denied_meeting_or_a_country_gives_no_met_with_from_the_event(text):
    assert [r for r in extraction_of(text).relations if r.extractor == "event:meet"] == []


def test_a_meeting_told_with_a_pronoun_joins_the_person_it_stands_for():
    extraction = extraction_of("Jack Straw arrived in Delhi on Thursday. He held talks with Manmohan Singh on Friday.")
    names = {m.entity_id: m.entity.canonical_name for m in extraction.mentions}
    assert [(names[r.subject_id], names[r.object_id]) for r in extraction.relations if r.predicate == "met_with"] == [
        ("Jack Straw", "Manmohan Singh")]


@pytest.mark.parametrize("text, joined", [
    ("Ana Ruiz met senior Acme Holdings executives in Oslo.", 0),
    ("Ana Ruiz met Acme Holdings in Oslo.", 1),
])
def test_a_side_that_only_qualifies_the_people_met_gives_no_met_with(text, joined):
    def named(name, entity_type):
        start = text.index(name)
        return Mention(start, start + len(name), name, 0, Entity(f"{entity_type.lower()}:{name}", entity_type, name),
                       0.9, "ner")

    sides = [named("Ana Ruiz", "PERSON"), named("Acme Holdings", "ORG")]
    meeting = Event("meet", "done", [EventParty(m, "party") for m in sides], 0, 0, len(text), "met", 0.8, "test")
    assert len(meetings_met_with(text, [meeting], sides, [], [])) == joined


def test_a_planned_meeting_gives_a_met_with_marked_planned():
    relations = [r for r in extraction_of("Tony Blair will meet Jacques Chirac in Paris next week.").relations
                 if r.predicate == "met_with"]
    assert [r.attributes for r in relations] == [{"status": "planned"}]


@pytest.mark.parametrize("sides, joined", [(3, 2), (MAX_MEETING_SIDES, MAX_MEETING_SIDES - 1), (MAX_MEETING_SIDES + 1, 0)])
def test_a_meeting_of_more_named_sides_than_a_few_is_a_summit_without_met_with(sides, joined):
    text = "Anna Berg, Carl Dahl, Eva Falk, Gustav Holm and Ida Jansson met in Oslo."
    people = [m for m in extraction_of(text).mentions if m.entity_type == "PERSON"]
    assert len(people) == 5
    meeting = Event("meet", "done", [EventParty(m, "party") for m in people[:sides]], 0, 0, len(text), "met", 0.8, "test")
    assert len(meetings_met_with(text, [meeting], people, [], [])) == joined


@pytest.mark.parametrize("text, person, owner", [
    ("Kenya's Cabinet secretary for transport, James Macharia, said the railway would open in May.",
     "James Macharia", "Kenya"),
    ("Kathryn Wylde, head of the Partnership for New York City, said the tax would hurt employers.",
     "Kathryn Wylde", "Partnership for New York City"),
    ("Richard Gowan, U.N. Director for the International Crisis Group, said the council was divided.",
     "Richard Gowan", "International Crisis Group"),
    ("Gazprom boss Ivan Petrov said exports would rise.", "Ivan Petrov", "Gazprom"),  # "boss" is an office
])
def test_the_owner_of_a_title_is_the_whole_country_or_organisation_the_text_gives(text, person, owner):
    assert [(subject, obj) for subject, obj, _ in relations_of(text, "works_for")] == [(person, owner)]


@pytest.mark.parametrize("text, person, owner", [
    ("John Harding, a former president of the World Bank, said the loan was too small.",
     "John Harding", "World Bank"),
    ("The ex-chairman of Gazprom, Ivan Petrov, said the pipeline would be finished.", "Ivan Petrov", "Gazprom"),
    # "former" before the name of what the title is held in
    ("Separately, former Gazprom chief Ivan Petrov began testimony on Friday.", "Ivan Petrov", "Gazprom"),
])
def test_a_past_role_is_marked_former(text, person, owner):
    assert relations_of(text, "works_for") == [(person, owner, {"former": True})]
    [(_, _, attributes)] = relations_of(text, "holds_title")
    assert attributes["former"] is True


@pytest.mark.parametrize("text", [
    "Anna Weber, the president of the World Bank, said the loan was too small.",
    "The talks stalled, and then Chilean President Ana Torres said the border would stay shut.",
    "The former colony's Gazprom chief Ivan Petrov said exports would rise.",
])
def test_a_current_role_carries_no_former_mark(text):
    [(_, _, attributes)] = relations_of(text, "holds_title")
    assert "former" not in attributes


def test_a_company_possessed_by_a_country_keeps_its_own_chief():
    """Only a body of the state (cabinet, treasury) hands its titles to the country."""
    assert [(s, o) for s, o, _ in relations_of(
        "Russia's Gazprom chief executive Alexei Miller said exports would rise.", "works_for")] != [
        ("Alexei Miller", "Russia")]


def test_amount_countries_are_set_on_the_amounts_of_the_chain():
    extraction = extraction_of("The bonds, denominated in US dollars, raised $2 billion for Kenya.")
    assert [a.countries for a in extraction.amounts] == [["KEN"]]
