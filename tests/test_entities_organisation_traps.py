"""Trap cases of issue 11 item 2 on invented sentences: companies, media outlets and agencies typed
ORG by what the text calls them (organisations.py), beside people and places that must keep their
type under the same cues."""

import os
import subprocess
import sys

import pytest

from assets.entities.extract import ArticleText, EntityExtractor


@pytest.fixture(scope="module")
def extractor():
    return EntityExtractor()


def typed(extractor, body):
    """{mention text: set of its types} of one invented article (no pronouns or figures)."""
    (result,) = extractor.extract([ArticleText("t", body, [(0, len(body))], None)])
    found: dict[str, set[str]] = {}
    for m in result.mentions:
        if not m.extractor.startswith("coreference") and m.entity_type != "QUANTITY":
            found.setdefault(m.text, set()).add(m.entity_type)
    return found


# ---- a country's name closing an organisation's is part of it ----------------------------------

def test_a_country_closing_an_organisations_name_is_part_of_it(extractor):
    found = typed(extractor, "Flights on Air New Zealand were cut on Monday.")
    assert found == {"Air New Zealand": {"ORG"}}


# ---- a kind of organisation right after the name -------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("Analysts at the Orvanta firm cut their forecast for the year.", "Orvanta"),
    ("The family also owns the Pellham Buccaneers American football team.", "Pellham Buccaneers"),
    ("The minister told The Australian newspaper that prices would rise.", "Australian"),
])
def test_a_name_before_a_kind_of_organisation_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name, kept", [
    ("An Australian newspaper said prices would rise.", "Australian", "COUNTRY"),  # the adjective
    ("Senator Dana Whitcombe thanked the Whitcombe team after the vote.", "Whitcombe", "PERSON"),  # her team
])
def test_an_adjective_or_a_leaders_name_before_a_kind_keeps_its_type(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


# ---- a kind of organisation after the name and a comma: in apposition, or saying what went before --

@pytest.mark.parametrize("body, name, kind", [
    ("Brevik, the Norwegian firm said it would cut 300 jobs.", "Brevik", "ORG"),  # the firm, its comma dropped
    ("Dravmo, the shipping group, said profits fell.", "Dravmo", "ORG"),
    ("The company will build a plant in a free trade zone in Tianjin, the newspaper said.", "Tianjin", "PLACE"),
    ("Exports rose by a third from Dalian, the agency said on Tuesday.", "Dalian", "PLACE"),
])
def test_a_kind_saying_what_closes_the_sentence_is_no_apposition(extractor, body, name, kind):
    assert typed(extractor, body).get(name) == {kind}


# ---- a name the model missed that is bought or taken over ------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("Brenmark Logistics said it had agreed to buy Talvik Freight for 120 million euros.", "Talvik Freight"),
    ("Orvane completed the takeover of Selmar Tooling last year, the company said.", "Selmar Tooling"),
])
def test_a_name_bought_or_taken_over_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name, kind", [
    ("Talvik Freight said on Tuesday it would cut 300 jobs.", "Talvik Freight", {"ORG"}),
    ("Brenmark Haulage reported a record profit for the year.", "Brenmark Haulage", {"ORG"}),
    ("John Okafor said it would be hard to win.", "John Okafor", {"PERSON"}),  # the "it" of "it would be"
])
def test_a_name_the_model_missed_doing_what_a_company_does_is_an_organisation(extractor, body, name, kind):
    assert typed(extractor, body).get(name) == kind


def test_a_person_bought_who_is_given_as_a_person_is_no_organisation(extractor):
    found = typed(extractor, "Halden Rovers agreed to buy Dario Kentaro from Lisbon. Kentaro, 24, said he was delighted.")
    assert "ORG" not in found.get("Dario Kentaro", set())


# ---- a kind of organisation right before the name --------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("Fans of rival club Bristol City stayed away.", "Bristol City"),
    ("The Serbian news agency Tanvik reported the arrests on Friday.", "Tanvik"),
    ("The Abu Dhabi sovereign wealth fund ADQ will invest $35 billion in Egypt.", "ADQ"),
])
def test_a_name_after_a_kind_of_organisation_is_one_organisation(extractor, body, name):
    found = typed(extractor, body)
    assert found.get(name) == {"ORG"}
    assert "Bristol" not in found


def test_a_person_after_a_trade_noun_stays_a_person(extractor):
    found = typed(extractor, "The paper's owner, publisher Rupert Vance, denied the report.")
    assert found.get("Rupert Vance") == {"PERSON"}


# ---- a sentence opening on what a company is, before its name -----------------------------------

@pytest.mark.parametrize("body, name", [
    ("Conglomerate Tavrel lost 2.4 percent after a trading suspension.", "Tavrel"),
    ("Insurer Marlowe sold its reinsurance business on Monday.", "Marlowe"),
    ("Retailer Dorrance rose 3 percent after brokers upgraded it.", "Dorrance"),
    ("Chipmaker Velkor fell 2 percent in early trading.", "Velkor"),
    ("Carmaker Ostrava said it would cut 500 jobs.", "Ostrava"),  # a Czech city's name
    ("Lender Kastrup Sparbank raised its rates.", "Kastrup Sparbank"),
    ("* Conglomerate Bollvik lost 2.4 percent to 521 francs.", "Bollvik"),  # a bulleted line
])
def test_a_kind_opening_a_sentence_is_no_part_of_the_name(extractor, body, name):
    found = typed(extractor, body)
    assert found.get(name) == {"ORG"}
    assert not any(text.endswith(name) and text != name for text in found)


@pytest.mark.parametrize("body, name", [
    ("Drinks group Harlow Finch rose on bid talk.", "Drinks"),
    ("Software services company Brevik Tanner said it would buy a unit.", "Software"),
])
def test_the_first_words_of_an_opening_description_are_no_organisation(extractor, body, name):
    assert "ORG" not in typed(extractor, body).get(name, set())


@pytest.mark.parametrize("body, name, kept", [
    ("Publisher Rupert Kessel said the paper would close.", "Rupert Kessel", "PERSON"),  # a person's trade
    ("German carmaker Volkswagen AG said sales rose.", "German", "COUNTRY"),
    ("Russian peacemaker Alexander Lebed said the talks would go on.", "Alexander Lebed", "PERSON"),
])
def test_people_and_adjectives_at_an_opening_description_keep_their_type(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


# ---- names listed after a plural kind ---------------------------------------------------------------

@pytest.mark.parametrize("body, names", [
    ("The chain was bought by German retailers Merkla, Dovrin and Sastel last year.", ["Merkla", "Dovrin", "Sastel"]),
    ("The shop stocks homegrown labels like Harlow's Denim and Quill Field NYC.", ["Harlow's Denim", "Quill Field NYC"]),
])
def test_names_listed_after_a_plural_kind_are_organisations(extractor, body, names):
    found = typed(extractor, body)
    assert [found.get(name) for name in names] == [{"ORG"}] * len(names)


def test_countries_listed_after_a_kind_stay_countries(extractor):
    found = typed(extractor, "Producers such as Norway and Qatar raised their output.")
    assert found == {"Norway": {"COUNTRY"}, "Qatar": {"COUNTRY"}}


# ---- owned, listed, based --------------------------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("The state-owned Velmaro plans to build two new mines.", "Velmaro"),
    ("Shares of Oslo-listed Brennvik fell 4% on Tuesday.", "Brennvik"),
])
def test_an_owned_or_listed_name_is_a_company(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name, kept", [
    ("Fighters entered rebel-controlled Aleppo on Sunday.", "Aleppo", "PLACE"),  # places are controlled
    ("London-based lawyer Ann Roe said the case was weak.", "Ann Roe", "PERSON"),
])
def test_controlled_places_and_based_people_keep_their_type(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


@pytest.mark.parametrize("body, name", [
    ("In June, Promova signed an outline agreement to sell its Specia unit to a German retailer.", "Specia"),
    ("The two banks folded their Dovrin subsidiary into a new lender last year.", "Dovrin"),
])
def test_a_name_between_an_owners_pronoun_and_a_units_noun_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


# ---- a store's name ending in 's -----------------------------------------------------------------

def test_a_persons_name_with_s_alone_is_no_store(extractor):
    found = typed(extractor, "Doctors said the patient showed early signs of Alzheimer's.")
    assert not any("ORG" in types for types in found.values())


def test_a_name_whose_possessive_owns_nothing_is_a_stores(extractor):
    found = typed(extractor, "Verrant, owner of Dorrance's and Harlow's, will close ten shops.")
    assert found.get("Dorrance's") == found.get("Harlow's") == {"ORG"}
    assert "Harlow" not in found


@pytest.mark.parametrize("body, name, kept", [
    ("Tesla's chief executive said demand was strong.", "Tesla", "ORG"),  # the possessive owns "chief"
    ("The minister visited Kovac's farm near Zagreb.", "Kovac", "PERSON"),
])
def test_a_possessive_before_its_noun_stays_outside_the_name(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


# ---- two names acting as one company ----------------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("Scottish and Newcastle has agreed to sell its pubs.", "Scottish and Newcastle"),
    ("Harker and Lowe's chief executive resigned on Friday.", "Harker and Lowe"),
])
def test_two_names_with_a_singular_verb_are_one_company(extractor, body, name):
    found = typed(extractor, body)
    assert found.get(name) == {"ORG"} and "Newcastle" not in found


def test_two_companies_with_a_plural_verb_stay_two(extractor):
    found = typed(extractor, "Ford and Renault have cut jobs in France.")
    assert found.get("Ford") == found.get("Renault") == {"ORG"}
    assert "Ford and Renault" not in found


# ---- a short name used after the full one ----------------------------------------------------------

def test_a_short_name_the_model_missed_is_the_company(extractor):
    body = ("Kravelle Games confirmed the breach on Monday. Hackers had broken into Kravelle servers, "
            "and Kravelle warned its staff.")
    (result,) = EntityExtractor().extract([ArticleText("t", body, [(0, len(body))], None)])
    assert [m.entity_type for m in result.mentions if m.text == "Kravelle"] == ["ORG", "ORG"]


def test_a_founders_surname_is_no_short_name(extractor):
    body = ("Tanvik Holdings was sold last year. Anna Tanvik, its founder, said the price was fair. "
            "Tanvik smiled.")
    assert typed(extractor, body).get("Tanvik") == {"PERSON"}


def test_a_plain_word_opening_a_name_is_no_short_name(extractor):
    body = "New Century Fund rose 3% last week. New rules on new funds apply from May."
    assert "New" not in typed(extractor, body)


# ---- what a company or an outlet does -------------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("Dravmo reported on Tuesday that the minister would resign.", "Dravmo"),
    ("Shares in Quorvane fell 5% after the warning.", "Quorvane"),
    ("Analysts said Quorvane boss Ian Delt was right.", "Quorvane"),
    ("Zentrix's new phone went on sale in March.", "Zentrix"),
    ("Late on Friday, Kestrel Outfitters said in a statement that it would close ten stores.", "Kestrel Outfitters"),
    ("After the leak, Dorvane pointed to its backups in a post.", "Dorvane"),
])
def test_what_a_company_does_makes_it_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("Marta Ilves said in a statement that she would resign.", "Marta Ilves"),
    ("Anna Lund told the Pelham Courier that she was leaving. Lund reported for duty on Monday.", "Lund"),
    ("Anna Lund wrote the report. Lund said its figures were wrong.", "Lund"),
])
def test_people_who_report_or_issue_statements_stay_people(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PERSON"}


@pytest.mark.parametrize("body, name", [
    # a surname alone, issuing a statement, where the article names the person in full
    ("Sen. Maria Kessel opposed the rules. “The rules fail workers,” Kessel said in a statement.", "Kessel"),
    ("Gov. Peter Lindqvar vetoed the bill. “This bill costs too much,” Lindqvar said in a statement.", "Lindqvar"),
    ("Rep. Ann Dorsey (R-Texas) backed the deal. “It is a good deal,” Dorsey said in a statement on Friday.", "Dorsey"),
    ("Tomas Reyes, a former minister, opposed the plan. Reyes said in a statement that he would appeal.", "Reyes"),
])
def test_a_persons_surname_issuing_a_statement_stays_a_person(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PERSON"}


def test_a_company_issuing_a_statement_stays_an_organisation_beside_a_person(extractor):
    body = "Shares of Dravik fell after chief executive Lena Morr quit. Dravik said in a statement that sales were weak."
    assert typed(extractor, body).get("Dravik") == {"ORG"}


# ---- an owner and an apposition ----------------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("Analysts said Dravko-owned Bantry Mills was for sale.", "Dravko"),
    ("Analysts expect Electra, the Swedish appliance maker, to cut jobs.", "Electra"),
])
def test_an_owner_or_an_apposed_maker_is_a_company(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name, kept", [
    ("The Republican-controlled Senate rejected the bill.", "Republican", "NORP"),
    ("She sold her stake in the Boston-based fund last year.", "Boston", "PLACE"),
])
def test_an_adjective_or_a_town_in_a_compound_keeps_its_type(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


def test_a_persons_name_before_owned_stays_a_person(extractor):
    found = typed(extractor, "Rupert Vance bought the paper. Vance-owned Daily Post cut jobs.")
    assert found.get("Rupert Vance") == {"PERSON"} and "Vance" not in found


@pytest.mark.parametrize("body, name", [
    ("Investors said Halcor would buy Kestrava, the largest maker of steel pipes in the region.", "Kestrava"),
    ("Police said Hovan said it had closed two branches.", "Hovan"),
    ("The figures showed Brenmark's annual sales rose 4%.", "Brenmark"),
    ("Shares fell after Orlov analyst Ian Vesk cut his rating.", "Orlov"),
])
def test_a_maker_a_speaker_called_it_and_sales_make_a_company(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name, kept", [
    ("Villagers fled Ramtha, a small town of farmers, on Monday.", "Ramtha", "PLACE"),
    ("Anna Holm said the deal was fair. Holm said it was a good price.", "Holm", "PERSON"),
])
def test_a_town_of_people_and_a_named_speaker_keep_their_type(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


@pytest.mark.parametrize("body, name", [
    ("The navy said the aircraft carrier Vestrand would sail on Monday.", "Vestrand"),
    ("Defence officials expect more Brimstar sales this year.", "Brimstar"),  # a product's sales
])
def test_ships_and_products_are_no_companies(extractor, body, name):
    assert "ORG" not in typed(extractor, body).get(name, set())


def test_a_town_before_analyst_is_no_company(extractor):
    assert "ORG" not in typed(extractor, "Shares fell after a Leeds analyst cut his rating.").get("Leeds", set())


def test_a_clubs_last_word_alone_is_the_club(extractor):
    body = ("Darnley United rejected the bid. United fans protested outside the ground, and the "
            "United States embassy said nothing.")
    found = typed(extractor, body)
    assert found.get("United") == {"ORG"} and found.get("United States") == {"COUNTRY"}


def test_a_name_used_again_right_after_a_quote_mark_is_read_without_failing(extractor):
    body = "Velkor said it would hire staff. One trader said: 'Velkor Energy is cheap.'"
    assert typed(extractor, body).get("Velkor") == {"ORG"}


# ---- second pass: abbreviations, lists, outlets, workplaces, compounds -----------------------------

def test_a_dotted_abbreviation_is_no_persons_name(extractor):
    body = ("Brenna Holt Ltd agreed to buy Vantora Medical Systems (International) B.V. (V.M.S.K.) "
            "from the fund Carrow SE. V.M.S.K. makes surgical tools. Staff at V.M.S.K. were told on Monday.")
    found = typed(extractor, body)
    assert found.get("V.M.S.K.") == {"ORG"} and found.get("Carrow") == {"ORG"}


def test_two_names_after_the_and_closing_a_list_of_companies_are_one(extractor):
    body = ("Among the firms named in the suit were Pallix Group, Dorne Tobacco, Kessel Holdings and "
            "Marlow and Finch.")
    found = typed(extractor, body)
    assert found.get("Marlow and Finch") == {"ORG"} and "Marlow" not in found


def test_two_people_joined_by_and_stay_two_people(extractor):
    found = typed(extractor, "Hedda Marlow and Tom Finch met in Paris on Monday.")
    assert found.get("Hedda Marlow") == {"PERSON"} and found.get("Tom Finch") == {"PERSON"}


@pytest.mark.parametrize("body, name", [
    ("The bourse is holding talks with Velkor Boerse's rival Eurovant, which operates the Oslo and "
     "Riga exchanges.", "Eurovant"),
    ("Sales at Tovra Mobile, the phone division of Halden Group, rose. Tovra Mobile said demand was "
     "strong.", "Tovra Mobile"),
    ("The founders of Chook-fil-B closed on Sundays. Chook-fil-B is a great company with many stores.",
     "Chook-fil-B"),
])
def test_a_rival_a_division_and_a_company_by_copula_are_organisations(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


def test_a_town_whose_name_a_particle_joins_stays_a_place(extractor):
    assert typed(extractor, "Tourists visited Bell-on-Ayre, a small town near the coast.").get(
        "Bell-on-Ayre") == {"PLACE"}


@pytest.mark.parametrize("body, name, kept", [
    ("“Growth is weak,” Omar Dell, head of fixed interest research at Halvard Cheviot, said in a note.",
     "Halvard Cheviot", "ORG"),
    ("“Rates will fall,” said Arne Pike, an economist at Oxford, in a note.", "Oxford", "PLACE"),
])
def test_where_someone_works_is_an_organisation_unless_a_place(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


@pytest.mark.parametrize("body, name", [
    ("“We aim to build more,” co-founder Lina Orme told Forsyth. “It will take a year.”", "Forsyth"),
    ("A filing obtained by MERIDIAN showed the debts. MERIDIAN was not able to reach the lawyers.",
     "MERIDIAN"),
])
def test_the_outlet_a_source_told_or_that_obtained_a_document_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("Jon Pask said he had met Orme. “It was fine,” Pask told Velt. Velt said he agreed.", "Velt"),
    ("Jon Pask said he had met Nils Orme. “It was fine,” Pask told Orme.", "Orme"),
])
def test_a_person_told_something_stays_a_person(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PERSON"}


def test_a_business_named_after_an_honorific_is_one_organisation(extractor):
    body = ("The suspect was arrested near Dr. Zolt, Kamal Rin's heating company, on Friday. Police "
            "searched Dr. Zolt again later.")
    found = typed(extractor, body)
    assert found.get("Dr. Zolt") == {"ORG"} and "Zolt" not in found and "Dr" not in found
    assert found.get("Kamal Rin") == {"PERSON"}


def test_a_doctor_in_apposition_stays_a_person(extractor):
    assert typed(extractor, "Dr. Zolt, a heart surgeon, said the hospital was full.").get("Zolt") == {"PERSON"}


@pytest.mark.parametrize("body, short", [
    ("Among the firms accused were Altrona Group and Dorne Tobacco. Despite denials, the companies "
     "changed. Altrona's Philip Mors now accepts the claims.", "Altrona"),
    # the word closing the sentence before is no part of the name
    ("Among the firms accused were Pellix Group and Dorne Tobacco. Pellix's Tom Dace now accepts the "
     "claims.", "Pellix"),
])
def test_a_short_name_with_its_possessive_before_a_person_is_the_company(extractor, body, short):
    found = typed(extractor, body)
    assert found.get(short) == {"ORG"} and {"PERSON"} in found.values()


def test_a_clubs_name_opening_a_persons_span_is_cut_from_it(extractor):
    body = "Football clubs Arlow, Benfield and Corrick Rovers were fined. Arlow Tom Reyes said the fine was fair."
    found = typed(extractor, body)
    assert found.get("Arlow") == {"ORG"} and found.get("Tom Reyes") == {"PERSON"}


@pytest.mark.parametrize("body, name", [
    ("The squad: Marc Hottin ( Evermore ) , Yvan Quel ( Sionne ) , Adrian Knopp ( Galatrava ) .", "Galatrava"),
    ("Fans cheered when Lecarro striker Jon Bach scored twice.", "Lecarro"),
    ("Prices fell. Brevan analyst Tom Reyes cut his rating on the shares.", "Brevan"),
])
def test_a_persons_club_in_brackets_or_before_a_players_role_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name, kept", [
    ("Britain's Tony Blair spoke in Paris.", "Britain", "COUNTRY"),
    ("Joe Biden (Delaware) spoke.", "Delaware", "SUBDIVISION"),
    ("Anna Holm's Tom Reyes? No: Holm said she met Tom Reyes.", "Holm", "PERSON"),
    ("President Rolf Tavner met aides. Tavner spokesman Jon Bach said the talks went well.", "Tavner", "PERSON"),
])
def test_a_persons_country_state_or_namesake_beside_a_person_keeps_its_type(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


# ---- third pass: quotations, one type per name, statements, towns, outlets, trades, web names ------

def test_a_name_run_opens_right_after_an_opening_quote_mark_but_not_inside_a_word():
    from assets.entities.organisations import NAME_RUN

    body = "One trader said: 'Velkor Energy is cheap,' and Tom O'Brien agreed."
    assert NAME_RUN.match(body, body.index("Velkor")).group() == "Velkor Energy"
    assert NAME_RUN.match(body, body.index("Brien")) is None


@pytest.mark.parametrize("body, name, kept", [
    # a person cue at one use (she) makes every use the person's, "told Dace" included
    ("Jon Pask said he had met Dace. “It was fine,” Pask told Dace. Dace said she agreed.", "Dace", "PERSON"),
    # read as a person once and an organisation twice: the organisation
    ("A lawsuit names Pornhub, alongside Tavexo. Tavexo at the time disagreed with the court. Its lawyers "
     "blamed parties other than Tavexo.", "Tavexo", "ORG"),
])
def test_one_name_has_one_type_in_an_article(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


@pytest.mark.parametrize("body, name", [
    # a name opening its sentence is a name when the article also writes it inside one
    ("The court fined Velmora. Velmora at the time said it disagreed strongly with the decision.", "Velmora"),
    ("Lenders sued Drelling. Drelling later said it had closed two branches.", "Drelling"),
])
def test_a_statement_maker_after_an_adverbial_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body", [
    "Zaragoza cut prices for its customers after the merger.",
    "Zaragoza reported a record profit for the year.",
    "Zaragoza said it would appeal against the fine.",
])
def test_a_town_that_acts_as_only_a_company_does_is_an_organisation(extractor, body):
    assert typed(extractor, body).get("Zaragoza") == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("Zaragoza is proud of its shops and its old bridges.", "Zaragoza"),
    ("Zaragoza said it would be hard to find the money.", "Zaragoza"),
    ("Beijing said it would retaliate against the tariffs.", "Beijing"),  # a capital: its government
])
def test_a_town_with_its_shops_or_an_empty_it_and_a_capital_keep_the_place(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PLACE"}


@pytest.mark.parametrize("body, name", [
    ("Mr Griffin told the Beacon the plans were a move onto his turf.", "Beacon"),  # the model: a person
    ("Writing in the Beacon, Mr Roe said the plans were bad.", "Beacon"),
    ("A poll for the Chronicle, published on Monday, found 40% support.", "Chronicle"),
    ("Prices rose by a fifth last year, according to Tanvik.", "Tanvik"),
    ("Telecoms analysts Ovrum welcomed the move on Friday.", "Ovrum"),
])
def test_an_outlet_told_a_source_credited_and_a_firm_after_its_trade_are_organisations(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name, kept", [
    ("Mr Griffin told the Blair camp that the plans were fine.", "Blair", "PERSON"),
    ("Anna Tanvik led the survey. Prices rose by a fifth, according to Tanvik.", "Tanvik", "PERSON"),
    ("Analysts Tom Reyes and Ann Roe said the move was welcome.", "Tom Reyes", "PERSON"),
])
def test_a_leaders_camp_a_person_quoted_and_analysts_by_name_keep_their_type(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


@pytest.mark.parametrize("body", [
    "Mr Griffin told the President that the plans were fine.",
    "She sent a letter to the Prime Minister on Monday.",
])
def test_a_title_told_or_written_to_is_no_organisation(extractor, body):
    assert "ORG" not in {t for types in typed(extractor, body).values() for t in types}


@pytest.mark.parametrize("body, names", [
    ("Velmora, along with Prague-headquartered Kestova, did not respond.", ["Kestova"]),  # the model: a place
    ("Halden's main brands are Corvana and Treslin.", ["Corvana", "Treslin"]),
    ("Web host Spark.net welcomed the ruling on Tuesday.", ["Spark.net"]),
])
def test_a_headquartered_name_brands_listed_after_a_copula_and_a_web_name_are_organisations(extractor, body, names):
    found = typed(extractor, body)
    assert all(found.get(name) == {"ORG"} for name in names)
    assert found.get("Prague", {"PLACE"}) == {"PLACE"}


@pytest.mark.parametrize("body, name", [
    ("These are the stories in Thursday 's afternoon daily Le Corvant , dated Aug 23 .", "Le Corvant"),
    ("Around 100 members of the rebel group Shining Dawn took control of the village.", "Shining Dawn"),
    ("It was the biggest hit for Tavexo-owned Zaragoza since 1994.", "Zaragoza"),  # no town is owned
    ("-- Dmitry Solovyov , Kazan Newsroom , +7095 941 852", "Kazan Newsroom"),
])
def test_a_paper_or_group_by_its_kind_an_owned_town_and_a_newsroom_are_organisations(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


def test_a_publishers_name_stays_a_persons(extractor):
    assert typed(extractor, "The publisher Rupert Vance bought the paper.").get("Rupert Vance") == {"PERSON"}


def test_names_listed_with_organisations_are_organisations(extractor):
    # the model reads one as a person, one as a place
    found = typed(extractor, "Regulators named Tavexo, Pellhub and Kestova on Monday.")
    assert found.get("Tavexo") == found.get("Pellhub") == found.get("Kestova") == {"ORG"}


@pytest.mark.parametrize("body, name, kept", [
    ("The prize went to Tavexo, Pellhub and Anna Lind. Lind said she was pleased.", "Anna Lind", "PERSON"),
    ("Talks between Pellhub and Norway stalled.", "Norway", "COUNTRY"),
])
def test_a_person_or_a_country_listed_with_organisations_keeps_its_type(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


def test_a_run_with_a_legal_form_opening_a_sentence_is_a_name_the_model_missed():
    # organisations_by_role alone, as where the model found no span in the article
    from assets.entities.chain import extractors
    from assets.entities.gazetteer import load_gazetteer
    from assets.entities.organisations import organisations_by_role
    from assets.entities.patterns import Intervals

    body = "Registrations rose .\nTarvo AG together with two rivals came in second place ."
    spans = organisations_by_role(body, [], load_gazetteer(), frozenset(), Intervals([]), Intervals([]),
                                  extractors())
    assert [(body[s.start:s.end], s.label) for s in spans] == [("Tarvo AG", "ORG")]


# ---- the model's organisation over a town of the same name (orgtype6) ------------------------------

def test_a_company_named_after_a_town_stays_the_models_organisation(extractor):
    # Nokia is a town of Finland too; the article names Finland, and the company is still the company
    found = typed(extractor, "Big players such as Nokia are pulling back, and Nokia begins trialling a "
                             "system in Finland with a Finnish broadcaster.")
    assert found.get("Nokia") == {"ORG"}


@pytest.mark.parametrize("body", [
    "Officials in the port of Whittier said on Thursday that they had found the boxcar in Alaska.",
    "The boxcar was opened at Whittier, a port in western Alaska, on Monday.",
])
def test_a_town_the_text_puts_on_the_map_stays_a_place(extractor, body):
    assert typed(extractor, body).get("Whittier") == {"PLACE"}


# ---- forms no person's name takes, on names the model missed (orgtype6) ----------------------------

def test_a_name_written_as_no_persons_name_is_an_organisation_where_the_model_saw_a_product(extractor):
    body = ("ScanSoft and Harrow are building a voice system for cars. Its engineers said a unit of ScanSoft "
            "would sell it.")
    (result,) = extractor.extract([ArticleText("t", body, [(0, len(body))], None)])
    assert [(m.start, m.entity_type) for m in result.mentions if m.text == "ScanSoft"] == [(0, "ORG"), (87, "ORG")]


def test_a_name_with_a_capital_letter_before_a_hyphen_is_an_organisation(extractor):
    body = "Peter Dobrow, a Q-Linko spokesperson, said. Q-Linko confirmed that it had found the data."
    assert typed(extractor, body).get("Q-Linko") == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("Sheriff Ian McBrannock said the road would reopen; McBrannock thanked the crews.", "McBrannock"),
    ("Inspector Ann Smythe-Barrow said the road would reopen; Smythe-Barrow thanked the crews.",
     "Smythe-Barrow"),
])
def test_a_persons_name_with_a_capital_inside_stays_a_person(extractor, body, name):
    assert typed(extractor, body).get(name) != {"ORG"}


def test_a_name_of_letters_and_figures_read_as_a_person_is_an_organisation(extractor):
    # the model reads "O2" as a person's name
    found = typed(extractor, "Operators are teaming up, and O2 is trialling a system in Leeds.")
    assert found.get("O2") == {"ORG"}


# ---- a country's possessive before a name the model missed (orgtype6) ------------------------------

def test_a_name_after_a_countrys_possessive_is_an_organisation(extractor):
    found = typed(extractor, "The field is owned by Austria's Velmark and Germany's Wintervale, two "
                             "energy giants.")
    assert found.get("Wintervale") == {"ORG"}
    assert found.get("Germany") == {"COUNTRY"}


def test_a_persons_name_after_a_countrys_possessive_stays_a_person(extractor):
    found = typed(extractor, "France's President Emile Varonne met the press.")
    assert "ORG" not in found.get("Emile Varonne", set())


# ---- the model's organisation at the uses it missed (orgtype6) -------------------------------------

def test_the_models_organisation_is_one_at_the_uses_it_missed():
    from assets.entities.chain import extractors
    from assets.entities.extract import Span
    from assets.entities.gazetteer import load_gazetteer
    from assets.entities.organisations import with_names_used_again
    from assets.entities.patterns import Intervals

    found = extractors()
    body = "Staff of Q-Linko met. Q-Linko's network was hit. Police said Q-Linko confirmed it. Ann Roe left."
    read = [Span(9, 16, "ORG", None, found.ner), Span(22, 29, "ORG", None, found.ner),
            Span(83, 90, "PERSON", None, found.ner)]
    spans = with_names_used_again(body, read, load_gazetteer(), Intervals(), Intervals(), set(), found)
    assert [(body[s.start:s.end], s.label) for s in spans] == [
        ("Q-Linko", "ORG"), ("Q-Linko", "ORG"), ("Q-Linko", "ORG"), ("Ann Roe", "PERSON")]


def test_a_name_the_model_read_once_or_a_plain_word_opening_sentences_is_not_added():
    from assets.entities.chain import extractors
    from assets.entities.extract import Span
    from assets.entities.gazetteer import load_gazetteer
    from assets.entities.organisations import with_names_used_again
    from assets.entities.patterns import Intervals

    found = extractors()
    body = "Staff of Q-Linko met. Police said Q-Linko confirmed it.\nWomen\nRace one.\nWomen\nRace two.\nWomen\n" \
           "Three women ran."
    first = body.index("Q-Linko")
    women = [i for i in range(len(body)) if body.startswith("Women", i)]
    read = [Span(first, first + 7, "ORG", None, found.ner),
            *(Span(i, i + 5, "ORG", None, found.ner) for i in women[:2])]
    spans = with_names_used_again(body, read, load_gazetteer(), Intervals(), Intervals(), set(), found)
    assert [(s.start, s.end) for s in spans] == [(s.start, s.end) for s in read]


@pytest.mark.parametrize("body, added", [
    # a kind of organisation before the model's one reading, and the subject of a company's act
    ("Last week the online lender Brixa admitted a flaw. After all, I bank with Brixa but moving is hard.", True),
    ("Brixa admitted its site had a flaw. After all, I bank with Brixa but moving is hard.", True),
    # no cue at the model's one reading
    ("Staff of Brixa met on Monday. After all, I bank with Brixa but moving is hard.", False),
])
def test_the_models_one_reading_a_cue_confirms_is_an_organisation_at_its_other_uses(body, added):
    from assets.entities.chain import extractors
    from assets.entities.extract import Span
    from assets.entities.gazetteer import load_gazetteer
    from assets.entities.organisations import with_names_used_again
    from assets.entities.patterns import Intervals

    found = extractors()
    first = body.index("Brixa")
    read = [Span(first, first + 5, "ORG", None, found.ner)]
    spans = with_names_used_again(body, read, load_gazetteer(), Intervals(), Intervals(), set(), found)
    assert (body.rindex("Brixa") in {s.start for s in spans if s.label == "ORG"}) is added


# ---- a club or a paper named after its town (orgtype6) ---------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("2019: Ana Ruiz – Portland Timbers\n\n2018: Eli Berg – Dallas Comets", "Portland Timbers"),
    ("FC Cincinnati beat the visitors 2-0 on Saturday night.", "FC Cincinnati"),
])
def test_a_town_with_a_clubs_name_after_it_is_the_club(extractor, body, name):
    found = typed(extractor, body)
    assert found.get(name) == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("Boats sailed down the Chicago River on Sunday.", "Chicago"),
    ("She ran the Boston Marathon in April.", "Boston"),
])
def test_a_town_before_a_word_of_a_place_or_an_event_is_no_club(extractor, body, name):
    assert "ORG" not in typed(extractor, body).get(name, set())


@pytest.mark.parametrize("body, name, side", [
    ("The coach recalled a game in March when Harrogate were playing Dorchester in the cup.", "Harrogate", True),
    ("The coach recalled a game in March when Harrogate were playing Dorchester in the cup.", "Dorchester", True),
    ("Harrogate faced Dorchester on a wet night.", "Dorchester", True),
    ("Voters in Harrogate played down the result.", "Harrogate", False),
    ("Officials in Harrogate faced questions on Monday.", "Harrogate", False),
])
def test_a_place_playing_or_facing_another_by_name_is_a_side(body, name, side):
    from assets.entities.organisations import plays_a_match

    start = body.index(name)
    assert plays_a_match(body, start, start + len(name)) is side


def test_a_town_playing_another_in_a_report_is_its_club(extractor):
    found = typed(extractor, "The coach recalled a game in March when Harrogate were playing Dorchester in the cup.")
    assert found.get("Harrogate") == {"ORG"}
    assert typed(extractor, "Voters in Harrogate played down the result.").get("Harrogate") == {"PLACE"}


@pytest.mark.parametrize("body, name, kind", [
    ("Senator Ann Vale welcomed the verdict in a post on X, formerly known as Twitter.", "X", {"ORG"}),
    ("Shoppers now order from Brevo, previously called Tesco, at night.", "Brevo", {"ORG"}),
    ("Dana Holt, formerly Twitter's lawyer, joined the board.", "Dana Holt", {"PERSON"}),
    ("Dana Holt, formerly of Twitter, joined the board.", "Dana Holt", {"PERSON"}),
])
def test_the_new_name_of_an_organisation_is_an_organisation(extractor, body, name, kind):
    assert typed(extractor, body).get(name) == kind


# ---- what the text calls a company: kind in apposition, officer of, owner of (orgtype6) ------------

def test_a_name_in_apposition_after_a_kind_of_organisation_is_one(extractor):
    # the model reads "Universal" as a person's name
    found = typed(extractor, "The band's parent company, Universal, made the appointment last week.")
    assert found.get("Universal") == {"ORG"}


def test_the_firm_of_an_officer_is_an_organisation(extractor):
    found = typed(extractor, "\"It will change driving,\" said Dana Whitlock, vice president of product "
                             "strategy for Grenlow.")
    assert found.get("Grenlow") == {"ORG"}
    assert found.get("Dana Whitlock") == {"PERSON"}


def test_what_a_company_owns_is_an_organisation(extractor):
    found = typed(extractor, "Fashion company Indrava, which owns Zelmo, shuttered stores in the region.")
    assert found.get("Zelmo") == {"ORG"}


def test_a_president_of_a_country_or_a_person_keeps_its_type(extractor):
    found = typed(extractor, "Ann Roe, the president of Brazil's central bank, met Tom Kask.")
    assert found.get("Brazil") == {"COUNTRY"}
    assert found.get("Tom Kask") == {"PERSON"}


@pytest.mark.parametrize("body, name, kind", [
    ("Forces left under the Whittier peace agreement of Alaska, officials said.", "Whittier", "PLACE"),
    ("Dayton, Ohio, reported a low of 5 degrees and Whittier, Alaska, one of 7 degrees.", "Whittier", "PLACE"),
])
def test_a_town_modifying_a_plain_noun_or_placed_in_its_state_stays_a_place(extractor, body, name, kind):
    assert typed(extractor, body).get(name) == {kind}


# ---- orgtype7: an office word closing an organisation's name, kinds in apposition, titles told -----

def test_an_office_word_closing_an_organisations_name_titles_no_one(extractor):
    # "King" closes the chain's name before the comma: the next name is no king's
    found = typed(extractor, "The motorway stops host outlets such as Burger King, Dorvy Kreme and the "
                             "coffee chain Pellino.")
    assert found.get("Dorvy Kreme") == {"ORG"}


def test_an_office_word_before_a_name_still_titles_a_person(extractor):
    assert typed(extractor, "Officials met King Tomas on Monday.").get("Tomas") == {"PERSON"}


@pytest.mark.parametrize("body, name", [
    ("The firm, Velnor, said it would list its shares.", "Velnor"),  # "The" opening the sentence
    ("Ann and Joe's favourite Italian eatery, Tarvelli, is open again.", "Tarvelli"),  # two words before the kind
])
def test_a_name_in_apposition_after_a_qualified_kind_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("The winner, Velnor, said he was delighted.", "Velnor"),  # no kind of organisation
    ("The head of the firm, Tarvelli, said he would stay.", "Tarvelli"),  # the head of one
])
def test_a_person_in_apposition_stays_a_person(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PERSON"}


@pytest.mark.parametrize("body, name", [
    ("\"It was a long winter,\" Dalby told The Evening Lantern: \"We stayed in.\"", "Evening Lantern"),
    ("Prices will rise, according to The Beacon, by a tenth.", "Beacon"),
])
def test_a_title_told_something_or_credited_with_a_report_is_an_outlet(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


def test_an_office_after_told_the_is_no_outlet(extractor):
    assert "ORG" not in {t for types in typed(extractor, "She told The President she would stay.").values()
                         for t in types}


def test_an_organisation_in_apposition_holds_over_the_models_work_of_art(extractor):
    # the model reads "the Dunmore Family" as a title of a work
    found = typed(extractor, "The bakery belongs to the Dunmore Family, a group run by Ann Roe.")
    assert found.get("Dunmore Family") == {"ORG"}


def test_a_work_in_apposition_with_no_kind_of_organisation_is_no_organisation(extractor):
    found = typed(extractor, "She starred in The Long Harbour, a film about a port.")
    assert "ORG" not in {t for types in found.values() for t in types}


# ---- orgtype7: a legal form inside the model's span, lists with a name read in part, heads ---------

def test_a_models_span_running_past_a_legal_form_ends_with_it(extractor):
    found = typed(extractor, "Investigators named three firms - Brelto LLC., Quandix LLC. and Quandix Inc - that "
                             "sent spam. \"Quandix and Brelto are legitimate firms,\" a lawyer said.")
    assert found.get("Quandix Inc") == found.get("Quandix") == found.get("Brelto") == {"ORG"}
    assert not any(name.endswith("that") for name in found)


def test_a_company_named_after_its_founder_is_one_name_with_its_legal_form(extractor):
    # the model reads the founder's name as a person and the legal form alone as an organisation
    found = typed(extractor, "Carl Weiss Meditec AG has entered into an agreement.")
    assert found == {"Carl Weiss Meditec AG": {"ORG"}}


@pytest.mark.parametrize("body, word", [
    ("The company said Phase 1 of the project would cost two billion dollars.", "Phase"),
    ("Velkor filed for Chapter 11 bankruptcy protection on Monday.", "Chapter"),
])
def test_a_common_noun_labelled_by_a_number_is_no_organisation(extractor, body, word):
    # the model reads "Phase 1" as one name; the number closing it before plain words is no score
    assert not any(name.startswith(word) and "ORG" in types for name, types in typed(extractor, body).items())


def test_a_hyphenated_name_with_a_legal_forms_letters_stays_a_person(extractor):
    assert typed(extractor, "Officials named Dana Co-Reyes, who flew home.").get("Dana Co-Reyes") == {"PERSON"}


def listed_types(body: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    """{name: label} after with_names_listed_beside_organisations alone, on the given model spans."""
    from assets.entities.chain import extractors
    from assets.entities.extract import Span
    from assets.entities.organisations import with_names_listed_beside_organisations
    from assets.entities.patterns import Intervals

    found = extractors()
    model = [Span(body.index(name), body.index(name) + len(name), label, None, found.ner) for name, label in spans]
    return {body[s.start:s.end]: s.label
            for s in with_names_listed_beside_organisations(body, model, Intervals([]), found)}


def test_a_name_listed_with_three_organisations_and_one_read_in_part_is_one():
    # "Cos." keeps its full stop outside the name; the model read only the last name's end
    body = "Brands including Unilever, Pellhub Cos., Tarvo, Kestrin and DRKL Velon Ann Bell stayed silent."
    assert listed_types(body, [("Unilever", "ORG"), ("Pellhub Cos", "ORG"), ("Tarvo", "ORG"),
                               ("Kestrin", "PERSON"), ("Ann Bell", "PERSON")])["Kestrin"] == "ORG"


def test_a_name_listed_with_organisations_and_a_whole_person_keeps_its_type():
    body = "Guests included Unilever, Pellhub Cos., Tarvo, Kestrin and Ann Bell on Monday."
    assert listed_types(body, [("Unilever", "ORG"), ("Pellhub Cos", "ORG"), ("Tarvo", "ORG"),
                               ("Kestrin", "PERSON"), ("Ann Bell", "PERSON")])["Kestrin"] == "PERSON"


@pytest.mark.parametrize("body, name", [
    ("Doc Tarn (Baby Ferrow Productions, ITV1) won an award.", "Baby Ferrow Productions"),
    ("Consultancy Velkor Analytics estimates that sales will grow.", "Velkor Analytics"),  # not the kind
    ("Coach of the year, 1998: Tom Reyes – D.C. United", "D.C. United"),  # dotted initials
])
def test_a_run_ending_in_a_head_is_an_organisation_the_model_need_not_find(body, name):
    from assets.entities.chain import extractors
    from assets.entities.extract import add_headed_organisations

    spans = add_headed_organisations(body, [], extractors())
    assert [(body[s.start:s.end], s.label) for s in spans] == [(name, "ORG")]


@pytest.mark.parametrize("body, name", [
    ("Shares in Bank Velkor Holdings rose.", "Bank Velkor Holdings"),  # a kind that is also a head
    ("Analysts at Platform Velkor Securities said so.", "Platform Velkor Securities"),  # inside a sentence
])
def test_a_kind_opening_a_name_that_is_a_head_or_inside_a_sentence_stays_in_it(body, name):
    from assets.entities.chain import extractors
    from assets.entities.extract import add_headed_organisations

    spans = add_headed_organisations(body, [], extractors())
    assert [body[s.start:s.end] for s in spans] == [name]


# ---- orgtype7: a division or channel named in full, lists after a kind and a copula ---------------

@pytest.mark.parametrize("body, name", [
    ("The drama will air on BBC America from May.", "BBC America"),
    ("Best comedy went to Night Lane (Tarvo Pictures, BBC Three).", "BBC Three"),
])
def test_a_country_or_a_channels_number_after_a_companys_name_is_part_of_it(extractor, body, name):
    found = typed(extractor, body)
    assert found.get(name) == {"ORG"}
    assert "America" not in found


@pytest.mark.parametrize("body, name, kept", [
    ("Delegates met at the EU Africa summit.", "Africa", "REGION"),  # a body of states, not a company
    ("Reuters Three men were held on Monday.", "Reuters", "ORG"),  # a count opening a sentence
])
def test_a_place_or_a_count_after_other_names_stays_apart(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


def test_names_listed_after_a_kind_and_a_copula_are_organisations(extractor):
    found = typed(extractor, "Among the software companies present were Tarvo Soft and Kestrascope.")
    assert found.get("Kestrascope") == {"ORG"}


def test_dotted_initials_with_no_head_after_them_name_no_organisation():
    from assets.entities.chain import extractors
    from assets.entities.extract import add_headed_organisations

    assert add_headed_organisations("The team flew to Washington, D.C. on Monday.", [], extractors()) == []


# ---- orgtype7: a word in capitals inside a sentence is no person's name ---------------------------

def test_a_word_in_capitals_the_model_read_as_a_person_is_an_organisation(extractor):
    assert typed(extractor, "KESTRO asked Velkor, \"How long does it take?\"").get("KESTRO") == {"ORG"}


def test_a_word_in_capitals_given_as_a_person_stays_a_person(extractor):
    assert typed(extractor, "In an interview, KELVO told reporters he was fine.").get("KELVO") == {"PERSON"}


# ---- orgtype7: a company's form the model read as a person ----------------------------------------

def by_role(body: str, people: list[str]) -> dict[str, str]:
    """{name: label} after organisations_by_role alone, on model PERSON spans over the given names."""
    from assets.entities.chain import extractors
    from assets.entities.extract import Span
    from assets.entities.gazetteer import load_gazetteer
    from assets.entities.organisations import organisations_by_role
    from assets.entities.patterns import Intervals

    found = extractors()
    model = [Span(body.index(name), body.index(name) + len(name), "PERSON", None, found.ner) for name in people]
    spans = organisations_by_role(body, model, load_gazetteer(), frozenset(), Intervals([]), Intervals([]), found)
    return {body[s.start:s.end]: s.label for s in spans}


def test_a_company_form_the_model_read_as_a_person_is_an_organisation():
    assert by_role("Mitsuko lost the backing of DorvanKessler last April.", ["DorvanKessler"]) == {
        "DorvanKessler": "ORG"}


@pytest.mark.parametrize("body, name", [
    ("Fans cheered as DeShawn scored twice.", "DeShawn"),  # a name's particle, not a company's form
    ("KelvoMarin said he would sell.", "KelvoMarin"),  # given as a person
])
def test_a_persons_form_or_a_name_given_as_a_persons_stays_a_person(body, name):
    assert by_role(body, [name]) == {name: "PERSON"}


# ---- an ampersand initialism before a full stop (the tokenizer parts the stop) ---------------------

@pytest.mark.parametrize("body, name", [
    ("Prices fell at K&D. The shop said demand was weak.", "K&D"),
    ("Analysts said the cut was good for H&R. Shares rose.", "H&R"),
])
def test_an_ampersand_initialism_ending_a_sentence_is_found(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


# ---- a capitalised plural read as one person names a group -----------------------------------------

@pytest.mark.parametrize("body, name", [
    ("The Harpoons won again on Sunday, and the Harpoons coach was pleased.", "Harpoons"),
    ("The new Dodgers star signed on Monday.", "Dodgers"),
    ("The Rams won again on Sunday, and Rams fans celebrated in the streets.", "Rams"),
])
def test_a_plural_name_after_the_or_before_its_fans_is_a_group(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("Serena Williams won. The Williams sisters played doubles.", "Williams"),
    ("Mara Jennings scored twice. Jennings said the team played well.", "Jennings"),
    ("John Kennedy spoke. The Kennedys have long held the seat.", "Kennedys"),
])
def test_a_surname_ending_in_s_and_a_named_family_stay_people(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PERSON"}


# ---- outlets and platforms: a ranking after the possessive, a brand's form, "the official X" ------

@pytest.mark.parametrize("body, name", [
    ("The song reached number one in Zephyr's Hot 100 chart this week.", "Zephyr"),
    ("Fans bought the album on vTunes and other sites.", "vTunes"),
    ("Players asked questions on the official Marrowind after the update.", "Marrowind"),
    ("Players asked questions on the official Kestrovo after the patch.", "Kestrovo"),
])
def test_an_outlet_by_its_ranking_form_or_official_account_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("The official Tom Reyes said nothing about the plan.", "Tom Reyes"),
    ("Tom Reyes read the chart and said he was pleased with it.", "Tom Reyes"),
])
def test_a_person_after_official_or_before_a_chart_stays_a_person(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PERSON"}


# ---- an acronym of mixed case opening with an honorific's letters is one name ---------------------

@pytest.mark.parametrize("body, name, clipped", [
    ("Analysts at Velkor Bank expect more cuts. DrKW said more cuts would follow by the summer.",
     "DrKW", "KW"),
    ("Analysts expect more cuts. MrTV said more cuts would follow by the summer.", "MrTV", "TV"),
])
def test_a_mixed_case_acronym_is_not_an_honorific_and_a_name(extractor, body, name, clipped):
    found = typed(extractor, body)
    assert clipped not in found and found.get(name) == {"ORG"}


def test_an_honorific_with_its_full_stop_still_marks_a_name(extractor):
    found = typed(extractor, "Dr.Haddad said the clinic would open. Mr Roe agreed, and Dr. Lee did too.")
    assert found.get("Haddad") == {"PERSON"} and found.get("Roe") == {"PERSON"} and found.get("Lee") == {"PERSON"}


# ---- a web address in lower case, with its www. and path, is a site and its owner; no e-mail address

@pytest.mark.parametrize("body, name", [
    ("Tracks were sold on legal sites including Tunely, songsy.com and others.", "songsy.com"),
    ("Prices at kelpmusic.com fell sharply, and kelp.co.uk said so.", "kelp.co.uk"),
    ("Tickets cost 30 dollars at www.velkahall.com.", "www.velkahall.com"),
    ("The show runs until May; tickets at velkahall.org/winter-show.", "velkahall.org/winter-show"),
])
def test_a_lower_case_web_address_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


def test_an_e_mail_address_names_no_organisation(extractor):
    assert typed(extractor, "Write to help@songsy.com for more.") == {}


# ---- a name ending in a venue noun (Bar, Inn, Grill, ...) is one organisation ----------------------

@pytest.mark.parametrize("body, name", [
    ("We ended the night at Velka Rum Bar on Main Street.", "Velka Rum Bar"),
    ("The Copper Kettle Inn reopened on Friday after the storm.", "Copper Kettle Inn"),
    ("Lunch at Marrow Grill costs 20 dollars.", "Marrow Grill"),
])
def test_a_name_ending_in_a_venue_noun_is_one_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


def test_a_venue_noun_inside_a_longer_name_makes_no_venue_of_its_start(extractor):
    found = typed(extractor, "Anna Roe met the Bar Council in Oslo.")
    assert found.get("Anna Roe") == {"PERSON"} and found.get("Bar Council") == {"ORG"} and "Bar" not in found


# ---- a name ending in a theatre, ballet or outlet head, or a club's plural animal, is one organisation

@pytest.mark.parametrize("body, name", [
    ("Tickets for the Velka Blues Theater production cost 40 dollars.", "Velka Blues Theater"),
    ("Anna Roe danced with the Orvin Ballet for ten seasons.", "Orvin Ballet"),
    ("She spoke to Radar Online about it on Monday.", "Radar Online"),
    ("The Pelham Sharks beat the Orvin Buffaloes 3-1 on Sunday.", "Orvin Buffaloes"),
    ("The Pelham Sharks beat the Orvin Buffaloes 3-1 on Sunday.", "Pelham Sharks"),
])
def test_a_name_ending_in_an_outlet_or_team_head_is_one_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


def test_a_country_adjective_inside_a_theaters_name_names_no_country(extractor):
    found = typed(extractor, "The American Blues Theater opened its winter season on Friday.")
    assert found.get("American Blues Theater") == {"ORG"} and "American" not in found


@pytest.mark.parametrize("body, kept, absent", [
    # a head word inside a law's or an award's name heads no organisation
    ("The Online Safety Act took effect in March, and Anna Roe welcomed it.", "Online Safety Act", "Online"),
    ("Anna Roe won at the Velka Theatre Awards in London.", None, "Velka Theatre"),
    # a person before "and" stays a person beside the organisation after it
    ("Anna Roe and Velka Bank signed the deal.", "Anna Roe", "Anna Roe and Velka Bank"),
])
def test_a_head_word_heads_no_name_it_does_not_close(extractor, body, kept, absent):
    found = typed(extractor, body)
    assert absent not in found and (kept is None or kept in found)


# ---- a name with its verb in the plural opening its clause, or placed by its country: a firm's ------

@pytest.mark.parametrize("body, name, typed_as", [
    ("After the break, Harcastle were twice caught offside by Dunmoor.", "Harcastle", "ORG"),
    ("Later, Marrowby have signed two strikers from abroad.", "Marrowby", "ORG"),
    ("If Kask were in charge, the club would be different.", "Kask", "PERSON"),  # a supposition
    ("Brian Roe and Kask were seen at the match.", "Kask", "PERSON"),  # the last of two subjects
    ("Tarvona of South Korea has a new phone on sale in March.", "Tarvona", "ORG"),
    ("The Koreans and Brevindor of Sweden are backing the new standard.", "Brevindor", "ORG"),
    ("Queen Maren of Norway opened the bridge on Monday.", "Maren", "PERSON"),  # a title
    ("Alem Dibora of Ethiopia won the race in record time.", "Alem Dibora", "PERSON"),  # a full name
])
def test_a_plural_verb_or_a_home_country_types_a_one_word_name(extractor, body, name, typed_as):
    assert typed(extractor, body).get(name) == {typed_as}


@pytest.mark.parametrize("body, name, cue", [
    ("Last season, Ulvaston were beaten twice.", "Ulvaston", True),  # opening its clause
    ("Villages around Sorvik are waiting for aid.", "Sorvik", False),  # a preposition's object
    ("Yet most home PCs are never patched.", "PCs", False),  # a plural itself
    ("On Monday, Wales are favourites to win.", "Wales", False),  # a place the gazetteer knows keeps its type
])
def test_a_plural_verb_is_a_cue_only_for_a_name_opening_its_clause(body, name, cue):
    from assets.entities.gazetteer import load_gazetteer
    from assets.entities.organisations import agrees_or_is_placed_as_an_organisation

    start = body.index(name)
    assert agrees_or_is_placed_as_an_organisation(body, start, start + len(name), load_gazetteer()) is cue


# ---- names closing a list with "and other" kinds, and sources of surveys --------------------------

def test_names_listed_before_and_other_kinds_are_organisations(extractor):
    found = typed(extractor, "The data was taken from Quillon, Vardex and many other companies last year.")
    assert found.get("Vardex") == {"ORG"} and found.get("Quillon") == {"ORG"}


def test_people_listed_before_other_people_stay_people(extractor):
    found = typed(extractor, "Tom Roe, Ann Kask and other analysts said the figures were weak.")
    assert found.get("Tom Roe") == {"PERSON"} and found.get("Ann Kask") == {"PERSON"}


def test_a_listed_name_the_model_read_as_a_product_is_a_run():
    from assets.entities.chain import extractors
    from assets.entities.gazetteer import load_gazetteer
    from assets.entities.organisations import with_cued_runs
    from assets.entities.patterns import Intervals

    body = "The carmaker's main brands are Torvell and Vauxmoor."
    start = body.index("Vauxmoor")
    spans = with_cued_runs(body, [], load_gazetteer(), Intervals([(start, start + 8)]), Intervals([]),
                           frozenset({start}), extractors())
    assert [(body[s.start:s.end], s.label) for s in spans] == [("Torvell", "ORG"), ("Vauxmoor", "ORG")]


def test_a_product_after_a_kind_no_person_is_is_an_organisation_and_a_date_there_is_none():
    from assets.entities.chain import extractors
    from assets.entities.gazetteer import load_gazetteer
    from assets.entities.organisations import with_cued_runs
    from assets.entities.patterns import Intervals

    body = "Omnia was sold to Dutch firm Tulvar Computers in 1994."
    start = body.index("Tulvar")
    spans = with_cued_runs(body, [], load_gazetteer(), Intervals([(start, start + 16)]), Intervals([]),
                           frozenset({start}), extractors())
    assert ("Tulvar Computers", "ORG") in [(body[s.start:s.end], s.label) for s in spans]
    body = "The sale was confirmed by the company Saturday."
    start = body.index("Saturday")
    spans = with_cued_runs(body, [], load_gazetteer(), Intervals([(start, start + 8)]), Intervals([]),
                           frozenset(), extractors())
    assert "Saturday" not in [body[s.start:s.end] for s in spans]


def test_a_one_word_source_of_a_survey_is_an_organisation(extractor):
    assert typed(extractor, "A survey by Pennock suggests that many shoppers prefer the web.").get("Pennock") == {"ORG"}


def test_a_list_with_lower_case_brands_and_web_addresses_is_a_list_of_organisations(extractor):
    found = typed(extractor, "The songs sold on eKart, Dovrin, kelpmusic.com and Napra last week.")
    assert found.get("Dovrin") == {"ORG"} and found.get("Napra") == {"ORG"}


# ---- the side beaten in a result; a person's result is over a person -------------------------------

def test_a_one_word_name_beaten_in_a_result_is_a_side(extractor):
    assert typed(extractor, "Gerrard scored late to give Harwick a 2-0 win over Olympira.").get("Olympira") == {"ORG"}


def test_a_persons_result_is_over_a_person(extractor):
    assert typed(extractor, "Ann Roe's semi-final victory over Kask came after three hours.").get("Kask") == {"PERSON"}


# ---- an industry's word closing a name; no person's name holds a spaced dash ----------------------

@pytest.mark.parametrize("body, name", [
    ("Kessington Pharma said its new drug had passed trials.", "Kessington Pharma"),
    ("Anders Holm Shipping lost two vessels last year.", "Anders Holm Shipping"),  # a person's name before it
])
def test_a_name_closed_by_an_industrys_word_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


def test_a_persons_span_ends_at_a_spaced_dash(extractor):
    found = typed(extractor, "Fund manager Jonas Brandt - Kelvor's largest investor - said he would sell.")
    assert found.get("Jonas Brandt") == {"PERSON"} and not any(" - " in name for name in found)


# ---- a name opening a sentence: a name when its first word is no English word -------------------

@pytest.mark.parametrize("body, expected", [
    ("Dravnik, the toy maker, said sales rose.", {"Dravnik": {"ORG"}}),
    ("Dravnik employs 4,000 people across the country.", {"Dravnik": {"ORG"}}),
    ("Vedrosti newspaper reported that the claim was settled.", {"Vedrosti": {"ORG"}}),  # no determiner
    ("Mistral newspaper reported that the talks had stalled.", {}),  # an English word
    ("Pre-tax profits rose 15% to reach 546m pounds.", {}),  # a compound, by its last word
    ("Shares, the firm's main asset, fell on Monday.", {}),  # a plural of an English word
])
def test_a_sentence_opening_word_is_a_name_only_when_it_is_no_english_word(extractor, body, expected):
    assert typed(extractor, body) == expected


# ---- a function word opening the sentence or a possessive begins no longer name -----------------

@pytest.mark.parametrize("body, expected", [
    ("Tom Roe founded Quenby Records. Because Quenby is small, it sells online.",
     {"Tom Roe": {"PERSON"}, "Quenby Records": {"ORG"}, "Quenby": {"ORG"}}),
    # an article opening the sentence may begin a name: an office, not the organisation again
    ("A Foreign Office spokesman said so. The Foreign Secretary met Tom Roe on Monday.",
     {"Foreign Office": {"ORG"}, "Tom Roe": {"PERSON"}}),
])
def test_a_name_used_again_after_a_sentence_opening_function_word(extractor, body, expected):
    assert typed(extractor, body) == expected


# ---- launched, shipped, recalled: a company's acts, as its other verbs are ----------------------

@pytest.mark.parametrize("body, typed_as", [
    ("Last week Pellmore launched a cheaper tablet in Asia.", "ORG"),
    ("Later, Brevindor launched a new phone.", "ORG"),
    ("Mr Pellmore launched a bid for the party leadership.", "PERSON"),  # an honorific: a person's name
])
def test_a_one_word_name_that_launches_is_an_organisation_unless_given_as_a_persons(extractor, body, typed_as):
    name = "Brevindor" if "Brevindor" in body else "Pellmore"
    assert typed(extractor, body).get(name) == {typed_as}


# ---- what the home-country, result and sentence-subject cues leave alone ----------------------------

@pytest.mark.parametrize("body, expected", [
    # an English word names a part of the country; a name after an article is a likeness
    ("Fans of the Republic of Ireland side travelled to Oslo.", {"Ireland": {"COUNTRY"}, "Oslo": {"PLACE"}}),
    ("He is the Zindaro of Argentina, fans say.", {"Zindaro": {"PERSON"}, "Argentina": {"COUNTRY"}}),
    # an actor plays a role, not a side
    ("Dan Moss, who played Kestrel, joined the cast in May.", {"Dan Moss": {"PERSON"}, "Kestrel": {"PERSON"}}),
    # a kind before another name heads that name, not the word opening the sentence
    ("Polling firm Vantra interviewed 900 people.", {"Vantra": {"ORG"}}),
    # the plural of a common noun's initials names no one organisation
    ("The committee met in March. The MPs launched their inquiry after the report.", {}),
])
def test_words_and_roles_that_are_no_organisations_beside_the_cues(extractor, body, expected):
    assert typed(extractor, body) == expected


def test_a_name_and_its_short_form_claim_the_same_words_in_every_process():
    # "Corvin's" and "Corvin" both typed by cues: which one claims the unread "Corvin's" at the end
    # may not follow the string hash, which differs between processes (seeds 1 and 2 gave the two
    # readings before the names were sorted)
    script = """
from assets.entities.chain import extractors
from assets.entities.extract import Span
from assets.entities.gazetteer import load_gazetteer
from assets.entities.organisations import with_names_used_again
from assets.entities.patterns import Intervals
found = extractors()
body = "Corvin's board met. Corvin said no. The bid for Corvin's was rich."
read = [Span(0, 8, "ORG", None, found.organisation_cue), Span(20, 26, "ORG", None, found.organisation_cue)]
spans = with_names_used_again(body, read, load_gazetteer(), Intervals(), Intervals(), set(), found)
print([body[s.start:s.end] for s in spans])
"""
    outputs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert outputs == {str(["Corvin's", "Corvin", "Corvin's"]) + "\n"}


# ---- a stake in what a name owns ------------------------------------------------------------------

@pytest.mark.parametrize("body, name, kept", [
    # the stake is in the company the person owns: she keeps her type
    ("Shares rose after the beauty group Lumora took a majority stake in Kylie Varsten's cosmetics company.",
     "Kylie Varsten", "PERSON"),
    # the name owns a rival, not a company of a kind: "shares of" still makes it an organisation
    ("Investors bought shares of Tarvex's rival Sibora on Monday.", "Tarvex", "ORG"),
])
def test_a_stake_in_a_names_company_leaves_the_owner_its_type(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


@pytest.mark.parametrize("body, name", [
    ("Spain's Karvela, one of Europe's biggest video game publishers, has been trying to stay independent.", "Karvela"),
    ("Ostrand, one of the world's largest makers of steel pipes, said it would cut jobs.", "Ostrand"),
])
def test_one_of_a_class_of_organisations_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name, kept", [
    ("Villagers left Karvela, one of the region's poorest towns, on Monday.", "Karvela", "PLACE"),
    ("Ostrand, one of the firm's founders, quit.", "Ostrand", "PERSON"),
])
def test_one_of_a_class_of_places_or_people_keeps_its_type(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}



@pytest.mark.parametrize("body, name", [
    ("Pellman's bought a 10% stake in Omnia Corp.", "Pellman's"),
    ("Dorrance's said it would hire 500 staff.", "Dorrance's"),
])
def test_a_one_word_name_whose_s_a_company_act_follows_is_the_company(extractor, body, name):
    """A possessive takes a noun; before a company's act the 's is the name's own (a store's,
    a brewer's), not the possessive of the person the model reads."""
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name", [
    ("Anna Holm's hired lawyers were silent.", "Anna Holm"),
    ("Dorrance's sister said it was cold.", "Dorrance"),
])
def test_a_persons_possessive_before_a_participle_or_a_noun_stays_a_person(extractor, body, name):
    assert typed(extractor, body).get(name) == {"PERSON"}


@pytest.mark.parametrize("body, name", [
    ("Prudential had sold its reinsurance arm to Swiss Re on Monday.", "Swiss Re"),
    ("Shares fell. Kenyan Re reported a loss for the year.", "Kenyan Re"),
    ("Analysts rated Hannover Re a buy on Monday.", "Hannover Re"),
    ("Analysts rated Danish Steel Plc a buy.", "Danish Steel Plc"),
])
def test_a_people_or_a_town_before_a_legal_form_is_a_company(extractor, body, name):
    """A legal form closes a company's name ("Re" the reinsurers'), whatever the gazetteer reads in
    the words before it: the people or the town it was named after."""
    assert typed(extractor, body).get(name) == {"ORG"}


@pytest.mark.parametrize("body, name, kept", [
    ("Officials tightened Kenyan re-entry rules on Monday.", "Kenyan", "COUNTRY"),
    ("Re-elected Kenyan ministers met in Nairobi.", "Kenyan", "COUNTRY"),
])
def test_a_people_before_a_plain_word_keeps_its_type(extractor, body, name, kept):
    assert typed(extractor, body).get(name) == {kept}


@pytest.mark.parametrize("body, name", [
    ("Shares rose. The consortium, called Americast, said the contract was part of its strategy.", "Americast"),
    ("Shares rose. A start-up called Velkora raised money.", "Velkora"),
])
def test_a_name_a_kind_of_organisation_is_called_by_is_an_organisation(extractor, body, name):
    assert typed(extractor, body).get(name) == {"ORG"}


def test_a_person_called_by_a_name_stays_a_person(extractor):
    assert typed(extractor, "He met a man called Ostrand in Brask.").get("Ostrand") == {"PERSON"}


@pytest.mark.parametrize("body, name", [
    ("Ostrand's supporters cheered on Monday.", "Ostrand"),
    ("Dorrance's supporters rallied in the capital.", "Dorrance"),
])
def test_a_persons_supporters_or_fans_after_the_possessive_keep_the_person(extractor, body, name):
    """A politician or a singer has supporters and fans as a club does: after a possessive they
    make no club of a one-word name ("Velkor fans", "Velkor beat Tarvo" still do)."""
    assert typed(extractor, body).get(name) == {"PERSON"}


@pytest.mark.parametrize("body, name, kind", [
    # the model types this brewer's name NORP; it is no people's name nor an English word
    ("Inbev was formed when Belgium's Interbrew bought Ambev.", "Interbrew", "ORG"),
    # a people's name stays one, though a company's act follows it
    ("European bought shares.", "European", "NORP"),
])
def test_a_name_typed_as_a_people_acts_as_a_company_unless_it_names_a_people(extractor, body, name, kind):
    assert typed(extractor, body).get(name) == {kind}


def test_a_name_whose_managing_director_is_named_is_a_company(extractor):
    # the model reads "Air Kovalam" as a person's name; a managing director is an organisation's
    body = ("Air Kovalam has signed a deal to buy 36 planes. Air Kovalam's managing director Ravi Menon "
            "said the price was low.")
    assert typed(extractor, body) == {"Air Kovalam": {"ORG"}, "Ravi Menon": {"PERSON"}}


def test_a_company_s_legal_name_opened_by_its_short_alias_is_one_mention(extractor):
    # the gazetteer's "Meta" alone left the model's "Platforms" behind as an organisation of its own
    found = typed(extractor, "Meta Platforms agreed to pay $425 million to settle a lawsuit brought by Texas.")
    assert found.get("Meta Platforms") == {"ORG"} and "Platforms" not in found


@pytest.mark.parametrize("body, name", [
    # the model reads both as people; a port operator's or a railway maker's name is no person's
    ("Korvath Bank has agreed to lend $250 million to Selmark Ports to expand its container terminal.", "Selmark Ports"),
    ("Chile's transport ministry has awarded a $410 million contract to Vostra Rail to build 30 trains.", "Vostra Rail"),
])
def test_names_closed_by_an_industry_of_ports_or_rail_are_organisations(extractor, body, name):
    assert typed(extractor, body)[name] == {"ORG"}
