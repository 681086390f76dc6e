"""Employment is no event (issue 9, GUIDELINES.md): a player's, coach's, actor's or executive's
contract, signing, extension, pay deal or loan to another club is neither a `contract`, an
`agreement`, a `fund` nor a `lend`,
while a contract to build or supply, or one won by a person's firm, stays an event. The entity
layer types some companies as PERSON, so a deal with a PERSON needs a cue of a person's work too.
Invented sentences; mentions are given by hand, as in test_entities_events.py."""

from assets.entities.events import holds_office_of
from assets.entities.types import Entity, Mention
from tests.test_entities_events import events_of, summary


def summaries(body, *pairs, titles=None, affiliations=None):
    return sorted(summary(e) for e in events_of(body, *pairs, titles=titles, affiliations=affiliations))


HAWKS, HALDEN, ORBIS = ("Harbor Hawks", "org:hawks"), ("Halden United", "org:halden"), ("Orbis Studios", "org:orbis")


# --- sports: players' and coaches' contracts ------------------------------------------------------


def test_a_players_signing_term_or_role_makes_the_deal_employment():
    assert summaries("Striker Lenny Moss signed a three-year deal with Halden United.",
                     ("Lenny Moss", "person:moss"), HALDEN) == []
    assert summaries("Lenny Moss signed for Halden United on Monday.", ("Lenny Moss", "person:moss"), HALDEN) == []
    assert summaries("Halden United agreed a new contract with Ivo Brant through 2027.",
                     HALDEN, ("Ivo Brant", "person:brant")) == []


def test_a_deal_offered_to_a_player_in_a_sport_is_employment():
    assert summaries("The Harbor Hawks were prepared to offer Tomas Vell the richest deal the league has seen.",
                     HAWKS, ("Tomas Vell", "person:vell")) == []


def test_a_contract_extension_is_no_funding():
    assert summaries("On Friday the Harbor Hawks completed a $92 million contract extension with Oren Pask.",
                     HAWKS, ("Oren Pask", "person:pask")) == []


def test_a_name_given_a_players_role_elsewhere_is_a_worker_whatever_its_type():
    body = "Halden United signed winger Kai Orr in May. Kai Orr agreed a deal with Halden United."
    assert summaries(body, HALDEN, ("Kai Orr", "org:orr"), ("Kai Orr", "org:orr"), HALDEN) == []
    # a pronoun party stands for the worker named before
    body = "Halden United's young star Kai Orr is wanted by rivals. He has an agreement with Halden United."
    assert summaries(body, HALDEN, ("Kai Orr", "person:orr"), HALDEN) == []


def test_a_clubs_deal_or_purchase_for_a_named_player_is_a_transfer_not_an_event():
    assert summaries("Halden United agreed a $20m fee with the Rivermen for striker Lenny Moss.",
                     HALDEN, ("Rivermen", "org:riv"), ("Lenny Moss", "person:moss")) == []
    assert summaries("The Rivermen sold striker Lenny Moss to Halden United for $20m.",
                     ("Rivermen", "org:riv"), ("Lenny Moss", "person:moss"), HALDEN) == []


def test_a_short_or_long_term_contract_given_to_a_person_is_employment():
    assert summaries("Halden United's chief executive Ivo Brant defended the decision to give Lenny Moss a short-term contract.",
                     HALDEN, ("Ivo Brant", "person:brant"), ("Lenny Moss", "person:moss")) == []
    assert summaries("Lenny Moss has signed a long-term agreement with Orbis Studios.",
                     ("Lenny Moss", "person:moss"), ORBIS) == []
    # a supply deal of a person's firm stays a contract
    assert summaries("Lenny Moss signed a long-term supply contract with Orbis Studios.",
                     ("Lenny Moss", "person:moss"), ORBIS) == [("contract", "done", ("person:moss",), ("org:orbis",))]


def test_a_club_lending_a_named_player_to_another_is_no_loan():
    assert summaries("The Rivermen are set to loan out-of-favour midfielder Lenny Moss to Halden United.",
                     ("Rivermen", "org:riv"), ("Lenny Moss", "person:moss"), HALDEN) == []
    assert summaries("The Rivermen have loaned striker Lenny Moss to Halden United until May.",
                     ("Rivermen", "org:riv"), ("Lenny Moss", "person:moss"), HALDEN) == []
    # money lent, with no player named, stays a loan
    assert summaries("The Rivermen have lent Halden United $2m.", ("Rivermen", "org:riv"), HALDEN) == [
        ("lend", "done", ("org:riv",), ("org:halden",))]


def test_a_name_bought_with_no_workers_role_stays_a_purchase():
    # the entity layer types some companies as PERSON: a purchase needs a worker's role to be a transfer
    assert summaries("Skyvale bought Dario Kent from Orbis Studios for $20m.",
                     ("Skyvale", "org:skyvale"), ("Dario Kent", "person:kent"), ORBIS) == [
        ("acquire", "done", ("org:skyvale",), ("person:kent",))]


def test_a_person_a_club_buys_in_a_sentence_on_its_sport_is_a_player_traded():
    assert summaries("The Harbor Hawks, with the best pitching in baseball, added another weapon on Wednesday, "
                     "acquiring Tomas Vell from Halden United for two prospects.",
                     HAWKS, ("Tomas Vell", "person:vell"), HALDEN) == []
    # a sport named beside a company bought from a person keeps the purchase
    assert summaries("Skyvale, which sponsors a football league, bought Kent Media from Dario Kent for $20m.",
                     ("Skyvale", "org:skyvale"), ("Kent Media", "org:kent-media"), ("Dario Kent", "person:kent")) == [
        ("acquire", "done", ("org:skyvale",), ("org:kent-media",))]


# --- arts and executives ---------------------------------------------------------------------------


def test_an_actors_deal_with_a_studio_is_employment():
    assert summaries("Actor Pim Dorr signed a deal with Orbis Studios to star in three films.",
                     ("Pim Dorr", "person:dorr"), ORBIS) == []


def test_a_worker_who_gives_money_is_a_funder():
    # an actress donating is paid by no one; a club paying its striker is employment still
    assert summaries("Actress Pim Dorr has donated $1m to the Orbis Foundation.",
                     ("Pim Dorr", "person:dorr"), ("Orbis Foundation", "org:orbis-foundation")) == [
        ("fund", "done", ("person:dorr",), ("org:orbis-foundation",))]
    assert summaries("Halden United granted striker Lenny Moss $1m for the season.", HALDEN,
                     ("Lenny Moss", "person:moss")) == []


def test_a_chief_executives_pay_deal_with_the_company_is_employment():
    assert summaries("Veltrix agreed a deal with Mara Lund worth $5m a year.",
                     ("Veltrix", "org:veltrix"), ("Mara Lund", "person:lund")) == []


def test_a_chief_executive_signing_for_another_company_is_no_employment():
    body = "Chief executive Mara Lund signed a deal with Orbis Studios on Monday."
    assert summaries(body, ("Mara Lund", "person:lund"), ORBIS, titles={"Mara Lund": "Chief executive"}) == [
        ("agreement", "done", ("org:orbis", "person:lund"))]


def test_an_officers_pay_deal_with_their_own_company_is_employment():
    assert summaries("Veltrix chief executive Mara Lund signed a new pay deal with Veltrix.",
                     ("Veltrix", "org:veltrix"), ("Mara Lund", "person:lund"), ("Veltrix", "org:veltrix"),
                     titles={"Mara Lund": "chief executive"}, affiliations={"Mara Lund": "org:veltrix"}) == []


def test_a_minister_signing_beside_their_own_country_with_a_third_party_acts_for_it():
    # the sample's "X signed with the governor, Y, and Argentina's secretary of mining, Z": the
    # country stands among the parties beside its minister, and no one is hired
    pelora = Entity("country:PEL", "COUNTRY", "Pelora")
    salas = Mention(0, 11, "Jorge Salas", 0, Entity("person:salas", "PERSON", "Jorge Salas"), 0.9, "test")
    salas.title, salas.affiliation = "minister of mining", pelora
    assert not holds_office_of(salas, {"country:PEL", "person:varga", "person:ruiz"})
    assert holds_office_of(salas, {"country:PEL"})


def test_an_office_holders_deal_for_their_own_body_stays_an_event():
    assert summaries("President Ana Roe signed a 10-year gas deal with Gazprom.",
                     ("Ana Roe", "person:roe"), ("Gazprom", "org:gazprom"), titles={"Ana Roe": "President"}) == [
        ("agreement", "done", ("org:gazprom", "person:roe"))]


# --- what stays an event ---------------------------------------------------------------------------


def test_a_contract_won_by_a_persons_firm_or_to_build_stays_an_event():
    assert summaries("Roe's firm won a contract to build a bridge for Pelora.",
                     ("Roe", "person:roe"), ("Pelora", "country:PEL")) == [
        ("contract", "done", ("person:roe",), ("country:PEL",))]
    assert summaries("Dario Kent won a five-year contract to build a stadium for Halden United.",
                     ("Dario Kent", "person:kent"), HALDEN) == [
        ("contract", "done", ("person:kent",), ("org:halden",))]


def test_a_companys_deal_with_a_term_and_no_person_stays_an_event():
    assert summaries("Skyvale signed a five-year deal with Avelo through 2027.",
                     ("Skyvale", "org:skyvale"), ("Avelo", "org:avelo")) == [
        ("agreement", "done", ("org:avelo", "org:skyvale"))]


def test_a_company_called_a_star_is_no_worker():
    assert summaries("Tech star Veltrix signed a deal with Orbis Studios on Monday.",
                     ("Veltrix", "org:veltrix"), ORBIS) == [("agreement", "done", ("org:orbis", "org:veltrix"))]


def test_a_deal_with_a_person_and_no_cue_of_work_stays_an_event():
    assert summaries("Orbis Studios signed a deal with Dario Kent on Monday.",
                     ORBIS, ("Dario Kent", "person:kent")) == [
        ("agreement", "done", ("org:orbis", "person:kent"))]


def test_a_sponsorship_with_a_player_stays_an_agreement():
    assert summaries("Orbis Studios signed a three-year sponsorship deal with golfer Tia Renn.",
                     ORBIS, ("Tia Renn", "person:renn")) == [
        ("agreement", "done", ("org:orbis", "person:renn"))]


def test_a_loan_extension_is_still_a_loan_or_funding():
    events = summaries("Halvard Bank agreed a $300m extension of its credit line to Pelora.",
                       ("Halvard Bank", "org:halvard"), ("Pelora", "country:PEL"))
    assert events and all(e[0] in ("lend", "fund") for e in events)
