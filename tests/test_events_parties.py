"""Who the parties of an event are (events.py): descriptions that refer back by the kind of
entity they name, units of a named parent, one meeting per side met one by one, talks that failed,
on invented sentences, each rule with the reading it must not make."""

import pytest

from assets.entities.dates import find_dates
from assets.entities.events import find_events_of_articles
from assets.entities.money import find_amounts
from assets.entities.types import Entity, Mention, SentenceLocator
from tests.test_entities_events import PUBLISHED, events_of, sentence_spans, summary

CORVANE = ("Corvane", "org:corvane")
TALBOT = ("Talbot Resources", "org:talbot")
BRENNA = ("Brenna Copper", "org:brenna")
PELORA = ("Pelora Holdings", "org:pelora")


def summaries(body, *pairs, kind=None):
    return [summary(e) for e in events_of(body, *pairs, kind=kind)]


def test_the_project_is_the_name_written_before_a_project_noun():
    body = ("The Kestrel rail plan is to go ahead this year. "
            "The Norland Treasury has allocated $5bn for the project.")
    assert summaries(body, ("Kestrel", "person:kestrel"), ("Norland Treasury", "org:treasury"), kind="fund") == [
        ("fund", "done", ("org:treasury",), ("person:kestrel",))]


def test_the_project_with_two_projects_named_in_its_nearest_sentence_stays_unresolved():
    body = ("The Kestrel rail plan and the Osprey road scheme are to go ahead. "
            "The Norland Treasury has allocated $5bn for the project.")
    assert events_of(body, ("Kestrel", "person:kestrel"), ("Osprey", "org:osprey"),
                     ("Norland Treasury", "org:treasury"), kind="fund") == []


def test_the_party_is_the_political_party_named_last():
    body = ("Omar Bello has long backed the Pelora Party. "
            "Sir Ian Roe gave £2m to the party last year.")
    assert summaries(body, ("Omar Bello", "person:bello"), ("Pelora Party", "org:pelora-party", "political_party"),
                     ("Ian Roe", "person:roe"), kind="fund") == [
        ("fund", "done", ("person:roe",), ("org:pelora-party",))]


def test_the_party_is_no_company():
    body = "Omar Bello has long backed Talbot Resources. Sir Ian Roe gave £2m to the party last year."
    assert events_of(body, ("Omar Bello", "person:bello"), TALBOT, ("Ian Roe", "person:roe"), kind="fund") == []


def test_the_country_is_the_one_country_named_before_it():
    body = "The economy of Pelora shrank in May. Veltrix Bank lent the country $2bn."
    assert summaries(body, ("Pelora", "country:PEL"), ("Veltrix Bank", "org:veltrix"), kind="lend") == [
        ("lend", "done", ("org:veltrix",), ("country:PEL",))]


def test_the_country_after_two_countries_stays_unresolved():
    body = "The economies of Pelora and Norland shrank in May. Veltrix Bank lent the country $2bn."
    assert events_of(body, ("Pelora", "country:PEL"), ("Norland", "country:NOR"), ("Veltrix Bank", "org:veltrix"),
                     kind="lend") == []


def test_a_unit_of_a_named_parent_is_the_unit_introduced_before():
    body = ("Talbot Resources owns the copper unit Brenna Copper. "
            "The former Talbot subsidiary was acquired by Pelora Holdings.")
    assert summaries(body, TALBOT, BRENNA, ("Talbot", "org:talbot"), PELORA, kind="acquire") == [
        ("acquire", "done", ("org:pelora",), ("org:brenna",))]


def test_a_unit_of_a_parent_without_a_unit_introduced_is_the_parent():
    body = "Pelora Holdings bought the Talbot unit for $3bn."
    assert summaries(body, PELORA, ("Talbot", "org:talbot"), kind="acquire") == [
        ("acquire", "done", ("org:pelora",), ("org:talbot",))]


def test_a_participle_joined_to_a_passive_takes_its_by_agent_as_buyer():
    body = "Brenna Copper was sold off in May and acquired by Pelora Holdings."
    assert summaries(body, BRENNA, PELORA, kind="acquire") == [("acquire", "done", ("org:pelora",), ("org:brenna",))]


def test_financing_the_purchase_of_a_company_does_not_fund_that_company():
    body = "Pelora Holdings took loans to finance the purchase of Brenna Copper."
    assert events_of(body, PELORA, BRENNA, kind="fund") == []


def test_its_stands_for_the_one_organisation_of_its_own_sentence():
    body = ("Talbot Resources said the Corvane bid was too low. Talbot Resources rejected it. "
            "There is pressure on Corvane to raise its takeover offer.")
    events = events_of(body, TALBOT, CORVANE, TALBOT, CORVANE, kind="acquire")
    assert ("acquire", "announced", ("org:talbot",), ("org:corvane",)) not in [summary(e) for e in events]
    assert ("acquire", "announced", ("org:corvane",), ("org:talbot",)) in [summary(e) for e in events]


def test_both_subjects_hold_their_own_talks_with_the_other_side():
    body = "Both Corvane and rival Talbot Resources held talks with Pelora Holdings last week."
    assert sorted(summaries(body, CORVANE, TALBOT, PELORA, kind="meet")) == [
        ("meet", "done", ("org:corvane", "org:pelora")), ("meet", "done", ("org:pelora", "org:talbot"))]


def test_subjects_without_both_hold_one_meeting():
    body = "Corvane and Talbot Resources held talks with Pelora Holdings last week."
    assert summaries(body, CORVANE, TALBOT, PELORA, kind="meet") == [
        ("meet", "done", ("org:corvane", "org:pelora", "org:talbot"))]


def test_speaking_to_a_list_is_one_call_each_and_an_office_of_a_country_is_that_country():
    body = "Ana Ruiz spoke on the telephone to Ivo Lund, and the presidents of Norland and Pelora."
    assert sorted(summaries(body, ("Ana Ruiz", "person:ruiz"), ("Ivo Lund", "person:lund"),
                            ("Norland", "country:NOR"), ("Pelora", "country:PEL"), kind="meet")) == [
        ("meet", "done", ("country:NOR", "person:ruiz")), ("meet", "done", ("country:PEL", "person:ruiz")),
        ("meet", "done", ("person:lund", "person:ruiz"))]


def test_speaking_to_a_broadcaster_is_no_meeting():
    body = "Ana Ruiz spoke to the Norland Herald and Pelora Radio on Monday."
    assert events_of(body, ("Ana Ruiz", "person:ruiz"), ("Norland Herald", "org:herald"),
                     ("Pelora Radio", "org:radio"), kind="meet") == []


@pytest.mark.parametrize("body, held", [
    ("Talks between Norland and Pelora failed to produce a deal.", True),
    ("Talks between Norland and Pelora collapsed in May.", True),
    ("Talks between Norland and Pelora did not fail.", False),
    ("If talks between Norland and Pelora fail, prices will rise.", False),
    ("Norland failed to meet Pelora.", False),
])
def test_talks_that_failed_were_held(body, held):
    expected = [("meet", "done", ("country:NOR", "country:PEL"))] if held else []
    assert summaries(body, ("Norland", "country:NOR"), ("Pelora", "country:PEL"), kind="meet") == expected


def test_a_description_apposed_to_a_person_stands_for_that_person():
    body = "Ivo Lund, a Norland banker who has held talks with Pelora Holdings, said prices rose."
    assert summaries(body, ("Ivo Lund", "person:lund"), ("Norland", "country:NOR"), PELORA, kind="meet") == [
        ("meet", "done", ("org:pelora", "person:lund"))]


def test_a_list_goes_on_from_the_apposition_of_its_first_noun():
    body = "Ana Ruiz held talks with her Pelorian counterpart, Ivo Lund, and the Norland leader, Eli Berg."
    assert summaries(body, ("Ana Ruiz", "person:ruiz"), ("Ivo Lund", "person:lund"), ("Norland", "country:NOR"),
                     ("Eli Berg", "person:berg"), kind="meet") == [
        ("meet", "done", ("person:berg", "person:lund", "person:ruiz"))]


def test_a_nationality_description_finds_the_name_written_with_that_country_where_it_was_not_tagged():
    body = ("Talbot Resources sold its stake to Spain's Corvane Mining. Corvane Mining paid $2bn. "
            "The Spanish group has been eager to expand, having acquired Brenna Copper in June.")
    events = events_of(body, TALBOT, ("Spain", "country:ESP"), ("Corvane Mining", "org:corvane"),
                       ("Spanish", "country:ESP"), BRENNA, kind="acquire")
    assert ("acquire", "done", ("org:corvane",), ("org:brenna",)) in [summary(e) for e in events]


NORLAND, PELORIA, VESTIA = ("Norland", "country:NOR"), ("Peloria", "country:PEL"), ("Vestia", "country:VES")


def test_a_plural_description_of_countries_is_one_event_per_country_listed_before():
    body = ("The storm hit Norland, Peloria and Vestia hardest. "
            "The Arden Club offered to waive the debts owed by storm-hit countries.")
    events = events_of(body, NORLAND, PELORIA, VESTIA, ("Arden Club", "org:arden"), kind="fund")
    assert sorted(summary(e) for e in events) == [
        ("fund", "announced", ("org:arden",), (country,)) for country in ("country:NOR", "country:PEL", "country:VES")]


def test_a_plural_description_after_two_lists_stays_unresolved():
    body = ("The storm hit Norland and Peloria, while Vestia and Ostra escaped. "
            "The Arden Club offered to waive the debts owed by storm-hit countries.")
    assert events_of(body, NORLAND, PELORIA, VESTIA, ("Ostra", "country:OST"), ("Arden Club", "org:arden"),
                     kind="fund") == []


def test_a_listed_recipient_is_one_event_per_party():
    body = "Norland, Peloria and the Vestia government received loans from Arden Bank in May."
    events = events_of(body, NORLAND, PELORIA, VESTIA, ("Arden Bank", "org:arden"), kind="lend")
    assert sorted(summary(e) for e in events) == [
        ("lend", "done", ("org:arden",), (country,)) for country in ("country:NOR", "country:PEL", "country:VES")]


def test_all_the_countries_of_a_kind_are_more_than_a_list_named_before():
    body = ("Ana Ruiz spoke to the presidents of Norland, Peloria and Vestia. "
            "The Arden Club offered to freeze the debts of all the storm-hit countries.")
    assert events_of(body, NORLAND, PELORIA, VESTIA, ("Arden Club", "org:arden"), kind="fund") == []


def test_the_owner_of_an_attempt_is_the_subject_of_its_infinitive():
    body = "Ana Ruiz criticised Corvane's attempt to take over Talbot Resources."
    [event] = events_of(body, ("Ana Ruiz", "person:ruiz"), CORVANE, TALBOT, kind="acquire")
    assert summary(event)[2:] == (("org:corvane",), ("org:talbot",))


ROME = Entity("place:rome", "PLACE", "Rome", country_code="ITA")
MILAN = Entity("place:milan", "PLACE", "Milan", country_code="ITA")
ITALY = Entity("country:ITA", "COUNTRY", "Italy", iso_code="ITA", country_code="ITA")
ITALIAN_GOVERNMENT = Entity("org:government-of-italy", "ORG", "Government of Italy", kind="government",
                            country_code="ITA")
AIRLINE = Entity("org:corvane-air", "ORG", "Corvane Air")


def find_events_with(body, *written):
    """Events of body with a mention of each (surface, Entity) found left to right: entities that
    carry a country code, which the (surface, id) pairs of events_of do not."""
    sentences = sentence_spans(body)
    locator = SentenceLocator(sentences)
    mentions, cursor = [], 0
    for surface, entity in written:
        start = body.index(surface, cursor)
        cursor = start + len(surface)
        mentions.append(Mention(start, cursor, surface, locator.index_of(start), entity, 0.9, "test"))
    [events] = find_events_of_articles([(body, sentences, mentions, find_amounts(body, PUBLISHED, locator),
                                         find_dates(body, PUBLISHED, locator, []))])
    return events


def events_with(body, *written):
    return [summary(e) for e in find_events_with(body, *written)]


def test_a_capital_lending_stands_for_its_government_named_in_the_article():
    body = ("Corvane Air is in trouble. Auditors in Brussels will examine Rome's provision of a 250m euro loan to the carrier. "
            "The Italian government says the loan is legal.")
    assert events_with(body, ("Corvane Air", AIRLINE), ("Rome", ROME), ("Italian government", ITALIAN_GOVERNMENT)) == [
        ("lend", "done", ("org:government-of-italy",), ("org:corvane-air",))]


def test_a_capital_lending_stands_for_its_country_when_no_government_is_named():
    body = "Italy's Corvane Air is in trouble. Rome lent the carrier 400m euros in May."
    assert events_with(body, ("Italy", ITALY), ("Corvane Air", AIRLINE), ("Rome", ROME)) == [
        ("lend", "done", ("country:ITA",), ("org:corvane-air",))]


def test_a_capital_borrowing_stands_for_its_country():
    paris = Entity("place:paris", "PLACE", "Paris", country_code="FRA")
    france = Entity("country:FRA", "COUNTRY", "France", iso_code="FRA", country_code="FRA")
    body = "Italy and France have grown closer. Under the pact, Rome will lend Paris 400m euros."
    assert events_with(body, ("Italy", ITALY), ("France", france), ("Rome", ROME), ("Paris", paris)) == [
        ("lend", "planned", ("country:ITA",), ("country:FRA",))]


def test_a_city_that_is_no_capital_lends_nothing():
    body = "Italy's Corvane Air is in trouble. Milan lent the carrier 400m euros in May."
    assert events_with(body, ("Italy", ITALY), ("Corvane Air", AIRLINE), ("Milan", MILAN)) == []


def test_capitals_making_a_deal_or_holding_talks_stand_for_their_countries():
    paris = Entity("place:paris", "PLACE", "Paris", country_code="FRA")
    france = Entity("country:FRA", "COUNTRY", "France", iso_code="FRA", country_code="FRA")
    body = "Italy and France have grown closer. Rome and Paris signed an accord in May on migrant workers."
    assert events_with(body, ("Italy", ITALY), ("France", france), ("Rome", ROME), ("Paris", paris)) == [
        ("agreement", "done", ("country:FRA", "country:ITA"))]
    body = "Italy and France have grown closer. Rome held talks with Paris on migrant workers."
    assert events_with(body, ("Italy", ITALY), ("France", france), ("Rome", ROME), ("Paris", paris)) == [
        ("meet", "done", ("country:FRA", "country:ITA"))]
    # a city that is no capital, and a capital where talks are held, stand for no side
    body = "Italy and France have grown closer. Milan and Paris signed an accord in May on migrant workers."
    assert events_with(body, ("Italy", ITALY), ("France", france), ("Milan", MILAN), ("Paris", paris)) == []
    body = "Italy and France have grown closer. Their ministers held talks in Rome."
    assert events_with(body, ("Italy", ITALY), ("France", france), ("Rome", ROME)) == []
    body = "Italy and France have grown closer. Will France take part in the Rome meeting on migrant workers?"
    assert events_with(body, ("Italy", ITALY), ("France", france), ("France", france), ("Rome", ROME)) == []


def test_a_capital_standing_for_its_country_keeps_its_words():
    body = "Italy's Corvane Air is in trouble. Rome lent the carrier 400m euros in May."
    [event] = find_events_with(body, ("Italy", ITALY), ("Corvane Air", AIRLINE), ("Rome", ROME))
    [lender] = [p for p in event.parties if p.role == "agent"]
    assert (lender.entity_id, lender.mention.text, body[lender.mention.start:lender.mention.end]) == ("country:ITA", "Rome", "Rome")
    assert body[event.start:event.end] == "Rome lent the carrier 400m euros"


def test_a_capital_whose_country_the_article_never_names_is_the_side_itself():
    body = "Corvane Air is in trouble. Rome lent the carrier 400m euros in May."
    assert events_with(body, ("Corvane Air", AIRLINE), ("Rome", ROME)) == [
        ("lend", "done", ("place:rome",), ("org:corvane-air",))]
    moscow = Entity("place:moscow", "PLACE", "Moscow", country_code="RUS")
    body = "Lukashenko signed a pact with Moscow in April to create an economic union."
    assert events_with(body, ("Lukashenko", Entity("person:lukashenko", "PERSON", "Lukashenko")), ("Moscow", moscow)) == [
        ("agreement", "done", ("person:lukashenko", "place:moscow"))]


def test_looking_at_a_plan_to_lend_is_no_loan():
    body = "Corvane Air is in trouble. Italy is looking at a loan to the carrier."
    assert events_with(body, ("Corvane Air", AIRLINE), ("Italy", ITALY)) == []


def test_the_firm_a_purpose_clause_stabilises_is_not_who_pays_for_it():
    body = "Orvex is close to collapse. Veltrix and Halvard Bank have each put up $90m to stabilise the firm."
    assert summaries(body, ("Orvex", "org:orvex"), ("Veltrix", "org:veltrix"), ("Halvard Bank", "org:halvard"),
                     kind="fund") == [("fund", "done", ("org:veltrix",), ("org:orvex",)),
                                      ("fund", "done", ("org:halvard",), ("org:orvex",))]


def test_the_firm_with_two_other_firms_named_before_stays_unresolved():
    body = "Orvex and Brenna Copper are close to collapse. Veltrix has put up $90m to stabilise the firm."
    assert events_of(body, ("Orvex", "org:orvex"), ("Brenna Copper", "org:brenna"), ("Veltrix", "org:veltrix"),
                     kind="fund") == []


FRANCE = Entity("country:FRA", "COUNTRY", "France", iso_code="FRA", country_code="FRA")
FRENCH_GOVERNMENT = Entity("org:government-of-france", "ORG", "Government of France", kind="government",
                           country_code="FRA")


def test_its_industry_is_the_industry_of_the_government_it_stands_for_as_the_article_names_it():
    body = ("The French government will give its ailing cheese industry 40m euros in aid. "
            "The French cheese industry has lost sales abroad, ministers in France say.")
    [event] = find_events_with(body, ("French government", FRENCH_GOVERNMENT), ("French", FRANCE), ("France", FRANCE))
    assert summary(event) == ("fund", "planned", ("org:government-of-france",), ("country:FRA",))
    assert event.role("recipient")[0].mention.text == "French" and event.amount.text == "40m euros"


def test_a_company_handing_its_own_industry_money_names_no_country():
    body = "Orvex will give its ailing cheese industry 40m euros in aid. Sales fell in France."
    assert events_with(body, ("Orvex", Entity("org:orvex", "ORG", "Orvex")), ("France", FRANCE)) == []


def test_farmers_of_a_named_country_receive_as_that_country():
    body = "The EU will give $5m to French farmers."
    assert events_with(body, ("EU", Entity("org:eu", "ORG", "EU")), ("French", FRANCE)) == [
        ("fund", "planned", ("org:eu",), ("country:FRA",))]


def test_farmers_of_no_named_country_receive_nothing():
    body = "The EU will give $5m to farmers."
    assert events_with(body, ("EU", Entity("org:eu", "ORG", "EU"))) == []


def test_the_party_after_a_sentence_end_the_splitter_missed_is_the_one_named_after_it():
    # "?" ends no sentence for this test's splitter, as "£1m." does not for the pipeline's
    body = ("Did the Norland Party gain? The Pelora Party's donations came from unions. "
            "Sir Ian Roe gave £2m to the party last year.")
    assert summaries(body, ("Norland Party", "org:norland-party", "political_party"),
                     ("Pelora Party", "org:pelora-party", "political_party"), ("Ian Roe", "person:roe"), kind="fund") == [
        ("fund", "done", ("person:roe",), ("org:pelora-party",))]


def test_the_party_after_two_parties_of_one_written_sentence_stays_unresolved():
    body = ("The Norland Party and the Pelora Party gained. "
            "Sir Ian Roe gave £2m to the party last year.")
    assert events_of(body, ("Norland Party", "org:norland-party", "political_party"),
                     ("Pelora Party", "org:pelora-party", "political_party"), ("Ian Roe", "person:roe"), kind="fund") == []


# --- "the prime minister": the one person the article names as holding that office ------------
RUIZ, BERG, LUND = ("Ana Ruiz", "person:ruiz"), ("Ola Berg", "person:berg"), ("Ivo Lund", "person:lund")


def office_talks(body, titles, *pairs):
    return [summary(e) for e in events_of(body, *pairs, kind="meet", titles=titles)]


def test_the_premier_is_the_one_person_named_prime_minister():
    body = "Prime Minister Ana Ruiz flew to Brask on Monday. The premier held talks with Ivo Lund."
    assert office_talks(body, {"Ana Ruiz": "Prime Minister"}, RUIZ, LUND) == [("meet", "done", ("person:lund", "person:ruiz"))]


def test_the_prime_minister_is_no_deputy_prime_minister():
    body = "Deputy Prime Minister Ana Ruiz flew to Brask on Monday. The prime minister held talks with Ivo Lund."
    assert office_talks(body, {"Ana Ruiz": "Deputy Prime Minister"}, RUIZ, LUND) == []


def test_the_office_holder_may_be_named_after_the_description():
    body = "The foreign minister held talks with Ivo Lund. Foreign Minister Ana Ruiz said they went well."
    assert office_talks(body, {"Ana Ruiz": "Foreign Minister"}, LUND, RUIZ) == [("meet", "done", ("person:lund", "person:ruiz"))]


def test_the_foreign_minister_is_the_holder_of_that_portfolio_among_two_ministers():
    body = ("Foreign Minister Ana Ruiz and Finance Minister Ola Berg flew to Brask. "
            "The foreign minister held talks with Ivo Lund.")
    titles = {"Ana Ruiz": "Foreign Minister", "Ola Berg": "Finance Minister"}
    assert office_talks(body, titles, RUIZ, BERG, LUND) == [("meet", "done", ("person:lund", "person:ruiz"))]


def test_the_minister_with_two_ministers_named_stays_unresolved():
    body = ("Foreign Minister Ana Ruiz and Finance Minister Ola Berg flew to Brask. "
            "The minister held talks with Ivo Lund.")
    titles = {"Ana Ruiz": "Foreign Minister", "Ola Berg": "Finance Minister"}
    assert office_talks(body, titles, RUIZ, BERG, LUND) == []


def test_the_minister_is_no_former_minister_nor_the_former_minister_the_minister_now():
    former = "Former minister Ana Ruiz flew to Brask on Monday. The minister held talks with Ivo Lund."
    assert office_talks(former, {"Ana Ruiz": "minister"}, RUIZ, LUND) == []
    now = "Prime Minister Ana Ruiz flew to Brask on Monday. The former prime minister held talks with Ivo Lund."
    assert office_talks(now, {"Ana Ruiz": "Prime Minister"}, RUIZ, LUND) == []


def test_three_sides_listed_as_subject_with_the_second_parsed_as_the_firsts_apposition():
    # the small model hangs "France Telecom" on "Deutsche Telekom" as its apposition, "Sprint" on it
    sides = (("Deutsche Telekom", "org:dt"), ("France Telecom", "org:ft"), ("Sprint", "org:sprint"))
    assert summaries("Deutsche Telekom, France Telecom and Sprint signed a deal.", *sides) == [
        ("agreement", "done", ("org:dt", "org:ft", "org:sprint"))]
    # a description in apposition lists no one
    assert summaries("Deutsche Telekom, the German carrier, signed a deal.", sides[0]) == []


@pytest.mark.parametrize("body", [
    "Ana Ruiz and Ivo Lund pledged closer ties at their talks in Norland.",
    "Ana Ruiz and Ivo Lund praised the progress made at their summit.",
])
def test_their_meeting_is_held_by_the_joined_subject_together(body):
    # "their" names both sides at once; "A's and B's talks" would be two sides' own
    assert summaries(body, ("Ana Ruiz", "person:ruiz"), ("Ivo Lund", "person:lund"), kind="meet") == [
        ("meet", "done", ("person:lund", "person:ruiz"))]


@pytest.mark.parametrize("body", [
    "Helmut Kohl and Jacques Chirac, meeting in Bonn, agreed to cut tariffs.",
    "Meeting in Bonn, Helmut Kohl and Jacques Chirac agreed to cut tariffs.",
])
def test_a_meeting_participle_read_as_a_noun_is_held_by_the_joined_subject(body):
    found = summaries(body, ("Helmut Kohl", "person:kohl"), ("Jacques Chirac", "person:chirac"), kind="meet")
    assert found == [("meet", "done", ("person:chirac", "person:kohl"))]


def test_a_meeting_participle_of_one_named_person_is_no_meeting():
    body = "Helmut Kohl, meeting in Bonn, said the euro would come."
    assert summaries(body, ("Helmut Kohl", "person:kohl"), kind="meet") == []


@pytest.mark.parametrize("body, met", [
    ("Helmut Kohl and Jacques Chirac, meeting reporters in Bonn, said the euro would come.", []),
    ("Helmut Kohl and Jacques Chirac met their finance ministers on Friday.", []),
    ("Helmut Kohl and Jacques Chirac met each other in Bonn.", [("meet", "done", ("person:chirac", "person:kohl"))]),
])
def test_joined_subjects_who_meet_someone_unnamed_do_not_meet_each_other(body, met):
    assert summaries(body, ("Helmut Kohl", "person:kohl"), ("Jacques Chirac", "person:chirac"), kind="meet") == met


def test_a_name_headed_by_its_legal_form_is_the_company_named():
    """ "its Czech packaging company Talbot a.s.": the parse heads the apposed name with its legal
    form, which the mention leaves out."""
    body = "Corvane had acquired the outstanding stake in its Czech packaging company Talbot a.s., raising its share."
    assert summaries(body, CORVANE, ("Czech", "country:CZE"), ("Talbot", "org:talbot")) == [
        ("acquire", "done", ("org:corvane",), ("org:talbot",))]


def test_the_fund_is_an_investment_firm_named_before_or_money():
    airport, agency = ("Brask airport", "org:brask-airport"), ("Tanvo", "org:tanvo")
    # money secured by the airport, as the agency reports: no giver named
    assert summaries("Tanvo quoted the Brask airport director. The works cost 20 million dinars and the funds "
                     "have been secured by Brask airport, Tanvo said.", agency, airport, airport, agency) == []
    sable, omnia = ("Sable Ventures", "org:sable"), ("Omnia", "org:omnia")
    assert summaries("Sable Ventures issued a statement. The fund has invested $45 million in Omnia.", sable, omnia) == [
        ("invest", "done", ("org:sable",), ("org:omnia",))]


def test_people_of_an_organisation_described_before_stand_for_it():
    omnia, veltrix = ("Omnia", "org:omnia"), ("Veltrix", "org:veltrix")
    assert summaries("Omnia said sales fell. The company's board met Veltrix executives on Monday.", omnia, veltrix) == [
        ("meet", "done", ("org:omnia", "org:veltrix"))]
    assert summaries("Omnia said sales fell. The group's members met with Veltrix executives on Monday.",
                     omnia, veltrix) == [("meet", "done", ("org:omnia", "org:veltrix"))]
