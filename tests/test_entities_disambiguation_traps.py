"""Trap cases of issue 11 items 1 and 2 on invented sentences: gazetteer hits weighed against the
model's span, the name's prominence and the article's countries (disambiguation.py), and names
that act as organisations typed ORG (organisations.py)."""

import pytest

from assets.entities.chain import extractors
from assets.entities.disambiguation import ArticleCountries, Candidate, overlapping_indexes, weighed_spans
from assets.entities.extract import ArticleText, EntityExtractor, Span, trimmed_spans
from assets.entities.gazetteer import load_gazetteer
from assets.entities.organisations import acts_as_organisation, described_at_openings, plays_a_match

FOUND = extractors()


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def mentions(body):
    (result,) = EntityExtractor().extract([ArticleText("t", body, [(0, len(body))], None)])
    return [m for m in result.mentions if not m.extractor.startswith("coreference")]


def entity_ids(body):
    return {m.entity.entity_id for m in mentions(body)}


def types_of(body, name):
    return {m.entity_type for m in mentions(body) if m.text == name}


def countries_of(body):
    return {m.entity.country_code for m in mentions(body) if m.entity.country_code}


# ---- a longer name of the model's wins over a place inside it -------------------------------------

@pytest.mark.parametrize("body, name, place", [
    ("Shares of Texas Instruments rose 4% after the chipmaker raised its outlook.",
     "Texas Instruments", "subdivision:US-TX"),
    ("The Washington Post reported on Monday that the senator would step down.",
     "Washington Post", "place:washington"),
    ("Santa Fe Pacific said it would sell its pipeline unit.", "Santa Fe Pacific", "place:santa-fe"),
    ("Defence Secretary Lloyd Austin met troops in Kuwait on Friday.", "Lloyd Austin", "place:austin"),
    ("Teresa Holland, a nurse from Ohio, said the ward was short of staff.", "Teresa Holland", "country:NLD"),
])
def test_longer_name_wins_over_the_place_inside_it(body, name, place):
    assert place not in entity_ids(body)
    assert types_of(body, name) and types_of(body, name) <= {"ORG", "PERSON"}


def test_country_inside_an_organisation_is_left_to_the_institution_pass():
    found = {m.text: m.entity.entity_id for m in mentions("Iraqi forces entered the town on Monday.")}
    assert found["Iraqi forces"] == "org:armed-forces-of-iraq"


@pytest.mark.parametrize("body", [
    "The International Monetary Fund approved the loan on Friday.",
    "The Asian Development Bank, which financed the road, sent a mission.",
])
def test_a_determiner_left_beside_a_kept_organisation_is_no_name(body):
    assert "The" not in {m.text for m in mentions(body)}


# ---- a minor town does not beat a person or company -----------------------------------------------

@pytest.mark.parametrize("body, false_country", [
    ("Honda said on Tuesday it would recall 300,000 cars in the United States.", "COL"),
    ("President Bush spoke to farmers in Iowa about the drought.", "EGY"),
    ("Nikki told reporters in Columbia that she would stay in the race.", "BEN"),
])
def test_minor_town_does_not_beat_a_name(body, false_country):
    assert false_country not in countries_of(body)


def test_town_of_a_country_the_article_names_is_still_the_town():
    found = mentions("Residents said the bridge was shut. Iraqi forces entered Fallujah on Monday.")
    assert [m.entity.country_code for m in found if m.text == "Fallujah"] == ["IRQ"]


def test_prominent_city_beats_the_model_without_context(gazetteer):
    countries = ArticleCountries([])
    assert countries.beats_name("Moscow", gazetteer.lookup("Moscow"), gazetteer)
    assert not countries.beats_name("Honda", gazetteer.towns["Honda"][0], gazetteer)


# ---- a place elsewhere with the name of a place the article is about -----------------------------

@pytest.mark.parametrize("body, name, false_country", [
    ("Scientists at Los Alamos in New Mexico ran the test. The lab in Los Alamos employs 14,000 people.",
     "Los Alamos", "CHL"),
    ("The Rio Grande runs along the border between Texas and Mexico.", "Rio Grande", "BRA"),
])
def test_minor_place_keeps_no_foreign_identity(body, name, false_country):
    found = [m for m in mentions(body) if m.text == name]
    assert found and all(m.entity.country_code != false_country for m in found)
    assert all(m.entity_type == "PLACE" for m in found)


def test_new_mexico_is_the_state_not_mexico():
    assert {m.entity.entity_id for m in mentions("Wildfires spread across New Mexico on Sunday.")} >= {
        "subdivision:US-NM"}
    assert "country:MEX" not in entity_ids("Wildfires spread across New Mexico on Sunday.")


# ---- a state that shares a country's name, by context ---------------------------------------------

def test_georgia_in_an_article_about_the_us_is_the_state():
    body = ("Voters in Georgia and Arizona will decide the Senate, the White House said. "
            "Turnout in Atlanta was high, and Georgia officials expect a recount.")
    ids = [m.entity.entity_id for m in mentions(body) if m.text == "Georgia"]
    assert ids == ["subdivision:US-GA", "subdivision:US-GA"]


@pytest.mark.parametrize("body", [
    "The prime ministers of Bulgaria, Albania and Macedonia signed the pipeline accord in Sofia.",
    "Lightning struck a religious festival in Macedonia, police said.",
])
def test_macedonia_alone_is_the_country_as_the_news_named_it_before_2019(body):
    assert [m.entity.entity_id for m in mentions(body) if m.text == "Macedonia"] == ["country:MKD"]


def test_georgia_beside_tbilisi_is_the_country():
    body = "Georgia's president met the Russian ambassador in Tbilisi on Thursday."
    assert [m.entity.entity_id for m in mentions(body) if m.text == "Georgia"] == ["country:GEO"]


def test_niger_state_and_niger_country_by_context(gazetteer):
    state = "The governor of Niger met farmers near Minna, and Nigeria's oil minister flew to Abuja."
    country = "Niger's junta expelled French troops from Niamey."
    assert [m.entity.entity_id for m in mentions(state) if m.text == "Niger"] == ["subdivision:NG-NI"]
    assert [m.entity.entity_id for m in mentions(country) if m.text == "Niger"] == ["country:NER"]


def test_homonym_is_no_evidence_for_itself(gazetteer):
    body = "Georgia Georgia Georgia"
    candidates = [Candidate(i, i + 7, "country:GEO") for i in (0, 8, 16)]
    countries = ArticleCountries.of(body, candidates, gazetteer)
    assert countries.mentions("GEO") == 0
    assert countries.chosen("Georgia", gazetteer.entities["country:GEO"], gazetteer).entity_id == "country:GEO"


@pytest.mark.parametrize("body", [
    "Palestinian negotiator Saeb Erekat says Israel-PLO talks will begin by September 2.",
    "The Israel-PLO self-rule deal was signed in Cairo in 1994.",
])
def test_a_country_joined_by_a_hyphen_to_another_name_pairs_the_two(body):
    found = {m.text: m for m in mentions(body)}
    assert found["Israel"].entity.entity_id == "country:ISR" and found["PLO"].entity_type == "ORG"
    assert "Israel-PLO" not in found


def test_a_country_inside_a_hyphenated_company_name_stays_in_it():
    assert "country:FRA" not in entity_ids("Air France-KLM cut flights to Nice on Monday.")


# ---- weighing one candidate against one model span, alone -----------------------------------------

@pytest.mark.parametrize("body, model_label, candidate_text, entity_id, kept", [
    ("Dayton Fabricators said", "ORG", "Dayton", "place:dayton", "ORG"),         # longer ORG
    ("Paris said", "PERSON", "Paris", "place:paris", "PLACE"),                   # capital, prominent
    ("Mosul Dam", "FAC", "Mosul", "place:mosul", "FAC"),                         # a facility's name
    ("Syrian Observatory", "ORG", "Syrian", "country:SYR", "COUNTRY"),           # country stays
])
def test_candidate_against_the_model_span(gazetteer, body, model_label, candidate_text, entity_id, kept):
    model_end = len(body.rsplit(" ", 1)[0]) if body.endswith(" said") else len(body)
    model = [Span(0, model_end, model_label, None, FOUND.ner)]
    candidate = Candidate(0, len(candidate_text), entity_id)
    countries = ArticleCountries.of(body, [candidate], gazetteer)
    spans = weighed_spans(body, model, [candidate], gazetteer, countries, FOUND)
    assert kept in {s.label for s in spans}


# ---- organisations by what the grammar says of them ------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("Velkor shareholders sued the Russian state over the tax claims.", "Velkor"),
    ("Marvex's chief executive said demand was strong.", "Marvex"),
    ("Analysts cut their forecasts for Dravix Inc after the recall. Dravix said it would appeal.", "Dravix"),
    ("Investors sold shares of Quorval on Monday. Quorval fell 9%.", "Quorval"),
    ("Zentrax, the carmaker, recalled 40,000 vehicles. Zentrax said the fault was minor.", "Zentrax"),
])
def test_what_only_an_organisation_has_makes_a_name_an_organisation(body, name):
    assert acts_as_organisation(body, body.index(name), body.index(name) + len(name), frozenset())


@pytest.mark.parametrize("body, name", [
    ("Marta Ilves said in a statement that she would resign.", "Marta Ilves"),
    ("Ilves's brother said the company owed him money.", "Ilves"),
    ("Ilves, a nurse from Tartu, said the ward was full.", "Ilves"),
])
def test_people_are_not_organisations_by_these_cues(body, name):
    assert not acts_as_organisation(body, body.index(name), body.index(name) + len(name), frozenset())


@pytest.mark.parametrize("body, name", [
    ("Yukos shareholders sued the Russian state over the tax claims.", "Yukos"),
    ("Tesla's chief executive said demand for the new model was strong.", "Tesla"),
    ("OpenAI said in a statement that it had fixed the bug.", "OpenAI"),
    ("Politico, the news outlet, reported the vote on Tuesday.", "Politico"),
    ("Analysts expect SpaceX's Starship to fly again in March.", "SpaceX"),
])
def test_companies_and_outlets_are_org_not_person(body, name):
    assert types_of(body, name) == {"ORG"}


def test_short_name_of_a_company_named_in_full_is_the_company():
    body = "Yukos Oil Co said output fell in May. Analysts said Yukos would recover by winter."
    assert types_of(body, "Yukos") == {"ORG"}


def test_conde_nast_is_no_place():
    body = "Conde Nast will close two magazines, Conde Nast said on Friday."
    assert types_of(body, "Conde Nast") == {"ORG"}


@pytest.mark.parametrize("body, name, side", [
    ("Leeds beat Chelsea 2-1 on Saturday.", "Leeds", True),
    ("Tulsa 3 Omaha 1", "Omaha", True),
    ("TULSA 72 53 .576 -", "TULSA", True),
    ("TULSA 1996-08-22", "TULSA", False),
    ("Floods hit Leeds 2 days after the storm.", "Leeds", False),
    ("Tulsa defender Anil Rowe was called up on Sunday.", "Tulsa", True),  # named by its people
    ("Omaha fans waited outside the ground.", "Omaha", True),
])
def test_a_side_in_a_match(body, name, side):
    start = body.index(name)
    assert plays_a_match(body, start, start + len(name)) is side


def test_town_playing_a_match_is_its_club():
    assert types_of("Leeds beat Chelsea 2-1 on Saturday.", "Leeds") == {"ORG"}


def test_country_playing_a_match_stays_the_country():
    assert types_of("Italy beat Spain 2-1 in Rome on Saturday.", "Italy") == {"COUNTRY"}


# ---- scores the model ran into a name ---------------------------------------------------------------

@pytest.mark.parametrize("body, label, name", [
    ("Bowling: Anil Rowe 7-73 in the second innings.", "PERSON", "Anil Rowe"),
    ("Result: Chelsea 2-1 after extra time.", "ORG", "Chelsea"),
])
def test_score_is_trimmed_from_a_name(body, label, name):
    start = body.index(name)
    span = Span(start, body.index(" ", start + len(name)) + 4, label, None, FOUND.ner)
    (trimmed,) = trimmed_spans(body, [span], FOUND)
    assert body[trimmed.start:trimmed.end] == name


def test_organisation_number_that_is_no_score_stays():
    body = "The Group of 20 met in Delhi."
    span = Span(4, 15, "ORG", None, FOUND.ner)
    (trimmed,) = trimmed_spans(body, [span], FOUND)
    assert body[trimmed.start:trimmed.end] == "Group of 20"


@pytest.mark.parametrize("body, run_on, name", [
    ("Under the deal, Brask will lend Norvik $2 billion over three years.", "Norvik $2 billion", "Norvik"),
    ("Tarsel Holdings US$ 40m in debt was sold.", "Tarsel Holdings US$ 40m", "Tarsel Holdings"),
    ("The bank gave Pelmora Rs 500 crore.", "Pelmora Rs 500 crore", "Pelmora"),
])
def test_a_sum_the_model_ran_into_a_name_is_trimmed(body, run_on, name):
    start = body.index(run_on)
    span = Span(start, start + len(run_on), "ORG", None, FOUND.ner)
    (trimmed,) = trimmed_spans(body, [span], FOUND)
    assert body[trimmed.start:trimmed.end] == name


@pytest.mark.parametrize("body, label, run_on, name", [
    ("Halvorsen will put $40m into Tarsel through convertible bonds.", "PLACE", "Tarsel through", "Tarsel"),
    ("Shares of Omnivale and Brecko rose.", "ORG", "Omnivale and", "Omnivale"),
    ("She met Ilse Varga of the ministry.", "PERSON", "Ilse Varga of the", "Ilse Varga"),
])
def test_a_lowercase_function_word_the_model_ran_into_a_name_is_trimmed(body, label, run_on, name):
    start = body.index(run_on)
    span = Span(start, start + len(run_on), label, None, FOUND.ner)
    (trimmed,) = trimmed_spans(body, [span], FOUND)
    assert body[trimmed.start:trimmed.end] == name


@pytest.mark.parametrize("how", [FOUND.ner, FOUND.headed_pattern])
def test_a_description_opening_a_sentence_is_cut_from_any_span_over_it(gazetteer, how):
    body = "Velkor said it agreed.\n\n* Insurer Marlowe Group rose 2 percent."
    start = body.index("Insurer")
    span = Span(start, body.index(" rose"), "ORG", None, how)
    (cut,) = described_at_openings(body, [(0, 22), (24, len(body))], [span], gazetteer, FOUND)
    assert (body[cut.start:cut.end], cut.label) == ("Marlowe Group", "ORG")


@pytest.mark.parametrize("body, label, run_on, name", [
    ("Laah Chong-gyu of Norland Development Bank - one of the creditors - said so.", "ORG",
     "Norland Development Bank - one", "Norland Development Bank"),
    ("Films tipped for the Oscars - named on Tuesday - did well.", "ORG", "Oscars - named", "Oscars"),
    ("The Velkor - Tarsa merger was approved.", "ORG", "Velkor - Tarsa", "Velkor - Tarsa"),  # two names
])
def test_a_spaced_dash_and_a_plain_word_the_model_ran_into_a_name_are_trimmed(body, label, run_on, name):
    start = body.index(run_on)
    span = Span(start, start + len(run_on), label, None, FOUND.ner)
    (trimmed,) = trimmed_spans(body, [span], FOUND)
    assert body[trimmed.start:trimmed.end] == name


def test_a_name_with_a_function_word_inside_keeps_it():
    body = "The Bank of Pelora and the Lord of the Isles met."
    spans = [Span(4, 18, "ORG", None, FOUND.ner), Span(27, 45, "PERSON", None, FOUND.ner)]
    assert [body[s.start:s.end] for s in trimmed_spans(body, spans, FOUND)] == ["Bank of Pelora", "Lord of the Isles"]


# ---- results, and organisations named after a country -----------------------------------------------

def test_model_span_over_a_result_is_cut_into_its_sides():
    from assets.entities.organisations import split_at_results

    body = "Premier league\nDarnley Rovers 2 Kelso Athletic 1\nStandings"
    start = body.index("Darnley")
    span = Span(start, body.index("Athletic") + len("Athletic"), "PERSON", None, FOUND.ner)
    sides = split_at_results(body, [span], FOUND)
    assert [(body[s.start:s.end], s.label) for s in sides] == [("Darnley Rovers", "ORG"), ("Kelso Athletic", "ORG")]


def test_model_span_over_a_line_break_keeps_its_label_in_pieces():
    # the model's spans are cut at line breaks where the chain reads them (extract.doc_spans)
    import spacy

    from assets.entities.extract import doc_spans

    doc = spacy.blank("en")("Ann Roe\nBoris Kask")
    doc.ents = [doc.char_span(0, len(doc.text), label="PERSON")]
    assert [(doc.text[s.start:s.end], s.label) for s in doc_spans(doc, FOUND)] == [
        ("Ann Roe", "PERSON"), ("Boris Kask", "PERSON")]


@pytest.mark.parametrize("body, name, side", [
    ("Darnley Rovers 0 Kelso Athletic 2", "Darnley Rovers", True),
    ("Darnley Rovers 0 Kelso Athletic 2", "Kelso Athletic", True),
    ("Bowling: Anil Rowe 54", "Anil Rowe", False),
    ("Saturday's results:\nDarnley Rovers 0 Kelso Athletic 2", "Kelso Athletic", True),  # a line after others
    ("Saturday's results were Darnley Rovers 0 Kelso Athletic 2", "Kelso Athletic", False),  # no line of its own
])
def test_either_side_of_a_result_line(body, name, side):
    from assets.entities.organisations import side_of_a_result

    start = body.index(name)
    assert side_of_a_result(body, start, start + len(name)) is side


def test_organisation_named_after_a_country_keeps_its_name():
    found = {m.text: m for m in mentions("The Bank of France said it drained 3.9 billion francs at a tender.")}
    assert found["Bank of France"].entity_type == "ORG"


def test_government_of_a_country_is_still_the_institution():
    found = {m.text: m for m in mentions("The Government of Iraq said the talks would go on.")}
    assert found["Government of Iraq"].entity.entity_id == "org:government-of-iraq"
    assert found["Government of Iraq"].entity.country_code == "IRQ"


def test_possessive_apart_from_the_name_in_tokenised_text():
    body = "After the announcement , Velkor 's stock soared ."
    start = body.index("Velkor")
    assert acts_as_organisation(body, start, start + len("Velkor"), frozenset())


def test_sides_of_results_and_standings_lines_are_organisations():
    body = "Standings\nDarnley Rovers 1 Kelso Athletic 0\nVelmar Town 3 3 0 0 10 1 9\nItaly 2 Spain 1\n"
    found = {m.text: m.entity_type for m in mentions(body)}
    assert found["Darnley Rovers"] == found["Kelso Athletic"] == found["Velmar Town"] == "ORG"
    assert found["Italy"] == found["Spain"] == "COUNTRY"


def test_a_golfers_row_is_no_standings_row():
    from assets.entities.organisations import STANDINGS_ROW

    assert STANDINGS_ROW.search("Anil Rowe 68 71 70 66 275") is None
    assert STANDINGS_ROW.search("Velmar Town 3 3 0 0 10 1 9") is not None


@pytest.mark.parametrize("body, name", [
    ("Famous names like Tarmac Plc suffered in the slump.", "Tarmac Plc"),
    ("Investors expect Cofinec S.A. to report a loss.", "Cofinec S.A."),
])
def test_a_name_ending_in_a_legal_form_is_an_organisation(body, name):
    assert types_of(body, name) == {"ORG"}


# ---- one-word names doing what companies do (issue 11 item 2, round 2 of the judged sample) -------

@pytest.mark.parametrize("body, name", [
    ("Drelvo bought two rival brewers last year. Drelvo said the deal would close in May.", "Drelvo"),
    ("Quenmar has also sued the regulator over the fine.", "Quenmar"),
    ("Ostrava-based Tavlin posted a record annual profit on Tuesday.", "Tavlin"),
    ("Marovex reported a 12% rise in first-half sales.", "Marovex"),
    ("Investors fled after Kestrin laid off 400 workers.", "Kestrin"),
    ("The Chilean state miner Velkor raised its output forecast.", "Velkor"),
    ("Fans waited years for the Streamly series to reach its second season.", "Streamly"),
    ("A Tavlin spokeswoman declined to comment.", "Tavlin"),
    ("Critics of the handling of oil company Velkor were silenced.", "Velkor"),
    ("Since Velkor's founder was jailed, the shares have halved.", "Velkor"),
    ("Last week, Quenmar filed for Chapter 11 protection.", "Quenmar"),
    ("Banks lined up to fund a bid for Velkor unit Dravmo.", "Dravmo"),
    # agreeing to lend, provide, invest, merge or supply, or planning to invest, is a company's act
    ("LONDON (Reuters) - Drelvo has agreed to provide Tavlin with a $1 billion bridge loan.", "Drelvo"),
    ("Quenmar plans to invest $5 billion in Vietnam.", "Quenmar"),
    ("Marovex has agreed to merge with a rival.", "Marovex"),
    # and striking, signing or clinching a deal, winning a contract or an order, securing a loan
    ("Drelvo struck a deal to buy a rival's coal business for $6.9 billion.", "Drelvo"),
    ("Tavlin has won a contract to build the port.", "Tavlin"),
    ("Last week, Kestrin secured a loan from two banks.", "Kestrin"),
    # and buying, investing, taking over or taking a stake, or being in talks to buy
    ("Drelvo took a majority stake in Anna Roe's cosmetics company in a deal worth $600 million.", "Drelvo"),
    ("Quenmar invested $300m in the mine last year.", "Quenmar"),
    ("Marovex took over its largest rival in 2019.", "Marovex"),
    ("Tavlin will buy the brewer for $2bn.", "Tavlin"),
    ("Kestrin is in talks to acquire a rival.", "Kestrin"),
])
def test_a_company_act_makes_a_one_word_name_a_company(gazetteer, body, name):
    from assets.entities.organisations import given_as_a_person, does_what_a_company_does

    start = body.index(name)
    assert does_what_a_company_does(body, start, start + len(name))
    assert not given_as_a_person(body, name, [(start, start + len(name))], set())


@pytest.mark.parametrize("body, name", [
    ("Mr Drelvo bought a house in the hills. Drelvo said it was a bargain.", "Drelvo"),
    ("Anna Quenmar sued her employer. Quenmar said the case was about pay.", "Quenmar"),
    ("Tavlin, 54, sold the farm in 2019.", "Tavlin"),
    ("Marovex sold the painting, and said he regretted it.", "Marovex"),
    ("President Kestrin hired a new chief of staff.", "Kestrin"),
    ("Critics loved the new Orvell film, and Orvell said he would make a sequel.", "Orvell"),
])
def test_a_person_who_buys_sells_or_sues_stays_a_person(body, name):
    from assets.entities.organisations import given_as_a_person

    starts = [i for i in range(len(body)) if body.startswith(name, i) and not body[i - 1:i].isalpha()]
    occurrences = [(s, s + len(name)) for s in starts]
    person_words = {"Quenmar", "Anna"} if "Anna Quenmar" in body else set()
    assert given_as_a_person(body, name, occurrences, person_words)


@pytest.mark.parametrize("body, name, organisation", [
    ("Velkor, the Chilean state miner, cut its output forecast.", "Velkor", True),
    ("Analysts upgraded Dravmo, Britain's biggest support services group, on Monday.", "Dravmo", True),
    ("Streamly, the streaming service, raised its prices.", "Streamly", True),
    ("The family trust is the main French shareholder of Dravmo.", "Dravmo", True),
    # the kind of company is no head here: a person's noun follows it
    ("Velkor, the club captain, scored twice.", "Velkor", False),
    ("Dravmo, the team doctor, said the injury was minor.", "Dravmo", False),
    ("Ilves, the network engineer, fixed the fault.", "Ilves", False),
])
def test_a_descriptor_headed_by_a_kind_of_company_makes_an_organisation(body, name, organisation):
    start = body.index(name)
    assert acts_as_organisation(body, start, start + len(name), frozenset()) is organisation


def test_a_kind_of_company_is_no_cue_unless_right_before_the_name():
    from assets.entities.organisations import does_what_a_company_does

    body = "The club signed striker Dravmo in January."
    start = body.index("Dravmo")
    assert not does_what_a_company_does(body, start, start + len("Dravmo"))


def test_a_city_that_sues_keeps_the_place():
    body = "Detroit sued the state over the funding formula."
    assert "ORG" not in types_of(body, "Detroit")


@pytest.mark.parametrize("body, name, kind", [
    # names the small model reads as people
    ("Analysts said Hargreave has sued the regulator. Hargreave declined to comment.", "Hargreave", "ORG"),
    ("Fans waited years for the Castellan series to return. Castellan first announced it in 2019.",
     "Castellan", "ORG"),
    ("Mr Pemberton bought a house. Pemberton sold it a year later.", "Pemberton", "PERSON"),
])
def test_every_mention_of_a_company_that_acts_as_one_is_org(body, name, kind):
    assert types_of(body, name) == {kind}


def test_a_peoples_name_before_films_stays_no_organisation():
    body = "Critics hailed a new wave of European films at the Velmar festival."
    assert "ORG" not in types_of(body, "European")


# ---- one common word is no place unless something makes it one ----------------------------------

def common_word_places(body, word, entity_id, label, gazetteer, model_place=False):
    from assets.entities.disambiguation import placed
    from assets.entities.extract import REGION_WORDS
    from assets.entities.names import common_words_not_places

    start = body.rindex(word)  # the last use: a name may be given in full before it
    span = Span(start, start + len(word), label, entity_id, FOUND.gazetteer if entity_id else FOUND.ner)
    kept = common_words_not_places(body, [span], {(span.start, span.end)} if model_place else set(), gazetteer,
                                   lambda b, s, e: placed(b, s, e, gazetteer),
                                   lambda w, lab: lab == "LOC" and REGION_WORDS.search(w) is not None)
    return bool(kept)


@pytest.mark.parametrize("body, word, label, kept", [
    # the model's place with no identity: a common word (the article writes it in lower case, or a
    # frequent English word) needs a place cue
    ("Tarnwire has become cheap, and rural tarnwire still lags.", "Tarnwire", "GPE", False),
    ("City traders were calm on Friday.", "City", "GPE", False),
    ("Villagers in Tarnwire said the tarnwire mill had closed.", "Tarnwire", "GPE", True),   # "in" cue
    ("Tarnwire prices fell again this year.", "Tarnwire", "GPE", True),  # no common word: the model's reading stands
    ("Diplomats in the West were alarmed, and west winds blew.", "West", "LOC", True),  # a compass region
    # a longer place's last word, standing alone, names that place again
    ("Shelling hit the Dorvan Strip. Aid reached the north of the Strip, a narrow strip of land.", "Strip", "GPE", True),
])
def test_a_common_word_the_model_alone_reads_as_a_place(gazetteer, body, word, label, kept):
    assert common_word_places(body, word, None, label, gazetteer) is kept


@pytest.mark.parametrize("body, model_place, kept", [
    ("Anchorage fees at the new anchorage doubled.", False, False),   # common word, nothing confirms
    ("Anchorage fees at the new anchorage doubled.", True, True),     # the model reads the place
    ("Rents in Anchorage doubled; the anchorage was full.", False, True),  # a place cue
])
def test_a_gazetteer_city_named_by_a_common_word_needs_the_model_or_a_cue(gazetteer, body, model_place, kept):
    assert common_word_places(body, "Anchorage", "place:anchorage", "PLACE", gazetteer, model_place) is kept


def test_a_prominent_city_needs_no_confirmation(gazetteer):
    body = "LONDON — Prices rose again, and london-bound trains were full."
    assert common_word_places(body, "LONDON", "place:london", "PLACE", gazetteer)


@pytest.mark.parametrize("body, word", [
    ("Broadband has become hugely competitive, and rural broadband lags behind.", "Broadband"),
    ("Shoppers cut spending. Broadband take-up grew as broadband prices fell.", "Broadband"),
    ("Airplane sales rose in March as airplane makers cut prices.", "Airplane"),
    ("Analysts praised the Atlantic Field plan, though the field was small.", "Field"),
])
def test_a_capitalised_common_word_is_no_place(body, word):
    assert not types_of(body, word) & {"PLACE", "COUNTRY", "SUBDIVISION", "REGION"}



def test_a_prominent_city_in_a_dateline_stays_the_city():
    body = "LONDON — House prices fell again, and london-bound commuters paid more for fewer trains."
    assert "place:london" in entity_ids(body)


def test_overlapping_model_spans_are_found_by_bisect_as_by_a_scan():
    def scan(model, start, end):
        return [i for i, span in enumerate(model) if span.start < end and start < span.end]

    in_order = [Span(0, 5, "ORG", None, "ner"), Span(7, 12, "GPE", None, "ner"), Span(12, 20, "PERSON", None, "ner")]
    shuffled = [in_order[2], in_order[0], in_order[1]]
    for model, ordered in ((in_order, True), (shuffled, False)):
        ends = [span.end for span in model]
        for start, end in ((0, 3), (4, 8), (5, 7), (11, 13), (0, 30), (20, 25), (6, 7)):
            assert overlapping_indexes(model, ends, ordered, start, end) == scan(model, start, end)


# ---- an organisation's name joins no two names with "to" ------------------------------------------

def test_a_span_of_two_names_joined_by_to_is_the_two_organisations():
    """The model reads "Telvara Fibre to Bramwell Partners" as one organisation."""
    body = "Telvara Group sold a 20% stake in Telvara Fibre to Bramwell Partners for €1.1bn."
    texts = {m.text for m in mentions(body)}
    assert {"Telvara Fibre", "Bramwell Partners"} <= texts
    assert not any(" to " in text for text in texts)


def test_a_name_with_to_and_a_verb_stays_whole():
    body = "The Committee to Protect Bloggers was started by a group of writers."
    assert "Committee to Protect Bloggers" in {m.text for m in mentions(body)}


# ---- a full name after someone's noun for a person is a person --------------------------------------

def test_a_name_after_someones_counterpart_is_a_person():
    """The model finds no "Ivo Marek" after "her Norlandic counterpart"."""
    body = "Finance Minister Lena Sorvik met her Norlandic counterpart Ivo Marek in Oslo on Monday."
    assert types_of(body, "Ivo Marek") == {"PERSON"}


def test_a_title_after_a_noun_for_a_person_and_a_comma_is_no_person():
    body = "Based on the writer's years as a teacher, The History Boys has been a hit at the National."
    assert "PERSON" not in types_of(body, "History Boys")


@pytest.mark.parametrize("body, is_the_country", [
    ("Arsenal has signed a £100m sponsorship deal with Emirates, the Dubai-based airline.", False),
    ("Emirates will also pay for the naming rights to the new stadium.", False),
    ("Britain's trade minister flew to the Emirates on Monday.", True),
    ("The Emirates and Saudi Arabia signed a defence pact.", True),
    ("Ministers of Iran, Saudi Arabia, Emirates, Turkey and Egypt met in Vienna.", True),  # listed with countries
])
def test_emirates_alone_is_the_airline_and_the_country_after_the_or_among_countries(body, is_the_country):
    # alone it is no country (the model may not find the airline at all)
    assert any(m.text == "Emirates" and m.entity.entity_id == "country:ARE" for m in mentions(body)) == is_the_country
