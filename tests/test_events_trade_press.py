"""Event rules found on trade-press pages and company releases (invented, written blind by a helper and
read after scoring): parse repairs, contracts whose work is outsourced or told in an "under which"
clause, descriptions and officials referring to parties, and clauses that tell no new event. On
invented sentences; the tests that also pass without the rule are guards, said so in their comments."""

import pytest

from tests.test_entities_events import events_of
from tests.test_events_frames import events_in


def sides(events):
    return [(e.event_type, tuple(p.entity_id for p in e.role("agent")), tuple(p.entity_id for p in e.role("recipient")),
             tuple(sorted(p.entity_id for p in e.parties)) if e.event_type in ("meet", "agreement") else ())
            for e in events]


# ---- parse repairs --------------------------------------------------------------------------------

def test_a_sum_invested_of_its_source_goes_where_the_in_phrase_says():
    # "in Pelora" hangs on "the proceeds" in the parse
    assert events_in("Veltrix said it plans to invest $300m of the proceeds in Pelora, where it holds two blocks.") == [
        ("invest", ("org:veltrix",), ("country:PEL",), (), (), (3e8, "USD"))]


def test_works_at_a_named_place_make_it_the_target():
    body = "Veltrix said it would invest $60m in a ship repair facility at Subic Bay, which would service the vessels."
    assert sides(events_of(body, ("Veltrix", "org:veltrix"), ("Subic Bay", "place:subic"))) == [
        ("invest", ("org:veltrix",), ("place:subic",), ())]


def test_a_foreign_name_read_as_a_clause_stays_one_receiver():
    # "do" of the Portuguese name is read as a verb, and the relative clause's subject hangs on "that"
    body = ("Upgrades at Nacala's existing general cargo berths are being paid for by a $40 million grant that the "
            "Japan International Cooperation Agency (JICA) provided to Portos e Terminais do Niassa, the state-owned "
            "port operator, in 2024.")
    found = events_of(body, ("Japan International Cooperation Agency", "org:jica"), ("JICA", "org:jica"),
                      ("Portos e Terminais do Niassa", "org:ptn"))
    assert sides(found) == [("fund", ("org:jica",), ("org:ptn",), ())]


# ---- contracts: who does the work ------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("Veltrix outsourced its ground handling to Omnia last year.",
     [("contract", ("org:omnia",), ("org:veltrix",), (), (), None)]),
    ("Veltrix has in turn subcontracted the ships' combat systems to Omnia in a deal worth $210m.",
     [("contract", ("org:omnia",), ("org:veltrix",), (), (), (2.1e8, "USD"))]),
    ("Ground handling was outsourced by Veltrix to Omnia.",
     [("contract", ("org:omnia",), ("org:veltrix",), (), (), None)]),
    # guard: nothing outsourced to anyone named
    ("Veltrix plans to outsource maintenance.", []),
])
def test_work_outsourced_to_a_company_is_its_contract(body, expected):
    assert events_in(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Veltrix has signed a five-year supply contract with Omnia, under which Omnia will provide optical systems.",
     [("contract", ("org:omnia",), ("org:veltrix",), (), (), None)]),
    # guard: the signer named as the one doing the work stays the contractor
    ("Veltrix has signed a contract with Omnia, under which Veltrix will build two bridges.",
     [("contract", ("org:veltrix",), ("org:omnia",), (), (), None)]),
])
def test_the_under_which_clause_names_who_does_the_work(body, expected):
    assert events_in(body) == expected


# ---- who a word refers to --------------------------------------------------------------------------

def test_a_description_with_no_organisation_named_lately_is_the_article_s_company():
    body = ("Tessa Airways gets a lifeline. Tessa Airways lost $400m last year. The airline carried 7.8 million passengers. It had warned "
            "in January that it could run out of cash. Halvard Bank, the Lima-based lender, extended a $150m "
            "credit line to the airline last week.")
    found = events_of(body, ("Tessa Airways", "org:tessa"), ("Tessa Airways", "org:tessa"), ("Halvard Bank", "org:halvard"))
    assert sides(found) == [("lend", ("org:halvard",), ("org:tessa",), ())]


def test_a_description_after_a_name_of_another_type_is_not_the_article_s_company():
    # "Salares Andinos" typed a person by the model is still the company meant, not the article's own
    body = ("Litio Nacional signed a venture with Salares Andinos. Litio Nacional will hold 51%. Output begins in "
            "2029. Analysts welcomed the plan. Salares Andinos has also received state support. Corfo, the state "
            "agency, granted the company a subsidy of $3m.")
    found = events_of(body, ("Litio Nacional", "org:litio"), ("Salares Andinos", "person:salares"),
                      ("Litio Nacional", "org:litio"), ("Salares Andinos", "person:salares"), ("Corfo", "org:corfo"))
    assert not [s for s in sides(found) if s[0] == "fund" and s[2] == ("org:litio",)]


def test_talks_with_executives_from_two_companies_are_held_with_both():
    assert events_in("Ana Ruiz held talks on Monday with executives from Veltrix and Omnia on exports.") == [
        ("meet", (), (), (), ("org:omnia", "org:veltrix", "person:ruiz"), None)]


def test_the_government_signing_beside_a_company_is_the_country_of_its_minister():
    body = ("Pelora's transport minister, Ana Ruiz, held talks with Veltrix on Monday. At the close of the "
            "meeting, the government and Veltrix signed a memorandum of understanding to study a rail spur.")
    events = events_in(body)
    assert ("agreement", (), (), (), ("country:PEL", "org:veltrix"), None) in events


# ---- no new event ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    # the parse reads "reports" as a verb with no subject: the press's guess all the same
    ("Last month, reports that Veltrix was preparing a bid for Omnia sent Omnia's shares up 30% in a day.", []),
    # guard: the bid told as fact
    ("Last month, Veltrix was preparing a bid for Omnia.", [("acquire", ("org:veltrix",), ("org:omnia",), (), (), None)]),
])
def test_reports_that_a_bid_is_prepared_are_hearsay(body, expected):
    assert events_in(body) == expected


def chain_events(body):
    """(type, sorted parties) of each event the whole entity chain finds in an invented article."""
    from assets.entities.extract import ArticleText, EntityExtractor
    from assets.parsed.sentences import split_sentences

    [spans] = split_sentences([body])
    [extraction] = EntityExtractor().extract([ArticleText("a", body, spans, None)])
    return [(e.event_type, sorted(p.mention.entity.canonical_name for p in e.parties)) for e in extraction.events]


def test_what_was_discussed_at_a_meeting_is_that_meeting():
    # "the two" is not the pair of the grant told before: the clause is the meeting's own
    body = ("The World Bank signed a $75 million grant agreement with the government of Malawi on Thursday, "
            "officials said. The signing in Lilongwe followed a meeting on Wednesday between Malawi's energy "
            "minister, Grace Phiri, and Olena Marsh, the World Bank's country director for Malawi, at which the "
            "two discussed the reform of electricity tariffs.")
    assert [parties for kind, parties in chain_events(body) if kind == "meet"] == [["Grace Phiri", "Olena Marsh"]]
