"""Person and organisation names: cues that retype a mistyped name, spans that are no entity,
acronyms, office titles that swallow a name, and span trimming. All texts are invented."""

from assets.entities.chain import extractors
from assets.entities.extract import EntityExtractor, PersonIndex, Span, name_back_references, surname_not_city, trim
from assets.entities.gazetteer import load_gazetteer
from assets.entities.names import (
    corrected_label, defined_acronyms, has_person_cue, is_no_entity, is_trade_before_name, leading_trade,
    names_after_offices, ship_names,
)
from assets.entities.titles import (
    honorific_before, honorific_names, is_office_portfolio, is_title_only, title_before,
)
from assets.entities.types import ArticleText
from pipelines.eval_entities import our_labels

FOUND = extractors()


def extract_one(body):
    (result,) = EntityExtractor().extract([ArticleText("t", body, [(0, len(body))], None)])
    return result


def typed(result):
    return {(m.text, m.entity_type) for m in result.mentions}


def span_of(body, text):
    start = body.index(text)
    return start, start + len(text)


# --- trimming -----------------------------------------------------------------------------------

def test_unclosed_bracket_and_footnote_marker_are_cut():
    body = "Karim Osmani(Persian: x) and Lena Vasquez,[4] met."
    assert body[slice(*trim(body, 0, len("Karim Osmani(Persian")))] == "Karim Osmani"
    start = body.index("Lena")
    assert body[slice(*trim(body, start, start + len("Lena Vasquez,[4")))] == "Lena Vasquez"
    assert body[slice(*trim(body, start, start + len("Lena Vasquez,[4]")))] == "Lena Vasquez"


def test_initialism_keeps_its_full_stop():
    body = "Aid reached the U.S. and Washington, D.C. quickly."
    assert body[slice(*trim(body, *span_of(body, "U.S.")))] == "U.S."
    assert body[slice(*trim(body, *span_of(body, "D.C")))] == "D.C."
    assert body[slice(*trim(body, *span_of(body, "quickly.")))] == "quickly"


# --- titles ---------------------------------------------------------------------------------------

def test_office_portfolio_is_no_organisation():
    body = "Secretary of State Mara Lind and the Defence Secretary met the Ministry of Justice."
    assert is_office_portfolio(body, *span_of(body, "State"))
    assert is_office_portfolio(body, *span_of(body, "Defence"))
    assert not is_office_portfolio(body, *span_of(body, "Justice"))  # a ministry is an organisation


def test_rank_or_honorific_alone_is_no_name():
    assert is_title_only("Sgt") and is_title_only("Navy Capt") and is_title_only("Dr.")
    assert not is_title_only("Abel Company") and not is_title_only("Capt. Ines Moreau")
    assert not is_title_only("Major")  # a surname too


def test_full_rank_word_with_a_full_stop_ends_a_sentence():
    body = "She is a retired General. On Monday Gen. Ola Berg spoke."
    assert [body[s:e] for _, s, e in honorific_names(body)] == ["Ola Berg"]
    assert title_before(body, body.index("On Monday")) is None


def test_direction_mark_between_title_and_name():
    body = "Finance Minister\u200e Tarek Nouri said."
    assert title_before(body, body.index("Tarek")).text == "Finance Minister"


def test_a_month_or_weekday_after_an_office_says_when_not_what_of():
    body = "In a letter to the president in May, Ana Roe, the head of the Farm Bureau, said prices fell."
    assert title_before(body, body.index("Ana Roe")) is None
    body = "Talks with the minister on Monday, Tom Kask, went well."
    assert title_before(body, body.index("Tom Kask")) is None
    body = "The minister for trade and investment, Tom Kask, said prices fell."
    assert title_before(body, body.index("Tom Kask")).text == "minister for trade and investment"


def test_honorific_before_a_name():
    body = "said Mr. Haddad and Dr Ruiz"
    assert honorific_before(body, body.index("Haddad")) == body.index("Mr.")
    assert honorific_before(body, body.index("Ruiz")) == body.index("Dr")
    assert honorific_before(body, body.index("said")) is None


def test_full_name_after_an_office_title_that_no_span_covers():
    body = "Minister for the Sahel Region Oskar Brandt visits Niamey."
    covered = [span_of(body, "Sahel Region"), span_of(body, "Niamey")]
    assert [body[s:e] for s, e in names_after_offices(body, covered)] == ["Oskar Brandt"]
    assert names_after_offices("Oskar Brandt visits Niamey.", []) == []  # no office, no name


def test_full_name_in_apposition_after_an_office_in_lower_case():
    # "the bank's vice-president for countries, Lina Varga, met ...": the model found no name there
    body = "The Halden Bank's vice-president for countries, Lina Varga, met the minister."
    assert [body[s:e] for s, e in names_after_offices(body, [])] == ["Lina Varga"]
    # an office in lower case before a name with no closing comma may run into the sentence
    # ("the president Will Decide ..." in a headline's capitals): only an apposition names its holder
    assert names_after_offices("The bank's vice-president, Lina Varga met the minister.", []) == []
    assert names_after_offices("The bank's vice-president Lina Varga met the minister.", []) == []


def test_a_persons_trade_the_model_ran_into_a_name_is_no_part_of_it():
    assert leading_trade("Rapper Jay-Z") == len("Rapper ")
    assert leading_trade("Musician Alan Wass") == len("Musician ")
    # names that begin with a trade's letters, or hold no name after it, keep them
    assert leading_trade("Actors Guild") == leading_trade("Singer") == leading_trade("Authority Ltd") == 0
    body = "Entrepreneur Sir Tomas Brekke agreed. Singer said no."
    assert is_trade_before_name(body, 0, len("Entrepreneur"))
    # a trade's word alone before no name may be a surname ("Singer said")
    assert not is_trade_before_name(body, body.index("Singer"), body.index("Singer") + len("Singer"))


def test_full_name_after_a_persons_trade_that_no_span_covers():
    # a capitalised trade hides the name from the model: "Actress Lina Varga has donated ..."
    body = "Actress Lina Varga has donated $1m. Its film-maker Tomas Brekke agreed."
    assert [body[s:e] for s, e in names_after_offices(body, [])] == ["Lina Varga", "Tomas Brekke"]
    # a trade ends a word of its own: "Coauthor", "co-author" are no "author"; nor is a covered name re-found
    assert names_after_offices("Coauthor Lina Varga and co-author Tomas Brekke met.", []) == []
    assert names_after_offices("Actress Lina Varga left.", [span_of("Actress Lina Varga left.", "Lina Varga")]) == []


# --- cues and non-entities ------------------------------------------------------------------------

def test_age_or_person_noun_next_to_a_name_marks_a_person():
    for body, name in [("For 12-year-old Tamar the school is home.", "Tamar"),
                       ("Yusuf Demir, 41, said the harvest failed.", "Yusuf Demir"),
                       ("One young boy, Elias, waved.", "Elias"),
                       ("Rana Saleh, a former nurse, runs the clinic.", "Rana Saleh"),
                       ("Later his son Farid arrived.", "Farid"),
                       # one word may qualify the noun; a counterpart or a colleague is a person
                       ("The premier is due to meet his Turkish counterpart Osman Kaya on Tuesday.", "Osman Kaya"),
                       ("She flew to Oslo with her younger brother Anders.", "Anders"),
                       ("He praised his colleague Lina Berg.", "Lina Berg")]:
        assert has_person_cue(body, *span_of(body, name), set()), body
    body = "Later Farid Industries said profits rose."
    assert not has_person_cue(body, *span_of(body, "Farid Industries"), set())
    body = "The talks went on without their Turkish counterparts Kaya Holding and Osman Group."
    assert not has_person_cue(body, *span_of(body, "Kaya Holding"), set())


def test_surname_given_by_an_honorific_marks_the_full_name():
    body = "Owner Amin Tarazi hires locals. Mr Tarazi says so."
    assert has_person_cue(body, *span_of(body, "Amin Tarazi"), {"Tarazi"})
    assert not has_person_cue(body, *span_of(body, "Amin Tarazi"), {"Kovac"})


def test_speaker_labels_ranks_portfolios_ships_and_weapons_are_no_entities():
    body = "QUESTION: Did Secretary of State Mara Lind see USS Harmon or the Harmon again?"
    ships = ship_names(body)
    assert ships == {"USS Harmon", "Harmon"}
    assert is_no_entity(body, *span_of(body, "QUESTION"), "PERSON", ships)
    assert is_no_entity(body, *span_of(body, "State"), "ORG", ships)
    assert is_no_entity(body, *span_of(body, "USS Harmon"), "PERSON", ships)
    assert not is_no_entity(body, *span_of(body, "Mara Lind"), "PERSON", ships)
    body = "Two VBIEDs and a UAV hit the IDF post."
    assert is_no_entity(body, *span_of(body, "VBIEDs"), "ORG", set())
    assert is_no_entity(body, *span_of(body, "UAV"), "ORG", set())
    assert not is_no_entity(body, *span_of(body, "IDF"), "ORG", set())


def test_title_words_closing_on_an_honorific_before_a_name_are_no_person():
    body = "The party repaid the loan to former Tory Treasurer Lord Ashby, said Sir Alan Reed."
    assert is_no_entity(body, *span_of(body, "Tory Treasurer Lord"), "PERSON", set())
    assert not is_no_entity(body, *span_of(body, "Ashby"), "PERSON", set())
    assert not is_no_entity(body, *span_of(body, "Sir Alan Reed"), "PERSON", set())
    body = "Former Tory Treasurer Lord Ashby and his wife Lady Ashby arrived."
    assert not is_no_entity(body, *span_of(body, "Lady Ashby"), "PERSON", set())


def test_a_one_word_name_written_as_something_owned_is_no_person():
    body = ("Ana Roe was congratulated on Oscar night after receiving her Oscar, she said. "
            "A Blair government would win, said A Jones.")
    assert is_no_entity(body, *span_of(body, "Oscar"), "PERSON", set())
    # a name modifying a noun ("a Blair government"), or after an initial ("A Jones"), is a person's
    assert not is_no_entity(body, *span_of(body, "Blair"), "PERSON", set())
    assert not is_no_entity(body, *span_of(body, "Jones"), "PERSON", set())
    assert not is_no_entity(body, *span_of(body, "Ana Roe"), "PERSON", set())


def test_plural_of_initials_is_a_group_of_people_not_a_person():
    body = "Mr Oduya would be welcomed by Labour MPs and MEPs, said Ms Ives."
    assert is_no_entity(body, *span_of(body, "MPs"), "PERSON", set())
    assert is_no_entity(body, *span_of(body, "MEPs"), "PERSON", set())
    assert not is_no_entity(body, *span_of(body, "Ives"), "PERSON", set())


def test_group_names_are_organisations_and_operations_events():
    assert corrected_label("Jaish al-Nasr", "PERSON") == "ORG"
    assert corrected_label("Northern Freedom Brigades", "PERSON") == "ORG"
    assert corrected_label("Nasr Haddad", "PERSON") == corrected_label("Jaish", "PERSON") == "PERSON"
    assert corrected_label("Operation Desert Lantern", "ORG") == "EVENT"
    assert corrected_label("Operation Blue Harbor", "FAC") == "EVENT"
    assert corrected_label("Operations Command", "ORG") == "ORG"  # "Baghdad Operations Command"


def test_acronym_defined_after_an_organisation_and_its_later_uses():
    body = "The Lakeside Water Trust (LWT) was founded in 2001. Today LWT-funded wells and LWT staff work."
    trust = span_of(body, "Lakeside Water Trust")
    found = defined_acronyms(body, [trust], [trust])
    assert [(body[s:e], i) for s, e, i in found] == [("LWT", 0), ("LWT", 0)]  # not inside "LWT-funded"


def test_first_name_shared_by_two_people_is_still_a_persons():
    people = PersonIndex(["Omar Khalil", "Youssef Omar", "Haider al-Rikabi"])
    assert people.full_name("Omar") is None and people.is_part("Omar")
    assert people.full_name("Rikabi") == "Haider al-Rikabi"


def test_city_that_is_a_named_persons_surname_is_the_person():
    body = "Anne C. Lyon, 38, was hurt. Lyon was flown home; her mother flew to Lyon; to Lyon's family."
    people, cities = PersonIndex(["Anne C. Lyon"]), {"place:lyon"}

    def typed_at(start):
        span = Span(start, start + 4, "GPE", "place:lyon", FOUND.ner_gazetteer)
        return surname_not_city(body, span, people, cities, FOUND).label

    starts = [i for i in range(len(body)) if body.startswith("Lyon", i)][1:]
    assert [typed_at(start) for start in starts] == ["PERSON", "GPE", "PERSON"]
    assert surname_not_city(body, Span(starts[0], starts[0] + 4, "GPE", "place:lyon", FOUND.ner_gazetteer),
                            PersonIndex(["Lyon Baker"]), cities, FOUND).label == "GPE"  # a first name


def test_titled_single_name_is_found_again_after_its_title():
    body = "President Kovalenko opened the summit. On Friday President Kovalenko left Riga."
    first = span_of(body, "Kovalenko")
    spans = [Span(*first, "PERSON", None, FOUND.titled_person)]
    people = PersonIndex([], ["Kovalenko"])
    found = [(s.start, s.end) for s in name_back_references(body, spans, people, FOUND)]
    assert found == [(body.rindex("Kovalenko"), body.rindex("Kovalenko") + len("Kovalenko"))]
    assert PersonIndex(["Ivan Kovalenko"], ["Kovalenko"]).full_name("Kovalenko") == "Ivan Kovalenko"


def test_surname_after_a_sentence_closing_capitalised_word_is_a_back_reference():
    # "Sunday." closes its sentence; "St." and an initial stay part of a longer name
    body = "Ivan Kovalenko arrived in Riga on Sunday. Kovalenko met St. Kovalenko and J. Kovalenko."
    spans = [Span(0, len("Ivan Kovalenko"), "PERSON", None, FOUND.ner)]
    found = [body[s.start:s.end + 4] for s in name_back_references(body, spans, PersonIndex(["Ivan Kovalenko"]), FOUND)]
    assert found == ["Kovalenko met"]


# --- through the extractor -------------------------------------------------------------------------

def test_office_portfolio_leaves_no_stray_organisation():
    result = extract_one("Secretary of State Mara Lindqvist will travel to Oslo on Monday.")
    assert not any(m.text == "State" for m in result.mentions)
    lind = next(m for m in result.mentions if m.text == "Mara Lindqvist")
    assert (lind.entity_type, lind.title, lind.affiliation) == ("PERSON", "Secretary of State", None)


def test_ship_is_no_person():
    result = extract_one("The destroyer USS Kessling docked in Bahrain. Kessling sails on Friday.")
    assert not any("Kessling" in m.text for m in result.mentions)


def test_eval_span_of_an_honorific_person_covers_the_honorific():
    body = "The farm is run by Mr Tarazi, who hires locals."
    result = extract_one(body)
    labels = {body[label.start:label.end] for label in our_labels(body, result, load_gazetteer())
              if label.label == "Person"}
    assert "Mr Tarazi" in labels
    assert next(m for m in result.mentions if m.text == "Tarazi").title is None  # no office


def test_rank_word_that_is_a_surname_stays_a_person():
    result = extract_one("Mr Major said the vote was lost.")
    assert ("Major", "PERSON") in typed(result)


def test_an_acronym_names_the_organisation_it_abbreviates():
    body = ("The Baltic Grain Cooperative Fund (BGCF) lent money to farmers. "
            "Later the BGCF said it would lend more, and BGCF staff visited Riga.")
    ids = {(m.text, m.entity_id) for m in extract_one(body).mentions if m.entity_type == "ORG"}
    assert ids == {("Baltic Grain Cooperative Fund", "org:baltic-grain-cooperative-fund"),
                   ("BGCF", "org:baltic-grain-cooperative-fund")}


def ids_of(result, text):
    return {m.entity_id for m in result.mentions if m.text == text}


def test_a_royal_of_a_full_names_first_name_is_another_person():
    """Titles go with surnames but for royals' and knights': "Prince Dorian" beside "Dorian Kesh"
    is someone else, and so is a bare "Dorian" then; "Sir Tomas" after "Sir Tomas Reyd" is he."""
    result = extract_one("Party leader Dorian Kesh spoke first. Later Prince Dorian, 56, and Mrs Ilse Marr hosted "
                         "a dinner. Dorian said he was delighted. Mr Kesh agreed.")
    assert ids_of(result, "Dorian") == {"person:dorian"}
    assert ids_of(result, "Kesh") == {"person:dorian-kesh"}
    result = extract_one("Sir Tomas Reyd painted the portrait in 1774. Sir Tomas sold it a year later.")
    assert ids_of(result, "Tomas") == {"person:tomas-reyd"}
    # an honorific goes with a surname, so one before a first name is a nickname's use: still the person
    result = extract_one("The novelist Mike Ford wrote ten books. Fans called him Dr. Mike at conventions.")
    assert ids_of(result, "Mike") == {"person:mike-ford"}


def test_name_with_an_office_in_apposition_after_it_is_a_person():
    # the model types the speaker an organisation; the office after the comma says who she is
    body = "\"We are proud to be trusted with this work,\" said Nadia Farouk, head of vaccines at Quillon Pharma."
    farouk = next(m for m in extract_one(body).mentions if m.text == "Nadia Farouk")
    assert farouk.entity_type == "PERSON"
    # an organisation after a comma stays one
    assert next(m for m in extract_one("Quillon Pharma, a drug maker, said sales rose.").mentions
                if m.text == "Quillon Pharma").entity_type == "ORG"
    # a title that opens the next clause is no apposition
    result = extract_one("Writing his message in the Kestrel Courier, the Bishop said the claims were false.")
    assert not any(m.entity_type == "PERSON" and "Courier" in m.text for m in result.mentions)
