"""Parties of an event named outside its clause (events.py): a pronoun or description that refers
back to a sentence before, on invented sentences; each rule with the readings it must not make
(competing antecedents, a plural with one candidate, a pronoun after a quotation)."""

from tests.test_entities_events import events_of, summary
from tests.test_events_parties import summaries

SORVIK = ("Lena Sorvik", "person:sorvik")
MAREK = ("Ivo Marek", "person:marek")
ANDEL = ("Piet Andel", "person:andel")
NORLAND = ("Norland", "country:NOR")
PELORA = ("Pelora", "country:PEL")
VESTA = ("Vesta Union", "org:vesta")


# --- he / she: the subject of the previous main clause ----------------------------------------


def test_an_object_pronoun_is_a_person_named_before_never_the_subject_of_its_own_clause():
    body = "Ivo Marek arrived in Tarvo on Monday. Lena Sorvik received him at the palace."
    assert summaries(body, MAREK, SORVIK, kind="meet") == [("meet", "done", ("person:marek", "person:sorvik"))]
    body = "Lena Sorvik was in Tarvo on Friday. Ivo Marek hosted her at his office."
    assert summaries(body, SORVIK, MAREK, kind="meet") == [("meet", "done", ("person:marek", "person:sorvik"))]
    # with no one else named before, "him" stays no one
    assert events_of("Lena Sorvik received him at the palace.", SORVIK, kind="meet") == []


def test_a_subject_pronoun_goes_on_about_the_main_clause_subject_after_an_opening_phrase():
    body = "After talks with Ivo Marek, Lena Sorvik flew to Tarvo. She is due to meet Piet Andel on Friday."
    assert summaries(body, MAREK, SORVIK, ANDEL, kind="meet") == [
        ("meet", "done", ("person:marek", "person:sorvik")),
        ("meet", "planned", ("person:andel", "person:sorvik"))]


def test_a_person_named_in_the_main_clause_after_its_subject_competes():
    body = "After the vote, Lena Sorvik flew to Tarvo with Ivo Marek. She is due to meet Piet Andel on Friday."
    assert events_of(body, SORVIK, MAREK, ANDEL, kind="meet") == []


def test_coordinated_subjects_after_an_opening_phrase_compete():
    body = "After the vote, Lena Sorvik and Ivo Marek flew to Tarvo. She is due to meet Piet Andel on Friday."
    assert events_of(body, SORVIK, MAREK, ANDEL, kind="meet") == []


def test_an_object_pronoun_is_not_resolved_by_the_previous_subject():
    body = "After talks with Ivo Marek, Lena Sorvik flew to Tarvo. Piet Andel is due to meet her on Friday."
    assert summaries(body, MAREK, SORVIK, ANDEL, kind="meet") == [("meet", "done", ("person:marek", "person:sorvik"))]


# --- they: the names coordinated as the previous main subject ----------------------------------


def test_they_opening_a_sentence_are_the_names_coordinated_as_the_previous_subject():
    body = "Norland and Pelora hope to join the Vesta Union soon. They have already signed a trade pact with the Vesta Union."
    assert summaries(body, NORLAND, PELORA, VESTA, VESTA, kind="agreement") == [
        ("agreement", "done", ("country:NOR", "country:PEL", "org:vesta"))]


def test_they_after_a_subject_of_one_name_stay_unresolved():
    body = "Norland hopes to join the Vesta Union soon. They have already signed a trade pact with the Vesta Union."
    assert events_of(body, NORLAND, VESTA, VESTA, kind="agreement") == []


def test_they_after_a_subject_not_all_named_stay_unresolved():
    body = "Norland and its neighbours hope to join the Vesta Union. They have already signed a trade pact with the Vesta Union."
    assert events_of(body, NORLAND, VESTA, VESTA, kind="agreement") == []


def test_they_after_a_quotation_stay_unresolved():
    body = ('"Norland and Pelora will join soon," said Ivo Marek. '
            "They have already signed a trade pact with the Vesta Union.")
    assert events_of(body, NORLAND, PELORA, MAREK, VESTA, kind="agreement") == []


def test_they_after_a_name_of_their_own_sentence_stay_unresolved():
    body = "Norland and Pelora hope to join the Vesta Union. Ivo Marek said they had signed a trade pact with Tarsa."
    parties = {p.entity_id for e in events_of(body, NORLAND, PELORA, VESTA, MAREK, ("Tarsa", "org:tarsa"))
               for p in e.parties}
    assert parties.isdisjoint({"country:NOR", "country:PEL"})


# --- descriptions: never the subject of the clause above the infinitive ------------------------


def test_the_firm_bought_under_announced_plans_is_not_the_one_announcing():
    body = "Corvane has tried to stay independent since Talbot Resources announced plans to buy 18.5% of the firm."
    assert summaries(body, ("Corvane", "org:corvane"), ("Talbot Resources", "org:talbot"), kind="invest") == [
        ("invest", "announced", ("org:talbot",), ("org:corvane",))]


def test_the_firm_with_two_firms_before_it_stays_unresolved():
    body = ("Corvane and Brenna Copper reported losses on Monday. "
            "Talbot Resources announced plans to buy 18.5% of the firm.")
    assert events_of(body, ("Corvane", "org:corvane"), ("Brenna Copper", "org:brenna"),
                     ("Talbot Resources", "org:talbot"), kind="invest") == []


# --- the two leaders: the two people named with a title, whatever their offices -----------------

LEADERS = {"Ann Roe": "President", "Tomas Berg": "Prime Minister", "Ivo Marek": "Foreign Minister"}
ROE, BERG = ("Ann Roe", "person:roe"), ("Tomas Berg", "person:berg")


def test_the_two_leaders_are_the_two_office_holders_named_before():
    body = "President Ann Roe flew to Pelora to see Prime Minister Tomas Berg. The two leaders signed a trade pact."
    assert summaries_with_titles(body, ROE, PELORA, BERG) == [("agreement", "done", ("person:berg", "person:roe"))]


def test_the_two_leaders_after_three_office_holders_stay_unresolved():
    body = ("President Ann Roe flew to Pelora to see Prime Minister Tomas Berg and Foreign Minister Ivo Marek. "
            "The two leaders signed a trade pact.")
    assert summaries_with_titles(body, ROE, PELORA, BERG, MAREK) == []


def test_the_two_leaders_are_no_person_named_without_a_title():
    body = "President Ann Roe flew to Pelora to see Piet Andel. The two leaders signed a trade pact."
    assert summaries_with_titles(body, ROE, PELORA, ANDEL) == []


def test_the_two_alone_are_two_people_named_before_or_a_pair_named_together():
    body = "Lena Sorvik received Ivo Marek in Tarvo. The two signed a trade pact."
    assert summaries(body, SORVIK, MAREK, kind="agreement") == [("agreement", "done", ("person:marek", "person:sorvik"))]
    body = "Norland and Pelora held talks in Tarvo, and the two agreed to cut tariffs."
    assert summaries(body, NORLAND, PELORA, kind="agreement") == [("agreement", "agreed", ("country:NOR", "country:PEL"))]


def test_the_two_alone_after_one_person_and_a_body_or_three_people_stay_unresolved():
    body = "Lena Sorvik flew to the Vesta Union's seat in Tarvo. The two signed a trade pact."
    assert summaries(body, SORVIK, VESTA, kind="agreement") == []
    body = "Lena Sorvik, Ivo Marek and Piet Andel arrived in Tarvo. The two signed a trade pact."
    assert summaries(body, SORVIK, MAREK, ANDEL, kind="agreement") == []


def test_the_two_governments_are_no_officials_named_without_their_countries():
    # the officials' deal may be one of their states ("the two governments signed a contract for
    # Pelora to supply jets"): the people are not the governments
    body = "Prime Minister Tomas Berg met Foreign Minister Ivo Marek in Tarvo, and the two governments signed memoranda on trade."
    found = events_of(body, BERG, MAREK, kind="agreement",
                      titles={"Tomas Berg": "Prime Minister", "Ivo Marek": "Foreign Minister"})
    assert found == []


def summaries_with_titles(body, *pairs):
    return [summary(e) for e in events_of(body, *pairs, kind="agreement",
                                          titles={name: title for name, title in LEADERS.items() if title in body})]


def test_it_as_object_of_the_second_of_two_joined_verbs_is_the_first_verbs_object():
    # not the seller named last as a subject
    tarsa, omnia, velkor = ("Tarsa Mining", "org:tarsa"), ("Omnia Group", "org:omnia"), ("Velkor Holdings", "org:velkor")
    body = "Omnia Group has had a difficult year. Velkor Holdings bought Tarsa Mining in 1999 and sold it to Omnia Group in 2004."
    assert summaries(body, omnia, velkor, tarsa, kind="acquire") == [
        ("acquire", "done", ("org:velkor",), ("org:tarsa",)),
        ("acquire", "done", ("org:omnia",), ("org:tarsa",))]


def test_its_below_a_relative_clause_is_what_that_clause_is_about():
    # "its" in a clause under "which fell after reports that ...": the company the relative clause
    # tells of, not the last organisation named before "its"
    body = ("One loser was Veltrix, which fell after reports that a dispute between Tarsa and Brightwater "
            "had hurt its partnership with Omnia.")
    veltrix, tarsa, brightwater, omnia = (("Veltrix", "org:veltrix"), ("Tarsa", "org:tarsa"),
                                          ("Brightwater", "org:brightwater"), ("Omnia", "org:omnia"))
    assert summaries(body, veltrix, tarsa, brightwater, omnia, kind="agreement") == [
        ("agreement", "done", ("org:omnia", "org:veltrix"))]


def test_its_in_what_someone_says_is_no_person_written_with_an_honorific():
    # "Mr Roe said Veltrix ... its deal": a one-word name after "Mr" is no company the model mistyped
    body = "Mr Roe said Veltrix was ensuring it kept a foot in the market with its recent deal with Omnia."
    pairs = (("Roe", "person:roe"), ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"))
    assert summaries(body, *pairs, kind="agreement") == [("agreement", "done", ("org:omnia", "org:veltrix"))]


def test_a_sentence_with_it_as_subject_carries_on_the_subject_before_it():
    # "the group" two sentences after its name, with "It says ..." between: still that group
    body = ("Omnia Group has complained to Tarsa. It says the plan breaks the rules. "
            "The group's members met with Veltrix executives on Tuesday.")
    pairs = (("Omnia Group", "org:omnia"), ("Tarsa", "org:tarsa"), ("Veltrix", "org:veltrix"))
    assert summaries(body, *pairs, kind="meet") == [("meet", "done", ("org:omnia", "org:veltrix"))]
    # a sentence between about someone else leaves "the group" unresolved
    body = ("Omnia Group has complained to Tarsa. The plan breaks the rules, critics say. "
            "The group's members met with Veltrix executives on Tuesday.")
    assert summaries(body, *pairs, kind="meet") == []


def test_they_in_a_clause_hung_on_the_main_clause_are_its_coordinated_sides():
    body = "Lena Sorvik and Ivo Marek held talks in Tarvo on Monday, where they signed a trade pact."
    assert summaries(body, SORVIK, MAREK, kind="agreement") == [("agreement", "done", ("person:marek", "person:sorvik"))]
    body = "Lena Sorvik met Ivo Marek in Tarvo, where they signed a trade pact."
    assert summaries(body, SORVIK, MAREK, kind="agreement") == [("agreement", "done", ("person:marek", "person:sorvik"))]
    # one side named and no one met: "they" are others
    assert events_of("Lena Sorvik flew to Tarvo, where they signed a trade pact.", SORVIK, kind="agreement") == []
