"""Meetings in diplomatic copy (events.py): the people a country sends, named by none of their
own, stand for that country ("a delegation from Pelora", "her Pelorian counterparts"), and the
unnamed officials a visitor meets on a visit to a country stand for the country visited; a traveller
who came somewhere "for talks with" a side takes part in them. On invented sentences, each rule
with the readings it must not make."""

import pytest

from tests.test_entities_events import events_of, summary
from tests.test_events_parties import summaries

KOVAC = ("Ana Kovac", "person:kovac")
BELLO = ("Omar Bello", "person:bello")
PELORIAN = ("Pelorian", "country:PEL")
PELORA = ("Pelora", "country:PEL")
NORLAND = ("Norland", "country:NOR")


def test_a_delegation_from_a_country_stands_for_it():
    body = "Ana Kovac met a delegation from Pelora on Tuesday."
    assert summaries(body, KOVAC, PELORA) == [("meet", "done", ("country:PEL", "person:kovac"))]


def test_a_delegation_named_by_a_demonym_stands_for_its_country_in_a_planned_meeting():
    body = "Ana Kovac will meet a Pelorian delegation next week."
    assert summaries(body, KOVAC, PELORIAN) == [("meet", "planned", ("country:PEL", "person:kovac"))]


def test_plural_counterparts_and_officials_stand_for_their_country():
    assert summaries("Ana Kovac held talks with her Pelorian counterparts.", KOVAC, PELORIAN) == [
        ("meet", "done", ("country:PEL", "person:kovac"))]
    assert summaries("Ana Kovac met Pelorian officials on Monday.", KOVAC, PELORIAN) == [
        ("meet", "done", ("country:PEL", "person:kovac"))]


def test_one_unnamed_counterpart_is_a_person_not_the_country():
    assert events_of("Ana Kovac met her Pelorian counterpart on Tuesday.", KOVAC, PELORIAN) == []


def test_an_office_whose_holder_is_never_named_stands_for_its_country():
    # the guidelines' "visited the Pelorian president": a meeting with the country's government
    assert summaries("Ana Kovac met the Pelorian president on Tuesday.", KOVAC, PELORIAN) == [
        ("meet", "done", ("country:PEL", "person:kovac"))]
    assert events_of("Ana Kovac met the former Pelorian president on Tuesday.", KOVAC, PELORIAN) == []
    assert summaries("Ana Kovac received the Pelorian president in Brask.", KOVAC, PELORIAN) == [
        ("meet", "done", ("country:PEL", "person:kovac"))]
    assert events_of("Ana Kovac received the Pelorian president's letter on Tuesday.", KOVAC, PELORIAN) == []


def test_an_office_received_is_its_holder_named_before():
    body = "Pelorian President Omar Bello arrived in Brask on Monday. Ana Kovac {} the Pelorian president there."
    for verb in ("met", "received"):
        found = events_of(body.format(verb), BELLO, KOVAC, titles={"Omar Bello": "Pelorian President"})
        assert [summary(e) for e in found] == [("meet", "done", ("person:bello", "person:kovac"))]


def test_officials_of_two_countries_stand_for_neither_alone():
    assert events_of("Ana Kovac met officials from Pelora and Norland.", KOVAC, PELORA, NORLAND) == []


def test_a_named_counterpart_is_the_party_rather_than_the_country():
    body = "Ana Kovac met her Pelorian counterparts, Omar Bello and Lia Sand."
    found = summaries(body, KOVAC, PELORIAN, ("Omar Bello", "person:bello"), ("Lia Sand", "person:sand"))
    assert found and all("country:PEL" not in parties for _, _, parties in found)


def test_a_refused_meeting_with_a_delegation_is_no_event():
    assert events_of("Ana Kovac refused to meet the Pelorian delegation.", KOVAC, PELORIAN) == []


def test_a_country_delegation_as_mere_speakers_makes_no_meeting():
    body = "A Pelorian delegation said Ana Kovac would win the vote."
    assert events_of(body, PELORIAN, KOVAC, kind="meet") == []


def test_a_traveller_who_came_for_talks_takes_part_in_them():
    for body in ("Ana Kovac arrived in Brask on Friday for talks with Omar Bello.",
                 "Ana Kovac flew to Brask for talks with Omar Bello.",
                 "Ana Kovac came to Brask for a meeting with Omar Bello.",
                 "Ana Kovac visited Brask last week for talks with Omar Bello."):
        assert summaries(body, KOVAC, BELLO) == [("meet", "done", ("person:bello", "person:kovac"))], body


def test_a_journey_for_talks_still_to_come_is_a_planned_meeting():
    body = "Ana Kovac will travel to Brask next week for talks with Omar Bello."
    assert summaries(body, KOVAC, BELLO) == [("meet", "planned", ("person:bello", "person:kovac"))]


def test_a_traveller_for_talks_with_a_country_delegation_meets_the_country():
    body = "Ana Kovac arrived in Brask for talks with Pelorian officials."
    assert summaries(body, KOVAC, PELORIAN) == [("meet", "done", ("country:PEL", "person:kovac"))]


def test_journeys_refused_denied_or_for_talks_with_no_one_named_are_no_meetings():
    for body in ("Ana Kovac refused to fly to Brask for talks with Omar Bello.",
                 "Ana Kovac did not come to Brask for talks with Omar Bello.",
                 "Ana Kovac came to Brask to call for talks with Omar Bello."):
        assert events_of(body, KOVAC, BELLO) == [], body
    assert events_of("Ana Kovac arrived in Brask for talks.", KOVAC) == []


def test_for_talks_after_a_verb_other_than_travelling_names_no_participant():
    assert events_of("Ana Kovac was paid for talks with Omar Bello.", KOVAC, BELLO) == []


def test_unnamed_officials_met_on_a_visit_stand_for_the_country_visited():
    for body in ("Ana Kovac, on a two-day visit to Pelora, held talks with officials.",
                 "Ana Kovac, on a two-day visit to Pelora, met the country's leaders.",
                 "Ana Kovac met the officials on a visit to Pelora."):
        assert summaries(body, KOVAC, PELORA) == [("meet", "done", ("country:PEL", "person:kovac"))], body


def test_a_visit_before_the_meeting_or_officials_of_another_country_give_no_visited_host():
    assert events_of("Ana Kovac met officials before her visit to Pelora.", KOVAC, PELORA) == []
    body = "Ana Kovac, on a visit to Pelora, met officials from Norland."
    assert all("country:PEL" not in parties for _, _, parties in summaries(body, KOVAC, PELORA, NORLAND))


def test_a_named_host_on_a_visit_is_the_party_not_the_country():
    body = "Ana Kovac, on a visit to Pelora, met Omar Bello."
    assert summaries(body, KOVAC, PELORA, BELLO) == [("meet", "done", ("person:bello", "person:kovac"))]


def test_a_call_told_with_his_is_the_one_person_named_before_it():
    body = "Once Omar Bello released the record of his July call with the Pelorian president Ana Kovac, the row ended."
    assert summaries(body, BELLO, KOVAC) == [("meet", "done", ("person:bello", "person:kovac"))]
    # "his" is no party when no one is named before it in the sentence or the two before
    assert summaries("The row ended. His call with Ana Kovac was long.", KOVAC) == []


def test_a_named_person_s_relative_or_aide_is_someone_else_than_that_person():
    for other in ("mother", "lawyer", "chief of staff"):
        assert summaries(f"Ana Kovac held a phone call with Omar Bello's {other} in May.", KOVAC, BELLO) == []
    # the person met by name is still the party
    assert summaries("Ana Kovac met Omar Bello in May.", KOVAC, BELLO) == [("meet", "done", ("person:bello", "person:kovac"))]


def test_a_person_set_off_by_commas_after_an_office_and_its_complement_is_the_party():
    # the parse hangs "to Norland" on the talks and the name on the country: the envoy is still the person
    body = "Ana Kovac held talks with the Pelorian special envoy to Norland, Omar Bello, and a charity."
    assert summaries(body, KOVAC, PELORIAN, NORLAND, BELLO) == [("meet", "done", ("person:bello", "person:kovac"))]
    body = "Ana Kovac met the Pelorian envoy, Omar Bello, on Monday."
    assert summaries(body, KOVAC, PELORIAN, BELLO) == [("meet", "done", ("person:bello", "person:kovac"))]


def test_a_person_after_the_comma_who_speaks_is_no_apposition_of_the_office():
    body = "Ana Kovac met the Pelorian envoy in Norland, Omar Bello said on Monday."
    assert all("person:bello" not in parties for _, _, parties in summaries(body, KOVAC, PELORIAN, NORLAND, BELLO))


def test_talks_hoped_for_are_not_held_whatever_the_lemmatizer_reads():
    # the small model's lemmatizer reads "hoping" as "hop"
    assert events_of("Ana Kovac's agent said that she is hoping for talks with Omar Bello.", KOVAC, BELLO) == []
    assert events_of("Ana Kovac is hoping to meet Omar Bello next week.", KOVAC, BELLO) == []
    assert summaries("Ana Kovac is taking part in talks with Omar Bello.", KOVAC, BELLO) == [
        ("meet", "done", ("person:bello", "person:kovac"))]


def test_a_meeting_someone_is_only_invited_to_is_no_event():
    assert events_of("The Pelorian party sent a letter inviting Norland officials to meet with Omar Bello.",
                     PELORIAN, NORLAND, BELLO) == []
    assert events_of("Pelora invited Norland to sign a trade agreement.", PELORA, NORLAND) == []
    # the meeting held after the invitation is one
    assert summaries("Invited by Pelora, Omar Bello met Ana Kovac on Monday.", PELORA, BELLO, KOVAC) == [
        ("meet", "done", ("person:bello", "person:kovac"))]


def test_representatives_of_countries_listed_after_a_dash_or_colon_stand_for_them_all():
    tarsa = ("Tarsa", "country:TAR")
    body = "Representatives of the three nations making up the panel -- Pelora, Norland and Tarsa -- will meet on Sunday."
    assert summaries(body, PELORA, NORLAND, tarsa) == [("meet", "planned", ("country:NOR", "country:PEL", "country:TAR"))]
    body = "Representatives of the nations: Pelora, Norland and Tarsa met on Sunday."
    assert summaries(body, PELORA, NORLAND, tarsa) == [("meet", "done", ("country:NOR", "country:PEL", "country:TAR"))]


def test_one_country_after_a_dash_is_no_list_of_the_nations_meeting():
    body = "Representatives of the three nations will meet on Sunday -- Pelora said it would send its envoy."
    assert events_of(body, PELORA) == []


KENYAN = ("Kenyan", "country:KEN")  # a demonym the gazetteer knows, as the extractor writes it


def test_a_known_demonym_before_the_people_a_country_sends_stands_for_it():
    """Invented demonyms ("Pelorian") are no demonym to the gazetteer; a real one is, and a
    nationality is no party ("a Kenyan company"), but "Kenyan officials" are Kenya's people."""
    for body in ("Ana Kovac held talks with Kenyan officials.", "Ana Kovac met her Kenyan counterparts.",
                 "Ana Kovac arrived in Brask for talks with Kenyan officials."):
        assert summaries(body, KOVAC, KENYAN) == [("meet", "done", ("country:KEN", "person:kovac"))], body
    # who only speak of a meeting are not its side
    assert summaries("Kenyan officials said the meeting with Ana Kovac was put off.", KENYAN, KOVAC) == []


def test_talks_one_leaves_for_lie_ahead_and_are_those_a_named_official_then_holds():
    body = "Ana Kovac left Brask for Pelora on Monday for talks with Omar Bello."
    assert summaries(body, KOVAC, BELLO) == [("meet", "planned", ("person:bello", "person:kovac"))]
    assert events_of("Ana Kovac left the talks with Omar Bello early.", KOVAC, BELLO) == []
    # the officials of the first sentence are the deputy premier named next
    body = ("Ana Kovac left Brask on Monday for talks with Kenyan officials, a Brask spokesman said. Kenya's Deputy "
            "Prime Minister Omar Bello will hold talks with Ana Kovac.")
    events = events_of(body, KOVAC, KENYAN, ("Kenya", "country:KEN"), BELLO, KOVAC,
                       titles={"Omar Bello": "Deputy Prime Minister"}, affiliations={"Omar Bello": "country:KEN"})
    assert [(e.status, sorted(p.entity_id for p in e.parties)) for e in events] == [
        ("planned", ["person:bello", "person:kovac"])]


VELTRIX = ("Veltrix", "org:veltrix")
OMNIA = ("Omnia", "org:omnia")
BRASK = ("Brask", "place:brask")


def test_talks_a_deal_told_before_followed_were_held_by_its_sides():
    """ "The agreement followed talks in Brask": talks with no side of their own named are those
    the sides of the deal the article told held, whether the deal is an agreement or a purchase."""
    body = "Pelora and Norland signed a trade pact on Friday. The agreement followed three days of talks in Brask."
    assert summaries(body, PELORA, NORLAND, BRASK, kind="meet") == [("meet", "done", ("country:NOR", "country:PEL"))]
    # the sides written as demonyms in their own sentence are the countries
    body = ("The Kenyan and Norwegian governments reached an agreement on Friday. Under the agreement, which "
            "followed talks in Brask this week, Kenya will cut tariffs.")
    events = events_of(body, KENYAN, ("Norwegian", "country:NOR"), BRASK, ("Kenya", "country:KEN"), kind="meet")
    assert [(e.status, sorted(p.entity_id for p in e.parties)) for e in events] == [
        ("done", ["country:KEN", "country:NOR"])]
    body = "Veltrix agreed to buy Omnia for $2bn. The deal was reached after talks in Brask."
    assert summaries(body, VELTRIX, OMNIA, BRASK, kind="meet") == [("meet", "done", ("org:omnia", "org:veltrix"))]


def test_talks_followed_by_no_deal_told_or_by_another_kind_have_no_sides():
    for body in ("Pelora and Norland signed a trade pact on Friday. A report followed talks in Brask.",
                 "Pelora and Norland signed a trade pact on Friday. A pact followed talks in Brask.",
                 "Pelora and Norland signed a trade pact on Friday. The takeover followed talks in Brask."):
        assert summaries(body, PELORA, NORLAND, BRASK, kind="meet") == [], body


def test_a_demonym_of_another_sentence_is_a_party_only_as_a_side_told_before():
    """A nationality passed on by a pronoun is no buyer ("Kenyan cement firm X ... It plans to buy Y", with X
    unread)."""
    body = "Kenyan cement firm Velkor has bid $800m to buy two rivals. It plans to buy Omnia and Tarsa."
    assert summaries(body, KENYAN, OMNIA, ("Tarsa", "org:tarsa"), kind="acquire") == []


def test_a_meeting_someone_had_with_another_is_theirs():
    """ "the meeting she had with Y", "the talks she had had with Y": talks one has are talks one
    holds; a partnership one has is no deal made."""
    assert summaries("Ana Kovac raised it at the meeting she had with Omar Bello.", KOVAC, BELLO) == [
        ("meet", "done", ("person:bello", "person:kovac"))]
    assert summaries("Ana Kovac said the talks she had had with Omar Bello were useful.", KOVAC, BELLO) == [
        ("meet", "done", ("person:bello", "person:kovac"))]
    assert summaries("Ana Kovac will raise it at the meeting she will have with Omar Bello.", KOVAC, BELLO) == [
        ("meet", "planned", ("person:bello", "person:kovac"))]
    assert summaries("Veltrix said the partnership it had with Omnia ended.", VELTRIX, OMNIA) == []


G7 = ("G7", "org:g7")


def test_who_attends_hosts_or_joins_a_bodys_meeting_meets_it():
    """ "Kenya attended the G7 summit": the attendee meets the body the meeting is of; so does its host."""
    assert summaries("Kenya attended the G7 summit in London.", ("Kenya", "country:KEN"), G7) == [
        ("meet", "done", ("country:KEN", "org:g7"))]
    assert summaries("Kenya will attend a meeting of the G7 in London.", ("Kenya", "country:KEN"), G7) == [
        ("meet", "planned", ("country:KEN", "org:g7"))]
    assert summaries("The meeting of the G7 was hosted by Ana Kovac.", G7, KOVAC) == [
        ("meet", "done", ("org:g7", "person:kovac"))]


def test_a_member_chairing_or_attending_a_partys_meeting_meets_no_one():
    """A chair is a member of the body meeting; a party's meeting is its members' own."""
    assert summaries("Ana Kovac chaired a meeting of the G7 in London.", KOVAC, G7) == []
    assert summaries("Ana Kovac attended a meeting of the Pelorian Workers Party.", KOVAC,
                     ("Pelorian Workers Party", "org:pwp", "political_party")) == []
    assert summaries("Ana Kovac attended the meeting in London.", KOVAC) == []


def test_talks_on_a_membership_are_between_the_applicant_and_the_body():
    pelora, union = ("Pelora", "country:PEL"), ("Norland Union", "org:union")
    assert summaries("Talks on Pelora's membership of the Norland Union made progress.", pelora, union) == [
        ("meet", "done", ("country:PEL", "org:union"))]
    assert summaries("Talks on Pelora's entry into the Norland Union will begin in May.", pelora, union) == [
        ("meet", "planned", ("country:PEL", "org:union"))]
    # one side named only: no meeting
    assert summaries("Talks on the membership of the Norland Union made progress.", union) == []


def test_ministers_of_a_country_or_a_body_unnamed_stand_for_it():
    """ "talks with G7 finance ministers", "met Kenyan ministers": ministers of a body or a country,
    named by none of their own, stand for it, as officials and counterparts do; the parse hangs the
    body's name on the office's compound ("G7 finance ministers")."""
    assert summaries("Ana Kovac held talks with G7 finance ministers.", KOVAC, G7) == [
        ("meet", "done", ("org:g7", "person:kovac"))]
    assert summaries("Ana Kovac met Kenyan ministers on Monday.", KOVAC, KENYAN) == [
        ("meet", "done", ("country:KEN", "person:kovac"))]
    # one minister is a person the article may name elsewhere
    assert summaries("Ana Kovac met a Kenyan minister on Monday.", KOVAC, KENYAN) == []


def test_who_a_report_quotes_as_telling_visitors_met_them():
    """ "quoted X as telling a visiting group from Y": X, the object of the quoting, did the telling."""
    body = "State media quoted Ana Kovac as telling a visiting group from Norland that talks should resume."
    assert summaries(body, KOVAC, NORLAND) == [("meet", "done", ("country:NOR", "person:kovac"))]
    body = "State media quoted Ana Kovac as saying that a visiting group from Norland had left."
    assert summaries(body, KOVAC, NORLAND) == []


def test_a_meeting_scheduled_in_the_passive_is_planned_and_talks_aimed_at_a_goal_are_held():
    for body in ("A meeting between Ana Kovac and Omar Bello is planned for March.",
                 "Talks between Ana Kovac and Omar Bello have been scheduled for next week."):
        assert summaries(body, KOVAC, BELLO) == [("meet", "planned", ("person:bello", "person:kovac"))], body
    body = "Talks between Ana Kovac and Omar Bello are aimed at ending the strike."
    assert summaries(body, KOVAC, BELLO) == [("meet", "done", ("person:bello", "person:kovac"))]


def test_officials_of_two_countries_holding_talks_stand_for_both():
    norwegian = ("Norwegian", "country:NOR")
    for body in ("Kenyan and Norwegian officials will hold talks in Brask next month.",
                 "Kenyan and Norwegian negotiators met in Brask on Sunday."):
        found = summaries(body, KENYAN, norwegian)
        assert [(kind, parties) for kind, _, parties in found] == [("meet", ("country:KEN", "country:NOR"))], body
    # the ones met may have been met one by one; who only speak of talks are not their sides
    assert events_of("Ana Kovac met Kenyan and Norwegian officials in Brask.", KOVAC, KENYAN, norwegian) == []
    assert events_of("Kenyan and Norwegian officials said the talks would resume.", KENYAN, norwegian) == []


def test_the_one_a_present_participle_qualifies_took_part_in_the_talks_it_tells_of():
    body = "Ana Kovac, speaking after talks with Omar Bello, said the deal was close."
    assert summaries(body, KOVAC, BELLO) == [("meet", "done", ("person:bello", "person:kovac"))]


def test_what_follows_talks_with_someone_was_done_by_the_other_side():
    for body in ("Following two days of talks with Omar Bello, Ana Kovac announced a new rail line.",
                 "After talks with Omar Bello, Ana Kovac announced a new rail line."):
        assert summaries(body, BELLO, KOVAC) == [("meet", "done", ("person:bello", "person:kovac"))], body
    body = "Ana Kovac and Omar Bello agreed after overnight talks to defer the vote."
    assert summaries(body, KOVAC, BELLO) == [("meet", "done", ("person:bello", "person:kovac"))]
    # what someone does after others' meeting puts them in none
    for body, mentions in [("Ana Kovac backed the plan following the recent Omnia meeting.", (KOVAC, OMNIA)),
                           ("Ana Kovac backed the plan after the recent Omnia meeting.", (KOVAC, OMNIA)),
                           ("Ana Kovac backed the plan after talks between Norland and Omar Bello.",
                            (KOVAC, NORLAND, BELLO))]:
        events = events_of(body, *mentions)
        assert not any(p.mention.entity_id == KOVAC[1] for e in events for p in e.parties), body


def test_talks_held_to_make_a_purchase_are_held_with_its_other_side():
    omnia, orvex = ("Omnia Group", "org:omnia"), ("Orvex Mining", "org:orvex")
    for body in ("Omnia Group is in talks to buy Orvex Mining.",
                 "Omnia Group is in talks to buy a stake in Orvex Mining.",
                 "Omnia Group has opened talks about acquiring Orvex Mining.",
                 "Omnia Group is in talks to sell its roads business to Orvex Mining."):
        assert summaries(body, omnia, orvex) == [("meet", "done", ("org:omnia", "org:orvex"))], body
    # talks with someone else about the purchase are held with that one; goods name no side
    meetings = [found for found in summaries("Omnia Group held talks with Norland about buying Orvex Mining.",
                                             omnia, NORLAND, orvex) if found[0] == "meet"]
    assert meetings == [("meet", "done", ("country:NOR", "org:omnia"))]
    assert summaries("Omnia Group is in talks to buy new trains.", omnia) == []


def test_a_meeting_expected_with_no_one_named_who_expects_it_is_planned():
    # a visit's programme: "He was also expected to meet Prime Minister A and opposition leader B"
    body = "Ana Kovac arrived in Pelora on Monday. She was also expected to hold talks with Omar Bello."
    assert summaries(body, KOVAC, PELORA, BELLO) == [("meet", "planned", ("person:bello", "person:kovac"))]


def test_a_meeting_others_expect_and_a_transaction_expected_are_guesses():
    assert summaries("Analysts expect Ana Kovac to meet Omar Bello.", KOVAC, BELLO) == []
    assert summaries("Ana Kovac is expected by analysts to meet Omar Bello.", KOVAC, BELLO) == []
    assert summaries("Norland is expected to lend Pelora $5m.", NORLAND, PELORA) == []


def test_an_agreement_retold_by_its_sides_office_holders_keeps_what_the_retelling_adds():
    """ "A and B agreed a pact. A's president and B's president signed the $5bn agreement": one
    agreement, its signatories the parties, and the size the second telling gives it."""
    for body, mentions in [
        ("Norland and Pelora agreed a trade pact on Monday. Norland's President Ana Kovac and Pelora's President "
         "Omar Bello signed the $5bn agreement in Brask.", (NORLAND, PELORA, NORLAND, KOVAC, PELORA, BELLO)),
        ("Norland and Pelora agreed a trade pact on Monday. President Ana Kovac of Norland and President Omar Bello "
         "of Pelora signed the agreement, worth $5bn.", (NORLAND, PELORA, KOVAC, NORLAND, BELLO, PELORA)),
    ]:
        events = events_of(body, *mentions, titles={"Ana Kovac": "President", "Omar Bello": "President"},
                           affiliations={"Ana Kovac": "country:NOR", "Omar Bello": "country:PEL"})
        assert [(e.event_type, sorted(p.entity_id for p in e.parties), e.amount and e.amount.usd_min, e.evidence)
                for e in events] == [("agreement", ["person:bello", "person:kovac"], 5e9, [0, 1])], body


def test_a_meeting_expected_in_a_participle_clause_is_planned():
    """ "Expected to meet Y on Friday, X flew to Brask": the reduced passive is "X is expected to
    meet Y", a meeting on a programme, as the full passive is."""
    for body, mentions in [("Ana Kovac is expected to meet Omar Bello on Friday.", (KOVAC, BELLO)),
                           ("Expected to meet Omar Bello on Friday, Ana Kovac flew to Brask.", (BELLO, KOVAC))]:
        assert summaries(body, *mentions) == [("meet", "planned", ("person:bello", "person:kovac"))], body
    # who expects it named: their guess, no programme
    assert summaries("Ana Kovac is expected by aides to meet Omar Bello on Friday.", KOVAC, BELLO) == []


def test_a_telephone_call_received_from_a_person_is_held_with_the_caller():
    assert summaries("Ana Kovac received a telephone call from Omar Bello on Tuesday.", KOVAC, BELLO) == [
        ("meet", "done", ("person:bello", "person:kovac"))]
    assert summaries("Ana Kovac got a call from Omar Bello.", KOVAC, BELLO) == [
        ("meet", "done", ("person:bello", "person:kovac"))]
    # a call that demands something, a letter, and a newsroom asking for comment are no conversation held
    assert events_of("Ana Kovac received calls from Omar Bello to resign.", KOVAC, BELLO) == []
    assert events_of("Ana Kovac received a letter from Omar Bello.", KOVAC, BELLO) == []
    assert events_of("Pelora received a call from Reuters asking for comment.", PELORA, ("Reuters", "org:reuters")) == []


def test_a_visit_received_from_a_person_is_a_meeting_with_the_visitor():
    assert summaries("Ana Kovac received a surprise visit from Omar Bello on Sunday.", KOVAC, BELLO) == [
        ("meet", "done", ("person:bello", "person:kovac"))]
    # an inspection by a body, and a visit to a place, are none
    assert events_of("Pelora received a visit from Veltrix inspectors.", PELORA, ("Veltrix", "org:veltrix")) == []
    assert events_of("Omar Bello paid a visit to Pelora.", BELLO, PELORA) == []


def test_a_traveller_came_for_talks_told_by_their_round_or_length():
    for body in ("Ana Kovac flew to Pelora for a fresh round of talks with Omar Bello.",
                 "Ana Kovac arrived in Pelora for two days of talks with Omar Bello."):
        assert summaries(body, KOVAC, PELORA, BELLO) == [("meet", "done", ("person:bello", "person:kovac"))]
    assert events_of("Ana Kovac called for a new round of talks with Omar Bello.", KOVAC, BELLO) == []


def test_a_telephone_call_made_to_a_person_is_held_with_them():
    assert summaries("Ana Kovac made a phone call to Omar Bello on Sunday.", KOVAC, BELLO) == [
        ("meet", "done", ("person:bello", "person:kovac"))]
    # "a call to" alone may be an appeal
    assert events_of("Ana Kovac made a call to Omar Bello to end the strike.", KOVAC, BELLO) == []


def test_a_delegation_led_by_a_named_person_meets_through_its_leader():
    assert summaries("Ana Kovac met a Pelorian delegation led by Omar Bello.", KOVAC, PELORIAN, BELLO) == [
        ("meet", "done", ("person:bello", "person:kovac"))]
    assert summaries("A delegation led by Omar Bello held talks with Ana Kovac.", BELLO, KOVAC) == [
        ("meet", "done", ("person:bello", "person:kovac"))]


def test_talks_walked_away_from_or_pulled_out_of_had_been_held():
    for body in ("Ana Kovac walked away from talks with Omar Bello.", "Ana Kovac pulled out of talks with Omar Bello."):
        assert summaries(body, KOVAC, BELLO) == [("meet", "done", ("person:bello", "person:kovac"))]
    # a deal walked away from was never made
    assert events_of("Ana Kovac pulled out of the deal with Omar Bello.", KOVAC, BELLO) == []


def test_leaders_shaking_hands_meet_in_person():
    assert summaries("Ana Kovac and Omar Bello shook hands at the border crossing.", KOVAC, BELLO) == [
        ("meet", "done", ("person:bello", "person:kovac"))]
    assert summaries("Ana Kovac will shake hands with Omar Bello at the summit.", KOVAC, BELLO) == [
        ("meet", "planned", ("person:bello", "person:kovac"))]
    # refused, it did not happen; with unnamed voters, no one named was met
    assert summaries("Ana Kovac refused to shake hands with Omar Bello.", KOVAC, BELLO) == []
    assert summaries("Ana Kovac shook hands with voters in Pelora.", KOVAC, PELORA) == []


def test_a_journey_to_see_a_named_person_is_a_visit_to_them():
    assert summaries("Ana Kovac flew to Brask to see Omar Bello.", KOVAC, BELLO) == [
        ("meet", "done", ("person:bello", "person:kovac"))]
    assert summaries("Ana Kovac will travel to Brask on Monday to see Omar Bello.", KOVAC, BELLO) == [
        ("meet", "planned", ("person:bello", "person:kovac"))]
    # seeing someone do something is watching, no visit; nor is seeing without a journey
    assert summaries("Ana Kovac flew to Brask to see Omar Bello sing.", KOVAC, BELLO) == []
    assert summaries("Ana Kovac expects to see Omar Bello in court.", KOVAC, BELLO) == []


@pytest.mark.parametrize("body, expected", [
    # every inflection of a trigger passes the sentence test before the parse
    ("Ana Kovac said she had spoken with Omar Bello.", [("meet", "done", ("person:bello", "person:kovac"))]),
    ("Ana Kovac was talking to Omar Bello by telephone on Monday.", [("meet", "done", ("person:bello", "person:kovac"))]),
    ("Ana Kovac spent Monday discussing the crisis with Omar Bello.", [("meet", "done", ("person:bello", "person:kovac"))]),
])
def test_a_conversation_told_by_any_form_of_its_verb(body, expected):
    assert summaries(body, KOVAC, BELLO) == expected


def test_a_name_opening_with_a_modal_is_a_name_not_a_clause():
    # the parser reads "Will" as a modal and the surname as a verb
    carling, diana = ("Will Carling", "person:carling"), ("Diana Ruiz", "person:ruiz")
    assert summaries("Diana Ruiz met Will Carling at a gym in London.", diana, carling) == [
        ("meet", "done", ("person:carling", "person:ruiz"))]
    assert summaries("Will Carling met Diana Ruiz at a gym in London.", carling, diana) == [
        ("meet", "done", ("person:carling", "person:ruiz"))]
    assert summaries("Diana Ruiz will meet Will Carling in London.", diana, carling) == [
        ("meet", "planned", ("person:carling", "person:ruiz"))]


def test_leaders_of_a_body_named_by_a_compound_stand_for_it():
    taleban = ("Taleban", "org:taleban")
    assert summaries("Ana Kovac will meet leaders of the rebel Islamic Taleban militia in Brask.", KOVAC, taleban) == [
        ("meet", "planned", ("org:taleban", "person:kovac"))]
    # a nationality before the body names no side
    assert summaries("Ana Kovac will meet leaders of the Pelorian militia in Brask.", KOVAC, PELORIAN) == []


def test_a_meeting_in_the_present_progressive_with_a_time_to_come_is_planned():
    brekke = ("Jonas Brekke", "person:brekke")
    for body in ("Ana Kovac is meeting Jonas Brekke on Friday.", "Ana Kovac is meeting Jonas Brekke next week.",
                 "Ana Kovac is holding talks with Jonas Brekke tomorrow."):
        assert summaries(body, KOVAC, brekke) == [("meet", "planned", ("person:brekke", "person:kovac"))], body
    # no time to come, or the past progressive: held
    for body in ("Ana Kovac is meeting Jonas Brekke in Oslo.", "Ana Kovac was meeting Jonas Brekke on Friday."):
        assert summaries(body, KOVAC, brekke) == [("meet", "done", ("person:brekke", "person:kovac"))], body


def test_those_named_after_by_in_a_passive_visit_came_together_and_met_no_one_named():
    brekke, mora = ("Jonas Brekke", "person:brekke"), ("Lia Mora", "person:mora")
    for body in ("They were visited by Ana Kovac and Jonas Brekke on Friday.",
                 "The prisoners were met by Ana Kovac and Jonas Brekke on Friday."):
        assert summaries(body, KOVAC, brekke) == [], body
    # the one visited named: all three met
    assert summaries("Lia Mora was visited by Ana Kovac and Jonas Brekke on Friday.", mora, KOVAC, brekke) == [
        ("meet", "done", ("person:brekke", "person:kovac", "person:mora"))]
    # "met by one another" would be the reciprocal, and a named subject stays a side
    assert summaries("Ana Kovac and Jonas Brekke were met by Lia Mora.", KOVAC, brekke, mora) == [
        ("meet", "done", ("person:brekke", "person:kovac", "person:mora"))]


def test_a_thing_acted_on_after_talks_held_no_talks():
    council = ("Supreme Council", "org:council")
    salang = ("Salang", "org:salang")
    assert summaries("The Salang highway would be opened on Monday following talks with the Supreme Council.",
                     salang, council) == []
    # a named subject of the passive took part
    assert summaries("Pelora was admitted on Monday following talks with the Supreme Council.", PELORA, council) == [
        ("meet", "done", ("country:PEL", "org:council"))]


def test_a_speaker_who_met_someone_in_the_first_person_gives_no_meeting():
    ford, mike = ("Dale Ford", "person:ford"), ("Mike", "person:mike")
    assert summaries('"I once visited Mike in Oslo," Dale Ford said.', ("I", "person:ford"), mike, ford) == []
    assert summaries('Dale Ford once visited Mike in Oslo.', ford, mike) == [
        ("meet", "done", ("person:ford", "person:mike"))]


def test_two_titled_names_joined_before_a_verb_are_both_its_subjects():
    # the parse hangs the first titled name, with its "and", inside the second name's title
    maskhadov = ("Aslan Maskhadov", "person:maskhadov")
    assert summaries("Russian peacemaker Ana Kovac and Chechen separatist military leader Aslan Maskhadov started a "
                     "new round of peace talks on Friday.", KOVAC, maskhadov) == [
        ("meet", "done", ("person:kovac", "person:maskhadov"))]


def test_he_in_a_relative_clause_is_not_the_one_the_clause_is_about():
    assert summaries("The radio said Ana Kovac had reassured party officials, including its leader, Omar Bello, "
                     "whom he met during a Friday visit.", KOVAC, BELLO) == [
        ("meet", "done", ("person:bello", "person:kovac"))]
    # the relative pronoun as the subject: the one the clause is about met someone else
    ruiz = ("Lia Ruiz", "person:ruiz")
    assert summaries("Ana Kovac praised Omar Bello, who she said had met Lia Ruiz.", KOVAC, BELLO, ruiz) == [
        ("meet", "done", ("person:bello", "person:ruiz"))]


def test_a_fiancee_written_with_an_html_entity_is_still_ones_own():
    holmes = ("Annabella Holmes", "person:holmes")
    assert summaries("Omar Bello had been out to see his fianc&#233;e Annabella Holmes, whom he met in 2001.",
                     BELLO, holmes) == []


@pytest.mark.parametrize("body, expected", [
    ("Ana Kovac received a delegation led by Omar Bello on Tuesday.", ("person:bello", "person:kovac")),
    ("Ana Kovac hosted a Hamas delegation headed by Omar Bello.", ("person:bello", "person:kovac")),
    ("Ana Kovac welcomed a delegation from Pelora on Tuesday.", ("country:PEL", "person:kovac")),
])
def test_a_delegation_received_is_met_through_its_leader_or_its_side(body, expected):
    names = [pair for pair in (KOVAC, BELLO, PELORA, ("Hamas", "org:hamas")) if pair[0] in body]
    assert summaries(body, *sorted(names, key=lambda pair: body.index(pair[0]))) == [("meet", "done", expected)]


def test_a_delegation_of_no_one_s_received_is_no_meeting():
    assert events_of("Pelora received a delegation of investors.", PELORA) == []
    assert events_of("Ana Kovac received the delegation's report.", KOVAC) == []


@pytest.mark.parametrize("body, expected", [
    ("The summit in Brask brought together Ana Kovac and Omar Bello.", ("done", ("person:bello", "person:kovac"))),
    ("Lia Ruiz brought Ana Kovac and Omar Bello together in Brask.",
     ("done", ("person:bello", "person:kovac", "person:ruiz"))),
    ("The forum will bring together Ana Kovac and Omar Bello next week.", ("planned", ("person:bello", "person:kovac"))),
])
def test_a_meeting_or_host_that_brings_named_sides_together_makes_them_meet(body, expected):
    names = [pair for pair in (KOVAC, BELLO, ("Lia Ruiz", "person:ruiz")) if pair[0] in body]
    assert summaries(body, *sorted(names, key=lambda pair: body.index(pair[0]))) == [("meet", *expected)]


@pytest.mark.parametrize("body", [
    "The merger brings together Ana Kovac and Omar Bello.",  # a deal's sides, no meeting
    "The film brings together Ana Kovac and Omar Bello.",  # a cast
    "Lia Ruiz hopes to bring together Ana Kovac and Omar Bello.",  # hoped for
    "The summit brought Ana Kovac and Omar Bello no closer to a deal.",  # no "together"
])
def test_bringing_together_by_anything_but_a_meeting_or_host_is_no_meeting(body):
    names = [pair for pair in (KOVAC, BELLO, ("Lia Ruiz", "person:ruiz")) if pair[0] in body]
    assert events_of(body, *sorted(names, key=lambda pair: body.index(pair[0])), kind="meet") == []


@pytest.mark.parametrize("body", [
    "In a phone call with Omar Bello, Ana Kovac urged a ceasefire.",
    "During talks with Omar Bello, Ana Kovac asked for more air defence.",
    "At a meeting with Omar Bello in Brask, Ana Kovac said the deal was close.",
    "At a meeting with Omar Bello in Brask, Ana Kovac discussed the rail line.",
    "Ana Kovac said at a meeting with Omar Bello that the deal was close.",
])
def test_what_a_clause_told_within_a_meeting_with_someone_asks_or_says_leaves_the_meeting_held(body):
    # the verb's wish or request is what was said there; the meeting itself took place
    names = sorted((KOVAC, BELLO), key=lambda pair: body.index(pair[0]))
    assert summaries(body, *names) == [("meet", "done", ("person:bello", "person:kovac"))]


@pytest.mark.parametrize("body", [
    "Ana Kovac wants to urge a ceasefire in a phone call with Omar Bello.",  # the call is wished for
    "Ana Kovac would urge a ceasefire if she held talks with Omar Bello.",  # conditioned
    "Ana Kovac said at a meeting with farmers in Brask that prices would rise.",  # no named side
])
def test_a_meeting_framing_a_wish_or_condition_or_naming_no_side_is_none(body):
    names = [pair for pair in (KOVAC, BELLO) if pair[0] in body]
    assert events_of(body, *names, kind="meet") == []


def test_two_titled_names_the_parse_hangs_on_the_second_title_both_took_part():
    # the small model hangs "US President Donald Trump and" on the second name as a title's
    # apposition; invented names parse as a plain coordination, so the real ones are kept here
    body = "US President Donald Trump and Russian President Vladimir Putin spoke by phone for more than two hours on Thursday."
    found = summaries(body, ("Donald Trump", "person:trump"), ("Vladimir Putin", "person:putin"))
    assert found == [("meet", "done", ("person:putin", "person:trump"))]


@pytest.mark.parametrize("body", [
    "Ana Kovac said plans for a summit with Omar Bello had been shelved.",
    "Ana Kovac rejected calls for talks with Omar Bello.",
])
def test_a_meeting_a_dropped_plan_or_a_rejected_call_was_for_is_none(body):
    assert events_of(body, KOVAC, BELLO, kind="meet") == []


@pytest.mark.parametrize("body", [
    "Ana Kovac raised the rail project with Omar Bello during a visit to Brask.",
    "Ana Kovac raised concerns with Omar Bello about the subsidies.",
])
def test_a_matter_raised_with_someone_named_was_discussed_with_them(body):
    assert summaries(body, KOVAC, BELLO) == [("meet", "done", ("person:bello", "person:kovac"))]


def test_money_raised_with_someone_is_no_meeting():
    assert events_of("Ana Kovac raised $5m with Omar Bello for the campaign.", KOVAC, BELLO, kind="meet") == []


@pytest.mark.parametrize("body, first, between, second", [
    ("EU trade commissioner Henrik Kovac and US trade representative Susan Bello held two hours of talks in "
     "Geneva on Tuesday.", ("Henrik Kovac", "person:kovac"), ("US", "country:USA"), ("Susan Bello", "person:bello")),
    ("The deal follows talks in Paris last week between Finance Minister Chanda Mulenga and Paris Club co-chair "
     "Emilie Rousseau.", ("Chanda Mulenga", "person:kovac"), ("Paris Club", "org:paris-club"),
     ("Emilie Rousseau", "person:bello")),
])
def test_two_titled_names_joined_by_and_are_both_sides_whatever_the_parse_hangs_on_the_first(body, first, between, second):
    # the small model makes the second title a conjunct of the first name and hangs the second
    # name on the first as its apposition; the body named in the second title is no side
    [event] = events_of(body, first, between, second)
    assert summary(event) == ("meet", "done", ("person:bello", "person:kovac"))


def test_a_name_after_a_long_title_and_a_comma_is_the_title_s_holder():
    # the small parser hangs "Rajiv Mehrotra" on "talks", past the title whose apposition it is
    body = ("Earlier, Ludger Hauswirth held talks with the Secretary of the Department of Economic Affairs, "
            "Rajiv Mehrotra, on the bank's pipeline of projects in Pelora.")
    pairs = (("Ludger Hauswirth", "person:hauswirth"), ("Department of Economic Affairs", "org:dea"),
             ("Rajiv Mehrotra", "person:mehrotra"), PELORA)
    assert [summary(e) for e in events_of(body, *pairs)] == [
        ("meet", "done", ("person:hauswirth", "person:mehrotra"))]


@pytest.mark.parametrize("body", [
    "Before the ceremony, Ambassador Ana Kovac paid a courtesy call on Deputy Prime Minister Omar Bello.",
    "Ana Kovac paid a call on Omar Bello at the Ministry of Finance on Monday.",
    "Ana Kovac made a courtesy call on Prime Minister Omar Bello.",
])
def test_a_call_paid_on_someone_is_a_visit(body):
    assert [summary(e) for e in events_of(body, KOVAC, BELLO)] == [("meet", "done", ("person:bello", "person:kovac"))]


def test_a_call_on_someone_to_act_is_an_appeal():
    assert events_of("Ana Kovac renewed her call on Omar Bello to resign.", KOVAC, BELLO) == []


@pytest.mark.parametrize("group", ["mission", "team", "delegation"])
def test_the_leader_of_a_visiting_mission_is_the_side_met(group):
    body = f"Ana Kovac held talks with the visiting Norland {group} led by Omar Bello on Monday."
    assert [summary(e) for e in events_of(body, KOVAC, NORLAND, BELLO)] == [
        ("meet", "done", ("person:bello", "person:kovac"))]


def test_a_meeting_with_a_company_s_chief_told_again_with_the_chief_named_is_one_meeting():
    body = ("Kovac meets Orvex's chief\n\nPelora's trade minister, Ana Kovac, held talks with Omar Bello, chief "
            "executive of Orvex, about the company's mines.")
    pairs = (("Kovac", "person:kovac"), ("Orvex", "org:orvex"), PELORA, KOVAC, BELLO, ("Orvex", "org:orvex"))
    events = events_of(body, *pairs, affiliations={"Ana Kovac": "country:PEL", "Omar Bello": "org:orvex"})
    assert [summary(e) for e in events] == [("meet", "done", ("person:bello", "person:kovac"))]


def test_two_signatories_with_capitalised_titles_joined_by_and_are_the_sides_of_what_they_sign():
    # as with "trade representative" above, with a second title in capitals ("Pelorian Minister of
    # Commerce and Industry"): the parse's conjunct is a proper noun, and nothing was signed
    body = ("In the presence of the two leaders, Trade Minister Ayla Kovac and Pelorian Minister of Commerce and "
            "Industry Sheikh Faisal bin Jassim Al Bello signed a memorandum of understanding on cooperation in e-commerce.")
    pairs = (("Ayla Kovac", "person:kovac"), PELORIAN, ("Faisal bin Jassim Al Bello", "person:bello"))
    assert summaries(body, *pairs) == [("agreement", "done", ("person:bello", "person:kovac"))]


@pytest.mark.parametrize("body, expected", [
    # a declaration two sides sign is a pact between them, as a signed protocol is
    ("Following the talks, Ana Kovac and Omar Bello signed a joint declaration on cooperation in defence.",
     [("meet", "done", ("person:bello", "person:kovac")), ("agreement", "done", ("person:bello", "person:kovac"))]),
    # one declared, or issued, is a statement
    ("Ana Kovac and Omar Bello issued a declaration on climate.", []),
    ("Ana Kovac made a declaration of support for Omar Bello.", []),
])
def test_a_signed_declaration_is_an_agreement(body, expected):
    assert summaries(body, KOVAC, BELLO) == expected


def test_a_deal_signed_in_the_sentence_of_the_meeting_is_its_outcome():
    # "the protocol" is definite, but no deal the talks were about before: the sides sign it there
    body = "Following the meeting, Ana Kovac and Omar Bello signed the protocol of the commission's 19th session."
    assert summaries(body, KOVAC, BELLO) == [("meet", "done", ("person:bello", "person:kovac")),
                                             ("agreement", "done", ("person:bello", "person:kovac"))]


def test_the_body_named_before_a_sides_office_is_no_side_of_its_own():
    # "the bank's vice-president for countries, Ana Kovac, met ...": she meets for the bank
    # (the parse makes both "vice-president" and her name subjects of "met")
    body = ("The PDB's vice-president for countries, Ana Kovac, met Finance Minister Omar Bello in Brask on Tuesday "
            "to review the project.")
    pairs = (("PDB", "org:pelora-bank"), KOVAC, BELLO)
    found = events_of(body, *pairs, titles={"Ana Kovac": "vice-president for countries", "Omar Bello": "Finance Minister"},
                      affiliations={"Ana Kovac": "org:pelora-bank"})
    assert [summary(e) for e in found] == [("meet", "done", ("person:bello", "person:kovac"))]


def test_a_guest_received_by_the_title_before_the_name_is_its_holder():
    # the parse makes the title the object and hangs the name at the end of its "of" phrase
    body = ("Prime Minister of the Republic of Pelora Ana Kovac received Chairman of Norland's Daesan Heavy Industries "
            "Omar Bello on Tuesday, the Prime Minister's press service reports.")
    pairs = (KOVAC, ("Daesan Heavy Industries", "org:daesan"), BELLO)
    found = events_of(body, *pairs, titles={"Ana Kovac": "Prime Minister of the Republic of Pelora",
                                            "Omar Bello": "Chairman of Norland's Daesan Heavy Industries"})
    assert [summary(e) for e in found] == [("meet", "done", ("person:bello", "person:kovac"))]


@pytest.mark.parametrize("body, pairs, expected", [
    # one speaker named by an office of a country's body is no meeting of the country and the body
    ("\"We need the lenders at the table.\" - Pelora's Treasury secretary, speaking at the morning session on debt.",
     (PELORA, ("Treasury", "org:treasury")), []),
    # plural speakers from two countries are two sides
    ("The Pelorian and Norlandic foreign ministers spoke by telephone on Monday.",
     (PELORIAN, ("Norlandic", "country:NOR")), [("meet", "done", ("country:NOR", "country:PEL"))]),
])
def test_one_speaker_is_no_meeting_of_the_names_in_its_office(body, pairs, expected):
    assert summaries(body, *pairs) == expected



def test_a_deal_signed_by_office_holders_of_its_told_sides_stays_the_deal_told():
    # the shipped Serbian rail page: "Serbia's minister ..., Dragana Milošević, signed the agreement in
    # Belgrade with Exim Bank's vice-president, Liang Guoqing" is the loan told before; the bodies
    # named before the signatories' offices stay sides of what they sign (a meeting's do not)
    from pathlib import Path

    from pipelines.cli import article_cards

    page = Path(__file__).resolve().parents[1] / "samples" / "page_danube_serbia_rail.html"
    cards, errors = article_cards([page], with_entities=True)
    assert not errors and [e["type"] for e in cards[0]["events"]] == ["lend", "lend"]


def meetings_read(body):
    """The meetings the whole extraction reads in body, by their sides' names."""
    from assets.entities.extract import ArticleText, EntityExtractor
    from assets.parsed.sentences import split_sentences

    [spans] = split_sentences([body])
    [extraction] = EntityExtractor().extract([ArticleText("a", body, spans, None)])
    return [sorted(p.mention.text for p in e.parties) for e in extraction.events if e.event_type == "meet"]


def test_a_side_whose_office_opens_with_its_country_is_the_office_holder():
    # "Saudi Deputy Minister of Investment Nasser Al-Dosari": the parse heads the subject with
    # "Minister" and hangs the name at the end of its "of" phrase
    body = ("Saudi Deputy Minister of Investment Nasser Al-Dosari met Norway's Minister of Industry and Trade, "
            "Ana Kovac, in Rabat on Tuesday to discuss cooperation in mining.")
    assert meetings_read(body) == [["Ana Kovac", "Nasser Al-Dosari"]]


def test_a_meeting_told_in_a_clause_opened_by_as_is_a_meeting():
    # the parse reads "as" as a preposition with the clause's subject as its object
    body = ("The accord was announced as Saudi Deputy Minister of Investment Nasser Al-Dosari met Norway's Minister "
            "of Industry and Trade, Ana Kovac, in Rabat on Tuesday to discuss cooperation in mining.")
    assert meetings_read(body) == [["Ana Kovac", "Nasser Al-Dosari"]]


@pytest.mark.parametrize("body", [
    # the parse hangs the office's "for" phrase on the verb, and the name after the comma on it or
    # on the clause; the model's cue had made "Minister" an organisation
    "Wanjiru Osei is due to travel to Doha in June to meet Qatar's Minister of State for Foreign Trade, "
    "Hamad bin Saleh Al Rumaihi, and attend an investment conference.",
    "Wanjiru Osei will meet Qatar's Minister of State for Foreign Trade, Hamad bin Saleh Al Rumaihi, in June.",
])
def test_the_person_after_an_office_and_its_comma_is_the_side_met(body):
    assert meetings_read(body) == [["Hamad bin Saleh Al Rumaihi", "Wanjiru Osei"]]


def test_a_meeting_of_countries_told_again_with_their_officials_is_one_meeting():
    body = ("Saudi and Norwegian officials hold talks\n\nSaudi Deputy Minister of Investment Nasser Al-Dosari met "
            "Norway's Minister of Industry and Trade, Ana Kovac, in Oslo on Tuesday.")
    assert meetings_read(body) == [["Ana Kovac", "Nasser Al-Dosari"]]


def test_an_office_written_after_a_name_makes_no_apposition_of_it():
    # guard: "Y, the spokesman said": the office after the name is no office before it
    body = ("The appeal was made on Sunday during talks between South Korean deputy Foreign Minister Lee Ki-won "
            "and his Chinese counterpart Wang Lifeng, the spokesman said.")
    assert meetings_read(body) == [["Lee Ki-won", "Wang Lifeng"]]
