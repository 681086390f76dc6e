"""Event rules found on development-finance and US local news pages (invented, written blind by a
helper and read after scoring): parse repairs of descriptions read as verbs, of lists, of a phrase
after an aside and of names apposed to a deal. On invented sentences."""

import pytest

from tests.test_entities_events import events_of
from tests.test_events_trade_press import sides

ORVA = ("Orva Development Bank", "org:orva", "development_bank")
KALINDE = ("Kalinde", "country:KLD")


def amounts(events):
    return [e.amount.text if e.amount else None for e in events]


def chain_sides(body):
    """(type, agents, recipients, other parties, amount) of each event the whole entity chain finds:
    for rules that rest on the chain's own mentions or on the parse of a whole sentence."""
    from assets.entities.extract import ArticleText, EntityExtractor
    from assets.parsed.sentences import split_sentences

    [spans] = split_sentences([body])
    [extraction] = EntityExtractor().extract([ArticleText("a", body, spans, None)])

    def names(event, role):
        return tuple(sorted(p.mention.entity.canonical_name for p in event.parties if p.role == role))
    return [(e.event_type, names(e, "agent"), names(e, "recipient"), names(e, "party"),
             e.amount.text if e.amount else None) for e in extraction.events]


# ---- parse repairs --------------------------------------------------------------------------------

def test_a_description_the_parser_reads_as_a_verb_still_describes_the_name():
    body = "Quorvex Inc bought payments startup Lanterna for $310 million."
    found = events_of(body, ("Quorvex Inc", "org:quorvex"), ("Lanterna", "org:lanterna"))
    assert [side[:3] for side in sides(found)] == [("acquire", ("org:quorvex",), ("org:lanterna",))]
    assert amounts(found) == ["$310 million"]


def test_a_description_read_as_a_verb_after_an_apposition():
    body = ("Paperlane Inc, the maker of document-automation software used by law firms and insurers, has agreed to "
            "acquire cybersecurity startup Brightmoor for $620 million in cash and stock.")
    assert chain_sides(body) == [("acquire", ("Paperlane Inc",), ("Brightmoor",), (), "$620 million")]


def test_a_list_after_a_relative_clause_is_no_second_object_of_the_verb():
    body = ("DHS awarded the City of Albury $3.2 million in Continuum of Care funding, which pays for rapid "
            "rehousing, case management and a rental assistance program for young adults leaving foster care.")
    assert chain_sides(body) == [
        ("fund", ("Department of Homeland Security",), ("City of Albury",), (), "$3.2 million")]


def test_sums_listed_after_a_colon_go_each_to_its_receiver():
    body = ("The Brandt Family Foundation said Wednesday it has awarded $19 million in grants, to be paid over "
            "four years, to three groups: $9 million to the Harbor Arts Trust, $6 million to the Eastside Learning "
            "Alliance and $4 million to the Marlow Library Foundation.")
    found = events_of(body, ("Brandt Family Foundation", "org:brandt"), ("Harbor Arts Trust", "org:hat"),
                      ("Eastside Learning Alliance", "org:ela"), ("Marlow Library Foundation", "org:mlf"))
    assert [(side[2], amount) for side, amount in zip(sides(found), amounts(found))] == [
        (("org:hat",), "$9 million"), (("org:ela",), "$6 million"), (("org:mlf",), "$4 million")]
    assert {side[:2] for side in sides(found)} == {("fund", ("org:brandt",))}


def test_a_contract_sum_restated_before_a_purpose_clause():
    body = ("Sallow NHS Trust has awarded a £120m, ten-year contract to Medivance Robotics, a Cambridge company, to "
            "supply and maintain 14 robotic systems at St James's University Hospital and Leeds General Infirmary.")
    assert chain_sides(body) == [("contract", ("Medivance Robotics",), ("Sallow NHS Trust",), (), "£120m")]


def test_a_name_apposed_to_a_loan_names_the_description_before_it():
    body = ("Orva Development Bank signed a 90 million euro loan with Kalinde's national power and water utility, "
            "the Régie Nationale de l'Eau et de l'Electricité, to finance a wind farm near the port.")
    found = events_of(body, ORVA, KALINDE, ("Régie Nationale de l'Eau et de l'Electricité", "org:rnee"))
    assert [side[:3] for side in sides(found)] == [("lend", ("org:orva",), ("org:rnee",))]
